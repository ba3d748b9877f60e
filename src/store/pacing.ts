// Post pacing per channel, shared by every process through the store. A poster takes the
// channel's turn (one statement, so two drainers never both get it), posts, and hands the turn
// back with the gap added: the next post to that channel starts at least `gap` after this one
// finished, whatever the processes' timing.
import type { Db } from './store.js';

/**
 * Takes the channel for one post if its turn has come. Returns 0 when taken (held for at most
 * `holdMs`, so a crashed holder frees it), else how long until the turn is expected to come.
 */
export async function takeChannelTurn(db: Db, platform: string, channelId: string, now: number, holdMs: number): Promise<number> {
  const taken = await db
    .insertInto('channel_pacing')
    .values({ platform, channel_id: channelId, next_post_at: now + holdMs })
    .onConflict((oc) =>
      oc
        .columns(['platform', 'channel_id'])
        .doUpdateSet({ next_post_at: now + holdMs })
        .where('channel_pacing.next_post_at', '<=', now),
    )
    .returning('next_post_at')
    .executeTakeFirst();
  if (taken) return 0;
  const row = await db
    .selectFrom('channel_pacing')
    .select('next_post_at')
    .where('platform', '=', platform)
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  return Math.max(1, Number(row?.next_post_at ?? now) - now);
}

/** Hands the turn back: the next post to the channel may start `gapMs` from now. */
export async function releaseChannelTurn(db: Db, platform: string, channelId: string, now: number, gapMs: number): Promise<void> {
  await db
    .updateTable('channel_pacing')
    .set({ next_post_at: now + gapMs })
    .where('platform', '=', platform)
    .where('channel_id', '=', channelId)
    .execute();
}
