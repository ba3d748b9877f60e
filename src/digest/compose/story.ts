// One story entry: headline, one or two sentences, tags, and every outlet that reported it.
import type { Article, DigestStory, SourceRef } from '../../model.js';
import { rewordedByAWord, withoutHeadlineTag } from '../../text/headline.js';
import { terms, words } from '../../text/tokens.js';
import { namesFormat } from './news-kind.js';

const MAX_TAGS = 3;

/** A link readers can follow: the canonical URL (tracking parameters and fragments removed) when there is one. */
function sourceRef(a: Article): SourceRef {
  return { articleId: a.id, title: a.title, url: a.canonicalUrl ?? a.url, outlet: a.outlet };
}

/**
 * Every article of the story as a source: the one its headline is from first (the headline links
 * to it), then first seen first. Each line of the entry comes from one of them. An aggregator's
 * item that links a report the story already has is that report, not a second source: one link is
 * one source, shown under the outlet that published it; so is an outlet's same headline posted twice.
 */
export function storySources(articles: Article[]): SourceRef[] {
  const lead = headlineArticle(articles);
  const rest = articles.filter((a) => a !== lead).sort((x, y) => x.firstSeenAt - y.firstSeenAt || x.id - y.id);
  return linkedSources([lead, ...rest]);
}

/**
 * The page each item stands for: its link, or the first link of the same outlet's same headline,
 * or one reworded by a word (a republished item under a second address is the same page).
 */
function pageKeys<T>(items: readonly T[], ref: (item: T) => SourceRef): Map<T, string> {
  const posted: { outlet: string; headline: string; page: string }[] = [];
  const pages = new Map<T, string>();
  for (const item of items) {
    const r = ref(item);
    const headline = words(withoutHeadlineTag(r.title)).join(' ');
    const same = posted.find((p) => p.outlet === r.outlet && (p.headline === headline || rewordedByAWord(p.headline, headline)));
    const page = same?.page ?? r.url ?? `#${r.articleId}`;
    if (!same) posted.push({ outlet: r.outlet, headline, page });
    pages.set(item, page);
  }
  return pages;
}

/** The page each article stands for (see pageKeys). */
export const pagesOf = (articles: readonly Article[]): Map<Article, string> => pageKeys(articles, sourceRef);

/** Sources one per page, the first of each kept: a round's reports listed as a story's are. */
export function onePerPage(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return [...pageKeys(sources, (s) => s)].filter(([, page]) => !seen.has(page) && seen.add(page)).map(([s]) => s);
}

/** The articles as sources, in order, one per page they stand for (see storySources). */
export function linkedSources(articles: readonly Article[]): SourceRef[] {
  const byPage = new Map<string, Article[]>();
  for (const [a, page] of pagesOf(articles)) byPage.set(page, [...(byPage.get(page) ?? []), a]);
  return [...byPage.values()].map((same) => sourceRef(publisherOf(same)));
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Of articles that link one page: of those whose outlet the page's site is named after (else of all), the one with most text. */
function publisherOf(same: Article[]): Article {
  const host = (a: Article) => {
    try {
      return letters(new URL(sourceRef(a).url ?? '').hostname.replace(/^www\d?\./, '').replace(/\.[^.]+$/, ''));
    } catch {
      return '';
    }
  };
  const own = same.filter((a) => letters(a.outlet) !== '' && host(a).includes(letters(a.outlet)));
  return (own.length > 0 ? own : same).reduce((best, a) => (a.text.length > best.text.length ? a : best));
}

/** A trailing "| Outlet", "- Outlet", "— Outlet" naming the outlet the links already name. */
const OUTLET_SUFFIX = /\s+[|¦–—-]\s+([^|¦–—-]{2,40})$/u;

/** The headline without markdown (heading marks, links, bold, code) and without its outlet's name appended. */
export function cleanHeadline(title: string, outlet: string): string {
  const t = withoutHeadlineTag(title)
    .replace(/^#{1,6}\s+/u, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\*\*|__|`/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const suffix = OUTLET_SUFFIX.exec(t);
  const name = suffix?.[1]?.trim().toLowerCase() ?? '';
  const o = outlet.toLowerCase();
  return suffix && name !== '' && (o.includes(name) || name.includes(o)) ? t.slice(0, suffix.index).trim() : t;
}

/**
 * The article whose headline shares most words with the others (the most typical telling); ties:
 * the earliest. A gallery's, a live blog's or a column's headline only when every report is one.
 */
export function headlineArticle(articles: Article[]): Article {
  const plain = articles.filter((a) => !namesFormat(a.title));
  return mostTypical(plain.length > 0 ? plain : articles);
}

function mostTypical(articles: Article[]): Article {
  if (articles.length === 1) return articles[0]!;
  const sets = articles.map((a) => new Set(terms(a.title)));
  let best = 0;
  let bestScore = -1;
  sets.forEach((s, i) => {
    let score = 0;
    sets.forEach((o, j) => {
      if (i !== j) for (const t of s) if (o.has(t)) score++;
    });
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return articles[best]!;
}

/** The story's headline: its most typical article's, cleaned. */
export function pickHeadline(articles: Article[]): string {
  const a = headlineArticle(articles);
  return cleanHeadline(a.title, a.outlet);
}

/**
 * Machine tags a CMS leaves in feed categories ("storytype:standard", "author_name|jane-doe",
 * "structure:news/world", "lang=en"), undecodable text, and anything with no letter in it.
 */
const MACHINE_TAG = /[:|=/\\{}<>\uFFFD]|^[^\p{L}]*$/u;

/**
 * A CMS's section or shelf, or the language a post is filed under, named as a category: where the
 * item sits on the site, not what it is about ("News", "Featured", "Buzz", "Videos", "English").
 */
const NOT_A_TOPIC = new Set(
  `news latest latest-news breaking-news top-stories top-news headlines featured features feature buzz trending
  uncategorized uncategorised general misc miscellaneous other home homepage front-page blog blogs posts post
  stories story articles article updates update videos video vídeos watch english français french español
  spanish português portuguese deutsch german italiano italian`.split(/\s+/),
);

/** A name filed surname first, as news indexes do: "Dorsey, Jack", "Trump, Donald J.", "de Gaulle, Charles". */
const FILED_NAME =
  /^((?:\p{Ll}+ )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), (\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){0,2})$/u;

/**
 * The topics one category names: a name filed surname first is read in the order a reader says it
 * ("Dorsey, Jack" → "Jack Dorsey", initials dropped); other commas separate several topics
 * ("Tech, Apple, iPhone").
 */
export function categoryTopics(category: string): string[] {
  const c = category.trim();
  const filed = FILED_NAME.exec(c);
  // Initials dropped: "Trump, Donald J." and a feed's "Donald Trump" are one tag.
  if (filed) return [`${filed[2]!.replace(/(?:^|\s)\p{Lu}\.?(?=\s|$)/gu, '').trim()} ${filed[1]!}`];
  return c.split(/\s*,\s*/);
}

/** Tags from the feed's topic and its categories, cleaned; machine tags are never shown. */
export function storyTags(articles: Article[]): string[] {
  const counts = new Map<string, number>();
  const add = (tag: string, weight: number) => {
    const t = tag.trim().toLowerCase().replace(/\s+/g, '-');
    if (t.length > 1 && t.length <= 30 && !MACHINE_TAG.test(t) && !NOT_A_TOPIC.has(t))
      counts.set(t, (counts.get(t) ?? 0) + weight);
  };
  for (const a of articles) {
    if (a.topic) add(a.topic, 2);
    for (const c of a.categories) for (const topic of categoryTopics(c)) add(topic, 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TAGS)
    .map(([t]) => t);
}

/** The entry of a story; `summary` is what the digest has not shown of it elsewhere (compose/facts.ts). */
export function buildStory(articles: Article[], summary: string): DigestStory {
  return {
    headline: pickHeadline(articles),
    summary,
    tags: storyTags(articles),
    sources: storySources(articles),
  };
}
