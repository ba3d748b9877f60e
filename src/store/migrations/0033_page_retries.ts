import type { Kysely } from 'kysely';

// An article page that failed for a passing reason (no answer in time, a 5xx, a reset
// connection) is tried again on a later poll cycle (decision 0025): how many times it has been
// tried, and when it is due again (null: never, a lasting failure or the last try).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('page_errors')
    .addColumn('tries', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('page_errors').addColumn('retry_at', 'bigint').execute();
  await db.schema.createIndex('page_errors_retry_at').on('page_errors').column('retry_at').execute();
}
