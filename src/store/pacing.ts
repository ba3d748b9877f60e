// Post pacing per channel, shared by every process through the store: each post reserves the
// next free instant for its channel in one statement, so two drainers never post to one channel
// closer together than the gap.
import { sql } from 'kysely';
import type { Db } from './store.js';

/** Reserves a post to the channel; returns the instant (epoch ms) at which it may go out. */
export async function reservePostSlot(db: Db, platform: string, channelId: string, now: number, gapMs: number): Promise<number> {
  const row = await db
    .insertInto('channel_pacing')
    .values({ platform, channel_id: channelId, next_post_at: now + gapMs })
    .onConflict((oc) =>
      oc.columns(['platform', 'channel_id']).doUpdateSet({
        next_post_at: sql<number>`case when channel_pacing.next_post_at > ${now} then channel_pacing.next_post_at else ${now} end + ${gapMs}`,
      }),
    )
    .returning('next_post_at')
    .executeTakeFirstOrThrow();
  return Number(row.next_post_at) - gapMs;
}
