// The config file reconciled into the store at start (decision 0020): declared feeds and
// destinations are added or updated with every declared setting; config rows no longer declared
// are disabled (REMOVED_FROM_CONFIG), never deleted; the seed feeds are added while nothing else
// exists and deleted once something does. One transaction, so replicas starting together agree.
import type { Config, FeedConfig } from '../config.js';
import type { Logger } from '../log.js';
import type { Feed, FullTextMode } from '../model.js';
import type { App } from '../runtime/app.js';
import { canonicalFeedUrl } from '../sources/feed-url.js';
import { seedFeeds } from '../sources/seed-feeds.js';
import { listDestinations, retireDestination, upsertDestination } from '../store/destinations.js';
import { feedKey } from '../store/feed-key.js';
import {
  deleteFeed,
  getFeedByKey,
  insertFeed,
  listFeeds,
  RECENT_ARTICLES_MS,
  renameRecentArticles,
  updateFeed,
} from '../store/feeds.js';
import { setPausedFeeds } from '../store/paused-feeds.js';
import type { Db } from '../store/store.js';

export const REMOVED_FROM_CONFIG = 'REMOVED_FROM_CONFIG';

export interface ReconcileReport {
  feeds: { added: number; updated: number; disabled: number; seedsAdded: number; seedsRemoved: number };
  destinations: { added: number; updated: number; disabled: number };
  warnings: string[];
}

interface Wanted {
  url: string;
  topic: string | null;
  title: string | null;
  fullText: FullTextMode;
  origin: 'config' | 'seed';
}

const wanted = (f: FeedConfig, origin: Wanted['origin']): Wanted => ({
  url: canonicalFeedUrl(f.url),
  topic: f.topic ?? null,
  title: f.name ?? f.title ?? null,
  fullText: f.fullText ?? 'auto',
  origin,
});

async function reconcileFeeds(db: Db, config: Config, log: Logger, now: number, r: ReconcileReport): Promise<void> {
  const rows = await listFeeds(db);
  const byKey = new Map<string, Feed>();
  for (const row of rows) if (!byKey.has(feedKey(row.url))) byKey.set(feedKey(row.url), row);
  const declared = new Map<string, Wanted>();
  for (const f of config.feeds.map((x) => wanted(x, 'config')))
    if (!declared.has(feedKey(f.url))) declared.set(feedKey(f.url), f);
  const seeds = new Map(seedFeeds().map((f) => [feedKey(canonicalFeedUrl(f.url)), wanted(f, 'seed')] as const));
  const seedsInUse = config.seedFeeds && declared.size === 0 && !rows.some((f) => f.origin === 'admin');
  const desired = new Map([...(seedsInUse ? seeds : []), ...declared]);

  for (const [key, want] of desired) {
    const row = byKey.get(key);
    if (!row) {
      await insertFeed(db, { ...want, addedBy: 'config', now });
      if (want.origin === 'seed') r.feeds.seedsAdded++;
      else r.feeds.added++;
      continue;
    }
    const revive = row.status === 'disabled' && row.disabledReason === REMOVED_FROM_CONFIG;
    // A title the file leaves out is the feed's own (read at the first poll) and stays.
    const title = want.title;
    const changed =
      row.url !== want.url ||
      row.topic !== want.topic ||
      row.fullText !== want.fullText ||
      row.origin !== want.origin ||
      revive ||
      (title !== null && row.title !== title);
    if (!changed) continue;
    if (row.origin === 'admin')
      log.info({ feed: row.id, url: want.url }, 'a feed added in chat is now declared in the config file');
    await updateFeed(db, row.id, {
      url: want.url,
      topic: want.topic,
      fullText: want.fullText,
      origin: want.origin,
      ...(title !== null ? { title } : {}),
      ...(revive ? { enabled: true } : {}),
      now,
    });
    // A new name shows in the digests still to come (their articles were stored under the old one).
    if (title !== null && row.title !== title) await renameRecentArticles(db, row.id, title, now - RECENT_ARTICLES_MS);
    r.feeds.updated++;
  }

  for (const row of rows) {
    const key = feedKey(row.url);
    if (desired.has(key) && byKey.get(key) === row) continue;
    const seedLike = row.origin === 'seed' || (row.origin === 'config' && seeds.has(key));
    if (seedLike && !seedsInUse) {
      await deleteFeed(db, row.id);
      r.feeds.seedsRemoved++;
    } else if (row.origin === 'config' && !(row.status === 'disabled' && row.disabledReason === REMOVED_FROM_CONFIG)) {
      await updateFeed(db, row.id, { enabled: false, disabledReason: REMOVED_FROM_CONFIG, now });
      log.info({ feed: row.id, url: row.url }, 'feed removed from the config file: disabled');
      r.feeds.disabled++;
    }
  }
}

async function reconcileDestinations(db: Db, config: Config, log: Logger, now: number, r: ReconcileReport): Promise<void> {
  const rows = await listDestinations(db);
  const declared = new Set<string>();
  for (const [i, d] of config.destinations.entries()) {
    const id = `${d.platform}:${d.channel}`;
    if (declared.has(id)) {
      r.warnings.push(`destinations[${i}] (${id}) is declared twice: the first one is used`);
      continue;
    }
    declared.add(id);
    const before = rows.find((x) => x.platform === d.platform && x.channelId === d.channel);
    const dest = await upsertDestination(db, {
      platform: d.platform,
      channelId: d.channel,
      name: d.name ?? null,
      topics: d.topics,
      emptyDigest: d.emptyDigest ?? config.digest.emptyDigest,
      origin: 'config',
      schedule: d.schedule ? { crons: d.schedule.crons, timezone: d.schedule.timezone ?? config.schedule.timezone } : null,
      include: d.include,
      exclude: d.exclude,
      language: d.language ?? null,
      otherLanguages: d.otherLanguages,
      now,
    });
    const paused: number[] = [];
    for (const [j, url] of d.pausedFeeds.entries()) {
      const feed = await getFeedByKey(db, canonicalFeedUrl(url));
      if (feed) paused.push(feed.id);
      else r.warnings.push(`destinations[${i}].pausedFeeds[${j}] (${url}) is not a feed the bot polls: ignored`);
    }
    await setPausedFeeds(db, dest.id, paused, now);
    if (before) r.destinations.updated++;
    else r.destinations.added++;
  }
  for (const row of rows) {
    if (row.origin !== 'config' || declared.has(`${row.platform}:${row.channelId}`)) continue;
    if (row.disabledReason === REMOVED_FROM_CONFIG) continue;
    await retireDestination(db, row.id, REMOVED_FROM_CONFIG);
    log.info(
      { destination: row.id, channel: `${row.platform}:${row.channelId}` },
      'destination removed from the config file: disabled',
    );
    r.destinations.disabled++;
  }
}

export async function reconcileConfiguration(
  app: Pick<App, 'config' | 'store' | 'log'>,
  now = Date.now(),
): Promise<ReconcileReport> {
  const r: ReconcileReport = {
    feeds: { added: 0, updated: 0, disabled: 0, seedsAdded: 0, seedsRemoved: 0 },
    destinations: { added: 0, updated: 0, disabled: 0 },
    warnings: [],
  };
  await app.store.transaction(async (trx) => {
    await reconcileFeeds(trx, app.config, app.log, now, r);
    await reconcileDestinations(trx, app.config, app.log, now, r);
  });
  for (const w of r.warnings) app.log.warn({ warning: w }, 'configuration');
  if (r.feeds.seedsAdded > 0)
    app.log.info({ feeds: r.feeds.seedsAdded }, 'no feed configured or added: polling the starter list in seeds/feeds.json');
  app.log.info({ feeds: r.feeds, destinations: r.destinations }, 'configuration reconciled');
  return r;
}
