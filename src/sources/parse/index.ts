// The parser interface every feed goes through: bytes in, one ParsedFeed model out.
// RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1; see docs/decisions/0003-feed-parser.md.
import type { ParsedFeed } from '../../model.js';
import { parseInWorker } from './offload.js';
import type { ParseOptions } from './options.js';
import { parseFeedSync } from './sync.js';

export type { ParseOptions } from './options.js';
export { parseFeedSync } from './sync.js';

/** Input at least this large is parsed on a worker thread by default. */
export const DEFAULT_OFFLOAD_BYTES = 1024 * 1024;

const sizeOf = (input: Uint8Array | string) => (typeof input === 'string' ? input.length : input.byteLength);

/** Parses a feed; large documents go to a worker thread so the event loop keeps running. */
export async function parseFeed(input: Uint8Array | string, options: ParseOptions = {}): Promise<ParsedFeed> {
  if (sizeOf(input) >= (options.offloadBytes ?? DEFAULT_OFFLOAD_BYTES)) return parseInWorker(input, options);
  return parseFeedSync(input, options);
}
