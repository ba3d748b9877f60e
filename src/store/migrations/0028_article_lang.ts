import type { Kysely } from 'kysely';

// The article's language (ISO 639-1), detected from its cleaned title and text at ingest; null
// when the detector is unsure (a line or two, mixed scripts). For the digest's language rule.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('lang', 'text').execute();
}
