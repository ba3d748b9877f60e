// The whole parse on the calling thread: input bytes (or text) to one ParsedFeed.
import type { ParsedFeed } from '../../model.js';
import { parseFeedText } from './document.js';
import { DEFAULT_MAX_BYTES, inputText } from './input.js';
import type { ParseOptions } from './options.js';

export function parseFeedSync(input: Uint8Array | string, options: ParseOptions = {}): ParsedFeed {
  const text = inputText(input, options.contentType, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parseFeedText(text, options.url ?? null, options.maxItems ?? Infinity);
}
