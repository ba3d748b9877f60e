// Group commit for a poll cycle: the outcomes of many feed checks are written in one transaction
// instead of one each. A commit rewrites every index page it touched, so per-feed transactions
// wrote the same hot pages thousands of times; see docs/decisions/0014-poll-throughput.md.
import type { Feed } from '../model.js';
import type { InsertResult } from '../store/articles.js';
import { claimDueFeeds, type ClaimOptions } from '../store/feeds.js';
import type { Store } from '../store/store.js';
import { writeOutcomes, type CheckOutcome } from '../store/check-outcomes.js';
import { createSqliteWriter } from '../store/sqlite-writer.js';

export interface CheckWriter {
  /** Leases due feeds to the cycle (claimDueFeeds); once writes have begun, on their connection. */
  claim(options: ClaimOptions): Promise<Feed[]>;
  /** Resolves once the outcome is committed, with the insert result of each of its articles. */
  write(outcome: CheckOutcome): Promise<InsertResult[]>;
  /** Stops the writer thread, if any (after the last write has resolved). */
  close(): Promise<void>;
}

/** A batch holds at most this many articles (bounds one transaction, and the write lock)… */
const MAX_BATCH_ARTICLES = 1000;
/** …and at most this many checks. */
const MAX_BATCH_CHECKS = 200;

interface Pending {
  outcome: CheckOutcome;
  resolve: (results: InsertResult[]) => void;
  reject: (err: unknown) => void;
}

interface BatchWriter {
  write(outcomes: CheckOutcome[]): Promise<InsertResult[][]>;
  claim(options: ClaimOptions): Promise<Feed[]>;
  close(): Promise<void>;
}

/** On SQLite the writer thread does the writing; on PostgreSQL the server does the work. */
function batchWriterFor(store: Store): BatchWriter {
  if (store.dialect === 'postgres')
    return {
      write: (outcomes) => writeOutcomes(store, outcomes),
      claim: (options) => claimDueFeeds(store.db, options),
      close: async () => {},
    };
  // The thread starts with the first write, so a cycle with nothing due (one every minute) starts
  // none. Until then no write of ours can hold the lock and claims use the store's connection;
  // after, the thread's, so the event loop never waits for a batch to commit.
  const thread = createSqliteWriter(store.location);
  let started = false;
  return {
    write: (outcomes) => {
      started = true;
      return thread.writeOutcomes(outcomes);
    },
    claim: (options) => (started ? thread.claim(options) : claimDueFeeds(store.db, options)),
    close: () => thread.close(),
  };
}

/**
 * Collects outcomes while a batch is being written and writes them together next: one batch in
 * flight at a time, so batches grow with the load and a lone outcome is written at once. When a
 * batch fails, each of its outcomes is retried alone, so one bad outcome fails by itself.
 */
export function createCheckWriter(store: Store): CheckWriter {
  const batches = batchWriterFor(store);
  let queue: Pending[] = [];
  let writing = false;

  const takeBatch = (): Pending[] => {
    let articles = 0;
    let n = 0;
    while (
      n < queue.length &&
      n < MAX_BATCH_CHECKS &&
      (n === 0 || articles + queue[n]!.outcome.articles.length <= MAX_BATCH_ARTICLES)
    ) {
      articles += queue[n]!.outcome.articles.length;
      n++;
    }
    const batch = queue.slice(0, n);
    queue = queue.slice(n);
    return batch;
  };

  const writeBatch = async (batch: Pending[]) => {
    try {
      const results = await batches.write(batch.map((p) => p.outcome));
      batch.forEach((p, i) => p.resolve(results[i]!));
    } catch {
      for (const p of batch) await batches.write([p.outcome]).then(([r]) => p.resolve(r!), p.reject);
    }
  };

  const drain = async () => {
    writing = true;
    // The outcomes that arrive in this turn of the event loop join the first batch; later ones
    // gather while it is written.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (queue.length > 0) await writeBatch(takeBatch());
    writing = false;
  };

  return {
    write(outcome) {
      return new Promise((resolve, reject) => {
        queue.push({ outcome, resolve, reject });
        if (!writing) void drain();
      });
    },
    claim: (claimOptions) => batches.claim(claimOptions),
    close: () => batches.close(),
  };
}
