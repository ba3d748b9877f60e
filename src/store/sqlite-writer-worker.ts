// Worker thread entry of the SQLite writer (sqlite-writer.ts): one connection, opened on first
// use, that never checkpoints at a commit (the checkpointer thread does that).
import { sql } from 'kysely';
import type { Feed } from '../model.js';
import type { InsertResult } from './articles.js';
import { claimDueFeeds } from './feeds.js';
import { openSqliteStore, type Store } from './store.js';
import { serveTasks } from '../runtime/worker-pool.js';
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
  return task.kind === 'claim' ? claimDueFeeds(store.db, task.claim) : writeOutcomes(store, task.outcomes);
}, 'INTERNAL');
