// Stories past the digest's cap are not lost: the next few are listed by headline, each linked to
// the article its headline is from, and the rest are counted ("+N more").
import type { Article, DigestAlso } from '../../model.js';
import { cleanHeadline, headlineArticle } from './story.js';

export const ALSO_MAX = 8;

/** `beyond`: the stories past the cap, best first (each its articles). */
export function alsoList(beyond: Article[][], max = ALSO_MAX): DigestAlso {
  const items = beyond.slice(0, max).map((articles) => {
    const a = headlineArticle(articles);
    return { headline: cleanHeadline(a.title, a.outlet), url: a.canonicalUrl ?? a.url, outlet: a.outlet };
  });
  return { items, more: Math.max(0, beyond.length - items.length) };
}
