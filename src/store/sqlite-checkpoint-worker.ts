// Worker thread entry of the SQLite checkpointer (sqlite-writer.ts): one connection, opened on
// first use, that copies the WAL into the database file when asked. It imports nothing of the
// store: an idle thread here costs a third of the memory of one that does.
import Database from 'better-sqlite3';
import { serveTasks } from '../runtime/worker-pool.js';
import type { CheckpointResult } from './sqlite-writer.js';

let db: Database.Database | undefined;

serveTasks(({ file }: { file: string }): CheckpointResult => {
  db ??= new Database(file);
  const [row] = db.pragma('wal_checkpoint(passive)') as { log: number }[];
  return { walFrames: row?.log ?? 0 };
}, 'INTERNAL');
