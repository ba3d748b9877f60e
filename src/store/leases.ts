// Named leases shared between replicas: whoever holds an unexpired lease owns the job.
import type { Db } from './store.js';

/** Takes or renews the lease if it is free, expired, or already ours. One statement, so racing replicas get one winner. */
export async function tryAcquireLease(db: Db, name: string, owner: string, ttlMs: number, now: number): Promise<boolean> {
  const row = await db
    .insertInto('leases')
    .values({ name, owner, expires_at: now + ttlMs })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ owner, expires_at: now + ttlMs })
        .where((eb) => eb.or([eb('leases.expires_at', '<=', now), eb('leases.owner', '=', owner)])),
    )
    .returning('owner')
    .executeTakeFirst();
  return row?.owner === owner;
}

export async function releaseLease(db: Db, name: string, owner: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('owner', '=', owner).execute();
}

export async function leaseHolder(db: Db, name: string, now: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('leases')
    .select('owner')
    .where('name', '=', name)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.owner;
}

/** Takes a lease from an owner known to be gone (a crashed process on this host), in one statement. */
export async function takeOverLease(
  db: Db,
  name: string,
  from: string,
  owner: string,
  ttlMs: number,
  now: number,
): Promise<boolean> {
  const res = await db
    .updateTable('leases')
    .set({ owner, expires_at: now + ttlMs })
    .where('name', '=', name)
    .where('owner', '=', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
