// Retention after each cycle (decision 0022): articles older than `retention.days` are pruned a
// few small batches at a time, the event loop free between batches, by one replica at a time (a
// lease). A backlog (a first start with retention on a large store) shrinks over the next cycles.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { releaseLease, tryAcquireLease } from '../store/leases.js';
import { mergeSearchIndex, PRUNE_BATCH, pruneArticleBatch, releaseFreePages, searchIndexAutomerge } from '../store/retention.js';
import type { Store } from '../store/store.js';
import { DAY, MINUTE } from '../time.js';

const PRUNE_LEASE = 'retention';
/** Batches per cycle: 10,000 articles, far more than a day of news spread over the day's cycles. */
const MAX_BATCHES = 10_000 / PRUNE_BATCH;
/** Steps of returning free pages per cycle (SQLite, 4 MiB each: 64 MiB). */
const MAX_VACUUM_STEPS = 16;
/**
 * Articles pruned per step of merging the search index: 100 pages every 250 articles kept the
 * index at its size in the steady-state bench, each step well under 50 ms at 1M articles.
 */
const PRUNED_PER_MERGE = 250;

export interface PruneDeps {
  store: Store;
  config: Pick<Config, 'retention'>;
  log: Logger;
  owner: string;
}

/** Prunes what fell out of the window, unless another replica is at it; how many articles went. */
export async function pruneExpired(deps: PruneDeps, now: number): Promise<number> {
  const { db } = deps.store;
  if (!(await tryAcquireLease(db, PRUNE_LEASE, deps.owner, 10 * MINUTE, now))) return 0;
  let automergePaused = false;
  try {
    const before = now - deps.config.retention.days * DAY;
    let pruned = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      // The search index's own merging waits while the pass deletes; the pass merges in steps after.
      if (batch === 1) {
        await searchIndexAutomerge(db, false);
        automergePaused = true;
      }
      const n = await pruneArticleBatch(db, before);
      pruned += n;
      if (n < PRUNE_BATCH) break;
      await yieldToLoop();
    }
    if (pruned > 0) {
      for (let step = 0; step < Math.ceil(pruned / PRUNED_PER_MERGE); step++) {
        await yieldToLoop();
        await mergeSearchIndex(db);
      }
      for (let step = 0; step < MAX_VACUUM_STEPS && (await releaseFreePages(db)); step++) await yieldToLoop();
      deps.log.info({ articles: pruned, before: new Date(before).toISOString() }, 'old articles pruned');
    }
    return pruned;
  } finally {
    if (automergePaused) await searchIndexAutomerge(db, true);
    await releaseLease(db, PRUNE_LEASE, deps.owner);
  }
}
