// Which sentence goes where in a digest, so that none is shown twice: the TL;DR takes the lead fact
// of each of the top two or three distinct stories, the takeaways one further fact per story, and
// each story entry what is left of its summary. Lines shown away from their headline stand alone
// or are paired with it (lead.ts); long sentences are cut at a clause boundary (clause.ts).
import type { DigestTakeaway } from '../../model.js';
import { splitSentences } from '../../text/sentences.js';
import { wordCount } from '../../text/tokens.js';
import type { Takeaway } from '../summarize/types.js';
import { MAX_TAKEAWAYS, MIN_TAKEAWAYS } from '../summarize/types.js';
import { trimAtClause } from './clause.js';
import { carriesFigure, headlineCover, standingRun, withHeadline } from './lead.js';
import { headlineArticle, linkedSources, pickHeadline } from './story.js';
import type { SummarizedStory } from './compose.js';

const TLDR_MAX_WORDS = 70;
const TLDR_MAX_STORIES = 3;
const LINE_MAX_WORDS = 40;
const SUMMARY_MAX_WORDS = 50;
/** Two TL;DR lines this alike tell one story. */
const SAME_STORY = 0.6;
/** The lead fact is the first of this many best sentences that carries a figure. */
const LEAD_WINDOW = 3;

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The sentences already shown anywhere in the digest, by their letters and digits. */
export class Shown {
  private readonly seen = new Set<string>();
  has(text: string): boolean {
    return splitSentences(text).some((s) => this.seen.has(key(s.text)));
  }
  add(text: string): void {
    for (const s of splitSentences(text)) this.seen.add(key(s.text));
  }
  /** Headlines already shown in front of a sentence above the stories. */
  readonly headlines = new Set<string>();
}

export interface Placed {
  tldr: string;
  takeaways: DigestTakeaway[];
  /** One summary per story, in the stories' order ('' when everything it had is shown above). */
  summaries: string[];
}

/**
 * The story's headline when it is one: an item without a title gets its text's opening words as
 * title, and a sentence shown after those would only repeat itself.
 */
function realHeadline(s: SummarizedStory): string {
  const headline = pickHeadline(s.articles);
  const h = key(headline);
  return s.articles.some((a) => h !== '' && key(a.text).startsWith(h)) ? '' : headline;
}

/** The story's sentences not shown yet, best first, the lead fact (figures) in front. */
function unshown(s: SummarizedStory, shown: Shown, lead: boolean): Takeaway[] {
  const all = s.summary.takeaways.filter((t) => t.text.trim() !== '' && !shown.has(t.text));
  if (!lead) return all;
  const figured = all.slice(0, LEAD_WINDOW).find((t) => carriesFigure(t.text));
  return figured ? [figured, ...all.filter((t) => t !== figured)] : all;
}

/**
 * The first of `candidates` that fits in `maxWords` (cut at a clause when too long), shown with
 * its headline when it must be; a headline is shown once above the stories, so a story already
 * paired with it gives only sentences that stand alone.
 */
function firstLine(
  candidates: Takeaway[],
  headline: string,
  maxWords: number,
  shown: Shown,
): { line: string; from: Takeaway } | null {
  const mayPair = headline !== '' && !shown.headlines.has(headline);
  for (const t of candidates) {
    const cut = trimAtClause(standingRun(t.text), maxWords);
    const line = cut === null ? null : withHeadline(cut, headline, mayPair);
    if (line !== null) return { line, from: t };
  }
  return null;
}

/** Marks a placed line as shown: its sentence, and its headline when it carries one. */
function mark(shown: Shown, line: string, from: Takeaway, headline: string): void {
  shown.add(from.text);
  shown.add(line);
  if (line.startsWith(`${headline.trim().replace(/[.:;,\s]+$/u, '')} — `)) shown.headlines.add(headline);
}

/** A line that ends as a sentence, so the next one does not read on from it (a standfirst has no full stop). */
const ended = (line: string) => (/[.!?…"“”’»«)]$/u.test(line) ? line : `${line}.`);

function tldrOf(stories: SummarizedStory[], shown: Shown): string {
  const parts: string[] = [];
  let words = 0;
  for (const s of stories) {
    if (parts.length >= TLDR_MAX_STORIES) break;
    const headline = realHeadline(s);
    const room = Math.min(LINE_MAX_WORDS, TLDR_MAX_WORDS - words);
    const pick = firstLine(unshown(s, shown, true), headline, room, shown);
    if (!pick) continue;
    if (parts.some((p) => headlineCover(pick.line, p) >= SAME_STORY)) continue;
    const n = wordCount(pick.line);
    if (parts.length >= 2 && words + n > TLDR_MAX_WORDS) break;
    parts.push(ended(pick.line));
    mark(shown, pick.line, pick.from, headline);
    words += n;
  }
  return parts.join(' ');
}

function takeawaysOf(stories: SummarizedStory[], shown: Shown): DigestTakeaway[] {
  const out: DigestTakeaway[] = [];
  const take = (s: SummarizedStory): boolean => {
    const headline = realHeadline(s);
    const pick = firstLine(unshown(s, shown, false), headline, LINE_MAX_WORDS, shown);
    if (!pick) return false;
    mark(shown, pick.line, pick.from, headline);
    const byId = new Map(s.articles.map((a) => [String(a.id), a]));
    // A line shown after its headline cites the headline's article too.
    const paired = headline !== '' && pick.line.startsWith(`${headline.trim().replace(/[.:;,\s]+$/u, '')} — `);
    const ids = [...new Set([...(paired ? [String(headlineArticle(s.articles).id)] : []), ...pick.from.sources])];
    const sources = linkedSources(ids.flatMap((id) => byId.get(id) ?? []));
    out.push({ text: pick.line, sources });
    return true;
  };
  for (const s of stories) if (out.length < MAX_TAKEAWAYS) take(s);
  for (let round = 0; out.length < MIN_TAKEAWAYS && round < MAX_TAKEAWAYS; round++) {
    let added = false;
    for (const s of stories) if (out.length < MIN_TAKEAWAYS && take(s)) added = true;
    if (!added) break;
  }
  return out;
}

/** One or two of the story's sentences not shown above, within a short word budget. */
function summaryOf(s: SummarizedStory, shown: Shown): string {
  const out: string[] = [];
  let words = 0;
  for (const t of unshown(s, shown, false)) {
    const cut = trimAtClause(t.text, LINE_MAX_WORDS);
    if (cut === null) continue;
    const n = wordCount(cut);
    if (out.length > 0 && words + n > SUMMARY_MAX_WORDS) break;
    out.push(ended(cut));
    shown.add(t.text);
    words += n;
    if (out.length === 2) break;
  }
  return out.join(' ');
}

/** TL;DR, takeaways and story summaries with no sentence in two places. */
export function placeFacts(stories: SummarizedStory[]): Placed {
  const shown = new Shown();
  const tldr = tldrOf(stories, shown);
  const takeaways = takeawaysOf(stories, shown);
  return { tldr, takeaways, summaries: stories.map((s) => summaryOf(s, shown)) };
}
