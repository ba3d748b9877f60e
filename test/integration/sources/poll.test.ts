// The per-feed job and the poll cycle against a real loopback feed server and a real store.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { silentLogger } from '../../../src/log.js';
import { createFetcher, type Fetcher } from '../../../src/sources/fetch/index.js';
import { pollDueFeeds } from '../../../src/sources/poll-cycle.js';
import { createPollThreads } from '../../../src/sources/poll-threads.js';
import type { PollDeps } from '../../../src/sources/poll.js';
import type { SqliteWriter } from '../../../src/store/sqlite-writer.js';
import { getFeed, insertFeed } from '../../../src/store/feeds.js';
import { openStore, type Store } from '../../../src/store/store.js';
import { rssDocument, startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 21, 12);
const config = configSchema.parse({ fetch: { allowPrivate: ['127.0.0.1/32'], concurrency: 3, timeoutMs: 2000 } });
const date = (ms: number) => new Date(ms).toUTCString();

/** What the server answers per path; tests change it between polls. */
type Answer = { status?: number; body?: string; headers?: Record<string, string> };
const answers = new Map<string, Answer>();
/** Awaited before each answer; a test may hold answers back. */
let gate: () => Promise<void> = async () => {};
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer(async (req, res) => {
    await gate();
    const a = answers.get(req.url!) ?? { status: 404 };
    const etag = a.headers?.etag;
    if (etag && req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
    else res.writeHead(a.status ?? 200, { 'content-type': 'application/rss+xml', ...a.headers }).end(a.body ?? '');
  });
});
afterAll(() => server.close());

const items = (prefix: string, n: number, at = T0 - HOUR) =>
  Array.from({ length: n }, (_, i) => ({
    guid: `${prefix}-${i}`,
    title: `${prefix} story ${i}`,
    link: `https://news.example/${prefix}/${i}?utm_source=rss`,
    date: date(at - i * MIN),
  }));

describeStores('polling', (open) => {
  let t: TestStore;
  let fetcher: Fetcher;
  let clock: number;
  let deps: PollDeps;
  const cycle = (owner = 'replica-a') => pollDueFeeds(deps, { owner });
  const feed = async (id: number) => (await getFeed(t.store.db, id))!;
  const addFeed = (path: string, over: { backfillSince?: number; topic?: string } = {}) =>
    insertFeed(t.store.db, { url: server.url(path), now: clock, ...over });
  const articles = (store: Store = t.store) =>
    store.db
      .selectFrom('articles')
      .select(['title', 'digest_eligible', 'canonical_url', 'outlet', 'topic'])
      .orderBy('id')
      .execute();

  beforeEach(async () => {
    t = await open();
    clock = T0;
    fetcher = createFetcher(config.fetch, { now: () => clock });
    deps = { store: t.store, fetcher, config, log: silentLogger(), now: () => clock, random: () => 0.5 };
    answers.clear();
    gate = async () => {};
  });
  afterEach(async () => {
    await fetcher.close();
    await t.cleanup();
  });

  it('first poll marks what the feed holds as seen; later items reach digests; 304 skips parsing', async () => {
    answers.set('/a', { body: rssDocument('Outlet A', items('a', 3)), headers: { etag: '"a1"' } });
    const f = await addFeed('/a', { topic: 'robotics' });
    expect(await cycle()).toMatchObject({ polled: 1, ok: 1, newArticles: 3 });
    expect(await articles()).toEqual(
      [0, 1, 2].map((i) => ({
        title: `a story ${i}`,
        digest_eligible: 0,
        canonical_url: `https://news.example/a/${i}`,
        outlet: 'Outlet A',
        topic: 'robotics',
      })),
    );
    const primed = await feed(f.id);
    expect(primed).toMatchObject({ primedAt: T0, etag: '"a1"', title: 'Outlet A', lastSuccessAt: T0, intervalMinutes: 60 });
    expect(primed.nextCheckAt).toBe(T0 + HOUR);

    clock = primed.nextCheckAt;
    expect(await cycle()).toMatchObject({ polled: 1, notModified: 1, newArticles: 0 });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"a1"');

    answers.set('/a', {
      body: rssDocument('Outlet A', [...items('new', 1, clock), ...items('a', 3)]),
      headers: { etag: '"a2"' },
    });
    clock = (await feed(f.id)).nextCheckAt;
    expect(await cycle()).toMatchObject({ ok: 1, newArticles: 1 });
    expect((await articles()).map((a) => [a.title, a.digest_eligible])).toEqual([
      ['a story 0', 0],
      ['a story 1', 0],
      ['a story 2', 0],
      ['new story 0', 1],
    ]);
    expect(await feed(f.id)).toMatchObject({ etag: '"a2"', primedAt: T0 });
  });

  it('reads and writes on the threads it is given and leaves them open for the next cycle (start keeps them warm)', async () => {
    const threads = createPollThreads();
    let reads = 0;
    let closes = 0;
    const writers: SqliteWriter[] = [];
    let writerCloses = 0;
    deps = {
      ...deps,
      threads: {
        ...threads,
        reader: { ...threads.reader, run: (request) => (reads++, threads.reader.run(request)) },
        sqliteWriter: (file) => {
          const writer = threads.sqliteWriter(file);
          writers.push(writer);
          return { ...writer, close: () => (writerCloses++, writer.close()) };
        },
        close: () => (closes++, threads.close()),
      },
    };
    try {
      answers.set('/w', { body: rssDocument('Outlet W', items('w', 2)) });
      const f = await addFeed('/w');
      expect(await cycle()).toMatchObject({ ok: 1, newArticles: 2 });
      clock = (await feed(f.id)).nextCheckAt;
      answers.set('/w', { body: rssDocument('Outlet W', [...items('x', 1, clock), ...items('w', 2)]) });
      expect(await cycle()).toMatchObject({ ok: 1, newArticles: 1 });
      expect([reads, closes, writerCloses]).toEqual([2, 0, 0]);
      // On SQLite both cycles wrote through one writer (PostgreSQL has no writer thread).
      expect(writers.length).toBe(t.store.dialect === 'sqlite' ? 2 : 0);
      expect(new Set(writers).size).toBe(t.store.dialect === 'sqlite' ? 1 : 0);
    } finally {
      await threads.close();
    }
  });

  it('normalizes and hands on only the items the last good fetch did not carry', async () => {
    answers.set('/k', { body: rssDocument('Outlet K', items('k', 3)), headers: { etag: '"k1"' } });
    const f = await addFeed('/k');
    await cycle();
    expect((await feed(f.id)).lastItems).toHaveLength(3);
    // An article gone from the store (pruned, say) while the feed still carries its item: the
    // item was handled when it first came, so it is not taken for new again.
    const gone = await t.store.db.selectFrom('articles').select('id').where('title', '=', 'k story 1').executeTakeFirstOrThrow();
    await t.store.db.deleteFrom('articles').where('id', '=', gone.id).execute();

    clock = (await feed(f.id)).nextCheckAt;
    expect(await cycle()).toMatchObject({ notModified: 1 });
    expect((await feed(f.id)).lastItems).toHaveLength(3); // a 304 leaves them as they were

    answers.set('/k', {
      body: rssDocument('Outlet K', [...items('fresh', 1, clock), ...items('k', 3)]),
      headers: { etag: '"k2"' },
    });
    clock = (await feed(f.id)).nextCheckAt;
    expect(await cycle()).toMatchObject({ ok: 1, newArticles: 1 });
    expect((await articles()).map((a) => a.title)).toEqual(['k story 0', 'k story 2', 'fresh story 0']);
    expect((await feed(f.id)).lastItems).toHaveLength(4);
  });

  it('a backfill window admits the items published within it on the first poll', async () => {
    answers.set('/b', { body: rssDocument('B', [...items('recent', 2, T0 - HOUR), ...items('old', 2, T0 - 72 * HOUR)]) });
    await addFeed('/b', { backfillSince: T0 - 48 * HOUR });
    await cycle();
    expect((await articles()).map((a) => [a.title, a.digest_eligible])).toEqual([
      ['recent story 0', 1],
      ['recent story 1', 1],
      ['old story 0', 0],
      ['old story 1', 0],
    ]);
  });

  it('stores an article once when two feeds carry it', async () => {
    answers.set('/x', { body: rssDocument('X', items('shared', 2)) });
    answers.set('/y', { body: rssDocument('Y', items('shared', 2)) });
    await addFeed('/x');
    await addFeed('/y');
    const report = await cycle();
    expect(report).toMatchObject({ polled: 2, ok: 2, newArticles: 2 });
    expect(await articles()).toHaveLength(2);
    const links = await t.store.db.selectFrom('feed_items').select('feed_id').execute();
    expect(links).toHaveLength(4);
  });

  it('takes at most 200 items per fetch', async () => {
    answers.set('/big', { body: rssDocument('Big', items('big', 250)) });
    await addFeed('/big');
    expect(await cycle()).toMatchObject({ newArticles: 200 });
  });

  it.each([
    ['public, max-age=7200', 120],
    ['max-age=60', 15],
    ['max-age=9999999', 1440],
  ])('honours Cache-Control %s within 15 min–24 h', async (cacheControl, minutes) => {
    answers.set('/cc', { body: rssDocument('CC', items('cc', 1)), headers: { 'cache-control': cacheControl } });
    const f = await addFeed('/cc');
    await cycle();
    expect(await feed(f.id)).toMatchObject({ intervalMinutes: minutes, nextCheckAt: T0 + minutes * MIN });
  });

  it('jitters the next check by up to ±10 %', async () => {
    answers.set('/j', { body: rssDocument('J', items('j', 1)) });
    const f = await addFeed('/j');
    deps.random = () => 0;
    await cycle();
    expect((await feed(f.id)).nextCheckAt).toBe(T0 + 54 * MIN);
  });

  it('backs off 15 min × 2^(n-1) after failures, capped at 24 h, and disables after 10 in a row', async () => {
    answers.set('/down', { status: 500 });
    const f = await addFeed('/down');
    const delays: number[] = [];
    for (let n = 1; n <= 10; n++) {
      const before = clock;
      const report = await cycle();
      expect(report.failed).toBe(1);
      const now = await feed(f.id);
      expect(now).toMatchObject({ consecutiveFailures: n, lastErrorCode: 'FEED_HTTP_ERROR' });
      delays.push((now.nextCheckAt - before) / MIN);
      clock = now.nextCheckAt;
      if (n === 10)
        expect(report.disabled).toEqual([
          expect.objectContaining({ feedId: f.id, reason: 'FEED_FAILING', code: 'FEED_HTTP_ERROR' }),
        ]);
    }
    expect(delays).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440]);
    expect(await feed(f.id)).toMatchObject({ status: 'disabled', disabledReason: 'FEED_FAILING' });
    expect(await cycle()).toMatchObject({ polled: 0 });
  });

  it('a good answer resets the error counters', async () => {
    answers.set('/flaky', { status: 500 });
    const f = await addFeed('/flaky');
    await cycle();
    clock = (await feed(f.id)).nextCheckAt;
    answers.set('/flaky', { body: rssDocument('F', items('f', 1)) });
    await cycle();
    expect(await feed(f.id)).toMatchObject({
      consecutiveFailures: 0,
      consecutiveNotFound: 0,
      status: 'active',
      lastErrorCode: 'FEED_HTTP_ERROR',
    });
  });

  it('disables after 404/410 three times in a row; another error breaks the row', async () => {
    const f = await addFeed('/gone');
    const step = async (answer: Answer) => {
      answers.set('/gone', answer);
      await cycle();
      const now = await feed(f.id);
      clock = now.nextCheckAt;
      return now;
    };
    await step({ status: 404 });
    await step({ status: 410 });
    expect(await step({ status: 500 })).toMatchObject({ consecutiveNotFound: 0, status: 'active' });
    await step({ status: 404 });
    await step({ status: 404 });
    expect(await step({ status: 410 })).toMatchObject({
      consecutiveNotFound: 3,
      status: 'disabled',
      disabledReason: 'FEED_GONE',
    });
  });

  it('disables a feed without a success for 7 days', async () => {
    answers.set('/stale', { body: rssDocument('S', items('s', 1)) });
    const f = await addFeed('/stale');
    await cycle();
    answers.set('/stale', { body: 'this is not a feed' });
    clock = T0 + 7 * 24 * HOUR;
    const report = await cycle();
    expect(report.disabled).toEqual([expect.objectContaining({ reason: 'FEED_STALE', code: 'NOT_A_FEED' })]);
    expect(await feed(f.id)).toMatchObject({ status: 'disabled', disabledReason: 'FEED_STALE', consecutiveFailures: 1 });
  });

  it('waits Retry-After per host: the 429 feed and its neighbours are rescheduled, not counted as failures', async () => {
    answers.set('/limited', { status: 429, headers: { 'retry-after': '7200' } });
    answers.set('/neighbour', { body: rssDocument('N', items('n', 1)) });
    const limited = await addFeed('/limited');
    // One connection: the neighbour's request waits for the 429 answer, then is not sent.
    const serial = { ...config, fetch: { ...config.fetch, concurrency: 1 } };
    const serialFetcher = createFetcher(serial.fetch, { now: () => clock });
    deps = { ...deps, config: serial, fetcher: serialFetcher };
    // Due a millisecond later, so the 429 feed is claimed first.
    const neighbour = await insertFeed(t.store.db, { url: server.url('/neighbour'), now: clock + 1 });
    clock += 1;
    const retryAt = clock + 2 * HOUR;
    await cycle();
    await serialFetcher.close();
    expect(await feed(limited.id)).toMatchObject({
      consecutiveFailures: 0,
      lastErrorCode: 'FEED_HTTP_ERROR',
      nextCheckAt: retryAt,
    });
    expect(await feed(neighbour.id)).toMatchObject({
      consecutiveFailures: 0,
      lastErrorCode: null,
      nextCheckAt: retryAt,
      lastSuccessAt: null,
    });
    expect(server.requests.filter((r) => r.path === '/neighbour')).toHaveLength(0);
  });

  it('polls only feeds that are due, and claims nothing after the deadline', async () => {
    answers.set('/due', { body: rssDocument('D', items('d', 1)) });
    await addFeed('/due');
    await insertFeed(t.store.db, { url: server.url('/later'), now: clock + HOUR });
    expect(await pollDueFeeds(deps, { owner: 'a', deadline: clock })).toMatchObject({ polled: 0 });
    expect(await cycle()).toMatchObject({ polled: 1, ok: 1 });
    expect(server.requests.some((r) => r.path === '/later')).toBe(false);
  });

  it('two replicas polling together never poll the same feed twice', { timeout: 60_000 }, async () => {
    const paths = Array.from({ length: 24 }, (_, i) => `/r${i}`);
    for (const p of paths) {
      answers.set(p, { body: rssDocument(p, items(p.slice(1), 2)) });
      await addFeed(p);
    }
    // The first answers wait until three requests are open: one replica opens at most two per
    // host, so the other one is polling too before any feed is done.
    let held = 0;
    let open!: () => void;
    const bothPolling = new Promise<void>((resolve) => (open = resolve));
    gate = async () => {
      if (++held >= 3) open();
      await bothPolling;
    };
    const patient = { ...config.fetch, timeoutMs: 30_000 };
    const second = await openStore(t.options);
    const fetchers = [createFetcher(patient, { now: () => clock }), createFetcher(patient, { now: () => clock })] as const;
    const before = server.requests.length;
    const [a, b] = await Promise.all([
      pollDueFeeds({ ...deps, fetcher: fetchers[0] }, { owner: 'replica-a' }),
      pollDueFeeds({ ...deps, store: second, fetcher: fetchers[1] }, { owner: 'replica-b' }),
    ]);
    await Promise.all(fetchers.map((f) => f.close()));
    await second.close();
    const hits = server.requests.slice(before).map((r) => r.path);
    expect(hits.sort()).toEqual([...paths].sort());
    expect(a.polled + b.polled).toBe(24);
    expect(a.polled).toBeGreaterThan(0);
    expect(b.polled).toBeGreaterThan(0);
    expect(a.newArticles + b.newArticles).toBe(48);
    const leased = await t.store.db.selectFrom('feeds').select('id').where('lease_owner', 'is not', null).execute();
    expect(leased).toHaveLength(0);
  });
});
