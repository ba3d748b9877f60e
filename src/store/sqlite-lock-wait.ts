// How our SQLite connection waits for the write lock another process holds: SQLite's own wait
// (busy_timeout) is short, because it blocks the thread; past it a statement is retried with
// backoff on timers, so the event loop keeps answering (/healthz, command acks) meanwhile, and
// reads, which WAL never blocks, run between the retries. A transaction takes the lock at its
// BEGIN IMMEDIATE, so that is where it waits, holding nothing. After `lockWaitMs` the write fails
// with DB_LOCKED, naming the processes that have the file open.
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type QueryResult,
  type SqliteDatabase,
} from 'kysely';
import { AppError } from '../errors.js';
import { unwritable } from './health.js';
import { otherProcessesWith } from './lock-holders.js';

/** SQLite's own (blocking) wait per try. */
export const BUSY_TIMEOUT_MS = 25;
/** How long a write waits for the lock in all before DB_LOCKED. */
export const LOCK_WAIT_MS = 10_000;
const FIRST_BACKOFF_MS = 10;
const MAX_BACKOFF_MS = 250;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isBusy = (err: unknown) => {
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
};

function lockedError(file: string, waitedMs: number, cause: unknown): AppError {
  const holders = otherProcessesWith(file);
  const who = holders.length ? ` (processes with it open: ${holders.join('; ')})` : '';
  return new AppError(
    'DB_LOCKED',
    `another process holds the write lock on the SQLite file ${file}${who}; a write waited ${waitedMs} ms and gave up: ` +
      'finish or stop that process (an open sqlite3 shell transaction, a long CLI command), or use PostgreSQL (DATABASE_URL) for several processes',
    { cause, retryable: true },
  );
}

/** Runs one statement; a file that cannot be written fails as DB_UNWRITABLE, saying why (never "disk I/O error"). */
function run(db: SqliteDatabase, query: CompiledQuery, file: string): QueryResult<unknown> {
  try {
    return runStatement(db, query);
  } catch (err) {
    throw isBusy(err) ? err : unwritable(err, file);
  }
}

function runStatement(db: SqliteDatabase, query: CompiledQuery): QueryResult<unknown> {
  const stmt = db.prepare(query.sql);
  if (stmt.reader) return { rows: stmt.all(query.parameters) as unknown[] };
  const { changes, lastInsertRowid } = stmt.run(query.parameters);
  return {
    numAffectedRows: changes === undefined || changes === null ? undefined : BigInt(changes),
    insertId: lastInsertRowid === undefined || lastInsertRowid === null ? undefined : BigInt(lastInsertRowid),
    rows: [],
  };
}

interface Options {
  database: SqliteDatabase;
  file: string;
  lockWaitMs: number;
}

/** The one connection; a lease is what Kysely holds for a query or a transaction. */
class LockWaitingDriver implements Driver {
  readonly #o: Options;
  /** Resolves when the transaction open on the connection ends; null when none is open. */
  #open: Promise<void> | null = null;
  #end: (() => void) | null = null;

  constructor(options: Options) {
    this.#o = options;
  }

  async init(): Promise<void> {}

  /** Tries `attempt` until it does not meet a locked file, backing off, for `lockWaitMs` at most. */
  async #retrying<T>(attempt: () => Promise<T> | T): Promise<T> {
    const started = Date.now();
    for (let backoff = FIRST_BACKOFF_MS; ; backoff = Math.min(MAX_BACKOFF_MS, backoff * 2)) {
      try {
        return await attempt();
      } catch (err) {
        if (!isBusy(err)) throw err;
        const waited = Date.now() - started;
        if (waited >= this.#o.lockWaitMs) throw lockedError(this.#o.file, waited, err);
        await sleep(backoff);
      }
    }
  }

  /** Runs `fn` once no transaction is open on the connection: the check and `fn` in one turn. */
  async #whenIdle<T>(fn: () => T): Promise<T> {
    while (this.#open) await this.#open;
    return fn();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    let inTransaction = false;
    const { database, file } = this.#o;
    const lease: DatabaseConnection & { begin(): Promise<void>; end(sql: string): Promise<void> } = {
      executeQuery: async <R>(query: CompiledQuery) => {
        if (inTransaction) return run(database, query, file) as QueryResult<R>;
        return this.#retrying(() => this.#whenIdle(() => run(database, query, file) as QueryResult<R>));
      },
      // eslint-disable-next-line require-yield
      streamQuery: async function* () {
        throw new Error('streaming is not used with SQLite');
      },
      begin: () =>
        this.#retrying(() =>
          this.#whenIdle(() => {
            run(database, CompiledQuery.raw('begin immediate'), file);
            inTransaction = true;
            this.#open = new Promise<void>((resolve) => (this.#end = resolve));
          }),
        ),
      end: async (sql) => {
        try {
          await this.#retrying(() => run(database, CompiledQuery.raw(sql), file));
        } catch (err) {
          // SQLite ends a transaction itself on some errors (a full disk): nothing is left to roll back.
          if (!(sql === 'rollback' && /no transaction is active/.test(String((err as Error).message)))) throw err;
        } finally {
          inTransaction = false;
          const end = this.#end;
          this.#open = null;
          this.#end = null;
          end?.();
        }
      },
    };
    return lease;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as unknown as { begin(): Promise<void> }).begin();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as unknown as { end(sql: string): Promise<void> }).end('commit');
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as unknown as { end(sql: string): Promise<void> }).end('rollback');
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    this.#o.database.close();
  }
}

/** SQLite runs DDL inside transactions; Kysely's adapter says it does not, which would let a failed migration half-apply. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class LockWaitingSqliteDialect extends SqliteDialect {
  readonly #o: Options;
  constructor(options: Options) {
    super({ database: options.database });
    this.#o = options;
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
  override createDriver(): Driver {
    return new LockWaitingDriver(this.#o);
  }
}
