// Whether the store answers: the health check's probe.
import type { Db } from './store.js';

/** Resolves when the store answers a read; rejects with the store's error otherwise. */
export async function probeStore(db: Db): Promise<void> {
  await db.selectFrom('leases').select('name').limit(1).execute();
}
