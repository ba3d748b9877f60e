// The per-feed job, read straight through: fetch (conditional) → 304: reschedule → parse and
// normalize (on a worker thread) → insert-if-new → schedule the next check → reset the error
// counters. The cycle's writer commits many feeds' outcomes together.
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Feed } from '../model.js';
import type { FeedCheck } from '../store/feeds.js';
import type { Store } from '../store/store.js';
import type { CheckWriter } from './check-writer.js';
import type { FeedResponse, Fetcher } from './fetch/index.js';
import { failedCheck, intervalMinutes, jittered } from './poll-rules.js';
import type { ReadFeed } from './read-feed.js';
import type { ReadPool } from './read-pool.js';
import type { PollThreads } from './poll-threads.js';
import { wantsPage, type PageQueue } from './page-text.js';

/** Wall time per step, summed over feeds (the feeds of a cycle overlap: this says where they wait). */
export interface PollTimings {
  fetchMs: number;
  /** Parse and normalize, on the read pool's threads. */
  readMs: number;
  /** Until the cycle's writer committed the outcome. */
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
  /** Reader and extraction threads kept warm across cycles by the caller, who closes them; without, the cycle makes its own. */
  threads?: PollThreads;
}

export type PollOutcome =
  | { feedId: number; status: 'ok'; items: number; newArticles: number; nextCheckAt: number }
  | { feedId: number; status: 'not-modified'; nextCheckAt: number }
  | { feedId: number; status: 'failed'; code: string; message: string; nextCheckAt: number; disabledReason: string | null };

type Ok = Extract<FeedResponse, { kind: 'ok' }>;

/** What the feeds of one cycle share: the threads that read them and the writer that stores them. */
export interface PollCycleTools {
  reader: ReadPool;
  writer: CheckWriter;
  /** Told when the feed's fetch is over, so its host can serve the next feed. */
  fetched: (feed: Feed) => void;
  /** Article pages to fetch for full text (decision 0025). */
  pages: PageQueue;
}

/** Runs `fn`, adding its duration to the step when timings are collected. */
function timed<T>(deps: PollDeps, step: keyof PollTimings, fn: () => Promise<T>): Promise<T> {
  const timings = deps.timings;
  if (!timings) return fn();
  const start = performance.now();
  return fn().finally(() => void (timings[step] += performance.now() - start));
}

/**
 * Polls one feed that `owner` has leased, stores what is new and releases the lease (both through
 * the cycle's writer). Never throws for a feed's own problems: they are recorded on the feed and
 * returned.
 */
export async function pollFeed(
  deps: PollDeps,
  { reader, writer, fetched, pages }: PollCycleTools,
  feed: Feed,
  owner: string,
): Promise<PollOutcome> {
  const now = (deps.now ?? Date.now)();
  const limits = deps.config.fetch;
  try {
    const validators = { etag: feed.etag, lastModified: feed.lastModified };
    const res = await timed(deps, 'fetchMs', () => deps.fetcher.fetchFeed(feed.url, validators)).finally(() => fetched(feed));
    if (res.kind === 'not-modified') {
      const minutes = res.freshForMs === null ? (feed.intervalMinutes ?? deps.config.polling.intervalMinutes) : undefined;
      const check = goodCheck(deps, now, minutes ?? intervalMinutes(deps.config.polling, res), { ...validators, primed: false });
      await writer.write({ feedId: feed.id, owner, articles: [], check });
      return { feedId: feed.id, status: 'not-modified', nextCheckAt: check.nextCheckAt };
    }
    const read = await timed(deps, 'readMs', () =>
      reader.run({
        body: res.body,
        url: res.finalUrl,
        contentType: res.contentType ?? undefined,
        maxItems: limits.maxItems,
        feed,
        now,
      }),
    );
    const { newArticles, nextCheckAt } = await timed(deps, 'storeMs', () =>
      storeFetch(deps, { writer, pages }, { feed, owner, res, read, now }),
    );
    const { items } = read;
    deps.log.debug({ feedId: feed.id, items, newArticles }, 'feed polled');
    return { feedId: feed.id, status: 'ok', items, newArticles, nextCheckAt };
  } catch (err) {
    return recordFailure(deps, { writer }, { feed, owner, now }, err);
  }
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

interface Fetched {
  feed: Feed;
  owner: string;
  res: Ok;
  read: ReadFeed;
  now: number;
}

/** The new articles and the feed's new state, committed together; then the pages the feed wants. */
async function storeFetch(
  deps: PollDeps,
  { writer, pages }: Pick<PollCycleTools, 'writer' | 'pages'>,
  { feed, owner, res, read, now }: Fetched,
): Promise<{ newArticles: number; nextCheckAt: number }> {
  const minutes = intervalMinutes(deps.config.polling, { freshForMs: res.freshForMs, ttlMinutes: read.ttlMinutes });
  const check = goodCheck(deps, now, minutes, {
    etag: res.etag,
    lastModified: res.lastModified,
    title: read.title,
    primed: true,
    items: read.itemDigests,
  });
  const results = await writer.write({ feedId: feed.id, owner, articles: read.articles, check });
  results.forEach(({ articleId, isNew }, i) => {
    const a = read.articles[i]!;
    if (isNew && wantsPage(feed.fullText, a, read.teasers[i]!))
      pages.add({
        articleId,
        feedId: feed.id,
        url: a.url!,
        title: a.title,
        feedText: a.text,
        feedLang: a.lang ?? null,
        tries: 0,
      });
  });
  return { newArticles: results.filter((r) => r.isNew).length, nextCheckAt: check.nextCheckAt };
}

async function recordFailure(
  deps: PollDeps,
  { writer }: Pick<PollCycleTools, 'writer'>,
  { feed, owner, now }: Pick<Fetched, 'feed' | 'owner' | 'now'>,
  err: unknown,
): Promise<PollOutcome> {
  const check = failedCheck(feed, err, now);
  await writer.write({ feedId: feed.id, owner, articles: [], check });
  const { code, message } = check.error ?? { code: 'RATE_LIMITED', message: 'the host asked us to wait' };
  const disabledReason = check.disabledReason ?? null;
  const fields = { feedId: feed.id, url: feed.url, code, message, disabledReason };
  if (code === 'INTERNAL') deps.log.error({ ...fields, err }, 'feed check crashed');
  else if (disabledReason) deps.log.warn(fields, 'feed disabled');
  else deps.log.info(fields, 'feed check failed');
  return { feedId: feed.id, status: 'failed', code, message, nextCheckAt: check.nextCheckAt, disabledReason };
}
