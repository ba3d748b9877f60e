// Drain: claim due deliveries under a lease, look for any part an earlier attempt may have posted,
// pace posts per channel, post, and mark the result. A crash anywhere leaves the row claimable
// again once its lease runs out (at once when its holder is a process on this host that is gone),
// and the next claimer finds the message instead of re-posting it.
import { destinationsByIds } from '../../store/destinations.js';
import { clearDestinationRejections } from '../../store/destination-health.js';
import {
  claimDueDeliveries,
  firstPartMessageId,
  markDeliverySent,
  rescheduleDelivery,
  type ClaimedDelivery,
} from '../../store/deliveries.js';
import { deliveryLeaseOwners, endDeliveryLeases } from '../../store/delivery-leases.js';
import { releaseChannelTurn, takeChannelTurn } from '../../store/pacing.js';
import { ownerIsGone } from '../../runtime/owner.js';
import type { Destination } from '../../model.js';
import { errorMessage } from '../../errors.js';
import { afterFailure, retryOrFail } from './failures.js';
import { DEFAULT_OUTBOX_OPTIONS, type DeliveryResult, type DrainReport, type OutboxDeps, type OutboxOptions } from './types.js';
import type { Poster, PostResult, PostTarget } from './poster.js';

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One round: claims up to `batch` due deliveries and settles each. */
export async function drainOnce(deps: OutboxDeps, o: OutboxOptions = DEFAULT_OUTBOX_OPTIONS): Promise<DrainReport> {
  const now = deps.now ?? Date.now;
  await takeOverFromTheGone(deps, now());
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
  const destinations = await destinationsByIds(deps.db, [...new Set(claimed.map((c) => c.destinationId))]);
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

/**
 * Frees the parts a killed process on this host was posting, and the pacing turns of their
 * channels, rather than waiting out its lease and its turn (decision 0033).
 */
async function takeOverFromTheGone(deps: OutboxDeps, now: number): Promise<void> {
  const gone = (await deliveryLeaseOwners(deps.db, now)).filter(ownerIsGone);
  if (gone.length === 0) return;
  const channels = await endDeliveryLeases(deps.db, gone, now);
  for (const c of channels) {
    const gap = deps.posters[c.platform as Destination['platform']]?.channelGapMs ?? 0;
    if (gap > 0) await releaseChannelTurn(deps.db, c.platform, c.channelId, now, gap);
  }
  if (channels.length > 0) deps.log.info({ owners: gone, channels }, 'took over the deliveries of a process that is gone');
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
