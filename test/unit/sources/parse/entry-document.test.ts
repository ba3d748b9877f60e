import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../src/errors.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';
import { fixture } from './fixture.js';

const codeOf = (input: string) => {
  try {
    parseFeedSync(input);
    return 'parsed';
  } catch (err) {
    return isAppError(err) ? err.code : 'other';
  }
};

describe('an Atom entry document (<entry> as the root)', () => {
  it('is read as a feed of that one entry, stating nothing of its own but its language and date', () => {
    expect(parseFeedSync(fixture('atom-entry.xml'))).toEqual({
      format: 'atom1.0',
      title: null,
      link: null,
      description: null,
      language: 'en-GB',
      updated: '2026-04-03T11:00:00.000Z',
      items: [
        {
          id: 'tag:notes.example,2026:entry-17',
          title: 'Tidal pools & the spring survey',
          link: 'https://notes.example/2026/tidal-pools-survey',
          published: '2026-04-02T07:30:00.000Z',
          updated: '2026-04-03T11:00:00.000Z',
          author: 'Mirela Ostrand',
          summary: 'Counting anemones at low tide.',
          content: 'Volunteers counted 212 anemones in the north pools.',
          contentHtml: '<p>Volunteers counted 212 anemones in the north pools.</p>',
          categories: ['field-notes'],
        },
      ],
    });
  });

  it('resolves relative links against the document URL, else the entry’s self link', () => {
    const entry = (links: string) =>
      `<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:e:1</id><title>Moss</title>${links}</entry>`;
    const alternate = '<link rel="alternate" href="../moss.html"/>';
    expect(parseFeedSync(entry(alternate), { url: 'https://wiki.example/pages/feed/entry.atom' }).items[0]!.link).toBe(
      'https://wiki.example/pages/moss.html',
    );
    const self = '<link rel="self" href="https://wiki.example/api/e/1"/>';
    expect(parseFeedSync(entry(self + alternate)).items[0]!.link).toBe('https://wiki.example/api/moss.html');
  });

  it('reads a prefixed Atom 1.0 entry and an Atom 0.3 entry', () => {
    const prefixed =
      '<?xml version="1.0"?><a:entry xmlns:a="http://www.w3.org/2005/Atom"><a:id>urn:p:1</a:id><a:title>Ferns</a:title></a:entry>';
    expect(parseFeedSync(prefixed)).toMatchObject({ format: 'atom1.0', items: [{ id: 'urn:p:1', title: 'Ferns' }] });
    const old =
      '<entry xmlns="http://purl.org/atom/ns#"><id>urn:o:1</id><title>Lichen</title><issued>2004-01-02T03:04:05Z</issued></entry>';
    expect(parseFeedSync(old)).toMatchObject({
      format: 'atom0.3',
      items: [{ id: 'urn:o:1', title: 'Lichen', published: '2004-01-02T03:04:05.000Z' }],
    });
  });

  it('keeps what a cut-off entry holds, and returns no item when asked for none', () => {
    const cut = '<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:c:1</id><title>Half a sto';
    expect(parseFeedSync(cut).items.map((i) => i.title)).toEqual(['Half a sto']);
    expect(parseFeedSync(fixture('atom-entry.xml'), { maxItems: 0 }).items).toEqual([]);
  });

  it('is not a feed without the Atom namespace, or below another root', () => {
    expect(codeOf('<entry><id>1</id><title>Plain XML</title></entry>')).toBe('NOT_A_FEED');
    expect(codeOf('<export><entry xmlns="http://www.w3.org/2005/Atom"><id>1</id></entry></export>')).toBe('NOT_A_FEED');
  });

  it('leaves entries inside a feed as they were', () => {
    const feed =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Garden</title><entry><id>1</id></entry><entry><id>2</id></entry></feed>';
    expect(parseFeedSync(feed)).toMatchObject({ title: 'Garden', items: [{ id: '1' }, { id: '2' }] });
  });
});
