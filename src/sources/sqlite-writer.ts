// On SQLite the poll cycle's writes run on a thread of their own with its own connection to the
// file: inserting, indexing (FTS5) and checkpointing cost more CPU than anything else in a cycle,
// and the event loop must stay free for commands. One thread: SQLite has one writer at a time.
import type { InsertResult } from '../store/articles.js';
import { createWorkerPool, type WorkerPool } from '../worker-pool.js';
import type { CheckOutcome } from './check-outcomes.js';

export interface SqliteWriteTask {
  /** The SQLite file (already migrated). */
  file: string;
  outcomes: CheckOutcome[];
}

/** A batch that takes longer than this has met a stuck lock; it fails and is retried by outcome. */
const WRITE_TIMEOUT_MS = 60_000;

export type SqliteWriter = WorkerPool<SqliteWriteTask, InsertResult[][]>;

export function createSqliteWriter(): SqliteWriter {
  return createWorkerPool(new URL('./sqlite-writer-worker.js', import.meta.url), {
    size: 1,
    timeoutMs: WRITE_TIMEOUT_MS,
    errorCode: 'INTERNAL',
    label: 'Writing feed checks',
  });
}
