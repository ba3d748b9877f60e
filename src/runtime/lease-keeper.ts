// Keeps a named lease while the process runs: tries to take or renew it every `everyMs`, tells the
// caller after each try whether it is held, and gives it back on stop. The one renewal loop behind
// the scheduler seat and the leased roles.
import { releaseLease, tryAcquireLease } from '../store/leases.js';
import type { Db } from '../store/store.js';

export interface LeaseKeeper {
  /** One try now (after any try still running); resolves once `onTry` has run. */
  check(): Promise<void>;
  /** Starts the periodic tries. */
  start(): void;
  /** Stops the tries, waits for the one running, and releases the lease. */
  stop(): Promise<void>;
}

export function keepLease(
  db: Db,
  lease: { name: string; owner: string; ttlMs: number; everyMs: number; now?: () => number },
  onTry: (held: boolean) => Promise<void>,
  onError: (err: unknown) => void,
): LeaseKeeper {
  const now = lease.now ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let step: Promise<void> = Promise.resolve();
  const check = () => {
    step = step
      .then(async () => onTry(await tryAcquireLease(db, lease.name, lease.owner, lease.ttlMs, now()).catch(() => false)))
      .catch(onError);
    return step;
  };
  return {
    check,
    start: () => {
      timer = setInterval(() => void check(), lease.everyMs);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
      await step;
      await releaseLease(db, lease.name, lease.owner);
    },
  };
}
