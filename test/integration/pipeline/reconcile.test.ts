// The config file reconciled into the store at start (decision 0020), on SQLite and PostgreSQL:
// added, changed, removed (disabled, history kept), restarted (nothing moves), starter feeds in and
// out, and chat refusing to edit what the file owns.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCommandRegistry } from '../../../src/bot/commands/registry.js';
import type { CommandInvocation } from '../../../src/bot/commands/types.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/log.js';
import { configProblems } from '../../../src/pipeline/config-problems.js';
import { reconcileConfiguration } from '../../../src/pipeline/reconcile.js';
import { pendingCount } from '../../../src/pipeline/window.js';
import { createFetcher } from '../../../src/sources/fetch/index.js';
import { seedFeeds } from '../../../src/sources/seed-feeds.js';
import { listDestinations } from '../../../src/store/destinations.js';
import { insertArticleIfNew } from '../../../src/store/articles.js';
import { insertFeed, listFeeds } from '../../../src/store/feeds.js';
import { pausedFeedIds } from '../../../src/store/paused-feeds.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const NOW = Date.UTC(2026, 11, 5, 12);
const SLACK = 'C0CONFIG1';
const DISCORD = '1234567890123456789';

describeStores('config reconciliation', (open) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const start = (overrides: Record<string, unknown>) =>
    reconcileConfiguration({ config: loadConfig({ env: {}, overrides }), store: t.store, log: silentLogger() }, NOW);
  const feeds = async () =>
    (await listFeeds(t.store.db)).map((f) => ({
      id: f.id,
      url: f.url,
      origin: f.origin,
      status: f.status,
      reason: f.disabledReason,
      topic: f.topic,
      title: f.title,
    }));

  const FILE = {
    feeds: [
      { url: 'https://wire.example/feed.xml', topic: 'robotics', title: 'Robot Wire' },
      { url: 'https://money.example/rss', topic: 'funding' },
    ],
    destinations: [
      { platform: 'slack', channel: SLACK, topics: ['robotics'] },
      { platform: 'discord', channel: DISCORD, emptyDigest: 'skip' },
    ],
  };

  it('adds what the file declares, as config items, without the starter feeds', async () => {
    const r = await start(FILE);
    expect(r.feeds).toMatchObject({ added: 2, seedsAdded: 0 });
    expect(r.destinations).toMatchObject({ added: 2 });
    expect(await feeds()).toEqual([
      expect.objectContaining({
        url: 'https://wire.example/feed.xml',
        origin: 'config',
        status: 'active',
        topic: 'robotics',
        title: 'Robot Wire',
      }),
      expect.objectContaining({
        url: 'https://money.example/rss',
        origin: 'config',
        status: 'active',
        topic: 'funding',
        title: null,
      }),
    ]);
    expect(
      (await listDestinations(t.store.db)).map((d) => [d.platform, d.channelId, d.origin, d.enabled, d.emptyDigest]),
    ).toEqual([
      ['slack', SLACK, 'config', true, 'short'],
      ['discord', DISCORD, 'config', true, 'skip'],
    ]);
  });

  it('changes settings in place: same ids, new topic, name, schedule, filters, paused feeds, language', async () => {
    await start(FILE);
    const [wire] = await feeds();
    const stored = async (key: string, seenAt: number) =>
      (
        await insertArticleIfNew(t.store.db, {
          feedId: wire!.id,
          itemKey: key,
          canonicalUrl: `https://wire.example/${key}`,
          url: `https://wire.example/${key}`,
          title: key,
          text: key,
          author: null,
          publishedAt: seenAt,
          categories: [],
          contentHash: key,
          digestEligible: true,
          outlet: 'Robot Wire',
          topic: 'robotics',
          now: seenAt,
        })
      ).articleId;
    const recent = await stored('recent', NOW - 3_600_000);
    const old = await stored('old', NOW - 5 * 86_400_000);
    const changed = {
      feeds: [{ url: 'http://wire.example/feed.xml?utm_source=x', topic: 'humanoids', name: 'The Wire' }, FILE.feeds[1]],
      destinations: [
        {
          platform: 'slack',
          channel: SLACK,
          topics: ['humanoids', 'funding'],
          schedule: { crons: ['0 8 * * *'], timezone: 'Europe/Paris' },
          include: ['humanoid', '/\\bSeries [AB]\\b/'],
          exclude: ['opinion'],
          pausedFeeds: ['https://money.example/rss'],
          language: 'de',
          otherLanguages: 'drop',
        },
        FILE.destinations[1],
      ],
    };
    const r = await start(changed);
    expect(r.feeds).toMatchObject({ added: 0, updated: 1, disabled: 0 });
    const after = await feeds();
    expect(after[0]).toMatchObject({ id: wire!.id, url: 'http://wire.example/feed.xml', topic: 'humanoids', title: 'The Wire' });
    const [slack] = await listDestinations(t.store.db);
    expect(slack).toMatchObject({
      topics: ['humanoids', 'funding'],
      schedule: { crons: ['0 8 * * *'], timezone: 'Europe/Paris' },
      include: ['humanoid', '/\\bSeries [AB]\\b/'],
      exclude: ['opinion'],
      language: 'de',
      otherLanguages: 'drop',
    });
    expect(await pausedFeedIds(t.store.db, slack!.id)).toEqual([after[1]!.id]);
    // The new name reaches the articles still to be in a digest; older ones keep the name they were shown under.
    const outlets = await t.store.db
      .selectFrom('articles')
      .select(['id', 'outlet'])
      .where('id', 'in', [recent, old])
      .orderBy('id')
      .execute();
    expect(outlets.map((a) => [Number(a.id), a.outlet])).toEqual([
      [recent, 'The Wire'],
      [old, 'Robot Wire'],
    ]);
  });

  it('disables what the file no longer declares (history kept), and declaring it again brings the same rows back', async () => {
    await start(FILE);
    const before = await feeds();
    const [, discordBefore] = await listDestinations(t.store.db);
    const r = await start({ feeds: [FILE.feeds[0]], destinations: [FILE.destinations[0]] });
    expect(r.feeds.disabled).toBe(1);
    expect(r.destinations.disabled).toBe(1);
    expect((await feeds())[1]).toMatchObject({ id: before[1]!.id, status: 'disabled', reason: 'REMOVED_FROM_CONFIG' });
    const discord = (await listDestinations(t.store.db))[1]!;
    expect(discord).toMatchObject({ enabled: false, disabledReason: 'REMOVED_FROM_CONFIG' });
    // Nothing is pending for, built for or posted to a destination the file dropped (the cycle runs enabled ones only).
    expect((await listDestinations(t.store.db)).filter((d) => d.enabled).map((d) => d.channelId)).toEqual([SLACK]);
    await start(FILE);
    expect((await feeds()).map((f) => [f.id, f.status])).toEqual(before.map((f) => [f.id, 'active']));
    expect((await listDestinations(t.store.db))[1]).toMatchObject({ id: discordBefore!.id, enabled: true, disabledReason: null });
  });

  it('a restart changes nothing, and what admins made in chat survives it', async () => {
    await start(FILE);
    const mine = await insertFeed(t.store.db, {
      url: 'https://mine.example/atom',
      origin: 'admin',
      addedBy: 'slack:U1',
      now: NOW,
    });
    const again = await start(FILE);
    expect(again.feeds).toEqual({ added: 0, updated: 0, disabled: 0, seedsAdded: 0, seedsRemoved: 0 });
    expect(again.destinations).toMatchObject({ added: 0, disabled: 0 });
    expect((await feeds()).find((f) => f.id === mine.id)).toMatchObject({ origin: 'admin', status: 'active' });
  });

  it('refuses chat edits of config items with where to change them; the feed keeps its id across restarts', async () => {
    await start(FILE);
    const config = loadConfig({ env: {}, overrides: FILE });
    const fetcher = createFetcher(config.fetch);
    const registry = createCommandRegistry({
      store: t.store,
      config,
      fetcher,
      log: silentLogger(),
      digests: {
        preview: () => Promise.reject(new Error('unused')),
        postNow: () => Promise.reject(new Error('unused')),
        pending: (d, now) => pendingCount(t.store.db, d, now),
      },
      now: () => NOW,
    });
    const slack = (text: string, command = 'feeds'): CommandInvocation => ({
      platform: 'slack',
      command,
      subcommand: null,
      options: {},
      text,
      userId: 'UADMIN',
      channelId: SLACK,
      platformAdmin: async () => true,
    });
    try {
      const [wire] = await feeds();
      for (const text of [`remove ${wire!.id}`, `rename ${wire!.id} Mine`, `topic ${wire!.id} space`]) {
        const reply = JSON.stringify(await registry(slack(text)));
        expect(reply).toContain("is set in the bot's config file (feeds): change or remove it there, then restart digestbot.");
      }
      for (const text of ['unsubscribe', 'schedule 08:00', 'empty skip', 'subscribe funding']) {
        const reply = JSON.stringify(await registry(slack(text, 'digest')));
        expect(reply).toContain("This channel's digest is set in the bot's configuration");
      }
      for (const text of [`pause ${wire!.id}`, 'include humanoid']) {
        expect(JSON.stringify(await registry(slack(text)))).toContain("This channel's digest is set in the bot's configuration");
      }
      const status = JSON.stringify(await registry(slack('status', 'digest')));
      expect(status).toContain('gets the digest (set in the config file)');
      const list = JSON.stringify(await registry(slack('list')));
      expect(list).toContain('from config');
      await start(FILE);
      expect((await feeds())[0]).toMatchObject({ id: wire!.id, status: 'active' });
    } finally {
      await fetcher.close();
    }
  });

  it('uses the starter feeds only while nothing else exists, and drops them for good once something does', async () => {
    const seeded = await start({});
    expect(seeded.feeds.seedsAdded).toBe(seedFeeds().length);
    expect(new Set((await feeds()).map((f) => f.origin))).toEqual(new Set(['seed']));
    await insertFeed(t.store.db, { url: 'https://mine.example/atom', origin: 'admin', now: NOW });
    const r = await start({});
    expect(r.feeds.seedsRemoved).toBe(seedFeeds().length);
    expect((await feeds()).map((f) => f.origin)).toEqual(['admin']);
    expect((await start({})).feeds.seedsAdded).toBe(0);
  });

  it('starter feeds stored before origins were recorded go when feeds are configured', async () => {
    for (const s of seedFeeds().slice(0, 3))
      await insertFeed(t.store.db, { url: s.url, origin: 'config', addedBy: 'config', now: NOW });
    const r = await start(FILE);
    expect(r.feeds).toMatchObject({ added: 2, seedsRemoved: 3, disabled: 0 });
    expect((await feeds()).map((f) => f.url)).toEqual(FILE.feeds.map((f) => f.url));
  });

  it('one feed declared twice (twins) is one row, and config check says so', async () => {
    const twins = { feeds: [{ url: 'https://wire.example/feed.xml' }, { url: 'http://wire.example/feed.xml/' }] };
    await start(twins);
    expect(await feeds()).toHaveLength(1);
    expect(configProblems(loadConfig({ env: {}, overrides: twins })).warnings).toEqual([
      'feeds[1] (http://wire.example/feed.xml/) is the same feed as feeds[0] (https://wire.example/feed.xml): the first one is used',
    ]);
  });

  it('config problems: a destination on a platform without credentials names the variable', () => {
    const { errors } = configProblems(
      loadConfig({ env: {}, overrides: { ...FILE, adminChannel: { platform: 'slack', channel: 'C0ADMIN' } } }),
    );
    expect(errors).toEqual([
      `destinations[0] (slack:${SLACK}) posts to Slack, but SLACK_BOT_TOKEN is not set: set SLACK_BOT_TOKEN (or SLACK_BOT_TOKEN_FILE), or remove destinations[0]`,
      `destinations[1] (discord:${DISCORD}) posts to Discord, but DISCORD_TOKEN is not set: set DISCORD_TOKEN (or DISCORD_TOKEN_FILE), or remove destinations[1]`,
      'adminChannel (slack:C0ADMIN) posts to Slack, but SLACK_BOT_TOKEN is not set: set SLACK_BOT_TOKEN (or SLACK_BOT_TOKEN_FILE), or remove adminChannel',
    ]);
    const bad = configProblems(
      loadConfig({ env: {}, overrides: { destinations: [{ platform: 'console', channel: 'x', include: ['/(?<=a)b/'] }] } }),
    );
    expect(bad.errors[0]).toMatch(
      /^destinations\[0\]\.include\[0\]: "\/\(\?<=a\)b\/" is not a regular expression this bot accepts/,
    );
  });
});
