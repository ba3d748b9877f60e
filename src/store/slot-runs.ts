// Slot runs: one row per (destination, slot) decides who builds that digest, whatever the timing.
import type { EpochMs } from '../model.js';
import type { Db } from './store.js';

export type SlotRunStatus = 'running' | 'done' | 'skipped' | 'failed';

/**
 * Claims the run of a slot for a destination. True when this owner may build it now: the row is
 * new, or an earlier owner's lease expired before it finished. A finished run is never claimed again.
 */
export async function claimSlotRun(
  db: Db,
  destinationId: number,
  slotAt: EpochMs,
  owner: string,
  leaseMs: number,
  now: EpochMs,
): Promise<boolean> {
  const row = await db
    .insertInto('slot_runs')
    .values({
      destination_id: destinationId,
      slot_at: slotAt,
      status: 'running',
      owner,
      lease_until: now + leaseMs,
      started_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['destination_id', 'slot_at'])
        .doUpdateSet({ owner, lease_until: now + leaseMs, started_at: now })
        .where('slot_runs.status', '=', 'running')
        .where('slot_runs.lease_until', '<=', now),
    )
    .returning('owner')
    .executeTakeFirst();
  return row?.owner === owner;
}

export async function finishSlotRun(
  db: Db,
  destinationId: number,
  slotAt: EpochMs,
  owner: string,
  outcome: { status: Exclude<SlotRunStatus, 'running'>; digestId?: string | null; error?: string | null; now: EpochMs },
): Promise<void> {
  await db
    .updateTable('slot_runs')
    .set({
      status: outcome.status,
      digest_id: outcome.digestId ?? null,
      error: outcome.error ?? null,
      finished_at: outcome.now,
      lease_until: null,
    })
    .where('destination_id', '=', destinationId)
    .where('slot_at', '=', slotAt)
    .where('owner', '=', owner)
    .execute();
}

/** The latest finished run of any destination: what `/digest status` calls "Last". */
export async function lastFinishedSlot(db: Db, destinationId?: number): Promise<EpochMs | undefined> {
  let q = db.selectFrom('slot_runs').select('slot_at').where('status', 'in', ['done', 'skipped']);
  if (destinationId !== undefined) q = q.where('destination_id', '=', destinationId);
  const row = await q.orderBy('slot_at', 'desc').limit(1).executeTakeFirst();
  return row?.slot_at;
}

/** Gives a failed attempt back: the run stays open and may be claimed again after `retryAt`. */
export async function releaseSlotRun(
  db: Db,
  destinationId: number,
  slotAt: EpochMs,
  owner: string,
  retryAt: EpochMs,
  error: string,
): Promise<void> {
  await db
    .updateTable('slot_runs')
    .set({ lease_until: retryAt, error })
    .where('destination_id', '=', destinationId)
    .where('slot_at', '=', slotAt)
    .where('owner', '=', owner)
    .where('status', '=', 'running')
    .execute();
}

/** The slot of the destination's latest built digest before `before` (a scheduled slot or a `/digest now`). */
export async function lastDigestSlot(db: Db, destinationId: number, before: EpochMs): Promise<EpochMs | undefined> {
  const row = await db
    .selectFrom('slot_runs')
    .select('slot_at')
    .where('destination_id', '=', destinationId)
    .where('status', '=', 'done')
    .where('slot_at', '<', before)
    .orderBy('slot_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.slot_at;
}
