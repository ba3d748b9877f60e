// Steady state under retention (issue 20): a new SQLite store gets `perDay` articles a simulated
// day through the poller's insert path (bench/growth-seed.ts), in four cycles a day, each followed
// by the cycle's pruning (`pruneExpired`, retention.days at its default of 90), for the window and
// then `beyond` more days. Time is the simulated clock passed to each call, never the wall clock.
// The file (after a WAL checkpoint) should stop growing once the window is full: the bar is
// within 10 % over the month after it.
// Run alone: `npx tsx bench/growth-steady.ts [--per-day 10000] [--beyond 30]`.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { configSchema } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { pruneExpired } from '../src/pipeline/prune.js';
import { migrate, openSqliteStore, type Store } from '../src/store/store.js';
import { seedArticles, seedFeeds, seenAt } from './growth-seed.js';

const CYCLES_A_DAY = 4;

export interface SteadyDay {
  day: number;
  articles: number;
  mib: number;
  /** Of which the rounds, their sources and company names, kept forever by design (decision 0022). */
  roundsMib: number;
}

/** Tables (and their indexes) that retention keeps whole: a round is news for years. */
const KEPT = ['rounds', 'round_sources', 'company_aliases', 'company_alias_grams'];

async function keptMib(store: Store): Promise<number> {
  const { rows } = await sql<{ bytes: number | null }>`select sum(pgsize) as bytes from dbstat where name in (
      select name from sqlite_schema where tbl_name in (${sql.join(KEPT)}))`.execute(store.db);
  return Math.round((rows[0]?.bytes ?? 0) / 2 ** 20);
}

export interface SteadyBench {
  perDay: number;
  retentionDays: number;
  days: SteadyDay[];
  /** Largest file size over the days after the window, relative to the size when the window filled. */
  growth: number;
  /** The same without the rounds kept forever. */
  growthWithoutRounds: number;
}

export async function benchSteady(opts: { perDay?: number; beyond?: number } = {}): Promise<SteadyBench> {
  const perDay = opts.perDay ?? 10_000;
  const config = configSchema.parse({});
  const window = config.retention.days;
  const total = window + (opts.beyond ?? 30);
  const dir = mkdtempSync(join(tmpdir(), 'digestbot-steady-'));
  const store = openSqliteStore(join(dir, 'digestbot.sqlite'));
  const deps = { store, config, log: silentLogger(), owner: 'bench' };
  const days: SteadyDay[] = [];
  try {
    await migrate(store);
    await seedFeeds(store);
    let stored = 0;
    for (let day = 0; day < total; day++) {
      for (let c = 0; c < CYCLES_A_DAY; c++) {
        const from = day * perDay + Math.floor((c * perDay) / CYCLES_A_DAY);
        const to = day * perDay + Math.floor(((c + 1) * perDay) / CYCLES_A_DAY);
        await seedArticles(store, from, to, perDay);
        stored += to - from;
        stored -= await pruneExpired(deps, seenAt(to, perDay));
      }
      if (day + 1 < window - 7 || (day + 1 - window) % 5 !== 0) continue;
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
      days.push({
        day: day + 1,
        articles: stored,
        mib: Math.round(statSync(store.location).size / 2 ** 20),
        roundsMib: await keptMib(store),
      });
      process.stderr.write(`${JSON.stringify(days.at(-1))}\n`);
    }
    const filled = days.find((d) => d.day === window)!;
    const after = days.filter((d) => d.day > window);
    return {
      perDay,
      retentionDays: window,
      days,
      growth: Math.max(...after.map((d) => d.mib)) / filled.mib - 1,
      growthWithoutRounds: Math.max(...after.map((d) => d.mib - d.roundsMib)) / (filled.mib - filled.roundsMib) - 1,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatSteady(b: SteadyBench): string {
  return [
    `steady state: ${b.perDay.toLocaleString('en')} articles a simulated day, retention ${b.retentionDays} days (SQLite, new file)`,
    `| day | articles stored | file MiB | of which rounds (kept forever) MiB |`,
    `|---|---|---|---|`,
    ...b.days.map((d) => `| ${d.day} | ${d.articles.toLocaleString('en')} | ${d.mib} | ${d.roundsMib} |`),
    `largest size after day ${b.retentionDays}: ${(b.growth * 100).toFixed(1)} % over the size at day ${b.retentionDays} ` +
      `(${b.growth <= 0.1 ? 'PASS' : 'FAIL'} within 10 %); without the rounds kept forever ` +
      `${(b.growthWithoutRounds * 100).toFixed(1)} % (${b.growthWithoutRounds <= 0.1 ? 'PASS' : 'FAIL'})`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { 'per-day': { type: 'string' }, beyond: { type: 'string' } } });
  const steady = await benchSteady({
    ...(values['per-day'] !== undefined && { perDay: Number(values['per-day']) }),
    ...(values.beyond !== undefined && { beyond: Number(values.beyond) }),
  });
  process.stdout.write(`${formatSteady(steady)}\n`);
}
