// Article page results of a poll cycle (decision 0025): the page's text replaces the feed's
// (language and content hash follow it) and marks the article as read from its page, so the page
// is never fetched again. A failure changes nothing in the article (the feed's text stays) and is
// recorded with its reason for /feeds errors.
import type { Db } from './store.js';

interface PageBase {
  articleId: number;
  feedId: number;
  url: string;
}

export type PageResult =
  | (PageBase & { ok: true; text: string; lang: string | null; contentHash: string })
  | (PageBase & { ok: false; code: string; message: string });

/** Stores a cycle's page results in one transaction; returns how many articles took their page's text. */
export async function savePageResults(db: Db, results: PageResult[], now: number): Promise<number> {
  if (results.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    let stored = 0;
    for (const r of results) {
      if (!r.ok) {
        const row = { article_id: r.articleId, feed_id: r.feedId, url: r.url, code: r.code, message: r.message, failed_at: now };
        await trx
          .insertInto('page_errors')
          .values(row)
          .onConflict((oc) => oc.column('article_id').doUpdateSet({ code: r.code, message: r.message, failed_at: now }))
          .execute();
        continue;
      }
      const res = await trx
        .updateTable('articles')
        .set({ text: r.text, lang: r.lang, content_hash: r.contentHash, page_fetched_at: now })
        .where('id', '=', r.articleId)
        .where('page_fetched_at', 'is', null)
        .executeTakeFirst();
      stored += Number(res.numUpdatedRows);
    }
    return stored;
  });
}

export interface PageError {
  feedId: number;
  feedTitle: string | null;
  articleTitle: string;
  url: string;
  code: string;
  message: string;
  failedAt: number;
}

/** The latest article pages that gave no full text, newest first. */
export async function recentPageErrors(db: Db, limit = 20): Promise<PageError[]> {
  const rows = await db
    .selectFrom('page_errors as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .innerJoin('feeds as f', 'f.id', 'e.feed_id')
    .select(['e.feed_id', 'f.title as feed_title', 'a.title', 'e.url', 'e.code', 'e.message', 'e.failed_at'])
    .orderBy('e.failed_at', 'desc')
    .orderBy('e.article_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    feedId: r.feed_id,
    feedTitle: r.feed_title,
    articleTitle: r.title,
    url: r.url,
    code: r.code,
    message: r.message,
    failedAt: r.failed_at,
  }));
}
