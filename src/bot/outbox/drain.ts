// Drain: claim due deliveries under a lease, look for any part an earlier attempt may have posted,
// pace posts per channel, post, and mark the result. A crash anywhere leaves the row claimable
// again once its lease runs out, and the next claimer finds the message instead of re-posting it.
import { destinationFromRow } from '../../store/destinations.js';
import { clearDestinationRejections, disableDestination, recordDestinationRejection } from '../../store/destination-health.js';
import {
  claimDueDeliveries,
  failDelivery,
  firstPartMessageId,
  markDeliverySent,
  rescheduleDelivery,
  type ClaimedDelivery,
} from '../../store/deliveries.js';
import { releaseChannelTurn, takeChannelTurn } from '../../store/pacing.js';
import type { Db } from '../../store/store.js';
import type { Destination } from '../../model.js';
import type { Logger } from '../../log.js';
import { errorMessage } from '../../errors.js';
import { classify, retryDelayMs, type HttpOutcome } from './classify.js';
import type { Poster, Posters, PostResult, PostTarget } from './poster.js';

export interface OutboxOptions {
  /** Deliveries claimed per round. */
  batch: number;
  /** Deliveries in flight at once (posts to one channel are still paced). */
  concurrency: number;
  /** Longer than any post can take, lookups and pacing wait included. */
  leaseMs: number;
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** A 429's Retry-After is honoured up to this. */
  retryAfterCapMs: number;
  /** A post that would wait longer than this for its channel's turn goes back to the queue instead. */
  maxPacingWaitMs: number;
  /** 403/404 answers in a row that disable a destination. */
  rejectsToDisable: number;
  /** How long a post may hold its channel's turn: longer than any post takes, and how long a crashed holder blocks its channel. */
  turnHoldMs: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  batch: 50,
  concurrency: 8,
  leaseMs: 180_000,
  maxAttempts: 8,
  baseBackoffMs: 30_000,
  maxBackoffMs: 3_600_000,
  retryAfterCapMs: 600_000,
  maxPacingWaitMs: 30_000,
  rejectsToDisable: 3,
  turnHoldMs: 90_000,
};

export interface OutboxDeps {
  db: Db;
  posters: Posters;
  log: Logger;
  /** Unique per process: whose lease a claim is. */
  owner: string;
  /** Tells the admins (config.adminChannel); must not throw. */
  alert: (text: string) => Promise<void>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type DeliveryResult = 'sent' | 'found' | 'retry' | 'rate_limited' | 'deferred' | 'failed' | 'disabled';

export type DrainReport = Record<DeliveryResult, number> & { claimed: number };

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One round: claims up to `batch` due deliveries and settles each. */
export async function drainOnce(deps: OutboxDeps, o: OutboxOptions = DEFAULT_OUTBOX_OPTIONS): Promise<DrainReport> {
  const now = deps.now ?? Date.now;
  const claimed = await claimDueDeliveries(deps.db, { owner: deps.owner, now: now(), leaseMs: o.leaseMs, limit: o.batch });
  const report: DrainReport = {
    claimed: claimed.length,
    sent: 0,
    found: 0,
    retry: 0,
    rate_limited: 0,
    deferred: 0,
    failed: 0,
    disabled: 0,
  };
  if (claimed.length === 0) return report;
  const destinations = await loadDestinations(deps.db, claimed);
  let next = 0;
  const worker = async () => {
    while (next < claimed.length) {
      const c = claimed[next++]!;
      const result = await settle(deps, o, c, destinations.get(c.destinationId)!);
      report[result] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, claimed.length) }, worker));
  return report;
}

async function loadDestinations(db: Db, claimed: ClaimedDelivery[]): Promise<Map<number, Destination>> {
  const ids = [...new Set(claimed.map((c) => c.destinationId))];
  const rows = await db.selectFrom('destinations').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, destinationFromRow(r)]));
}

async function settle(deps: OutboxDeps, o: OutboxOptions, c: ClaimedDelivery, dest: Destination): Promise<DeliveryResult> {
  try {
    return await deliver(deps, o, c, dest);
  } catch (err) {
    // A bug or a store hiccup mid-way: the post may or may not have happened.
    deps.log.error({ err, delivery: c.id }, 'delivery crashed; it will be looked for before any re-send');
    return retryOrFail(deps, o, c, dest, { status: null, detail: `INTERNAL: ${errorMessage(err)}` }, true);
  }
}

async function deliver(deps: OutboxDeps, o: OutboxOptions, c: ClaimedDelivery, dest: Destination): Promise<DeliveryResult> {
  const now = deps.now ?? Date.now;
  const poster = deps.posters[dest.platform];
  if (!poster)
    return retryOrFail(deps, o, c, dest, { status: null, detail: `PLATFORM_ERROR: ${dest.platform} is not configured` }, false);
  const target: PostTarget = {
    channelId: dest.channelId,
    digestId: c.digestId,
    part: c.part,
    queuedAt: c.createdAt,
    firstMessageId: c.part > 0 ? await firstPartMessageId(deps.db, c.digestId, c.destinationId) : null,
  };
  if (c.reconcile) {
    const found = await poster.find(c.payload, target);
    if (!found.ok) return afterFailure(deps, o, c, dest, found.outcome, true);
    if (found.messageId !== null) {
      await markDeliverySent(deps.db, c.id, found.messageId, now());
      await clearDestinationRejections(deps.db, dest.id);
      deps.log.info(
        { delivery: c.id, messageId: found.messageId },
        'delivery was already posted; marked sent without re-sending',
      );
      return 'found';
    }
  }
  if (!(await takeTurn(deps, o, c, poster, dest))) return 'deferred';
  let res: PostResult;
  try {
    res = await poster.post(c.payload, target);
  } finally {
    if (poster.channelGapMs > 0) await releaseChannelTurn(deps.db, dest.platform, dest.channelId, now(), poster.channelGapMs);
  }
  if (res.ok) {
    await markDeliverySent(deps.db, c.id, res.messageId, now());
    await clearDestinationRejections(deps.db, dest.id);
    return 'sent';
  }
  return afterFailure(deps, o, c, dest, res.outcome, false);
}

const TURN_POLL_MS = 200;

/** Waits for the channel's turn (paced platforms); a long wait puts the delivery back instead (false). */
async function takeTurn(
  deps: OutboxDeps,
  o: OutboxOptions,
  c: ClaimedDelivery,
  poster: Poster,
  dest: Destination,
): Promise<boolean> {
  if (poster.channelGapMs <= 0) return true;
  const now = deps.now ?? Date.now;
  const giveUpAt = now() + o.maxPacingWaitMs;
  for (;;) {
    const wait = await takeChannelTurn(deps.db, dest.platform, dest.channelId, now(), o.turnHoldMs);
    if (wait === 0) return true;
    if (now() + Math.min(wait, TURN_POLL_MS) > giveUpAt) {
      await rescheduleDelivery(deps.db, c.id, deps.owner, {
        status: 'pending',
        nextAttemptAt: now() + Math.min(wait, o.maxPacingWaitMs),
        attempts: c.attempts,
        lastError: 'waiting for the channel',
      });
      return false;
    }
    await (deps.sleep ?? realSleep)(Math.min(wait, TURN_POLL_MS));
  }
}

async function afterFailure(
  deps: OutboxDeps,
  o: OutboxOptions,
  c: ClaimedDelivery,
  dest: Destination,
  out: HttpOutcome,
  lookup: boolean,
): Promise<DeliveryResult> {
  const now = deps.now ?? Date.now;
  const verdict = classify(out);
  const unsure = lookup || c.reconcile;
  deps.log.warn(
    { delivery: c.id, part: c.part, status: out.status, detail: out.detail, verdict: verdict.kind, lookup },
    'delivery attempt failed',
  );
  switch (verdict.kind) {
    case 'sent':
      return retryOrFail(deps, o, c, dest, { ...out, detail: `unexpected answer: ${out.detail}` }, true);
    case 'rate_limited':
      // Waiting is not a failed attempt: a rate-limited part is never dropped.
      await rescheduleDelivery(deps.db, c.id, deps.owner, {
        status: unsure ? 'unsure' : 'pending',
        nextAttemptAt: now() + Math.min(verdict.retryAfterMs, o.retryAfterCapMs),
        attempts: c.attempts,
        lastError: `429 ${out.detail}`,
      });
      return 'rate_limited';
    case 'retry':
      return retryOrFail(deps, o, c, dest, out, unsure || verdict.maybePosted);
    case 'rejected':
      if (!verdict.destinationGone) return fail(deps, c, dest, c.attempts + 1, `${out.status} ${out.detail}`);
      return refused(deps, o, c, dest, out, unsure);
  }
}

async function refused(
  deps: OutboxDeps,
  o: OutboxOptions,
  c: ClaimedDelivery,
  dest: Destination,
  out: HttpOutcome,
  unsure: boolean,
): Promise<DeliveryResult> {
  const inARow = await recordDestinationRejection(deps.db, dest.id);
  if (inARow < o.rejectsToDisable) return retryOrFail(deps, o, c, dest, out, unsure);
  const reason = `refused ${inARow} posts in a row (last: ${out.status} ${out.detail})`;
  await rescheduleDelivery(deps.db, c.id, deps.owner, {
    status: unsure ? 'unsure' : 'pending',
    nextAttemptAt: (deps.now ?? Date.now)(),
    attempts: c.attempts + 1,
    lastError: reason,
  });
  if (await disableDestination(deps.db, dest.id, reason)) {
    deps.log.error({ destination: dest.id, reason }, 'destination disabled');
    await deps.alert(`Disabled destination ${describe(dest)}: it ${reason}. Its digests wait until it is re-enabled.`);
  }
  return 'disabled';
}

async function retryOrFail(
  deps: OutboxDeps,
  o: OutboxOptions,
  c: ClaimedDelivery,
  dest: Destination,
  out: HttpOutcome,
  unsure: boolean,
): Promise<DeliveryResult> {
  const attempts = c.attempts + 1;
  const detail = `${out.status ?? 'no answer'} ${out.detail}`;
  if (attempts >= o.maxAttempts) return fail(deps, c, dest, attempts, detail);
  await rescheduleDelivery(deps.db, c.id, deps.owner, {
    status: unsure ? 'unsure' : 'pending',
    nextAttemptAt: (deps.now ?? Date.now)() + retryDelayMs(attempts, o.baseBackoffMs, o.maxBackoffMs),
    attempts,
    lastError: detail,
  });
  return 'retry';
}

async function fail(
  deps: OutboxDeps,
  c: ClaimedDelivery,
  dest: Destination,
  attempts: number,
  detail: string,
): Promise<DeliveryResult> {
  await failDelivery(deps.db, c.id, detail, attempts);
  deps.log.error({ delivery: c.id, digest: c.digestId, part: c.part, attempts, detail }, 'delivery failed');
  await deps.alert(
    `Delivery failed: digest ${c.digestId} part ${c.part + 1} to ${describe(dest)} after ${attempts} attempt(s): ${detail}`,
  );
  return 'failed';
}

const describe = (d: Destination) => `${d.platform}:${d.channelId}${d.name ? ` (${d.name})` : ''}`;
