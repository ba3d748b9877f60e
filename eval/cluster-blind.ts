// Story clustering on the blind feeds (test/fixtures/blind-feeds*, each written by someone who had
// not read the code): every item of a set goes through the digest's path (eval/defects/digests.ts),
// the set's articles are clustered together, and pairs are scored against its event key
// (events.json, transcribed from the set's README). An item the key lists under "either" (a
// roundup, a bridge between two events) may stand alone or join one event: its pairs are not scored.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCluster } from '../src/digest/build.js';
import { clusterStories } from '../src/digest/cluster/cluster.js';
import type { Article } from '../src/model.js';
import { BLIND_SETS, blindCaptures, type Capture, type Group } from './defects/digests.js';

interface KeyItem {
  file: string;
  title: string;
  link?: string;
}

interface EventKey {
  events: { id: string; items: KeyItem[] }[];
  either: KeyItem[];
}

export interface BlindClusterRow {
  group: Group;
  articles: number;
  /** Key items no article matched (a key or a reader problem, reported rather than hidden). */
  unmatched: number;
  positives: number;
  /** Same-event pairs from two outlets, and how many of them were merged (one outlet's posts on an event stay apart by design: decision 0029). */
  crossOutlet: number;
  crossMerged: number;
  tp: number;
  fp: number;
  fn: number;
  /** Pairs merged wrongly and pairs missed, as "title A ⟷ title B". */
  wrong: string[];
  missed: string[];
}

const squash = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The article a key item names: same feed file, the same title (or one inside the other: a cleaned headline), or the same link. */
function matches(item: KeyItem, a: Article): boolean {
  if (item.link && (a.url === item.link || a.canonicalUrl === item.link)) return true;
  const [x, y] = [squash(item.title), squash(a.title)];
  if (!x || !y) return false;
  // The reader drops a wire's "(LEAD)" tag or an aggregator's " - Outlet": one title holds the other.
  return x === y || (Math.min(x.length, y.length) >= 20 && (x.includes(y) || y.includes(x)));
}

async function scoreGroup(dir: string, group: Group, all: Capture[]): Promise<BlindClusterRow | null> {
  const keyFile = join(dir, 'events.json');
  if (!existsSync(keyFile)) return null;
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as EventKey;
  const captures = all.filter((c) => c.half === group);
  const label = new Map<number, string>();
  const either = new Set<number>();
  let unmatched = 0;
  const place = (item: KeyItem, mark: (id: number) => void) => {
    const capture = captures.find((c) => c.key === `${group}:${item.file}`);
    const hits = capture?.articles.filter((a) => matches(item, a)) ?? [];
    if (hits.length === 0) unmatched++;
    for (const a of hits) mark(a.id);
  };
  for (const e of key.events) for (const item of e.items) place(item, (id) => label.set(id, e.id));
  for (const item of key.either) place(item, (id) => either.add(id));
  const articles = captures.flatMap((c) => c.articles);
  const clusters = await clusterStories(articles.map(toCluster));
  const clusterOf = new Map<number, number>();
  clusters.forEach((c, i) => c.forEach((id) => clusterOf.set(id, i)));
  const row: BlindClusterRow = {
    group,
    articles: articles.length,
    unmatched,
    positives: 0,
    crossOutlet: 0,
    crossMerged: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    wrong: [],
    missed: [],
  };
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const [a, b] = [articles[i]!, articles[j]!];
      if (either.has(a.id) || either.has(b.id)) continue;
      const same = label.has(a.id) && label.get(a.id) === label.get(b.id);
      const merged = clusterOf.get(a.id) === clusterOf.get(b.id);
      const pair = `${a.title} ⟷ ${b.title}`;
      if (same) row.positives++;
      if (same && a.outlet !== b.outlet) {
        row.crossOutlet++;
        if (merged) row.crossMerged++;
      }
      if (same && merged) row.tp++;
      else if (merged) {
        row.fp++;
        row.wrong.push(pair);
      } else if (same) {
        row.fn++;
        row.missed.push(pair);
      }
    }
  }
  return row;
}

/** The blind sets that carry an event key, scored. */
export async function blindClusterEval(): Promise<BlindClusterRow[]> {
  const all = blindCaptures();
  const rows: BlindClusterRow[] = [];
  for (const [name, group] of BLIND_SETS) {
    const row = await scoreGroup(fileURLToPath(new URL(`../test/fixtures/${name}/`, import.meta.url)), group, all);
    if (row) rows.push(row);
  }
  return rows;
}

const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(3));

export function formatBlindClusterEval(rows: BlindClusterRow[], details = false): string {
  const lines = [
    '| blind set | articles | key items unmatched | pairs same | merged right | merged wrongly | missed | precision | recall | recall, pairs of two outlets |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.group} | ${r.articles} | ${r.unmatched} | ${r.positives} | ${r.tp} | ${r.fp} | ${r.fn} | ${ratio(r.tp, r.tp + r.fp)} | ${ratio(r.tp, r.tp + r.fn)} | ${ratio(r.crossMerged, r.crossOutlet)} (${r.crossMerged}/${r.crossOutlet}) |`,
    ),
  ];
  if (details)
    for (const r of rows) {
      for (const w of r.wrong) lines.push(`  ${r.group} WRONG: ${w}`);
      for (const m of r.missed) lines.push(`  ${r.group} MISSED: ${m}`);
    }
  return lines.join('\n');
}
