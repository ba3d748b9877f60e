import { describe, expect, it } from 'vitest';
import { undoubled } from '../../../../src/sources/parse/double-encoded.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';
import { fixture } from './fixture.js';

const atomTitle = (xml: string, type = '') =>
  parseFeedSync(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title${type}>${xml}</title></entry></feed>`)
    .items[0]!.title;
const rssTitle = (xml: string) =>
  parseFeedSync(`<rss><channel><item><title>${xml}</title></item></channel></rss>`).items[0]!.title;
const jsonFeed = (title: string, extra: Record<string, unknown> = {}) =>
  parseFeedSync(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: [{ id: '1', title, ...extra }] }));

describe('entities encoded twice', () => {
  it('decodes plain Atom text once more when every & starts a reference', () => {
    const feed = parseFeedSync(fixture('double-encoded.atom'));
    expect(feed.title).toBe('Bread & Circuits');
    expect(feed.description).toBe('Notes on baking & electronics');
    expect(feed.items[0]).toMatchObject({
      title: 'Why the oven’s thermostat lies',
      summary: 'A "calibrated" dial is off by 15 degrees.',
    });
  });

  it('keeps text that talks about references (quoted) and text that also has a bare &', () => {
    const [, second] = parseFeedSync(fixture('double-encoded.atom')).items;
    expect(second!.title).toBe('Escaping in templates: write &amp;amp; to show "&amp;"');
    expect(second!.summary).toBe('Fish & chips &amp; peas');
  });

  it('keeps unknown names and undoes one level only', () => {
    expect(atomTitle('R&amp;amp;D &amp;notanentity;')).toBe('R&amp;D &notanentity;');
    expect(atomTitle('&amp;amp;amp; thrice')).toBe('&amp; thrice');
    expect(atomTitle('C1 &amp;#146;quotes&amp;#148;')).toBe('C1 ’quotes”');
  });

  it('reads RSS and Atom HTML as before: the HTML reading is the second decoding (as in feedparser)', () => {
    expect(rssTitle('Tom &amp;amp; Jerry &amp;#8217;s')).toBe('Tom & Jerry ’s');
    expect(rssTitle('&amp;amp;amp; thrice')).toBe('&amp; thrice');
    expect(atomTitle('Tom &amp;amp; Jerry', ' type="html"')).toBe('Tom & Jerry');
    expect(rssTitle('<![CDATA[Tom &amp;amp; Jerry]]>')).toBe('Tom &amp; Jerry');
  });

  it('decodes JSON Feed strings escaped for HTML (WordPress titles), but not ones with a bare &', () => {
    const feed = jsonFeed('Blog &#8211; Lab Notes', { summary: 'A &quot;quiet&quot; week', tags: ['R&amp;D'] });
    expect(feed.title).toBe('Blog – Lab Notes');
    expect(feed.items[0]).toMatchObject({ title: 'Blog – Lab Notes', summary: 'A "quiet" week', categories: ['R&D'] });
    expect(jsonFeed('Use && or &amp; in shells').title).toBe('Use && or &amp; in shells');
    expect(jsonFeed('AT&T earnings').title).toBe('AT&T earnings');
  });

  it('undoubled: the rule on its own', () => {
    expect(undoubled(null)).toBeNull();
    expect(undoubled('no ampersand')).toBe('no ampersand');
    expect(undoubled('&lt;b&gt; is bold')).toBe('<b> is bold');
    expect(undoubled('the “&amp;” sign')).toBe('the “&amp;” sign');
    expect(undoubled('100&#160;km')).toBe('100 km');
    expect(undoubled('&#x2014;&#8212;&mdash;')).toBe('———');
  });
});
