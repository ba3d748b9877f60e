// Story clustering on labelled pairs: `npx tsx eval/cluster.ts`. Pairs come from three sets:
// the fixture stories written for the tests (several outlets per event, near misses), the demo
// feeds (labelled below), and the funding corpus, whose texts are all different rounds or events
// (pairs that must not merge; same company, other round included). Pairwise precision/recall.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clusterStories, type ClusterArticle } from '../src/digest/cluster/cluster.js';
import { fillDates } from '../src/demo/dates.js';
import { parseFeedSync } from '../src/sources/parse/index.js';
import { STORY_FIXTURES } from '../test/fixtures/stories.js';
import { blindClusterEval, formatBlindClusterEval } from './cluster-blind.js';
import { corpusDir } from './corpus.js';

const NOW = Date.UTC(2026, 10, 21, 15);
const H = 3_600_000;

interface Labelled {
  article: ClusterArticle;
  story: string;
}

export interface ClusterEval {
  sets: Record<string, { articles: number; positives: number; negatives: number; tp: number; fp: number; fn: number }>;
  precision: number;
  recall: number;
}

/** Demo items that tell one story; every other demo item is its own story. */
const DEMO_STORIES: Record<string, string> = {
  'capital-ledger/ami-labs-seed': 'ami',
  'frontier-compute/posts/ami-labs-jepa-round': 'ami',
  'actuator-wire/apptronik-520m-extension': 'apptronik',
  'capital-ledger/apptronik-series-a-935m': 'apptronik',
  'embodied-weekly/apptronik-raises-520m': 'apptronik',
  'actuator-wire/galbot-362m': 'galbot',
  'embodied-weekly/galbot-national-fund': 'galbot',
};

function article(id: number, title: string, text: string, at: number, url: string | null, outlet?: string): ClusterArticle {
  return { id, title, text, at, canonicalUrl: url, contentHash: `${id}`, ...(outlet ? { outlet } : {}) };
}

function fixtureSet(): Labelled[] {
  return STORY_FIXTURES.map((f, i) => ({ article: article(i, f.title, f.text, NOW - f.hoursAgo * H, null), story: f.story }));
}

function demoSet(): Labelled[] {
  const dir = fileURLToPath(new URL('../seeds/demo/', import.meta.url));
  const out: Labelled[] = [];
  for (const file of readdirSync(dir).sort()) {
    const feed = parseFeedSync(fillDates(readFileSync(join(dir, file), 'utf8'), NOW), { url: `http://demo.invalid/${file}` });
    for (const item of feed.items) {
      const path = (item.link ?? '').replace(/^http:\/\/demo\.invalid\//, '').replace(/[?#].*$/, '');
      const at = Date.parse(item.published ?? '') || NOW;
      if (NOW - at > 72 * H) continue;
      out.push({
        article: article(out.length, item.title ?? '', item.content ?? item.summary ?? '', at, path),
        story: DEMO_STORIES[path] ?? path,
      });
    }
  }
  return out;
}

/**
 * Funding texts that are one article twice (an RSS item and the same headline collected again;
 * read, not guessed): the corpus labels every text as its own event, which counted these as wrong.
 */
const FUNDING_SAME: Record<string, string> = { 'tch-055': 'tc-3117649', 'tch-056': 'tc-3118153' };

function fundingSet(): Labelled[] {
  const rows = readFileSync(join(corpusDir(), 'funding', 'funding.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string; url: string | null; source: string });
  // Who published a news text, as the poller always knows (its feed's site); a company
  // repository's posts open on their front matter, not a headline, and are left without one.
  const outlet = (r: { url: string | null }) => (r.url ? new URL(r.url).hostname : undefined);
  return rows.map((r, i) => {
    const [first = '', ...rest] = r.text.split('\n');
    return {
      article: article(i, first.replace(/^#+\s*/, ''), rest.join('\n'), NOW, null, outlet(r)),
      story: FUNDING_SAME[r.id] ?? r.id,
    };
  });
}

async function score(set: Labelled[]) {
  const clusters = await clusterStories(set.map((l) => l.article));
  const clusterOf = new Map<number, number>();
  clusters.forEach((c, i) => c.forEach((id) => clusterOf.set(id, i)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let positives = 0;
  for (let i = 0; i < set.length; i++) {
    for (let j = i + 1; j < set.length; j++) {
      const same = set[i]!.story === set[j]!.story;
      const merged = clusterOf.get(set[i]!.article.id) === clusterOf.get(set[j]!.article.id);
      if (same) positives++;
      if (same && merged) tp++;
      else if (merged) fp++;
      else if (same) fn++;
    }
  }
  const pairs = (set.length * (set.length - 1)) / 2;
  return { articles: set.length, positives, negatives: pairs - positives, tp, fp, fn };
}

export async function main(): Promise<ClusterEval> {
  const sets = { fixtures: await score(fixtureSet()), demo: await score(demoSet()), funding: await score(fundingSet()) };
  const total = Object.values(sets).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return {
    sets,
    precision: total.tp + total.fp === 0 ? 1 : total.tp / (total.tp + total.fp),
    recall: total.tp + total.fn === 0 ? 1 : total.tp / (total.tp + total.fn),
  };
}

export function formatClusterEval(e: ClusterEval): string {
  const rows = Object.entries(e.sets).map(
    ([name, s]) => `| ${name} | ${s.articles} | ${s.positives} / ${s.negatives} | ${s.tp} | ${s.fp} | ${s.fn} |`,
  );
  return [
    '| set | articles | pairs same / different | merged right | merged wrongly | missed |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `pairwise precision ${e.precision.toFixed(3)} (bar ≥ 0.95), recall ${e.recall.toFixed(3)} (bar ≥ 0.80)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatClusterEval(await main())}\n`);
  const blind = formatBlindClusterEval(await blindClusterEval(), process.argv.includes('--show'));
  process.stdout.write(`\nBlind feeds, pairwise against each set's event key (\`--show\` lists the pairs):\n${blind}\n`);
}
