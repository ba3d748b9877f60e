// What is still waiting to be posted, per destination: how many parts, when the next attempt is
// due and why the last one failed (what `digestbot once` reports when it stops with work left).
import type { Db } from './store.js';

export interface QueuedAtDestination {
  platform: string;
  channelId: string;
  enabled: boolean;
  disabledReason: string | null;
  parts: number;
  nextAttemptAt: number;
  /** The last error of the earliest waiting part, or null when none was tried yet. */
  lastError: string | null;
}

export async function queuedByDestination(db: Db): Promise<QueuedAtDestination[]> {
  const rows = await db
    .selectFrom('deliveries')
    .innerJoin('destinations', 'destinations.id', 'deliveries.destination_id')
    .select([
      'destinations.platform',
      'destinations.channel_id',
      'destinations.enabled',
      'destinations.disabled_reason',
      'deliveries.next_attempt_at',
      'deliveries.last_error',
    ])
    .where('deliveries.status', 'in', ['pending', 'sending', 'unsure'])
    .orderBy('destinations.id')
    .orderBy('deliveries.next_attempt_at')
    .execute();
  const out = new Map<string, QueuedAtDestination>();
  for (const r of rows) {
    const key = `${r.platform}:${r.channel_id}`;
    const seen = out.get(key);
    if (seen) {
      seen.parts++;
      seen.lastError ??= r.last_error;
      continue;
    }
    out.set(key, {
      platform: r.platform,
      channelId: r.channel_id,
      enabled: r.enabled === 1,
      disabledReason: r.disabled_reason,
      parts: 1,
      nextAttemptAt: r.next_attempt_at,
      lastError: r.last_error,
    });
  }
  return [...out.values()];
}
