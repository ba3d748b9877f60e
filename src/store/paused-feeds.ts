// Feeds paused for one destination: their articles stay out of that channel's digests until
// resumed; other channels still get them.
import type { Db } from './store.js';

export async function pauseFeed(db: Db, destinationId: number, feedId: number, now: number): Promise<boolean> {
  const row = await db
    .insertInto('destination_paused_feeds')
    .values({ destination_id: destinationId, feed_id: feedId, paused_at: now })
    .onConflict((oc) => oc.doNothing())
    .returning('feed_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function resumeFeed(db: Db, destinationId: number, feedId: number): Promise<boolean> {
  const res = await db
    .deleteFrom('destination_paused_feeds')
    .where('destination_id', '=', destinationId)
    .where('feed_id', '=', feedId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function pausedFeedIds(db: Db, destinationId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('destination_paused_feeds')
    .select('feed_id')
    .where('destination_id', '=', destinationId)
    .orderBy('feed_id')
    .execute();
  return rows.map((r) => r.feed_id);
}

/** Sets the destination's paused feeds to exactly `feedIds` (reconciliation of a config destination). */
export async function setPausedFeeds(db: Db, destinationId: number, feedIds: number[], now: number): Promise<void> {
  await db.deleteFrom('destination_paused_feeds').where('destination_id', '=', destinationId).execute();
  for (const feedId of feedIds) await pauseFeed(db, destinationId, feedId, now);
}
