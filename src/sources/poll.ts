// The per-feed job, read straight through: fetch (conditional) → 304: reschedule → parse →
// normalize → insert-if-new → schedule the next check → reset the error counters.
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Feed } from '../model.js';
import { insertArticlesIfNew } from '../store/article-batch.js';
import { finishFeedCheck } from '../store/feeds.js';
import type { Store } from '../store/store.js';
import type { Fetcher } from './fetch/index.js';
import { toNewArticle } from './normalize.js';
import { parseFeed } from './parse/index.js';
import { failedCheck, intervalMinutes, jittered } from './poll-rules.js';

export interface PollDeps {
  store: Store;
  fetcher: Fetcher;
  config: Pick<Config, 'fetch' | 'polling'>;
  log: Logger;
  now?: () => number;
  /** For the jitter; tests pin it. */
  random?: () => number;
}

export type PollOutcome =
  | { feedId: number; status: 'ok'; items: number; newArticles: number; nextCheckAt: number }
  | { feedId: number; status: 'not-modified'; nextCheckAt: number }
  | { feedId: number; status: 'failed'; code: string; message: string; nextCheckAt: number; disabledReason: string | null };

/**
 * Polls one feed that `owner` has leased, stores what is new and releases the lease. Never
 * throws for a feed's own problems: they are recorded on the feed and returned.
 */
export async function pollFeed(deps: PollDeps, feed: Feed, owner: string): Promise<PollOutcome> {
  const now = (deps.now ?? Date.now)();
  const { polling, fetch: limits } = deps.config;
  const random = deps.random ?? Math.random;
  try {
    const res = await deps.fetcher.fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    if (res.kind === 'not-modified') {
      const minutes = res.freshForMs === null ? (feed.intervalMinutes ?? polling.intervalMinutes) : intervalMinutes(polling, res);
      const nextCheckAt = now + jittered(polling, minutes, random);
      await finishFeedCheck(deps.store.db, feed.id, owner, {
        checkedAt: now,
        nextCheckAt,
        consecutiveFailures: 0,
        consecutiveNotFound: 0,
        success: { etag: feed.etag, lastModified: feed.lastModified, primed: false },
      });
      return { feedId: feed.id, status: 'not-modified', nextCheckAt };
    }

    const parsed = await parseFeed(res.body, {
      url: res.finalUrl,
      maxItems: limits.maxItems,
      ...(res.contentType && { contentType: res.contentType }),
    });
    // A new feed's first good poll marks what it already holds as seen, except a backfill window.
    const admitSince = feed.primedAt !== null ? -Infinity : (feed.backfillSince ?? Infinity);
    const articles = parsed.items
      .slice(0, limits.maxItems)
      .map((item) => toNewArticle(item, { feed, parsed, baseUrl: res.finalUrl, now, admitSince }))
      .filter((a) => a !== null);
    const minutes = intervalMinutes(polling, { freshForMs: res.freshForMs, ttlMinutes: parsed.ttlMinutes ?? null });
    const nextCheckAt = now + jittered(polling, minutes, random);
    const results = await deps.store.transaction(async (trx) => {
      const inserted = await insertArticlesIfNew(trx, articles);
      await finishFeedCheck(trx, feed.id, owner, {
        checkedAt: now,
        nextCheckAt,
        intervalMinutes: minutes,
        consecutiveFailures: 0,
        consecutiveNotFound: 0,
        success: { etag: res.etag, lastModified: res.lastModified, title: parsed.title, primed: true },
      });
      return inserted;
    });
    const newArticles = results.filter((r) => r.isNew).length;
    deps.log.debug({ feedId: feed.id, items: articles.length, newArticles }, 'feed polled');
    return { feedId: feed.id, status: 'ok', items: articles.length, newArticles, nextCheckAt };
  } catch (err) {
    const check = failedCheck(feed, err, now);
    await finishFeedCheck(deps.store.db, feed.id, owner, check);
    const { code, message } = check.error ?? { code: 'RATE_LIMITED', message: 'host asked us to wait' };
    const fields = { feedId: feed.id, url: feed.url, code, message, reason: check.disabledReason };
    if (code === 'INTERNAL') deps.log.error({ ...fields, err }, 'feed check crashed');
    else if (check.disabledReason) deps.log.warn(fields, 'feed disabled');
    else deps.log.info(fields, 'feed check failed');
    return {
      feedId: feed.id,
      status: 'failed',
      code,
      message,
      nextCheckAt: check.nextCheckAt,
      disabledReason: check.disabledReason ?? null,
    };
  }
}
