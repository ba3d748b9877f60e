// Whether two articles report the same event: a pure function of their features and of how
// common each name and term is in the batch. Precision first: a veto beats any score.
import { rewordedByAWord } from '../../text/headline.js';
import type { StoryFeatures } from './features.js';

export interface Corpus {
  /** Inverse document frequency of a name key or term over the batch. */
  idf(key: string): number;
}

export interface PairVerdict {
  score: number;
  /** Why the two must stay apart, when they must. */
  veto: string | null;
}

export const SAME_STORY_SCORE = 0.42;
const WINDOW_MS = 72 * 3_600_000;
const NEAR_DUPLICATE = 0.5;
const CONTAINED = 0.8;

/**
 * Within 8 %: amounts are compared in US dollars at fixed rates, so one figure in two currencies
 * ("S$19.4m", "$14.5 million"; "Rs 352 Cr", "$40 million") lands a few per cent apart.
 */
const sameAmount = (a: number, b: number) => Math.abs(a - b) <= 0.08 * Math.max(a, b);
const shares = (a: number[], b: number[]) => a.some((x) => b.some((y) => sameAmount(x, y)));
/**
 * Figures of one developing event: a loss estimate raised from $212M to $231M, an appeal revised
 * from $48M to $63.5M (within 1.6 times). Not for a round or a deal, whose figure is the event.
 */
const DEVELOPING = 1.6;
const close = (a: number[], b: number[]) => a.some((x) => b.some((y) => Math.max(x, y) <= DEVELOPING * Math.min(x, y)));

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** How many of the smaller set's shingles the other holds, and the two sizes. */
function overlap(a: Set<number>, b: Set<number>): { shared: number; small: number; large: number } {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return { shared, small: small.size, large: large.size };
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const { shared, small, large } = overlap(a, b);
  return shared / (small + large - shared);
}

/** The share of the smaller set's shingles found in the other. */
function containment(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const { shared, small } = overlap(a, b);
  return shared / small;
}

/** Weighted overlap of two name sets, relative to the smaller one: 1 when one's names are all in the other. */
function nameOverlap(a: Set<string>, b: Set<string>, corpus: Corpus): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const k of a) {
    const w = corpus.idf(k);
    wa += w;
    if (b.has(k)) shared += w;
  }
  for (const k of b) wb += corpus.idf(k);
  return shared / Math.min(wa, wb);
}

function cosine(a: Map<string, number>, b: Map<string, number>, corpus: Corpus): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, f] of a) {
    const w = f * corpus.idf(t);
    na += w * w;
    const g = b.get(t);
    if (g !== undefined) dot += w * g * corpus.idf(t);
  }
  for (const [t, g] of b) nb += (g * corpus.idf(t)) ** 2;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The first word of a name, when it is long enough to stand for it ("hoshizora robotics" → "hoshizora"). */
const headWord = (name: string) => {
  const w = name.split(' ')[0]!;
  return w.length >= 5 ? w : null;
};

/**
 * Headlines about different subjects: neither subject appears in the other story at all, nor do
 * the two open on the same long word ("Hoshizora Robotics" / "Hoshizora").
 */
function subjectConflict(a: StoryFeatures, b: StoryFeatures): boolean {
  if (a.subject === null || b.subject === null || b.names.has(a.subject) || a.names.has(b.subject)) return false;
  const head = headWord(a.subject);
  return head === null || head !== headWord(b.subject);
}

/** The headlines open on the same term and share at least two more. */
function sameOpening(a: StoryFeatures, b: StoryFeatures): boolean {
  return a.openingTerm !== null && a.openingTerm === b.openingTerm && sharedCount(a.titleTerms, b.titleTerms) >= 3;
}

export function compare(a: StoryFeatures, b: StoryFeatures, corpus: Corpus): PairVerdict {
  if ((a.url !== null && a.url === b.url) || (a.hash !== null && a.hash === b.hash)) return { score: 1, veto: null };
  // An outlet tells a story once: its other posts on the subject are a series ("Code Health: …"),
  // and posts from one template (a bot's daily picture) are alike but not one story.
  // … unless it posts the same headline twice (a republished item under a second address), or the
  // same text (one's shingles nearly all in the other: a shorter cut counts) under a headline
  // reworded by a word ("Rs 352 Cr" / "Rs 352 Crore"; not "sol 412" / "sol 413", a bot's template).
  if (a.outlet !== null && a.outlet === b.outlet)
    return a.headline !== '' &&
      (a.headline === b.headline || (rewordedByAWord(a.headline, b.headline) && containment(a.shingles, b.shingles) >= CONTAINED))
      ? { score: 1, veto: null }
      : { score: 0, veto: 'two posts of one outlet' };
  if (jaccard(a.shingles, b.shingles) >= NEAR_DUPLICATE) return { score: 1, veto: null };
  if (Math.abs(a.at - b.at) > WINDOW_MS) return { score: 0, veto: 'too far apart in time' };
  if (a.cartoon !== b.cartoon) return { score: 0, veto: 'a cartoon and a report' };
  const developing = a.kind === 'other' && b.kind === 'other' && close(a.titleAmounts, b.titleAmounts);
  if (a.titleAmounts.length > 0 && b.titleAmounts.length > 0 && !shares(a.titleAmounts, b.titleAmounts) && !developing) {
    return { score: 0, veto: 'different headline figures' };
  }
  if (subjectConflict(a, b)) return { score: 0, veto: 'headlines about different subjects' };
  // Two reports of one event say it in their headlines: a product or place in common ("Windows
  // 11", "Kyiv") is not enough, unless the headlines give the same figure.
  if (sharedCount(a.titleTerms, b.titleTerms) < 2 && !shares(a.titleAmounts, b.titleAmounts))
    return { score: 0, veto: 'headlines share at most one word' };
  if (a.kind !== b.kind) return { score: 0, veto: `a ${a.kind} story and a ${b.kind} story` };
  // A teaser without figures ("Zaffra suspends withdrawals", a line under it) may be the report that gives them.
  const moneyless = a.amounts.length > 0 ? b : a;
  if (a.kind === 'other' && a.amounts.length > 0 !== b.amounts.length > 0 && !moneyless.teaser)
    return { score: 0, veto: 'only one reports money' };
  const names = nameOverlap(a.names, b.names, corpus);
  const cos = cosine(a.terms, b.terms, corpus);
  // A title-case headline over a one-line teaser gives no names to compare ("Oklahoma Lawmakers
  // Approve Near-Total Ban on Abortion"): headlines that open on the same word (who or where: not
  // "EU to propose …" beside "US to announce …") and share two more, with alike wording, instead.
  // The names a sentence-case headline gives count only where both leads name someone too.
  if (!a.leadNamed || !b.leadNamed)
    return sameOpening(a, b) && cos >= 0.35 ? { score: 0.45 + 0.4 * cos, veto: null } : { score: 0, veto: 'no name in common' };
  if (names === 0) return { score: 0, veto: 'no name in common' };
  // The shared name must be one a headline gives: "Officials …" and "Experts say …" open many
  // unrelated leads, and a one-sentence teaser has little else to share.
  if (![...a.titleNames, ...b.titleNames].some((k) => a.names.has(k) && b.names.has(k)))
    return { score: 0, veto: 'no headline name in common' };
  const amount = a.amounts.length > 0 && b.amounts.length > 0 ? (shares(a.amounts, b.amounts) ? 1 : -0.5) : 0;
  const score = 0.45 * names + 0.4 * cos + 0.15 * amount;
  return { score, veto: null };
}
