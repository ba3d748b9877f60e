// A role that must run on one replica at a time (the Discord gateway: two connections would answer
// every command twice). Each replica keeps trying for a lease; the holder runs the role and
// renews; a replica that dies lets the lease run out and another one takes the role over.
import type { Logger } from '../log.js';
import type { Db } from '../store/store.js';
import { keepLease } from './lease-keeper.js';

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
  const ttlMs = o.ttlMs ?? 60_000;
  let running = false;
  const keeper = keepLease(
    db,
    { name, owner, ttlMs, everyMs: o.everyMs ?? ttlMs / 3, now: o.now },
    async (held) => {
      if (held && !running) {
        await role.start();
        running = true;
        log.info({ role: name }, 'this replica holds the role');
      } else if (!held && running) {
        running = false;
        await role.stop();
        log.warn({ role: name }, 'lease lost; role stopped on this replica');
      }
    },
    (err) => log.error({ err, role: name }, 'leased role failed'),
  );

  return {
    holding: () => running,
    start: async () => {
      await keeper.check();
      keeper.start();
    },
    stop: async () => {
      await keeper.stop();
      if (running) {
        running = false;
        await role.stop();
      }
    },
  };
}
