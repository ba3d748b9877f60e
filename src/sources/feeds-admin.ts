// Feed administration, platform-neutral: the /feeds command and `digestbot feeds` both call these.
// Anything an admin typed wrong comes back as a user error naming the problem; feeds the config
// file or the starter list own are refused with the place to change them (decision 0020).
import { isAppError, userError } from '../errors.js';
import { FULL_TEXT_MODES, type Feed, type FeedFormat, type FullTextMode } from '../model.js';
import {
  addAdminFeed,
  deleteFeed,
  getFeed,
  getFeedByKey,
  RECENT_ARTICLES_MS,
  renameRecentArticles,
  retopicRecentArticles,
  updateFeed,
} from '../store/feeds.js';
import type { Db } from '../store/store.js';
import { DAY } from '../time.js';
import { feedLinksInPage, looksLikeHtml } from './discover.js';
import { canonicalFeedUrl } from './feed-url.js';
import type { Fetcher } from './fetch/index.js';
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
  /** The feed's address: what was asked, or the feed the page at `discoveredFrom` links. */
  url: string;
  finalUrl: string;
  format: FeedFormat;
  title: string | null;
  /** The site the feed says it belongs to. */
  siteUrl: string | null;
  itemCount: number;
  /** The first few items, as a reader would see them. */
  items: { title: string | null; link: string | null; published: string | null }[];
  /** Set when `url` was found on this web page. */
  discoveredFrom: string | null;
  /** Other feeds the page links (comments, other sections). */
  otherFeeds: { url: string; title: string | null }[];
}

const PREVIEW_ITEMS = 5;
const MAX_BACKFILL_MS = 30 * DAY;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY };

/** `90m`, `48h`, `7d` → milliseconds (at most 30 days). */
export function parseBackfill(text: string): number {
  const m = /^\s*(\d{1,5})\s*([mhd])\s*$/i.exec(text);
  const ms = m ? Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]! : NaN;
  if (!(ms > 0 && ms <= MAX_BACKFILL_MS)) {
    throw userError('BAD_ARGUMENT', `Backfill must be a duration such as 90m, 48h or 7d, at most 30d (got "${text}")`);
  }
  return ms;
}

/** `auto`, `always` or `off` (any case); a user error naming the three otherwise. */
export function parseFullText(text: string): FullTextMode {
  const mode = FULL_TEXT_MODES.find((m) => m === text.trim().toLowerCase());
  if (!mode)
    throw userError('BAD_ARGUMENT', `Full text is auto (pages of titles and teasers only), always or off (got "${text}")`);
  return mode;
}

export function checkTopic(topic: string | null | undefined): string | null {
  const t = topic?.trim();
  if (!t) return null;
  if (!/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u.test(t)) {
    throw userError('BAD_ARGUMENT', `A topic is 1–64 letters, digits, spaces, dots, dashes or underscores (got "${topic}")`);
  }
  return t;
}

type Fetched = Extract<Awaited<ReturnType<Fetcher['fetchFeed']>>, { kind: 'ok' }>;

async function fetchOk(deps: Pick<FeedsAdminDeps, 'fetcher'>, url: string): Promise<Fetched> {
  const res = await deps.fetcher.fetchFeed(url);
  if (res.kind !== 'ok') throw userError('NOT_A_FEED', `${url} answered 304 Not Modified to a plain request`);
  return res;
}

async function parsed(deps: Pick<FeedsAdminDeps, 'maxItems'>, res: Fetched) {
  return parseFeed(res.body, {
    url: res.finalUrl,
    maxItems: deps.maxItems,
    ...(res.contentType && { contentType: res.contentType }),
  });
}

const notAFeed = (err: unknown) => isAppError(err, 'PARSE_ERROR') || isAppError(err, 'NOT_A_FEED');

/**
 * Fetches and parses a feed through the guarded fetcher, without saving anything. A web page
 * that links its feed (`<link rel="alternate">`) leads to that feed.
 */
export async function testFeed(deps: Pick<FeedsAdminDeps, 'fetcher' | 'maxItems'>, url: string): Promise<FeedPreview> {
  let res = await fetchOk(deps, url);
  let feedUrl = url;
  let discoveredFrom: string | null = null;
  let otherFeeds: FeedPreview['otherFeeds'] = [];
  let feed;
  try {
    feed = await parsed(deps, res);
  } catch (err) {
    if (isAppError(err, 'EMPTY_DOCUMENT'))
      throw userError('EMPTY_DOCUMENT', `${res.finalUrl} answered with no feed: ${err.message}`);
    if (!notAFeed(err)) throw err;
    if (!looksLikeHtml(res.contentType, res.body))
      throw userError('NOT_A_FEED', `${res.finalUrl} is not a feed this bot can read: ${(err as Error).message}`);
    const links = feedLinksInPage(res.body.toString('utf8'), res.finalUrl);
    if (links.length === 0)
      throw userError(
        'NOT_A_FEED',
        `${res.finalUrl} is a web page that names no feed (no <link rel="alternate" type="application/rss+xml"> in its head). ` +
          "Look on the site for its feed's address (often /feed, /rss or /atom.xml) and give that.",
      );
    discoveredFrom = res.finalUrl;
    otherFeeds = links.slice(1).map((l) => ({ url: l.url, title: l.title }));
    feedUrl = canonicalFeedUrl(links[0]!.url);
    res = await fetchOk(deps, feedUrl);
    try {
      feed = await parsed(deps, res);
    } catch (inner) {
      if (!notAFeed(inner)) throw inner;
      throw userError(
        'NOT_A_FEED',
        `${discoveredFrom} names ${feedUrl} as its feed, but that is not a feed this bot can read: ${(inner as Error).message}`,
      );
    }
  }
  return {
    url: feedUrl,
    finalUrl: res.finalUrl,
    format: feed.format,
    title: feed.title === null ? null : visibleText(feed.title),
    siteUrl: feed.link,
    itemCount: feed.items.length,
    items: feed.items
      .slice(0, PREVIEW_ITEMS)
      .map((i) => ({ title: i.title === null ? null : visibleText(i.title), link: i.link, published: i.published })),
    discoveredFrom,
    otherFeeds,
  };
}

export interface AddFeedInput {
  url: string;
  topic?: string | null;
  /** A duration such as `48h`: items published that recently reach the next digest. */
  backfill?: string | null;
  addedBy?: string | null;
  /** When article pages are fetched for full text (`auto` when absent). */
  fullText?: string | null;
}

export interface AddedFeed {
  feed: Feed;
  preview: FeedPreview;
  /** Starter feeds deleted because this is the first feed of the admins' own. */
  seedsRemoved: number;
}

/** A feed that is already stored and may not be added again: a user error naming it. */
function duplicate(existing: Feed, asked: string): Error {
  const twin = existing.url === asked ? '' : ` (as ${existing.url})`;
  return userError('FEED_DUPLICATE', `This feed is already there: #${existing.id} ${existing.title ?? asked}${twin}.`);
}

/** A row a new add may take over: a config feed the file no longer declares. */
const retired = (f: Feed) => f.origin === 'config' && f.status === 'disabled' && f.disabledReason === 'REMOVED_FROM_CONFIG';

/**
 * Validates, refuses duplicates (twins included), test-fetches (following a page to its feed),
 * then stores the feed with its title, due now; its first poll marks what it holds as seen. The
 * first feed of the admins' own replaces the starter feeds.
 */
export async function addFeed(deps: FeedsAdminDeps, input: AddFeedInput): Promise<AddedFeed> {
  const asked = canonicalFeedUrl(input.url);
  const topic = checkTopic(input.topic);
  const backfillMs = input.backfill ? parseBackfill(input.backfill) : null;
  const fullText = input.fullText == null ? 'auto' : parseFullText(input.fullText);
  const before = await getFeedByKey(deps.db, asked);
  if (before && !retired(before)) throw duplicate(before, asked);
  const preview = await testFeed(deps, asked);
  const url = canonicalFeedUrl(preview.url);
  const existing = url === asked ? before : await getFeedByKey(deps.db, url);
  if (existing && !retired(existing)) throw duplicate(existing, url);
  const now = (deps.now ?? Date.now)();
  const { feed, seedsRemoved } = await addAdminFeed(deps.db, existing?.id ?? null, {
    url,
    topic,
    title: preview.title,
    siteUrl: preview.siteUrl,
    addedBy: input.addedBy ?? null,
    backfillSince: backfillMs === null ? null : now - backfillMs,
    fullText,
    now,
  });
  return { feed, preview, seedsRemoved };
}

/** The feed an admin may change: it exists and neither the config file nor the starter list owns it. */
export async function editableFeed(db: Db, id: number): Promise<Feed> {
  const feed = Number.isSafeInteger(id) && id > 0 ? await getFeed(db, id) : undefined;
  if (!feed) throw userError('FEED_NOT_FOUND', `No feed with id ${id} (see the feed list)`);
  if (feed.origin === 'config' && !retired(feed))
    throw userError(
      'CONFIG_OWNED',
      `Feed ${feed.id} (${feed.url}) is set in the bot's config file (feeds): change or remove it there, then restart digestbot.`,
    );
  if (feed.origin === 'seed')
    throw userError(
      'SEED_FEED',
      `Feed ${feed.id} is one of the starter feeds, used only until you add your own: add a feed and they all go away.`,
    );
  return feed;
}

/** Removes a feed by id; the articles it brought stay. */
export async function removeFeed(db: Db, id: number): Promise<Feed> {
  const feed = await editableFeed(db, id);
  if (!(await deleteFeed(db, id))) throw userError('FEED_NOT_FOUND', `No feed with id ${id} (see the feed list)`);
  return feed;
}

/** Gives a feed the name digests and lists show for it (its own title until then), its recent articles too. */
export async function renameFeed(db: Db, id: number, name: string, now: number): Promise<Feed> {
  await editableFeed(db, id);
  const title = name.trim();
  if (title === '' || title.length > 100)
    throw userError('BAD_ARGUMENT', `A feed name is 1–100 characters (got ${title.length}); give the name digests should show.`);
  const feed = (await updateFeed(db, id, { title, now }))!;
  await renameRecentArticles(db, id, title, now - RECENT_ARTICLES_MS);
  return feed;
}

/** Changes a feed's topic; its articles of the last two days wait for digests under the new one. */
export async function setFeedTopic(db: Db, id: number, topic: string | null, now: number): Promise<Feed> {
  await editableFeed(db, id);
  const checked = checkTopic(topic);
  const feed = (await updateFeed(db, id, { topic: checked, now }))!;
  await retopicRecentArticles(db, id, checked, now - RECENT_ARTICLES_MS);
  return feed;
}
