// Digests built from real captures through the production path: each feed document is parsed
// (sources/parse), turned into article rows (sources/normalize), its rounds read (rounds/extract),
// and the digest built (digest/build) with the extractive summarizer. One digest per capture, one
// per half mixing every capture of that half (stories told by several outlets), and the funding
// texts turned into an RSS feed, one digest per half; and the blind feeds (test/fixtures/blind-feeds
// and blind-feeds-2 to -7, each written by someone who had not read the code: reported apart, each
// set measured once before any change for it).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildDigest } from '../../src/digest/build.js';
import { extractiveSummarizer } from '../../src/digest/summarize/index.js';
import { consoleDestination, type Article, type Digest } from '../../src/model.js';
import { extractRounds } from '../../src/rounds/extract.js';
import { storedRoundsOf } from '../stored-rounds.js';
import { outletName, toNewArticle } from '../../src/sources/normalize.js';
import { settleShortItems } from '../../src/sources/article/language.js';
import { outletsAfterTitles } from '../../src/sources/outlet-after-title.js';
import { parseFeedSync } from '../../src/sources/parse/index.js';
import { halfOf } from '../articles.js';
import { corpusDir } from '../corpus.js';

const H = 3_600_000;

/** A half of the hash split of the captures, or a set of blind feeds. */
export type Group = 'A' | 'B' | 'blind' | 'blind 2' | 'blind 3' | 'blind 4' | 'blind 5' | 'blind 6' | 'blind 7';

/** Every group, in the order reports show them. */
export const GROUPS: readonly Group[] = ['A', 'B', 'blind', 'blind 2', 'blind 3', 'blind 4', 'blind 5', 'blind 6', 'blind 7'];

export interface Capture {
  /** Path under corpus/feeds, `funding:<half>`, or `<group>:<file>` for a blind feed. */
  key: string;
  half: Group;
  articles: Article[];
}

export interface BuiltDigest {
  key: string;
  half: Group;
  digest: Digest;
  articles: Article[];
}

const DEST = consoleDestination(1, 'eval');

let nextId = 1;

function articlesOf(xml: string | Uint8Array, url: string): Article[] {
  const parsed = parseFeedSync(xml, { url });
  const feed = { id: 1, url, title: null, topic: null };
  const outlet = outletName(feed, parsed);
  // As the poller reads a feed (sources/read-feed.ts): an aggregator's titles name their outlets.
  const titlesEndIn = outletsAfterTitles(parsed.items.map((item) => item.title));
  const rows = parsed.items.flatMap((item) => {
    const row = toNewArticle(item, {
      feed,
      outlet,
      titlesEndIn,
      baseUrl: url,
      now: 0,
      admitSince: -Infinity,
      language: parsed.language,
    });
    return row ? [row] : [];
  });
  settleShortItems(rows, parsed.language);
  // As the window query reads the store (store/digests.ts): only rows that may reach a digest.
  return rows.flatMap((row) => {
    if (!row.digestEligible) return [];
    const id = nextId++;
    const at = row.publishedAt ?? 0;
    return [{ ...row, id, firstSeenAt: at, contentHash: `${row.contentHash}-${id}` }];
  });
}

/** The real-world feed captures of the corpus, each with the articles it carries. */
export function feedCaptures(): Capture[] {
  const dir = join(corpusDir(), 'feeds');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; category: string }[];
  return manifest
    .filter((m) => m.category === 'real-world')
    .map((m) => ({
      key: m.file,
      half: halfOf(m.file),
      articles: articlesOf(readFileSync(join(dir, m.file)), `https://capture.invalid/${m.file}`),
    }))
    .filter((c) => c.articles.length > 0);
}

/** The sets of blind feeds and the group each is reported as. */
export const BLIND_SETS: [string, Group][] = [
  ['blind-feeds', 'blind'],
  ['blind-feeds-2', 'blind 2'],
  ['blind-feeds-3', 'blind 3'],
  ['blind-feeds-4', 'blind 4'],
  ['blind-feeds-5', 'blind 5'],
  ['blind-feeds-6', 'blind 6'],
  ['blind-feeds-7', 'blind 7'],
];

/** The blind feeds, each with the articles it carries (none for a set whose directory is absent). */
export function blindCaptures(): Capture[] {
  return BLIND_SETS.flatMap(([name, group]) => {
    const dir = fileURLToPath(new URL(`../../test/fixtures/${name}/`, import.meta.url));
    if (!existsSync(join(dir, 'manifest.json'))) return [];
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; url: string }[];
    return manifest.map((m) => ({
      key: `${group}:${m.file}`,
      half: group,
      articles: articlesOf(readFileSync(join(dir, m.file)), m.url),
    }));
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface FundingRow {
  id: string;
  text: string;
  url: string | null;
  source: string;
}

/** Who published a text: a news text's host, or the owner of the repository a company's own post came from. */
const publisher = (r: FundingRow) => (r.url ? new URL(r.url).hostname : (/^github:([^/]+)/.exec(r.source)?.[1] ?? 'unknown'));

function fundingFeed(rows: FundingRow[], title: string): Article[] {
  const items = rows.map((r, i) => {
    const [first = '', ...rest] = r.text.trim().split('\n');
    const title = first.replace(/^#+\s*/, '').trim();
    const link = r.url ?? `https://funding.invalid/${r.id}`;
    const date = new Date(Date.UTC(2026, 10, 20) - i * H).toUTCString();
    return `<item><title>${esc(title)}</title><link>${esc(link)}</link><guid>${esc(r.id)}</guid><pubDate>${date}</pubDate><description>${esc(rest.join('\n'))}</description></item>`;
  });
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(title)}</title><link>https://funding.invalid/</link>${items.join('')}</channel></rss>`;
  return articlesOf(xml, `https://funding.invalid/${encodeURIComponent(title)}.xml`);
}

/**
 * The funding texts as feeds, one digest per half: news texts in one feed of funding news, a
 * company's own posts in a feed named after their publisher (a company blog speaks as "we").
 */
export function fundingCaptures(): Capture[] {
  const rows = readFileSync(join(corpusDir(), 'funding', 'funding.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as FundingRow);
  return (['A', 'B'] as const).map((half) => {
    const mine = rows.filter((r) => halfOf(r.id) === half);
    const own = [...new Set(mine.filter((r) => !r.url).map(publisher))];
    const articles = [
      ...fundingFeed(
        mine.filter((r) => r.url),
        'Funding news',
      ),
      ...own.flatMap((p) =>
        fundingFeed(
          mine.filter((r) => !r.url && publisher(r) === p),
          p,
        ),
      ),
    ];
    return { key: `funding:${half}`, half, articles };
  });
}

export async function buildFrom(c: Capture, maxStories = 12): Promise<BuiltDigest> {
  const at = Math.max(0, ...c.articles.map((a) => a.publishedAt ?? 0)) + H;
  const digest = await buildDigest({
    name: c.key,
    destination: DEST,
    slot: { at, label: new Date(at).toISOString() },
    lastSlot: null,
    nextSlot: { at: at + 6 * H, label: new Date(at + 6 * H).toISOString() },
    articles: c.articles,
    rounds: storedRoundsOf(
      c.articles,
      (a) => extractRounds(a.text, { published: a.publishedAt, title: a.title, site: a.outlet }),
      0,
    ),
    maxStories,
    summarizer: extractiveSummarizer,
  });
  return { key: c.key, half: c.half, digest, articles: c.articles };
}

/** Every capture's digest, the mixed digests (one per half, one of the blind feeds) and the two funding digests. */
export async function allDigests(): Promise<BuiltDigest[]> {
  const feeds = [...feedCaptures(), ...blindCaptures()];
  const mixed = GROUPS.map((half) => ({
    key: `mixed:${half}`,
    half,
    articles: feeds.filter((c) => c.half === half).flatMap((c) => c.articles),
  })).filter((c) => c.articles.length > 0);
  const out: BuiltDigest[] = [];
  for (const c of [...feeds, ...mixed, ...fundingCaptures()]) out.push(await buildFrom(c));
  return out;
}
