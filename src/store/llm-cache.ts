// The LLM answer cache: one row per content hash; a later answer for the same key replaces it.
import type { Db } from './store.js';

export async function getLlmCacheEntry(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('llm_cache').select('result').where('key', '=', key).executeTakeFirst();
  return row?.result;
}

export async function putLlmCacheEntry(db: Db, key: string, result: string, now: number): Promise<void> {
  await db
    .insertInto('llm_cache')
    .values({ key, result, created_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ result, created_at: now }))
    .execute();
}

/** The cache as the LLM summarizer takes it (`get`/`put`), over this store. */
export function llmCacheIn(db: Db, clock: () => number = Date.now) {
  return {
    get: (key: string) => getLlmCacheEntry(db, key),
    put: (key: string, result: string) => putLlmCacheEntry(db, key, result, clock()),
  };
}
