// Settling a failed attempt: wait out a rate limit, retry with backoff, count refusals toward
// disabling the destination, or fail the delivery and tell the admins.
import type { Destination } from '../../model.js';
import { disableDestination, recordDestinationRejection } from '../../store/destination-health.js';
import { failDelivery, rescheduleDelivery, type ClaimedDelivery } from '../../store/deliveries.js';
import { classify, retryDelayMs, type HttpOutcome } from './classify.js';
import type { DeliveryResult, OutboxDeps, OutboxOptions } from './types.js';

export async function afterFailure(
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

export async function retryOrFail(
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
