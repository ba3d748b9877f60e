// The platform-neutral digest, assembled from ranked stories, their summaries and the window's
// rounds. Pure: the same inputs give the same digest.
import type { Article, Destination, Digest, DigestOtherLanguage, DigestRound, Slot, StoredRound } from '../../model.js';
import type { SummaryResult } from '../summarize/types.js';
import { wordCount } from '../../text/tokens.js';
import { roundsTotal } from './rounds-total.js';
import { alsoList } from './also.js';
import { placeFacts } from './facts.js';
import { buildStory, onePerPage } from './story.js';

export interface SummarizedStory {
  articles: Article[];
  summary: SummaryResult;
}

export interface ComposeInput {
  name: string;
  destination: Destination;
  slot: Slot;
  lastSlot: Slot | null;
  nextSlot: Slot;
  /** Every article in the window, including stories left out by the cap. */
  articles: Article[];
  /** Best first, already capped. */
  stories: SummarizedStory[];
  /** The stories the cap left out, best first (each its articles): listed under "Also". */
  beyond?: Article[][];
  /** Rounds reported by the window's articles. */
  rounds: StoredRound[];
  /** The digest's language (null: not known), and the stories in other languages, listed apart. */
  language?: string | null;
  otherLanguages?: DigestOtherLanguage[];
}

const WORDS_PER_MINUTE = 200;

/**
 * `dg-<destination>-<slot instant>`: the same slot and destination always give the same id. Slots
 * fall on whole seconds; an unscheduled digest (`/digest now`) keeps its milliseconds, so two asked
 * for within one second are two digests.
 */
export function digestId(destinationId: number, slotAt: number): string {
  return `dg-${destinationId}-${new Date(slotAt)
    .toISOString()
    .replace(/[-:]|\.000/g, '')
    .replace('.', '')}`;
}

function digestRound(r: StoredRound): DigestRound {
  return {
    company: r.company,
    amount: r.amount,
    currency: r.currency,
    amountUsd: r.amountUsd,
    roundType: r.roundType,
    roundTypeDetail: r.roundTypeDetail,
    valuation: r.valuation,
    leadInvestors: r.leadInvestors,
    otherInvestors: r.otherInvestors,
    status: r.status,
    sources: onePerPage(r.sources.map(({ articleId, title, url, outlet }) => ({ articleId, title, url, outlet }))),
    conflict: r.conflict,
  };
}

export function composeDigest(input: ComposeInput): Digest {
  const { articles } = input;
  const base = {
    id: digestId(input.destination.id, input.slot.at),
    name: input.name,
    slot: input.slot,
    destinationId: input.destination.id,
    status: { lastSlot: input.lastSlot, nextSlot: input.nextSlot },
  };
  if (articles.length === 0) {
    return {
      ...base,
      counts: { articles: 0, sources: 0, stories: 0 },
      empty: true,
      tldr: '',
      takeaways: [],
      rounds: { items: [], totalUsd: 0 },
      stories: [],
      footer: { topics: [], readingMinutes: 0 },
    };
  }
  const placed = placeFacts(input.stories);
  const tldr = { text: placed.tldr };
  const takeaways = placed.takeaways;
  const stories = input.stories.map((s, i) => buildStory(s.articles, placed.summaries[i] ?? ''));
  const rounds = input.rounds.map(digestRound);
  const { totalUsd } = roundsTotal(rounds);
  const words =
    wordCount(tldr.text) +
    takeaways.reduce((n, t) => n + wordCount(t.text), 0) +
    stories.reduce((n, s) => n + wordCount(`${s.headline} ${s.summary}`), 0);
  const topics = [
    ...new Set(
      input.stories
        .flatMap((s) => s.articles)
        .map((a) => a.topic)
        .filter((t): t is string => t !== null),
    ),
  ].sort();
  return {
    ...base,
    counts: { articles: articles.length, sources: new Set(articles.map((a) => a.outlet)).size, stories: stories.length },
    empty: false,
    tldr: tldr.text,
    takeaways,
    rounds: { items: rounds, totalUsd },
    stories,
    ...(input.beyond && input.beyond.length > 0 ? { also: alsoList(input.beyond) } : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(input.otherLanguages && input.otherLanguages.length > 0 ? { otherLanguages: input.otherLanguages } : {}),
    footer: { topics, readingMinutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) },
  };
}
