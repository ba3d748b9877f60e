// One poll cycle: claim due feeds in small batches (a lease per feed, safe across replicas) and
// run them until nothing due is left. More feeds are in flight than the fetcher opens connections
// (`fetch.concurrency`): while some download, others are read on worker threads or wait for
// their group commit.
import type { Feed } from '../model.js';
import { createCheckWriter } from './check-writer.js';
import { createFeedQueue } from './feed-queue.js';
import { pollFeed, type PollDeps, type PollOutcome } from './poll.js';
import { claimPageRetries, savePageResults } from '../store/page-texts.js';
import { createPollThreads } from './poll-threads.js';
import { createPageQueue, type PageQueue } from './page-text.js';

export interface PollCycleOptions {
  /** This replica's id: the lease owner. */
  owner: string;
  /** No new feed is claimed after this instant (so fetching for a slot ends before the slot). */
  deadline?: number;
  /** How long a claim holds before another replica may take the feed. Default 10 min. */
  leaseMs?: number;
  /** Also poll feeds due before this instant (ahead of a slot); default: those due now. */
  dueBy?: number;
}

export interface PollCycleReport {
  startedAt: number;
  finishedAt: number;
  polled: number;
  ok: number;
  notModified: number;
  failed: number;
  newArticles: number;
  /** Article pages fetched for full text: how many, how many replaced the feed's text, how many failed. */
  pages: { fetched: number; stored: number; failed: number };
  /** Feeds disabled during this cycle: admins are told. */
  disabled: { feedId: number; url: string; reason: string; code: string; message: string }[];
}

const DEFAULT_LEASE_MS = 10 * 60_000;
/** Article pages tried again per cycle at most (those that failed for a passing reason, page-retry.ts). */
const PAGE_RETRIES_PER_CYCLE = 200;
/** Feeds in flight per fetch connection. */
const PIPELINE_DEPTH = 2;

/** Polls every feed due when the cycle starts; each at most once, however the claims interleave with other replicas. */
export async function pollDueFeeds(deps: PollDeps, options: PollCycleOptions): Promise<PollCycleReport> {
  const clock = deps.now ?? Date.now;
  const startedAt = clock();
  const connections = deps.config.fetch.concurrency;
  const workers = connections * PIPELINE_DEPTH;
  const report: PollCycleReport = {
    startedAt,
    finishedAt: startedAt,
    polled: 0,
    ok: 0,
    notModified: 0,
    failed: 0,
    newArticles: 0,
    pages: { fetched: 0, stored: 0, failed: 0 },
    disabled: [],
  };
  const threads = deps.threads ?? createPollThreads();
  const pages = createPageQueue({ fetcher: deps.fetcher, limits: deps.config.fetch, now: clock, extractor: threads.extractor });
  // Before this cycle's first write, so on SQLite this claim never waits for the writer thread's lock.
  await retryPages(deps, pages, startedAt, options.leaseMs ?? DEFAULT_LEASE_MS);
  const writer = createCheckWriter(deps.store, threads, workers);
  const queue = createFeedQueue({
    perHost: deps.config.fetch.perHostConcurrency,
    window: workers * 2,
    claim: async () => {
      const now = clock();
      if (options.deadline !== undefined && now >= options.deadline) return [];
      return writer.claim({
        owner: options.owner,
        now,
        dueBy: Math.max(startedAt, options.dueBy ?? startedAt),
        limit: connections * 2,
        leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
      });
    },
  });
  const tools = { reader: threads.reader, writer, fetched: queue.fetched, pages };

  const record = (feed: Feed, outcome: PollOutcome) => {
    report.polled++;
    if (outcome.status === 'ok') {
      report.ok++;
      report.newArticles += outcome.newArticles;
    } else if (outcome.status === 'not-modified') report.notModified++;
    else {
      report.failed++;
      if (outcome.disabledReason) {
        const { code, message, disabledReason: reason } = outcome;
        report.disabled.push({ feedId: feed.id, url: feed.url, reason, code, message });
      }
    }
  };

  const work = async () => {
    for (let feed = await queue.next(); feed; feed = await queue.next()) {
      try {
        record(feed, await pollFeed(deps, tools, feed, options.owner));
      } catch (err) {
        // The store failed while recording the outcome; the lease expires and the feed comes back.
        report.polled++;
        report.failed++;
        deps.log.error({ err, feedId: feed.id }, 'could not record a feed check');
      }
    }
  };
  let ended: PromiseSettledResult<void>[];
  try {
    ended = await Promise.allSettled(Array.from({ length: workers }, work)).finally(() => tools.writer.close());
    await storePages(deps, pages, report);
  } finally {
    if (!deps.threads) await threads.close();
  }
  const broken = ended.find((r) => r.status === 'rejected');
  if (broken) throw broken.reason;
  report.finishedAt = clock();
  deps.log.info({ ...report, disabled: report.disabled.length }, 'poll cycle finished');
  return report;
}

/** Starts the pages due to be tried again; a store that cannot say which is logged, not fatal. */
async function retryPages(deps: PollDeps, pages: PageQueue, now: number, leaseMs: number): Promise<void> {
  try {
    for (const r of await claimPageRetries(deps.store.db, now, PAGE_RETRIES_PER_CYCLE, leaseMs))
      pages.add({
        articleId: r.articleId,
        feedId: r.feedId,
        url: r.url,
        title: r.title,
        feedText: r.text,
        feedLang: r.lang,
        tries: r.tries,
      });
  } catch (err) {
    deps.log.error({ err }, 'could not claim the article pages due to be tried again');
  }
}

/** Waits for the cycle's article pages and stores what they gave (a failure keeps the feed's text). */
async function storePages(deps: PollDeps, pages: PageQueue, report: PollCycleReport): Promise<void> {
  const results = await pages.settle();
  report.pages.fetched = results.length;
  report.pages.failed = results.filter((r) => !r.ok).length;
  try {
    report.pages.stored = await savePageResults(deps.store.db, results, (deps.now ?? Date.now)());
  } catch (err) {
    deps.log.error({ err, pages: results.length }, 'could not store the article pages of a poll cycle');
  }
}
