// Digest faithfulness (docs/evaluation.md: must be 100%): digests are built end to end from the demo
// feeds and from the fixture stories, and every line is checked against the articles it cites:
// takeaways and rounds rows against their sources, story entries against their story's sources,
// the TL;DR against the digest's articles. `npx tsx eval/digest.ts`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDigest } from '../src/digest/build.js';
import { checkFaithful } from '../src/digest/faithfulness/check.js';
import { roundLine } from '../src/digest/faithfulness/gate.js';
import { extractRounds } from '../src/rounds/extract.js';
import { storedRoundsOf } from './stored-rounds.js';
import { extractiveSummarizer } from '../src/digest/summarize/index.js';
import { fillDates } from '../src/demo/dates.js';
import { consoleDestination, type Article, type Digest, type SourceRef } from '../src/model.js';
import { parseFeedSync } from '../src/sources/parse/index.js';
import { STORY_FIXTURES } from '../test/fixtures/stories.js';

const NOW = Date.UTC(2026, 10, 21, 15);
const H = 3_600_000;
const DEST = consoleDestination(1, 'eval');

function article(id: number, title: string, text: string, at: number, outlet: string, url: string): Article {
  return {
    id,
    canonicalUrl: url,
    url,
    title,
    text,
    author: null,
    publishedAt: at,
    firstSeenAt: at,
    categories: [],
    contentHash: `${id}`,
    digestEligible: true,
    outlet,
    topic: null,
  };
}

function demoArticles(): Article[] {
  const dir = fileURLToPath(new URL('../seeds/demo/', import.meta.url));
  return readdirSync(dir).flatMap((file) => {
    const feed = parseFeedSync(fillDates(readFileSync(join(dir, file), 'utf8'), NOW), { url: `http://demo.invalid/${file}` });
    return feed.items.map((it, i) =>
      article(
        0,
        it.title ?? '',
        it.content ?? it.summary ?? '',
        Date.parse(it.published ?? '') || NOW,
        feed.title ?? file,
        it.link ?? `http://demo.invalid/${file}#${i}`,
      ),
    );
  });
}

function fixtureArticles(): Article[] {
  return STORY_FIXTURES.map((f) => article(0, f.title, f.text, NOW - f.hoursAgo * H, f.outlet, `https://news.example/${f.key}`));
}

/** Rounds as the reader would store them: one per extraction, with its article as source. */
export interface DigestEval {
  digests: number;
  lines: number;
  supported: number;
  unsupported: { line: string; missing: string[] }[];
}

export function checkDigest(d: Digest, texts: Map<number, string>, e: DigestEval): void {
  const check = (line: string, sources: SourceRef[]) => {
    e.lines++;
    const r = checkFaithful(
      line,
      sources.map((s) => texts.get(s.articleId) ?? ''),
    );
    if (r.ok) e.supported++;
    else e.unsupported.push({ line, missing: r.unsupported });
  };
  const all = [...texts.keys()].map((articleId) => ({ articleId, title: '', url: null, outlet: '' }));
  if (d.tldr) check(d.tldr, all);
  for (const t of d.takeaways) check(t.text, t.sources);
  // Headline and summary are separate lines in every renderer: checked as such, not run together.
  for (const s of d.stories) {
    check(s.headline, s.sources);
    if (s.summary.trim() !== '') check(s.summary, s.sources);
  }
  for (const r of d.rounds.items) check(roundLine(r), r.sources);
}

export async function main(): Promise<DigestEval> {
  const e: DigestEval = { digests: 0, lines: 0, supported: 0, unsupported: [] };
  for (const set of [demoArticles(), fixtureArticles()]) {
    const articles = set.map((a, i) => ({ ...a, id: i + 1, contentHash: `a${i + 1}` }));
    const texts = new Map(articles.map((a) => [a.id, `${a.title}\n${a.text}`]));
    const digest = await buildDigest({
      name: 'eval',
      destination: DEST,
      slot: { at: NOW, label: 'eval' },
      lastSlot: null,
      nextSlot: { at: NOW + 6 * H, label: 'next' },
      articles,
      rounds: storedRoundsOf(articles, (a) => extractRounds(`${a.title}\n\n${a.text}`, { published: a.publishedAt }), NOW),
      maxStories: 12,
      summarizer: extractiveSummarizer,
    });
    e.digests++;
    checkDigest(digest, texts, e);
  }
  return e;
}

export function formatDigestEval(e: DigestEval): string {
  const share = e.lines === 0 ? 100 : (100 * e.supported) / e.lines;
  return [
    `digest faithfulness: ${e.digests} digests, ${e.lines} lines (TL;DR, takeaways, stories, rounds rows)`,
    `  every number and name supported by a cited source: ${share.toFixed(1)} % (${e.supported}/${e.lines}; must be 100 %)`,
    ...e.unsupported.map((u) => `  UNSUPPORTED: ${u.missing.join(', ')} in "${u.line.slice(0, 100)}"`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatDigestEval(await main())}\n`);
}
