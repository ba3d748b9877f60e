// Worker thread entry of the SQLite writer (sqlite-writer.ts): one connection, opened on first
// use, that never checkpoints at a commit (the checkpointer thread does that).
import { sql } from 'kysely';
import type { Feed } from '../model.js';
import type { InsertResult } from '../store/articles.js';
import { claimDueFeeds } from '../store/feeds.js';
import { openSqliteStore, type Store } from '../store/store.js';
import { serveTasks } from '../worker-pool.js';
import { writeOutcomes } from './check-outcomes.js';
import type { SqliteWriteTask } from './sqlite-writer.js';

let store: Store | undefined;

async function open(file: string): Promise<Store> {
  const opened = openSqliteStore(file);
  await sql`pragma wal_autocheckpoint = 0`.execute(opened.db);
  return opened;
}

serveTasks(async (task: SqliteWriteTask): Promise<Feed[] | InsertResult[][]> => {
  store ??= await open(task.file);
  return task.kind === 'claim' ? claimDueFeeds(store.db, 'sqlite', task.claim) : writeOutcomes(store, task.outcomes);
}, 'INTERNAL');
