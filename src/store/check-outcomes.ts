// Writing what feed checks found: their new articles and each feed's new state, in one transaction.
import { insertArticlesIfNew } from './article-batch.js';
import type { InsertResult, NewArticle } from './articles.js';
import { finishFeedCheck, type FeedCheck } from './feeds.js';
import type { Store } from './store.js';

/** One feed check's outcome: its articles (none for a 304 or a failure) and the feed's new state. */
export interface CheckOutcome {
  feedId: number;
  owner: string;
  articles: NewArticle[];
  check: FeedCheck;
}

/** Writes the outcomes together; the insert results come back split per outcome, in order. */
export function writeOutcomes(store: Store, outcomes: CheckOutcome[]): Promise<InsertResult[][]> {
  return store.transaction(async (trx) => {
    const results = await insertArticlesIfNew(
      trx,
      outcomes.flatMap((o) => o.articles),
    );
    // Feeds in id order: concurrent PostgreSQL replicas then lock rows in one order.
    for (const o of [...outcomes].sort((a, b) => a.feedId - b.feedId)) await finishFeedCheck(trx, o.feedId, o.owner, o.check);
    let at = 0;
    return outcomes.map((o) => results.slice(at, (at += o.articles.length)));
  });
}
