// Retention on both dialects: articles first seen before the window go, with their feed items,
// digest links and search rows, in batches, by one replica at a time; rounds and what `/round`
// shows of each source (evidence, title, link, outlet) stay.
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ExtractedRound } from '../../../src/model.js';
import { pruneExpired } from '../../../src/pipeline/prune.js';
import { lookupRounds } from '../../../src/rounds/lookup.js';
import { saveRounds } from '../../../src/rounds/save.js';
import { insertArticlesIfNew } from '../../../src/store/article-batch.js';
import type { NewArticle } from '../../../src/store/articles.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { tryAcquireLease } from '../../../src/store/leases.js';
import { PRUNE_BATCH } from '../../../src/store/retention.js';
import { roundsForArticles } from '../../../src/store/rounds-lookup.js';
import { oldestArticleSeenAt, searchArticles } from '../../../src/store/search.js';
import { migrate, migratorFor, type Db } from '../../../src/store/store.js';
import { memoryLog } from '../../helpers/memory-log.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6, 12);
/** Two years back: older than any window, so /round must answer from the round's own rows. */
const LONG_AGO = NOW - 730 * DAY;

const round: ExtractedRound = {
  company: 'Quarry Robotics',
  amount: 40e6,
  currency: 'USD',
  amountUsd: 40e6,
  roundType: 'series_b',
  roundTypeDetail: 'Series B',
  valuation: null,
  leadInvestors: ['Granite Ventures'],
  otherInvestors: [],
  status: 'announced',
  evidence: 'Quarry Robotics raised $40 million in a Series B led by Granite Ventures.',
};

async function store(db: Db, feedId: number, prefix: string, count: number, seenAt: number): Promise<number[]> {
  const list: NewArticle[] = Array.from({ length: count }, (_, i) => ({
    feedId,
    itemKey: `${prefix}${i}`,
    canonicalUrl: `https://news.example/${prefix}/${i}`,
    url: `https://news.example/${prefix}/${i}`,
    title: `${prefix === 'old' ? 'Quarry Robotics raises Series B' : 'Fresh story'} ${i}`,
    text: `${prefix === 'old' ? round.evidence : 'A fresh story about excavators.'} Item ${i}.`,
    author: null,
    publishedAt: seenAt,
    categories: [],
    contentHash: `${prefix}${i}`,
    digestEligible: true,
    outlet: prefix === 'old' ? 'Stone Wire' : 'Daily Dig',
    topic: null,
    now: seenAt + i,
  }));
  return (await insertArticlesIfNew(db, list)).map((r) => r.articleId);
}

async function linkToDigest(db: Db, articleId: number): Promise<void> {
  const dest = await db
    .insertInto('destinations')
    .values({ platform: 'console', channel_id: 'retention', created_at: LONG_AGO })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('digests')
    .values({ id: 'd-old', destination_id: dest.id, slot_at: LONG_AGO, body: '{}', created_at: LONG_AGO })
    .execute();
  await db.insertInto('digest_articles').values({ destination_id: dest.id, article_id: articleId, digest_id: 'd-old' }).execute();
}

const count = async (db: Db, table: 'articles' | 'feed_items' | 'digest_articles' | 'round_sources' | 'rounds') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describeStores('retention', (open, dialect) => {
  let t: TestStore;
  let db: Db;
  let oldIds: number[];
  const logs = memoryLog();
  const deps = (owner: string) => ({ store: t.store, config: { retention: { days: 90 } }, log: logs.log, owner });

  beforeEach(async () => {
    t = await open();
    db = t.store.db;
    const feed = await insertFeed(db, { url: 'https://feeds.example/retention', now: LONG_AGO });
    // More old articles than one batch holds, and a few inside the window.
    oldIds = await store(db, feed.id, 'old', PRUNE_BATCH + 20, LONG_AGO);
    await store(db, feed.id, 'new', 3, NOW - DAY);
    await saveRounds(db, { articleId: oldIds[0]!, reportedAt: LONG_AGO, now: LONG_AGO, rounds: [round] });
    await linkToDigest(db, oldIds[0]!);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('prunes articles, feed items, digest links and search rows older than the window; /round keeps the old round', async () => {
    expect(await pruneExpired(deps('replica-a'), NOW)).toBe(PRUNE_BATCH + 20);
    expect(await count(db, 'articles')).toBe(3);
    expect(await count(db, 'feed_items')).toBe(3);
    expect(await count(db, 'digest_articles')).toBe(0);
    expect(await searchArticles(db, 'quarry robotics', { since: 0, limit: 10 })).toEqual([]);
    expect((await searchArticles(db, 'excavators', { since: 0, limit: 10 })).length).toBe(3);
    expect(await oldestArticleSeenAt(db)).toBe(NOW - DAY);

    const found = await lookupRounds(db, 'Quarry Robotics');
    expect(found.rounds).toHaveLength(1);
    expect(found.rounds[0]!.sources).toEqual([
      expect.objectContaining({
        articleId: oldIds[0],
        title: 'Quarry Robotics raises Series B 0',
        url: 'https://news.example/old/0',
        outlet: 'Stone Wire',
        evidence: round.evidence,
      }),
    ]);
    expect(await pruneExpired(deps('replica-a'), NOW)).toBe(0);
  });

  it.runIf(dialect === 'sqlite')('hands the freed pages of a new SQLite file back to the file system', async () => {
    expect(await sql<{ auto_vacuum: number }>`pragma auto_vacuum`.execute(db)).toMatchObject({ rows: [{ auto_vacuum: 2 }] });
    await pruneExpired(deps('replica-a'), NOW);
    expect(await sql<{ freelist_count: number }>`pragma freelist_count`.execute(db)).toMatchObject({
      rows: [{ freelist_count: 0 }],
    });
  });

  it.runIf(dialect === 'sqlite')('lets the search index merge by itself again after a pass of several batches', async () => {
    await pruneExpired(deps('replica-a'), NOW);
    const automerge = await sql<{ v: number }>`select v from articles_fts_config where k = 'automerge'`.execute(db);
    expect(automerge.rows).toEqual([{ v: 4 }]);
  });

  it('leaves the pruning to the replica holding the lease', async () => {
    expect(await tryAcquireLease(db, 'retention', 'replica-b', 60_000, NOW)).toBe(true);
    expect(await pruneExpired(deps('replica-a'), NOW)).toBe(0);
    expect(await count(db, 'articles')).toBe(PRUNE_BATCH + 23);
  });
});

describeStores('round sources stored before migration 0025', (open) => {
  it('keep their article’s title, link and outlet, and outlive the article', async () => {
    const t = await open({ migrate: false });
    try {
      const db = t.store.db;
      expect((await (await migratorFor(t.store)).migrateTo('0024_articles_by_date')).error).toBeUndefined();
      const feed = await insertFeed(db, { url: 'https://feeds.example/before', now: LONG_AGO });
      const [articleId] = await store(db, feed.id, 'old', 1, LONG_AGO);
      const r = await db
        .insertInto('rounds')
        .values({
          company_key: 'quarry robotics',
          company: 'Quarry Robotics',
          round_type: 'series_b',
          status: 'announced',
          announced_at: LONG_AGO,
          first_seen_at: LONG_AGO,
          updated_at: LONG_AGO,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The columns this schema had then: no title, link or outlet of its own.
      await sql`insert into round_sources (round_id, article_id, evidence, seen_at) values (${r.id}, ${articleId}, ${round.evidence}, ${LONG_AGO})`.execute(
        db,
      );
      await migrate(t.store);
      await db.deleteFrom('articles').execute();
      const [found] = await roundsForArticles(db, [articleId!]);
      expect(found!.sources).toEqual([
        expect.objectContaining({
          articleId,
          title: 'Quarry Robotics raises Series B 0',
          url: 'https://news.example/old/0',
          outlet: 'Stone Wire',
        }),
      ]);
    } finally {
      await t.cleanup();
    }
  });
});
