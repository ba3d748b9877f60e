import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { AppError } from '../../../src/errors.js';
import { FetchError } from '../../../src/sources/fetch/index.js';
import { parseFullText } from '../../../src/sources/feeds-admin.js';
import type { ExtractPool } from '../../../src/sources/article/extract-pool.js';
import type { PageArticle } from '../../../src/sources/article/page.js';
import type { Fetcher } from '../../../src/sources/fetch/index.js';
import { pageProblem, readPage, wantsPage } from '../../../src/sources/page-text.js';
import { transferable } from '../../../src/runtime/worker-pool.js';

const limits = configSchema.parse({}).fetch;

describe('wantsPage', () => {
  const article = { url: 'https://port.example/a', digestEligible: true };
  it('auto takes teasers only; always every new article; off none', () => {
    expect(wantsPage('auto', article, true)).toBe(true);
    expect(wantsPage('auto', article, false)).toBe(false);
    expect(wantsPage('always', article, false)).toBe(true);
    expect(wantsPage('off', article, true)).toBe(false);
  });
  it('never for articles that cannot reach a digest or have no link', () => {
    expect(wantsPage('always', { ...article, digestEligible: false }, true)).toBe(false);
    expect(wantsPage('always', { ...article, url: null }, true)).toBe(false);
  });
});

describe('parseFullText', () => {
  it('reads the three modes in any case, and names them when given something else', () => {
    expect(parseFullText(' Always ')).toBe('always');
    expect(() => parseFullText('sometimes')).toThrow(/auto .*, always or off \(got "sometimes"\)/);
  });
});

describe('pageProblem', () => {
  it.each([
    [
      new AppError('NOT_HTML', 'The answer is application/pdf, not a web page'),
      'PAGE_NOT_HTML',
      'application/pdf, not a web page',
      false,
    ],
    [
      new FetchError('FEED_TOO_LARGE', 'The feed is larger than 10485760 bytes'),
      'PAGE_TOO_LARGE',
      'larger than the 10 MB limit',
      false,
    ],
    [new FetchError('FEED_REDIRECT_REFUSED', 'more than 5 redirects'), 'PAGE_REDIRECTS', 'more than 5 redirects', false],
    [new FetchError('FEED_TIMEOUT', 'no complete answer'), 'PAGE_TIMEOUT', 'within 20 s', true],
    [new FetchError('FEED_HTTP_ERROR', 'answered 404', { status: 404 }), 'PAGE_HTTP_ERROR', 'answered HTTP 404', false],
    [new FetchError('FEED_HTTP_ERROR', 'answered 503', { status: 503 }), 'PAGE_HTTP_ERROR', 'answered HTTP 503', true],
    [new FetchError('FEED_HTTP_ERROR', 'answered 429', { status: 429 }), 'PAGE_HTTP_ERROR', 'answered HTTP 429', true],
    [new FetchError('RATE_LIMITED', 'port.example asked us to wait'), 'PAGE_RATE_LIMITED', 'asked us to wait', true],
    [new FetchError('FEED_FETCH_FAILED', 'the connection was reset'), 'PAGE_UNREACHABLE', 'the connection was reset', true],
    [new AppError('NO_ARTICLE', 'Extracting an article took longer than 10000 ms'), 'PAGE_SLOW', 'took too long to read', true],
    [new AppError('NO_ARTICLE', 'The page holds no article text'), 'PAGE_NO_ARTICLE', 'holds no readable article text', false],
  ])('names the problem and whether it may pass (%s)', (err, code, words, transient) => {
    const p = pageProblem(err, limits);
    expect(p).toMatchObject({ code, transient });
    expect(p.reason).toContain(words);
  });
});

describe('readPage and login walls', () => {
  const job = {
    articleId: 1,
    feedId: 2,
    url: 'https://port.example/a',
    title: 'Harbour reopens',
    feedText: 'Harbour reopens.',
    feedLang: 'en',
    tries: 0,
  };
  const wall =
    '<html><body><h1>Members</h1><p>Subscribe or sign in to continue reading.</p><form><input type="password"></form></body></html>';
  /** A fetcher answering `html`, and an extractor that takes the body (as the thread's transfer does) and answers `answer`. */
  const deps = (html: string, answer: () => Promise<PageArticle>) => ({
    fetcher: {
      fetchPage: async () => ({
        kind: 'ok' as const,
        body: Buffer.from(new TextEncoder().encode(html).buffer), // its own memory, as a fetched body's is
        contentType: 'text/html',
        etag: null,
        lastModified: null,
        url: job.url,
        finalUrl: job.url,
        freshForMs: null,
      }),
    } as unknown as Fetcher,
    extractor: {
      run: async (task: { body: Uint8Array }) => {
        const moved = transferable(task.body);
        expect(moved).toHaveLength(1);
        structuredClone(moved[0], { transfer: moved }); // the body is gone from here now
        return answer();
      },
      close: async () => {},
    } as unknown as ExtractPool,
    limits,
    now: () => 0,
  });

  it('reads a page that gives no article, after its body moved to the extraction thread, as a wall', async () => {
    const r = await readPage(
      deps(wall, () => Promise.reject(new AppError('NO_ARTICLE', 'no text'))),
      job,
    );
    expect(r).toMatchObject({ ok: false, code: 'PAGE_LOGIN_WALL' });
  });

  it('reads a page with a short text and a password field as a wall, and one without as giving no more text', async () => {
    const short = async () => ({ title: null, text: 'Harbour reopens.', byline: null, published: null, lang: 'en' });
    expect(await readPage(deps(wall, short), job)).toMatchObject({ ok: false, code: 'PAGE_LOGIN_WALL' });
    expect(await readPage(deps('<html><body><p>Harbour reopens.</p></body></html>', short), job)).toMatchObject({
      ok: false,
      code: 'PAGE_NO_MORE_TEXT',
    });
  });
});
