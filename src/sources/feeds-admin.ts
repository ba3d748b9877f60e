// Feed administration, platform-neutral: the /feeds command and `digestbot feeds` both call these.
// Anything an admin typed wrong comes back as a user error naming the problem.
import type { FeedConfig } from '../config.js';
import { isAppError, userError } from '../errors.js';
import type { Feed, FeedFormat } from '../model.js';
import { deleteFeed, getFeed, getFeedByUrl, insertFeed, listFeeds } from '../store/feeds.js';
import type { Db } from '../store/store.js';
import { parseFeedUrl, type Fetcher } from './fetch/index.js';
import { visibleText } from './normalize.js';
import { parseFeed } from './parse/index.js';

export interface FeedsAdminDeps {
  db: Db;
  fetcher: Fetcher;
  /** Items taken per fetch (config.fetch.maxItems). */
  maxItems: number;
  now?: () => number;
}

export interface FeedPreview {
  url: string;
  finalUrl: string;
  format: FeedFormat;
  title: string | null;
  itemCount: number;
  /** The first few items, as a reader would see them. */
  items: { title: string | null; link: string | null; published: string | null }[];
}

const PREVIEW_ITEMS = 5;
const MAX_BACKFILL_MS = 30 * 24 * 3_600_000;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90m`, `48h`, `7d` → milliseconds (at most 30 days). */
export function parseBackfill(text: string): number {
  const m = /^\s*(\d{1,5})\s*([mhd])\s*$/i.exec(text);
  const ms = m ? Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]! : NaN;
  if (!(ms > 0 && ms <= MAX_BACKFILL_MS)) {
    throw userError('BAD_ARGUMENT', `Backfill must be a duration such as 90m, 48h or 7d, at most 30d (got "${text}")`);
  }
  return ms;
}

function checkTopic(topic: string | null | undefined): string | null {
  const t = topic?.trim();
  if (!t) return null;
  if (!/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u.test(t)) {
    throw userError('BAD_ARGUMENT', `A topic is 1–64 letters, digits, spaces, dots, dashes or underscores (got "${topic}")`);
  }
  return t;
}

/** Fetches and parses a feed through the guarded fetcher, without saving anything. */
export async function testFeed(deps: Pick<FeedsAdminDeps, 'fetcher' | 'maxItems'>, url: string): Promise<FeedPreview> {
  const res = await deps.fetcher.fetchFeed(url);
  if (res.kind !== 'ok') throw userError('NOT_A_FEED', `${url} answered 304 Not Modified to a plain request`);
  let parsed;
  try {
    parsed = await parseFeed(res.body, {
      url: res.finalUrl,
      maxItems: deps.maxItems,
      ...(res.contentType && { contentType: res.contentType }),
    });
  } catch (err) {
    if (isAppError(err, 'EMPTY_DOCUMENT'))
      throw userError('EMPTY_DOCUMENT', `${res.finalUrl} answered with no feed: ${err.message}`);
    if (isAppError(err, 'PARSE_ERROR') || isAppError(err, 'NOT_A_FEED')) {
      throw userError('NOT_A_FEED', `${res.finalUrl} is not a feed this bot can read: ${err.message}`);
    }
    throw err;
  }
  return {
    url: res.url,
    finalUrl: res.finalUrl,
    format: parsed.format,
    title: parsed.title === null ? null : visibleText(parsed.title),
    itemCount: parsed.items.length,
    items: parsed.items
      .slice(0, PREVIEW_ITEMS)
      .map((i) => ({ title: i.title === null ? null : visibleText(i.title), link: i.link, published: i.published })),
  };
}

export interface AddFeedInput {
  url: string;
  topic?: string | null;
  /** A duration such as `48h`: items published that recently reach the next digest. */
  backfill?: string | null;
  addedBy?: string | null;
}

/** Validates, refuses duplicates, test-fetches, then stores the feed (due now; its first poll marks what it holds as seen). */
export async function addFeed(deps: FeedsAdminDeps, input: AddFeedInput): Promise<{ feed: Feed; preview: FeedPreview }> {
  const url = parseFeedUrl(input.url).href;
  const topic = checkTopic(input.topic);
  const backfillMs = input.backfill ? parseBackfill(input.backfill) : null;
  if (await getFeedByUrl(deps.db, url)) throw userError('FEED_DUPLICATE', `This feed is already configured: ${url}`);
  const preview = await testFeed(deps, url);
  const now = (deps.now ?? Date.now)();
  const feed = await insertFeed(deps.db, {
    url,
    topic,
    addedBy: input.addedBy ?? null,
    backfillSince: backfillMs === null ? null : now - backfillMs,
    now,
  });
  return { feed, preview };
}

export type FeedHealth = 'new' | 'ok' | 'failing' | 'disabled';

export interface FeedStatus {
  id: number;
  url: string;
  title: string | null;
  topic: string | null;
  health: FeedHealth;
  disabledReason: string | null;
  lastSuccessAt: number | null;
  lastCheckedAt: number | null;
  nextCheckAt: number;
  lastErrorAt: number | null;
  lastErrorCode: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}

export function feedHealth(f: Feed): FeedHealth {
  if (f.status === 'disabled') return 'disabled';
  if (f.lastCheckedAt === null) return 'new';
  const errorSinceSuccess = f.lastErrorAt !== null && f.lastErrorAt >= (f.lastSuccessAt ?? 0);
  return f.consecutiveFailures > 0 || f.consecutiveNotFound > 0 || errorSinceSuccess ? 'failing' : 'ok';
}

function statusOf(f: Feed): FeedStatus {
  return {
    id: f.id,
    url: f.url,
    title: f.title,
    topic: f.topic,
    health: feedHealth(f),
    disabledReason: f.disabledReason,
    lastSuccessAt: f.lastSuccessAt,
    lastCheckedAt: f.lastCheckedAt,
    nextCheckAt: f.nextCheckAt,
    lastErrorAt: f.lastErrorAt,
    lastErrorCode: f.lastErrorCode,
    lastError: f.lastError,
    consecutiveFailures: f.consecutiveFailures,
  };
}

export async function listFeedStatus(db: Db): Promise<FeedStatus[]> {
  return (await listFeeds(db)).map(statusOf);
}

/** Failing and disabled feeds, and why. */
export async function feedErrors(db: Db): Promise<FeedStatus[]> {
  return (await listFeedStatus(db)).filter((f) => f.health === 'failing' || f.health === 'disabled');
}

/** Removes a feed by id; the articles it brought stay. */
export async function removeFeed(db: Db, id: number): Promise<Feed> {
  const feed = Number.isSafeInteger(id) && id > 0 ? await getFeed(db, id) : undefined;
  if (!feed || !(await deleteFeed(db, id))) throw userError('FEED_NOT_FOUND', `No feed with id ${id} (see the feed list)`);
  return feed;
}

/** Adds the feeds named in the configuration that the store does not have yet (no test fetch: the poll reports problems). */
export async function syncConfiguredFeeds(db: Db, feeds: readonly FeedConfig[], now: number): Promise<Feed[]> {
  const added: Feed[] = [];
  for (const f of feeds) {
    const url = parseFeedUrl(f.url).href;
    if (await getFeedByUrl(db, url)) continue;
    try {
      added.push(await insertFeed(db, { url, topic: f.topic ?? null, title: f.title ?? null, addedBy: 'config', now }));
    } catch (err) {
      // Another replica starting at the same time added it first.
      if (!isAppError(err, 'FEED_DUPLICATE')) throw err;
    }
  }
  return added;
}
