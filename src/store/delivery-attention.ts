// Deliveries an admin may need to act on: parts not posted yet or given up on, with what holds
// them (the destination disabled, an earlier part unsent), and the admin's two levers: retry a
// part (now, attempts counted afresh) or skip it (the later parts go on without it).
import { sql } from 'kysely';
import type { DeliveryStatus } from './deliveries.js';
import { reenableDestination } from './destinations.js';
import type { Db } from './store.js';

export interface AttentionRow {
  id: number;
  digestId: string;
  destinationId: number;
  platform: string;
  channelId: string;
  slotAt: number;
  part: number;
  /** Parts of the digest for this destination. */
  parts: number;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: number;
  createdAt: number;
  destinationEnabled: boolean;
  destinationDisabledReason: string | null;
  /** An earlier part of the same digest is neither sent nor skipped. */
  behindEarlierPart: boolean;
}

const UNSETTLED: DeliveryStatus[] = ['pending', 'sending', 'unsure', 'failed'];

function base(db: Db) {
  return db
    .selectFrom('deliveries as d')
    .innerJoin('destinations as t', 't.id', 'd.destination_id')
    .select((eb) => [
      'd.id',
      'd.digest_id',
      'd.destination_id',
      't.platform',
      't.channel_id',
      'd.slot_at',
      'd.part',
      'd.status',
      'd.attempts',
      'd.last_error',
      'd.next_attempt_at',
      'd.created_at',
      't.enabled',
      't.disabled_reason',
      eb
        .selectFrom('deliveries as a')
        .select((x) => x.fn.countAll<number | string>().as('n'))
        .whereRef('a.digest_id', '=', 'd.digest_id')
        .whereRef('a.destination_id', '=', 'd.destination_id')
        .as('parts'),
      eb
        .exists(
          eb
            .selectFrom('deliveries as p')
            .select('p.id')
            .whereRef('p.digest_id', '=', 'd.digest_id')
            .whereRef('p.destination_id', '=', 'd.destination_id')
            .whereRef('p.part', '<', 'd.part')
            .where('p.status', 'not in', ['sent', 'skipped']),
        )
        .as('behind'),
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

const toRow = (r: BaseRow): AttentionRow => ({
  id: r.id,
  digestId: r.digest_id,
  destinationId: r.destination_id,
  platform: r.platform,
  channelId: r.channel_id,
  slotAt: r.slot_at,
  part: r.part,
  parts: Number(r.parts),
  status: r.status as DeliveryStatus,
  attempts: r.attempts,
  lastError: r.last_error,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  destinationEnabled: r.enabled === 1,
  destinationDisabledReason: r.disabled_reason,
  behindEarlierPart: Boolean(r.behind),
});

/** Unposted and given-up parts of one destination (or all), oldest first, at most `limit`. */
export async function unsettledDeliveries(db: Db, destinationId: number | null, limit: number): Promise<AttentionRow[]> {
  const rows = await base(db)
    .where('d.status', 'in', UNSETTLED)
    .$if(destinationId !== null, (q) => q.where('d.destination_id', '=', destinationId!))
    .orderBy('d.created_at')
    .orderBy('d.part')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

export async function deliveryById(db: Db, id: number): Promise<AttentionRow | undefined> {
  const row = await base(db).where('d.id', '=', id).executeTakeFirst();
  return row && toRow(row);
}

/**
 * Marks the parts unsent since `queuedBefore` that nobody was told about yet as told, and returns
 * them: whichever replica gets here first tells the admin channel, once.
 */
export async function claimStuckAlerts(db: Db, queuedBefore: number, now: number): Promise<AttentionRow[]> {
  const ids = await db
    .updateTable('deliveries')
    .set({ stuck_alerted_at: now })
    .where('status', 'in', ['pending', 'sending', 'unsure'])
    .where('created_at', '<=', queuedBefore)
    .where('stuck_alerted_at', 'is', null)
    .returning('id')
    .execute();
  if (ids.length === 0) return [];
  const rows = await base(db)
    .where(
      'd.id',
      'in',
      ids.map((r) => r.id),
    )
    .orderBy('d.id')
    .execute();
  return rows.map(toRow);
}

/** Later parts a failure took down with it are queued again. */
async function requeueLaterParts(db: Db, row: AttentionRow, now: number): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, stuck_alerted_at: null })
    .where('digest_id', '=', row.digestId)
    .where('destination_id', '=', row.destinationId)
    .where('part', '>', row.part)
    .where('status', '=', 'failed')
    .execute();
}

/**
 * Queues a part again, due now, with its attempts counted afresh (looked for on the platform
 * first when an earlier attempt may have posted it), with the parts its failure took down, and
 * enables its destination if refusals had disabled it. Returns whether the destination was enabled.
 */
export async function retryDelivery(db: Db, row: AttentionRow, now: number): Promise<{ destinationEnabled: boolean }> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('deliveries')
      .set({
        status: sql<string>`case when attempts > 0 then 'unsure' else 'pending' end`,
        attempts: 0,
        next_attempt_at: now,
        lease_owner: null,
        lease_until: null,
        stuck_alerted_at: null,
      })
      .where('id', '=', row.id)
      .where('status', 'not in', ['sent', 'sending'])
      .execute();
    await requeueLaterParts(trx, row, now);
    return { destinationEnabled: await reenableDestination(trx, row.destinationId) };
  });
}

/** Gives up on a part for good; the later parts go out without it. */
export async function skipDelivery(db: Db, row: AttentionRow, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('deliveries')
      .set({ status: 'skipped', lease_owner: null, lease_until: null })
      .where('id', '=', row.id)
      .where('status', 'not in', ['sent', 'sending'])
      .execute();
    await requeueLaterParts(trx, row, now);
  });
}
