// The Store: one Kysely handle over SQLite (default) or PostgreSQL (DATABASE_URL), with migrations.
// Repositories (feeds.ts, articles.ts, …) are functions over `Db`, so they run on either dialect
// and inside or outside a transaction alike.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Migrator, sql, type Kysely, type MigrationResultSet, type Transaction } from 'kysely';
import { AppError, errorMessage } from '../errors.js';
import { migrationsFor, type MigrationModule } from './migrations/index.js';
import { openPostgres, openSqlite, type DialectName } from './dialect.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type { DialectName };

export interface Store {
  readonly db: Db;
  readonly dialect: DialectName;
  /** Where the data lives, safe to log (file path, or host/database without password). */
  readonly location: string;
  transaction<T>(fn: (trx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StoreOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** SQLite: how long a write waits for a lock another process holds before DB_LOCKED. */
  lockWaitMs?: number;
}

export const SQLITE_FILE = 'digestbot.sqlite';

/** Opens the store and checks that it answers; does not migrate (see `migrate`). */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) return openPostgresStore(options.databaseUrl, options.poolSize);
  const dir = resolve(options.dataDir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new AppError('DB_UNREACHABLE', `Cannot create the data directory ${dir} (DIGESTBOT_DATA_DIR): ${errorMessage(err)}`);
  }
  return openSqliteStore(join(dir, SQLITE_FILE), options.lockWaitMs);
}

/** The store over one SQLite file (a second connection to a file in use is fine: WAL). */
export function openSqliteStore(file: string, lockWaitMs?: number): Store {
  let opened: ReturnType<typeof openSqlite>;
  try {
    opened = openSqlite(file, lockWaitMs);
  } catch (err) {
    throw new AppError('DB_UNREACHABLE', `Cannot open the SQLite file ${file}: ${errorMessage(err)}`);
  }
  const { db } = opened;
  return {
    db,
    dialect: 'sqlite',
    location: file,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

async function openPostgresStore(url: string, poolSize?: number): Promise<Store> {
  const { db } = openPostgres(url, poolSize);
  const location = describePostgres(url);
  try {
    await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw classifyPostgresError(err, location);
  }
  return {
    db,
    dialect: 'postgres',
    location,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

function describePostgres(url: string): string {
  try {
    const u = new URL(url);
    return `postgresql://${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgresql (unparseable DATABASE_URL)';
  }
}

/** Turns a pg connection failure into one sentence an operator can act on. */
export function classifyPostgresError(err: unknown, location: string): AppError {
  const code = (err as { code?: string }).code;
  const detail = errorMessage(err);
  if (code === '28P01' || code === '28000') {
    return new AppError('DB_AUTH_FAILED', `PostgreSQL at ${location} refused the credentials in DATABASE_URL: ${detail}`, {
      cause: err,
    });
  }
  if (code === '3D000') {
    return new AppError('DB_UNREACHABLE', `PostgreSQL at ${location} has no such database (check DATABASE_URL): ${detail}`, {
      cause: err,
    });
  }
  return new AppError(
    'DB_UNREACHABLE',
    `Cannot reach PostgreSQL at ${location} (DATABASE_URL): ${detail || code || 'connection failed'}`,
    { cause: err, retryable: true },
  );
}

async function currentSchema(store: Store): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db);
  return rows[0]!.schema;
}

/** Kysely's Migrator over our migrations, with its bookkeeping in the store's own schema. */
export async function migratorFor(store: Store, extra?: Record<string, MigrationModule>): Promise<Migrator> {
  return new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrationsFor(store.dialect, extra) },
    // Kysely looks for its bookkeeping tables in every schema unless told which: on a server where
    // another schema has them (another app, a parallel test), it would skip creating ours.
    ...(store.dialect === 'postgres' ? { migrationTableSchema: await currentSchema(store) } : {}),
  });
}

/**
 * Applies pending migrations in one transaction (both dialects run DDL transactionally), so a
 * failure leaves the schema exactly as it was. Replicas starting together serialize on
 * Kysely's migration lock (an advisory lock on PostgreSQL).
 */
export async function migrate(store: Store, extra?: Record<string, MigrationModule>): Promise<string[]> {
  const migrator = await migratorFor(store, extra);
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError(
      'DB_MIGRATION_FAILED',
      `Migration ${failed} failed and was rolled back; the schema is unchanged: ${errorMessage(result.error)}`,
      { cause: result.error },
    );
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
