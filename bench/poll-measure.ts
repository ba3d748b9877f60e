// The poll bench's measured process (bench/poll.ts starts it): the compiled bot's modules from
// dist/ in a plain `node` process, as `node dist/cli.js start` runs them, so its CPU and memory
// are the bot's and not also the TypeScript loader's (under tsx the process carried 30-40 MB more,
// and every worker thread a loader of its own). bench/poll.ts transpiles this file to JavaScript
// and runs it; it imports only types from src/ and reaches the bot through the dist/ path it is
// given. Messages: the parent's first is the request; it asks the parent for 'advance' between the
// passes and ends with its result.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type * as Config from '../src/config.js';
import type * as Log from '../src/log.js';
import type * as Fetch from '../src/sources/fetch/index.js';
import type * as PollCycle from '../src/sources/poll-cycle.js';
import type * as PollThreads from '../src/sources/poll-threads.js';
import type * as StoreModule from '../src/store/store.js';
import type { PollDeps, PollTimings } from '../src/sources/poll.js';

export interface MeasureRequest {
  dist: string;
  urls: string[];
  concurrency: number;
  dataDir: string;
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

export interface MeasureResult {
  passes: PassResult[];
  articles: number;
  dbMb: number;
  peakRssMb: number;
}

export type MeasureMessage = { type: 'advance' } | { type: 'result'; result: MeasureResult };

async function modules(dist: string) {
  const load = (module: string): Promise<unknown> => import(pathToFileURL(join(dist, module)).href);
  return {
    ...((await load('config.js')) as typeof Config),
    ...((await load('log.js')) as typeof Log),
    ...((await load('sources/fetch/index.js')) as typeof Fetch),
    ...((await load('sources/poll-cycle.js')) as typeof PollCycle),
    ...((await load('sources/poll-threads.js')) as typeof PollThreads),
    ...((await load('store/store.js')) as typeof StoreModule),
  };
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

/** The parent's answer to 'advance': the farm has published its new items. */
const advanced = () =>
  new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    process.send!({ type: 'advance' } satisfies MeasureMessage);
  });

async function measure(req: MeasureRequest): Promise<MeasureResult> {
  const { configSchema, createFetcher, createPollThreads, migrate, openStore, pollDueFeeds, silentLogger, SQLITE_FILE } =
    await modules(req.dist);
  const store = await openStore({ dataDir: req.dataDir });
  await migrate(store);
  const start = Date.now();
  await store.transaction(async (trx) => {
    for (let i = 0; i < req.urls.length; i += 500) {
      const rows = req.urls.slice(i, i + 500).map((url) => ({ url, next_check_at: start, added_at: start, status: 'active' }));
      await trx.insertInto('feeds').values(rows).execute();
    }
  });
  const config = configSchema.parse({ fetch: { allowPrivate: ['127.0.0.0/8'], concurrency: req.concurrency } });
  const fetcher = createFetcher(config.fetch);
  let offset = 0;
  // The threads stay warm from one pass to the next, as `start` keeps them across cycles.
  const threads = createPollThreads();
  const deps: PollDeps = { store, fetcher, config, log: silentLogger(), now: () => Date.now() + offset, threads };

  const first = await measured('first pass', deps, pollDueFeeds);
  await advanced();
  offset = 25 * 3_600_000; // every feed is due again
  const second = await measured('second pass (~70 % 304)', deps, pollDueFeeds);

  const articles = await store.db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await Promise.all([fetcher.close(), threads.close()]);
  await store.close();
  return {
    passes: [first, second],
    articles: Number(articles.n),
    dbMb: statSync(join(req.dataDir, SQLITE_FILE)).size / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const req = await new Promise<MeasureRequest>((resolve) => process.once('message', resolve));
const result = await measure(req);
process.send!({ type: 'result', result } satisfies MeasureMessage);
process.disconnect();
