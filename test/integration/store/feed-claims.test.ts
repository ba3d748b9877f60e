// Feed leases: claiming due feeds is one statement, so racing replicas never get the same feed.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { claimDueFeeds, finishFeedCheck, getFeed, insertFeed } from '../../../src/store/feeds.js';
import { openStore, type Store } from '../../../src/store/store.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const NOW = Date.UTC(2026, 10, 21, 12);
const LEASE = 600_000;

describeStores('feed claims', (open) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const claim = (store: Store, owner: string, over: { now?: number; limit?: number } = {}) =>
    claimDueFeeds(store.db, {
      owner,
      now: over.now ?? NOW,
      dueBy: over.now ?? NOW,
      limit: over.limit ?? 10,
      leaseMs: LEASE,
    });

  it('spreads a claim over hosts when many feeds are due at the same instant', async () => {
    for (const host of ['a.example', 'b.example'])
      for (let i = 0; i < 10; i++) await insertFeed(t.store.db, { url: `https://${host}/feed/${i}`, now: NOW });
    const hosts = (await claim(t.store, 'a', { limit: 6 })).map((f) => new URL(f.url).hostname);
    expect(new Set(hosts)).toEqual(new Set(['a.example', 'b.example']));
  });

  it('claims active, due, unleased feeds, oldest first, up to the limit', async () => {
    const late = await insertFeed(t.store.db, { url: 'https://a.example/1', now: NOW - 10 });
    const early = await insertFeed(t.store.db, { url: 'https://a.example/2', now: NOW - 20 });
    await insertFeed(t.store.db, { url: 'https://a.example/future', now: NOW + 1 });
    const off = await insertFeed(t.store.db, { url: 'https://a.example/off', now: NOW - 30 });
    await t.store.db.updateTable('feeds').set({ status: 'disabled' }).where('id', '=', off.id).execute();

    expect((await claim(t.store, 'a', { limit: 1 })).map((f) => f.id)).toEqual([early.id]);
    expect((await claim(t.store, 'b')).map((f) => f.id)).toEqual([late.id]);
    expect(await claim(t.store, 'c')).toEqual([]);
    const row = await t.store.db
      .selectFrom('feeds')
      .select(['lease_owner', 'lease_until'])
      .where('id', '=', late.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ lease_owner: 'b', lease_until: NOW + LEASE });
  });

  it('frees the feed when the lease expires (a replica died)', async () => {
    const f = await insertFeed(t.store.db, { url: 'https://a.example/1', now: NOW });
    expect(await claim(t.store, 'dead')).toHaveLength(1);
    expect(await claim(t.store, 'alive', { now: NOW + LEASE - 1 })).toHaveLength(0);
    expect((await claim(t.store, 'alive', { now: NOW + LEASE })).map((x) => x.id)).toEqual([f.id]);
    expect(
      await finishFeedCheck(t.store.db, f.id, 'dead', {
        checkedAt: NOW,
        nextCheckAt: NOW,
        consecutiveFailures: 0,
        consecutiveNotFound: 0,
      }),
    ).toBe(false);
  });

  it('records a check only for the lease holder, then releases the lease', async () => {
    const f = await insertFeed(t.store.db, { url: 'https://a.example/1', title: 'Mine', now: NOW });
    await claim(t.store, 'a');
    const check = {
      checkedAt: NOW,
      nextCheckAt: NOW + 3_600_000,
      intervalMinutes: 60,
      consecutiveFailures: 0,
      consecutiveNotFound: 0,
      success: { etag: '"e"', lastModified: null, title: 'Their title', primed: true },
    };
    expect(await finishFeedCheck(t.store.db, f.id, 'intruder', check)).toBe(false);
    expect(await finishFeedCheck(t.store.db, f.id, 'a', check)).toBe(true);
    expect(await getFeed(t.store.db, f.id)).toMatchObject({
      title: 'Mine',
      etag: '"e"',
      primedAt: NOW,
      lastSuccessAt: NOW,
      intervalMinutes: 60,
    });
    const row = await t.store.db
      .selectFrom('feeds')
      .select(['lease_owner', 'lease_until'])
      .where('id', '=', f.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ lease_owner: null, lease_until: null });
  });

  it('two connections claiming at once get disjoint feeds and together all of them', async () => {
    for (let i = 0; i < 120; i++) await insertFeed(t.store.db, { url: `https://a.example/${i}`, now: NOW - i });
    const second = await openStore(t.options);
    const drain = async (store: Store, owner: string) => {
      const got: number[] = [];
      for (let round = 0; round < 100; round++) {
        const feeds = await claim(store, owner, { limit: 7 });
        if (feeds.length === 0) break;
        got.push(...feeds.map((f) => f.id));
      }
      return got;
    };
    const [a, b] = await Promise.all([drain(t.store, 'a'), drain(second, 'b')]);
    await second.close();
    expect(new Set([...a, ...b]).size).toBe(a.length + b.length);
    expect(a.length + b.length).toBe(120);
  });
});
