// Inbound events handled once across retries and replicas: the first to record an id handles it.
// Recording one is a write, and a command must be acknowledged within the platform's deadline
// (Slack: 3 s): while the store is locked or failing, the event is handled as new (the platform
// does not retry what was acknowledged) and the record is left to finish by itself.
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { DAY } from '../time.js';
import type { Db } from './store.js';

/** Platforms retry and replay within minutes to an hour; ids are remembered for a day. */
export const INBOUND_MEMORY_MS = DAY;
/** How long an acknowledgement waits for the record before handling the event as new. */
export const INBOUND_WAIT_MS = 1500;

async function record(db: Db, key: string, now: number, keepMs: number): Promise<boolean> {
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

/** True the first time `key` is seen within `keepMs` (and when the store cannot tell in time); older keys are forgotten. */
export async function firstSighting(
  db: Db,
  key: string,
  now: number,
  keepMs: number,
  opts: { log?: Logger; waitMs?: number } = {},
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), opts.waitMs ?? INBOUND_WAIT_MS)));
  const recorded = record(db, key, now, keepMs).catch((err: unknown) => err as Error);
  try {
    const outcome = await Promise.race([recorded, late]);
    if (typeof outcome === 'boolean') return outcome;
    const why =
      outcome === 'late' ? `the store did not record it within ${opts.waitMs ?? INBOUND_WAIT_MS} ms` : errorMessage(outcome);
    opts.log?.warn({ key, err: why }, 'cannot tell whether this request was handled before; handling it');
    return true;
  } finally {
    clearTimeout(timer);
  }
}
