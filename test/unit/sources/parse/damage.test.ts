import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../src/errors.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';

const titles = (xml: string) => parseFeedSync(xml).items.map((i) => i.title);
const code = (input: string | Uint8Array, options = {}) => {
  try {
    parseFeedSync(input, options);
    return 'parsed';
  } catch (err) {
    return isAppError(err) ? err.code : 'not an AppError';
  }
};

describe('recovery from real-feed damage', () => {
  it('keeps a bare & and decodes HTML entities inside XML', () => {
    const feed = parseFeedSync(
      '<rss><channel><title>Q&A &nbsp;&copy; AT&T &amp;amp;</title><item><link>http://x.example/?a=1&b=2</link></item></channel></rss>',
    );
    expect(feed.title).toBe('Q&A © AT&T &');
    expect(feed.items[0]!.link).toBe('http://x.example/?a=1&b=2');
  });

  it('recovers items around unclosed and stray tags', () => {
    const xml =
      '<rss><channel><item><title>One</title><description>text <b>bold</description></item></foo><item><title>Two</title></item></channel></rss>';
    expect(titles(xml)).toEqual(['One', 'Two']);
  });

  it('keeps the items of a truncated document', () => {
    expect(titles('<rss><channel><item><title>Whole</title></item><item><title>Cut off mid')).toEqual(['Whole', 'Cut off mid']);
  });

  it('refuses a truncated document that holds no item', () => {
    expect(code('<rss version="2.0"><channel><title>Nothing yet</title>')).toBe('PARSE_ERROR');
  });

  it('skips leading junk such as a PHP warning before the prolog', () => {
    const xml =
      '<br />\n<b>Warning</b>: something in /var/www/feed.php<br />\n<?xml version="1.0"?><rss><channel><item><title>Still here</title></item></channel></rss>';
    expect(titles(xml)).toEqual(['Still here']);
  });

  it('reads naked HTML markup inside RSS text', () => {
    expect(
      parseFeedSync('<rss><channel><item><description><p>Para <i>one</i></p><p>two</p></description></item></channel></rss>')
        .items[0]!.summary,
    ).toBe('Para one two');
  });

  it('says NOT_A_FEED for an HTML page, text without elements and unrelated JSON', () => {
    expect(code('<!doctype html><html><head><title>Shop</title></head><body>hi</body></html>')).toBe('NOT_A_FEED');
    expect(code('Service temporarily unavailable')).toBe('NOT_A_FEED');
    expect(code('{"hello": "world"}')).toBe('NOT_A_FEED');
  });

  it('says PARSE_ERROR for broken JSON and TOO_LARGE over the size cap', () => {
    expect(code('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toBe('PARSE_ERROR');
    expect(code(new Uint8Array(2048), { maxBytes: 1024 })).toBe('TOO_LARGE');
  });

  it('counts the size after gzip: a small bomb is TOO_LARGE', () => {
    const bomb = gzipSync(Buffer.alloc(11 * 1024 * 1024, 0x20));
    expect(bomb.byteLength).toBeLessThan(20_000);
    expect(code(bomb)).toBe('TOO_LARGE');
  });
});
