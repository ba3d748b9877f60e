// The SQLite file locked by another process: a write waits without blocking the event loop (reads
// go on meanwhile), succeeds once the lock is released, and after its bound fails with DB_LOCKED
// naming the process that has the file open and what to do.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { firstSighting } from '../../../src/store/inbound-events.js';
import { migrate, openStore, SQLITE_FILE, type Store } from '../../../src/store/store.js';
import { memoryLog } from '../../helpers/memory-log.js';
import { startTsProcess } from '../../helpers/spawn.js';
import { waitFor } from '../../helpers/wait.js';
import type { ChildProcess } from 'node:child_process';

const HOLDER = new URL('../../helpers/lock-holder-process.ts', import.meta.url);

let holder: ChildProcess | undefined;
let store: Store | undefined;

async function lockedStore(lockWaitMs: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-locked-'));
  store = await openStore({ dataDir, lockWaitMs });
  await migrate(store);
  const started = startTsProcess(HOLDER, [join(dataDir, SQLITE_FILE)]);
  holder = started.child;
  let out = '';
  started.child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(() => out.includes('locked'), {
    what: 'the other process to take the lock',
    timeoutMs: 60_000,
  });
  return store;
}

/** The longest gap between ticks of a 10 ms timer while `work` runs: how long the event loop was blocked. */
async function longestStall<T>(work: Promise<T>): Promise<{ result: PromiseSettledResult<T>; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  const [result] = await Promise.allSettled([work]);
  clearInterval(tick);
  return { result: result!, stallMs };
}

const write = (s: Store, name: string) =>
  s.transaction((trx) => trx.insertInto('leases').values({ name, owner: 'me', expires_at: 1 }).execute());

afterEach(async () => {
  holder?.kill('SIGTERM');
  holder = undefined;
  await store?.close();
  store = undefined;
});

describe('SQLite locked by another process', () => {
  it('a write gives up after its bound with DB_LOCKED naming the holder; the event loop never stalls; reads go on', async () => {
    const s = await lockedStore(1200);
    const reads = s.db.selectFrom('leases').selectAll().execute();
    const { result, stallMs } = await longestStall(write(s, 'a'));
    expect((await reads).length).toBe(0);
    expect(result.status).toBe('rejected');
    const err = (result as PromiseRejectedResult).reason as Error;
    expect(isAppError(err, 'DB_LOCKED')).toBe(true);
    expect(err.message).toMatch(/another process holds the write lock on the SQLite file .*digestbot\.sqlite/);
    expect(err.message).toContain(`pid ${holder!.pid} `);
    expect(err.message).toMatch(/finish or stop that process/);
    // SQLite's own wait is 25 ms a try; a loaded machine adds its own delays, never seconds.
    expect(stallMs).toBeLessThan(500);
  });

  it('a write waiting for the lock goes through once the other process lets go', async () => {
    const s = await lockedStore(60_000);
    const pending = write(s, 'b');
    expect(await s.db.selectFrom('leases').selectAll().execute()).toEqual([]);
    holder!.kill('SIGTERM');
    await pending;
    expect((await s.db.selectFrom('leases').select('name').execute()).map((r) => r.name)).toEqual(['b']);
  });

  it('recording an inbound request gives up in time and handles it as new, logged', async () => {
    const s = await lockedStore(60_000);
    const logs = memoryLog();
    expect(await firstSighting(s.db, 'slack-command:t1', Date.now(), 1000, { log: logs.log, waitMs: 300 })).toBe(true);
    expect(logs.find('cannot tell whether this request was handled before')[0]).toMatchObject({
      key: 'slack-command:t1',
      err: 'the store did not record it within 300 ms',
    });
  });
});
