import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { createWorkerPool, transferable, type WorkerPool } from '../../../src/runtime/worker-pool.js';
import type { PoolTestTask } from '../../helpers/pool-worker.js';

const module = new URL('../../helpers/pool-worker.js', import.meta.url);

describe('worker pool', () => {
  let pool: WorkerPool<PoolTestTask, string>;
  afterEach(() => pool.close());

  const open = (size: number, timeoutMs = 20_000) =>
    (pool = createWorkerPool<PoolTestTask, string>(module, { size, timeoutMs, errorCode: 'PARSE_ERROR', label: 'Testing' }));

  it('runs tasks on worker threads and carries error codes back', { timeout: 30_000 }, async () => {
    open(2);
    expect(await pool.run({ echo: 'hello' })).toMatch(/^hello from \d+$/);
    const err = await pool.run({ fail: 'no feed here' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'NOT_A_FEED', message: 'no feed here' });
  });

  it('runs at most `size` tasks at once; the rest wait their turn', { timeout: 30_000 }, async () => {
    open(1);
    const order: string[] = [];
    await Promise.all([
      pool.run({ spinMs: 300 }).then(() => order.push('spin')),
      pool.run({ echo: 'after' }).then(() => order.push('echo')),
    ]);
    expect(order).toEqual(['spin', 'echo']);
  });

  it('terminates a task past its time limit and keeps serving with a new worker', { timeout: 30_000 }, async () => {
    open(1, 1_500);
    await pool.run({ echo: 'warm-up' }); // the first task also pays for starting the thread
    const err = await pool.run({ spinMs: 60_000 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PARSE_ERROR', message: 'Testing took longer than 1500 ms' });
    expect(await pool.run({ echo: 'still here' })).toMatch(/^still here/);
  });

  it("counts a task's time limit from when its worker is ready, not from its start", { timeout: 30_000 }, async () => {
    const slow = createWorkerPool<{ echo: string }, string>(new URL('../../helpers/pool-slow-start-worker.js', import.meta.url), {
      size: 1,
      timeoutMs: 1_000,
      errorCode: 'PARSE_ERROR',
      label: 'Testing',
    });
    try {
      // The worker takes 2 s to load, twice the task's limit; the task itself is quick.
      expect(await slow.run({ echo: 'first' })).toBe('first after a slow start');
    } finally {
      await slow.close();
    }
  });

  it('fails the task of a worker that dies, and replaces the worker', { timeout: 30_000 }, async () => {
    open(1);
    const err = await pool.run({ exit: 3 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PARSE_ERROR' });
    expect((err as Error).message).toContain('exited (code 3)');
    expect(await pool.run({ echo: 'again' })).toMatch(/^again/);
  });

  it(
    'forgets a thread that ends while idle: the next task starts a new one instead of waiting on it',
    { timeout: 30_000 },
    async () => {
      open(1);
      const first = await pool.run({ thread: true });
      expect(await pool.run({ exitWhenIdle: true })).toBe('bye');
      await vi.waitFor(() => expect(pool.threads).toBe(0), { timeout: 20_000, interval: 20 });
      const second = await pool.run({ thread: true });
      expect(second).not.toBe(first);
      expect(pool.threads).toBe(1);
    },
  );

  it('moves a buffer that owns its memory to the worker; a slice of a shared one is copied', { timeout: 30_000 }, async () => {
    open(1);
    const own = new Uint8Array([1, 2, 3, 250]);
    expect(await pool.run({ sum: own }, transferable(own))).toBe('256');
    expect(own.byteLength).toBe(0); // moved: detached here
    const shared = Buffer.from('abc'); // a slice of Node's buffer pool
    expect(transferable(shared)).toEqual([]);
    expect(await pool.run({ sum: shared }, transferable(shared))).toBe('294');
    expect(shared.toString()).toBe('abc');
  });

  it('runs workers with a capped young generation and the given old-generation limit', { timeout: 30_000 }, async () => {
    open(1);
    const limits = JSON.parse(await pool.run({ limits: true })) as Record<string, number>;
    expect(limits).toMatchObject({ maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 1024 });
  });

  it('stops a thread idle for `idleMs`; the next task starts a new one', { timeout: 30_000 }, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      pool = createWorkerPool<PoolTestTask, string>(module, {
        size: 1,
        timeoutMs: 20_000,
        errorCode: 'PARSE_ERROR',
        label: 'Testing',
        idleMs: 60_000,
      });
      const first = await pool.run({ thread: true });
      vi.advanceTimersByTime(59_000);
      expect(await pool.run({ thread: true })).toBe(first); // used again in time: still the same thread
      vi.advanceTimersByTime(60_000);
      expect(await pool.run({ thread: true })).not.toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses work once closed', { timeout: 30_000 }, async () => {
    open(1);
    await pool.close();
    await expect(pool.run({ echo: 'late' })).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
