// Raw input to text: size cap, gzip, charset. The text comes a piece at a time (see pieces.ts).
import { gunzipSync, inflateRawSync, constants } from 'node:zlib';
import { AppError } from '../../errors.js';
import { decodePieces } from './charset.js';
import { wholeText, type TextPieces } from './pieces.js';
import { cleanText } from './repair.js';

/** The default cap, the same as the fetch body limit (counted after decompression). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const tooLarge = (maxBytes: number) => new AppError('TOO_LARGE', `Feed is larger than ${maxBytes} bytes`);

/** Where the deflate data of a gzip member starts: after the 10-byte header and its optional fields (RFC 1952). */
function deflateStart(b: Uint8Array): number {
  const flags = b[3] ?? 0;
  let at = 10;
  if (flags & 4) at += 2 + (b[at] ?? 0) + ((b[at + 1] ?? 0) << 8); // FEXTRA
  if (flags & 8) at = b.indexOf(0, at) + 1 || b.length; // FNAME, zero-terminated
  if (flags & 16) at = b.indexOf(0, at) + 1 || b.length; // FCOMMENT
  if (flags & 2) at += 2; // FHCRC
  return at;
}

/**
 * Inflates gzip input. A download cut off mid-stream, bytes after the last member, or a wrong
 * checksum fail gunzip; the first member's data is then inflated as far as it goes, and the
 * document's own recovery (truncation, damage) takes it from there.
 */
function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes);
    let partial: Uint8Array;
    try {
      const flush = constants.Z_SYNC_FLUSH;
      partial = inflateRawSync(bytes.subarray(deflateStart(bytes)), { maxOutputLength: maxBytes, finishFlush: flush });
    } catch (rawErr) {
      if ((rawErr as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes);
      partial = new Uint8Array(0);
    }
    if (partial.byteLength) return partial;
    throw new AppError('PARSE_ERROR', `Broken gzip data: ${(err as Error).message}`, { cause: err });
  }
}

export function inputText(input: Uint8Array | string, contentType: string | undefined, maxBytes: number): TextPieces {
  if (typeof input === 'string') {
    if (input.length > maxBytes) throw tooLarge(maxBytes);
    return wholeText(cleanText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input));
  }
  if (input.byteLength > maxBytes) throw tooLarge(maxBytes);
  // A gunzipped body was just written byte by byte: it is also scanned for characters XML forbids.
  const gzip = input[0] === 0x1f && input[1] === 0x8b;
  return decodePieces(gzip ? gunzip(input, maxBytes) : input, contentType, gzip).pieces;
}
