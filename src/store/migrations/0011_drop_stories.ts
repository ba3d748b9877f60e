import type { Kysely } from 'kysely';

// Stories are clustered afresh for every digest and never stored: the `stories` table and the
// `articles.story_id` column that pointed into it were never written.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('story_id').execute();
  await db.schema.dropTable('stories').execute();
}
