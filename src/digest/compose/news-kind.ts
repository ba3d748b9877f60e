// What a headline says about the kind of post it heads: service and shopping posts (how-tos,
// deals, quizzes, numbered lists, reviews, galleries, podcasts, reader call-outs, listings of
// events and jobs) are not the news a briefing leads with; a headline that reports an event (a
// ban, a verdict, a resignation, a launch, a raise) usually is, and one that has a public authority
// act (a government, a regulator, a court, a capital standing for its state, bans, sanctions,
// approves, rules) is hard news however few outlets carry it. Read from the headline alone, in
// English (another language's headline is none of these), and for soft posts also from the section
// the feed files the post under ("Celebrity", "Shopping").
import { GALLERY_LABEL, isVisualPost } from '../../text/headline.js';

/** The other formats a headline may name instead of its event: a live blog, a column, a podcast. */
const OTHER_FORMAT_LABEL =
  /^\s*(?:in pictures|live|live updates|as it happened|listen|podcast|opinion|comment|analysis|explainer|liveblog|ticker)\s*[:|–—-]\s/i;

/** A headline that names its format, not the event: "In pictures: …", "Photos: …", "Live: …", "Watch: …", "Opinion: …". */
export const namesFormat = (title: string): boolean => isVisualPost(title) || OTHER_FORMAT_LABEL.test(title);

const SOFT: RegExp[] = [
  /^\s*(?:how to|how-to|here['’]s how|here are|tell us|sign up|quiz|are you|(?:the )?best)\b/i,
  /^\s*\d+\s+(?!(?:dead|killed|people|children|injured|arrested|million|billion|per ?cent|%))\w/i,
  /\b(?:deals?|sale|discount|coupon)s?\b\s*[:|]|\bon sale\b|\b\d+% off\b|\$\d[\d,.]* off\b|\bsave (?:you|up to|\$\d)|\b(?:spring|summer|winter|prime day|black friday|cyber monday|gold box) sale\b/i,
  /\b(?:review|recipe|tutorials?|guide|explained|podcast|newsletter|crossword|horoscope)\b\s*(?:$|[:|–—-])|\btips\b/i,
  /[–—-]\s*(?:podcast|video|in pictures|live|quiz)\s*$/i,
  /\bin pictures\b/i,
  GALLERY_LABEL,
  /\b(?:which|what)\b.{0,80}\b(?:are you|should you|you should)\b/i,
  /\bI['’]?ll (?:guess|tell you|reveal)\b|\bwe['’]?ll tell you\b|\bfind out (?:if|which|what)\b/i,
  /\|\s*(?:letters|editorial|kitchen aide)\s*$/i,
  // A listing: an event to buy tickets for, a webinar to register for, a job, a call for entries.
  /^\s*(?:events?|webinar|save the date|jobs?|job opening|call for (?:papers|entries|speakers|proposals))\s*[:|–—-]\s/i,
];

const HARD =
  /\b(?:ban(?:s|ned)?|sanctions?|war|invasion|attacks?|killed|dead|deaths?|died|murder(?:ed|ing)?|arrest(?:s|ed)?|charged|guilty|admits|convicted|sentenced|jail(?:ed)?|court|judge|ruling|testif(?:y|ies|ied)|impeach\w*|elect(?:s|ed|ion)|vote[sd]?|lawmakers|legislation|resign(?:s|ed)?|quits|steps down|fired|appoint(?:s|ed)?|joins|announces|launch(?:es|ed)?|raises|raised|acquires|buys|merger|lockdown|default|fines?|fined|breach|hack(?:ed)?|strike|protests?|crisis|recession|inflation|rates?|expel\w*|expulsions?|retire(?:s|ment)|ceasefire|treaty|summit|propos(?:e|es|ed|al)|restrictions?|revolt|leave|cuts?|reduction|refugees?|troops|military|police|government|ministers?|president|parliament\w*|congress|senate|economy)\b/i;

/** A service or shopping post, a quiz, a list, a review, a gallery or a call-out. */
export function isSoftPost(title: string): boolean {
  return SOFT.some((re) => re.test(title));
}

/** Sections a feed files its soft posts under: celebrity, entertainment, style, shopping, food, puzzles. */
const SOFT_SECTION =
  /^(?:celebrit(?:y|ies)|(?:arts\s*(?:&|and)\s*)?entertainment|tv\s*(?:and|&)?\s*movies|life\s*(?:and|&)\s*style|lifestyle|style|fashion|beauty|shopping|deals|horoscopes?|puzzles|crosswords?|quizzes|recipes|food(?:\s*(?:&|and)\s*drink)?|podcasts?)$/i;

/** Filed by its feed under a soft section ("Celebrity", "Shopping"). */
export function inSoftSection(a: { categories: readonly string[] }): boolean {
  return a.categories.some((c) => SOFT_SECTION.test(c.trim()));
}

/** A headline reporting an event, and not a soft post. */
export function reportsEvent(title: string): boolean {
  return HARD.test(title) && !isSoftPost(title);
}

/** Public authorities: written as headlines spell them, so "US" is the state and "us" is not. */
const AUTHORITY_CASED =
  /\b(?:US|U\.S\.|UK|EU|UN|NATO|G7|G20|IMF|Fed|SEC|FTC|FCC|FDA|EPA|E\.P\.A\.|DOJ|Kremlin|White House|Downing Street|Whitehall|Westminster|Pentagon|Brussels|Washington|Moscow|Beijing|Kyiv|Congress|Senate|Parliament)\b/;
const AUTHORITY =
  /\b(?:governments?|ministers?|ministry|president|prime minister|parliament|lawmakers|legislators|MPs|regulators?|courts?|judges?|prosecutors?|authorities|officials|governors?|councils?)\b/i;
/** What an authority does to others: bans, sanctions, rulings, approvals, orders, charges. */
const PUBLIC_ACTION =
  /\b(?:ban(?:s|ned)?|sanction(?:s|ed)?|embargo\w*|tariffs?|approv(?:e|es|ed|al)|rul(?:e|es|ed|ing)|order(?:s|ed)?|veto(?:es|ed)?|impos(?:e|es|ed)|expel\w*|block(?:s|ed)?|outlaw\w*|restrict\w*|regulat\w*|charg(?:e|es|ed)|indict\w*|su(?:es|ed)|fin(?:e|es|ed)|seiz(?:e|es|ed)|suspend\w*|freez(?:e|es)|froze|halt(?:s|ed)?|probe|investigat\w*|pass(?:es|ed)?|vot(?:e|es|ed))\b/i;

/** A headline in which a public authority acts (bans, sanctions, rules, approves …), not a soft post. */
export function reportsPublicAction(title: string): boolean {
  return (AUTHORITY_CASED.test(title) || AUTHORITY.test(title)) && PUBLIC_ACTION.test(title) && !isSoftPost(title);
}
