// Feed administration against a loopback feed server and a real store.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { isAppError } from '../../../src/errors.js';
import { createFetcher, type Fetcher } from '../../../src/sources/fetch/index.js';
import { feedErrors, listFeedStatus } from '../../../src/sources/feed-status.js';
import {
  addFeed,
  parseBackfill,
  removeFeed,
  renameFeed,
  setFeedTopic,
  testFeed,
  type FeedsAdminDeps,
} from '../../../src/sources/feeds-admin.js';
import { insertFeed, listFeeds } from '../../../src/store/feeds.js';
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
    else if (req.url === '/site/')
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html><head><title>Robot News</title>' +
            '<link rel="alternate" type="application/rss+xml" title="Robot News &raquo; Comments Feed" href="/comments">' +
            '<link rel="alternate" type="application/rss+xml" title="Robot News" href="../feed?utm_source=site">' +
            '</head><body>Welcome</body></html>',
        );
    else if (req.url === '/comments')
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument('Robot News comments', items.slice(0, 2)));
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
    expect(err).toMatchObject({ code: 'FEED_DUPLICATE' });
    expect(err.userMessage).toMatch(/^This feed is already there: #\d+ Robot News\.$/);
    expect(server.requests.length).toBe(seen);
    expect(await listFeeds(t.store.db)).toHaveLength(1);
  });

  it('takes tracking parameters, https and a trailing slash as the same feed', async () => {
    const first = await addFeed(deps, { url: `${server.url('/feed')}?utm_source=newsletter&utm_medium=email#latest` });
    expect(first.feed).toMatchObject({ url: server.url('/feed'), title: 'Robot News' });
    const seen = server.requests.length;
    for (const twin of [
      server.url('/feed').replace('http://', 'https://'),
      `${server.url('/feed')}/`,
      `${server.url('/feed')}?fbclid=abc`,
    ]) {
      const err = await rejection(addFeed(deps, { url: twin }));
      expect(err.code).toBe('FEED_DUPLICATE');
      expect(err.userMessage).toContain(`#${first.feed.id} Robot News`);
    }
    expect(server.requests.length).toBe(seen);
    expect(await listFeeds(t.store.db)).toHaveLength(1);
  });

  it("finds a site's feed from the page's alternate links (comment feeds last), and names it", async () => {
    const { feed, preview } = await addFeed(deps, { url: server.url('/site/'), topic: 'robotics' });
    expect(feed).toMatchObject({ url: server.url('/feed'), title: 'Robot News', topic: 'robotics' });
    expect(preview).toMatchObject({
      discoveredFrom: server.url('/site/'),
      url: server.url('/feed'),
      otherFeeds: [{ url: server.url('/comments'), title: 'Robot News » Comments Feed' }],
    });
    const again = await rejection(addFeed(deps, { url: server.url('/site/') }));
    expect(again.code).toBe('FEED_DUPLICATE');
    const page = await rejection(testFeed(deps, server.url('/page')));
    expect(page.userMessage).toContain('is a web page that names no feed');
  });

  it('the first feed of the admins replaces the starter feeds, in one step', async () => {
    await insertFeed(t.store.db, { url: 'https://seed.example/a', origin: 'seed', now: NOW });
    await insertFeed(t.store.db, { url: 'https://seed.example/b', origin: 'seed', now: NOW });
    const added = await addFeed(deps, { url: server.url('/feed') });
    expect(added.seedsRemoved).toBe(2);
    expect((await listFeeds(t.store.db)).map((f) => f.origin)).toEqual(['admin']);
  });

  it('refuses to change or remove feeds the config file or the starter list owns', async () => {
    const config = await insertFeed(t.store.db, { url: 'https://config.example/feed', origin: 'config', now: NOW });
    const seed = await insertFeed(t.store.db, { url: 'https://seed.example/a', origin: 'seed', now: NOW });
    // One at a time: each started only when awaited, so no refusal goes unhandled while another runs.
    for (const attempt of [
      () => removeFeed(t.store.db, config.id),
      () => renameFeed(t.store.db, config.id, 'Mine', NOW),
      () => setFeedTopic(t.store.db, config.id, 'space', NOW),
    ]) {
      const err = await rejection(attempt());
      expect(err.code).toBe('CONFIG_OWNED');
      expect(err.userMessage).toContain("is set in the bot's config file (feeds): change or remove it there");
    }
    expect((await rejection(removeFeed(t.store.db, seed.id))).code).toBe('SEED_FEED');
    expect(await listFeeds(t.store.db)).toHaveLength(2);
  });

  it('renames a feed and changes its topic', async () => {
    const { feed } = await addFeed(deps, { url: server.url('/feed'), topic: 'robotics' });
    expect(await renameFeed(t.store.db, feed.id, '  Robot Wire  ', NOW)).toMatchObject({ title: 'Robot Wire' });
    expect(await setFeedTopic(t.store.db, feed.id, 'space', NOW)).toMatchObject({ topic: 'space' });
    expect((await rejection(setFeedTopic(t.store.db, feed.id, 'a/b', NOW))).code).toBe('BAD_ARGUMENT');
  });

  it.each([
    ['not a url', 'FEED_URL_INVALID', /Not a URL/],
    ['file:///etc/passwd', 'FEED_URL_INVALID', /Only http and https/],
    ['http://169.254.169.254/latest/meta-data/', 'FEED_ADDRESS_BLOCKED', /linkLocal/],
    ['http://2130706433/feed', 'FEED_ADDRESS_BLOCKED', /loopback/],
    ['/empty', 'EMPTY_DOCUMENT', /answered with no feed: The feed body holds only whitespace/],
    ['/page', 'NOT_A_FEED', /is a web page that names no feed/],
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
    const third = await insertFeed(t.store.db, { url: server.url('/third'), origin: 'config', now: NOW });
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
