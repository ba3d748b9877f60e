// insertArticleIfNew for a whole fetch at once: the same results, item for item, in a handful of
// statements instead of three or four per item (polling stores thousands of items per cycle).
import { CompiledQuery } from 'kysely';
import { chunks } from './chunks.js';
import { dialectOf } from './dialect.js';
import { articleRow, type InsertResult, type NewArticle } from './articles.js';
import type { Db } from './store.js';

/** Rows per multi-row statement: well under both dialects' bound-parameter limits. */
const CHUNK = 200;

const linkKey = (feedId: number, itemKey: string) => `${feedId}\u0000${itemKey}`;

/**
 * A multi-row INSERT as compiled SQL. Polling inserts thousands of rows a minute, and the query
 * builder built and froze a node per value: a fifth of the writer's time. Names are our own
 * constants, values are bound parameters.
 */
function insertRows<R>(db: Db, head: string, rows: unknown[][], tail: string): Promise<R[]> {
  const postgres = dialectOf(db) === 'postgres';
  let n = 0;
  const tuples = rows.map((row) => `(${row.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`);
  const query = CompiledQuery.raw(`${head} values ${tuples.join(', ')} ${tail}`, rows.flat());
  return db.executeQuery<R>(query).then((r) => r.rows);
}

/** Article ids already stored for these (feed, item key) pairs. */
async function knownLinks(db: Db, list: NewArticle[]): Promise<Map<string, number>> {
  const known = new Map<string, number>();
  for (const feedId of new Set(list.map((a) => a.feedId))) {
    const keys = [...new Set(list.filter((a) => a.feedId === feedId).map((a) => a.itemKey))];
    for (const part of chunks(keys, CHUNK)) {
      const rows = await db
        .selectFrom('feed_items')
        .select(['item_key', 'article_id'])
        .where('feed_id', '=', feedId)
        .where('item_key', 'in', part)
        .execute();
      for (const r of rows) known.set(linkKey(feedId, r.item_key), r.article_id);
    }
  }
  return known;
}

/** Inserts the articles not stored yet; returns the article id of each, and which rows are new. */
async function storeArticles(db: Db, list: NewArticle[]): Promise<{ ids: number[]; inserted: boolean[] }> {
  const ids: number[] = new Array<number>(list.length);
  const inserted = list.map(() => false);
  const firstByUrl = new Map<string, number>();
  list.forEach((a, i) => a.canonicalUrl !== null && !firstByUrl.has(a.canonicalUrl) && firstByUrl.set(a.canonicalUrl, i));
  const byUrl = new Map<string, number>();
  for (const part of chunks([...firstByUrl.values()], CHUNK)) {
    const values = part.map((i) => articleRow(list[i]!));
    const columns = Object.keys(values[0]!) as (keyof (typeof values)[0])[];
    const rows = await insertRows<{ id: number; canonical_url: string | null }>(
      db,
      `insert into articles (${columns.join(', ')})`,
      values.map((v) => columns.map((c) => v[c])),
      'on conflict (canonical_url) do nothing returning id, canonical_url',
    );
    for (const r of rows) {
      byUrl.set(r.canonical_url!, r.id);
      inserted[firstByUrl.get(r.canonical_url!)!] = true;
    }
  }
  const missing = [...firstByUrl.keys()].filter((u) => !byUrl.has(u));
  for (const part of chunks(missing, CHUNK)) {
    const rows = await db.selectFrom('articles').select(['id', 'canonical_url']).where('canonical_url', 'in', part).execute();
    for (const r of rows) byUrl.set(r.canonical_url!, r.id);
  }
  for (const [i, a] of list.entries()) {
    if (a.canonicalUrl !== null) ids[i] = byUrl.get(a.canonicalUrl)!;
    else {
      const row = await db.insertInto('articles').values(articleRow(a)).returning('id').executeTakeFirstOrThrow();
      ids[i] = row.id;
      inserted[i] = true;
    }
  }
  return { ids, inserted };
}

/**
 * The dedupe of insertArticleIfNew for many items: an item already seen from its feed, or an
 * article already stored under the same canonical URL (earlier, or earlier in this list), is not
 * inserted again; every carrying feed is still recorded. Run it inside a transaction.
 */
export async function insertArticlesIfNew(db: Db, list: NewArticle[]): Promise<InsertResult[]> {
  const known = await knownLinks(db, list);
  const firstOfKey = new Map<string, number>();
  const fresh: number[] = [];
  list.forEach((a, i) => {
    const key = linkKey(a.feedId, a.itemKey);
    if (known.has(key) || firstOfKey.has(key)) return;
    firstOfKey.set(key, i);
    fresh.push(i);
  });
  const stored = await storeArticles(
    db,
    fresh.map((i) => list[i]!),
  );
  const linked = new Set<string>();
  for (const part of chunks(
    fresh.map((i, n) => ({ a: list[i]!, articleId: stored.ids[n]! })),
    CHUNK,
  )) {
    const rows = await insertRows<{ feed_id: number; item_key: string }>(
      db,
      'insert into feed_items (feed_id, item_key, article_id, seen_at)',
      part.map(({ a, articleId }) => [a.feedId, a.itemKey, articleId, a.now]),
      'on conflict (feed_id, item_key) do nothing returning feed_id, item_key',
    );
    for (const r of rows) linked.add(linkKey(r.feed_id, r.item_key));
  }
  const resultOf = new Map<number, InsertResult>();
  fresh.forEach((i, n) => {
    const a = list[i]!;
    resultOf.set(i, { articleId: stored.ids[n]!, isNew: stored.inserted[n]! && linked.has(linkKey(a.feedId, a.itemKey)) });
  });
  return list.map((a, i) => {
    const key = linkKey(a.feedId, a.itemKey);
    const own = resultOf.get(i);
    if (own) return own;
    const knownId = known.get(key);
    return { articleId: knownId ?? resultOf.get(firstOfKey.get(key)!)!.articleId, isNew: false };
  });
}
