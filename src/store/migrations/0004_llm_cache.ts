import type { Kysely } from 'kysely';

// Cached LLM summaries, keyed by a hash of model, prompt version and input text.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('llm_cache')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}
