// Whether the store can be written, checked by a real write every `intervalMs` (and at start):
// /healthz answers 503 with the problem while it cannot, /metrics shows digestbot_store_write_ok,
// and the log says once what is wrong (a read-only file, a full disk, a lock held elsewhere) and
// once when writes work again.
import { hostname } from 'node:os';
import type { Logger } from '../log.js';
import { probeWrite, writeProblem } from '../store/health.js';
import type { Store } from '../store/store.js';

export interface StoreWatch {
  /** The problem sentence while the last write failed; null while writes work (or before the first check). */
  problem(): string | null;
  /** Runs one check now (the timer runs them too). */
  check(): Promise<void>;
  stop(): void;
}

const INTERVAL_MS = 30_000;

export function watchStoreWrites(store: Store, log: Logger, intervalMs = INTERVAL_MS): StoreWatch {
  const name = `${hostname()}:${process.pid}`;
  let problem: string | null = null;
  let running: Promise<void> | null = null;
  const check = () =>
    (running ??= (async () => {
      try {
        await probeWrite(store.db, name, Date.now());
        if (problem !== null) log.info({ store: store.location }, 'the store can be written again');
        problem = null;
      } catch (err) {
        const now = writeProblem(err);
        if (now !== problem) log.error({ store: store.location, problem: now }, `the store cannot be written: ${now}`);
        problem = now;
      } finally {
        running = null;
      }
    })());
  void check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { problem: () => problem, check, stop: () => clearInterval(timer) };
}
