// A fetched feed's bytes to the article rows to store: parse, then normalize each item. Pure and
// synchronous, so the poller runs it on worker threads (read-pool.ts).
import type { Feed } from '../model.js';
import type { NewArticle } from '../store/articles.js';
import { toNewArticle } from './normalize.js';
import { parseFeedSync } from './parse/index.js';

export interface ReadRequest {
  body: Uint8Array;
  /** The URL the feed was finally fetched from: relative links resolve against it. */
  url: string;
  contentType?: string;
  maxItems: number;
  feed: Pick<Feed, 'id' | 'url' | 'title' | 'topic' | 'primedAt' | 'backfillSince'>;
  now: number;
}

export interface ReadFeed {
  title: string | null;
  ttlMinutes: number | null;
  articles: NewArticle[];
}

/** A new feed's first good poll marks what it already holds as seen, except a backfill window. */
export function readFeed(req: ReadRequest): ReadFeed {
  const parsed = parseFeedSync(req.body, { url: req.url, maxItems: req.maxItems, contentType: req.contentType });
  const { feed, now, url: baseUrl } = req;
  const admitSince = feed.primedAt !== null ? -Infinity : (feed.backfillSince ?? Infinity);
  const articles = parsed.items
    .slice(0, req.maxItems)
    .map((item) => toNewArticle(item, { feed, parsed, baseUrl, now, admitSince }))
    .filter((a) => a !== null);
  return { title: parsed.title, ttlMinutes: parsed.ttlMinutes ?? null, articles };
}
