import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/sources/parse/charset.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';
import { fixture } from './fixture.js';

const item = (title: Buffer, prolog = '') =>
  Buffer.concat([
    Buffer.from(`${prolog}<rss version="2.0"><channel><item><title>`),
    title,
    Buffer.from('</title></item></channel></rss>'),
  ]);
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const titleOf = (b: Buffer, contentType?: string) => parseFeedSync(b, contentType ? { contentType } : {}).items[0]!.title;

describe('windows-1252 punctuation (bytes 0x80–0x9F)', () => {
  it('reads them in text declared ISO-8859-1 as windows-1252 does (the WHATWG reading of Latin-1)', () => {
    const feed = parseFeedSync(fixture('latin1-smart-quotes.xml'));
    expect(feed.items[0]).toMatchObject({
      title: 'Café owners say “it’s been a long winter”',
      summary: 'Prices rose 4–6 % … and the € 2 espresso is back.',
    });
    expect(decodeBytes(fixture('latin1-smart-quotes.xml')).encoding).toBe('windows-1252');
  });

  it('does the same for a Latin-1 charset given by HTTP, and for every byte of the range', () => {
    const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const range = Array.from({ length: 32 }, (_, k) => 0x80 + k);
    expect(titleOf(item(Buffer.from(range)), 'application/rss+xml; charset=latin1')).toBe(expected);
    expect(titleOf(item(Buffer.from(range), '<?xml version="1.0" encoding="windows-1252"?>'))).toBe(expected);
  });

  it('reads stray windows-1252 bytes in a UTF-8 document one by one, keeping the UTF-8 around them', () => {
    const feed = parseFeedSync(fixture('utf8-stray-cp1252.xml'));
    expect(feed.title).toBe('Harbour Notes — weekly');
    expect(feed.items.map((i) => i.title)).toEqual(['Naïve question: who’s paying?', 'Second été item']);
    expect(feed.items[0]!.summary).toBe('The council said “no comment” – twice.');
    expect(decodeBytes(fixture('utf8-stray-cp1252.xml')).encoding).toBe('utf-8');
  });

  it('also after a UTF-8 byte-order mark, which leaves no doubt about the charset', () => {
    const doc = bytes(
      [0xef, 0xbb, 0xbf],
      '<rss><channel><item><title>R',
      [0xe9],
      'sum',
      [0xe9],
      ' ',
      [0x96],
      ' d',
      [0xe9],
      'j',
      [0xe0],
    );
    expect(titleOf(Buffer.concat([doc, Buffer.from('</title></item></channel></rss>')]))).toBe('Résumé – déjà');
  });

  it('still reads an undeclared legacy document as windows-1252 as a whole', () => {
    // É (0xC9) before ” (0x94) is a valid UTF-8 pair by accident; the many invalid letters say legacy.
    expect(titleOf(item(bytes('CAF', [0xc9, 0x94], ' d', [0xe9], 'j', [0xe0], ' vu, ', [0xe9], 't', [0xe9])))).toBe(
      'CAFÉ” déjà vu, été',
    );
  });

  it('maps C1 control characters in valid UTF-8 (a Latin-1 reading re-encoded) to the punctuation meant', () => {
    expect(titleOf(item(Buffer.from('don\u0092t \u0093stop\u0094 \u0085', 'utf8')))).toBe('don’t “stop” …');
    expect(titleOf(item(Buffer.from('A\u00a0«quote» stays', 'utf8')))).toBe('A «quote» stays');
  });

  it('maps them in UTF-16 text and in numeric references too', () => {
    const text = '<rss><channel><item><title>it\u0092s &#146;&#x93;</title></item></channel></rss>';
    expect(titleOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe('it’s ’“');
  });

  it('maps them in JSON Feed strings written as escapes', () => {
    const json =
      '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"it\\u0092s \\u0093here\\u0094\\u0007"}]}';
    expect(parseFeedSync(json).items[0]!.title).toBe('it’s “here”');
  });

  it('leaves valid UTF-8 without C1 controls exactly as it is', () => {
    const title = 'Ünïcödé ✓ — “quotes” € 🚢';
    expect(titleOf(item(Buffer.from(title, 'utf8')))).toBe(title);
  });
});
