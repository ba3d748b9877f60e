// From a destination's window of articles to its digest: keep its language apart from the others
// (compose/languages.ts) → cluster → rank and cap → summarize each story → compose. Storage and delivery happen around this (see src/pipeline/run-slot.ts).
import type { Article, Digest, StoredRound } from '../model.js';
import { clusterStories, type ClusterArticle } from './cluster/cluster.js';
import { composeDigest, type ComposeInput, type SummarizedStory } from './compose/compose.js';
import { alsoList } from './compose/also.js';
import { digestLanguage, splitByLanguage } from './compose/languages.js';
import { rankStories, seenHeadlines, type StoryCandidate } from './compose/rank.js';
import { roundsTotal } from './compose/rounds-total.js';
import { gateRounds, gateSummary, type UnfaithfulLine } from './faithfulness/gate.js';
import { eachInSlices } from './slices.js';
import type { Summarizer, SummaryArticle } from './summarize/types.js';

export interface BuildInput extends Omit<ComposeInput, 'stories'> {
  maxStories: number;
  summarizer: Summarizer;
  /** Headlines of the destination's earlier digests: names in them are no longer new. */
  seen?: string[];
  /** Texts of round sources outside the window (older reports of the same round), by article id. */
  roundSourceTexts?: Map<number, string>;
  /** Told about every line the faithfulness gate replaced or dropped. */
  onUnfaithful?: (e: UnfaithfulLine) => void;
}

/** An article as clustering reads it. */
export function toCluster(a: Article): ClusterArticle {
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
  const seen = seenHeadlines(input.seen ?? []);
  const rank = async (articles: Article[]) =>
    rankStories(await storiesOf(articles, input.rounds), input.slot.at, input.destination.topics, seen);
  const language = digestLanguage(input.destination, input.articles);
  const { own, others } = splitByLanguage(input.articles, language);
  const keepOthers = (input.destination.otherLanguages ?? 'section') === 'section';
  const ranked = await rank(own);
  for (const s of ranked.slice(0, input.maxStories)) {
    const articles = s.articles.map(toSummary);
    stories.push({
      articles: s.articles,
      summary: gateSummary(await input.summarizer.summarize({ articles }), articles, report),
    });
  }
  const beyond = ranked.slice(input.maxStories).map((s) => s.articles);
  const otherLanguages = keepOthers
    ? await Promise.all(
        others.map(async ([lang, articles]) => ({ lang, ...alsoList((await rank(articles)).map((s) => s.articles)) })),
      )
    : [];
  const kept = keepOthers ? input.articles : own;
  const keptIds = new Set(kept.map((a) => a.id));
  const digest = composeDigest({
    ...input,
    articles: kept,
    rounds: input.rounds.filter((r) => r.sources.some((src) => keptIds.has(src.articleId))),
    stories,
    beyond,
    language,
    otherLanguages,
  });
  const texts = new Map(input.roundSourceTexts);
  for (const a of input.articles) texts.set(a.id, `${a.title}\n${a.text}`);
  const rounds = await gateRounds(digest.rounds.items, texts, report);
  return { ...digest, rounds: { items: rounds, totalUsd: roundsTotal(rounds).totalUsd } };
}
