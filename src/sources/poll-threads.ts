// The threads polling works on: feed readers, article extraction, and on SQLite the writer and
// checkpointer. A process that polls cycle after cycle (`start`) keeps one set warm (no new
// isolates, no recompiling per cycle) and closes it at shutdown; a one-off poll makes its own and
// closes it when the cycle ends. Threads start at the first task and idle ones never keep the
// process alive (src/runtime/worker-pool.ts).
import { createSqliteWriter, type SqliteWriter } from '../store/sqlite-writer.js';
import { createExtractPool, type ExtractPool } from './article/extract-pool.js';
import { createReadPool, type ReadPool } from './read-pool.js';

/** Extraction threads idle this long are stopped (most feeds never need a page): longer than a running bot's wake-ups. */
const EXTRACT_IDLE_MS = 15 * 60_000;
/** The SQLite writer threads too: warm across the minute-by-minute cycles, no memory held for good. */
const WRITER_IDLE_MS = 15 * 60_000;

export interface PollThreads {
  reader: ReadPool;
  extractor: ExtractPool;
  /** The writer threads of the SQLite file `file` (one pair per file, made on first use). */
  sqliteWriter(file: string): SqliteWriter;
  close(): Promise<void>;
}

export function createPollThreads(): PollThreads {
  const reader = createReadPool();
  const extractor = createExtractPool(undefined, EXTRACT_IDLE_MS);
  const writers = new Map<string, SqliteWriter>();
  return {
    reader,
    extractor,
    sqliteWriter: (file) => {
      let writer = writers.get(file);
      if (!writer) writers.set(file, (writer = createSqliteWriter(file, { idleMs: WRITER_IDLE_MS })));
      return writer;
    },
    close: async () => {
      await Promise.all([reader.close(), extractor.close(), ...[...writers.values()].map((w) => w.close())]);
    },
  };
}
