import { sql, type Kysely } from 'kysely';

// When the funding-round reader has read an article; unread articles are its work queue, so a
// crash between storing articles and reading them loses nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('rounds_read_at', 'bigint').execute();
  await db.schema
    .createIndex('articles_rounds_unread')
    .on('articles')
    .column('id')
    .where(sql.ref('rounds_read_at'), 'is', null)
    .execute();
}
