// From a destination's window of articles to its digest: cluster → rank and cap → summarize each
// story → compose. Storage and delivery happen around this (see src/run-slot.ts).
import type { Article, Destination, Digest, Slot, StoredRound } from '../model.js';
import { clusterStories, type ClusterArticle } from './cluster/cluster.js';
import { composeDigest, type SummarizedStory } from './compose/compose.js';
import { rankStories, type StoryCandidate } from './compose/rank.js';
import type { Summarizer, SummaryArticle } from './summarize/types.js';

export interface BuildInput {
  name: string;
  destination: Destination;
  slot: Slot;
  lastSlot: Slot | null;
  nextSlot: Slot;
  articles: Article[];
  /** Rounds reported by the window's articles. */
  rounds: StoredRound[];
  maxStories: number;
  summarizer: Summarizer;
}

function toCluster(a: Article): ClusterArticle {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    canonicalUrl: a.canonicalUrl,
    contentHash: a.contentHash,
    at: a.publishedAt ?? a.firstSeenAt,
  };
}

function toSummary(a: Article): SummaryArticle {
  return {
    id: String(a.id),
    title: a.title,
    text: a.text,
    ...(a.url ? { url: a.url } : {}),
    ...(a.publishedAt !== null ? { published: new Date(a.publishedAt).toISOString() } : {}),
  };
}

/** Groups the window's articles into stories, each with the rounds its articles reported. */
export function storiesOf(articles: Article[], rounds: StoredRound[]): StoryCandidate[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return clusterStories(articles.map(toCluster)).map((ids) => {
    const set = new Set(ids);
    return {
      articles: ids.map((id) => byId.get(id)!),
      rounds: rounds.filter((r) => r.sources.some((s) => set.has(s.articleId))),
    };
  });
}

export async function buildDigest(input: BuildInput): Promise<Digest> {
  const ranked = rankStories(storiesOf(input.articles, input.rounds), input.slot.at, input.destination.topics).slice(
    0,
    input.maxStories,
  );
  const stories: SummarizedStory[] = [];
  for (const s of ranked) {
    stories.push({ articles: s.articles, summary: await input.summarizer.summarize({ articles: s.articles.map(toSummary) }) });
  }
  return composeDigest({ ...input, stories });
}
