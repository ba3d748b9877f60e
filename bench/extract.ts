// Article extraction benchmark: `npx tsx bench/extract.ts`. Time per page of `digestbot extract`
// (extractArticle: decoding, metadata, Readability, our cleaning, language) against plain
// Readability.js on linkedom, in the same run on the corpus pages (../shared/corpus/articles):
// each page's median over rounds that alternate the two, then the median and p99 over pages;
// and the event-loop delay while 100 pages go through the extraction worker pool.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPages, readability, type Page } from '../eval/articles.js';
import { corpusDir } from '../eval/corpus.js';
import { createExtractPool } from '../src/sources/article/extract-pool.js';
import { extractArticle } from '../src/sources/article/extract.js';

const ROUNDS = 5;
const EVENT_LOOP_PAGES = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/**
 * CPU milliseconds of this process for one call (not wall time): on a shared 2-core machine other
 * processes' load otherwise lands on whichever extractor happens to be running.
 */
function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const ours = (page: Page) => {
  try {
    extractArticle({ body: page.body });
  } catch {
    // a page without an article costs its time all the same
  }
};

export interface ExtractBenchResult {
  pages: number;
  ours: { medianMs: number; p99Ms: number };
  readability: { medianMs: number; p99Ms: number };
  eventLoop: { p99Ms: number; maxMs: number; pages: number; seconds: number };
}

export async function benchExtract(pages: Page[]): Promise<ExtractBenchResult> {
  for (const p of pages.slice(0, 5)) ours(p); // warm-up (JIT, eld's tables)
  const timesOurs = pages.map(() => [] as number[]);
  const timesTheirs = pages.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    pages.forEach((page, i) => {
      const first = r % 2 === 0;
      if (first) timesOurs[i]!.push(cpuMs(() => ours(page)));
      // Both gunzip and decode the page's bytes first (eval/articles.ts).
      timesTheirs[i]!.push(cpuMs(() => readability(page)));
      if (!first) timesOurs[i]!.push(cpuMs(() => ours(page)));
    });
  }
  const perPageOurs = timesOurs.map(median);
  const perPageTheirs = timesTheirs.map(median);

  const pool = createExtractPool();
  const h = monitorEventLoopDelay({ resolution: 10 });
  const started = performance.now();
  h.enable();
  await Promise.all(
    Array.from({ length: EVENT_LOOP_PAGES }, (_, i) =>
      pool.run({ body: Buffer.from(pages[i % pages.length]!.body) }).catch(() => null),
    ),
  );
  h.disable();
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return {
    pages: pages.length,
    ours: { medianMs: median(perPageOurs), p99Ms: percentile(perPageOurs, 99) },
    readability: { medianMs: median(perPageTheirs), p99Ms: percentile(perPageTheirs, 99) },
    eventLoop: { p99Ms: h.percentile(99) / 1e6, maxMs: h.max / 1e6, pages: EVENT_LOOP_PAGES, seconds },
  };
}

export function report(r: ExtractBenchResult): string {
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  return [
    `article extraction, CPU ms per page (each page's median of ${ROUNDS} alternating rounds) on ${r.pages} corpus pages`,
    `  ours (digestbot extract)        median ${r.ours.medianMs.toFixed(1)}  p99 ${r.ours.p99Ms.toFixed(1)}`,
    `  Readability.js on linkedom      median ${r.readability.medianMs.toFixed(1)}  p99 ${r.readability.p99Ms.toFixed(1)}`,
    `  event loop while ${r.eventLoop.pages} pages go through the worker pool (${r.eventLoop.seconds.toFixed(1)} s): p99 ${r.eventLoop.p99Ms.toFixed(1)} ms, max ${r.eventLoop.maxMs.toFixed(1)} ms`,
    `  ${pass(r.ours.medianMs <= r.readability.medianMs)} median at or below Readability.js (${r.ours.medianMs.toFixed(1)} vs ${r.readability.medianMs.toFixed(1)} ms)`,
    `  ${pass(r.ours.p99Ms <= 500)} p99 ≤ 500 ms (${r.ours.p99Ms.toFixed(1)})`,
    `  ${pass(r.eventLoop.p99Ms < 100)} event-loop p99 < 100 ms (${r.eventLoop.p99Ms.toFixed(1)})`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = join(corpusDir(), 'articles');
  if (!existsSync(join(dir, 'ground-truth.json'))) process.stdout.write(`extract bench skipped: no corpus at ${dir}\n`);
  else process.stdout.write(`${report(await benchExtract(loadPages(dir)))}\n`);
}
