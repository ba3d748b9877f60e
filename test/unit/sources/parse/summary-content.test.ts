import { describe, expect, it } from 'vitest';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';

const NS = 'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
const rssItem = (inner: string) => {
  const { summary, content } = parseFeedSync(`<rss version="2.0" ${NS}><channel><item>${inner}</item></channel></rss>`).items[0]!;
  return { summary, content };
};
const atomEntry = (inner: string) => {
  const { summary, content } = parseFeedSync(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>${inner}</entry></feed>`)
    .items[0]!;
  return { summary, content };
};
const jsonItem = (item: Record<string, string>) => {
  const { summary, content } = parseFeedSync(
    JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', ...item }] }),
  ).items[0]!;
  return { summary, content };
};

describe('summary and content when an item has both', () => {
  it('RSS: description is the summary, content:encoded the content, in either order', () => {
    const teaser = '<description>Short teaser.</description>';
    const body = '<content:encoded><![CDATA[<p>The whole <b>story</b>.</p>]]></content:encoded>';
    expect(rssItem(teaser + body)).toEqual({ summary: 'Short teaser.', content: 'The whole story.' });
    expect(rssItem(body + teaser)).toEqual({ summary: 'Short teaser.', content: 'The whole story.' });
  });

  it('RSS <summary> beside <description>: the first is the summary, the other the content (feedparser)', () => {
    expect(rssItem('<description>Told first</description><summary>Told second</summary>')).toEqual({
      summary: 'Told first',
      content: 'Told second',
    });
    expect(rssItem('<summary>Told first</summary><description>Told second</description>')).toEqual({
      summary: 'Told first',
      content: 'Told second',
    });
  });

  it('RSS: a content element of its own wins over a second description; an empty or repeated one is no content', () => {
    expect(rssItem('<summary>S</summary><content:encoded>C</content:encoded><description>D</description>')).toEqual({
      summary: 'S',
      content: 'C',
    });
    expect(rssItem('<description></description><summary>Only text</summary>')).toEqual({ summary: 'Only text', content: null });
    expect(rssItem('<description>Same</description><summary>Same</summary>')).toEqual({ summary: 'Same', content: null });
  });

  it('RSS: itunes:summary is the summary only when there is no description', () => {
    expect(rssItem('<itunes:summary>Episode notes</itunes:summary><description>Show text</description>')).toEqual({
      summary: 'Show text',
      content: null,
    });
    expect(rssItem('<itunes:summary>Episode notes</itunes:summary>')).toEqual({ summary: 'Episode notes', content: null });
  });

  it('Atom: summary is the summary and content the content, in either order; out-of-line content is none', () => {
    const summary = '<summary>Gist</summary>';
    const content = '<content type="html">&lt;p&gt;All of it&lt;/p&gt;</content>';
    expect(atomEntry(summary + content)).toEqual({ summary: 'Gist', content: 'All of it' });
    expect(atomEntry(content + summary)).toEqual({ summary: 'Gist', content: 'All of it' });
    expect(atomEntry(`${summary}<content src="https://media.example/a.mp4" type="video/mp4"/>`)).toEqual({
      summary: 'Gist',
      content: null,
    });
  });

  it('JSON Feed: summary is the summary; content_html wins over content_text (often markdown), which is kept otherwise', () => {
    expect(jsonItem({ summary: 'Gist', content_html: '<p>Rich <em>body</em></p>', content_text: 'Plain *body*' })).toEqual({
      summary: 'Gist',
      content: 'Rich body',
    });
    expect(jsonItem({ content_text: 'Plain body' })).toEqual({ summary: null, content: 'Plain body' });
  });
});
