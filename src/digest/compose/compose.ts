// The platform-neutral digest, assembled from ranked stories, their summaries and the window's
// rounds. Pure: the same inputs give the same digest.
import type { Article, Destination, Digest, DigestRound, DigestTakeaway, Slot, SourceRef, StoredRound } from '../../model.js';
import type { SummaryResult } from '../summarize/types.js';
import { wordCount } from '../../text/tokens.js';
import { roundsTotal } from './rounds-total.js';
import { buildStory, sourceRef } from './story.js';
import { MAX_TAKEAWAYS, MIN_TAKEAWAYS } from '../summarize/types.js';

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
  /** Rounds reported by the window's articles. */
  rounds: StoredRound[];
}

const TLDR_MAX_WORDS = 70;
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

function refsFor(ids: string[], articles: Article[]): SourceRef[] {
  const byId = new Map(articles.map((a) => [String(a.id), a]));
  return ids.flatMap((id) => {
    const a = byId.get(id);
    return a ? [sourceRef(a)] : [];
  });
}

/** Two or three sentences: the lead sentence of each top story while they fit. */
function digestTldr(stories: SummarizedStory[]): { text: string; used: Set<string> } {
  const used = new Set<string>();
  const parts: string[] = [];
  let words = 0;
  for (const s of stories.slice(0, 3)) {
    const lead = s.summary.takeaways[0]?.text;
    if (!lead) continue;
    const n = wordCount(lead);
    if (parts.length >= 2 && words + n > TLDR_MAX_WORDS) break;
    parts.push(lead);
    used.add(lead);
    words += n;
  }
  return { text: parts.join(' '), used };
}

/** One fact per top story, then more from the top stories until there are at least three. */
function digestTakeaways(stories: SummarizedStory[], inTldr: Set<string>): DigestTakeaway[] {
  const out: DigestTakeaway[] = [];
  const taken = new Set<string>();
  const take = (s: SummarizedStory, skipTldr: boolean) => {
    const t = s.summary.takeaways.find((x) => !taken.has(x.text) && !(skipTldr && inTldr.has(x.text)));
    if (!t) return false;
    taken.add(t.text);
    out.push({ text: t.text, sources: refsFor(t.sources, s.articles) });
    return true;
  };
  for (const s of stories) {
    if (out.length >= MAX_TAKEAWAYS) break;
    if (!take(s, true)) take(s, false);
  }
  for (let round = 0; out.length < MIN_TAKEAWAYS && round < MAX_TAKEAWAYS; round++) {
    let added = false;
    for (const s of stories) if (out.length < MIN_TAKEAWAYS && take(s, false)) added = true;
    if (!added) break;
  }
  return out;
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
    sources: r.sources.map(({ articleId, title, url, outlet }) => ({ articleId, title, url, outlet })),
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
  const tldr = digestTldr(input.stories);
  const takeaways = digestTakeaways(input.stories, tldr.used);
  const stories = input.stories.map((s) => buildStory(s.articles, s.summary));
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
    footer: { topics, readingMinutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) },
  };
}
