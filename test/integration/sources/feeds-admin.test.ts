// Feed administration against a loopback feed server and a real store.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { isAppError } from '../../../src/errors.js';
import { createFetcher, type Fetcher } from '../../../src/sources/fetch/index.js';
import {
  addFeed,
  feedErrors,
  listFeedStatus,
  parseBackfill,
  removeFeed,
  syncConfiguredFeeds,
  testFeed,
  type FeedsAdminDeps,
} from '../../../src/sources/feeds-admin.js';
import { listFeeds } from '../../../src/store/feeds.js';
import { rssDocument, startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const NOW = Date.UTC(2026, 10, 21, 12);
const HOUR = 3_600_000;
let server: LoopbackServer;

beforeAll(async () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ guid: `g${i}`, title: `Story ${i}`, link: `https://n.example/${i}` }));
  server = await startLoopbackServer((req, res) => {
    if (req.url === '/feed' || req.url === '/other')
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument('Robot News', items));
    else if (req.url === '/page')
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>Hello</p></body></html>');
    else if (req.url === '/empty') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('\n');
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

async function rejection(p: Promise<unknown>) {
  return p.then(
    () => expect.fail('expected a rejection'),
    (e: unknown) => e as Error & { code: string; userMessage?: string },
  );
}

describeStores('feeds admin', (open) => {
  let t: TestStore;
  let fetcher: Fetcher;
  let deps: FeedsAdminDeps;
  beforeEach(async () => {
    t = await open();
    fetcher = createFetcher(configSchema.parse({ fetch: { allowPrivate: [`127.0.0.1:${server.port}`] } }).fetch);
    deps = { db: t.store.db, fetcher, maxItems: 200, now: () => NOW };
  });
  afterEach(async () => {
    await fetcher.close();
    await t.cleanup();
  });

  it('adds a feed after a test fetch, with topic and backfill window', async () => {
    const { feed, preview } = await addFeed(deps, {
      url: server.url('/feed#x'),
      topic: 'robotics',
      backfill: '48h',
      addedBy: 'U1',
    });
    expect(feed).toMatchObject({
      url: server.url('/feed'),
      topic: 'robotics',
      backfillSince: NOW - 48 * HOUR,
      nextCheckAt: NOW,
      primedAt: null,
      addedBy: 'U1',
      status: 'active',
    });
    expect(preview).toMatchObject({ format: 'rss2.0', title: 'Robot News', itemCount: 7 });
    expect(preview.items).toHaveLength(5);
    expect(preview.items[0]).toEqual({ title: 'Story 0', link: 'https://n.example/0', published: null });
  });

  it('refuses a duplicate before fetching anything', async () => {
    await addFeed(deps, { url: server.url('/feed') });
    const seen = server.requests.length;
    const err = await rejection(addFeed(deps, { url: ` ${server.url('/feed').replace('http://', 'HTTP://')}#top` }));
    expect(err).toMatchObject({ code: 'FEED_DUPLICATE', userMessage: `This feed is already configured: ${server.url('/feed')}` });
    expect(server.requests.length).toBe(seen);
    expect(await listFeeds(t.store.db)).toHaveLength(1);
  });

  it.each([
    ['not a url', 'FEED_URL_INVALID', /Not a URL/],
    ['file:///etc/passwd', 'FEED_URL_INVALID', /Only http and https/],
    ['http://169.254.169.254/latest/meta-data/', 'FEED_ADDRESS_BLOCKED', /linkLocal/],
    ['http://2130706433/feed', 'FEED_ADDRESS_BLOCKED', /loopback/],
    ['/page', 'NOT_A_FEED', /is not a feed this bot can read/],
    ['/empty', 'EMPTY_DOCUMENT', /answered with no feed: The feed body holds only whitespace/],
    ['/missing', 'FEED_HTTP_ERROR', /answered HTTP 404/],
  ])('refuses %s with %s and stores nothing', async (url, code, message) => {
    const err = await rejection(addFeed(deps, { url: url.startsWith('/') ? server.url(url) : url }));
    expect(err.code).toBe(code);
    expect(err.userMessage).toMatch(message);
    expect(await listFeeds(t.store.db)).toHaveLength(0);
  });

  it.each([
    [{ topic: 'robot/news' }, /A topic is 1–64/],
    [{ backfill: '2 weeks' }, /Backfill must be a duration/],
    [{ backfill: '31d' }, /at most 30d/],
  ])('refuses bad arguments %j', async (input, message) => {
    const err = await rejection(addFeed(deps, { url: server.url('/feed'), ...input }));
    expect(err).toMatchObject({ code: 'BAD_ARGUMENT' });
    expect(err.userMessage).toMatch(message);
  });

  it('lists feeds with their health, and the failing ones with why', async () => {
    const fresh = (await addFeed(deps, { url: server.url('/feed') })).feed;
    const other = (await addFeed(deps, { url: server.url('/other') })).feed;
    const third = (await syncConfiguredFeeds(t.store.db, [{ url: server.url('/third') }], NOW))[0]!;
    await t.store.db
      .updateTable('feeds')
      .set({
        last_checked_at: NOW,
        last_success_at: NOW - HOUR,
        last_error_at: NOW,
        last_error_code: 'FEED_TIMEOUT',
        last_error: 'slow',
        consecutive_failures: 2,
      })
      .where('id', '=', other.id)
      .execute();
    await t.store.db
      .updateTable('feeds')
      .set({
        status: 'disabled',
        disabled_reason: 'FEED_GONE',
        last_checked_at: NOW,
        last_error_code: 'FEED_HTTP_ERROR',
        last_error: '410',
      })
      .where('id', '=', third.id)
      .execute();
    const list = await listFeedStatus(t.store.db);
    expect(list.map((f) => [f.id, f.health, f.disabledReason])).toEqual([
      [fresh.id, 'new', null],
      [other.id, 'failing', null],
      [third.id, 'disabled', 'FEED_GONE'],
    ]);
    expect(list[1]).toMatchObject({
      lastSuccessAt: NOW - HOUR,
      lastErrorCode: 'FEED_TIMEOUT',
      lastError: 'slow',
      consecutiveFailures: 2,
      nextCheckAt: NOW,
    });
    expect((await feedErrors(t.store.db)).map((f) => f.id)).toEqual([other.id, third.id]);
  });

  it('removes a feed by id; an unknown id is a user error', async () => {
    const { feed } = await addFeed(deps, { url: server.url('/feed') });
    expect(await removeFeed(t.store.db, feed.id)).toMatchObject({ id: feed.id, url: feed.url });
    expect(await listFeeds(t.store.db)).toEqual([]);
    expect(await rejection(removeFeed(t.store.db, feed.id))).toMatchObject({
      code: 'FEED_NOT_FOUND',
      userMessage: `No feed with id ${feed.id} (see the feed list)`,
    });
  });

  it('tests a feed without saving it', async () => {
    expect(await testFeed(deps, server.url('/feed'))).toMatchObject({
      title: 'Robot News',
      itemCount: 7,
      finalUrl: server.url('/feed'),
    });
    expect(await listFeeds(t.store.db)).toEqual([]);
  });

  it('adds configured feeds once', async () => {
    const feeds = [
      { url: server.url('/feed'), topic: 'robotics' },
      { url: server.url('/other'), title: 'Other' },
    ];
    expect(await syncConfiguredFeeds(t.store.db, feeds, NOW)).toHaveLength(2);
    expect(await syncConfiguredFeeds(t.store.db, feeds, NOW)).toHaveLength(0);
    expect((await listFeeds(t.store.db)).map((f) => [f.topic, f.title, f.addedBy])).toEqual([
      ['robotics', null, 'config'],
      [null, 'Other', 'config'],
    ]);
  });
});

it.each([
  ['90m', 90 * 60_000],
  ['48h', 48 * HOUR],
  [' 7D ', 7 * 24 * HOUR],
])('backfill %s', (text, ms) => {
  expect(parseBackfill(text)).toBe(ms);
});

it.each(['0h', '48', 'h', '-1h', '1w'])('refuses backfill %s', (text) => {
  expect(() => parseBackfill(text)).toThrow(/Backfill must be a duration/);
  try {
    parseBackfill(text);
  } catch (e) {
    expect(isAppError(e, 'BAD_ARGUMENT')).toBe(true);
  }
});
