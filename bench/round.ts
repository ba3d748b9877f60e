// `/round` latency (goal: p99 under 50 ms): lookups through the command registry against a store
// holding 100,000 rounds (generated companies, aliases and sources), first on an idle process,
// then while poll cycles run in the same process against a loopback feed server (each cycle
// brings new items, so articles are parsed and inserted while the lookups run).
// Run alone: `npx tsx bench/round.ts [rounds]`; `benchRound()` returns the numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { createCommandRegistry } from '../src/bot/commands/registry.js';
import type { CommandInvocation } from '../src/bot/commands/types.js';
import { configSchema } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createFetcher } from '../src/sources/fetch/index.js';
import { pollDueFeeds } from '../src/sources/poll-cycle.js';
import { aliasGrams } from '../src/store/company-grams.js';
import { companyKey } from '../src/rounds/company-key.js';
import { migrate, openStore, type Store } from '../src/store/store.js';
import { rng } from './rng.js';

export interface RoundBenchOptions {
  rounds?: number;
  lookups?: number;
  feeds?: number;
}

export interface Latency {
  lookups: number;
  p50: number;
  p99: number;
  max: number;
}

export interface RoundBench {
  rounds: number;
  companies: number;
  aliases: number;
  seedSeconds: number;
  idle: Latency;
  duringPoll: Latency & { pollCycles: number; newArticles: number };
}

const SYLLABLES = 'ka lo mi ra tek vo zen qu ix ar bel cor dyn el fa gor hel ion jun kry lum nov or pax'.split(' ');
const WORDS = ['Robotics', 'AI', 'Labs', 'Systems', 'Dynamics', 'Motion', 'Automation', 'Technologies', 'Machines'];
const FIRMS = ['Harbor Peak', 'North Pier', 'Gull Capital', 'Oakline Ventures', 'Dune Capital', 'Basis Set'];
const TYPES = ['seed', 'series_a', 'series_b', 'series_c', 'growth'];
const DAY = 86_400_000;

function companyName(i: number): string {
  const r = rng(i + 1);
  const n = 2 + Math.floor(r() * 2);
  let stem = '';
  for (let k = 0; k < n; k++) stem += SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
  // A fixed-length letter code at the end keeps every name distinct.
  for (let k = 0, x = i; k < 4; k++, x = Math.floor(x / 20)) stem += 'abcdefghijklmnoprstu'[x % 20];
  return `${stem[0]!.toUpperCase()}${stem.slice(1)} ${WORDS[i % WORDS.length]}`;
}

async function insertAll<T>(store: Store, table: string, rows: T[], batch: number): Promise<void> {
  await store.transaction(async (trx) => {
    const db = trx as unknown as Kysely<Record<string, T>>;
    for (let i = 0; i < rows.length; i += batch)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + batch) as never)
        .execute();
  });
}

/** Companies with 1–4 rounds each, an alias or two per company, one or two sources per round. */
async function seed(store: Store, rounds: number, now: number): Promise<{ names: string[]; aliases: number }> {
  const companies = Math.ceil(rounds / 2.5);
  const names = Array.from({ length: companies }, (_, i) => companyName(i));
  const articles = Math.ceil(rounds * 0.6);
  await insertAll(
    store,
    'feeds',
    [{ url: 'https://seed.bench.example/feed', next_check_at: now + 365 * DAY, added_at: now, status: 'active' }],
    1,
  );
  await insertAll(
    store,
    'articles',
    Array.from({ length: articles }, (_, i) => ({
      canonical_url: `https://seed.bench.example/a/${i}`,
      url: `https://seed.bench.example/a/${i}`,
      title: `${names[i % companies]} raises a round`,
      text: 'Generated article.',
      published_at: now - (i % 700) * DAY,
      first_seen_at: now - (i % 700) * DAY,
      content_hash: `h${i}`,
      outlet: `Outlet ${i % 40}`,
    })),
    500,
  );
  const r = rng(7);
  await insertAll(
    store,
    'rounds',
    Array.from({ length: rounds }, (_, i) => {
      const amount = Math.round(1e6 + r() * 5e8);
      return {
        company_key: companyKey(names[i % companies]!),
        company: names[i % companies]!,
        amount,
        currency: 'USD',
        amount_usd: amount,
        round_type: TYPES[i % TYPES.length]!,
        round_type_detail: null,
        valuation: i % 3 === 0 ? amount * 8 : null,
        lead_investors: JSON.stringify([FIRMS[i % FIRMS.length]]),
        other_investors: JSON.stringify([FIRMS[(i + 2) % FIRMS.length]]),
        status: 'announced',
        conflict: null,
        announced_at: now - (i % 730) * DAY,
        first_seen_at: now,
        updated_at: now,
      };
    }),
    400,
  );
  const sources = [];
  for (let id = 1; id <= rounds; id++) {
    sources.push({ round_id: id, article_id: (id % articles) + 1, evidence: 'e', seen_at: now });
    if (id % 2 === 0)
      sources.push({ round_id: id, article_id: ((id + Math.floor(articles / 2)) % articles) + 1, evidence: 'e', seen_at: now });
  }
  await insertAll(store, 'round_sources', sources, 500);
  const aliases = names.flatMap((name, i) => {
    const key = companyKey(name);
    const own = { alias_key: key, company_key: key, display_name: name };
    if (i % 5 !== 0) return [own];
    const short = name.split(' ')[0]!;
    return [own, { alias_key: `${companyKey(short)} hq`, company_key: key, display_name: `${short} HQ` }];
  });
  await insertAll(store, 'company_aliases', aliases, 500);
  await insertAll(
    store,
    'company_alias_grams',
    aliases.flatMap((a) => aliasGrams(a.alias_key).map((gram) => ({ gram, alias_key: a.alias_key }))),
    500,
  );
  return { names, aliases: aliases.length };
}

/** What people type: exact names, lower case, typos, prefixes, unknown names, nothing. */
function queries(names: string[], n: number): string[] {
  const r = rng(11);
  const pick = () => names[Math.floor(r() * names.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const name = pick();
    switch (i % 6) {
      case 0:
        return name;
      case 1:
        return name.toLowerCase();
      case 2: {
        const at = 1 + Math.floor(r() * (name.length - 2));
        return name.slice(0, at) + name.slice(at + 1);
      }
      case 3:
        return name.split(' ')[0]!.slice(0, 5);
      case 4:
        return `Qwxz${i} Holdings`;
      default:
        return i % 12 === 5 ? '' : `${name.split(' ')[0]} Inc.`;
    }
  });
}

function feedServer(feeds: number) {
  let version = 0;
  const doc = (f: number) => {
    const items = Array.from({ length: 20 }, (_, k) => {
      const n = version * 5 + k;
      return `<item><title>Feed ${f} story ${n}: robots raise money</title><link>https://f${f}.bench.example/${n}</link><guid>${f}-${n}</guid><description>Story ${n} of feed ${f}, about a humanoid robot maker and its new factory.</description></item>`;
    }).join('');
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench ${f}</title><link>https://f${f}.bench.example/</link>${items}</channel></rss>`;
  };
  const server = createServer((req, res) => {
    const f = Number(/^\/feed\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
    if (!(f >= 0 && f < feeds)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(doc(f));
  });
  return {
    server,
    advance: () => void version++,
    listen: () =>
      new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
const summary = (ms: number[]): Latency => {
  const s = [...ms].sort((a, b) => a - b);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return { lookups: s.length, p50: r2(percentile(s, 50)), p99: r2(percentile(s, 99)), max: r2(s.at(-1)!) };
};

export async function benchRound(opts: RoundBenchOptions = {}): Promise<RoundBench> {
  const rounds = opts.rounds ?? 100_000;
  const lookups = opts.lookups ?? 1200;
  const feedCount = opts.feeds ?? 100;
  const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-bench-round-'));
  const store = await openStore({ dataDir });
  const farm = feedServer(feedCount);
  try {
    await migrate(store);
    const now = Date.now();
    const t0 = performance.now();
    const { names, aliases } = await seed(store, rounds, now);
    const seedSeconds = (performance.now() - t0) / 1000;
    const port = await farm.listen();
    const config = configSchema.parse({ fetch: { allowPrivate: [`127.0.0.1:${port}`] } });
    const fetcher = createFetcher(config.fetch);
    const registry = createCommandRegistry({
      store,
      config,
      fetcher,
      digests: {
        preview: () => Promise.reject(new Error('not in this benchmark')),
        postNow: () => Promise.reject(new Error('not in this benchmark')),
        pending: () => Promise.reject(new Error('not in this benchmark')),
      },
      log: silentLogger(),
    });
    const inv = (text: string): CommandInvocation => ({
      platform: 'slack',
      command: 'round',
      subcommand: null,
      options: {},
      text,
      userId: 'U1',
      channelId: 'C1',
      platformAdmin: async () => false,
    });
    const timeAll = async (qs: string[]) => {
      const out: number[] = [];
      for (const q of qs) {
        const s = performance.now();
        await registry(inv(q));
        out.push(performance.now() - s);
      }
      return out;
    };
    await timeAll(queries(names, 100)); // warm-up
    const idle = summary(await timeAll(queries(names, lookups)));

    await insertAll(
      store,
      'feeds',
      Array.from({ length: feedCount }, (_, f) => ({
        url: `http://127.0.0.1:${port}/feed/${f}`,
        next_check_at: now,
        added_at: now,
        status: 'active',
        primed_at: now,
      })),
      200,
    );
    let offset = 0;
    let cycles = 0;
    let newArticles = 0;
    let stop = false;
    const deps = { store, fetcher, config, log: silentLogger(), now: () => Date.now() + offset };
    const polling = (async () => {
      while (!stop) {
        const report = await pollDueFeeds(deps, { owner: 'bench' });
        cycles++;
        newArticles += report.newArticles;
        farm.advance();
        offset += 25 * 3_600_000;
      }
    })();
    const during = await timeAll(queries(names, lookups).reverse());
    stop = true;
    await polling;
    await fetcher.close();
    return {
      rounds,
      companies: names.length,
      aliases,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      idle,
      duringPoll: { ...summary(during), pollCycles: cycles, newArticles },
    };
  } finally {
    await farm.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatRoundBench(r: RoundBench): string {
  const line = (name: string, l: Latency) =>
    `  ${name}: p50 ${l.p50} ms, p99 ${l.p99} ms, max ${l.max} ms over ${l.lookups} lookups`;
  return [
    `/round: ${r.rounds} rounds, ${r.companies} companies, ${r.aliases} aliases (SQLite, seeded in ${r.seedSeconds} s)`,
    line('idle', r.idle),
    `${line('during poll cycles', r.duringPoll)}; ${r.duringPoll.pollCycles} poll cycles completed, ${r.duringPoll.newArticles} new articles stored`,
    `  ${r.duringPoll.p99 < 50 ? 'PASS' : 'FAIL'} p99 during polling < 50 ms`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rounds = process.argv[2] ? Number(process.argv[2]) : undefined;
  process.stdout.write(`${formatRoundBench(await benchRound(rounds ? { rounds } : {}))}\n`);
}
