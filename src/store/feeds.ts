// Feed rows: what admins added, with validators, health and the next check time.
import { sql } from 'kysely';
import { FULL_TEXT_MODES, type Feed, type FullTextMode, type Origin } from '../model.js';
import { userError } from '../errors.js';
import { dialectOf } from './dialect.js';
import { feedKey } from './feed-key.js';
import type { Db } from './store.js';
import { readJson, stringList } from './json.js';
import type { FeedRow } from './schema.js';
import { DAY } from '../time.js';

export interface NewFeed {
  url: string;
  topic?: string | null;
  title?: string | null;
  addedBy?: string | null;
  backfillSince?: number | null;
  /** Default `admin`. */
  origin?: Origin;
  siteUrl?: string | null;
  /** Default `auto`. */
  fullText?: FullTextMode;
  now: number;
}

const fullTextOf = (v: string): FullTextMode => FULL_TEXT_MODES.find((m) => m === v) ?? 'auto';

const ORIGINS: readonly Origin[] = ['config', 'admin', 'seed'];
const originOf = (v: string): Origin => ORIGINS.find((o) => o === v) ?? 'admin';

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
    intervalMinutes: r.interval_minutes,
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
    lastItems: r.last_items ? readJson(stringList, r.last_items, 'feeds.last_items') : [],
    addedAt: r.added_at,
    addedBy: r.added_by,
    origin: originOf(r.origin),
    siteUrl: r.site_url,
    fullText: fullTextOf(r.full_text),
  };
}

/** Adds a feed, due now. A feed that is already there (same URL or a twin of it) is a user error, never a second row. */
export async function insertFeed(db: Db, f: NewFeed): Promise<Feed> {
  const row = await db
    .insertInto('feeds')
    .values({
      url: f.url,
      canonical_key: feedKey(f.url),
      topic: f.topic ?? null,
      title: f.title ?? null,
      added_by: f.addedBy ?? null,
      backfill_since: f.backfillSince ?? null,
      next_check_at: f.now,
      added_at: f.now,
      status: 'active',
      origin: f.origin ?? 'admin',
      site_url: f.siteUrl ?? null,
      ...(f.fullText !== undefined && { full_text: f.fullText }), // else the column's default, auto
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw userError('FEED_DUPLICATE', `This feed is already configured: ${f.url}`);
  return feedFromRow(row);
}

/** The stored feed that is `url` or a twin of it (http/https, trailing slash). */
export async function getFeedByKey(db: Db, url: string): Promise<Feed | undefined> {
  const row = await db.selectFrom('feeds').selectAll().where('canonical_key', '=', feedKey(url)).executeTakeFirst();
  return row && feedFromRow(row);
}

/** What reconciliation or an admin may change on a feed row; fields left out stay. */
export interface FeedUpdate {
  url?: string;
  title?: string | null;
  topic?: string | null;
  origin?: Origin;
  siteUrl?: string | null;
  fullText?: FullTextMode;
  /** true: active again (due now); false: disabled with `disabledReason`. */
  enabled?: boolean;
  disabledReason?: string;
  now: number;
}

export async function updateFeed(db: Db, id: number, u: FeedUpdate): Promise<Feed | undefined> {
  const row = await db
    .updateTable('feeds')
    .set({
      ...(u.url !== undefined && { url: u.url, canonical_key: feedKey(u.url) }),
      ...(u.title !== undefined && { title: u.title }),
      ...(u.topic !== undefined && { topic: u.topic }),
      ...(u.origin !== undefined && { origin: u.origin }),
      ...(u.siteUrl !== undefined && { site_url: u.siteUrl }),
      ...(u.fullText !== undefined && { full_text: u.fullText }),
      ...(u.enabled === true && { status: 'active', disabled_reason: null, next_check_at: u.now, consecutive_failures: 0 }),
      ...(u.enabled === false && { status: 'disabled', disabled_reason: u.disabledReason ?? null }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && feedFromRow(row);
}

/**
 * An admin's feed, stored in one transaction with what follows from it: a retired config row
 * (`takeOver`) becomes the admin's with its history, and the starter feeds are deleted now that
 * the admins have their own. Returns how many starter feeds went.
 */
export async function addAdminFeed(
  db: Db,
  takeOver: number | null,
  f: Omit<NewFeed, 'origin'>,
): Promise<{ feed: Feed; seedsRemoved: number }> {
  return db.transaction().execute(async (trx) => {
    const feed =
      takeOver === null
        ? await insertFeed(trx, { ...f, origin: 'admin' })
        : (await updateFeed(trx, takeOver, {
            url: f.url,
            title: f.title ?? null,
            topic: f.topic ?? null,
            siteUrl: f.siteUrl ?? null,
            fullText: f.fullText ?? 'auto',
            origin: 'admin',
            enabled: true,
            now: f.now,
          }))!;
    return { feed, seedsRemoved: await deleteFeedsOfOrigin(trx, 'seed') };
  });
}

/** Deletes every feed of an origin (the seeds, once another feed exists); returns how many. */
export async function deleteFeedsOfOrigin(db: Db, origin: Origin): Promise<number> {
  const res = await db.deleteFrom('feeds').where('origin', '=', origin).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Sets a feed's topic on the articles it carried since `since` (they wait for digests under the new topic). */
export async function retopicRecentArticles(db: Db, feedId: number, topic: string | null, since: number): Promise<void> {
  await db
    .updateTable('articles')
    .set({ topic })
    .where('first_seen_at', '>', since)
    .where('id', 'in', (eb) => eb.selectFrom('feed_items').select('article_id').where('feed_id', '=', feedId))
    .execute();
}

/** A feed's articles this recent take its new name or topic (older ones have been in digests). */
export const RECENT_ARTICLES_MS = 2 * DAY;

/** Sets a feed's outlet name on the articles it carried since `since` (digests still to come show the new name). */
export async function renameRecentArticles(db: Db, feedId: number, outlet: string, since: number): Promise<void> {
  await db
    .updateTable('articles')
    .set({ outlet })
    .where('first_seen_at', '>', since)
    .where('id', 'in', (eb) => eb.selectFrom('feed_items').select('article_id').where('feed_id', '=', feedId))
    .execute();
}

export async function getFeed(db: Db, id: number): Promise<Feed | undefined> {
  const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
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

export interface ClaimOptions {
  /** This replica's id. */
  owner: string;
  now: number;
  /** Only feeds due at or before this instant (a poll cycle passes its start, so it ends). */
  dueBy: number;
  limit: number;
  /** How long the claim holds; an expired lease (a replica that died) frees the feed again. */
  leaseMs: number;
}

/**
 * Feeds due at the same instant (added together, e.g. a list of one site's feeds) are taken in a
 * fixed pseudo-random order (Knuth's multiplicative hash of the id), not in id order: a claim then
 * spans many hosts instead of filling with one host's feeds, two of which may be fetched at once.
 */
const SHUFFLED_ID = sql`(id * 2654435761) % 4294967296`;

/**
 * Leases up to `limit` active, due, unleased feeds to `owner` in one statement, so racing replicas
 * never get the same feed. PostgreSQL skips rows another replica is claiming (SKIP LOCKED);
 * SQLite serializes writers.
 */
export async function claimDueFeeds(db: Db, o: ClaimOptions): Promise<Feed[]> {
  const rows = await db
    .updateTable('feeds')
    .set({ lease_owner: o.owner, lease_until: o.now + o.leaseMs })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('feeds')
        .select('id')
        .where('status', '=', 'active')
        .where('next_check_at', '<=', o.dueBy)
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', o.now)]))
        .orderBy('next_check_at')
        .orderBy(SHUFFLED_ID)
        .limit(o.limit)
        .$if(dialectOf(db) === 'postgres', (q) => q.forUpdate().skipLocked()),
    )
    .returningAll()
    .execute();
  return rows.map(feedFromRow).sort((a, b) => a.nextCheckAt - b.nextCheckAt);
}

/** What one check of a feed changed. Fields left out stay as they are. */
export interface FeedCheck {
  checkedAt: number;
  nextCheckAt: number;
  consecutiveFailures: number;
  consecutiveNotFound: number;
  intervalMinutes?: number;
  success?: {
    etag: string | null;
    lastModified: string | null;
    title?: string | null;
    primed: boolean;
    /** Digests of the item keys this fetch carried; left as they were when absent (a 304). */
    items?: string[];
  };
  error?: { code: string; message: string };
  /** Set to disable the feed with this reason code. */
  disabledReason?: string;
}

/** Writes the outcome of a check and releases the lease; false when `owner` no longer held it. */
export async function finishFeedCheck(db: Db, id: number, owner: string, c: FeedCheck): Promise<boolean> {
  const res = await db
    .updateTable('feeds')
    .set((eb) => ({
      last_checked_at: c.checkedAt,
      next_check_at: c.nextCheckAt,
      consecutive_failures: c.consecutiveFailures,
      consecutive_not_found: c.consecutiveNotFound,
      lease_owner: null,
      lease_until: null,
      ...(c.intervalMinutes === undefined ? {} : { interval_minutes: c.intervalMinutes }),
      ...(c.success && {
        last_success_at: c.checkedAt,
        etag: c.success.etag,
        last_modified: c.success.lastModified,
        title: eb.fn.coalesce('title', eb.val(c.success.title ?? null)),
        primed_at: c.success.primed ? eb.fn.coalesce('primed_at', eb.val(c.checkedAt)) : eb.ref('primed_at'),
        ...(c.success.items && { last_items: JSON.stringify(c.success.items) }),
      }),
      ...(c.error && { last_error_at: c.checkedAt, last_error_code: c.error.code, last_error: c.error.message }),
      ...(c.disabledReason && { status: 'disabled', disabled_reason: c.disabledReason }),
    }))
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
