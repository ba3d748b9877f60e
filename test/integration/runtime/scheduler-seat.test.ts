import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/log.js';
import { startScheduler } from '../../../src/runtime/clock.js';
import { takeSchedulerSeat } from '../../../src/runtime/scheduler-seat.js';
import { tryAcquireLease, leaseHolder } from '../../../src/store/leases.js';
import { openStore } from '../../../src/store/store.js';
import { openSqliteTestStore, type TestStore } from '../../helpers/stores.js';

describe('one scheduler per SQLite file', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openSqliteTestStore();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('refuses a second scheduler on the same file with a message that says what to do', async () => {
    const release = await takeSchedulerSeat(t.store, `${hostname()}:${process.pid}:first`);
    const second = await openStore(t.options);
    try {
      const err = await takeSchedulerSeat(second, `${hostname()}:${process.pid}:second`).catch((e: unknown) => e);
      expect(isAppError(err, 'DB_LOCKED')).toBe(true);
      expect((err as Error).message).toMatch(
        /Another digestbot process .*first.* is running the scheduler on .*digestbot\.sqlite/,
      );
      expect((err as Error).message).toContain('use PostgreSQL (DATABASE_URL)');
      await release();
      const again = await takeSchedulerSeat(second, `${hostname()}:${process.pid}:second`);
      await again();
    } finally {
      await second.close();
    }
  });

  it('takes over the seat of a process on this host that is gone', async () => {
    const dead = `${hostname()}:999999999:crashed`;
    expect(await tryAcquireLease(t.store.db, 'scheduler', dead, 60_000, Date.now())).toBe(true);
    const release = await takeSchedulerSeat(t.store, `${hostname()}:${process.pid}:new`);
    expect(await leaseHolder(t.store.db, 'scheduler', Date.now())).toBe(`${hostname()}:${process.pid}:new`);
    await release();
  });
});

describe('startScheduler', () => {
  it('runs a cycle at start and never two at once', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const s = startScheduler(async () => {
      runs++;
      running++;
      most = Math.max(most, running);
      await gate;
      running--;
    }, silentLogger());
    const ticks = [s.tick(), s.tick(), s.tick()];
    release();
    await Promise.all(ticks);
    expect(runs).toBe(1);
    expect(most).toBe(1);
    await s.tick();
    expect(runs).toBe(2);
    await s.stop();
    await s.tick();
    expect(runs).toBe(2);
  });
});
