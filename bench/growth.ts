// Growth (issue 20): does a command or a slot cost the same at 1M stored articles as at 30k? One
// SQLite store is seeded through the poller's insert path (bench/growth-seed.ts, 10,000 articles a
// simulated day) to each size in turn, and at each size: `/search` (a common and a rare word) and
// `/round` through the command registry, the digest build (`prepareDigest`) and its
// `roundsForArticles`, the event loop during a real slot (`runSlot`) and during pruning of the
// oldest 10,000 articles (`pruneExpired`, which also gives the pruning throughput), the file size
// per 100k articles, and the longest single store statement of each. Times are CPU ms.
// Run alone: `npx tsx bench/growth.ts [--max 310000] [--runs 3] [--no-cache]`. Seeded files are
// cached under the temp dir (digestbot-growth-cache) by seed version and size, so a rerun skips seeding.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createCommandRegistry } from '../src/bot/commands/registry.js';
import type { CommandInvocation } from '../src/bot/commands/types.js';
import { configSchema } from '../src/config.js';
import { extractiveSummarizer } from '../src/digest/summarize/index.js';
import { silentLogger } from '../src/log.js';
import { pruneExpired } from '../src/pipeline/prune.js';
import { destinationSchedule, prepareDigest, runSlot, slotContext, type DigestDeps } from '../src/pipeline/run-slot.js';
import { windowArticles } from '../src/pipeline/window.js';
import { createFetcher } from '../src/sources/fetch/index.js';
import { upsertDestination } from '../src/store/destinations.js';
import { roundsForArticles } from '../src/store/rounds-lookup.js';
import { migrate, openSqliteStore, type Store } from '../src/store/store.js';
import { DAY } from '../src/time.js';
import { COMMON_WORDS, companyName, RARE_WORDS, seedArticles, seedFeeds, seenAt } from './growth-seed.js';
import { cpuMs, loopDelayDuring, percentile, timedDb, type LoopDelay } from './growth-probe.js';

const PER_DAY = 10_000;
const PRUNED = 10_000;
const SIZES = [30_000, 310_000, 1_000_000];
/** Bump when the generated data or the way it is stored changes, so cached files are not reused. */
const SEED_VERSION = 1;

export interface GrowthRow {
  articles: number;
  seedSeconds: number;
  searchCommon: { p50: number; p99: number };
  searchRare: { p50: number; p99: number };
  roundP99: number;
  digest: number[];
  roundsForArticles: number[];
  windowArticles: number;
  slotLoop: LoopDelay;
  pruneLoop: LoopDelay;
  prunePerSecond: number;
  mibPer100k: number;
  longestStatement: { command: number; digest: number; prune: number };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

async function fileMiB(store: Store): Promise<number> {
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
  return statSync(store.location).size / 2 ** 20;
}

/** The article indexes the store holds: [first, next). Ids are the seed index + 1. */
async function heldRange(store: Store): Promise<[number, number]> {
  const row = await store.db
    .selectFrom('articles')
    .select((eb) => [eb.fn.min('id').as('lo'), eb.fn.max('id').as('hi')])
    .executeTakeFirstOrThrow();
  return row.hi === null ? [0, 0] : [Number(row.lo) - 1, Number(row.hi)];
}

async function measure(store: Store, articles: number, runs: number): Promise<Omit<GrowthRow, 'seedSeconds'>> {
  const [first, next] = await heldRange(store);
  const now = seenAt(next, PER_DAY);
  const config = configSchema.parse({});
  const timed = timedDb(store.db);
  const fetcher = createFetcher(config.fetch);
  const registry = createCommandRegistry({
    store: { db: timed.db, dialect: 'sqlite' },
    config,
    fetcher,
    digests: {
      preview: () => Promise.reject(new Error('not in this benchmark')),
      postNow: () => Promise.reject(new Error('not in this benchmark')),
      pending: () => Promise.reject(new Error('not in this benchmark')),
    },
    log: silentLogger(),
    now: () => now,
  });
  const inv = (command: string, text: string): CommandInvocation => ({
    platform: 'slack',
    command,
    subcommand: null,
    options: {},
    text,
    userId: 'U1',
    channelId: 'C1',
    platformAdmin: async () => false,
  });
  const times = async (command: string, texts: string[]) => {
    const out: number[] = [];
    for (const t of texts) out.push((await cpuMs(() => registry(inv(command, t)))).ms);
    return { p50: r1(percentile(out, 50)), p99: r1(percentile(out, 99)) };
  };
  const repeat = (words: string[], n: number) => Array.from({ length: n }, (_, i) => words[i % words.length]!);
  await times('search', repeat(COMMON_WORDS, 10));
  timed.take();
  const searchCommon = await times('search', repeat([...COMMON_WORDS, 'market robot'], 100));
  const searchRare = await times('search', repeat(RARE_WORDS, 100));
  const companies = Math.floor(next / 20);
  const names = Array.from({ length: 200 }, (_, i) => companyName(Math.floor((i * 7919) % companies)));
  const roundP99 = (await times('round', [...names.slice(0, 150), ...names.slice(150).map((n) => n.toLowerCase())])).p99;
  const command = timed.take();
  await fetcher.close();

  const destination = await upsertDestination(store.db, {
    platform: 'slack',
    channelId: 'CGROWTH',
    topics: [],
    emptyDigest: 'short',
    now,
  });
  const deps: DigestDeps = {
    store: { ...store, db: timed.db },
    config,
    log: silentLogger(),
    summarizer: () => extractiveSummarizer,
    owner: 'bench',
  };
  const ctx = await slotContext(store.db, destinationSchedule(config, destination), destination, now);
  const window = (await windowArticles(store.db, destination, now)).map((a) => a.id);
  const digest: number[] = [];
  const rounds: number[] = [];
  for (let r = 0; r < runs; r++) {
    digest.push(r1((await cpuMs(() => prepareDigest(deps, destination, ctx))).ms));
    rounds.push(r1((await cpuMs(() => roundsForArticles(timed.db, window))).ms));
  }
  const slot = await loopDelayDuring(() => runSlot(deps, destination, ctx, now));
  if (slot.value.status !== 'queued') throw new Error(`the slot was not queued: ${JSON.stringify(slot.value)}`);
  const digestLongest = timed.take();

  const mib = await fileMiB(store);
  const pruneNow = seenAt(first + PRUNED, PER_DAY) + config.retention.days * DAY;
  const prune = await loopDelayDuring(() =>
    cpuMs(() => pruneExpired({ store: { ...store, db: timed.db }, config, log: silentLogger(), owner: 'bench' }, pruneNow)),
  );
  return {
    articles,
    searchCommon,
    searchRare,
    roundP99,
    digest,
    roundsForArticles: rounds,
    windowArticles: window.length,
    slotLoop: slot.delay,
    pruneLoop: prune.delay,
    prunePerSecond: Math.round(prune.value.value / (prune.value.ms / 1000)),
    mibPer100k: r1((mib / articles) * 100_000),
    longestStatement: { command: r1(command), digest: r1(digestLongest), prune: r1(timed.take()) },
  };
}

export async function benchGrowth(opts: { max?: number; runs?: number; cache?: boolean } = {}): Promise<GrowthRow[]> {
  const sizes = SIZES.filter((s) => s <= (opts.max ?? Infinity));
  const dir = mkdtempSync(join(tmpdir(), 'digestbot-growth-'));
  const cacheDir = join(tmpdir(), 'digestbot-growth-cache');
  const file = join(dir, 'digestbot.sqlite');
  let store = openSqliteStore(file);
  const rows: GrowthRow[] = [];
  try {
    await migrate(store);
    await seedFeeds(store);
    for (const size of sizes) {
      const cached = join(cacheDir, `v${SEED_VERSION}-${size}.sqlite`);
      const started = performance.now();
      if (opts.cache !== false && existsSync(cached)) {
        await store.close();
        for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
        copyFileSync(cached, file);
        store = openSqliteStore(file);
        // Migrations newer than the cached file apply to it as to any store (a change to what is
        // seeded, or how, bumps SEED_VERSION instead).
        await migrate(store);
      } else {
        const [first, next] = await heldRange(store);
        await seedArticles(store, next, first + size, PER_DAY);
        if (opts.cache !== false) {
          await fileMiB(store);
          mkdirSync(cacheDir, { recursive: true });
          copyFileSync(file, cached);
        }
      }
      const seedSeconds = r1((performance.now() - started) / 1000);
      const row = { seedSeconds, ...(await measure(store, size, opts.runs ?? 3)) };
      process.stderr.write(`${JSON.stringify(row)}\n`);
      rows.push(row);
    }
    return rows;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const span = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;

export function formatGrowth(rows: GrowthRow[]): string {
  const head = [
    'articles',
    '/search common p50 / p99',
    '/search rare p50 / p99',
    '/round p99',
    'digest build (min–max)',
    'of which roundsForArticles',
    'event loop p99 / max (wall), longest stretch (CPU): slot',
    'pruning',
    'pruning articles/s (CPU)',
    'MiB per 100k',
    'longest statement: command / slot / prune',
  ];
  const lines = rows.map((r) =>
    [
      r.articles.toLocaleString('en'),
      `${r.searchCommon.p50} / ${r.searchCommon.p99} ms`,
      `${r.searchRare.p50} / ${r.searchRare.p99} ms`,
      `${r.roundP99} ms`,
      `${span(r.digest)} ms (${r.windowArticles} in window)`,
      `${span(r.roundsForArticles)} ms`,
      `${r1(r.slotLoop.p99)} / ${r1(r.slotLoop.max)} ms, ${r1(r.slotLoop.maxCpu)} ms`,
      `${r1(r.pruneLoop.p99)} / ${r1(r.pruneLoop.max)} ms, ${r1(r.pruneLoop.maxCpu)} ms`,
      `${r.prunePerSecond.toLocaleString('en')}`,
      `${r.mibPer100k}`,
      `${r.longestStatement.command} / ${r.longestStatement.digest} / ${r.longestStatement.prune} ms`,
    ].join(' | '),
  );
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines.map((l) => `| ${l} |`)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { max: { type: 'string' }, runs: { type: 'string' }, 'no-cache': { type: 'boolean' } },
  });
  const rows = await benchGrowth({
    ...(values.max !== undefined && { max: Number(values.max) }),
    ...(values.runs !== undefined && { runs: Number(values.runs) }),
    cache: !values['no-cache'],
  });
  process.stdout.write(`SQLite, ${PER_DAY.toLocaleString('en')} articles a simulated day; CPU ms\n${formatGrowth(rows)}\n`);
}
