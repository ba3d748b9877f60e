// On SQLite one process runs the scheduler: a second one on the same file is refused with a
// clear message (replicas need PostgreSQL). The seat is a lease renewed while the process runs;
// a seat left by a crashed process on this host is taken over at once.
import { AppError } from '../errors.js';
import { ownerIsGone } from './owner.js';
import { leaseHolder, takeOverLease, tryAcquireLease } from '../store/leases.js';
import { keepLease } from './lease-keeper.js';
import type { Store } from '../store/store.js';

const SEAT = 'scheduler';
const TTL_MS = 60_000;
const RENEW_MS = 20_000;

/** Takes the scheduler seat (SQLite only) and returns the function that gives it back. */
export async function takeSchedulerSeat(store: Store, owner: string, now = Date.now): Promise<() => Promise<void>> {
  if (store.dialect !== 'sqlite') return async () => undefined;
  const db = store.db;
  if (!(await tryAcquireLease(db, SEAT, owner, TTL_MS, now()))) {
    const holder = await leaseHolder(db, SEAT, now());
    const takenOver =
      holder !== undefined && ownerIsGone(holder) && (await takeOverLease(db, SEAT, holder, owner, TTL_MS, now()));
    if (!takenOver) {
      throw new AppError(
        'DB_LOCKED',
        `Another digestbot process (${holder ?? 'unknown'}) is running the scheduler on ${store.location}. ` +
          'One SQLite file serves one bot process: stop the other one, or use PostgreSQL (DATABASE_URL) to run several replicas.',
      );
    }
  }
  const keeper = keepLease(
    db,
    { name: SEAT, owner, ttlMs: TTL_MS, everyMs: RENEW_MS, now },
    async () => undefined,
    () => undefined,
  );
  keeper.start();
  return () => keeper.stop();
}
