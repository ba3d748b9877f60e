// A fetched feed's bytes to the article rows to store: parse, then normalize each item the last
// good fetch did not carry (most of a changed feed is what it held before, and those are stored
// already). Pure and synchronous, so the poller runs it on worker threads (read-pool.ts).
import type { Feed } from '../model.js';
import type { NewArticle } from '../store/articles.js';
import { itemDigest, itemKey, outletName, toNewArticle } from './normalize.js';
import { parseFeedSync } from './parse/index.js';
import { settleShortItems } from './article/language.js';
import { isTeaser } from './article/teaser.js';
import { outletsAfterTitles } from './outlet-after-title.js';

export interface ReadRequest {
  body: Uint8Array;
  /** The URL the feed was finally fetched from: relative links resolve against it. */
  url: string;
  contentType?: string;
  maxItems: number;
  feed: Pick<Feed, 'id' | 'url' | 'title' | 'topic' | 'primedAt' | 'backfillSince' | 'lastItems'>;
  now: number;
}

export interface ReadFeed {
  title: string | null;
  ttlMinutes: number | null;
  /** Items taken from the document (at most maxItems). */
  items: number;
  /** The rows of the items the last good fetch did not carry. */
  articles: NewArticle[];
  /** For each of `articles`: it can reach a digest and its text is only a title or a teaser (article/teaser.ts). */
  teasers: boolean[];
  /** Digests of every taken item's key: what the next fetch will know as carried. */
  itemDigests: string[];
}

/** A new feed's first good poll marks what it already holds as seen, except a backfill window. */
export function readFeed(req: ReadRequest): ReadFeed {
  const parsed = parseFeedSync(req.body, { url: req.url, maxItems: req.maxItems, contentType: req.contentType });
  const { feed, now, url: baseUrl } = req;
  const admitSince = feed.primedAt !== null ? -Infinity : (feed.backfillSince ?? Infinity);
  const carried = new Set(feed.lastItems);
  const items = parsed.items.slice(0, req.maxItems);
  const keys = items.map((item) => itemKey(item, baseUrl));
  const itemDigests = keys.map(itemDigest);
  const titlesEndIn = outletsAfterTitles(items.map((item) => item.title));
  const ctx = { feed, outlet: outletName(feed, parsed), titlesEndIn, baseUrl, now, admitSince, language: parsed.language };
  const articles: NewArticle[] = [];
  const teasers: boolean[] = [];
  items.forEach((item, i) => {
    const article = carried.has(itemDigests[i]!) ? null : toNewArticle(item, ctx, keys[i]);
    if (!article) return;
    articles.push(article);
    // Whether the page is wanted is asked only of items that can reach a digest (page-text.ts wantsPage).
    teasers.push(
      article.digestEligible &&
        isTeaser({ title: article.title, text: article.text, body: item.contentHtml ?? item.summary ?? item.content }),
    );
  });
  settleShortItems(articles, parsed.language);
  return { title: parsed.title, ttlMinutes: parsed.ttlMinutes ?? null, items: items.length, articles, teasers, itemDigests };
}
