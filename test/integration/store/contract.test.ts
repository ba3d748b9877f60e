// The store contract: every repository behaves the same on SQLite and PostgreSQL.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sql } from 'kysely';
import { insertArticleIfNew, feedsOfArticle, type InsertResult, type NewArticle } from '../../../src/store/articles.js';
import { insertFeed, listFeeds, deleteFeed, getFeedByKey } from '../../../src/store/feeds.js';
import { upsertDestination, listDestinations } from '../../../src/store/destinations.js';
import { tryAcquireLease, releaseLease, leaseHolder } from '../../../src/store/leases.js';
import { migrate, type Store } from '../../../src/store/store.js';
import { isAppError } from '../../../src/errors.js';
import { spawnReady } from '../../helpers/barrier.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const WRITER = new URL('../../helpers/writer-process.ts', import.meta.url);

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

function article(feedId: number, over: Partial<NewArticle> = {}): NewArticle {
  return {
    feedId,
    itemKey: 'guid-1',
    canonicalUrl: 'https://news.example/a/1',
    url: 'https://news.example/a/1?utm_source=x',
    title: 'Apptronik raises $520M',
    text: 'Apptronik raised $520 million.',
    author: null,
    publishedAt: NOW - 1000,
    categories: ['robotics'],
    contentHash: 'h1',
    digestEligible: true,
    outlet: 'Example News',
    topic: 'robotics',
    now: NOW,
    ...over,
  };
}

async function count(store: Store, table: 'articles' | 'feed_items' | 'feeds' | 'leases'): Promise<number> {
  const r = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeStores('store contract', (open) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('migrates once: a second run applies nothing', async () => {
    expect(await migrate(t.store)).toEqual([]);
    expect(await count(t.store, 'feeds')).toBe(0);
  });

  it('adds a feed once; the same URL again is a user error and leaves one row', async () => {
    const f = await insertFeed(t.store.db, { url: 'https://a.example/feed', topic: 'robotics', now: NOW });
    expect(f).toMatchObject({ url: 'https://a.example/feed', topic: 'robotics', status: 'active', nextCheckAt: NOW });
    const again = await insertFeed(t.store.db, { url: 'https://a.example/feed', now: NOW }).catch((e: unknown) => e);
    expect(isAppError(again, 'FEED_DUPLICATE')).toBe(true);
    expect((again as { userMessage?: string }).userMessage).toContain('already configured');
    expect(await listFeeds(t.store.db)).toHaveLength(1);
    expect(await deleteFeed(t.store.db, f.id)).toBe(true);
    expect(await getFeedByKey(t.store.db, 'https://a.example/feed')).toBeUndefined();
  });

  it('stores the same article once, and records every feed that carried it', async () => {
    const a = await insertFeed(t.store.db, { url: 'https://a.example/feed', now: NOW });
    const b = await insertFeed(t.store.db, { url: 'https://b.example/feed', now: NOW });
    const first = await insertArticleIfNew(t.store.db, article(a.id));
    const twice = await insertArticleIfNew(t.store.db, article(a.id));
    const other = await insertArticleIfNew(t.store.db, article(b.id, { itemKey: 'b-77' }));
    expect(first.isNew).toBe(true);
    expect(twice).toEqual({ articleId: first.articleId, isNew: false });
    expect(other).toEqual({ articleId: first.articleId, isNew: false });
    expect(await count(t.store, 'articles')).toBe(1);
    expect(await feedsOfArticle(t.store.db, first.articleId)).toEqual([a.id, b.id]);
  });

  it('keeps link-less items apart by feed item id', async () => {
    const a = await insertFeed(t.store.db, { url: 'https://a.example/feed', now: NOW });
    const x = await insertArticleIfNew(t.store.db, article(a.id, { canonicalUrl: null, url: null, itemKey: 'x' }));
    const y = await insertArticleIfNew(t.store.db, article(a.id, { canonicalUrl: null, url: null, itemKey: 'y' }));
    const x2 = await insertArticleIfNew(t.store.db, article(a.id, { canonicalUrl: null, url: null, itemKey: 'x' }));
    expect(x.articleId).not.toBe(y.articleId);
    expect(x2).toEqual({ articleId: x.articleId, isNew: false });
    expect(await count(t.store, 'articles')).toBe(2);
  });

  it('concurrent writers of the same article in two processes: one row, one winner, no errors', async () => {
    const f = await insertFeed(t.store.db, { url: 'https://a.example/feed', now: NOW });
    const theirs = Array.from({ length: 4 }, (_, i) => article(f.id, { itemKey: `p${i}` }));
    const other = spawnReady(WRITER, [JSON.stringify({ options: t.options, articles: theirs })]);
    await other.ready;
    other.go();
    const ours = Array.from({ length: 4 }, (_, i) =>
      t.store.transaction((trx) => insertArticleIfNew(trx, article(f.id, { itemKey: `m${i}` }))),
    );
    const [out, ...mine] = await Promise.all([other.output, ...ours]);
    const results = [...(JSON.parse(out).results as InsertResult[]), ...mine];
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(results.filter((r) => r.isNew)).toHaveLength(1);
    expect(await count(t.store, 'articles')).toBe(1);
    expect(await count(t.store, 'feed_items')).toBe(8);
  });

  it('two processes racing for one lease: exactly one holds it until it expires', async () => {
    const lease = { name: 'scheduler', owner: 'replica-b', ttlMs: 60_000, now: NOW };
    const writer = spawnReady(WRITER, [JSON.stringify({ options: t.options, lease })]);
    await writer.ready;
    writer.go();
    const [out, mine] = await Promise.all([writer.output, tryAcquireLease(t.store.db, 'scheduler', 'replica-a', 60_000, NOW)]);
    const theirs = JSON.parse(out).lease as boolean;
    expect([mine, theirs].filter(Boolean)).toHaveLength(1);
    const holder = mine ? 'replica-a' : 'replica-b';
    const other = mine ? 'replica-b' : 'replica-a';
    expect(await leaseHolder(t.store.db, 'scheduler', NOW)).toBe(holder);
    expect(await tryAcquireLease(t.store.db, 'scheduler', holder, 60_000, NOW + 1000)).toBe(true);
    expect(await tryAcquireLease(t.store.db, 'scheduler', other, 60_000, NOW + 30_000)).toBe(false);
    expect(await tryAcquireLease(t.store.db, 'scheduler', other, 60_000, NOW + 61_001)).toBe(true);
    await releaseLease(t.store.db, 'scheduler', other);
    expect(await leaseHolder(t.store.db, 'scheduler', NOW + 61_002)).toBeUndefined();
  });

  it('upserts destinations by platform and channel, keeping the id', async () => {
    const d1 = await upsertDestination(t.store.db, {
      platform: 'slack',
      channelId: 'C1',
      topics: [],
      emptyDigest: 'short',
      now: NOW,
    });
    const d2 = await upsertDestination(t.store.db, {
      platform: 'slack',
      channelId: 'C1',
      topics: ['robotics'],
      emptyDigest: 'skip',
      now: NOW,
    });
    expect(d2.id).toBe(d1.id);
    expect(await listDestinations(t.store.db)).toEqual([
      {
        id: d1.id,
        platform: 'slack',
        channelId: 'C1',
        name: null,
        topics: ['robotics'],
        emptyDigest: 'skip',
        enabled: true,
        disabledReason: null,
        origin: 'admin',
        schedule: null,
        include: [],
        exclude: [],
        language: null,
        otherLanguages: 'section',
      },
    ]);
  });

  it('rolls back a migration that fails half-way: nothing of it is left', async () => {
    const err = await migrate(t.store, {
      '9999_half': {
        async up(db) {
          await db.schema.createTable('half_applied').addColumn('x', 'integer').execute();
          await sql`insert into half_applied (x) values (1)`.execute(db);
          await sql`select * from table_that_does_not_exist`.execute(db);
        },
      },
    }).catch((e: unknown) => e);
    expect(isAppError(err, 'DB_MIGRATION_FAILED')).toBe(true);
    expect(String((err as Error).message)).toContain('9999_half');
    const tables = await t.store.db.introspection.getTables();
    expect(tables.map((x) => x.name)).not.toContain('half_applied');
    expect(tables.map((x) => x.name)).toContain('feeds');
    expect(await migrate(t.store)).toEqual([]);
  });
});
