// Real stores for tests: a fresh SQLite file per call, and a fresh PostgreSQL schema per call
// when TEST_DATABASE_URL is set. Suites built with `describeStores` run once per dialect.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { migrate, openStore, type DialectName, type Store } from '../../src/store/store.js';
import { SCHEMA_DROP_LOCK } from './schema-drop-lock.js';

export const PG_URL = process.env.TEST_DATABASE_URL;

export interface TestStore {
  store: Store;
  /** What a second process would pass to openStore to reach the same data. */
  options: { databaseUrl?: string; dataDir: string };
  cleanup(): Promise<void>;
}

export async function openSqliteTestStore(opts: { migrate?: boolean } = {}): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-test-'));
  const store = await openStore({ dataDir });
  if (opts.migrate !== false) await migrate(store);
  return {
    store,
    options: { dataDir },
    cleanup: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openPostgresTestStore(opts: { migrate?: boolean } = {}): Promise<TestStore> {
  if (!PG_URL) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `${inject('schemaPrefix')}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const databaseUrl = url.toString();
  const store = await openStore({ databaseUrl, dataDir: '.' });
  try {
    if (opts.migrate !== false) {
      await admin.query('select pg_advisory_lock_shared($1)', [SCHEMA_DROP_LOCK]);
      await migrate(store);
    }
  } finally {
    await admin.end();
  }
  return {
    store,
    options: { databaseUrl, dataDir: '.' },
    // The schema is dropped with the run's others at the end (test/helpers/global-setup.ts).
    cleanup: () => store.close(),
  };
}

export const OPENERS: Record<DialectName, (opts?: { migrate?: boolean }) => Promise<TestStore>> = {
  sqlite: openSqliteTestStore,
  postgres: openPostgresTestStore,
};

/** Runs the suite on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set (else a visible skip). */
export function describeStores(
  name: string,
  suite: (open: (opts?: { migrate?: boolean }) => Promise<TestStore>, dialect: DialectName) => void,
): void {
  describe(`${name} [sqlite]`, () => suite(openSqliteTestStore, 'sqlite'));
  if (PG_URL) describe(`${name} [postgres]`, () => suite(openPostgresTestStore, 'postgres'));
  else
    describe.skip(`${name} [postgres] (skipped: TEST_DATABASE_URL is not set)`, () => suite(openPostgresTestStore, 'postgres'));
}
