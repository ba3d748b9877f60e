// Parser benchmark: `npx tsx bench/parse.ts`. MB/s of our parser vs the rss-parser baseline in the
// same run (real-world captures of the corpus, generated news feeds), event-loop delay while a
// 10 MiB feed is parsed through parseFeed, and time-to-error of each XML attack. Medians of repeats.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { errorMessage } from '../src/errors.js';
import { parseFeed, parseFeedSync } from '../src/sources/parse/index.js';
import { corpusDir } from '../eval/corpus.js';
import { parseWithRssParser } from '../eval/parse/baseline.js';
import { newsFeed, newsFeedOfSize } from '../test/helpers/news-feed.js';
import { attacks } from '../test/helpers/xml-attacks.js';

/** Timed rounds per parser and input (and repeats of each attack); medians are reported. */
const ROUNDS = 11;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * CPU seconds of this process (not wall time): on a shared 2-core machine other processes' load
 * otherwise lands on whichever parser happens to be running.
 */
async function secondsFor(docs: Uint8Array[], parse: (d: Uint8Array) => unknown): Promise<number> {
  const start = process.cpuUsage();
  for (const d of docs) await parse(d);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export interface ThroughputRow {
  name: string;
  bytes: number;
  ours: number;
  rssParser: number;
  ratio: number;
}

/**
 * Each round parses at least this many bytes, so a small feed is not timed by a single parse.
 * Short rounds, many of them: load from other processes comes and goes within seconds here.
 */
const ROUND_BYTES = 2e6;

/** Rounds alternate between the two parsers so load on a shared machine hits both alike. */
async function throughput(name: string, once: Uint8Array[]): Promise<ThroughputRow> {
  const size = once.reduce((n, d) => n + d.byteLength, 0);
  const docs = Array.from({ length: Math.ceil(ROUND_BYTES / size) }, () => once).flat();
  const mb = (size * Math.ceil(ROUND_BYTES / size)) / 1e6;
  const ours: number[] = [];
  const theirs: number[] = [];
  await secondsFor(docs, (d) => parseFeedSync(d)); // warm-up
  await secondsFor(docs, (d) => parseWithRssParser(d).catch(() => null));
  for (let r = 0; r < ROUNDS; r++) {
    ours.push(mb / (await secondsFor(docs, (d) => parseFeedSync(d))));
    theirs.push(mb / (await secondsFor(docs, (d) => parseWithRssParser(d).catch(() => null))));
  }
  const ratios = ours.map((o, i) => o / theirs[i]!);
  return { name, bytes: size, ours: median(ours), rssParser: median(theirs), ratio: median(ratios) };
}

function realWorldDocs(): Uint8Array[] {
  const dir = join(corpusDir(), 'feeds');
  if (!existsSync(join(dir, 'manifest.json'))) return [];
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; category: string }[];
  return manifest.filter((e) => e.category === 'real-world').map((e) => readFileSync(join(dir, e.file)));
}

/** Event-loop delay p99 (ms) while `run` is in flight, sampled every 10 ms. */
async function loopDelayP99(run: () => Promise<unknown>): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  await run();
  h.disable();
  return h.percentile(99) / 1e6;
}

export interface ParseBenchResult {
  throughput: ThroughputRow[];
  loopDelay: { feedBytes: number; workerP99Ms: number; inlineP99Ms: number };
  attacks: { name: string; ms: number; outcome: string }[];
}

export async function benchParse(): Promise<ParseBenchResult> {
  const rows: ThroughputRow[] = [];
  const real = realWorldDocs();
  if (real.length) rows.push(await throughput(`real-world captures (${real.length} files)`, real));
  for (const n of [20, 100, 1000]) rows.push(await throughput(`generated news feed, ${n} items`, [Buffer.from(newsFeed(n))]));

  const big = Buffer.from(newsFeedOfSize(10 * 1024 * 1024));
  const workerRuns: number[] = [];
  for (let r = 0; r < 3; r++) workerRuns.push(await loopDelayP99(() => parseFeed(big)));
  const workerP99Ms = median(workerRuns);
  const inlineP99Ms = await loopDelayP99(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    parseFeedSync(big);
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  const attackRows = Object.entries(attacks('file:///etc/passwd')).map(([name, xml]) => {
    const times: number[] = [];
    let outcome = 'parsed';
    for (let r = 0; r < ROUNDS; r++) {
      const start = performance.now();
      try {
        parseFeedSync(xml);
      } catch (err) {
        outcome = `${(err as { code?: string }).code ?? 'ERROR'}: ${errorMessage(err)}`;
      }
      times.push(performance.now() - start);
    }
    return { name, ms: median(times), outcome };
  });
  return { throughput: rows, loopDelay: { feedBytes: big.byteLength, workerP99Ms, inlineP99Ms }, attacks: attackRows };
}

export function formatParseBench(r: ParseBenchResult): string {
  const lines = [`parse throughput (MB per CPU-second, median of ${ROUNDS})  ours   rss-parser   ratio`];
  for (const t of r.throughput)
    lines.push(
      `${t.name.padEnd(42)}${t.ours.toFixed(1).padStart(6)}${t.rssParser.toFixed(1).padStart(13)}${`${t.ratio.toFixed(1)}x`.padStart(8)}`,
    );
  lines.push(
    `event-loop delay p99 while parsing ${(r.loopDelay.feedBytes / 1048576).toFixed(1)} MiB via parseFeed (worker): ${r.loopDelay.workerP99Ms.toFixed(1)} ms (bar < 250)`,
    `  for comparison, the same parse inline on the event loop: ${r.loopDelay.inlineP99Ms.toFixed(1)} ms`,
  );
  for (const a of r.attacks) lines.push(`attack ${a.name.padEnd(24)} ${a.ms.toFixed(1).padStart(7)} ms  ${a.outcome}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatParseBench(await benchParse())}\n`);
}
