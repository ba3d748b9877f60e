// Feed poll leases of processes that are gone: who holds a running lease, and ending the leases of
// holders known to be dead, so that a restart on the same host polls those feeds at once instead
// of after the 10-minute lease (decision 0033).
import type { Db } from './store.js';

/** Owners of feed leases still running at `now`. */
export async function feedLeaseOwners(db: Db, now: number): Promise<string[]> {
  const rows = await db
    .selectFrom('feeds')
    .select('lease_owner')
    .distinct()
    .where('lease_until', '>', now)
    .where('lease_owner', 'is not', null)
    .execute();
  return rows.map((r) => r.lease_owner!);
}

/** Ends the running feed leases of `owners` (processes known to be gone); returns how many feeds were freed. */
export async function endFeedLeases(db: Db, owners: readonly string[], now: number): Promise<number> {
  if (owners.length === 0) return 0;
  const r = await db
    .updateTable('feeds')
    .set({ lease_owner: null, lease_until: null })
    .where('lease_owner', 'in', [...owners])
    .where('lease_until', '>', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
