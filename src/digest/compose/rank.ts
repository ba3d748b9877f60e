// Which stories lead a digest: more outlets, newer, bigger rounds, and the destination's topics.
import type { Article, EpochMs, StoredRound } from '../../model.js';
import { DAY } from '../../time.js';

export interface StoryCandidate {
  articles: Article[];
  rounds: StoredRound[];
}

export function storyScore(story: StoryCandidate, slotAt: EpochMs, topics: string[]): number {
  const outlets = new Set(story.articles.map((a) => a.outlet)).size;
  const newest = Math.max(...story.articles.map((a) => a.publishedAt ?? a.firstSeenAt));
  const recency = Math.exp(-Math.max(0, slotAt - newest) / DAY);
  const biggest = Math.max(0, ...story.rounds.map((r) => (r.status === 'announced' ? (r.amountUsd ?? 0) : 0)));
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
