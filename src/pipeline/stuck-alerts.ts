// Tells the admin channel about delivery parts unsent for over an hour (held by a disabled
// channel, failing, or waiting for an earlier part), once per part, with what to do about it.
import { attentionOf, partName, STUCK_AFTER_MS } from '../bot/outbox/attention.js';
import { claimStuckAlerts } from '../store/delivery-attention.js';
import type { Db } from '../store/store.js';

export async function alertStuckParts(db: Db, alert: (text: string) => Promise<void>, now: number): Promise<number> {
  const stuck = await claimStuckAlerts(db, now - STUCK_AFTER_MS, now);
  for (const r of stuck) {
    const a = attentionOf(r, now);
    const minutes = Math.round((now - r.createdAt) / 60_000);
    await alert(
      `Stuck for ${minutes} min: ${partName(r)}: ${a.kind}, ${a.why}. ` +
        `An admin can /digest retry ${r.id} or /digest skip ${r.id} (from any channel).`,
    );
  }
  return stuck.length;
}
