// Group commit for a poll cycle: the outcomes of many feed checks are written in one transaction
// instead of one each. A commit rewrites every index page it touched, so per-feed transactions
// wrote the same hot pages thousands of times; see docs/decisions/0014-poll-throughput.md.
import type { Feed } from '../model.js';
import type { InsertResult } from '../store/articles.js';
import { claimDueFeeds, type ClaimOptions } from '../store/feeds.js';
import type { Store } from '../store/store.js';
import { writeOutcomes, type CheckOutcome } from '../store/check-outcomes.js';
import type { PollThreads } from './poll-threads.js';

export interface CheckWriter {
  /** Leases due feeds to the cycle (claimDueFeeds); once writes have begun, on their connection. */
  claim(options: ClaimOptions): Promise<Feed[]>;
  /** Resolves once the outcome is committed, with the insert result of each of its articles. */
  write(outcome: CheckOutcome): Promise<InsertResult[]>;
  /** Ends the cycle's writing (after the last write has resolved); the threads stay with the poll threads. */
  close(): Promise<void>;
}

/** A batch holds at most this many articles (bounds one transaction, and the write lock)… */
const MAX_BATCH_ARTICLES = 1000;
/** …and at most this many checks. */
const MAX_BATCH_CHECKS = 200;
/**
 * On SQLite, while fewer outcomes than this wait, the next batch waits up to GATHER_MS for more:
 * every commit rewrites the index pages it touched and adds a segment to the search index, and the
 * checkpoint copies those pages again, so many small commits cost CPU that few larger ones do not
 * (issue 20: 21-29 % less CPU in the poll bench's second pass, 8-10 % in its first). The wait also
 * ends once every feed of the cycle waits for its write (nothing more can come).
 */
const GATHER_ARTICLES = 500;
const GATHER_CHECKS = 100;
const GATHER_MS = 20;

interface Pending {
  outcome: CheckOutcome;
  resolve: (results: InsertResult[]) => void;
  reject: (err: unknown) => void;
}

/** Writes many outcomes in one transaction (the store's side of a check writer). */
export interface BatchWriter {
  /** How long a small batch waits for more (0: written at once). */
  gatherMs: number;
  write(outcomes: CheckOutcome[]): Promise<InsertResult[][]>;
  claim(options: ClaimOptions): Promise<Feed[]>;
  close(): Promise<void>;
}

/**
 * On SQLite the writer thread does the writing (the poll threads' pair, kept across cycles); on
 * PostgreSQL the server does the work.
 */
function batchWriterFor(store: Store, threads: Pick<PollThreads, 'sqliteWriter'>): BatchWriter {
  if (store.dialect === 'postgres')
    return {
      // Not measured on PostgreSQL: its batches go as they are.
      gatherMs: 0,
      write: (outcomes) => writeOutcomes(store, outcomes),
      claim: (options) => claimDueFeeds(store.db, options),
      close: async () => {},
    };
  // The threads start with the first write, so cycles with nothing due (one every minute) start
  // none until one writes, and they stop after WRITER_IDLE_MS without work (poll-threads.ts).
  // Until this cycle writes, claims use the store's connection (no write of ours can hold the
  // lock); after, the thread's, so the event loop never waits for a batch to commit.
  const thread = threads.sqliteWriter(store.location);
  let started = false;
  return {
    gatherMs: GATHER_MS,
    write: (outcomes) => {
      started = true;
      return thread.writeOutcomes(outcomes);
    },
    claim: (options) => (started ? thread.claim(options) : claimDueFeeds(store.db, options)),
    // The threads stay for the next cycle; this cycle's commits are copied into the file first.
    close: () => thread.settle(),
  };
}

/**
 * Collects outcomes while a batch is being written and writes them together next: one batch in
 * flight at a time, so batches grow with the load; a small batch waits a moment for company
 * (GATHER_MS). When a batch fails, each of its outcomes is retried alone, so one bad outcome fails
 * by itself.
 */
export function createCheckWriter(store: Store, threads: Pick<PollThreads, 'sqliteWriter'>, writers: number): CheckWriter {
  return batchedWriter(batchWriterFor(store, threads), writers);
}

/** The batching of createCheckWriter over any batch writer, for `writers` concurrent callers of write(). */
export function batchedWriter(batches: BatchWriter, writers: number): CheckWriter {
  let queue: Pending[] = [];
  let writing = false;
  let queuedArticles = 0;
  /** Wakes a batch that waits to gather (set while it waits). */
  let gathered: (() => void) | null = null;
  const enough = () => queuedArticles >= GATHER_ARTICLES || queue.length >= Math.min(GATHER_CHECKS, writers);

  const gather = async () => {
    if (batches.gatherMs === 0 || enough()) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => ((gathered = null), resolve()), batches.gatherMs);
      gathered = () => {
        clearTimeout(timer);
        gathered = null;
        resolve();
      };
    });
  };

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

  const drain = async () => {
    writing = true;
    // Outcomes join a batch while it gathers and while the one before it is written.
    while (queue.length > 0) {
      await gather();
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
        else if (gathered && enough()) gathered();
      });
    },
    claim: (claimOptions) => batches.claim(claimOptions),
    close: () => batches.close(),
  };
}
