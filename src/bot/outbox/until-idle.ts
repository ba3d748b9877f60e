// Draining for one-shot runs (`digestbot once`, the demo): drain until nothing is left to post,
// waiting out pacing and short backoffs, but never past the deadline (and not at all when the
// next attempt is due after it).
import { waitingDeliveries } from '../../store/deliveries.js';
import { drainOnce } from './drain.js';
import { DEFAULT_OUTBOX_OPTIONS, type OutboxDeps, type OutboxOptions } from './types.js';

export interface IdleReport {
  sent: number;
  failed: number;
  /** Deliveries still waiting when the deadline came (they stay queued for `digestbot start`). */
  pending: number;
}

export async function drainUntilIdle(
  deps: OutboxDeps,
  deadline: number,
  o: OutboxOptions = DEFAULT_OUTBOX_OPTIONS,
): Promise<IdleReport> {
  const now = deps.now ?? Date.now;
  const report: IdleReport = { sent: 0, failed: 0, pending: 0 };
  for (;;) {
    const r = await drainOnce(deps, o);
    report.sent += r.sent + r.found;
    report.failed += r.failed + r.disabled;
    const waiting = await waitingDeliveries(deps.db);
    report.pending = waiting.count;
    // Nothing can be posted before the deadline when the earliest attempt is due after it.
    if (waiting.count === 0 || now() >= deadline || waiting.nextAttemptAt > deadline) return report;
    const wait = Math.max(50, Math.min(waiting.nextAttemptAt - now(), 1000, deadline - now()));
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
