// Which financing events a text reports as its news, and which it only mentions. A round is news
// when the title or the lead states it, when a first-party post says "we raised" (or an investor's
// post "we led X's round"), when the title
// names the company and a sentence of its own says it raised ("The company … last week announced
// a $40 million round", not "… the deal that helped Corvex clinch $3B"), or when the text is a
// roundup: entries for two companies or more, each opening a paragraph or a list line (a bulleted
// or numbered one anywhere, the lead included), or a
// sentence of its own under a roundup title ("This week in …"), or written as a headline ("Skydo
// secures $10M …", also glued into a scraped newsletter); and a list item or paragraph that opens
// with its own headline and goes on to tell it ("2. Ferncastle raises $11M. The …"), whatever the
// other items are about. A round stated deeper in a text about
// something else ("… the partnership that helped Corvex clinch a $3 billion investment …") is
// context, however new it sounds, unless a sentence of its own opens with the company and gives the
// whole round: amount, stage and lead ("Coilhouse last week closed a £3.5mn seed round headed by X"),
// or gives the whole round and dates it to the news's days ("…, Sprigloom said on Monday"),
// or gives the whole round of the company the title names (a feature's scene-setting lede, then "On
// Monday the company said it had raised $9 million in a seed round led by X").
import type { TextSentence } from './segment.js';

export interface PlacedEvent {
  sentence: number;
  company: string | null;
  firstPerson: boolean;
  /** Written as a headline: a named company and a present-tense verb ("Acme raises"). */
  headline: boolean;
  /** The sentence opens with the company and its verb of raising: the sentence is about this round. */
  subjectFirst: boolean;
  /** The title names the event's company. */
  inTitle: boolean;
  /** The sentence gives the whole round: amount, stage and lead ("X last week closed a £3.5mn seed round headed by Y"). */
  whole: boolean;
}

/** A title that announces many companies' news: "Funding roundup", "This week in …", "Deals of the week", "Business briefs". */
const ROUNDUP_TITLE =
  /\b(?:round-?up|this week|the week|week in|weekly|briefing|briefs|digest|newsletter|funding news|deals|who raised|rounds)\b/i;

/**
 * A lead that counts the rounds it will tell: "Two São Paulo payments companies closed rounds this
 * week", "Two deals from Latin America this week" (a few, and now: "more than 150 startups raised
 * funding this year" is a statistic).
 */
const COUNTED_ROUNDS =
  /\b(?:two|three|four|five|six|[2-6])\s+(?:[\p{L}\d-]+\s+){0,3}(?:companies|startups|start-ups|firms|fintechs|businesses)\s+(?:have\s+|each\s+)?(?:closed|raised|announced|landed|secured)\s+(?:new\s+)?(?:rounds|funding|money|capital)\s+(?:this week|today|yesterday|on (?:Mon|Tues|Wednes|Thurs|Fri)day)\b|\b(?:two|three|four|five|six|[2-6])\s+(?:[\p{L}-]+\s+){0,2}(?:deals|rounds|raises)\b(?=[^.]{0,40}\b(?:this week|today|yesterday)\b)/iu;

/**
 * A sentence that dates what it tells to the news's own days: "…, Sprigloom said on Monday", "which
 * this week closed a $3.5 million seed round led by …" (a round recalled from 2022 is not).
 */
const TOLD_NOW = /\b(?:today|yesterday|this week|(?:on|last|this)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/** Sentences of the title and lead: the first three of the text (after any header lines), and the first two of the paragraph after a title. */
function inLead(s: TextSentence, sentences: TextSentence[], headerLines: number): boolean {
  if (s.index < 3 + headerLines) return true;
  const titleAlone = sentences[1]?.paragraph !== sentences[0]?.paragraph;
  const firstOfParagraph = sentences.findIndex((x) => x.paragraph === s.paragraph);
  return titleAlone && s.paragraph === sentences[1]!.paragraph && s.index - firstOfParagraph < 2;
}

/**
 * A release's header lines right after its title ("Wykeham Holdings plc", "(\"Wykeham\" or the
 * \"Company\")", a subject line: short, no full stop), at most four: they push its lead down.
 */
function headerLines(sentences: TextSentence[]): number {
  let n = 0;
  while (
    n < 4 &&
    sentences[1 + n] &&
    !/[.!?]["”’)]*$/.test(sentences[1 + n]!.text) &&
    sentences[1 + n]!.text.split(/\s+/).length < 10
  )
    n++;
  return n;
}

/** For each event, whether the text reports it as news (see the file comment). */
export function prominence(events: PlacedEvent[], sentences: TextSentence[]): boolean[] {
  const header = headerLines(sentences);
  const lead = events.map((e) => inLead(sentences[e.sentence]!, sentences, header));
  const heads = events.map((e, i) => !lead[i] && (sentences[e.sentence]!.opensBlock || e.headline));
  const companies = (pick: boolean[]) => new Set(events.filter((e, i) => pick[i] && e.company).map((e) => e.company)).size;
  // A roundup whose entries are sentences of a paragraph ("Saunabot raised … And Geysa announced …"):
  // companies opening their own sentences, under a roundup title or three of them or more.
  const own = events.map((e) => e.subjectFirst);
  // List lines are entries wherever they stand, the lead included: a newsletter opens with its list.
  const listed = events.map((e) => sentences[e.sentence]!.opensListItem);
  const roundup =
    companies(heads) >= 2 ||
    companies(listed) >= 2 ||
    companies(lead) >= 2 ||
    companies(own) >= 3 ||
    (companies(own) >= 2 && ROUNDUP_TITLE.test(sentences[0]?.text ?? '')) ||
    sentences.some((s) => inLead(s, sentences, header) && COUNTED_ROUNDS.test(s.text));
  // A newsletter's item that opens with its own headline and goes on to tell it ("2. Ferncastle
  // raises $11M. The Portland-based maker …"), beside items about other things; not a related
  // link's bare headline.
  const ownHeadline = (e: PlacedEvent) => {
    const s = sentences[e.sentence]!;
    return e.headline && s.opensBlock && sentences[e.sentence + 1]?.paragraph === s.paragraph;
  };
  return events.map(
    (e, i) =>
      lead[i]! ||
      e.firstPerson ||
      (e.inTitle && (e.subjectFirst || e.whole)) ||
      ownHeadline(e) ||
      roundup ||
      (e.whole && (e.subjectFirst || TOLD_NOW.test(sentences[e.sentence]!.text))),
  );
}
