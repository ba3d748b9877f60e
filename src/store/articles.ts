// Articles: stored once per canonical URL, and once per (feed, item id) for items without a link.
import type { Article, EpochMs } from '../model.js';
import { readJson, stringList } from './json.js';
import type { ArticleRow } from './schema.js';
import type { Db } from './store.js';

export interface NewArticle {
  feedId: number;
  /** The item's guid/id, else its link, else a stable hash (see sources/normalize). */
  itemKey: string;
  canonicalUrl: string | null;
  url: string | null;
  title: string;
  text: string;
  author: string | null;
  publishedAt: number | null;
  categories: string[];
  contentHash: string;
  digestEligible: boolean;
  outlet: string;
  topic: string | null;
  /** ISO 639-1, null when the detector was unsure (absent: not detected). */
  lang?: string | null;
  now: number;
}

export interface InsertResult {
  articleId: number;
  /** False when the item or its canonical URL was already stored (from this feed or another). */
  isNew: boolean;
}

/** The row a new article is stored as. */
export function articleRow(a: NewArticle) {
  return {
    canonical_url: a.canonicalUrl,
    url: a.url,
    title: a.title,
    text: a.text,
    author: a.author,
    published_at: a.publishedAt,
    first_seen_at: a.now,
    categories: JSON.stringify(a.categories),
    content_hash: a.contentHash,
    digest_eligible: a.digestEligible ? 1 : 0,
    outlet: a.outlet,
    topic: a.topic,
    // Left to the column's default (null) when not given, as on a store migrated before 0028.
    ...(a.lang !== undefined && { lang: a.lang }),
  };
}

export function articleFromRow(r: ArticleRow): Article {
  return {
    id: r.id,
    canonicalUrl: r.canonical_url,
    url: r.url,
    title: r.title,
    text: r.text,
    author: r.author,
    publishedAt: r.published_at,
    firstSeenAt: r.first_seen_at,
    categories: readJson(stringList, r.categories, 'articles.categories'),
    contentHash: r.content_hash,
    digestEligible: r.digest_eligible === 1,
    outlet: r.outlet,
    topic: r.topic,
    lang: r.lang,
  };
}

/**
 * The dedupe: an item already seen from this feed, or an article already stored under the same
 * canonical URL, is not inserted again; the feed that carried it is still recorded. Safe under
 * concurrent writers: the unique keys decide, conflicts are not errors.
 */
export async function insertArticleIfNew(db: Db, a: NewArticle): Promise<InsertResult> {
  const known = await db
    .selectFrom('feed_items')
    .select('article_id')
    .where('feed_id', '=', a.feedId)
    .where('item_key', '=', a.itemKey)
    .executeTakeFirst();
  if (known) return { articleId: known.article_id, isNew: false };

  const inserted = await db
    .insertInto('articles')
    .values(articleRow(a))
    .onConflict((oc) => oc.column('canonical_url').doNothing())
    .returning('id')
    .executeTakeFirst();

  let articleId = inserted?.id;
  if (articleId === undefined) {
    const existing = await db
      .selectFrom('articles')
      .select('id')
      .where('canonical_url', '=', a.canonicalUrl)
      .executeTakeFirstOrThrow();
    articleId = existing.id;
  }
  const link = await db
    .insertInto('feed_items')
    .values({ feed_id: a.feedId, item_key: a.itemKey, article_id: articleId, seen_at: a.now })
    .onConflict((oc) => oc.columns(['feed_id', 'item_key']).doNothing())
    .returning('article_id')
    .executeTakeFirst();
  return { articleId, isNew: inserted !== undefined && link !== undefined };
}

/** Titles and texts of these articles (older reports of a round the digest shows). */
export async function articleTexts(db: Db, ids: number[]): Promise<{ id: number; title: string; text: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('articles').select(['id', 'title', 'text']).where('id', 'in', ids).execute();
}

/** The funding-round reader's queue: articles not read yet, oldest first. */
export function articlesUnreadForRounds(db: Db, limit: number) {
  return db
    .selectFrom('articles')
    .select(['id', 'title', 'text', 'outlet', 'published_at', 'first_seen_at'])
    .where('rounds_read_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function markRoundsRead(db: Db, ids: number[], now: EpochMs): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('articles').set({ rounds_read_at: now }).where('id', 'in', ids).execute();
}

/** The feeds that carried an article (one article, many outlets). */
export async function feedsOfArticle(db: Db, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('feed_items')
    .select('feed_id')
    .where('article_id', '=', articleId)
    .orderBy('feed_id')
    .execute();
  return rows.map((r) => r.feed_id);
}
