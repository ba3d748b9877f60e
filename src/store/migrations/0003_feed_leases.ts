import type { Kysely } from 'kysely';

// A lease per feed row: the replica that claimed a due feed owns it until lease_until, so two
// replicas never poll the same feed at once (see store/feeds.ts claimDueFeeds).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('lease_owner', 'text').execute();
  await db.schema.alterTable('feeds').addColumn('lease_until', 'bigint').execute();
}
