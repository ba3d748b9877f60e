// Inbound events handled once across retries and replicas: the first to record an id handles it.
import { DAY } from '../time.js';
import type { Db } from './store.js';

/** Platforms retry and replay within minutes to an hour; ids are remembered for a day. */
export const INBOUND_MEMORY_MS = DAY;

/** True the first time `key` is seen within `keepMs`; older keys are forgotten. */
export async function firstSighting(db: Db, key: string, now: number, keepMs: number): Promise<boolean> {
  await db
    .deleteFrom('inbound_events')
    .where('seen_at', '<', now - keepMs)
    .execute();
  const row = await db
    .insertInto('inbound_events')
    .values({ key, seen_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}
