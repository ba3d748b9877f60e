// One story entry: headline, one or two sentences, tags, and every outlet that reported it.
import type { Article, DigestStory, SourceRef } from '../../model.js';
import type { SummaryResult } from '../summarize/types.js';
import { terms, wordCount } from '../../text/tokens.js';

const SUMMARY_MAX_WORDS = 50;
const MAX_TAGS = 3;

/** A link readers can follow: the canonical URL (tracking parameters and fragments removed) when there is one. */
export function sourceRef(a: Article): SourceRef {
  return { articleId: a.id, title: a.title, url: a.canonicalUrl ?? a.url, outlet: a.outlet };
}

/** Every article of the story as a source, first seen first: each line of the entry comes from one of them. */
export function storySources(articles: Article[]): SourceRef[] {
  return [...articles].sort((x, y) => x.firstSeenAt - y.firstSeenAt || x.id - y.id).map(sourceRef);
}

/** The headline that shares most words with the others (the most typical telling); ties: the earliest. */
export function pickHeadline(articles: Article[]): string {
  if (articles.length === 1) return articles[0]!.title;
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
  return articles[best]!.title;
}

export function storyTags(articles: Article[]): string[] {
  const counts = new Map<string, number>();
  const add = (tag: string, weight: number) => {
    const t = tag.trim().toLowerCase().replace(/\s+/g, '-');
    if (t.length > 1 && t.length <= 30) counts.set(t, (counts.get(t) ?? 0) + weight);
  };
  for (const a of articles) {
    if (a.topic) add(a.topic, 2);
    for (const c of a.categories) add(c, 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TAGS)
    .map(([t]) => t);
}

/** One or two of the story's best sentences, within a short word budget. */
export function storySummary(summary: SummaryResult): string {
  const out: string[] = [];
  let words = 0;
  for (const t of summary.takeaways) {
    const n = wordCount(t.text);
    if (out.length > 0 && words + n > SUMMARY_MAX_WORDS) break;
    out.push(t.text);
    words += n;
    if (out.length === 2) break;
  }
  return out.join(' ') || summary.tldr;
}

export function buildStory(articles: Article[], summary: SummaryResult): DigestStory {
  return {
    headline: pickHeadline(articles),
    summary: storySummary(summary),
    tags: storyTags(articles),
    sources: storySources(articles),
  };
}
