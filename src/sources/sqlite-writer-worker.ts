// Worker thread entry of the SQLite writer (sqlite-writer.ts): one connection, opened on first use.
import { openSqliteStore, type Store } from '../store/store.js';
import { serveTasks } from '../worker-pool.js';
import { writeOutcomes } from './check-outcomes.js';
import type { SqliteWriteTask } from './sqlite-writer.js';

let store: Store | undefined;

serveTasks(({ file, outcomes }: SqliteWriteTask) => {
  store ??= openSqliteStore(file);
  return writeOutcomes(store, outcomes);
}, 'INTERNAL');
