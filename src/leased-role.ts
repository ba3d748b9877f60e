// A role that must run on one replica at a time (the Discord gateway: two connections would answer
// every command twice). Each replica keeps trying for a lease; the holder runs the role and
// renews; a replica that dies lets the lease run out and another one takes the role over.
import type { Logger } from './log.js';
import { releaseLease, tryAcquireLease } from './store/leases.js';
import type { Db } from './store/store.js';

export interface Role {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface LeasedRoleOptions {
  ttlMs?: number;
  /** How often the lease is tried or renewed; well under the ttl. */
  everyMs?: number;
  now?: () => number;
}

export function leasedRole(
  db: Db,
  name: string,
  owner: string,
  role: Role,
  log: Logger,
  o: LeasedRoleOptions = {},
): Role & { holding(): boolean } {
  const ttl = o.ttlMs ?? 60_000;
  const every = o.everyMs ?? ttl / 3;
  const now = o.now ?? Date.now;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let step: Promise<void> = Promise.resolve();

  const check = async () => {
    const held = await tryAcquireLease(db, name, owner, ttl, now()).catch(() => false);
    if (held && !running) {
      await role.start();
      running = true;
      log.info({ role: name }, 'this replica holds the role');
    } else if (!held && running) {
      running = false;
      await role.stop();
      log.warn({ role: name }, 'lease lost; role stopped on this replica');
    }
  };
  const tick = () => {
    step = step.then(check).catch((err: unknown) => log.error({ err, role: name }, 'leased role failed'));
    return step;
  };

  return {
    holding: () => running,
    start: async () => {
      await tick();
      timer = setInterval(() => void tick(), every);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
      await step;
      if (running) {
        running = false;
        await role.stop();
      }
      await releaseLease(db, name, owner);
    },
  };
}
