// Polling benchmark: a loopback farm of news-sized feeds (gzip; some slow, some failing), polled
// end to end through the bot's own code path (guarded fetch → parse → normalize → batched insert
// into a fresh SQLite file), twice: a first pass, then one where ~70 % answer 304.
// It measures the code as it ships: compiled to dist/ (what `npm start` and the image run), built
// afresh first, in a plain `node` process of its own (bench/poll-measure.ts): from the TypeScript
// sources, or in this tsx process, every thread would also carry a TypeScript loader, which is not
// the bot's cost.
// Run alone: `npx tsx bench/poll.ts [feeds]`.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { writeLanguageTable } from '../scripts/language-table.js';
import type * as Config from '../src/config.js';
import type * as Log from '../src/log.js';
import type * as Fetch from '../src/sources/fetch/index.js';
import type * as PollCycle from '../src/sources/poll-cycle.js';
import type * as PollThreads from '../src/sources/poll-threads.js';
import type * as StoreModule from '../src/store/store.js';
import type { MeasureMessage, MeasureRequest, MeasureResult, PassResult } from './poll-measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/ from the current sources, as `npm run build` does. */
function buildDist(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  writeLanguageTable(join(ROOT, 'dist', 'language-table.json'));
}

/** Builds dist/ from the current sources and loads the modules the benches drive from it. */
export async function compiled() {
  buildDist();
  const load = (module: string): Promise<unknown> => import(pathToFileURL(join(ROOT, 'dist', module)).href);
  return {
    ...((await load('config.js')) as typeof Config),
    ...((await load('log.js')) as typeof Log),
    ...((await load('sources/fetch/index.js')) as typeof Fetch),
    ...((await load('sources/poll-cycle.js')) as typeof PollCycle),
    ...((await load('sources/poll-threads.js')) as typeof PollThreads),
    ...((await load('store/store.js')) as typeof StoreModule),
  };
}

export interface PollBenchOptions {
  feeds?: number;
  /** Loopback addresses the feeds are spread over (per-host concurrency applies to each). */
  hosts?: number;
  /** fetch.concurrency for the run. */
  concurrency?: number;
}

export interface PollBenchResult {
  feeds: number;
  hosts: number;
  concurrency: number;
  feedGzipKb: number;
  passes: PassResult[];
  articles: number;
  dbMb: number;
  peakRssMb: number;
  bars: { name: string; value: number; limit: number; ok: boolean }[];
}

type ServerMessage = { type: 'ready'; urls: string[]; sampleGzipBytes: number } | { type: 'advanced' };

function request(child: ChildProcess, msg: string | null, type: ServerMessage['type']): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ServerMessage) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`feed server exited with ${code}`)));
    if (msg) child.send(msg);
  });
}

/** Runs bench/poll-measure.ts, transpiled to JavaScript, in a plain `node` child; relays 'advance' to the farm. */
async function measureInChild(req: MeasureRequest, server: ChildProcess, dir: string): Promise<MeasureResult> {
  const source = readFileSync(fileURLToPath(new URL('./poll-measure.ts', import.meta.url)), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(dir, 'poll-measure.mjs');
  writeFileSync(file, outputText);
  const child = fork(file, [], { execArgv: [], stdio: 'inherit' });
  child.send(req); // by message: 10,000 feed URLs are too long for a command line
  return new Promise<MeasureResult>((resolve, reject) => {
    child.on('message', (m: MeasureMessage) => {
      if (m.type === 'advance') void request(server, 'advance', 'advanced').then(() => child.send('advanced'), reject);
      else resolve(m.result);
    });
    child.once('exit', (code) => reject(new Error(`the measured process exited with ${code} before its result`)));
  });
}

export async function benchPoll(options: PollBenchOptions = {}): Promise<PollBenchResult> {
  buildDist();
  const feeds = options.feeds ?? 10_000;
  const hosts = options.hosts ?? 50;
  const concurrency = options.concurrency ?? 32;
  const serverFile = fileURLToPath(new URL('./feed-server.ts', import.meta.url));
  const child = fork(serverFile, [JSON.stringify({ feeds, hosts })], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-bench-poll-'));
  try {
    const ready = (await request(child, null, 'ready')) as Extract<ServerMessage, { type: 'ready' }>;
    const { passes, articles, dbMb, peakRssMb } = await measureInChild(
      { dist: join(ROOT, 'dist'), urls: ready.urls, concurrency, dataDir },
      child,
      dataDir,
    );
    const [first, second] = passes as [PassResult, PassResult];
    return {
      feeds,
      hosts,
      concurrency,
      feedGzipKb: ready.sampleGzipBytes / 1024,
      passes,
      articles,
      dbMb,
      peakRssMb,
      bars: [
        // Issue 20: CPU seconds, so a loaded machine does not move the bar.
        { name: 'first pass (s CPU)', value: first.cpuSeconds, limit: 45, ok: first.cpuSeconds <= 45 },
        { name: 'second pass (s CPU)', value: second.cpuSeconds, limit: 12, ok: second.cpuSeconds <= 12 },
        { name: 'peak RSS (MB)', value: peakRssMb, limit: 400, ok: peakRssMb < 400 },
        ...passes.map((p) => ({
          name: `event-loop p99, ${p.name} (ms)`,
          value: p.eventLoopP99Ms,
          limit: 100,
          ok: p.eventLoopP99Ms < 100,
        })),
      ],
    };
  } finally {
    child.send('stop');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatPollBench(r: PollBenchResult): string {
  const lines = [
    `poll (compiled dist/): ${r.feeds} feeds (${r.feedGzipKb.toFixed(0)} KB gzip each, ~80 KB XML) on ${r.hosts} loopback hosts, concurrency ${r.concurrency}`,
  ];
  for (const p of r.passes) {
    const x = p.report;
    lines.push(
      `  ${p.name}: ${p.seconds.toFixed(1)} s (CPU ${p.cpuSeconds.toFixed(1)} s), ${(x.polled / p.seconds).toFixed(0)} feeds/s; ok ${x.ok}, 304 ${x.notModified}, failed ${x.failed}, ` +
        `new articles ${x.newArticles}; event loop p99 ${p.eventLoopP99Ms.toFixed(1)} ms (max ${p.eventLoopMaxMs.toFixed(0)}); RSS peak ${p.peakRssMb.toFixed(0)} MB`,
      `    feeds waited (wall time summed over feeds, overlapping): fetch ${(p.steps.fetchMs / 1000).toFixed(1)} s, ` +
        `read on worker threads ${(p.steps.readMs / 1000).toFixed(1)} s, store (group commit) ${(p.steps.storeMs / 1000).toFixed(1)} s`,
    );
  }
  lines.push(
    `  stored: ${r.articles} articles, SQLite file ${r.dbMb.toFixed(0)} MB; process peak RSS ${r.peakRssMb.toFixed(0)} MB`,
  );
  for (const b of r.bars) lines.push(`  ${b.ok ? 'PASS' : 'FAIL'} ${b.name}: ${b.value.toFixed(1)} (bar < ${b.limit})`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const feeds = process.argv[2] ? Number(process.argv[2]) : undefined;
  const result = await benchPoll(feeds ? { feeds } : {});
  process.stdout.write(`${formatPollBench(result)}\n`);
}
