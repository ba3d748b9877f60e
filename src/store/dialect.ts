// The two storage dialects and what differs between them, kept in one place.
import Database from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from './schema.js';
import { BUSY_TIMEOUT_MS, LOCK_WAIT_MS, LockWaitingSqliteDialect } from './sqlite-lock-wait.js';

export type DialectName = 'sqlite' | 'postgres';

/** The dialect a handle (or a transaction of it) speaks: the one way every query learns it. */
export function dialectOf(db: Kysely<Schema>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

// pg returns int8 and numeric as strings by default; our int8 columns hold epoch ms and ids,
// which fit in a double, so read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

const INCREMENTAL_VACUUM = /^pragma incremental_vacuum\b/i;

/**
 * `pragma incremental_vacuum` frees one page per step, and Kysely steps a statement that returns
 * no rows once: this one runs to its end through better-sqlite3's pragma() (store/retention.ts).
 */
function wholePragma(raw: Database.Database, sql: string): SqliteStatement {
  const run = () => {
    raw.pragma(sql.replace(/^pragma\s+/i, ''));
    return { changes: 0, lastInsertRowid: 0 };
  };
  return { reader: false, run, all: () => [], iterate: () => [][Symbol.iterator]() };
}

/** Prepared statements kept per connection, least recently used dropped first. */
const STATEMENT_CACHE_SIZE = 200;

/**
 * Kysely prepares every query anew; polling runs the same few statements thousands of times, and
 * compiling them cost more than running some. A prepared statement is reusable, and SQLite
 * recompiles it by itself after a schema change.
 */
function withStatementCache(raw: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      if (INCREMENTAL_VACUUM.test(sql)) return wholePragma(raw, sql);
      let statement = cache.get(sql);
      if (statement) cache.delete(sql);
      else statement = raw.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

/**
 * Every transaction takes the write lock at BEGIN IMMEDIATE: two processes on one file (the bot
 * and a CLI command) then wait for it (sqlite-lock-wait.ts) instead of failing a read-to-write
 * lock upgrade.
 */
export function openSqlite(file: string, lockWaitMs = LOCK_WAIT_MS): { db: Kysely<Schema>; raw: Database.Database } {
  const raw = new Database(file);
  // Setting WAL itself needs the lock once, on a new file: wait for it as long as a write would.
  raw.pragma(`busy_timeout = ${lockWaitMs}`);
  // Takes effect on a new file only (before its first table): pruning then returns pages with
  // `pragma incremental_vacuum` (store/retention.ts). An older file reuses freed pages instead, and
  // is left untouched here (it may be read-only: /healthz then says so).
  if (raw.pragma('page_count', { simple: true }) === 0) raw.pragma('auto_vacuum = INCREMENTAL');
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const database = withStatementCache(raw);
  return { db: new Kysely<Schema>({ dialect: new LockWaitingSqliteDialect({ database, file, lockWaitMs }) }), raw };
}

export function openPostgres(connectionString: string, poolSize = 10): { db: Kysely<Schema>; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 10_000 });
  // A client that loses its connection must not crash the process: the pool's own listener covers
  // idle clients only, so one checked out between two queries (inside a transaction) gets its own;
  // the query or transaction in flight rejects, and the next query gets a fresh connection.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), pool };
}
