import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/log.js';
import { syncConfiguration } from '../../../src/pipeline/sync-config.js';
import type { App } from '../../../src/runtime/app.js';
import { seedFeeds } from '../../../src/sources/seed-feeds.js';
import { Shutdown } from '../../../src/runtime/shutdown.js';
import { listDestinations } from '../../../src/store/destinations.js';
import { listFeeds } from '../../../src/store/feeds.js';
import { openSqliteTestStore, type TestStore } from '../../helpers/stores.js';

describe('syncConfiguration', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openSqliteTestStore();
  });
  afterEach(async () => {
    await t.cleanup();
  });
  const app = (overrides: Record<string, unknown>): App => {
    const log = silentLogger();
    return { config: loadConfig({ env: {}, overrides }), log, store: t.store, shutdown: new Shutdown(log) };
  };

  it('with no feed configured or stored, adds the curated seed list', async () => {
    await syncConfiguration(app({}));
    const feeds = await listFeeds(t.store.db);
    expect(feeds.map((f) => f.url)).toEqual(seedFeeds().map((f) => new URL(f.url).href));
    expect(feeds.every((f) => f.topic && f.addedBy === 'config')).toBe(true);
  });

  it('uses the configured feeds and destinations instead, and is idempotent', async () => {
    const overrides = {
      feeds: [{ url: 'https://news.example/feed.xml', topic: 'robotics' }],
      destinations: [{ platform: 'slack', channel: 'C1', topics: ['robotics'] }],
    };
    await syncConfiguration(app(overrides));
    await syncConfiguration(app(overrides));
    expect((await listFeeds(t.store.db)).map((f) => f.url)).toEqual(['https://news.example/feed.xml']);
    expect(await listDestinations(t.store.db)).toEqual([
      expect.objectContaining({ platform: 'slack', channelId: 'C1', topics: ['robotics'], emptyDigest: 'short' }),
    ]);
  });

  it('adds no seed feeds when turned off', async () => {
    await syncConfiguration(app({ seedFeeds: false }));
    expect(await listFeeds(t.store.db)).toEqual([]);
  });
});
