import type { Kysely } from 'kysely';

// A destination's language (issue 18): the ISO 639-1 code its digest is written in (null: the
// language most of its window's articles use), and what happens to articles in other languages
// ('section': listed apart by headline, 'drop': left out). Both dialects take the same columns.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('destinations').addColumn('language', 'text').execute();
  await db.schema
    .alterTable('destinations')
    .addColumn('other_languages', 'text', (c) => c.notNull().defaultTo('section'))
    .execute();
}
