import type { Kysely } from 'kysely';

// The digests of the item keys a feed's last good fetch carried (a JSON array): the next fetch
// normalizes and hands on only the items not among them. Null until a feed's first good fetch
// after this migration, which then does the full work once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('last_items', 'text').execute();
}
