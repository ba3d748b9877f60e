// Article extraction: `npx tsx eval/articles.ts [--pages]`. Scores `digestbot extract` (the same
// extractArticle the command runs) and plain Readability.js on linkedom, side by side, on
// ../shared/corpus/articles with the benchmark's shingle metric (eval/articles/shingles.ts):
// the whole set and both halves of a split by a hash of the page key.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/sources/article/extract.js';
import { decodePage } from '../src/sources/article/page-bytes.js';
import { aggregate, scorePage, type Aggregate, type PageScore } from './articles/shingles.js';
import { corpusDir } from './corpus.js';

export interface Page {
  key: string;
  url: string;
  body: Uint8Array;
  truth: string;
}

export function loadPages(dir = join(corpusDir(), 'articles')): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  return Object.entries(truth).map(([key, t]) => ({
    key,
    url: t.url,
    body: readFileSync(join(dir, 'html', `${key}.html.gz`)),
    truth: t.articleBody,
  }));
}

/** Half A or B of a split by the page key's hash. */
export const halfOf = (key: string): 'A' | 'B' => (createHash('sha256').update(key).digest()[0]! % 2 === 0 ? 'A' : 'B');

export function ours(page: Page): string {
  try {
    return extractArticle({ body: page.body }).text;
  } catch {
    return '';
  }
}

export function readability(page: Page): string {
  const { document } = parseHTML(decodePage(gunzipSync(page.body)));
  return new Readability(document).parse()?.textContent ?? '';
}

interface Scored {
  key: string;
  ours: PageScore;
  readability: PageScore;
}

const row = (name: string, a: Aggregate) =>
  `${name.padEnd(30)}${a.pages.toString().padStart(5)}   P ${a.precision.toFixed(3)}  R ${a.recall.toFixed(3)}  F1 ${a.f1.toFixed(3)}`;

export function report(scored: Scored[], showPages: boolean): string {
  const lines: string[] = [];
  for (const [label, subset] of [
    ['all pages', scored],
    ['half A', scored.filter((s) => halfOf(s.key) === 'A')],
    ['half B', scored.filter((s) => halfOf(s.key) === 'B')],
  ] as const) {
    lines.push(row(`ours, ${label}`, aggregate(subset.map((s) => s.ours))));
    lines.push(row(`Readability.js, ${label}`, aggregate(subset.map((s) => s.readability))));
  }
  const all = aggregate(scored.map((s) => s.ours));
  const base = aggregate(scored.map((s) => s.readability));
  lines.push(
    `bar (F1 ≥ 0.95 and ≥ Readability.js, precision ≥ 0.93): ${all.f1 >= 0.95 && all.f1 >= base.f1 && all.precision >= 0.93 ? 'PASS' : 'FAIL'}`,
  );
  if (showPages) {
    const f1 = (s: PageScore) => (2 * s.tp) / (2 * s.tp + s.fp + s.fn || 1);
    for (const s of [...scored].sort((a, b) => f1(a.ours) - f1(b.ours)).slice(0, 20))
      lines.push(
        `  ${s.key.slice(0, 12)} ${halfOf(s.key)} ours F1 ${f1(s.ours).toFixed(3)}  Readability.js ${f1(s.readability).toFixed(3)}`,
      );
  }
  return lines.join('\n');
}

export function main(): Scored[] | null {
  const dir = join(corpusDir(), 'articles');
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    process.stdout.write(`articles eval skipped: no corpus at ${dir}\n`);
    return null;
  }
  const scored = loadPages(dir).map((page) => ({
    key: page.key,
    ours: scorePage(page.truth, ours(page)),
    readability: scorePage(page.truth, readability(page)),
  }));
  process.stdout.write(`article extraction on ${scored.length} pages (4-word shingles; P and R averaged over pages)\n`);
  process.stdout.write(`${report(scored, process.argv.includes('--pages'))}\n`);
  return scored;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
