// Full text from the article page (decision 0025) in a real poll cycle: a loopback server serves
// teaser feeds and their pages; the store is real, in both dialects.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { silentLogger } from '../../../src/log.js';
import type { FullTextMode } from '../../../src/model.js';
import { createFetcher, type Fetcher } from '../../../src/sources/fetch/index.js';
import { pollDueFeeds } from '../../../src/sources/poll-cycle.js';
import type { PollDeps } from '../../../src/sources/poll.js';
import { feedErrorsReply } from '../../../src/bot/commands/replies/feeds.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { recentPageErrors } from '../../../src/store/page-texts.js';
import { articlePage } from '../../helpers/article-page.js';
import { rssDocument, startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 21, 12);
const config = configSchema.parse({ fetch: { allowPrivate: ['127.0.0.1/32'], concurrency: 4, timeoutMs: 2000 } });

type Answer = { status?: number; body?: string | Buffer; headers?: Record<string, string> };
const answers = new Map<string, Answer>();
/** Connections to /flaky/reset still to be cut before it answers. */
let resets = 0;
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    const loop = /^\/bad\/loop\/(\d+)$/.exec(req.url!);
    if (loop) return void res.writeHead(302, { location: `/bad/loop/${Number(loop[1]) + 1}` }).end();
    if (req.url === '/bad/hang') return; // never answers
    if (req.url === '/flaky/reset' && resets-- > 0) return void req.socket.destroy();
    const a = answers.get(req.url!) ?? { status: 404 };
    res.writeHead(a.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...a.headers }).end(a.body ?? '');
  });
});
afterAll(() => server.close());

const feedOf = (name: string, n: number) =>
  rssDocument(
    name,
    Array.from({ length: n }, (_, i) => ({
      guid: `${name}-${i}`,
      title: `${name} story ${i}`,
      link: server.url(`/${name}/page/${i}`),
      date: new Date(T0 - HOUR + i).toUTCString(),
    })),
  );
const servePages = (name: string, n: number) => {
  for (let i = 0; i < n; i++) answers.set(`/${name}/page/${i}`, { body: articlePage(`${name} story ${i}`) });
};
const pageRequests = (name: string) => server.requests.filter((r) => r.path.startsWith(`/${name}/page/`)).map((r) => r.path);

describeStores('full text from article pages', (open) => {
  // Each test starts worker threads (page extraction, feed reading): slow on a loaded machine.
  vi.setConfig({ testTimeout: 120_000 });
  let t: TestStore;
  let fetcher: Fetcher;
  let deps: PollDeps;
  let now: number;
  const cycle = () => pollDueFeeds(deps, { owner: 'replica-a' });
  const addFeed = (name: string, fullText: FullTextMode) =>
    insertFeed(t.store.db, { url: server.url(`/${name}.rss`), backfillSince: T0 - 2 * HOUR, fullText, now: T0 });
  const texts = () =>
    t.store.db.selectFrom('articles').select(['title', 'text', 'lang', 'page_fetched_at']).orderBy('title').execute();

  beforeEach(async () => {
    t = await open();
    now = T0;
    fetcher = createFetcher(config.fetch, { now: () => now });
    deps = { store: t.store, fetcher, config, log: silentLogger(), now: () => now, random: () => 0.5 };
    answers.clear();
    server.requests.length = 0;
  });
  afterEach(async () => {
    await fetcher.close();
    await t.cleanup();
  });

  it('auto: a teaser feed gets each new article page once; the page text replaces the teaser', async () => {
    answers.set('/teasers.rss', { body: feedOf('teasers', 3), headers: { 'content-type': 'application/rss+xml' } });
    servePages('teasers', 4);
    await addFeed('teasers', 'auto');
    const report = await cycle();
    expect(report).toMatchObject({ newArticles: 3, pages: { fetched: 3, stored: 3, failed: 0 } });
    const rows = await texts();
    expect(rows.map((r) => r.title)).toEqual(['teasers story 0', 'teasers story 1', 'teasers story 2']);
    for (const r of rows) {
      expect(r.text).toContain('The harbour board voted on Tuesday');
      expect(r.text.split('\n\n').length).toBeGreaterThan(3);
      expect(r).toMatchObject({ lang: 'en', page_fetched_at: T0 });
    }
    expect(pageRequests('teasers').sort()).toEqual(['/teasers/page/0', '/teasers/page/1', '/teasers/page/2']);

    // The feed changes: only the new item's page is fetched; the stored articles are the cache.
    answers.set('/teasers.rss', { body: feedOf('teasers', 4), headers: { 'content-type': 'application/rss+xml' } });
    await t.store.db.updateTable('feeds').set({ next_check_at: T0 }).execute();
    expect(await cycle()).toMatchObject({ newArticles: 1, pages: { fetched: 1, stored: 1 } });
    expect(pageRequests('teasers').sort()).toEqual(['/teasers/page/0', '/teasers/page/1', '/teasers/page/2', '/teasers/page/3']);
  });

  it('off fetches no page; auto leaves full-text items alone; always fetches them', async () => {
    const long = (name: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><item><guid>${name}-0</guid><title>${name} story 0</title>` +
      `<link>${server.url(`/${name}/page/0`)}</link><pubDate>${new Date(T0 - HOUR).toUTCString()}</pubDate>` +
      `<description><![CDATA[${articlePage('x', 4).replace(/^.*<article>|<\/article>.*$/g, '')}]]></description></item></channel></rss>`;
    answers.set('/off.rss', { body: feedOf('off', 2) });
    answers.set('/full.rss', { body: long('full') });
    answers.set('/always.rss', { body: long('always') });
    for (const name of ['off', 'full', 'always']) servePages(name, 2);
    await addFeed('off', 'off');
    await addFeed('full', 'auto');
    await addFeed('always', 'always');
    expect(await cycle()).toMatchObject({ newArticles: 4, pages: { fetched: 1 } });
    expect(pageRequests('off')).toEqual([]);
    expect(pageRequests('full')).toEqual([]);
    expect(pageRequests('always')).toEqual(['/always/page/0']);
    const off = (await texts()).find((r) => r.title === 'off story 0')!;
    expect(off).toMatchObject({ text: 'About off story 0.', page_fetched_at: null });
  });

  it('bad pages end with one clear sentence each in /feeds errors, and the feed text kept', async () => {
    const bad = ['not-html', 'huge', 'wall', 'loop/0', 'hang'];
    const items = bad.map((path, i) => ({
      guid: `bad-${i}`,
      title: `bad story ${path}`,
      link: server.url(`/bad/${path}`),
      date: new Date(T0 - HOUR + i).toUTCString(),
    }));
    answers.set('/bad.rss', { body: rssDocument('Bad Pages', items) });
    answers.set('/bad/not-html', {
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      headers: { 'content-type': 'image/png' },
    });
    answers.set('/bad/huge', { body: Buffer.alloc(20 * 1024 * 1024, 0x61) });
    answers.set('/bad/wall', {
      body:
        '<!doctype html><html><head><title>Members</title></head><body><main><article><h1>bad story wall</h1>' +
        '<p>Subscribe or sign in to continue reading this story.</p><form><input name="email"><input type="password">' +
        '<button>Log in</button></form></article></main></body></html>',
    });
    await addFeed('bad', 'auto');
    expect(await cycle()).toMatchObject({ newArticles: 5, pages: { fetched: 5, stored: 0, failed: 5 } });

    for (const r of await texts()) expect(r).toMatchObject({ text: `About ${r.title}.`, page_fetched_at: null });
    const errors = await recentPageErrors(t.store.db);
    const byTitle = Object.fromEntries(errors.map((e) => [e.articleTitle.replace('bad story ', ''), e]));
    expect(byTitle['not-html']).toMatchObject({ code: 'PAGE_NOT_HTML', message: expect.stringContaining('image/png') });
    expect(byTitle.huge).toMatchObject({ code: 'PAGE_TOO_LARGE', message: expect.stringContaining('10 MB limit') });
    expect(byTitle.wall).toMatchObject({ code: 'PAGE_LOGIN_WALL' });
    expect(byTitle['loop/0']).toMatchObject({
      code: 'PAGE_REDIRECTS',
      message: expect.stringContaining('more than 5 redirects'),
    });
    expect(byTitle.hang).toMatchObject({ code: 'PAGE_TIMEOUT', message: expect.stringContaining('within 2 s') });
    for (const e of errors) {
      expect(e.message).toMatch(
        /^The article (?:link|page) [^;]+; the feed's own text is kept(?:\.|, and the page is tried again in 30 min \(try 1 of 4\)\.)$/,
      );
      expect(e).toMatchObject({ feedTitle: 'Bad Pages', failedAt: T0 });
    }
    const reply = feedErrorsReply([], errors)
      .sections.map((s) => s.text)
      .join('\n');
    expect(reply).toContain('No failing or disabled feeds.');
    expect(reply).toContain('Bad Pages: “bad story wall” — The article page asks readers to log in or subscribe');
  });

  it('a page that failed for a passing reason is tried again later, with waits, a bounded number of times; a lasting failure never', async () => {
    const paths = ['flaky/down', 'flaky/reset', 'flaky/never', 'bad/not-html'];
    const items = paths.map((path, i) => ({
      guid: `flaky-${i}`,
      title: `flaky story ${path}`,
      link: server.url(`/${path}`),
      date: new Date(T0 - HOUR + i).toUTCString(),
    }));
    answers.set('/flaky.rss', { body: rssDocument('Flaky Pages', items) });
    answers.set('/flaky/down', { status: 500, body: 'down for maintenance' });
    answers.set('/flaky/never', { status: 502, body: 'bad gateway' });
    answers.set('/bad/not-html', { body: '%PDF-1.4', headers: { 'content-type': 'application/pdf' } });
    answers.set('/flaky/reset', { body: articlePage('flaky story flaky/reset') });
    resets = 1;
    await addFeed('flaky', 'auto');
    expect(await cycle()).toMatchObject({ newArticles: 4, pages: { fetched: 4, stored: 0, failed: 4 } });
    const codes = async () =>
      Object.fromEntries((await recentPageErrors(t.store.db)).map((e) => [e.articleTitle.replace('flaky story ', ''), e.code]));
    expect(await codes()).toEqual({
      'flaky/down': 'PAGE_HTTP_ERROR',
      'flaky/reset': 'PAGE_UNREACHABLE',
      'flaky/never': 'PAGE_HTTP_ERROR',
      'bad/not-html': 'PAGE_NOT_HTML',
    });
    const tried = (path: string) => server.requests.filter((r) => r.path === `/${path}`).length;
    const again = async (afterMs: number) => {
      now += afterMs;
      return cycle();
    };

    // Not yet due: nothing is tried again.
    expect(await again(20 * 60_000)).toMatchObject({ pages: { fetched: 0 } });
    // Due (30 min after the failure): the passing failures are tried again; two pages now answer.
    answers.set('/flaky/down', { body: articlePage('flaky story flaky/down') });
    expect(await again(10 * 60_000)).toMatchObject({ pages: { fetched: 3, stored: 2, failed: 1 } });
    expect(paths.map(tried)).toEqual([2, 2, 2, 1]);
    const rows = await texts();
    expect(rows.find((r) => r.title === 'flaky story flaky/down')?.text).toContain('The harbour board voted on Tuesday');
    expect(await codes()).toEqual({ 'flaky/never': 'PAGE_HTTP_ERROR', 'bad/not-html': 'PAGE_NOT_HTML' });

    // The one still failing waits 2 h, then 8 h, and is not tried after its 4th try.
    expect(await again(60 * 60_000)).toMatchObject({ pages: { fetched: 0 } });
    expect(await again(60 * 60_000)).toMatchObject({ pages: { fetched: 1, failed: 1 } });
    expect(await again(8 * HOUR)).toMatchObject({ pages: { fetched: 1, failed: 1 } });
    expect(await again(30 * 24 * HOUR)).toMatchObject({ pages: { fetched: 0 } });
    expect(paths.map(tried)).toEqual([2, 2, 4, 1]);
    const last = (await recentPageErrors(t.store.db)).find((e) => e.articleTitle === 'flaky story flaky/never')!;
    expect(last.message).toBe("The article page answered HTTP 502; the feed's own text is kept (the page failed all 4 tries).");
    expect(rows.find((r) => r.title === 'flaky story flaky/never')).toMatchObject({ text: 'About flaky story flaky/never.' });
  });
});
