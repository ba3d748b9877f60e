// Where LLM answers are kept between runs (the store's llm_cache table in production), and the
// key an answer is kept under: a hash of everything that decides it.
import { createHash } from 'node:crypto';

export interface LlmCache {
  get(key: string): Promise<string | undefined>;
  put(key: string, result: string): Promise<void>;
}

export function cacheKey(parts: {
  provider: string;
  model: string;
  promptVersion: string;
  system: string;
  user: string;
}): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
