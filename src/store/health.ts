// Whether the store answers (a read) and can be written (a one-row write), the health check's
// probes, and what a failed write means in one sentence an operator can act on.
import { AppError, errorMessage, isAppError } from '../errors.js';
import type { Db } from './store.js';

/** Resolves when the store answers a read; rejects with the store's error otherwise. */
export async function probeStore(db: Db): Promise<void> {
  await db.selectFrom('leases').select('name').limit(1).execute();
}

/** Rewrites this process's row of store_probe; rejects with the store's error when it cannot. */
export async function probeWrite(db: Db, name: string, now: number): Promise<void> {
  await db
    .insertInto('store_probe')
    .values({ name, written_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ written_at: now }))
    .execute();
}

/** PostgreSQL's codes for a store that cannot be written. */
const PG_PROBLEMS: Record<string, string> = {
  '53100': 'the disk under PostgreSQL is full: free space on its server',
  '25006': 'PostgreSQL refuses writes (a read-only transaction or a standby): point DATABASE_URL at the primary',
  '53300': 'PostgreSQL has no connection left for the bot: raise max_connections or lower the pool',
};

/** The sentence for a failed write: the store's own (DB_UNWRITABLE, DB_LOCKED), a PostgreSQL code's, or the driver's message. */
export function writeProblem(err: unknown): string {
  if (isAppError(err, 'DB_UNWRITABLE') || isAppError(err, 'DB_LOCKED')) return err.message;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && PG_PROBLEMS[code]) return PG_PROBLEMS[code];
  return `the store cannot be written: ${errorMessage(err)}`;
}

/** SQLite's codes for a file that cannot be written, as DB_UNWRITABLE naming the file and the fix; anything else as is. */
export function unwritable(err: unknown, file: string): unknown {
  const code = String((err as { code?: unknown }).code ?? '');
  const say = (why: string) => new AppError('DB_UNWRITABLE', why, { cause: err });
  if (code.startsWith('SQLITE_READONLY')) {
    return say(
      `the database file ${file} is read-only: check its permissions and owner (the bot's user must be able to write it, its -wal and -shm files and its directory)`,
    );
  }
  if (code === 'SQLITE_FULL') return say(`the disk holding ${file} is full: free space there (the database cannot grow)`);
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return say(
      `the disk failed a read or write of ${file} (${code}): check that the disk and file system are healthy and mounted read-write`,
    );
  }
  return err;
}
