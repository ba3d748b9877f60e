// From a destination's window of articles to its digest: cluster → rank and cap → summarize each
// story → compose. Storage and delivery happen around this (see src/pipeline/run-slot.ts).
import type { Article, Digest, StoredRound } from '../model.js';
import { clusterStories, type ClusterArticle } from './cluster/cluster.js';
import { composeDigest, type ComposeInput, type SummarizedStory } from './compose/compose.js';
import { rankStories, type StoryCandidate } from './compose/rank.js';
import { roundsTotal } from './compose/rounds-total.js';
import { gateRounds, gateSummary, type UnfaithfulLine } from './faithfulness/gate.js';
import { eachInSlices } from './slices.js';
import type { Summarizer, SummaryArticle } from './summarize/types.js';

export interface BuildInput extends Omit<ComposeInput, 'stories'> {
  maxStories: number;
  summarizer: Summarizer;
  /** Texts of round sources outside the window (older reports of the same round), by article id. */
  roundSourceTexts?: Map<number, string>;
  /** Told about every line the faithfulness gate replaced or dropped. */
  onUnfaithful?: (e: UnfaithfulLine) => void;
}

function toCluster(a: Article): ClusterArticle {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    canonicalUrl: a.canonicalUrl,
    contentHash: a.contentHash,
    at: a.publishedAt ?? a.firstSeenAt,
    outlet: a.outlet,
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
export async function storiesOf(articles: Article[], rounds: StoredRound[]): Promise<StoryCandidate[]> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories: StoryCandidate[] = [];
  await eachInSlices(await clusterStories(articles.map(toCluster)), (ids) => {
    const set = new Set(ids);
    stories.push({
      articles: ids.map((id) => byId.get(id)!),
      rounds: rounds.filter((r) => r.sources.some((s) => set.has(s.articleId))),
    });
  });
  return stories;
}

/** Builds the digest; every summary line and rounds row has passed the faithfulness gate. */
export async function buildDigest(input: BuildInput): Promise<Digest> {
  const report = input.onUnfaithful ?? (() => undefined);
  const stories: SummarizedStory[] = [];
  const ranked = rankStories(await storiesOf(input.articles, input.rounds), input.slot.at, input.destination.topics);
  for (const s of ranked.slice(0, input.maxStories)) {
    const articles = s.articles.map(toSummary);
    stories.push({
      articles: s.articles,
      summary: gateSummary(await input.summarizer.summarize({ articles }), articles, report),
    });
  }
  const beyond = ranked.slice(input.maxStories).map((s) => s.articles);
  const digest = composeDigest({ ...input, stories, beyond });
  const texts = new Map(input.roundSourceTexts);
  for (const a of input.articles) texts.set(a.id, `${a.title}\n${a.text}`);
  const rounds = await gateRounds(digest.rounds.items, texts, report);
  return { ...digest, rounds: { items: rounds, totalUsd: roundsTotal(rounds).totalUsd } };
}
