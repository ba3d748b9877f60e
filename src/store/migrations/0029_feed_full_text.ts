import type { Kysely } from 'kysely';

// Full text from the article page (decision 0025): each feed's mode (auto: only for items whose
// text is a title or a teaser; always; off), and when an article's page text was stored, which
// makes the stored article the page cache (a page is never fetched again for it).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('feeds')
    .addColumn('full_text', 'text', (c) => c.notNull().defaultTo('auto'))
    .execute();
  await db.schema.alterTable('articles').addColumn('page_fetched_at', 'bigint').execute();
}
