// Tokens of a sentence and the runs of capitalized words that can be names ("Scale AI",
// "Bessemer Venture Partners", "a16z", "Job van der Voort"), read leftwards or rightwards from a
// position. Title-case headlines are handled by breaking runs at capitalized function words.
import { DEMONYMS, GIVEN_NAMES, PLACES } from './gazetteer.js';
import { LEADING_NOISE, NAME_BREAKERS, NAME_PARTICLES, NOT_A_NAME_ALONE, SUBJECT_GAP, TITLE_DESCRIPTORS } from './lexicon.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface NameRun {
  text: string;
  start: number;
  end: number;
  /** Token indices [first, last]. */
  first: number;
  last: number;
  /** Written as a possessive ("Whoop's", "Gracias'"); `text` has the mark removed. */
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.&'’_+-]*|[,;:()"“”‘[\]–—]|(?<=\s)-(?=\s)/gu;
const KEEP_DOT = /^(?:inc|ltd|co|corp|jr|sr|st|bros|plc|pte|pvt|pty|sdn|bhd)\.$|^(?:\p{L}\.)+$/iu;
/** A possessive mark at a word's end: "Whoop's", "Gracias'". */
export const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/;
const UNIT =
  /^\d+(?:[.,]\d+)*(?:k|m|mm|b|bn|mn|t|x|%|th|st|nd|rd|s|am|pm|gb|tb|mb|km|kg|m2)?$|^(?:thousand|million|billion|trillion)$/i;
const LEGAL_SUFFIX = /^(?:Inc|Ltd|LLC|Corp|Co|GmbH|PLC|plc|AG|SA|S\.A|NV|BV|AB)\.?$/;
/** "US-based", "Google-backed": a name made into a description. */
export const DESCRIPTOR = /-(?:based|backed|led|headquartered|born|founded|focused|owned|listed)$/i;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    let text = m[0];
    while (text.length > 1 && /[.'’-]$/.test(text) && !KEEP_DOT.test(text) && !POSSESSIVE.test(text)) text = text.slice(0, -1);
    if (text) out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

/**
 * "Des Moines-based", "Salt Lake City-based": a place of several words made into a description, or
 * a place and its possessive ("Cape Town’s"), tokens from..to-1.
 */
export function placeBefore(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.length > 4) return false;
  // "Cape Town’s Koelkas Solar": a place and its possessive.
  const last = words[words.length - 1]!.text;
  if (POSSESSIVE.test(last) && isPlace([...words.slice(0, -1).map((t) => t.text), last.replace(POSSESSIVE, '')].join(' ')))
    return true;
  return words.length > 1 && DESCRIPTOR.test(last) && words.slice(0, -1).every((t) => /^\p{Lu}[\p{L}.'’]*$/u.test(t.text));
}

/** A word that can be part of a name: capitalized, "eGirl", "a16z", "20VC", but not "13M" or "US-based". */
/** A company named by its web address, as many write theirs: "parcelry.ai", "monday.com". */
const DOMAIN_NAME = /^[\p{Ll}\d][\p{Ll}\d-]*\.(?:ai|io|com|co|app|dev|so|tech|xyz|net|org|me|ly|gg|sh|bio|health|fm|tv)$/u;

export function isNameWord(text: string): boolean {
  const word = text.replace(POSSESSIVE, '');
  if (!word || DESCRIPTOR.test(word) || UNIT.test(word)) return false;
  if (/^\p{Lu}/u.test(word) || DOMAIN_NAME.test(word)) return true;
  if (/^\d/.test(word)) return /\p{L}/u.test(word);
  return /^\p{Ll}{1,3}[\p{Lu}\d]/u.test(word) || (/\d/.test(word) && /\p{L}/u.test(word));
}

const isParticle = (t: Token | undefined) => t !== undefined && NAME_PARTICLES.has(t.text);
const isBreaker = (t: Token) => NAME_BREAKERS.has(t.text);
const isPossessive = (t: Token) => POSSESSIVE.test(t.text);
/** "12 Flags": a bare number opens a name only when a capitalized word follows. */
/** "137 Ventures"; not a list number ("2. Plinth"), whose dot stands between. */
const isNumberLead = (tokens: Token[], i: number) =>
  /^\d+$/.test(tokens[i]!.text) && tokens[i + 1]?.start === tokens[i]!.end + 1 && isNameWord(tokens[i + 1]!.text);

/** Words a number follows without naming anything: dates, stages, ranks, sections, indexes. */
const BEFORE_A_COUNT =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|series|round|fund|phase|no|chapter|section|class|fortune|top|covid|nasdaq|ftse|dax|nikkei|s&p|iphone|windows|version|level|tier|stage|gen|day|week|year|q[1-4]|h[12]|fy)$/i;

/** "Gate 7", "Tienda 360": a short number right after a name word closes the name (not a year, a date or an amount). */
const isNameNumber = (tokens: Token[], k: number) => {
  const [prev, t, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return (
    prev !== undefined &&
    t !== undefined &&
    /^\d{1,3}$/.test(t.text) &&
    t.start === prev.end + 1 &&
    isNameWord(prev.text) &&
    !POSSESSIVE.test(prev.text) &&
    !BEFORE_A_COUNT.test(prev.text) &&
    !(
      next &&
      /^(?:%|percent|per|million|billion|thousand|bn|mn|m|k|x|years?|months?|days?|hours?|minutes?|people|employees|staff|customers|companies|startups)$/i.test(
        next.text,
      )
    )
  );
};

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

function makeRun(sentence: string, tokens: Token[], first: number, last: number): NameRun | null {
  while (first <= last && (LEADING_NOISE.has(tokens[first]!.text.toLowerCase()) || isParticle(tokens[first]))) first++;
  // "On Tuesday Crumbworks said …": the day the sentence opens with is no part of the name after it.
  if (first < last && WEEKDAY.test(tokens[first]!.text) && /^on$/i.test(tokens[first - 1]?.text ?? '')) first++;
  // "the $15M Series A of Quillhart": the round is no part of the name after its "of".
  const of = tokens.findIndex((t, k) => k > first && k < last && t.text === 'of');
  if (of > 0 && ROUND_WORDS.test(sentence.slice(tokens[first]!.start, tokens[of - 1]!.end))) first = of + 1;
  while (last >= first && isParticle(tokens[last])) last--;
  // "Chip Startup Hexwright": the name follows its description (a legal suffix alone does not).
  for (let k = last - 1; k >= first; k--) {
    if (!TITLE_DESCRIPTORS.has(tokens[k]!.text.toLowerCase())) continue;
    if (!LEGAL_SUFFIX.test(tokens[k + 1]!.text)) first = k + 1;
    break;
  }
  if (first > last) return null;
  const possessive = isPossessive(tokens[last]!);
  const end = possessive
    ? tokens[last]!.end - (/s['’]$/.test(tokens[last]!.text) && !/['’]s$/.test(tokens[last]!.text) ? 1 : 2)
    : tokens[last]!.end;
  const text = sentence.slice(tokens[first]!.start, end);
  return { text, start: tokens[first]!.start, end, first, last, possessive };
}

/** The name that ends at token `j` (inclusive), read leftwards; null when token j is not a name word. */
export function runEndingAt(sentence: string, tokens: Token[], j: number): NameRun | null {
  if (isNameNumber(tokens, j)) {
    const before = runEndingAt(sentence, tokens, j - 1);
    return before && !before.possessive ? makeRun(sentence, tokens, before.first, j) : null;
  }
  const t = tokens[j];
  if (!t || !isNameWord(t.text) || isBreaker(t)) return null;
  let i = j;
  while (i > 0) {
    const prev = tokens[i - 1]!;
    if (isPossessive(prev)) break;
    if (isNameWord(prev.text) && !isBreaker(prev)) i--;
    else if (isParticle(prev) && i - 2 >= 0 && isNameWord(tokens[i - 2]!.text)) i -= 2;
    else if (/^\d+$/.test(prev.text) && !/^[.)]/.test(sentence.slice(prev.end)))
      i--; // not a list number: "2. Plinth"
    else break;
  }
  // "Apptronik, Inc.": a legal suffix after a comma belongs to the name before it.
  if (i === j && LEGAL_SUFFIX.test(t.text) && tokens[i - 1]?.text === ',' && isNameWord(tokens[i - 2]?.text ?? '')) {
    const before = runEndingAt(sentence, tokens, i - 2);
    if (before) return makeRun(sentence, tokens, before.first, j);
  }
  return makeRun(sentence, tokens, i, j);
}

/** The name that starts at token `i`, read rightwards; null when token i does not open a name. */
export function runStartingAt(sentence: string, tokens: Token[], i: number): NameRun | null {
  const t = tokens[i];
  if (!t || isBreaker(t) || !(isNameWord(t.text) || isNumberLead(tokens, i))) return null;
  let j = i;
  while (j + 1 < tokens.length && !isPossessive(tokens[j]!)) {
    const next = tokens[j + 1]!;
    if (isNameWord(next.text) && !isBreaker(next)) j++;
    else if (isParticle(next) && isNameWord(tokens[j + 2]?.text ?? '') && !isBreaker(tokens[j + 2]!)) j += 2;
    else {
      if (isNameNumber(tokens, j + 1)) j++;
      break;
    }
  }
  return makeRun(sentence, tokens, i, j);
}

/** Every name run between token indices [from, to), left to right. */
export function runsBetween(sentence: string, tokens: Token[], from: number, to: number): NameRun[] {
  const out: NameRun[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const run = runStartingAt(sentence, tokens, i);
    if (!run) continue;
    if (run.last < to) out.push(run);
    i = run.last;
  }
  return out;
}

const words = (name: string) => name.toLowerCase().split(/\s+/);

export function isPerson(name: string): boolean {
  const w = words(name);
  return w.length <= 3 && GIVEN_NAMES.has(w[0]!) && (w.length === 1 || w.slice(1).every((x) => /^\p{L}[\p{L}'’-]*$/u.test(x)));
}

/** A place or a nationality word ("India", "Silicon Valley", "French"). */
export function isPlace(name: string): boolean {
  const n = name.toLowerCase().replace(/^the\s+/, '');
  // Written with or without its accents: "Zürich" and "Zurich", "Bogotá" and "Bogota".
  const plain = n.normalize('NFKD').replace(/\p{M}/gu, '');
  return PLACES.has(n) || DEMONYMS.has(n) || PLACES.has(plain);
}

/** Round vocabulary written in capitals ("Series B", "Seed Round"); "Series" alone may be a company. */
const ROUND_WORDS = /^(?:pre-?)?series [a-z](?:\d|\+)?$|\b(?:round|funding|financing|extension)$/i;

/** A job title inside a name run: "Twitter CEO Parag Agrawal" is a person, not a company. */
const ROLE_WORD =
  /(?:^|\s)(?:CEO|CTO|COO|CFO|CMO|CPO|CRO|Founder|Co-?[Ff]ounder|Cofounder|President|Chair(?:man|woman)?|Chief|Director|Minister|Secretary|Senator|Governor)(?=\s|$)/;

/** A job opening's title: "Senior Backend Engineer", "Product Designer" (a careers page's headline). */
const JOB_TITLE =
  /\s(?:Engineer|Developer|Designer|Manager|Scientist|Analyst|Architect|Recruiter|Intern|Administrator|Specialist|Coordinator|Representative)$/;

/** A venture fund, never the company that raised: "Fund II", "Lanternfish Ventures Fund 3". */
const FUND_NAME = /(?:^|\s)Fund(?:\s+(?:[IVX]+|\d{1,2}))?$/;

/** A capitalized pronoun or its contraction: "We’ve", "It's". */
const PRONOUN = /^(?:we|i|us|our|you|they|it|he|she)(?:['’]\p{L}{1,2})?$/iu;

/** A name that can stand for a company: not a place, a person, a round, or a word like "AI". */
export function isCompanyName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.length > 1 &&
    !NOT_A_NAME_ALONE.has(lower) &&
    !ROUND_WORDS.test(name) &&
    !ROLE_WORD.test(name) &&
    !JOB_TITLE.test(name) &&
    !FUND_NAME.test(name) &&
    !PRONOUN.test(name) &&
    !isPlace(name) &&
    !isPerson(name)
  );
}

/** Lowercase words that open a sentence and its verb of raising without naming anyone ("recently raised"). */
const NOT_A_BRAND = new Set(
  'recently previously reportedly finally quietly officially successfully together jointly already also just since then later earlier now still once first collectively'.split(
    ' ',
  ),
);

/** "fernly has raised …": a sentence that opens in lowercase with a word and its verb names a brand written so. */
export function isLowercaseBrand(t: Token, sentence: string): boolean {
  return (
    t.start === 0 &&
    /^\p{Ll}[\p{Ll}\d]{2,}(?:\.[a-z]{2,4})?$/u.test(t.text) &&
    !LEADING_NOISE.has(t.text) &&
    !NOT_A_BRAND.has(t.text) &&
    !SUBJECT_GAP.has(t.text) &&
    /^\S+\s/.test(sentence)
  );
}
