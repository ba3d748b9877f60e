// On SQLite a poll cycle's writes run on a thread of their own with its own connection to the
// file: inserting and indexing (FTS5) cost more CPU than anything else in a cycle, and the event
// loop must stay free for commands. Once it writes, claims go through it too, so the event loop
// never waits for the write lock while a batch is written. One thread: SQLite has one writer.
//
// Checkpoints (copying the WAL back into the database file, and the fsyncs around that) run on a
// second thread with a connection of its own while the writer goes on appending: done by the
// writer at its commits, as SQLite does by default, they kept it waiting on the disk for a
// quarter of a cycle. See docs/decisions/0014-poll-throughput.md.
import type { Feed } from '../model.js';
import type { InsertResult } from './articles.js';
import type { ClaimOptions } from './feeds.js';
import { createWorkerPool } from '../runtime/worker-pool.js';
import type { CheckOutcome } from './check-outcomes.js';

/** What a writer thread is asked to do, on the SQLite file `file` (already migrated). */
export type SqliteWriteTask = { file: string } & (
  { kind: 'outcomes'; outcomes: CheckOutcome[] } | { kind: 'claim'; claim: ClaimOptions }
);

/** What a checkpoint reports: the frames in the WAL (`pragma wal_checkpoint`'s `log`). */
export interface CheckpointResult {
  walFrames: number;
}

/** A task that takes longer than this has met a stuck lock; it fails (outcomes are retried alone). */
const WRITE_TIMEOUT_MS = 60_000;
/**
 * The WAL starts over from its beginning only at a write that finds every frame copied, which a
 * writer that never pauses rarely does. So the next write waits for the checkpoints to catch up
 * once the WAL holds this many frames (4 KiB pages: 64 MiB) as the last checkpoint counted them,
 * or once this many commits are not copied yet (a slow disk, or a checkpoint still to report).
 */
const WAL_FRAMES_BEFORE_WAIT = 16_384;
const COMMITS_BEFORE_WAIT = 8;

export interface SqliteWriter {
  writeOutcomes(outcomes: CheckOutcome[]): Promise<InsertResult[][]>;
  claim(options: ClaimOptions): Promise<Feed[]>;
  /** Resolves once every commit so far is copied into the database file (or a checkpoint failed). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const thread = <In, Out>(module: string, label: string, idleMs: number | undefined) =>
  createWorkerPool<In, Out>(new URL(module, import.meta.url), {
    size: 1,
    timeoutMs: WRITE_TIMEOUT_MS,
    errorCode: 'INTERNAL',
    label,
    idleMs,
  });

export interface SqliteWriterOptions {
  walFramesBeforeWait?: number;
  /** A thread idle this long is stopped (the next write starts it again); default never. */
  idleMs?: number;
}

export function createSqliteWriter(
  file: string,
  { walFramesBeforeWait = WAL_FRAMES_BEFORE_WAIT, idleMs }: SqliteWriterOptions = {},
): SqliteWriter {
  const writer = thread<SqliteWriteTask, InsertResult[][] | Feed[]>('./sqlite-writer-worker.js', 'Writing feed checks', idleMs);
  const checkpointer = thread<{ file: string }, CheckpointResult>(
    './sqlite-checkpoint-worker.js',
    'Checkpointing the WAL',
    idleMs,
  );
  let commits = 0;
  /** How many of the commits the last finished checkpoint copied. */
  let copied = 0;
  let walFrames = 0;
  let checkpoints: Promise<void> | null = null;

  /**
   * Checkpoints until every commit so far is copied (one at a time: a commit made while one runs
   * gets the next). Resolves then, or when one fails; the next write starts them again.
   */
  const catchUp = (): Promise<void> =>
    (checkpoints ??= (async () => {
      while (copied < commits) {
        const through = commits;
        const result = await checkpointer.run({ file });
        walFrames = result.walFrames;
        copied = through;
      }
    })()
      .catch(() => undefined)
      .finally(() => (checkpoints = null)));

  return {
    async writeOutcomes(outcomes) {
      if (walFrames > walFramesBeforeWait || commits - copied >= COMMITS_BEFORE_WAIT) await catchUp();
      try {
        return (await writer.run({ file, kind: 'outcomes', outcomes })) as InsertResult[][];
      } finally {
        commits++;
        void catchUp();
      }
    },
    claim: (claim) => writer.run({ file, kind: 'claim', claim }) as Promise<Feed[]>,
    settle: async () => {
      await checkpoints;
    },
    async close() {
      await checkpoints;
      await Promise.all([writer.close(), checkpointer.close()]);
    },
  };
}
