import type { Kysely } from 'kysely';

// When the admin channel was told that a delivery part is stuck (unsent for over an hour), so it
// is told once, whichever replica notices first. Parts an admin skips get the status 'skipped'.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('deliveries').addColumn('stuck_alerted_at', 'bigint').execute();
}
