import type { Kysely } from 'kysely';

// Why an article's page could not give its full text (decision 0025): one row per article, with
// the feed it came from, shown in /feeds errors and `digestbot feeds errors`. The article keeps
// the feed's own text.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('page_errors')
    .addColumn('article_id', 'bigint', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('feed_id', 'bigint', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('page_errors_failed_at').on('page_errors').column('failed_at').execute();
}
