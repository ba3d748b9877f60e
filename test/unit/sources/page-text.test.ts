import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { AppError } from '../../../src/errors.js';
import { FetchError } from '../../../src/sources/fetch/index.js';
import { parseFullText } from '../../../src/sources/feeds-admin.js';
import { pageProblem, wantsPage } from '../../../src/sources/page-text.js';

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
