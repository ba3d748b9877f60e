import { describe, expect, it } from 'vitest';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';
import { fixture } from './fixture.js';

describe('parseFeedSync: every format into the one model', () => {
  it('reads RSS 2.0: plain text, absolute links, ids, dates in UTC, ttl', () => {
    const feed = parseFeedSync(fixture('rss2.xml'));
    expect(feed).toMatchObject({
      format: 'rss2.0',
      title: 'Harbor Town Gazette',
      link: 'https://gazette.example/',
      description: 'News from the harbor',
      language: 'en-gb',
      updated: '2026-03-03T07:15:00.000Z',
      ttlMinutes: 45,
    });
    const [first, second, third] = feed.items;
    expect(first).toEqual({
      id: 'gazette-1001',
      title: 'Ferry & Dock Co. raises $12M',
      link: 'https://gazette.example/news/ferry-raises',
      published: '2026-03-02T17:00:00.000Z',
      updated: null,
      author: 'Ada Quill',
      summary: 'The ferry operator closed a round.',
      content: 'Full story here. Second paragraph.',
      // the body as written, for the article stage (normalize): its paragraphs are still apart
      contentHtml: '<p>Full   story <em>here</em>.</p><script>alert(1)</script><p>Second paragraph.</p>',
      categories: ['Funding', 'Harbor'],
    });
    expect(second).toMatchObject({
      id: 'https://gazette.example/news/tides',
      author: 'Tide Desk',
      published: '2026-03-02T14:30:00.000Z',
    });
    expect(third!.id).toMatch(/^[0-9a-f]{32}$/);
    expect(parseFeedSync(fixture('rss2.xml')).items[2]!.id).toBe(third!.id);
  });

  it('reads RSS 0.91 with an external DTD and HTML entities', () => {
    const feed = parseFeedSync(fixture('rss091.xml'));
    expect(feed.format).toBe('rss0.9x');
    expect(feed.items[0]).toMatchObject({ id: 'http://wire.example/1', summary: 'Hello world…' });
  });

  it('reads RSS 1.0 (RDF): items beside the channel, rdf:about ids, Dublin Core', () => {
    const feed = parseFeedSync(fixture('rss1-rdf.xml'));
    expect(feed.format).toBe('rss1.0');
    expect(feed.items).toEqual([
      expect.objectContaining({
        id: 'http://lab.example/notes/7',
        published: '2025-11-20T15:00:00.000Z',
        author: 'Lab Team',
        categories: ['Chemistry'],
      }),
    ]);
  });

  it('reads Atom 1.0: typed text, xml:base, inherited authors', () => {
    const feed = parseFeedSync(fixture('atom1.xml'));
    expect(feed).toMatchObject({
      format: 'atom1.0',
      title: 'Le Carnet',
      link: 'https://blog.example/',
      description: 'Plain <text> subtitle',
      language: 'fr',
    });
    expect(feed.items[0]).toEqual({
      id: 'tag:blog.example,2026:1',
      title: 'Hello Atom',
      link: 'https://blog.example/posts/hello.html',
      published: '2026-01-04T08:00:00.000Z',
      updated: '2026-01-05T09:00:00.000Z',
      author: 'Claire Voix',
      summary: 'Use <b> sparingly',
      content: 'Body & soul',
      contentHtml: '<p>Body &amp; soul</p>',
      categories: ['notes'],
    });
    expect(feed.items[1]).toMatchObject({ link: 'https://other.example/2', author: 'Guest One', published: null });
  });

  it('reads Atom 0.3: escaped and base64 modes, issued/modified', () => {
    const feed = parseFeedSync(fixture('atom03.xml'));
    expect(feed).toMatchObject({ format: 'atom0.3', description: 'Old but gold', updated: '2004-05-01T12:00:00.000Z' });
    expect(feed.items[0]).toMatchObject({
      title: 'Base64 title',
      published: '2004-04-30T08:00:00.000Z',
      updated: '2004-05-01T08:00:00.000Z',
    });
  });

  it('reads JSON Feed 1.1 and 1.0', () => {
    const v11 = parseFeedSync(fixture('jsonfeed11.json'));
    expect(v11).toMatchObject({
      format: 'json1.1',
      title: 'Pocket Radio',
      link: 'https://radio.example/',
      updated: '2026-02-02T06:00:00.000Z',
    });
    expect(v11.items[0]).toMatchObject({
      id: '42',
      link: 'https://radio.example/shows/42',
      author: 'Host A, Host B',
      content: 'Talk about tides',
      categories: ['audio', 'sea'],
    });
    expect(v11.items[1]).toMatchObject({ id: '43', content: 'Just text' });
    const v10 = parseFeedSync(fixture('jsonfeed10.json'));
    expect(v10).toMatchObject({ format: 'json1.0', items: [expect.objectContaining({ author: 'Solo' })] });
  });

  it('returns at most maxItems items', () => {
    expect(parseFeedSync(fixture('rss2.xml'), { maxItems: 2 }).items.map((i) => i.title)).toEqual([
      'Ferry & Dock Co. raises $12M',
      'Tide tables updated',
    ]);
  });
});
