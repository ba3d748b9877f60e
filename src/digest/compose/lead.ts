// A story's facts as they can be shown away from its headline (TL;DR, takeaways): a sentence that
// leans on something the reader has not seen ("The raise gives…", "It will…", "We are…", "… in
// return") is shown after its headline, never alone; the lead fact prefers the sentence that
// carries the story's figures.
import { leavesQuoteOpen, splitSentences } from '../../text/sentences.js';
import { terms } from '../../text/tokens.js';
import { opensDangling } from '../summarize/dangling.js';

/** "The <thing>" that only the headline names. */
const THE_THING =
  /^the\s+(?:company|companies|raise|round|fundraise|funding|startup|firm|deal|move|brand|platform|investment|capital|money|group|team|news|report|plan|bill|measure|decision|announcement|agreement|acquisition|product|app|service|tool|business|fund|project|man|woman|boy|girl|victim|suspect|player|club|government|minister|official|post|blog|episode|show|video|update|release|latest|former|latter|new\s+\p{L}+|\d+-year-old)\b/iu;
/** First person: an outlet or author speaking of itself. */
const FIRST_PERSON = /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|we|we're|we’re|we've|we’ve|our|my|us)\b/iu;
/** An answer to a question the sentence does not ask. */
const ECHO = /\b(?:in return|in exchange|as well|too)\b[.!?…"”’]*$|\bin return\b/iu;

/** True when `sentence` reads correctly with nothing shown before it. */
export function standsAlone(sentence: string): boolean {
  const head = sentence.replace(/^[\s"“”‘’'([•*-]+/u, '');
  return !opensDangling(head) && !THE_THING.test(head) && !FIRST_PERSON.test(head) && !ECHO.test(head);
}

/**
 * A passage of several sentences cut before the first later one that leans on the one before it
 * ("… has died. His attorney confirmed …"): the first sentence and those after it that stand alone.
 */
export function standingRun(text: string): string {
  const sentences = splitSentences(text);
  // Never inside a quotation that runs over several sentences ("“… left. These atrocities …,” she said.").
  const cut = sentences.findIndex((s, i) => i > 0 && !standsAlone(s.text) && !leavesQuoteOpen(text.slice(0, s.start)));
  return cut < 0 ? text : text.slice(0, sentences[cut]!.start).trimEnd();
}

/** A figure: money, a percentage, a count with a unit, or a number of two digits or more. */
const FIGURE = /[$€£¥]\s?\d|\d\s?(?:%|percent|per cent)|\d[\d,.]*\s?(?:million|billion|trillion|bn|m|k)\b|\b\d{2,}/iu;

export const carriesFigure = (sentence: string): boolean => FIGURE.test(sentence);

/** Share of the headline's content terms the sentence repeats. */
export function headlineCover(sentence: string, headline: string): number {
  const h = new Set(terms(headline));
  if (h.size === 0) return 1;
  const s = new Set(terms(sentence));
  let n = 0;
  for (const t of h) if (s.has(t)) n++;
  return n / h.size;
}

const letters = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A title made from the text's opening words (items without one) says nothing the sentence does not. */
function titleFromText(sentence: string, headline: string): boolean {
  const s = letters(sentence);
  const h = letters(headline);
  return h === '' || s.startsWith(h.slice(0, 40)) || h.startsWith(s);
}

/**
 * How a sentence is shown away from its story: alone when it stands alone and says what the
 * headline says (or the headline is only its opening words); after its headline ("headline —
 * sentence") when `mayPair`; else null (pass it over).
 */
/**
 * "The fine is split …" under "Kovalink's $11.5 million fine": the thing the headline names, by its
 * noun, in a sentence that names no one ("The edit button is coming to Twitter" says whose).
 */
function namedByHeadline(sentence: string, headline: string): boolean {
  const text = sentence.replace(/^[\s"“”‘’'([•*-]+/u, '');
  const the = /^the\s+(?:[\p{L}-]+\s+)?[\p{L}-]+/iu.exec(text);
  if (the === null || /\s\p{Lu}/u.test(text)) return false;
  const h = new Set(terms(headline));
  return terms(the[0]).some((t) => h.has(t));
}

export function withHeadline(sentence: string, headline: string, mayPair: boolean): string | null {
  const h = headline.trim().replace(/[.:;,\s]+$/u, '');
  if (titleFromText(sentence, h)) return standsAlone(sentence) ? sentence : null;
  if (standsAlone(sentence) && !namedByHeadline(sentence, h) && headlineCover(sentence, h) >= 0.5) return sentence;
  return mayPair ? `${h} — ${sentence}` : null;
}
