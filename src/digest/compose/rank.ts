// Which stories lead a digest: importance, not recency. A story counts for the outlets reporting
// it, a trusted round's size, the event its headline reports (more when a public authority acts:
// one outlet's ban outranks two outlets' product update) and the names it carries that the
// destination's earlier digests did not, and the destination's topics (the first listed weighs
// most); service and shopping posts and what an outlet files under a soft section (news-kind.ts)
// fall behind; how new it is only breaks near ties (everything in the window is new). Only a trusted round counts (rounds/trust.ts): its
// story's headline states it, or two outlets reported it; a round mentioned in passing does not
// lift an article about something else.
import type { Article, EpochMs, StoredRound } from '../../model.js';
import { DAY } from '../../time.js';
import { isTrusted } from '../../rounds/trust.js';
import { namesOf } from '../cluster/features.js';
import { eachInSlices } from '../slices.js';
import { inSoftSection, isSoftPost, reportsEvent, reportsPublicAction } from './news-kind.js';
import { headlineArticle } from './story.js';

export interface StoryCandidate {
  articles: Article[];
  rounds: StoredRound[];
}

/** Headlines of the destination's earlier digests, as word sets: the names a reader has seen. */
export type SeenHeadlines = ReadonlyArray<ReadonlySet<string>>;

const NOTHING_SEEN: SeenHeadlines = [];

export function seenHeadlines(headlines: string[]): SeenHeadlines {
  return headlines.map((h) => new Set(h.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
}

/** A name (companyKey, words joined by spaces) every word of which one earlier headline gave. */
const seenName = (name: string, seen: SeenHeadlines) => seen.some((h) => name.split(' ').every((w) => h.has(w)));

/** 1 for the destination's first topic, falling to 0.5 for its last; 0 off its topics. */
function topicWeight(story: StoryCandidate, topics: string[]): number {
  const at = Math.min(
    ...story.articles.map((a) => (a.topic === null ? -1 : topics.indexOf(a.topic))).map((i) => (i < 0 ? Infinity : i)),
  );
  return Number.isFinite(at) ? 1 - at / (2 * topics.length) : 0;
}

/** How many names the shown headline carries (up to two count) and the share of them not seen before. */
function newNames(story: StoryCandidate, seen: SeenHeadlines): number {
  const a = headlineArticle(story.articles);
  const names = namesOf(a.title, a.text).titleNames;
  if (names.size === 0) return 0;
  const fresh = [...names].filter((n) => !seenName(n, seen)).length / names.size;
  return Math.min(1, names.size / 2) * fresh;
}

export function storyScore(story: StoryCandidate, slotAt: EpochMs, topics: string[], seen = NOTHING_SEEN): number {
  const outlets = new Set(story.articles.map((a) => a.outlet)).size;
  const newest = Math.max(...story.articles.map((a) => a.publishedAt ?? a.firstSeenAt));
  const recency = Math.exp(-Math.max(0, slotAt - newest) / DAY);
  const titles = new Map(story.articles.map((a) => [a.id, a.title]));
  const trusted = story.rounds.filter((r) => r.status === 'announced' && isTrusted(r, (id) => titles.get(id)));
  const biggest = Math.max(0, ...trusted.map((r) => r.amountUsd ?? 0));
  const funding = Math.min(1, Math.log10(1 + biggest / 1e6) / 4);
  const event = story.articles.some((a) => reportsEvent(a.title)) ? 1 : 0;
  const publicAction = story.articles.some((a) => reportsPublicAction(a.title)) ? 1 : 0;
  // Soft when every headline reads as a service post, or any outlet files the story under a soft section.
  const soft = story.articles.every((a) => isSoftPost(a.title)) || story.articles.some(inSoftSection) ? 1 : 0;
  return (
    0.45 * Math.log2(1 + outlets) +
    0.3 * funding +
    0.15 * event +
    0.25 * publicAction +
    0.1 * newNames(story, seen) +
    0.15 * topicWeight(story, topics) +
    0.05 * recency -
    0.4 * soft
  );
}

/**
 * Stories best first; ties go to the earlier-seen story, so the order is stable. Scored in slices:
 * a 5,000-article window's stories take most of a second of CPU (each headline's names read again).
 */
export async function rankStories<T extends StoryCandidate>(
  stories: T[],
  slotAt: EpochMs,
  topics: string[],
  seen = NOTHING_SEEN,
): Promise<T[]> {
  const scored: Array<{ s: T; score: number; first: number }> = [];
  await eachInSlices(stories, (s) =>
    scored.push({ s, score: storyScore(s, slotAt, topics, seen), first: Math.min(...s.articles.map((a) => a.id)) }),
  );
  return scored.sort((a, b) => b.score - a.score || a.first - b.first).map((x) => x.s);
}
