// Article page results of a poll cycle (decision 0025): the page's text replaces the feed's
// (language and content hash follow it) and marks the article as read from its page, so the page
// is never fetched again. A failure changes nothing in the article: the feed's text stays.
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
      if (!r.ok) continue;
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
