// Bytes to text: the charset comes from the BOM, then the HTTP Content-Type, then the XML prolog,
// then UTF-8 when the bytes are valid UTF-8, else windows-1252 (what undeclared legacy feeds use).
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { decodeUtf32 } from './utf32.js';

export interface DecodedText {
  text: string;
  /** WHATWG name of the charset used, e.g. `utf-8`, `windows-1252`, `utf-16be`, `utf-32le`. */
  encoding: string;
}

type Sniffed = { encoding: string; skip: number } | null;

function sniffBom(b: Uint8Array): Sniffed {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', skip: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // No BOM: the first character is `<` (or whitespace) in a wide encoding.
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return { encoding: 'utf-32be', skip: 0 };
  if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', skip: 0 };
  if (b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return { encoding: 'utf-16be', skip: 0 };
  if (b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return { encoding: 'utf-16le', skip: 0 };
  return null;
}

/** The charset parameter of a Content-Type header, if any. */
export function contentTypeCharset(contentType: string | undefined): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return m?.[1] ?? null;
}

function prologCharset(b: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024));
  const m = /^[^<]{0,512}<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1] ?? null;
}

/** The WHATWG name for a charset label, or null when the label is unknown. */
export function canonicalCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/_/g, '-');
  // ASCII is a subset of UTF-8; servers that say us-ascii mostly send UTF-8.
  if (/^(us-)?ascii$/.test(l)) return 'utf-8';
  if (/^(utf-?32|ucs-?4)(le|be)?$/.test(l)) return l.endsWith('le') ? 'utf-32le' : 'utf-32be';
  if (/^(utf-?16|ucs-?2)$/.test(l)) return 'utf-16le';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function decodeAs(b: Uint8Array, encoding: string, fatal: boolean): string {
  if (encoding.startsWith('utf-32')) return decodeUtf32(b, encoding === 'utf-32le');
  if (encoding === 'utf-8') {
    const buffer = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    // ASCII reads the same as Latin-1, which is a plain copy instead of UTF-8 decoding.
    if (isAscii(b)) return buffer.toString('latin1');
    // The fatal TextDecoder is slow; isUtf8 is the same check, fast.
    const valid = isUtf8(b);
    if (fatal && !valid) throw new TypeError('not UTF-8');
    // Valid UTF-8 transcoded to UTF-16 and read as such decodes faster than Buffer's UTF-8
    // decoder, which is left for broken input (it replaces what is invalid, transcode throws).
    return valid ? transcode(buffer, 'utf8', 'utf16le').toString('utf16le') : buffer.toString('utf8');
  }
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(b);
}

export function decodeBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.skip), bom.encoding, false), encoding: bom.encoding };
  const httpLabel = contentTypeCharset(contentType);
  const declared = [httpLabel, prologCharset(bytes)]
    .map((l) => (l ? canonicalCharset(l) : null))
    .filter((e): e is string => e !== null && !e.startsWith('utf-16') && !e.startsWith('utf-32'));
  // A document declared (or defaulting to) UTF-8 whose bytes are not UTF-8 was mislabelled:
  // the next declaration, else windows-1252, reads it the way browsers and feed readers do.
  for (const encoding of new Set([...declared, 'utf-8'])) {
    if (encoding !== 'utf-8') return { text: decodeAs(bytes, encoding, false), encoding };
    try {
      return { text: decodeAs(bytes, encoding, true), encoding };
    } catch {
      continue;
    }
  }
  return { text: decodeAs(bytes, 'windows-1252', false), encoding: 'windows-1252' };
}
