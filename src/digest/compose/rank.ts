// Which stories lead a digest: more outlets, newer, bigger trusted rounds, and the destination's
// topics. Only a trusted round counts (rounds/trust.ts): its story's headline states it, or two
// outlets reported it; a round mentioned in passing does not lift an article about something else.
import type { Article, EpochMs, StoredRound } from '../../model.js';
import { DAY } from '../../time.js';
import { isTrusted } from '../../rounds/trust.js';

export interface StoryCandidate {
  articles: Article[];
  rounds: StoredRound[];
}

export function storyScore(story: StoryCandidate, slotAt: EpochMs, topics: string[]): number {
  const outlets = new Set(story.articles.map((a) => a.outlet)).size;
  const newest = Math.max(...story.articles.map((a) => a.publishedAt ?? a.firstSeenAt));
  const recency = Math.exp(-Math.max(0, slotAt - newest) / DAY);
  const titles = new Map(story.articles.map((a) => [a.id, a.title]));
  const trusted = story.rounds.filter((r) => r.status === 'announced' && isTrusted(r, (id) => titles.get(id)));
  const biggest = Math.max(0, ...trusted.map((r) => r.amountUsd ?? 0));
  const funding = Math.min(1, Math.log10(1 + biggest / 1e6) / 4);
  const topicMatch = topics.length > 0 && story.articles.some((a) => a.topic !== null && topics.includes(a.topic)) ? 1 : 0;
  return 0.45 * Math.log2(1 + outlets) + 0.25 * recency + 0.3 * funding + 0.1 * topicMatch;
}

/** Stories best first; ties go to the earlier-seen story, so the order is stable. */
export function rankStories<T extends StoryCandidate>(stories: T[], slotAt: EpochMs, topics: string[]): T[] {
  const scored = stories.map((s) => ({
    s,
    score: storyScore(s, slotAt, topics),
    first: Math.min(...s.articles.map((a) => a.id)),
  }));
  return scored.sort((a, b) => b.score - a.score || a.first - b.first).map((x) => x.s);
}
