// Delivery leases of processes that are gone: who holds a running lease, and ending the leases of
// holders known to be dead, so that a restart on the same host resumes a digest at once instead of
// waiting out the lease (decision 0033). An ended lease makes the row claimable like an expired one:
// the next claimer looks for the message before it sends the part again.
import type { Db } from './store.js';

/** Owners of delivery leases still running at `now`. */
export async function deliveryLeaseOwners(db: Db, now: number): Promise<string[]> {
  const rows = await db
    .selectFrom('deliveries')
    .select('lease_owner')
    .distinct()
    .where('status', '=', 'sending')
    .where('lease_until', '>=', now)
    .where('lease_owner', 'is not', null)
    .execute();
  return rows.map((r) => r.lease_owner!);
}

/**
 * Ends the running leases of `owners` (processes known to be gone); returns the channels of the
 * rows freed (a dead holder may have died holding the channel's pacing turn).
 */
export async function endDeliveryLeases(
  db: Db,
  owners: readonly string[],
  now: number,
): Promise<{ platform: string; channelId: string }[]> {
  if (owners.length === 0) return [];
  const freed = await db
    .updateTable('deliveries')
    .set({ lease_until: now - 1 })
    .where('status', '=', 'sending')
    .where('lease_owner', 'in', [...owners])
    .where('lease_until', '>=', now)
    .returning('destination_id')
    .execute();
  if (freed.length === 0) return [];
  return db
    .selectFrom('destinations')
    .select(['platform', 'channel_id as channelId'])
    .where('id', 'in', [...new Set(freed.map((r) => r.destination_id))])
    .execute();
}
