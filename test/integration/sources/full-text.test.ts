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
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    const loop = /^\/bad\/loop\/(\d+)$/.exec(req.url!);
    if (loop) return void res.writeHead(302, { location: `/bad/loop/${Number(loop[1]) + 1}` }).end();
    if (req.url === '/bad/hang') return; // never answers
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
  const cycle = () => pollDueFeeds(deps, { owner: 'replica-a' });
  const addFeed = (name: string, fullText: FullTextMode) =>
    insertFeed(t.store.db, { url: server.url(`/${name}.rss`), backfillSince: T0 - 2 * HOUR, fullText, now: T0 });
  const texts = () =>
    t.store.db.selectFrom('articles').select(['title', 'text', 'lang', 'page_fetched_at']).orderBy('title').execute();

  beforeEach(async () => {
    t = await open();
    fetcher = createFetcher(config.fetch, { now: () => T0 });
    deps = { store: t.store, fetcher, config, log: silentLogger(), now: () => T0, random: () => 0.5 };
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
      expect(e.message).toMatch(/^The article (?:link|page) [^;]+; the feed's own text is kept\.$/);
      expect(e).toMatchObject({ feedTitle: 'Bad Pages', failedAt: T0 });
    }
    const reply = feedErrorsReply([], errors)
      .sections.map((s) => s.text)
      .join('\n');
    expect(reply).toContain('No failing or disabled feeds.');
    expect(reply).toContain('Bad Pages: “bad story wall” — The article page asks readers to log in or subscribe');
  });
});
