// The articles a destination's digest draws from: not in any earlier digest of it, first seen in
// the 48 hours before the slot, in its topics, not only from feeds paused for it (all in SQL),
// then through its include and exclude patterns. `/digest status` counts the same selection.
import type { Article, Destination } from '../model.js';
import { passesFilters } from '../digest/filters.js';
import { LOOKBACK_MS } from '../digest/window.js';
import { articlesForDestination, countPendingArticles } from '../store/digests.js';
import type { Db } from '../store/store.js';

/** Articles read per digest at most (newest first). */
export const WINDOW_LIMIT = 5_000;

export async function windowArticles(db: Db, destination: Destination, slotAt: number): Promise<Article[]> {
  const articles = await articlesForDestination(db, destination, {
    until: slotAt,
    since: slotAt - LOOKBACK_MS,
    limit: WINDOW_LIMIT,
  });
  return articles.filter((a) => passesFilters(a, destination.include, destination.exclude));
}

/** How many articles the destination's next digest could draw from if it were built at `now`. */
export async function pendingCount(db: Db, destination: Destination, now: number): Promise<number> {
  if (destination.include.length === 0 && destination.exclude.length === 0)
    return countPendingArticles(db, destination, { since: now - LOOKBACK_MS, until: now });
  return (await windowArticles(db, destination, now)).length;
}
