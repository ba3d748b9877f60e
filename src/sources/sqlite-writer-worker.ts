// Worker thread entry of the SQLite writer and its checkpointer (sqlite-writer.ts): one
// connection per thread, opened on first use. Neither checkpoints on commit: the checkpointer
// thread does it when asked.
import { sql } from 'kysely';
import type { Feed } from '../model.js';
import type { InsertResult } from '../store/articles.js';
import { claimDueFeeds } from '../store/feeds.js';
import { openSqliteStore, type Store } from '../store/store.js';
import { serveTasks } from '../worker-pool.js';
import { writeOutcomes } from './check-outcomes.js';
import type { CheckpointResult, SqliteWriteTask } from './sqlite-writer.js';

let store: Store | undefined;

async function open(file: string): Promise<Store> {
  const opened = openSqliteStore(file);
  await sql`pragma wal_autocheckpoint = 0`.execute(opened.db);
  return opened;
}

async function checkpoint(db: Store['db']): Promise<CheckpointResult> {
  const { rows } = await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(passive)`.execute(db);
  return { walFrames: rows[0]?.log ?? 0, checkpointed: rows[0]?.checkpointed ?? 0 };
}

serveTasks(async (task: SqliteWriteTask): Promise<Feed[] | InsertResult[][] | CheckpointResult> => {
  store ??= await open(task.file);
  if (task.kind === 'checkpoint') return checkpoint(store.db);
  return task.kind === 'claim' ? claimDueFeeds(store.db, 'sqlite', task.claim) : writeOutcomes(store, task.outcomes);
}, 'INTERNAL');
