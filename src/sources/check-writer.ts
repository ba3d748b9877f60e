// Group commit for a poll cycle: the outcomes of many feed checks are written in one transaction
// instead of one each. A commit rewrites every index page it touched, so per-feed transactions
// wrote the same hot pages thousands of times; see docs/decisions/0014-poll-throughput.md.
import type { InsertResult } from '../store/articles.js';
import type { Store } from '../store/store.js';
import { writeOutcomes, type CheckOutcome } from './check-outcomes.js';
import { createSqliteWriter } from './sqlite-writer.js';

export interface CheckWriter {
  /** Resolves once the outcome is committed, with the insert result of each of its articles. */
  write(outcome: CheckOutcome): Promise<InsertResult[]>;
  /** Stops the writer thread, if any (after the last write has resolved). */
  close(): Promise<void>;
}

export interface CheckWriterOptions {
  /** A batch is written as soon as it holds this many articles (bounds one transaction's length). */
  maxArticles?: number;
  /** …or this many checks. */
  maxChecks?: number;
  /** Otherwise it is written this long after its first outcome arrived. */
  maxDelayMs?: number;
}

interface Pending {
  outcome: CheckOutcome;
  resolve: (results: InsertResult[]) => void;
  reject: (err: unknown) => void;
}

type WriteBatch = (outcomes: CheckOutcome[]) => Promise<InsertResult[][]>;

/** On SQLite the batches are written on the writer thread; on PostgreSQL the server does the work. */
function batchWriterFor(store: Store): { write: WriteBatch; close: () => Promise<void> } {
  if (store.dialect === 'postgres') return { write: (outcomes) => writeOutcomes(store, outcomes), close: async () => {} };
  const thread = createSqliteWriter();
  return { write: (outcomes) => thread.run({ file: store.location, outcomes }), close: () => thread.close() };
}

/**
 * Collects outcomes while a batch is being written and writes them together next (one batch in
 * flight at a time). When a batch fails, each of its outcomes is retried alone, so one bad
 * outcome fails by itself.
 */
export function createCheckWriter(store: Store, options: CheckWriterOptions = {}): CheckWriter {
  const maxArticles = options.maxArticles ?? 1000;
  const maxChecks = options.maxChecks ?? 200;
  const maxDelayMs = options.maxDelayMs ?? 50;
  const batches = batchWriterFor(store);
  let queue: Pending[] = [];
  let queuedArticles = 0;
  let writing = false;
  let wake: (() => void) | null = null;
  const full = () => queuedArticles >= maxArticles || queue.length >= maxChecks;

  const takeBatch = (): Pending[] => {
    let articles = 0;
    let n = 0;
    while (n < queue.length && n < maxChecks && (n === 0 || articles + queue[n]!.outcome.articles.length <= maxArticles)) {
      articles += queue[n]!.outcome.articles.length;
      n++;
    }
    const batch = queue.slice(0, n);
    queue = queue.slice(n);
    queuedArticles -= articles;
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

  /** Until the queue fills or maxDelayMs pass, outcomes finishing elsewhere join the batch. */
  const gather = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, maxDelayMs);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  const drain = async () => {
    writing = true;
    while (queue.length > 0) {
      if (!full()) await gather();
      await writeBatch(takeBatch());
    }
    writing = false;
  };

  return {
    write(outcome) {
      return new Promise((resolve, reject) => {
        queue.push({ outcome, resolve, reject });
        queuedArticles += outcome.articles.length;
        if (!writing) void drain();
        else if (full()) wake?.();
      });
    },
    close: () => batches.close(),
  };
}
