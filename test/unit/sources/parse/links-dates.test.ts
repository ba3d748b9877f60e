import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../../src/sources/parse/dates.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';
import { resolveUrl } from '../../../../src/sources/parse/urls.js';

describe('relative links', () => {
  it('resolves against nested xml:base, then the document URL', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://a.example/root/">
      <entry xml:base="sub/"><id>1</id><link href="page.html"/></entry>
      <entry><id>2</id><link href="../up.html"/></entry></feed>`;
    expect(parseFeedSync(xml).items.map((i) => i.link)).toEqual([
      'http://a.example/root/sub/page.html',
      'http://a.example/up.html',
    ]);
    const plain = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><link href="/p/1"/></entry></feed>';
    expect(parseFeedSync(plain, { url: 'https://docs.example/feed.atom' }).items[0]!.link).toBe('https://docs.example/p/1');
  });

  it('resolves RSS item links against the channel link when nothing else is known', () => {
    const xml = '<rss><channel><link>https://site.example/news/</link><item><link>/a/1</link></item></channel></rss>';
    expect(parseFeedSync(xml).items[0]!.link).toBe('https://site.example/a/1');
  });

  it('uses a permalink guid as the link, but not one marked isPermaLink="false"', () => {
    const xml =
      '<rss><channel><item><guid>https://g.example/1</guid></item><item><guid isPermaLink="false">https://g.example/2</guid></item></channel></rss>';
    expect(parseFeedSync(xml).items.map((i) => i.link)).toEqual(['https://g.example/1', null]);
  });
});

describe('links wrapped in whitespace', () => {
  it('reads an RSS link between line breaks and indentation, also in CDATA and after &#160;', () => {
    const xml = `<rss version="2.0"><channel><link>
        https://river.example/
      </link>
      <item><link>
          https://river.example/news/flood-gates
      </link></item>
      <item><link><![CDATA[
          https://river.example/news/weir ]]></link></item>
      <item><link>&#160;https://river.example/news/locks&#160;</link></item>
      <item><link>
          news/relative
      </link></item></channel></rss>`;
    const feed = parseFeedSync(xml);
    expect(feed.link).toBe('https://river.example/');
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://river.example/news/flood-gates',
      'https://river.example/news/weir',
      'https://river.example/news/locks',
      'https://river.example/news/relative',
    ]);
  });

  it('reads an Atom href with spaces around it, and a long one wrapped over lines', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><link rel=" alternate " href="  https://quarry.example/ "/>
      <entry><id>1</id><link rel="alternate " type=" text/html" href="
          https://quarry.example/2026/05/
          blasting-schedule-for-the-north-face
      "/></entry></feed>`;
    const feed = parseFeedSync(xml);
    expect(feed.link).toBe('https://quarry.example/');
    expect(feed.items[0]!.link).toBe('https://quarry.example/2026/05/blasting-schedule-for-the-north-face');
  });

  it('reads a guid permalink in whitespace, honours isPermaLink=" false " and an href after an empty <link>', () => {
    const xml = `<rss version="2.0"><channel>
      <item><guid isPermaLink=" true ">
        https://mill.example/a
      </guid></item>
      <item><guid isPermaLink=" FALSE ">https://mill.example/b</guid></item>
      <item><link href="https://mill.example/c">
      </link></item></channel></rss>`;
    const items = parseFeedSync(xml).items;
    expect(items.map((i) => [i.id, i.link])).toEqual([
      ['https://mill.example/a', 'https://mill.example/a'],
      ['https://mill.example/b', null],
      ['https://mill.example/c', 'https://mill.example/c'],
    ]);
  });

  it('keeps a space inside a link that is not wrapping (percent-encoded, as the URL parser does)', () => {
    expect(resolveUrl('https://mill.example/annual report.pdf', null)).toBe('https://mill.example/annual%20report.pdf');
  });
});

describe('parseDate', () => {
  it.each([
    ['Tue, 03 Mar 2026 08:15:00 +0100', '2026-03-03T07:15:00.000Z'],
    ['03 Mar 2026 08:15 GMT', '2026-03-03T08:15:00.000Z'],
    ['Tuesday, 3-Mar-26 08:15:00 PST', '2026-03-03T16:15:00.000Z'],
    ['Tue, 3 March 2026 08:15:00 EDT', '2026-03-03T12:15:00.000Z'],
    ['2026-03-03T08:15:00Z', '2026-03-03T08:15:00.000Z'],
    ['2026-03-03T08:15:00.250+05:30', '2026-03-03T02:45:00.250Z'],
    ['2026-03-03 08:15:00', '2026-03-03T08:15:00.000Z'],
    ['2026-03-03', '2026-03-03T00:00:00.000Z'],
    ['2026-03', '2026-03-01T00:00:00.000Z'],
    ['20260303T081500Z', '2026-03-03T08:15:00.000Z'],
    ['Mar 3, 2026 8:15 AM UTC', '2026-03-03T08:15:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('returns null for what is not a date', () => {
    expect(parseDate('soon')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('2026-13-45')).toBeNull();
  });
});

describe('resolveUrl', () => {
  const viaParser = (ref: string, base: string | null) => {
    try {
      return new URL(ref.trim(), base ?? undefined).href;
    } catch {
      return null;
    }
  };

  it('gives what the URL parser gives, for links it skips the parser on and links it does not', () => {
    const schemes = ['https://', 'http://', 'HTTPS://', 'ftp://', '//', ''];
    const hosts = [
      'news.example',
      'News.example',
      'a.b.co',
      'xn--bcher-kva.example',
      '127.0.0.1',
      '0x7f.1',
      'a..b',
      'a.com.',
      'localhost',
      'é.example',
    ];
    const tails = [
      '/',
      '/.',
      '/..',
      '/a',
      '.',
      '%2e',
      '%2E',
      '%41',
      '?',
      'q=1',
      '&',
      "'",
      '#',
      'frag',
      ' ',
      '\t',
      '\\',
      '@',
      ':443',
      ':8080',
      '~',
      '-',
      '_',
      'é',
      '|',
      '[',
      '{',
      '"',
    ];
    let seed = 7;
    const pick = (from: string[]) => from[(seed = (seed * 1103515245 + 12345) % 2147483648) % from.length]!;
    const refs = [
      'https://news.example/story/1?utm=x#top',
      'http://a.b.co/x/./y',
      'https://a.example',
      'https://a.example/%2e%2E/',
    ];
    for (let i = 0; i < 20000; i++)
      refs.push(pick(schemes) + pick(hosts) + Array.from({ length: i % 6 }, () => pick(tails)).join(''));
    const base = 'https://base.example/dir/';
    const wrong = refs.filter((ref) => resolveUrl(ref, base) !== viaParser(ref, base));
    expect(wrong).toEqual([]);
    // Many of them are already canonical, the case that skips the parser.
    expect(refs.filter((ref) => viaParser(ref, base) === ref).length).toBeGreaterThan(500);
  });
});
