// insertArticlesIfNew must give exactly what insertArticleIfNew gives, item by item, in order.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { insertArticlesIfNew } from '../../../src/store/article-batch.js';
import { feedsOfArticle, insertArticleIfNew, type InsertResult, type NewArticle } from '../../../src/store/articles.js';
import { insertFeed } from '../../../src/store/feeds.js';
import type { Store } from '../../../src/store/store.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const NOW = Date.UTC(2026, 10, 21, 12);

const article = (feedId: number, itemKey: string, url: string | null, title = itemKey): NewArticle => ({
  feedId,
  itemKey,
  canonicalUrl: url,
  url,
  title,
  text: `Text of ${title}`,
  author: null,
  publishedAt: NOW - 1000,
  categories: ['c'],
  contentHash: `h-${title}`,
  digestEligible: true,
  outlet: 'Outlet',
  topic: null,
  now: NOW,
});

/** What was stored, with article ids replaced by titles (ids may be numbered differently). */
async function snapshot(store: Store, results: InsertResult[][]) {
  const articles = await store.db.selectFrom('articles').select(['id', 'canonical_url', 'title']).orderBy('title').execute();
  const titleOf = new Map(articles.map((a) => [a.id, a.title]));
  const links = await store.db
    .selectFrom('feed_items')
    .select(['feed_id', 'item_key', 'article_id'])
    .orderBy(['feed_id', 'item_key'])
    .execute();
  return {
    results: results.map((batch) => batch.map((r) => ({ title: titleOf.get(r.articleId), isNew: r.isNew }))),
    articles: articles.map((a) => [a.canonical_url, a.title]),
    links: links.map((l) => [l.feed_id, l.item_key, titleOf.get(l.article_id)]),
  };
}

/** Two feeds; the second batch repeats, crosses feeds, repeats within itself and has link-less items. */
async function scenario(store: Store, insert: (list: NewArticle[]) => Promise<InsertResult[]>) {
  const a = await insertFeed(store.db, { url: 'https://a.example/feed', now: NOW });
  const b = await insertFeed(store.db, { url: 'https://b.example/feed', now: NOW });
  const first = await insert([
    article(a.id, 'a1', 'https://n.example/1'),
    article(a.id, 'a2', null),
    article(a.id, 'a3', 'https://n.example/3'),
  ]);
  const second = await insert([
    article(a.id, 'a1', 'https://n.example/1'),
    article(b.id, 'b1', 'https://n.example/1'),
    article(b.id, 'b2', 'https://n.example/2'),
    article(b.id, 'b2', 'https://n.example/2'),
    article(b.id, 'b3', 'https://n.example/2', 'same url, other key'),
    article(b.id, 'b4', null),
    article(b.id, 'b5', null),
    article(b.id, 'b4', null),
    article(a.id, 'a2', null),
  ]);
  return snapshot(store, [first, second]);
}

describeStores('insertArticlesIfNew', (open) => {
  let one: TestStore;
  let two: TestStore;
  beforeEach(async () => {
    one = await open();
    two = await open();
  });
  afterEach(async () => {
    await Promise.all([one.cleanup(), two.cleanup()]);
  });

  it('stores the detected language, and null when none was detected', async () => {
    const feed = await insertFeed(one.store.db, { url: 'https://a.example/feed', now: NOW });
    await insertArticlesIfNew(one.store.db, [
      { ...article(feed.id, 'de', 'https://n.example/de'), lang: 'de' },
      { ...article(feed.id, 'unsure', 'https://n.example/unsure'), lang: null },
    ]);
    const rows = await one.store.db.selectFrom('articles').select(['title', 'lang']).orderBy('title').execute();
    expect(rows).toEqual([
      { title: 'de', lang: 'de' },
      { title: 'unsure', lang: null },
    ]);
  });

  it('matches insertArticleIfNew item for item, rows included', async () => {
    const sequential = await scenario(one.store, async (list) => {
      const out = [];
      for (const a of list) out.push(await insertArticleIfNew(one.store.db, a));
      return out;
    });
    const batched = await scenario(two.store, (list) => two.store.transaction((trx) => insertArticlesIfNew(trx, list)));
    expect(batched).toEqual(sequential);
    expect(batched.results[1]!.map((r) => r.isNew)).toEqual([false, false, true, false, false, true, true, false, false]);
    expect(batched.articles).toHaveLength(6);
  });

  it('records every feed that carries an article, and stores it once', async () => {
    const a = await insertFeed(one.store.db, { url: 'https://a.example/feed', now: NOW });
    const b = await insertFeed(one.store.db, { url: 'https://b.example/feed', now: NOW });
    const [x] = await insertArticlesIfNew(one.store.db, [article(a.id, 'x', 'https://n.example/x')]);
    const [y] = await insertArticlesIfNew(one.store.db, [article(b.id, 'y', 'https://n.example/x')]);
    expect(y).toEqual({ articleId: x!.articleId, isNew: false });
    expect(await feedsOfArticle(one.store.db, x!.articleId)).toEqual([a.id, b.id]);
  });

  it('stores hundreds of items in a few statements (chunks past the row limit)', async () => {
    const f = await insertFeed(one.store.db, { url: 'https://a.example/feed', now: NOW });
    const list = Array.from({ length: 450 }, (_, i) => article(f.id, `k${i}`, `https://n.example/${i}`));
    const results = await one.store.transaction((trx) => insertArticlesIfNew(trx, list));
    expect(results.filter((r) => r.isNew)).toHaveLength(450);
    expect(new Set(results.map((r) => r.articleId)).size).toBe(450);
    const again = await insertArticlesIfNew(one.store.db, list);
    expect(again.map((r) => r.articleId)).toEqual(results.map((r) => r.articleId));
    expect(again.some((r) => r.isNew)).toBe(false);
  });

  it('does nothing with an empty list', async () => {
    expect(await insertArticlesIfNew(one.store.db, [])).toEqual([]);
  });
});
