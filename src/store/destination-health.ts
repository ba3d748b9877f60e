// A destination that keeps refusing posts (403/404: bot removed, channel deleted) is disabled with
// a reason, so the outbox stops trying and admins can see why.
import type { Db } from './store.js';

/** Counts one more refusal in a row; returns the count. */
export async function recordDestinationRejection(db: Db, id: number): Promise<number> {
  const row = await db
    .updateTable('destinations')
    .set((eb) => ({ consecutive_rejects: eb('consecutive_rejects', '+', 1) }))
    .where('id', '=', id)
    .returning('consecutive_rejects')
    .executeTakeFirst();
  return row?.consecutive_rejects ?? 0;
}

export async function clearDestinationRejections(db: Db, id: number): Promise<void> {
  await db
    .updateTable('destinations')
    .set({ consecutive_rejects: 0 })
    .where('id', '=', id)
    .where('consecutive_rejects', '>', 0)
    .execute();
}

/** Returns true for the call that disabled it (so admins are told once). */
export async function disableDestination(db: Db, id: number, reason: string): Promise<boolean> {
  const res = await db
    .updateTable('destinations')
    .set({ enabled: 0, disabled_reason: reason })
    .where('id', '=', id)
    .where('enabled', '=', 1)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
