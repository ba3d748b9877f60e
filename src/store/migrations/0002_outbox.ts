import type { Kysely } from 'kysely';

// The outbox's extra state: whether a claimed delivery must be looked for on the platform before
// it is sent again, per-channel post pacing shared by every process, and inbound event ids seen
// (Slack retries the same event; each is handled once).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('deliveries')
    .addColumn('reconcile', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('deliveries_digest_part')
    .on('deliveries')
    .columns(['digest_id', 'destination_id', 'part'])
    .execute();

  await db.schema
    .createTable('channel_pacing')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('next_post_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_pacing_pk', ['platform', 'channel_id'])
    .execute();

  await db.schema
    .createTable('inbound_events')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inbound_events_seen').on('inbound_events').columns(['seen_at']).execute();
}
