// Article page results of a poll cycle (decision 0025): the page's text replaces the feed's
// (language and content hash follow it) and marks the article as read from its page, so the page
// is never fetched again. A failure changes nothing in the article (the feed's text stays) and is
// recorded with its reason for /feeds errors; one that may pass is claimed again when due.
import type { Db } from './store.js';

interface PageBase {
  articleId: number;
  feedId: number;
  url: string;
  /** Which try of the page this was (1: the first). */
  tries: number;
}

export type PageResult =
  | (PageBase & { ok: true; text: string; lang: string | null; contentHash: string })
  | (PageBase & { ok: false; code: string; message: string; retryAt: number | null });

/** Stores a cycle's page results in one transaction; returns how many articles took their page's text. */
export async function savePageResults(db: Db, results: PageResult[], now: number): Promise<number> {
  if (results.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    let stored = 0;
    for (const r of results) {
      if (!r.ok) {
        const failure = { code: r.code, message: r.message, failed_at: now, tries: r.tries, retry_at: r.retryAt };
        await trx
          .insertInto('page_errors')
          .values({ article_id: r.articleId, feed_id: r.feedId, url: r.url, ...failure })
          .onConflict((oc) => oc.column('article_id').doUpdateSet(failure))
          .execute();
        continue;
      }
      if (r.tries > 1) await trx.deleteFrom('page_errors').where('article_id', '=', r.articleId).execute();
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

export interface PageRetry {
  articleId: number;
  feedId: number;
  url: string;
  title: string;
  /** The article's text as stored: still the feed's. */
  text: string;
  /** The language read from that text (null when it could not be told). */
  lang: string | null;
  tries: number;
}

/**
 * Claims the pages due to be tried again (at most `limit`, the longest waiting first) of articles
 * still holding their feed's text, in feeds that are active and still want full text. A claimed
 * page is not due again for `leaseMs` (another replica skips it; a cycle that dies gives it back).
 */
export async function claimPageRetries(db: Db, now: number, limit: number, leaseMs: number): Promise<PageRetry[]> {
  const due = db
    .selectFrom('page_errors as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .innerJoin('feeds as f', 'f.id', 'e.feed_id')
    .select('e.article_id')
    .where('e.retry_at', '<=', now)
    .where('a.page_fetched_at', 'is', null)
    .where('f.status', '=', 'active')
    .where('f.full_text', '<>', 'off')
    .orderBy('e.retry_at')
    .limit(limit);
  const claimed = await db
    .updateTable('page_errors')
    .set({ retry_at: now + leaseMs })
    .where('article_id', 'in', due)
    .where('retry_at', '<=', now)
    .returning('article_id')
    .execute();
  if (claimed.length === 0) return [];
  const rows = await db
    .selectFrom('page_errors as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select(['e.article_id', 'e.feed_id', 'e.url', 'a.title', 'a.text', 'a.lang', 'e.tries'])
    .where(
      'e.article_id',
      'in',
      claimed.map((c) => c.article_id),
    )
    .execute();
  return rows.map((r) => ({
    articleId: r.article_id,
    feedId: r.feed_id,
    url: r.url,
    title: r.title,
    text: r.text,
    lang: r.lang,
    tries: r.tries,
  }));
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
