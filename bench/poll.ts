// Polling benchmark: a loopback farm of news-sized feeds (gzip; some slow, some failing), polled
// end to end through the bot's own code path (guarded fetch → parse → normalize → batched insert
// into a fresh SQLite file), twice: a first pass, then one where ~70 % answer 304.
// It measures the code as it ships: compiled to dist/ (what `npm start` and the image run), built
// afresh first. From the TypeScript sources every worker thread would also start a tsx loader
// thread of its own and compile on the fly, which is not the bot's cost.
// Run alone: `npx tsx bench/poll.ts [feeds]`.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Config from '../src/config.js';
import type * as Log from '../src/log.js';
import type * as Fetch from '../src/sources/fetch/index.js';
import type * as PollCycle from '../src/sources/poll-cycle.js';
import type * as PollThreads from '../src/sources/poll-threads.js';
import type * as StoreModule from '../src/store/store.js';
import type { PollDeps, PollTimings } from '../src/sources/poll.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/ from the current sources and loads the modules the bench drives from it. */
export async function compiled() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
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

export interface PassResult {
  name: string;
  seconds: number;
  /** CPU time of this process (all threads) during the pass: what the wall time would be on a free core. */
  cpuSeconds: number;
  report: Omit<PollCycle.PollCycleReport, 'disabled'> & { disabled: number };
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  peakRssMb: number;
  /** Wall seconds per step summed over feeds (they overlap: this says where feeds wait). */
  steps: PollTimings;
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

async function measured(name: string, deps: PollDeps, pollDueFeeds: typeof PollCycle.pollDueFeeds): Promise<PassResult> {
  const steps: PollTimings = { fetchMs: 0, readMs: 0, storeMs: 0 };
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  delay.enable();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await pollDueFeeds({ ...deps, timings: steps }, { owner: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  delay.disable();
  clearInterval(sampler);
  return {
    name,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    report: { ...report, disabled: report.disabled.length },
    eventLoopP99Ms: delay.percentile(99) / 1e6,
    eventLoopMaxMs: delay.max / 1e6,
    peakRssMb: Math.max(peakRss, process.memoryUsage.rss()) / 2 ** 20,
    steps,
  };
}

export async function benchPoll(options: PollBenchOptions = {}): Promise<PollBenchResult> {
  const { configSchema, createFetcher, createPollThreads, migrate, openStore, pollDueFeeds, silentLogger, SQLITE_FILE } =
    await compiled();
  const feeds = options.feeds ?? 10_000;
  const hosts = options.hosts ?? 50;
  const concurrency = options.concurrency ?? 32;
  const serverFile = fileURLToPath(new URL('./feed-server.ts', import.meta.url));
  const child = fork(serverFile, [JSON.stringify({ feeds, hosts })], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-bench-poll-'));
  try {
    const ready = (await request(child, null, 'ready')) as Extract<ServerMessage, { type: 'ready' }>;
    const store = await openStore({ dataDir });
    await migrate(store);
    const start = Date.now();
    await store.transaction(async (trx) => {
      for (let i = 0; i < ready.urls.length; i += 500) {
        const rows = ready.urls
          .slice(i, i + 500)
          .map((url) => ({ url, next_check_at: start, added_at: start, status: 'active' }));
        await trx.insertInto('feeds').values(rows).execute();
      }
    });
    const config = configSchema.parse({ fetch: { allowPrivate: ['127.0.0.0/8'], concurrency } });
    const fetcher = createFetcher(config.fetch);
    let offset = 0;
    // The threads stay warm from one pass to the next, as `start` keeps them across cycles.
    const threads = createPollThreads();
    const deps: PollDeps = { store, fetcher, config, log: silentLogger(), now: () => Date.now() + offset, threads };

    const first = await measured('first pass', deps, pollDueFeeds);
    await request(child, 'advance', 'advanced');
    offset = 25 * 3_600_000; // every feed is due again
    const second = await measured('second pass (~70 % 304)', deps, pollDueFeeds);

    const articles = await store.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await Promise.all([fetcher.close(), threads.close()]);
    await store.close();
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const passes = [first, second];
    return {
      feeds,
      hosts,
      concurrency,
      feedGzipKb: ready.sampleGzipBytes / 1024,
      passes,
      articles: Number(articles.n),
      dbMb: statSync(join(dataDir, SQLITE_FILE)).size / 2 ** 20,
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
