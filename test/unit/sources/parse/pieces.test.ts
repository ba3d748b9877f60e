import { describe, expect, it } from 'vitest';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';
import { asciiPieces, decoderPieces, readAll, utf8Pieces, type TextPieces } from '../../../../src/sources/parse/pieces.js';
import { scanXml, type XmlHandler } from '../../../../src/sources/parse/xml/scanner.js';
import { newsFeed } from '../../../helpers/news-feed.js';
import { attacks } from '../../../helpers/xml-attacks.js';

/** `text` cut into pieces of `size` characters (at least as many as the scanner carries). */
function stringPieces(text: string, size: number): TextPieces {
  let at = 0;
  return {
    next(carried) {
      const start = at;
      at = Math.min(text.length, start + Math.max(size, carried));
      return text.slice(start, at);
    },
    get done() {
      return at === text.length;
    },
  };
}

/** Every scanner event, a line each, in order (and the error that ended the scan). */
function events(text: TextPieces): string {
  const out: string[] = [];
  const h: XmlHandler = {
    open: (name, attrs, selfClosing, declaresNs) =>
      out.push(`open ${name} ${JSON.stringify(attrs)} ${selfClosing} ${declaresNs}`),
    close: (src, start, end) => out.push(`close ${src.slice(start, end)}`),
    text: (value) => out.push(`text ${value}`),
  };
  try {
    scanXml(text, h);
  } catch (err) {
    out.push(`error ${(err as Error).message}`);
  }
  return out.join('\n');
}

// Each construct the scanner knows, whole and damaged, so that some piece boundary falls inside each.
const DOCUMENTS = {
  constructs:
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY co "Acme &amp; Co"><!ENTITY q \'a ] b\'>]><!-- a comment > here -->' +
    '<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title a="x > y" b=\'q"t\' c=plain d = "&co;">T &amp; &co; &nbsp;</title>' +
    '<item><description><![CDATA[<p>Body ]] > still</p>]]></description><dc:creator>Ann</dc:creator><br/><hr />' +
    '<link>https://example.org/a?b=1&c=2</link></item ><?pi data?></channel></rss>',
  damaged:
    '  junk < text <item><title unterminated="quote>x</title><a b=c/><x y="1"/></ item junk><p>a < b</p></item' +
    '><i>1 << 2</i><b>x</b  ><c att="v"',
  truncatedCdata: '<rss><channel><item><title>A</title><description><![CDATA[<p>cut off',
  truncatedComment: '<rss><channel><item><title>A</title></item><!-- never ends',
  truncatedTag: '<rss><channel><item><title>A</title></item><item a="1" b',
  endsWithLt: '<rss><channel><item><title>A</title></item><',
  doctypeUnclosed: '<!DOCTYPE rss [<!ENTITY a "1">',
  ...attacks('http://127.0.0.1:9/secret'),
};

describe('scanXml reading the text in pieces', () => {
  it.each(Object.entries(DOCUMENTS))('%s: every piece size gives the events of the whole text', (_, doc) => {
    const whole = events(stringPieces(doc, doc.length));
    for (let size = 1; size <= 64; size++) expect(events(stringPieces(doc, size)), `pieces of ${size}`).toBe(whole);
  });

  it('reads a construct longer than many pieces without reading it over and over', () => {
    // One CDATA section of 2 MB in 1-character pieces: the pieces grow with what is carried (they
    // double), so there are a few dozen of them and the text read again adds up to about twice the
    // document, not to its square.
    const doc = `<rss><channel><item><description><![CDATA[${'x'.repeat(2_000_000)}]]></description></item></channel></rss>`;
    let handedOut = 0;
    let pieces = 0;
    const inner = stringPieces(doc, 1);
    const counting: TextPieces = {
      next: (carried) => {
        const piece = inner.next(carried);
        handedOut += piece.length;
        pieces++;
        return piece;
      },
      get done() {
        return inner.done;
      },
    };
    expect(events(counting)).toBe(events(stringPieces(doc, doc.length)));
    expect(handedOut).toBe(doc.length);
    expect(pieces).toBeLessThan(64);
  });
});

describe('decoding in pieces', () => {
  const text = 'Zoë → 東京 🚀 café '.repeat(40);

  it('cuts UTF-8 between characters, whatever the piece size', () => {
    const bytes = Buffer.from(text);
    for (let size = 1; size <= 24; size++) {
      const pieces = utf8Pieces(bytes, size);
      const got: string[] = [];
      while (!pieces.done) got.push(pieces.next(0));
      expect(got.join(''), `pieces of ${size} bytes`).toBe(text);
      expect(got.every((p) => !/[\ud800-\udbff]$|^[\udc00-\udfff]/.test(p))).toBe(true);
    }
  });

  it('carries multi-byte characters of other encodings across pieces', () => {
    const sjis = Buffer.from('8293826082b082a6', 'hex'); // "ＡＢ" "げえ" in Shift_JIS
    const utf16 = Buffer.from(text, 'utf16le');
    for (let size = 1; size <= 5; size++) {
      const parts = (p: TextPieces) => {
        const got: string[] = [];
        while (!p.done) got.push(p.next(0));
        return got.join('');
      };
      expect(parts(decoderPieces(sjis, 'shift_jis', size))).toBe(new TextDecoder('shift_jis').decode(sjis));
      expect(parts(decoderPieces(utf16, 'utf-16le', size))).toBe(text);
    }
  });

  it('reads ASCII as Latin-1, in pieces that grow with what the reader carries', () => {
    const pieces = asciiPieces(Buffer.from('<rss>plain text</rss>'), 4);
    expect([pieces.next(0), pieces.next(1), pieces.next(6)]).toEqual(['<rss', '>pl', 'ain te']);
    expect(readAll(pieces)).toBe('xt</rss>');
    expect(pieces.done).toBe(true);
  });

  it('parses a feed larger than a piece the same from bytes as from its text', () => {
    const xml = newsFeed(60).replace('Generated News', 'Generated News — Zoë');
    expect(Buffer.byteLength(xml)).toBeGreaterThan(4 * 56 * 1024);
    const fromBytes = parseFeedSync(Buffer.from(xml));
    expect(fromBytes).toEqual(parseFeedSync(xml));
    expect(fromBytes.items).toHaveLength(60);
    expect(fromBytes.title).toBe('Generated News — Zoë');
  });

  it('reads a JSON feed larger than a piece whole, even after a piece of only whitespace', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      id: `n${i}`,
      url: `https://news.example/${i}`,
      content_text: 'Zoë '.repeat(150),
    }));
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', items });
    expect(Buffer.byteLength(json)).toBeGreaterThan(2 * 112 * 1024);
    for (const doc of [json, `${' '.repeat(200_000)}${json}`]) {
      const feed = parseFeedSync(Buffer.from(doc));
      expect(feed.format).toBe('json1.1');
      expect(feed.items).toHaveLength(400);
      expect(feed.items[399]!.link).toBe('https://news.example/399');
    }
  });
});
