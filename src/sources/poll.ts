// The per-feed job, read straight through: fetch (conditional) → 304: reschedule → parse →
// normalize → insert-if-new → schedule the next check → reset the error counters.
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Feed, ParsedFeed } from '../model.js';
import { insertArticlesIfNew } from '../store/article-batch.js';
import type { NewArticle } from '../store/articles.js';
import { finishFeedCheck, type FeedCheck } from '../store/feeds.js';
import type { Store } from '../store/store.js';
import type { FeedResponse, Fetcher } from './fetch/index.js';
import { toNewArticle } from './normalize.js';
import { parseFeed } from './parse/index.js';
import { failedCheck, intervalMinutes, jittered } from './poll-rules.js';
import { nextTurn } from './turns.js';

/** Time spent per step, summed over feeds (fetch is wall time and overlaps; the rest is main-thread work). */
export interface PollTimings {
  fetchMs: number;
  parseMs: number;
  normalizeMs: number;
  storeMs: number;
}

export interface PollDeps {
  store: Store;
  fetcher: Fetcher;
  config: Pick<Config, 'fetch' | 'polling'>;
  log: Logger;
  now?: () => number;
  /** For the jitter; tests pin it. */
  random?: () => number;
  /** When present, each step's time is added to it (benchmarks). */
  timings?: PollTimings;
}

export type PollOutcome =
  | { feedId: number; status: 'ok'; items: number; newArticles: number; nextCheckAt: number }
  | { feedId: number; status: 'not-modified'; nextCheckAt: number }
  | { feedId: number; status: 'failed'; code: string; message: string; nextCheckAt: number; disabledReason: string | null };

type Ok = Extract<FeedResponse, { kind: 'ok' }>;

/** Runs `fn`, adding its duration to the step when timings are collected (a synchronous step is timed without yielding). */
function timed<T>(deps: PollDeps, step: keyof PollTimings, fn: () => T): T {
  const timings = deps.timings;
  if (!timings) return fn();
  const start = performance.now();
  const add = () => void (timings[step] += performance.now() - start);
  const out = fn();
  if (out instanceof Promise) return out.finally(add) as T;
  add();
  return out;
}

/**
 * Polls one feed that `owner` has leased, stores what is new and releases the lease. Never
 * throws for a feed's own problems: they are recorded on the feed and returned.
 */
export async function pollFeed(deps: PollDeps, feed: Feed, owner: string): Promise<PollOutcome> {
  const now = (deps.now ?? Date.now)();
  const limits = deps.config.fetch;
  try {
    const validators = { etag: feed.etag, lastModified: feed.lastModified };
    const res = await timed(deps, 'fetchMs', () => deps.fetcher.fetchFeed(feed.url, validators));
    if (res.kind === 'not-modified') {
      const minutes = res.freshForMs === null ? (feed.intervalMinutes ?? deps.config.polling.intervalMinutes) : undefined;
      const check = goodCheck(deps, now, minutes ?? intervalMinutes(deps.config.polling, res), { ...validators, primed: false });
      await finishFeedCheck(deps.store.db, feed.id, owner, check);
      return { feedId: feed.id, status: 'not-modified', nextCheckAt: check.nextCheckAt };
    }
    await nextTurn();
    const contentType = res.contentType ?? undefined;
    const parsed = await timed(deps, 'parseMs', () =>
      parseFeed(res.body, { url: res.finalUrl, maxItems: limits.maxItems, contentType }),
    );
    const articles = timed(deps, 'normalizeMs', () => normalizeItems(feed, parsed, res, now, limits.maxItems));
    await nextTurn();
    const { newArticles, nextCheckAt } = await timed(deps, 'storeMs', () =>
      storeFetch(deps, feed, owner, res, parsed, articles, now),
    );
    deps.log.debug({ feedId: feed.id, items: articles.length, newArticles }, 'feed polled');
    return { feedId: feed.id, status: 'ok', items: articles.length, newArticles, nextCheckAt };
  } catch (err) {
    return recordFailure(deps, feed, owner, err, now);
  }
}

/** A new feed's first good poll marks what it already holds as seen, except a backfill window. */
function normalizeItems(feed: Feed, parsed: ParsedFeed, res: Ok, now: number, maxItems: number): NewArticle[] {
  const admitSince = feed.primedAt !== null ? -Infinity : (feed.backfillSince ?? Infinity);
  return parsed.items
    .slice(0, maxItems)
    .map((item) => toNewArticle(item, { feed, parsed, baseUrl: res.finalUrl, now, admitSince }))
    .filter((a) => a !== null);
}

function goodCheck(deps: PollDeps, now: number, minutes: number, success: FeedCheck['success']): FeedCheck {
  const delay = jittered(deps.config.polling, minutes, deps.random ?? Math.random);
  return {
    checkedAt: now,
    nextCheckAt: now + delay,
    intervalMinutes: minutes,
    consecutiveFailures: 0,
    consecutiveNotFound: 0,
    success,
  };
}

/** The new articles and the feed's new state, in one transaction. */
async function storeFetch(
  deps: PollDeps,
  feed: Feed,
  owner: string,
  res: Ok,
  parsed: ParsedFeed,
  articles: NewArticle[],
  now: number,
): Promise<{ newArticles: number; nextCheckAt: number }> {
  const minutes = intervalMinutes(deps.config.polling, { freshForMs: res.freshForMs, ttlMinutes: parsed.ttlMinutes ?? null });
  const check = goodCheck(deps, now, minutes, {
    etag: res.etag,
    lastModified: res.lastModified,
    title: parsed.title,
    primed: true,
  });
  const results = await deps.store.transaction(async (trx) => {
    const inserted = await insertArticlesIfNew(trx, articles);
    await finishFeedCheck(trx, feed.id, owner, check);
    return inserted;
  });
  return { newArticles: results.filter((r) => r.isNew).length, nextCheckAt: check.nextCheckAt };
}

async function recordFailure(deps: PollDeps, feed: Feed, owner: string, err: unknown, now: number): Promise<PollOutcome> {
  const check = failedCheck(feed, err, now);
  await finishFeedCheck(deps.store.db, feed.id, owner, check);
  const { code, message } = check.error ?? { code: 'RATE_LIMITED', message: 'the host asked us to wait' };
  const disabledReason = check.disabledReason ?? null;
  const fields = { feedId: feed.id, url: feed.url, code, message, disabledReason };
  if (code === 'INTERNAL') deps.log.error({ ...fields, err }, 'feed check crashed');
  else if (disabledReason) deps.log.warn(fields, 'feed disabled');
  else deps.log.info(fields, 'feed check failed');
  return { feedId: feed.id, status: 'failed', code, message, nextCheckAt: check.nextCheckAt, disabledReason };
}
