// A document's text, decoded a piece at a time as the XML scanner reads it. A string of more than
// 128 KB is a V8 large object, placed on fresh pages that cost about ten times as much to fill as
// a young-generation string; pieces stay below that size, so a feed of a few hundred KB is decoded
// for a tenth of what one string would cost (see docs/decisions/0003-feed-parser.md).
import { transcode } from 'node:buffer';
import { cleanText } from './repair.js';

/** Input bytes per piece of one-byte text (ASCII read as Latin-1): 112 KB. */
const ONE_BYTE_PIECE = 112 * 1024;
/** Input bytes per piece of any other text: at most 56K characters, 112 KB even as two-byte text. */
const PIECE_BYTES = 56 * 1024;
/**
 * Node copies one-byte text of more than about 1 MB out of the V8 heap (an external string): as
 * cheap to make as young pieces, and nothing for the scavenger to copy while the parse runs.
 */
const EXTERNAL_TEXT_BYTES = 1024 * 1024;

export interface TextPieces {
  /**
   * The next piece of the text. `carried`: the characters of the last piece the reader still holds
   * and reads in front of this one. The piece is sized so that the two stay below the large-object
   * size, and is at least as long as what is carried, so a construct longer than a piece (a huge
   * CDATA section) is read again only a few times over in all.
   */
  next(carried: number): string;
  /** True once the last piece has been handed out. */
  readonly done: boolean;
}

/**
 * Pieces cut from `bytes` by `decode(start, end, last)`. A piece ends just after a `>` where one is
 * near (the scanner then mostly has nothing to carry into the next piece), else where `boundary`
 * moves the end (on to a character boundary). (Classes, not object literals with a `done` getter:
 * with those, every document's text outlived the young-generation collections; seen with --trace-gc.)
 */
class CutPieces implements TextPieces {
  done: boolean;
  private at = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly pieceBytes: number,
    private readonly decode: (start: number, end: number, last: boolean) => string,
    private readonly boundary: (end: number) => number = (end) => end,
  ) {
    this.done = bytes.byteLength === 0;
  }

  next(carried: number): string {
    const { bytes } = this;
    const start = this.at;
    const size = Math.max(this.pieceBytes - carried, carried, 1);
    let end = Math.min(bytes.byteLength, start + size);
    if (end < bytes.byteLength) {
      const gt = bytes.lastIndexOf(GT, end - 1);
      end = gt >= start + (size >> 1) ? gt + 1 : this.boundary(end);
    }
    this.at = end;
    this.done = end === bytes.byteLength;
    return this.decode(start, end, this.done);
  }
}

/** `>`, the same byte in every encoding a piece is cut from (UTF-16 pieces may split a character; the decoder carries it). */
const GT = 0x3e;

class WholeText implements TextPieces {
  done = false;

  constructor(private readonly text: string) {}

  next(): string {
    this.done = true;
    return this.text;
  }
}

/** A text already decoded: one piece. */
export const wholeText = (text: string): TextPieces => new WholeText(text);

/** ASCII bytes, read as Latin-1 (a plain copy); one string when Node keeps it outside the heap. */
export function asciiPieces(b: Buffer, pieceBytes = ONE_BYTE_PIECE): TextPieces {
  const size = b.byteLength > EXTERNAL_TEXT_BYTES ? b.byteLength : pieceBytes;
  return new CutPieces(b, size, (start, end) => b.toString('latin1', start, end));
}

/**
 * Valid UTF-8, transcoded to UTF-16 and read as such: faster than Buffer's UTF-8 decoder. Pieces
 * end before a lead byte (never inside a character).
 */
export function utf8Pieces(b: Buffer, pieceBytes = PIECE_BYTES): TextPieces {
  const leadByteFrom = (end: number) => {
    let p = end;
    while (p < b.byteLength && (b[p]! & 0xc0) === 0x80) p++;
    return p;
  };
  return new CutPieces(
    b,
    pieceBytes,
    (start, end) => transcode(b.subarray(start, end), 'utf8', 'utf16le').toString('utf16le'),
    leadByteFrom,
  );
}

/**
 * Any WHATWG encoding, through a streaming TextDecoder (it carries a character split between
 * pieces), cleaned (repair.ts): Node's decoder reads windows-1252, and so Latin-1, bytes
 * 0x80–0x9F as C1 controls since 20.18.3 and 22.13.0 (nodejs/node#56542).
 */
export function decoderPieces(b: Uint8Array, encoding: string, pieceBytes = PIECE_BYTES): TextPieces {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return new CutPieces(b, pieceBytes, (start, end, last) => cleanText(decoder.decode(b.subarray(start, end), { stream: !last })));
}

/** `pieces` with `head`, the piece already taken from them, put back in front. */
class WithHead implements TextPieces {
  done = false;
  private taken = false;

  constructor(
    private readonly head: string,
    private readonly pieces: TextPieces,
  ) {}

  next(carried: number): string {
    const piece = this.taken ? this.pieces.next(carried) : this.head;
    this.taken = true;
    this.done = this.pieces.done;
    return piece;
  }
}

export const withHead = (head: string, pieces: TextPieces): TextPieces => new WithHead(head, pieces);

/** The rest of the text, as one string. */
export function readAll(pieces: TextPieces): string {
  const parts: string[] = [];
  while (!pieces.done) parts.push(pieces.next(0));
  return parts.join('');
}
