// Raw input to text: size cap, gzip, charset. The text comes a piece at a time (see pieces.ts).
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../errors.js';
import { decodePieces } from './charset.js';
import { wholeText, type TextPieces } from './pieces.js';

/** The default cap, the same as the fetch body limit (counted after decompression). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const tooLarge = (maxBytes: number) => new AppError('TOO_LARGE', `Feed is larger than ${maxBytes} bytes`);

function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes);
    throw new AppError('PARSE_ERROR', `Broken gzip data: ${(err as Error).message}`, { cause: err });
  }
}

export function inputText(input: Uint8Array | string, contentType: string | undefined, maxBytes: number): TextPieces {
  if (typeof input === 'string') {
    if (input.length > maxBytes) throw tooLarge(maxBytes);
    return wholeText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  }
  if (input.byteLength > maxBytes) throw tooLarge(maxBytes);
  const bytes = input[0] === 0x1f && input[1] === 0x8b ? gunzip(input, maxBytes) : input;
  return decodePieces(bytes, contentType).pieces;
}
