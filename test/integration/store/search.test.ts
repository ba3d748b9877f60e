// Full-text search on both dialects: every word must match (stemmed), newest first, within the
// window; the index follows inserts, updates and deletes, and covers rows stored before it
// existed; hostile input is only words.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { insertArticleIfNew } from '../../../src/store/articles.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { insertArticlesIfNew } from '../../../src/store/article-batch.js';
import { MAX_SEARCH_WORDS, oldestArticleSeenAt, searchArticles, searchWords } from '../../../src/store/search.js';
import { migrate, migratorFor, type Db, type Store } from '../../../src/store/store.js';
import { describeStores, openSqliteTestStore, type TestStore } from '../../helpers/stores.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21, 12);
const SINCE = NOW - 30 * DAY;

let seq = 0;
async function add(db: Db, title: string, text: string, at: number, oldSchema = false): Promise<number> {
  seq++;
  const url = `https://feeds.example/s${seq}`;
  // A schema from before migration 0017 has none of the feed columns insertFeed writes now.
  const feed = oldSchema
    ? await db.insertInto('feeds').values({ url, next_check_at: at, added_at: at }).returning('id').executeTakeFirstOrThrow()
    : await insertFeed(db, { url, now: at });
  const r = await insertArticleIfNew(db, {
    feedId: feed.id,
    itemKey: `i${seq}`,
    canonicalUrl: `https://news.example/s/${seq}`,
    url: `https://news.example/s/${seq}`,
    title,
    text,
    author: null,
    publishedAt: at,
    categories: [],
    contentHash: `c${seq}`,
    digestEligible: true,
    outlet: 'Wire',
    topic: null,
    now: at,
  });
  return r.articleId;
}

const titles = async (store: Store, q: string) =>
  (await searchArticles(store.db, q, { since: SINCE, limit: 10 })).map((h) => h.title);

it('reduces a query to plain words', () => {
  expect(searchWords('"Humanoid" AND (warehouse OR robots*) -drone NEAR(a b) title:x ^y')).toEqual([
    'humanoid',
    'and',
    'warehouse',
    'or',
    'robots',
    'drone',
    'near',
    'a',
    'b',
    'title',
    'x',
    'y',
  ]);
  expect(searchWords("'; drop table articles; --")).toEqual(['drop', 'table', 'articles']);
  expect(searchWords('Zürich café 2026')).toEqual(['zürich', 'café', '2026']);
  expect(searchWords('a '.repeat(50))).toHaveLength(12);
});

describeStores('article search', (open) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await open();
    await add(t.store.db, 'Humanoid robots enter the warehouse', 'A humanoid robot now moves boxes or totes.', NOW - 3 * DAY);
    await add(
      t.store.db,
      'Warehouse robotics startup raises money',
      'The robots pick orders and are cheaper or faster.',
      NOW - DAY,
    );
    await add(t.store.db, 'Drone delivery grows', 'Drones deliver parcels to farms.', NOW - 2 * DAY);
    await add(t.store.db, 'Old humanoid news', 'A humanoid robot from long ago in a warehouse.', NOW - 45 * DAY);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('needs every word, stems them, orders newest first and keeps to the window', async () => {
    expect(await titles(t.store, 'warehouse robot')).toEqual([
      'Warehouse robotics startup raises money',
      'Humanoid robots enter the warehouse',
    ]);
    expect(await titles(t.store, 'humanoid')).toEqual(['Humanoid robots enter the warehouse']);
    expect(await titles(t.store, 'humanoid drone')).toEqual([]);
    expect(await titles(t.store, 'DELIVERING')).toEqual(['Drone delivery grows']);
  });

  it.each([
    ['"humanoid'],
    ['humanoid"'],
    ['humanoid AND'],
    ['OR humanoid'],
    ['NOT humanoid'],
    ['humanoid NEAR('],
    ['(humanoid'],
    ['humanoid)'],
    ['-humanoid'],
    ['humanoid*'],
    ['^humanoid'],
    ['title:humanoid'],
    ['{title text}: humanoid'],
    ["humanoid' OR 1=1 --"],
    ['humanoid\\'],
    ['humanoid;'],
  ])('treats %j as plain words: no error, no operator', async (q) => {
    const plain = await titles(t.store, searchWords(q).join(' '));
    expect(await titles(t.store, q)).toEqual(plain);
  });

  it('gives operators no meaning: "-" excludes nothing, "*" matches no prefix, OR is not a union', async () => {
    expect(await titles(t.store, '-humanoid')).toEqual(['Humanoid robots enter the warehouse']);
    expect(await titles(t.store, 'huma*')).toEqual([]);
    expect(await titles(t.store, 'drone OR humanoid')).toEqual([]);
    expect(await titles(t.store, '((')).toEqual([]);
  });

  it('orders a common word by date, published else first seen, and stops at the page', async () => {
    // More matches than the rare-word plan reads: the walk by date answers, in the same order.
    const feed = await insertFeed(t.store.db, { url: 'https://feeds.example/many', now: NOW });
    const many = Array.from({ length: 2100 }, (_, i) => ({
      feedId: feed.id,
      itemKey: `m${i}`,
      canonicalUrl: `https://news.example/m/${i}`,
      url: `https://news.example/m/${i}`,
      title: `Market note ${i}`,
      text: 'The market moved.',
      author: null,
      // Dates run backwards against insertion order, every third has none (its first-seen time counts).
      publishedAt: i % 3 === 0 ? null : NOW - 40 * DAY + (2100 - i) * 60_000,
      categories: [],
      contentHash: `m${i}`,
      digestEligible: true,
      outlet: 'Wire',
      topic: null,
      now: NOW - 40 * DAY + i * 1000,
    }));
    await insertArticlesIfNew(t.store.db, many);
    const dated = many
      .map((a) => ({ title: a.title, at: a.publishedAt ?? a.now }))
      .filter((a) => a.at >= SINCE)
      .sort((a, b) => b.at - a.at);
    const hits = await searchArticles(t.store.db, 'market', { since: SINCE, limit: 10 });
    expect(hits.map((h) => h.title)).toEqual(dated.slice(0, 10).map((a) => a.title));
    expect(await oldestArticleSeenAt(t.store.db)).toBe(NOW - 45 * DAY);
  });

  it('finds a common word newest first from its newest matches, and an older article dated later too', async () => {
    // Stored in date order, as a poller stores news; the first article stored carries a date
    // after all the others (a feed's claim), so only the check by date finds it first.
    const feed = await insertFeed(t.store.db, { url: 'https://feeds.example/dense', now: NOW });
    const dense = Array.from({ length: 2600 }, (_, i) => ({
      feedId: feed.id,
      itemKey: `d${i}`,
      canonicalUrl: `https://news.example/d/${i}`,
      url: `https://news.example/d/${i}`,
      title: `Gantry note ${i}`,
      text: i % 4 === 0 ? 'Gantry cranes and a welder.' : 'Gantry cranes.',
      author: null,
      publishedAt: i === 0 ? NOW : null,
      categories: [],
      contentHash: `d${i}`,
      digestEligible: true,
      outlet: 'Wire',
      topic: null,
      now: NOW - 20 * DAY + i * 60_000,
    }));
    await insertArticlesIfNew(t.store.db, dense);
    const newest = (n: number, has: (i: number) => boolean) =>
      [0, ...Array.from({ length: 2600 }, (_, k) => 2599 - k).filter((i) => i !== 0 && has(i))]
        .slice(0, n)
        .map((i) => `Gantry note ${i}`);
    expect(await titles(t.store, 'gantry')).toEqual(newest(10, () => true));
    expect(await titles(t.store, 'welder gantry')).toEqual(newest(10, (i) => i % 4 === 0));
    // Without it, the newest matches answer alone.
    await t.store.db.deleteFrom('articles').where('title', '=', 'Gantry note 0').execute();
    expect(await titles(t.store, 'gantry')).toEqual(newest(11, () => true).slice(1));
    expect(await titles(t.store, 'welder gantry')).toEqual(newest(11, (i) => i % 4 === 0).slice(1));
  });

  it('follows updates and deletes', async () => {
    const id = await add(t.store.db, 'Quiet item', 'Nothing to see.', NOW - DAY);
    await t.store.db.updateTable('articles').set({ title: 'Exoskeleton trial' }).where('id', '=', id).execute();
    expect(await titles(t.store, 'exoskeleton')).toEqual(['Exoskeleton trial']);
    expect(await titles(t.store, 'quiet')).toEqual([]);
    await t.store.db.deleteFrom('articles').where('id', '=', id).execute();
    expect(await titles(t.store, 'exoskeleton')).toEqual([]);
  });
});

it(
  'never hands SQLite a word its tokenizer splits: every letter and digit inside a word is searchable',
  { timeout: 60_000 },
  async () => {
    // The SQLite index keeps no positions, so a word read as two tokens (a phrase) fails the query.
    const t = await openSqliteTestStore();
    try {
      const words: string[] = [];
      for (let cp = 0; cp < 0x30000; cp++) {
        const c = String.fromCodePoint(cp);
        if (/^[\p{L}\p{N}]$/u.test(c)) words.push(`a${c}b`);
      }
      for (let i = 0; i < words.length; i += MAX_SEARCH_WORDS) {
        const query = words.slice(i, i + MAX_SEARCH_WORDS).join(' ');
        await expect(titles(t.store, query), query).resolves.toEqual([]);
      }
    } finally {
      await t.cleanup();
    }
  },
);

describeStores('article search index over rows stored before it', (open) => {
  it('finds articles stored before the migration ran', async () => {
    const t = await open({ migrate: false });
    try {
      const migrator = await migratorFor(t.store);
      const before = await migrator.migrateTo('0004_llm_cache');
      expect(before.error).toBeUndefined();
      await add(t.store.db, 'Exoskeleton maker expands', 'An exoskeleton for warehouse workers.', NOW - DAY, true);
      await migrate(t.store);
      expect(await titles(t.store, 'exoskeleton warehouse')).toEqual(['Exoskeleton maker expands']);
    } finally {
      await t.cleanup();
    }
  });
});
