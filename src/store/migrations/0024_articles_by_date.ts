import { sql, type Kysely } from 'kysely';

// `/search` reads articles newest first by their date (published, else first seen) and stops at
// its page: this index is that order. Without
// it every match in history was read and sorted (issue 20: 134–640 ms at 310k). Decision 0022.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('articles_dated')
    .on('articles')
    .expression(sql`coalesce(published_at, first_seen_at)`)
    .execute();
}
