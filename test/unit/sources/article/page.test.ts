// Main-content extraction from a whole page (Readability on linkedom, then our cleaning), its
// metadata, and the bytes-to-HTML step, on pages written for these tests.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/sources/article/extract.js';
import { decodePage } from '../../../../src/sources/article/page-bytes.js';
import { extractPage } from '../../../../src/sources/article/page.js';

const page = readFileSync(new URL('../../../fixtures/pages/news-article.html', import.meta.url), 'utf8');

/** A page with the same article and no structured metadata: what is read from the text alone. */
const bare = (body: string, head = '') => `<html><head>${head}</head><body>${body}</body></html>`;

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report says the regional rail operator will add evening trains on three lines from March, after passenger numbers rose for the fourth year running.</p>`,
).join('');

describe('extractPage', () => {
  const article = extractPage(page);
  const paragraphs = article.text.split('\n\n');

  it('reads title, byline, date and language from the page metadata', () => {
    expect(article.title).toBe('Harbour city approves tidal barrier after decade of delays');
    expect(article.byline).toBe('Ines Marlow, Rafe Okoro');
    expect(article.published).toBe('2026-11-18T08:30:00.000Z');
    expect(article.lang).toBe('en');
  });

  it('keeps the article paragraphs in order, the dateline and subheading included', () => {
    expect(paragraphs[0]).toMatch(/^PORTHAVEN — The city council has approved a £410 million tidal barrier/);
    expect(paragraphs).toContain('Opposition from fishing crews');
    expect(paragraphs.at(-1)).toBe(
      'The scheme will be paid for by a national flood-defence grant and a levy on new building in the district, the council said.',
    );
    expect(paragraphs).toHaveLength(7);
  });

  it('leaves out navigation, the caption and credit, byline, share bar, newsletter box, read-more link, prompt, related list, comments and footer', () => {
    for (const unwanted of [
      'Home',
      'low tide',
      'Getty',
      'By Ines',
      'Share on',
      'newsletter',
      'Sign up',
      'Read more',
      'flood maps',
      'Follow Ines',
      'Quayside homes flooded',
      'Great news',
      'All rights reserved',
      'Harbour city approves',
    ])
      expect(article.text).not.toContain(unwanted);
  });

  it('falls back to the text for the language, and to <title> for the title', () => {
    const german = bare(
      Array.from(
        { length: 5 },
        () =>
          '<p>Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen, die im Jahr 2029 fertig sein soll und rund 40 Millionen Euro kosten wird.</p>',
      ).join(''),
      '<title>Neue Brücke beschlossen</title>',
    );
    expect(extractPage(german)).toMatchObject({ title: 'Neue Brücke beschlossen', lang: 'de', byline: null, published: null });
  });

  it('prefers the text over a declared language it contradicts', () => {
    const mislabelled = bare(PROSE).replace('<html>', '<html lang="fr">');
    expect(extractPage(mislabelled).lang).toBe('en');
    // … unless the feed's own text of the article was read as the declared language too.
    expect(extractPage(mislabelled, 'fr').lang).toBe('fr');
    expect(extractPage(mislabelled, 'de').lang).toBe('en');
  });

  it('ignores placeholder dates', () => {
    expect(
      extractPage(bare(PROSE, '<meta property="article:published_time" content="1901-01-01T00:00:00Z">')).published,
    ).toBeNull();
  });

  it('fails with NO_ARTICLE on a page without article text', () => {
    expect(() => extractPage(bare('<nav><a href="/">Home</a></nav>'))).toThrow(expect.objectContaining({ code: 'NO_ARTICLE' }));
  });
});

describe('decodePage and extractArticle', () => {
  it('reads gzip bytes and the charset a <meta> declares', () => {
    const html = bare(PROSE.replace('regional', 'région'), '<meta charset="windows-1252">');
    const bytes = gzipSync(Buffer.from(html, 'latin1'));
    expect(decodePage(bytes)).toContain('région');
    expect(extractArticle({ body: bytes }).text).toContain('région');
  });

  it('takes the HTTP charset over the page’s, and falls back to windows-1252 for bytes that are no UTF-8', () => {
    expect(decodePage(Buffer.from(bare('<p>café</p>'), 'latin1'), 'text/html; charset=iso-8859-1')).toContain('café');
    expect(decodePage(Buffer.from(bare('<p>café</p>'), 'latin1'))).toContain('café');
  });

  it('refuses what is no web page with NOT_HTML', () => {
    expect(() => decodePage(Buffer.from('%PDF-1.7 binary'), 'application/pdf')).toThrow(
      expect.objectContaining({ code: 'NOT_HTML' }),
    );
    expect(() => decodePage(Buffer.from('just some words, no markup at all'))).toThrow(
      expect.objectContaining({ code: 'NOT_HTML' }),
    );
  });
});
