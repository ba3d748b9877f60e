import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/sources/parse/charset.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';

const doc = (prolog: string, title: string) => `${prolog}<rss version="2.0"><channel><title>${title}</title></channel></rss>`;
const latin1 = (s: string) => Buffer.from(s, 'latin1');

function utf16(s: string, littleEndian: boolean, bom: boolean): Buffer {
  const le = Buffer.from(s, 'utf16le');
  const bytes = littleEndian ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
}

function utf32(s: string, littleEndian: boolean): Buffer {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (littleEndian ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
  return b;
}

describe('charset detection', () => {
  it('follows the XML prolog (windows-1251)', () => {
    const bytes = Buffer.from([
      ...Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>'),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2,
      ...Buffer.from('</title></channel></rss>'),
    ]);
    expect(parseFeedSync(bytes).title).toBe('Привет');
    expect(decodeBytes(bytes).encoding).toBe('windows-1251');
  });

  it('follows the HTTP charset when the document declares nothing (Latin-1)', () => {
    const bytes = latin1(doc('', 'Café Noël'));
    expect(parseFeedSync(bytes, { contentType: 'application/rss+xml; charset=ISO-8859-1' }).title).toBe('Café Noël');
  });

  it('reads undeclared non-UTF-8 bytes as windows-1252 instead of replacement characters', () => {
    expect(parseFeedSync(latin1(doc('<?xml version="1.0" encoding="utf-8"?>', 'Déjà vu'))).title).toBe('Déjà vu');
  });

  it('reads UTF-16 with and without a BOM, both byte orders', () => {
    const text = doc('<?xml version="1.0" encoding="utf-16"?>', 'Ünïcödé ✓');
    for (const [le, bom] of [
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ] as const) {
      expect(parseFeedSync(utf16(text, le, bom)).title).toBe('Ünïcödé ✓');
    }
    expect(decodeBytes(utf16(text, false, false)).encoding).toBe('utf-16be');
  });

  it('reads UTF-32 (not in TextDecoder) in both byte orders', () => {
    const text = doc('', 'Emoji 🚢');
    expect(parseFeedSync(utf32(text, true)).title).toBe('Emoji 🚢');
    expect(parseFeedSync(utf32(text, false)).title).toBe('Emoji 🚢');
  });

  it('accepts gzip input and a UTF-8 BOM', () => {
    const bytes = gzipSync(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc('', 'Zipped ü'))]));
    expect(parseFeedSync(bytes).title).toBe('Zipped ü');
  });
});
