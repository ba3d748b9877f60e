// The outbox table: one row per (destination, slot, part). Rows are queued in the transaction that
// stores the digest, claimed with a lease, and marked sent, rescheduled or failed. Payloads are
// opaque JSON rendered by the bot layer at queue time.
import type { ExpressionBuilder } from 'kysely';
import { dialectOf } from './dialect.js';
import type { Database, DeliveryRow } from './schema.js';
import type { Db } from './store.js';

export type DeliveryStatus = 'pending' | 'sending' | 'unsure' | 'sent' | 'failed' | 'skipped';

/** What queueing needs of a Digest (the whole Digest fits). */
export interface DigestKey {
  id: string;
  destinationId: number;
  slot: { at: number };
}

export interface ClaimedDelivery {
  id: number;
  digestId: string;
  destinationId: number;
  slotAt: number;
  part: number;
  /** The rendered part, as queued (JSON). */
  payload: unknown;
  attempts: number;
  /** An earlier attempt may have reached the platform: look for it before sending again. */
  reconcile: boolean;
  createdAt: number;
}

/**
 * Queues one delivery per rendered part of `digest`. Call it with the transaction that stores the
 * digest (the digest row must exist: deliveries reference it), so a digest is never stored without
 * its deliveries nor queued twice: a (destination, slot, part) already queued is left as it is.
 * Returns how many rows were added.
 *
 *     await store.transaction(async (trx) => {
 *       await insertDigest(trx, digest);
 *       await queueDeliveries(trx, digest, renderDeliveryParts(digest, destination.platform, chart));
 *     });
 */
export async function queueDeliveries(
  trx: Db,
  digest: DigestKey,
  parts: readonly unknown[],
  now: number = Date.now(),
): Promise<number> {
  if (parts.length === 0) return 0;
  const rows = await trx
    .insertInto('deliveries')
    .values(
      parts.map((payload, part) => ({
        digest_id: digest.id,
        destination_id: digest.destinationId,
        slot_at: digest.slot.at,
        part,
        payload: JSON.stringify(payload),
        next_attempt_at: now,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['destination_id', 'slot_at', 'part']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

type Eb = ExpressionBuilder<Database, 'deliveries'>;

/** Claimable: waiting, or sending under a lease that has run out (its holder crashed). */
const claimable = (eb: Eb, now: number) =>
  eb.or([eb('status', 'in', ['pending', 'unsure']), eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)])]);

export interface ClaimOptions {
  owner: string;
  now: number;
  leaseMs: number;
  limit: number;
}

/**
 * Claims due deliveries for `owner` in one statement: safe with several processes (PostgreSQL
 * skips rows another claimer holds; the re-checked condition makes a double claim impossible on
 * both dialects). A part is due only once every earlier part of its digest was sent (or skipped
 * by an admin), so parts go out in order and the first part's message id is known to its thread replies.
 */
export async function claimDueDeliveries(db: Db, o: ClaimOptions): Promise<ClaimedDelivery[]> {
  const postgres = dialectOf(db) === 'postgres';
  const candidates = db
    .selectFrom('deliveries as d')
    .innerJoin('destinations as t', 't.id', 'd.destination_id')
    .select('d.id')
    .where('t.enabled', '=', 1)
    .where('d.next_attempt_at', '<=', o.now)
    .where((eb) =>
      eb.or([
        eb('d.status', 'in', ['pending', 'unsure']),
        eb.and([eb('d.status', '=', 'sending'), eb('d.lease_until', '<', o.now)]),
      ]),
    )
    // A channel still waiting for its pacing turn is skipped: no drainer sits idle holding its delivery.
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('channel_pacing as cp')
            .select('cp.next_post_at')
            .whereRef('cp.platform', '=', 't.platform')
            .whereRef('cp.channel_id', '=', 't.channel_id')
            .where('cp.next_post_at', '>', o.now),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('deliveries as p')
            .select('p.id')
            .whereRef('p.digest_id', '=', 'd.digest_id')
            .whereRef('p.destination_id', '=', 'd.destination_id')
            .whereRef('p.part', '<', 'd.part')
            .where('p.status', 'not in', ['sent', 'skipped']),
        ),
      ),
    )
    .orderBy('d.next_attempt_at')
    .orderBy('d.id')
    .limit(o.limit)
    .$if(postgres, (qb) => qb.forUpdate('d').skipLocked());
  const rows = await db
    .updateTable('deliveries')
    .set((eb) => ({
      status: 'sending',
      lease_owner: o.owner,
      lease_until: o.now + o.leaseMs,
      reconcile: eb.case().when('status', '=', 'pending').then(0).else(1).end(),
    }))
    .where('id', 'in', candidates)
    .where((eb) => claimable(eb, o.now))
    .returningAll()
    .execute();
  return rows.map(toClaimed).sort((a, b) => a.id - b.id);
}

function toClaimed(r: DeliveryRow): ClaimedDelivery {
  return {
    id: r.id,
    digestId: r.digest_id,
    destinationId: r.destination_id,
    slotAt: r.slot_at,
    part: r.part,
    payload: r.payload === null ? null : (JSON.parse(r.payload) as unknown),
    attempts: r.attempts,
    reconcile: r.reconcile === 1,
    createdAt: r.created_at,
  };
}

/** Idempotent: whoever posted the part, it is sent. */
export async function markDeliverySent(db: Db, id: number, platformMessageId: string, now: number): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({
      status: 'sent',
      platform_message_id: platformMessageId,
      sent_at: now,
      lease_owner: null,
      lease_until: null,
      reconcile: 0,
    })
    .where('id', '=', id)
    .where('status', '<>', 'sent')
    .execute();
}

export interface Reschedule {
  /** `unsure` when the platform may have the message (it is looked for before the next send). */
  status: 'pending' | 'unsure';
  nextAttemptAt: number;
  attempts: number;
  lastError: string;
}

/** Puts a claimed delivery back for later; a no-op if the lease was lost to another process. */
export async function rescheduleDelivery(db: Db, id: number, owner: string, r: Reschedule): Promise<boolean> {
  const res = await db
    .updateTable('deliveries')
    .set({
      status: r.status,
      next_attempt_at: r.nextAttemptAt,
      attempts: r.attempts,
      last_error: r.lastError,
      lease_owner: null,
      lease_until: null,
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Gives up on a delivery, and on the later parts of its digest (they would read out of order). */
export async function failDelivery(db: Db, id: number, lastError: string, attempts: number): Promise<void> {
  const row = await db
    .updateTable('deliveries')
    .set({ status: 'failed', last_error: lastError, attempts, lease_owner: null, lease_until: null })
    .where('id', '=', id)
    .where('status', '<>', 'sent')
    .returning(['digest_id', 'destination_id', 'part'])
    .executeTakeFirst();
  if (!row) return;
  await db
    .updateTable('deliveries')
    .set({ status: 'failed', last_error: `part ${row.part} failed` })
    .where('digest_id', '=', row.digest_id)
    .where('destination_id', '=', row.destination_id)
    .where('part', '>', row.part)
    .where('status', 'in', ['pending', 'unsure'])
    .execute();
}

/** The platform id of the digest's first message (the Slack thread the other parts reply in). */
export async function firstPartMessageId(db: Db, digestId: string, destinationId: number): Promise<string | null> {
  const row = await db
    .selectFrom('deliveries')
    .select('platform_message_id')
    .where('digest_id', '=', digestId)
    .where('destination_id', '=', destinationId)
    .where('part', '=', 0)
    .executeTakeFirst();
  return row?.platform_message_id ?? null;
}

export interface DeliveryState {
  part: number;
  status: DeliveryStatus;
  attempts: number;
  platformMessageId: string | null;
  lastError: string | null;
}

export async function deliveriesOfDigest(db: Db, digestId: string): Promise<DeliveryState[]> {
  const rows = await db
    .selectFrom('deliveries')
    .select(['part', 'status', 'attempts', 'platform_message_id', 'last_error'])
    .where('digest_id', '=', digestId)
    .orderBy('destination_id')
    .orderBy('part')
    .execute();
  return rows.map((r) => ({
    part: r.part,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    platformMessageId: r.platform_message_id,
    lastError: r.last_error,
  }));
}

/** Deliveries not settled yet (pending, being sent, or unsure) and when the first of them is due. */
export async function waitingDeliveries(db: Db): Promise<{ count: number; nextAttemptAt: number }> {
  const row = await db
    .selectFrom('deliveries')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('next_attempt_at').as('next')])
    .where('status', 'in', ['pending', 'sending', 'unsure'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), nextAttemptAt: Number(row.next ?? 0) };
}
