// /healthz and /metrics when the store cannot be written: a real write is checked, the answer is
// 503 with the problem in one sentence (a read-only file, a full disk, PostgreSQL refusing
// writes), the gauge digestbot_store_write_ok is 0, and the log says what is wrong, once.
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { healthRoute } from '../../../src/http/health.js';
import { metricsRoute } from '../../../src/http/metrics.js';
import { startHttpServer, type HttpServer } from '../../../src/http/server.js';
import { watchStoreWrites, type StoreWatch } from '../../../src/http/store-watch.js';
import { isAppError } from '../../../src/errors.js';
import { writeProblem } from '../../../src/store/health.js';
import { openStore, SQLITE_FILE, type Store } from '../../../src/store/store.js';
import { memoryLog, type MemoryLog } from '../../helpers/memory-log.js';
import { describeStores, openSqliteTestStore, PG_URL, openPostgresTestStore } from '../../helpers/stores.js';

let http: HttpServer | undefined;
let watch: StoreWatch | undefined;
const undo: (() => Promise<void> | void)[] = [];

async function serve(store: Store, logs: MemoryLog) {
  watch = watchStoreWrites(store, logs.log, 60_000);
  await watch.check();
  http = await startHttpServer([healthRoute(store, watch), metricsRoute(store, watch)], 0, logs.log, '127.0.0.1');
  const get = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${http!.port}${path}`);
    return { status: res.status, text: await res.text() };
  };
  return {
    health: async () => {
      const r = await get('/healthz');
      return { status: r.status, body: JSON.parse(r.text) as { ok: boolean; problem?: string } };
    },
    gauge: async () => /^digestbot_store_write_ok (\d)$/m.exec((await get('/metrics')).text)?.[1],
  };
}

afterEach(async () => {
  watch?.stop();
  await http?.close();
  http = undefined;
  while (undo.length) await undo.pop()!();
});

describeStores('store write check', (open) => {
  it('a store that can be written: 200 and the gauge at 1', async () => {
    const t = await open();
    undo.push(t.cleanup);
    const s = await serve(t.store, memoryLog());
    expect(await s.health()).toEqual({ status: 200, body: { ok: true, store: t.store.dialect } });
    expect(await s.gauge()).toBe('1');
  });
});

/** Makes `file` impossible to write: immutable for root (who ignores permissions), read-only for others. */
function readOnly(file: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', file]);
    return () => execFileSync('chattr', ['-i', file]);
  }
  chmodSync(file, 0o444);
  return () => chmodSync(file, 0o644);
}

describe('store write check: SQLite', () => {
  it('a read-only database file: 503 saying so and what to check, the gauge at 0, one log line', async () => {
    const t = await openSqliteTestStore();
    undo.push(t.cleanup);
    await t.store.close();
    const file = join(t.options.dataDir, SQLITE_FILE);
    const writable = readOnly(file);
    undo.push(writable);
    const store = await openStore(t.options);
    undo.push(() => store.close());
    const logs = memoryLog();
    const s = await serve(store, logs);

    const { status, body } = await s.health();
    expect(status).toBe(503);
    expect(body.problem).toBe(
      `the database file ${file} is read-only: check its permissions and owner (the bot's user must be able to write it, its -wal and -shm files and its directory)`,
    );
    expect(await s.gauge()).toBe('0');
    await watch!.check();
    const said = logs.find('the store cannot be written');
    expect(said).toHaveLength(1);
    expect(JSON.stringify(said)).not.toContain('disk I/O error');
  });

  it('a full disk: a write fails as DB_UNWRITABLE saying the disk is full, never "disk I/O error"', async () => {
    // The database may not grow past its pages, as on a full disk (the WAL, where the probe's
    // one-row rewrite goes, is not limited by this, so the write is a new table's worth of rows).
    const t = await openSqliteTestStore();
    undo.push(t.cleanup);
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(t.store.db);
    await sql.raw(`pragma max_page_count = ${rows[0]!.page_count}`).execute(t.store.db);
    const rowsOfText = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, result: 'x'.repeat(4000), created_at: 0 }));
    const err = await t.store.db
      .insertInto('llm_cache')
      .values(rowsOfText)
      .execute()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isAppError(err, 'DB_UNWRITABLE')).toBe(true);
    expect(writeProblem(err)).toBe(
      `the disk holding ${join(t.options.dataDir, SQLITE_FILE)} is full: free space there (the database cannot grow)`,
    );
  });
});

describe.skipIf(!PG_URL)('store write check: PostgreSQL', () => {
  it('a server refusing writes (read-only transactions): 503 naming it', async () => {
    const t = await openPostgresTestStore();
    undo.push(t.cleanup);
    const url = new URL(t.options.databaseUrl!);
    url.searchParams.set('options', `${url.searchParams.get('options')} -c default_transaction_read_only=on`);
    const store = await openStore({ databaseUrl: url.toString(), dataDir: '.' });
    undo.push(() => store.close());
    const s = await serve(store, memoryLog());
    const { status, body } = await s.health();
    expect(status).toBe(503);
    expect(body.problem).toMatch(/^PostgreSQL refuses writes/);
    expect(await s.gauge()).toBe('0');
  });
});
