// On SQLite a poll cycle's writes run on a thread of their own with its own connection to the
// file: inserting, indexing (FTS5) and checkpointing cost more CPU than anything else in a cycle,
// and the event loop must stay free for commands. Once it writes, claims go through it too, so
// the event loop never waits for the write lock while a batch is written. One thread: SQLite has
// one writer.
import type { Feed } from '../model.js';
import type { InsertResult } from '../store/articles.js';
import type { ClaimOptions } from '../store/feeds.js';
import { createWorkerPool } from '../worker-pool.js';
import type { CheckOutcome } from './check-outcomes.js';

/** What the writer thread is asked to do, on the SQLite file `file` (already migrated). */
export type SqliteWriteTask = { file: string } & (
  { kind: 'outcomes'; outcomes: CheckOutcome[] } | { kind: 'claim'; claim: ClaimOptions }
);

/** A task that takes longer than this has met a stuck lock; it fails (outcomes are retried alone). */
const WRITE_TIMEOUT_MS = 60_000;

export interface SqliteWriter {
  writeOutcomes(outcomes: CheckOutcome[]): Promise<InsertResult[][]>;
  claim(options: ClaimOptions): Promise<Feed[]>;
  close(): Promise<void>;
}

export function createSqliteWriter(file: string): SqliteWriter {
  const pool = createWorkerPool<SqliteWriteTask, InsertResult[][] | Feed[]>(
    new URL('./sqlite-writer-worker.js', import.meta.url),
    {
      size: 1,
      timeoutMs: WRITE_TIMEOUT_MS,
      errorCode: 'INTERNAL',
      label: 'Writing feed checks',
    },
  );
  return {
    writeOutcomes: (outcomes) => pool.run({ file, kind: 'outcomes', outcomes }) as Promise<InsertResult[][]>,
    claim: (claim) => pool.run({ file, kind: 'claim', claim }) as Promise<Feed[]>,
    close: () => pool.close(),
  };
}
