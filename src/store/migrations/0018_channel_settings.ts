import type { Kysely } from 'kysely';

// Per-channel settings (decision 0020): a destination's own schedule (JSON {crons, timezone};
// null follows the global schedule), its include and exclude patterns (JSON arrays), and the
// feeds paused for it alone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('destinations').addColumn('schedule', 'text').execute();
  await db.schema
    .alterTable('destinations')
    .addColumn('include_patterns', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('destinations')
    .addColumn('exclude_patterns', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createTable('destination_paused_feeds')
    .addColumn('destination_id', 'bigint', (c) => c.notNull().references('destinations.id').onDelete('cascade'))
    .addColumn('feed_id', 'bigint', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('paused_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('destination_paused_feeds_pk', ['destination_id', 'feed_id'])
    .execute();
}
