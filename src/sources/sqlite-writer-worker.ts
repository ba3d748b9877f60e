// Worker thread entry of the SQLite writer (sqlite-writer.ts): one connection, opened on first use.
import type { Feed } from '../model.js';
import type { InsertResult } from '../store/articles.js';
import { claimDueFeeds } from '../store/feeds.js';
import { openSqliteStore, type Store } from '../store/store.js';
import { serveTasks } from '../worker-pool.js';
import { writeOutcomes } from './check-outcomes.js';
import type { SqliteWriteTask } from './sqlite-writer.js';

let store: Store | undefined;

serveTasks(async (task: SqliteWriteTask): Promise<Feed[] | InsertResult[][]> => {
  store ??= openSqliteStore(task.file);
  return task.kind === 'claim' ? claimDueFeeds(store.db, 'sqlite', task.claim) : writeOutcomes(store, task.outcomes);
}, 'INTERNAL');
