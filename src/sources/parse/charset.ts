// Bytes to text: the charset comes from the BOM, then the HTTP Content-Type, then the XML prolog,
// then UTF-8 when the bytes are valid UTF-8, else windows-1252 (what undeclared legacy feeds use).
// Text is cleaned on the way (repair.ts): C1 controls become the windows-1252 characters they
// stand for, and characters XML 1.0 forbids are dropped, where a cheap test finds any.
import { isAscii, isUtf8 } from 'node:buffer';
import { asciiPieces, decoderPieces, readAll, utf8Pieces, wholeText, type TextPieces } from './pieces.js';
import { cleanText, cleanUtf8, hasC1Utf8 } from './repair.js';
import { decodeUtf32 } from './utf32.js';

export interface DecodedText {
  text: string;
  /** WHATWG name of the charset used, e.g. `utf-8`, `windows-1252`, `utf-16be`, `utf-32le`. */
  encoding: string;
}

export interface DecodedPieces {
  pieces: TextPieces;
  /** As in DecodedText. */
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

/**
 * How UTF-8 input is read. `scan`: look at every byte for characters XML forbids (otherwise only
 * NUL is looked for: a full scan costs about a tenth of a parse). `sure`: the charset is certain
 * (a BOM), so invalid bytes are strays even when they look like a legacy document.
 */
interface Utf8Reading {
  scan: boolean;
  sure: boolean;
}

/**
 * Pieces of UTF-8 input; null when the bytes look like a legacy document instead. ASCII is read
 * as Latin-1 (a plain copy). Clean valid UTF-8, by far the most common input, is checked only
 * for NUL and C1 controls (searches for one byte value each); anything else is cleaned first.
 */
function utf8Text(b: Uint8Array, { scan, sure }: Utf8Reading): TextPieces | null {
  const buffer = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const ascii = isAscii(b);
  if (!scan && buffer.indexOf(0) === -1 && (ascii || (isUtf8(b) && !hasC1Utf8(buffer)))) {
    return ascii ? asciiPieces(buffer) : utf8Pieces(buffer);
  }
  const { bytes, legacy } = cleanUtf8(buffer);
  if (legacy && !sure) return null;
  return isAscii(bytes) ? asciiPieces(bytes) : utf8Pieces(bytes);
}

function piecesAs(b: Uint8Array, encoding: string, scan: boolean): TextPieces {
  if (encoding.startsWith('utf-32')) return wholeText(cleanText(decodeUtf32(b, encoding === 'utf-32le')));
  if (encoding === 'utf-8') return utf8Text(b, { scan, sure: true })!;
  return decoderPieces(b, encoding);
}

/**
 * The document's text, a piece at a time (see pieces.ts). `scan`: look at every byte for
 * characters XML forbids (done for gunzipped bodies, which were just written byte by byte).
 */
export function decodePieces(bytes: Uint8Array, contentType?: string, scan = false): DecodedPieces {
  const bom = sniffBom(bytes);
  if (bom) return { pieces: piecesAs(bytes.subarray(bom.skip), bom.encoding, scan), encoding: bom.encoding };
  const httpLabel = contentTypeCharset(contentType);
  const declared = [httpLabel, prologCharset(bytes)]
    .map((l) => (l ? canonicalCharset(l) : null))
    .filter((e): e is string => e !== null && !e.startsWith('utf-16') && !e.startsWith('utf-32'));
  // A document declared (or defaulting to) UTF-8 whose bytes look like a legacy charset was
  // mislabelled: the next declaration, else windows-1252, reads it the way feed readers do.
  // Stray invalid bytes in UTF-8 text are read as windows-1252 one by one (see repair.ts).
  for (const encoding of new Set([...declared, 'utf-8'])) {
    const pieces = encoding === 'utf-8' ? utf8Text(bytes, { scan, sure: false }) : piecesAs(bytes, encoding, scan);
    if (pieces) return { pieces, encoding };
  }
  return { pieces: piecesAs(bytes, 'windows-1252', scan), encoding: 'windows-1252' };
}

/** The document's text as one string. */
export function decodeBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const { pieces, encoding } = decodePieces(bytes, contentType);
  return { text: readAll(pieces), encoding };
}
