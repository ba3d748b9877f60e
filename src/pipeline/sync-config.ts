// The configuration written into the store at start: configured feeds and destinations are added
// or updated; what is already there keeps its history. With no feed configured and none stored,
// the curated seed list is added.
import type { App } from '../runtime/app.js';
import { syncConfiguredFeeds } from '../sources/feeds-admin.js';
import { seedFeeds } from '../sources/seed-feeds.js';
import { upsertDestination } from '../store/destinations.js';
import { listFeeds } from '../store/feeds.js';

export async function syncConfiguration(app: App, now = Date.now()): Promise<void> {
  const { config, store } = app;
  const useSeeds = config.feeds.length === 0 && config.seedFeeds && (await listFeeds(store.db)).length === 0;
  const added = await syncConfiguredFeeds(store.db, useSeeds ? seedFeeds() : config.feeds, now);
  if (useSeeds) app.log.info({ feeds: added.length }, 'no feed configured: polling the curated list in seeds/feeds.json');
  for (const d of config.destinations) {
    await upsertDestination(store.db, {
      platform: d.platform,
      channelId: d.channel,
      name: d.name ?? null,
      topics: d.topics,
      emptyDigest: d.emptyDigest ?? config.digest.emptyDigest,
      now,
    });
  }
  app.log.info({ feedsAdded: added.length, destinations: config.destinations.length }, 'configuration synced');
}
