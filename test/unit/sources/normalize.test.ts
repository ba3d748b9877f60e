import { describe, expect, it } from 'vitest';
import type { ParsedItem } from '../../../src/model.js';
import {
  canonicalUrl,
  contentHash,
  itemKey,
  normalizeText,
  outletName,
  toNewArticle,
  visibleText,
  type NormalizeContext,
} from '../../../src/sources/normalize.js';

const item = (over: Partial<ParsedItem> = {}): ParsedItem => ({
  id: 'guid-1',
  title: 'Apptronik raises $520M',
  link: 'https://news.example/a/1?utm_source=rss',
  published: '2026-11-21T10:00:00.000Z',
  updated: null,
  author: ' Ada ',
  summary: 'Short.',
  content: 'The humanoid maker raised $520 million.',
  categories: ['robotics', ' robotics ', 'funding', ''],
  ...over,
});

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://News.Example.COM/Path?b=2&a=1', 'https://news.example.com/Path?a=1&b=2'],
    ['https://news.example:443/a', 'https://news.example/a'],
    ['http://news.example:80/a', 'http://news.example/a'],
    ['http://news.example:8080/a', 'http://news.example:8080/a'],
    ['https://news.example/a#comments', 'https://news.example/a'],
    ['https://news.example/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x', 'https://news.example/a'],
    ['https://news.example/a?id=7&fbclid=abc&gclid=def&mc_cid=1&mc_eid=2', 'https://news.example/a?id=7'],
    ['https://news.example/a?_hsenc=x&_hsmi=y&igshid=z&msclkid=q&yclid=r&ref_src=twsrc', 'https://news.example/a'],
    ['https://news.example/a?z=1&a=2&m=3&a=1', 'https://news.example/a?a=2&a=1&m=3&z=1'],
    ['https://news.example/a?', 'https://news.example/a'],
    ['https://news.example./a/./b/../c', 'https://news.example/a/c'],
    ['https://user:pw@news.example/a', 'https://news.example/a'],
    ['https://bücher.example/straße', 'https://xn--bcher-kva.example/stra%C3%9Fe'],
    ['  https://news.example/a  ', 'https://news.example/a'],
    ['/a/2?utm_term=x', 'https://base.example/a/2'],
    ['b/3', 'https://base.example/feeds/b/3'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input, 'https://base.example/feeds/rss.xml')).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.example', 'ftp://x.example/a', '', '   ', null, undefined, 'http://'])(
    'has no canonical form for %s',
    (input) => {
      expect(canonicalUrl(input)).toBeNull();
    },
  );

  it('gives one canonical URL for the same article reached through different feeds', () => {
    const a = canonicalUrl('https://News.example/story?utm_source=feedA&id=9#top');
    const b = canonicalUrl('https://news.example:443/story?id=9&utm_campaign=b&fbclid=z');
    expect(a).toBe(b);
  });
});

describe('itemKey', () => {
  it('prefers the guid, then the canonical link, then a hash of the content', () => {
    expect(itemKey(item())).toBe('guid-1');
    expect(itemKey(item({ id: '  ' }))).toBe('https://news.example/a/1');
    const hashed = itemKey(item({ id: '', link: null }));
    expect(hashed).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(itemKey(item({ id: '', link: null }))).toBe(hashed);
    expect(itemKey(item({ id: '', link: null, title: 'Another' }))).not.toBe(hashed);
  });

  it('hashes guids that are too long to index', () => {
    expect(itemKey(item({ id: 'x'.repeat(2000) }))).toMatch(/^sha256:/);
  });
});

describe('contentHash', () => {
  it('ignores case, punctuation and spacing, and nothing else', () => {
    const h = contentHash('Apptronik raises $520M', 'The humanoid maker raised $520 million.');
    expect(contentHash('APPTRONIK RAISES 520M!', '  the humanoid maker — raised 520 million ')).toBe(h);
    expect(contentHash('Apptronik raises $530M', 'The humanoid maker raised $520 million.')).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{32}$/);
  });
});

/** What outletName reads of a parsed feed: its title and the site it links to. */
const feedTitled = (title: string | null, link: string | null = null) => ({ title, link });

describe('outletName', () => {
  it("uses the admin title as written, then the feed's title cleaned of taglines, then the host's site name", () => {
    expect(outletName({ title: 'Robot Report | Daily', url: 'https://www.x.example/feed' }, feedTitled('X Feed'))).toBe(
      'Robot Report | Daily',
    );
    expect(outletName({ title: null, url: 'https://www.x.example/feed' }, feedTitled('X Feed'))).toBe('X Feed');
    expect(outletName({ title: null, url: 'https://www.x.example/feed' }, feedTitled('Harbor Times - Latest'))).toBe(
      'Harbor Times',
    );
    expect(outletName({ title: null, url: 'https://www.x.example/feed' }, feedTitled(null))).toBe('X');
  });

  it('names the outlet after its site when the feed calls itself by a path or slug', () => {
    expect(outletName({ title: null, url: 'https://blog.tidewater.example/rss' }, feedTitled('tidewater/posts'))).toBe(
      'Tidewater',
    );
    expect(outletName({ title: null, url: 'https://www.x.example/feed' }, feedTitled('engineering-blog/feed/'))).toBe('X');
    expect(outletName({ title: null, url: 'https://www.x.example/feed' }, feedTitled('Notes / Field Work'))).toBe(
      'Notes / Field Work',
    );
  });

  it('names the outlet after the site the feed links to when its title is only a section or tagline', () => {
    const served = { title: null, url: 'https://feeds.relay.example/ledger/feed.xml' };
    expect(outletName(served, feedTitled('UK homepage', 'https://www.ft.com'))).toBe('FT');
    expect(outletName(served, feedTitled('Latest News', 'https://www.harbortimes.co.uk/'))).toBe('Harbortimes');
    expect(outletName(served, feedTitled(null, '/about'))).toBe('Relay');
    expect(outletName(served, feedTitled('Top Stories', 'mailto:desk@ledger.example'))).toBe('Relay');
  });
});

describe('toNewArticle', () => {
  const ctx: NormalizeContext = {
    feed: { id: 3, topic: 'robotics' },
    outlet: 'Example News',
    baseUrl: 'https://news.example/feed',
    now: Date.UTC(2026, 10, 21, 12),
    admitSince: -Infinity,
  };

  it('maps an item to the stored article', () => {
    expect(toNewArticle(item(), ctx)).toEqual({
      feedId: 3,
      itemKey: 'guid-1',
      canonicalUrl: 'https://news.example/a/1',
      url: 'https://news.example/a/1?utm_source=rss',
      title: 'Apptronik raises $520M',
      text: 'The humanoid maker raised $520 million.',
      author: 'Ada',
      publishedAt: Date.UTC(2026, 10, 21, 10),
      categories: ['robotics', 'funding'],
      contentHash: contentHash('Apptronik raises $520M', 'The humanoid maker raised $520 million.'),
      digestEligible: true,
      outlet: 'Example News',
      topic: 'robotics',
      lang: 'en',
      now: ctx.now,
    });
  });

  it('links an alerts feed’s item to the page its click tracker redirects to, under that site’s name', () => {
    const alert = item({
      link: 'https://www.alerts.example/url?rct=j&sa=t&url=https://harbour-review.example/2026/12/ferry%3Futm_source%3Dalerts&ct=ga&usg=x',
    });
    expect(toNewArticle(alert, ctx)).toMatchObject({
      canonicalUrl: 'https://harbour-review.example/2026/12/ferry',
      outlet: 'Harbour Review',
    });
    // A link whose query only mentions another address is the page itself.
    const share = item({ link: 'https://news.example/a/2?ref=https://other.example/' });
    expect(toNewArticle(share, ctx)).toMatchObject({
      canonicalUrl: 'https://news.example/a/2?ref=https%3A%2F%2Fother.example%2F',
      outlet: 'Example News',
    });
  });

  it('reads an excerpt as the body is read when the body was all furniture', () => {
    const gallery = item({
      content: null,
      contentHtml: '<figure><img src="a.jpg"></figure><p>👏 87 claps · Clap · Follow Quay Notes for more stories like this.</p>',
      summary: 'Written by Quay Notes · Follow\nHarbour lights in photos was originally published in Quay Notes on Medium.',
    });
    expect(toNewArticle(gallery, ctx)!.text).toBe('');
  });

  it('heads an item without a title with its first sentence, or its opening words cut at a word’s end', () => {
    const post = item({ title: null, content: 'The ferry runs again from Monday. Timetables are on the quay.' });
    expect(toNewArticle(post, ctx)!.title).toBe('The ferry runs again from Monday.');
    const long = 'word '.repeat(40).trim();
    const title = toNewArticle(item({ title: null, content: long }), ctx)!.title;
    expect(title).toMatch(/^(?:word )+word…$/);
    expect(title.length).toBeLessThanOrEqual(121);
  });

  it('stores the language of the cleaned title and text, and none when the detector cannot tell', () => {
    const german = item({
      title: 'Bundesregierung beschließt neues Gesetz',
      content: 'Die Bundesregierung hat am Mittwoch ein Gesetz zur Förderung der Windkraft beschlossen.',
    });
    expect(toNewArticle(german, ctx)!.lang).toBe('de');
    expect(toNewArticle(item({ title: 'OpenAI', content: null, summary: null }), ctx)!.lang).toBeNull();
  });

  it('leaves the language and the content hash unread for an item a new feed already held (it never reaches a digest)', () => {
    const german = item({
      title: 'Bundesregierung beschließt neues Gesetz',
      content: 'Die Bundesregierung hat am Mittwoch ein Gesetz zur Förderung der Windkraft beschlossen.',
    });
    const held = toNewArticle(german, { ...ctx, admitSince: Infinity })!;
    expect(held).toMatchObject({ digestEligible: false, lang: null, contentHash: '' });
    expect(toNewArticle(german, { ...ctx, admitSince: Date.UTC(2020, 0, 1) })).toMatchObject({
      digestEligible: true,
      lang: 'de',
      contentHash: contentHash(german.title!, german.content!),
    });
  });

  it('falls back to the summary, the updated date and the start of the text', () => {
    const a = toNewArticle(item({ content: null, title: null, published: null, updated: '2026-11-20T08:00:00Z' }), ctx)!;
    expect(a).toMatchObject({ text: 'Short.', title: 'Short.', publishedAt: Date.UTC(2026, 10, 20, 8) });
  });

  it('drops items with neither title nor text, and links that are not http(s)', () => {
    expect(toNewArticle(item({ title: null, content: null, summary: null }), ctx)).toBeNull();
    expect(toNewArticle(item({ link: 'javascript:alert(1)' }), ctx)).toMatchObject({ url: null, canonicalUrl: null });
  });

  it("stores the article stage's reading of the raw body: paragraphs kept, caption and footer gone", () => {
    const contentHtml =
      '<figure><img src="a.jpg"><figcaption>Image: Apptronik</figcaption></figure><p>The humanoid maker raised $520 million.</p>' +
      '<p>Google led the round.</p><p>The post Apptronik raises appeared first on Robot Wire.</p>';
    const a = toNewArticle(item({ content: 'Image: Apptronik The humanoid maker raised $520 million.', contentHtml }), ctx)!;
    expect(a.text).toBe('The humanoid maker raised $520 million.\n\nGoogle led the round.');
    expect(a.contentHash).toBe(contentHash('Apptronik raises $520M', a.text));
  });

  it('stores no text when the body and its excerpt hold nothing but furniture, and the excerpt when it says more', () => {
    const credit = toNewArticle(
      item({ content: 'Photo: Jo Roe/Getty Images', contentHtml: '<p>Photo: Jo Roe/Getty Images</p>', summary: null }),
      ctx,
    )!;
    expect(credit.text).toBe('');
    const excerpt = toNewArticle(
      item({ content: 'The ferry runs again from Monday.', contentHtml: '<p>Photo: Jo Roe/Getty Images</p>' }),
      ctx,
    )!;
    expect(excerpt.text).toBe('The ferry runs again from Monday.');
  });

  it('stores no text for an aggregator’s list of links to other outlets’ reports, but an excerpt beside it', () => {
    const list =
      '<ol><li><a href="https://a.example/1">Pardale raises $30M to map rooftops</a>&nbsp;&nbsp;<font color="#6f6f6f">Roof Wire</font></li>' +
      '<li><a href="https://b.example/2">Solar mapper Pardale lands $30 million</a>&nbsp;&nbsp;<font color="#6f6f6f">Grid Daily</font></li></ol>';
    const plain = 'Pardale raises $30M to map rooftops Roof Wire Solar mapper Pardale lands $30 million Grid Daily';
    expect(toNewArticle(item({ content: null, summary: plain, contentHtml: list }), ctx)!.text).toBe('');
    // A full body that is only links, beside a description of the item's own: the description.
    expect(toNewArticle(item({ content: plain, summary: 'Pardale maps rooftops.', contentHtml: list }), ctx)!.text).toBe(
      'Pardale maps rooftops.',
    );
    // One link in a paragraph of text is text.
    const one =
      '<p>Pardale, which maps rooftops for installers, <a href="https://a.example/1">raised $30 million</a> on Monday.</p>';
    expect(toNewArticle(item({ contentHtml: one }), ctx)!.text).toBe(
      'Pardale, which maps rooftops for installers, raised $30 million on Monday.',
    );
  });

  it('drops a wire’s desk markers from a headline, and keeps a paid placement out of digests', () => {
    expect(toNewArticle(item({ title: 'UPDATE 2-Harbour board cuts fees by 5% -sources' }), ctx)!.title).toBe(
      'Harbour board cuts fees by 5%',
    );
    expect(toNewArticle(item({ title: 'EXCLUSIVE-Tollway operator explores sale' }), ctx)!.title).toBe(
      'Tollway operator explores sale',
    );
    expect(toNewArticle(item({ title: 'SOCCER-Harbour derby called off after power cut' }), ctx)!.title).toBe(
      'Harbour derby called off after power cut',
    );
    // A hyphen inside a word or with spaces around it is the headline's own.
    expect(toNewArticle(item({ title: 'Mid-size ports - a quiet year' }), ctx)!.title).toBe('Mid-size ports - a quiet year');
    expect(toNewArticle(item({ title: '(LEAD) Harbour app raises 4 bln won' }), ctx)!.title).toBe('Harbour app raises 4 bln won');
    expect(toNewArticle(item({ title: 'SPONSORED: Five winter breaks by the lake' }), ctx)!.digestEligible).toBe(false);
    expect(toNewArticle(item({ categories: ['Sponsored'] }), ctx)!.digestEligible).toBe(false);
    expect(toNewArticle(item({ title: 'Sponsored webinar: What lenders want from storage' }), ctx)!.digestEligible).toBe(false);
    expect(toNewArticle(item({ title: 'Sponsorship deal lifts harbour club' }), ctx)!.digestEligible).toBe(true);
    expect(toNewArticle(item(), ctx)!.digestEligible).toBe(true);
  });

  it('decodes text escaped once more than its markup, but not escaped markup', () => {
    const a = toNewArticle(
      item({ title: 'El a&ntilde;o del puerto', content: null, contentHtml: '<p>El n&uacute;mero de barcos baj&oacute;.</p>' }),
      ctx,
    )!;
    expect(a).toMatchObject({ title: 'El año del puerto', text: 'El número de barcos bajó.' });
    // Escaped markup left escaped is not decoded into tags a reader would then see.
    const markup = toNewArticle(item({ content: null, contentHtml: '<p>Wrap it in &amp;lt;b&amp;gt; tags.</p>' }), ctx)!;
    expect(markup.text).toBe('Wrap it in &lt;b&gt; tags.');
    // A web address written out beside it joins its parameters with "&": the text is still decoded.
    const linked = toNewArticle(
      item({
        content: null,
        contentHtml: '<p>New post: &amp;quot;Tides&amp;quot; at harbour.example/t?utm_source=a&amp;utm_medium=b</p>',
      }),
      ctx,
    )!;
    expect(linked.text).toBe('New post: "Tides" at harbour.example/t?utm_source=a&utm_medium=b');
    // Escaped three times over: "4&amp;amp;nbsp;KB" after the markup is read.
    const thrice = toNewArticle(
      item({ content: null, contentHtml: '<p>Bodies over 4&amp;amp;amp;nbsp;KB are blocked.</p>' }),
      ctx,
    )!;
    expect(thrice.text).toBe('Bodies over 4 KB are blocked.');
  });

  it('strips controls, zero-width and direction characters from every text field, and caps a huge title', () => {
    const hidden = '\u202e\u2066\u2069\u200b\u200d\u200f\ufeff\u0000\u0007\u001b\u007f\u0085';
    const a = toNewArticle(
      item({
        title: `Apptronik${hidden} raises\u202a $520M\u202c`,
        content: `The humanoid\u2067 maker\u0000 raised $520 million.${hidden}`,
        author: `\u202eAda\u202c`,
        categories: [`robot\u200bics`, `\u2068funding\u2069`],
      }),
      {
        ...ctx,
        outlet: outletName({ title: null, url: 'https://news.example/feed' }, { title: `Example\u202e News`, link: null }),
      },
    )!;
    expect(a).toMatchObject({
      title: 'Apptronik raises $520M',
      text: 'The humanoid maker raised $520 million.',
      author: 'Ada',
      categories: ['robotics', 'funding'],
      outlet: 'Example News',
    });
    expect(a.contentHash).toBe(contentHash('Apptronik raises $520M', 'The humanoid maker raised $520 million.'));
    expect(toNewArticle(item({ title: `${'x'.repeat(20_000_000)}` }), ctx)!.title).toHaveLength(1000);
    // Letters and emoji stay; tab, line feed and carriage return are whitespace, not hidden.
    expect(visibleText('naïve 日本 👍 a\tb\nc\r')).toBe('naïve 日本 👍 a\tb\nc\r');
  });

  it('admits items by publication date when a window is given; undated items only when everything is admitted', () => {
    const since = { ...ctx, admitSince: Date.UTC(2026, 10, 21, 9) };
    expect(toNewArticle(item(), since)!.digestEligible).toBe(true);
    expect(toNewArticle(item({ published: '2026-11-21T08:59:59Z' }), since)!.digestEligible).toBe(false);
    expect(toNewArticle(item({ published: null }), since)!.digestEligible).toBe(false);
    expect(toNewArticle(item({ published: null }), ctx)!.digestEligible).toBe(true);
    expect(toNewArticle(item(), { ...ctx, admitSince: Infinity })!.digestEligible).toBe(false);
  });
});

describe('normalizeText', () => {
  it('treats ASCII and Unicode text alike', () => {
    expect(normalizeText('Hello, World! 42')).toBe('hello world 42');
    expect(normalizeText('Ｈｅｌｌｏ, Wörld — 42')).toBe('hello wörld 42');
    expect(normalizeText('  ---  ')).toBe('');
  });

  it('takes the ASCII fast path with the same result as the Unicode rule', () => {
    const unicodeRule = (text: string) =>
      (
        text
          .normalize('NFKC')
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? []
      ).join(' ');
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
    const samples = [ascii, `  ${ascii}${ascii}  `, 'A-B_c\u0001d\u007fE', 'x', '9 lives', ''];
    for (const s of samples) expect(normalizeText(s)).toBe(unicodeRule(s));
    // Two hashes of one story agree whichever path each side took.
    expect(contentHash('Cafe opens', 'Its doors.')).toBe(contentHash('CAFE — opens', 'its doors'));
  });
});
