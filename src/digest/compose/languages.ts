// A digest speaks one language: its destination's, or else the one most of the window's articles
// are written in (articles.lang, detected at ingest). Articles in other languages are kept apart:
// listed by headline in a section per language, or left out (the destination's otherLanguages);
// they never join a story, the TL;DR or the takeaways. An article whose language is not known
// stays with the digest's.
import type { Article, Destination } from '../../model.js';

/** The destination's language, else the most common known language of the articles (ties: the first met); null when none is known. */
export function digestLanguage(destination: Destination, articles: Article[]): string | null {
  if (destination.language) return destination.language;
  const counts = new Map<string, number>();
  for (const a of articles) if (a.lang) counts.set(a.lang, (counts.get(a.lang) ?? 0) + 1);
  let best: string | null = null;
  for (const [lang, n] of counts) if (best === null || n > counts.get(best)!) best = lang;
  return best;
}

/** The articles in `language` (or of unknown language), and the others by language, most articles first. */
export function splitByLanguage(articles: Article[], language: string | null): { own: Article[]; others: [string, Article[]][] } {
  if (language === null) return { own: articles, others: [] };
  const own: Article[] = [];
  const others = new Map<string, Article[]>();
  for (const a of articles) {
    if (!a.lang || a.lang === language) own.push(a);
    else others.set(a.lang, [...(others.get(a.lang) ?? []), a]);
  }
  return { own, others: [...others].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0])) };
}
