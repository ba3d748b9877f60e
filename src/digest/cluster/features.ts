// What clustering compares about an article: its names, figures, terms and text shingles,
// computed once per article.
import type { EpochMs } from '../../model.js';
import { companyKey } from '../../rounds/company-key.js';
import { isCartoon, withoutHeadlineTag } from '../../text/headline.js';
import { findMoney } from '../../text/money.js';
import { splitSentences } from '../../text/sentences.js';
import { terms, words } from '../../text/tokens.js';
import { toUsd } from '../../text/fx.js';
import { isCompanyName, isPerson, runsBetween, tokenize, type NameRun } from '../../rounds/names.js';
import { COMMON_WORDS } from './common-words.js';

export interface ClusterArticle {
  id: number;
  title: string;
  text: string;
  canonicalUrl: string | null;
  contentHash: string;
  /** Published, else first seen. */
  at: EpochMs;
  /** The outlet that published it: one outlet's separate posts are a series, not one story. */
  outlet?: string;
}

/** What sort of event a story reports; a funding story and an office opening never merge. */
export type EventKind = 'funding' | 'deal' | 'other';

const FUNDING =
  /\b(?:rais(?:e|es|ed|ing)|funding|financing|round|series [a-k]\b|seed|invest(?:s|ed|ment|ors?)?|backs|backed|valuation|valued)\b/i;
const DEAL = /\b(?:acquir(?:e|es|ed|ing)|acquisition|buys|bought|merg(?:e|es|er|ing)|takeover|to buy)\b/i;

/** "Raises loss estimate", "raises its forecast", "raised concerns": a verb of raising that raises no money. */
const RAISES_NO_MONEY =
  /\brais(?:e|es|ed|ing)\s+(?:its\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:estimates?|forecasts?|guidance|outlook|prices?|rates?|fares?|concerns?|questions?|fears?|alarm|hopes?|doubts?|awareness|the alarm|its game)\b/gi;

const kindIn = (text: string): EventKind | null => {
  const t = text.replace(RAISES_NO_MONEY, ' ');
  return DEAL.test(t) ? 'deal' : FUNDING.test(t) ? 'funding' : null;
};

/**
 * The event a headline names ("Kudipay raises $18m Series A"), else the one its lead does: a
 * lead's other words ("to expand its merchant acquiring business") do not make a raise a deal.
 */
function eventKind(title: string, lead: string): EventKind {
  return kindIn(title) ?? kindIn(lead) ?? 'other';
}

export interface StoryFeatures {
  id: number;
  at: EpochMs;
  url: string | null;
  /** The content hash; null when it was not computed. */
  hash: string | null;
  outlet: string | null;
  /** The headline's words, lower case, one space apart: one outlet's same headline twice is one story. */
  headline: string;
  /** Name keys (companyKey) of names in the lead, and those of them the headline mentions. */
  names: Set<string>;
  titleNames: Set<string>;
  /** The first name the headline mentions: usually whom the story is about. */
  subject: string | null;
  kind: EventKind;
  /** USD amounts in the headline, and in headline + lead. */
  titleAmounts: number[];
  amounts: number[];
  /** Content terms (stems) of the headline, figures left out. */
  titleTerms: Set<string>;
  /** The headline's first content term after a tag ("Sources:", "Exclusive:"): whom or where it opens on. */
  openingTerm: string | null;
  /** Term frequencies of headline (counted twice) and lead. */
  terms: Map<string, number>;
  /** Hashes of 4-word shingles of the whole text, for near-duplicates. */
  shingles: Set<number>;
  /** An editorial cartoon: a comment on a story, kept apart from its reports. */
  cartoon: boolean;
  /** The lead names someone (names read from a sentence-case headline aside). */
  leadNamed: boolean;
  /** A headline with a line or two under it (fewer than TEASER_WORDS words): it cannot say all a report says. */
  teaser: boolean;
}

const TEASER_WORDS = 30;

/** A tag before a headline: "Sources: …", "Exclusive: …", "Update 2: …". */
const TITLE_TAG = /^[\p{L}\d ]{1,24}:\s+/u;

/**
 * Capitals and seats standing for their state where a headline opens ("Brussels prepares ban …",
 * "Washington weighs …", "Kremlin denies …"): read as the state, so "EU to propose …" and
 * "Brussels prepares …" open on the same term. Only the opening term is read so: elsewhere in a
 * headline the city is often itself ("Washington Post", "Paris Saint-Germain"). Compared as stems.
 */
const STATE_OF = new Map(
  Object.entries({
    brussels: 'eu',
    washington: 'usa',
    moscow: 'russia',
    kremlin: 'russia',
    beijing: 'china',
    kyiv: 'ukraine',
    kiev: 'ukraine',
    tokyo: 'japan',
    berlin: 'germany',
    paris: 'france',
    westminster: 'uk',
    whitehall: 'uk',
    ottawa: 'canada',
    canberra: 'australia',
    tehran: 'iran',
    ankara: 'turkey',
  }).map(([capital, state]) => [terms(capital)[0]!, terms(state)[0]!]),
);
/** "US" and "U.S." in capitals are the country, not the pronoun `terms` leaves out. */
const US = /\bU\.S\.(?![\p{L}\p{N}])|\bUS\b/gu;

/** The headline's first content term after a tag, a capital read as its state. */
function openingTerm(title: string): string | null {
  const term = terms(title.replace(TITLE_TAG, '').replace(US, 'USA')).find((t) => !/^\d/.test(t));
  return term === undefined ? null : (STATE_OF.get(term) ?? term);
}

const LEAD_SENTENCES = 4;
const LEAD_CHARS = 600;
const SHINGLE_WORDS = 300;

/** The first sentences (up to about 600 characters): where news states who, what and how much. */
function leadOf(text: string): string {
  const space = text.indexOf(' ', LEAD_CHARS);
  const cut = space < 0 ? text : text.slice(0, space);
  return splitSentences(cut)
    .slice(0, LEAD_SENTENCES)
    .map((s) => s.text)
    .join('\n\n');
}

/**
 * A sentence's capitalized first word that English writes in lower case ("Plans include …", "New
 * penalties …"): the capital is the sentence's, not a name's. Names stay names further in.
 */
const startsSentenceOnly = (run: NameRun) =>
  run.first === 0 && run.first === run.last && COMMON_WORDS.has(run.text.toLowerCase());

/** A round's label ("Series A", "Series B-2") names no one: two reports of different rounds share it. */
const ROUND_LABEL = /^series [a-k](?:\s?\d)?$/;

function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  // A heading or a list line ends a name ("Key Points" over "Paisaloom, …"): read line by line.
  for (const line of splitSentences(text).flatMap((s) => s.text.split(/\n+/))) {
    const tokens = tokenize(line);
    for (const run of runsBetween(line, tokens, 0, tokens.length)) {
      if (startsSentenceOnly(run)) continue;
      // A number closing a name ("Gate 7") is the rounds reader's; in a headline it is as often an
      // age or a count ("now I'm 30"); one opening it is a count ("27 EU member states").
      const name = run.text.replace(/\s\d{1,3}$/, '').replace(/^\d{1,3}\s/, '');
      if (!isCompanyName(name) && !isPerson(name)) continue;
      const key = companyKey(name);
      if (key.length > 1 && !ROUND_LABEL.test(key)) out.add(key);
    }
  }
  return out;
}

function usdAmounts(text: string): number[] {
  const out: number[] = [];
  for (const m of findMoney(text)) {
    const usd = toUsd(m.amount, m.currency);
    if (usd !== null && usd > 0) out.push(usd);
  }
  return out;
}

function shingleHashes(textWords: string[]): Set<number> {
  const w = textWords.slice(0, SHINGLE_WORDS);
  const out = new Set<number>();
  for (let i = 0; i + 4 <= w.length; i++) {
    let h = 2166136261;
    for (const ch of `${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    out.add(h >>> 0);
  }
  return out;
}

/**
 * Names (companyKey) in an article's lead, and those of them its headline mentions. Headlines are
 * often in title case, so names are read from the lead and kept as headline names when the
 * headline mentions them; a text that is only a headline gives its own names.
 */
export function namesOf(title: string, text: string): { lead: string; names: Set<string>; titleNames: Set<string> } {
  const lead = leadOf(text);
  const names = namesIn(lead.length > 0 ? lead : title);
  const titleWords = new Set(words(title));
  const titleNames = new Set([...names].filter((k) => k.split(' ').every((w) => titleWords.has(w))));
  return { lead, names, titleNames };
}

/** Most of a headline's longer words after the first in lower case: capitals mark names, not title case. */
function sentenceCase(title: string): boolean {
  const long = (title.match(/\p{L}{4,}/gu) ?? []).slice(1);
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < long.length;
}

export function storyFeatures(a: ClusterArticle): StoryFeatures {
  const { lead, names: leadNames, titleNames } = namesOf(a.title, a.text);
  const textWords = words(a.text);
  const titleLower = a.title.toLowerCase();
  const subject =
    [...titleNames].sort((x, y) => titleLower.indexOf(x.split(' ')[0]!) - titleLower.indexOf(y.split(' ')[0]!))[0] ?? null;
  const leadNamed = leadNames.size > 0;
  // A headline in sentence case capitalizes only its names ("Loonie slides after Bank of Canada's
  // cut"): they are names even where the lead says "the central bank" (not its subject: a lead
  // that names no one leaves "EU" and "Brussels" free to be one).
  if (lead.length > 0 && sentenceCase(a.title))
    for (const k of namesIn(a.title)) {
      leadNames.add(k);
      titleNames.add(k);
    }
  const tf = new Map<string, number>();
  for (const t of [...terms(a.title), ...terms(a.title), ...terms(lead)]) tf.set(t, (tf.get(t) ?? 0) + 1);
  return {
    id: a.id,
    at: a.at,
    url: a.canonicalUrl,
    hash: a.contentHash || null,
    outlet: a.outlet ?? null,
    headline: words(withoutHeadlineTag(a.title)).join(' '),
    names: leadNames,
    titleNames,
    subject,
    kind: eventKind(a.title, lead),
    titleAmounts: usdAmounts(a.title),
    amounts: usdAmounts(`${a.title}. ${lead}`),
    titleTerms: new Set(terms(a.title).filter((t) => !/^\d/.test(t))),
    openingTerm: openingTerm(a.title),
    terms: tf,
    shingles: shingleHashes(textWords),
    teaser: textWords.length < TEASER_WORDS,
    leadNamed,
    cartoon: isCartoon(a.title),
  };
}
