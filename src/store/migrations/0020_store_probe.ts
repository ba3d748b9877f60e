import type { Kysely } from 'kysely';

// One row per process name that the health check rewrites: a real write, as small as one can be,
// so /healthz knows the store can still be written (a read-only file, a full disk).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('store_probe')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('written_at', 'bigint', (c) => c.notNull())
    .execute();
}
