// Characters a feed should not hold, and bytes that are almost UTF-8. Windows-1252 "smart quotes"
// (bytes 0x80–0x9F) show up as C1 control characters when text was decoded as Latin-1 or
// re-encoded from it, and as invalid bytes in UTF-8 documents that pasted them in; XML 1.0
// forbids the C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF.
// cleanUtf8 runs on UTF-8 input only when a cheap test found something to clean (see charset.ts);
// cleanText on the text our other decoders produce, and on strings handed to the parser.
import { replaceCodePoint } from 'entities/decode';

/** The C1 control characters: windows-1252 bytes 0x80–0x9F read as Latin-1. */
const C1 = /[\x80-\x9f]/;
/** Characters XML 1.0 forbids (lone surrogates aside): C0 controls but tab, LF and CR, U+FFFE, U+FFFF. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

const everywhere = (re: RegExp) => new RegExp(re.source, 'g');
const C1_ALL = everywhere(C1);
const ILLEGAL_ALL = everywhere(ILLEGAL);

/**
 * The code point of a windows-1252 byte 0x80–0xFF (the HTML table of numeric references: the five
 * bytes windows-1252 leaves undefined stay C1 controls, as in the WHATWG index; 0xA0 up are Latin-1).
 */
const cp1252 = (byte: number): number => replaceCodePoint(byte);

/** Decoded text with C1 controls read as windows-1252 and the characters XML 1.0 forbids removed. */
export function cleanText(s: string): string {
  const c1 = C1.test(s) ? s.replace(C1_ALL, (c) => String.fromCharCode(cp1252(c.charCodeAt(0)))) : s;
  return ILLEGAL.test(c1) ? c1.replace(ILLEGAL_ALL, '') : c1;
}

/** Whether valid UTF-8 bytes hold a C1 control character (C2 80–C2 9F): found by searching for C2 bytes. */
export function hasC1Utf8(b: Buffer): boolean {
  for (let at = b.indexOf(0xc2); at !== -1; at = b.indexOf(0xc2, at + 2)) {
    const next = b[at + 1]!;
    if (next >= 0x80 && next <= 0x9f) return true;
  }
  return false;
}

/** A C0 control that XML 1.0 forbids (0x0B and 0x0C included: whitespace to JavaScript, not to XML). */
const isIllegalControl = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d;

/** UTF-8 bytes of the windows-1252 reading of each byte 0x80–0xFF (index: byte - 0x80). */
const CP1252_UTF8 = Array.from({ length: 128 }, (_, k) => Buffer.from(String.fromCharCode(cp1252(0x80 + k)), 'utf8'));

/** Length of the valid UTF-8 sequence of two or more bytes at `i`, 0 when the byte there starts none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const second = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const second = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

export interface CleanedUtf8 {
  /** Valid UTF-8; `b` itself when nothing needed changing. */
  bytes: Buffer;
  /**
   * The input looks like a whole legacy document rather than UTF-8 with stray bytes: fewer valid
   * multi-byte sequences than invalid bytes, some of which are letters (0xA0 and up). Invalid
   * bytes that are all windows-1252 punctuation (0x80–0x9F) are strays whatever their number: a
   * legacy document with no letters above ASCII reads the same either way.
   */
  legacy: boolean;
}

/**
 * Bytes meant as UTF-8 (ASCII included), made valid and clean: a byte that starts no valid
 * sequence is read as windows-1252 (a stray smart quote pasted into a UTF-8 page), a C1 control
 * (C2 80–9F) likewise, and the C0 controls XML forbids are dropped.
 */
export function cleanUtf8(b: Buffer): CleanedUtf8 {
  const parts: Uint8Array[] = [];
  let from = 0; // start of the run of bytes kept as they are, not yet copied
  let invalid = 0;
  let letters = 0;
  let valid = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c >= 0x20 ? c < 0x80 : !isIllegalControl(c)) {
      i++;
      continue;
    }
    const n = c < 0x80 ? 1 : sequenceLength(b, i);
    const isC1 = n === 2 && c === 0xc2 && b[i + 1]! <= 0x9f;
    if (n > 1 && !isC1) {
      valid++;
      i += n;
      continue;
    }
    parts.push(b.subarray(from, i));
    if (n === 0) {
      invalid++;
      if (c >= 0xa0) letters++;
      parts.push(CP1252_UTF8[c - 0x80]!);
    } else if (isC1) parts.push(CP1252_UTF8[b[i + 1]! - 0x80]!);
    i += n || 1; // an illegal control (n 1) is dropped
    from = i;
  }
  const legacy = letters > 0 && valid < invalid;
  if (from === 0) return { bytes: b, legacy };
  parts.push(b.subarray(from));
  return { bytes: Buffer.concat(parts), legacy };
}
