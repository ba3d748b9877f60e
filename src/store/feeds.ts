// Feed rows: what admins added, with validators, health and the next check time.
import type { Feed } from '../model.js';
import { userError } from '../errors.js';
import type { Db } from './store.js';
import type { FeedRow } from './schema.js';

export interface NewFeed {
  url: string;
  topic?: string | null;
  title?: string | null;
  addedBy?: string | null;
  backfillSince?: number | null;
  now: number;
}

export function feedFromRow(r: FeedRow): Feed {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    topic: r.topic,
    status: r.status === 'disabled' ? 'disabled' : 'active',
    disabledReason: r.disabled_reason,
    etag: r.etag,
    lastModified: r.last_modified,
    nextCheckAt: r.next_check_at,
    lastCheckedAt: r.last_checked_at,
    lastSuccessAt: r.last_success_at,
    lastErrorAt: r.last_error_at,
    lastErrorCode: r.last_error_code,
    lastError: r.last_error,
    consecutiveFailures: r.consecutive_failures,
    consecutiveNotFound: r.consecutive_not_found,
    backfillSince: r.backfill_since,
    primedAt: r.primed_at,
    addedAt: r.added_at,
    addedBy: r.added_by,
  };
}

/** Adds a feed, due now. A URL that is already there is a user error, never a second row. */
export async function insertFeed(db: Db, f: NewFeed): Promise<Feed> {
  const row = await db
    .insertInto('feeds')
    .values({
      url: f.url,
      topic: f.topic ?? null,
      title: f.title ?? null,
      added_by: f.addedBy ?? null,
      backfill_since: f.backfillSince ?? null,
      next_check_at: f.now,
      added_at: f.now,
      status: 'active',
    })
    .onConflict((oc) => oc.column('url').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw userError('FEED_DUPLICATE', `This feed is already configured: ${f.url}`);
  return feedFromRow(row);
}

export async function getFeed(db: Db, id: number): Promise<Feed | undefined> {
  const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
  return row && feedFromRow(row);
}

export async function getFeedByUrl(db: Db, url: string): Promise<Feed | undefined> {
  const row = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
  return row && feedFromRow(row);
}

export async function listFeeds(db: Db): Promise<Feed[]> {
  const rows = await db.selectFrom('feeds').selectAll().orderBy('id').execute();
  return rows.map(feedFromRow);
}

/** Removes a feed; the articles it brought stay (other feeds or digests may cite them). */
export async function deleteFeed(db: Db, id: number): Promise<boolean> {
  const res = await db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
