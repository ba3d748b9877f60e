// What each amount in a sentence is: the round itself, a valuation, a total raised to date, an
// earlier figure, revenue, a fund's size, a price, or some other sum (a contract, a fine).
import type { MoneyMention } from '../text/money.js';

export type MoneyRole = 'round' | 'valuation' | 'total' | 'previous' | 'revenue' | 'fund' | 'price' | 'conversion' | 'other';

const APPROX = String.raw`(?:about|around|roughly|nearly|almost|more than|over|up to|approximately|some|an estimated|~)?\s*`;

const VALUATION_AFTER = /^\s*(?:-?valued\b|(?:pre|post)[- ]money\b|(?:[\w-]+\s+)?valuation\b)/i;
// "raising at ~$500M" (the price of the round, not its size), "valued at", "a valuation of".
const VALUATION_BEFORE = new RegExp(
  String.raw`(?:\bvalu(?:e|es|ed|ing)\s+(?:[\w.'’-]+\s+){0,4}?at|\bvaluations?\s+(?:of|at|to|in the|between|from|near)|\bvaluation\s+(?:[\w-]+\s+){0,3}(?:to|of|at)|\bmarket value of|\b(?:is|are|now)\s+(?:now\s+)?worth|\brais(?:e|es|ed|ing)\s+(?:money\s+|funds\s+)?at)\s*${APPROX}$`,
  'i',
);
const REACHES =
  /\b(?:hits?|hitting|reach(?:es|ed|ing)?|tops?|topped|cross(?:es|ed)?|achieves?|achieved|lands?|landed|nabs?|gets?|notch(?:es|ed)?|commands?|clinch(?:es|ed)?)\s*(?:an?\s*)?$/i;
const VALUATION_WORDS = /\b(?:unicorn|decacorn|valuation|valued)\b/i;

const TOTAL_BEFORE = new RegExp(
  String.raw`(?:\b(?:total|totals|totaling|totalling|bringing|brings|brought|taking|takes|lifting|lifts)\b[^$€£¥₹\d]{0,60}?\b(?:to|of|at|reached|reaches|stands at)|\btotal\b[^.$€£¥₹\d]{0,50}|\b(?:collectively|cumulatively)\b[^$€£¥₹\d]{0,30})\s*${APPROX}$`,
  'i',
);
const TOTAL_AFTER =
  /^\s*(?:(?:in\s+)?(?:[\w-]+\s+){0,3}to date\b|in total\b|total\b|so far\b|overall\b|since (?:its )?(?:inception|founding|launch)|in (?:total|cumulative) funding)/i;
const NOW_RAISED = new RegExp(String.raw`\b(?:has|have)\s+now\s+raised\s*${APPROX}$`, 'i');
/** A span of time the money was raised over: "over the past couple of years", "in the last three years", "since 2019". */
const SPAN = String.raw`(?:(?:over|in|during|across|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:(?:couple|few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+)?)?(?:years|months|decades)|since\s+(?:19|20)\d\d)\b`;
/** "Over the past couple of years, it raised $182 million": a span, then a bare amount in the same clause. */
const SPAN_BEFORE = new RegExp(
  String.raw`${SPAN}[^.;$€£¥₹]{0,60}\b(?:raised|has raised|have raised|secured|pulled in|brought in)\s*${APPROX}$`,
  'i',
);
const SPAN_AFTER = new RegExp(
  String.raw`^\s*(?:in\s+(?:funding|financing|capital|venture capital)\s+)?(?:from\s+(?:its\s+)?(?:investors|backers|venture capitalists|VCs)\s+)?${SPAN}`,
  'i',
);
const ROUND_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?(?:in|from|through|via|as)\b[^.;]{0,30}\b(?:round|series|seed|funding|financing|tranche|extension)\b/i;
const PREVIOUS_BEFORE =
  /(?:\bon top of (?:the |an? |its |our |their )?|\b(?:down|up) from|\bfrom (?:the |an? |its )?(?:original|initial|previous|earlier|prior)\b[^$€£¥₹\d]{0,25}|\b(?:originally|initially)\b[^$€£¥₹\d]{0,30}|\boriginal (?:amount|figure) of)\s*(?:the |an? |its )?(?:original |initial |previous |earlier |prior )?(?:amount |figure )?(?:of )?$/i;
/** Not "in revenue-based financing" or "revenue-share notes": financing named after revenue. */
const REVENUE_AFTER =
  /^\s*(?:in\s+)?(?:(?:annual(?:ized)?|yearly|monthly)\s+)?(?:recurring\s+)?(?:revenues?|sales|arr|gmv|bookings|profits?|net income|ebitda|run[- ]rate|turnover|a year in (?:revenue|sales)|(?:customer |user )?deposits|tvl|total value locked|assets under (?:management|custody))\b(?!-)/i;
const REVENUE_BEFORE =
  /\b(?:revenues?|arr|sales|gmv|bookings|turnover|profits?|income|earnings|losse?s?|run[- ]rate)\b(?:\s+[\w-]+){0,4}?\s*(?:of|to|at|reached|hit|topped|surpassed|was|is)?\s*(?:about|around|roughly|nearly|more than|over|approximately)?\s*$/i;
// Not the investor's name: "$3M led by Alder Fund".
const FUND_AFTER =
  /^\s*(?:(?!to\b|from\b|the\b|in\b|by\b|(?:co-)?led\b)[\w'’-]+\s+){0,3}(?:funds?|vehicle)\b(?!-?ing|[\s-]*rais)/i;
const FUND_BEFORE = /\bfund\s+(?:[\w-]+\s+){0,3}(?:at|of|worth|size of)\s*$/i;
// "R$1.99 per withdrawal", "$3 per ride": a price per anything (not "per the filing").
const PRICE_AFTER =
  /^\s*(?:\/|(?:a|each)\s+(?:month|year|share|user|seat|unit|ticket|head|night)\b|per\s+(?!the\b|a\b|an\b|its\b|their\b|cent\b)\p{L}|(?:monthly|annually)\b)/iu;
// Not across a conjunction that opens the next clause ("$45M as defense orders pile up").
const OTHER_AFTER =
  /^\s*(?:(?!(?:as|while|amid|after|since|because|when|and|but)\b)[\w-]+[\s-]+){0,2}?(?:contracts?|deals?|fines?|settlements?|penalty|theft|heist|hack|bets?|pledge|commitments?|expansion|plans?|capex|budget|orders?|offers?|fees?|prize|awards?|salary|package|losses|loss|market cap|bonus|lawsuit|damages|subsidy|subsidies|taxes|tax|tariffs?|spending|purchases?|buyback|dividends?|streaming service|service|subscription|pass|tickets?)\b/i;
// A contract named by its customer and purpose: "$240 million Space Force launch contract".
const CONTRACT_AFTER =
  /^\s*(?:(?!(?:to|for|as|while|amid|after|since|because|when|and|but|in|from|led|with|of|round|funding)\b)[\w-]+\s+){3,4}(?:contracts?|tenders?)\b/i;
const OTHER_BEFORE =
  /\b(?:market cap(?:itali[sz]ation)?(?: of)?|spent|spend|spending|costs?|priced at|price of|fined|owes?|lost|worth|(?:hacked|drained|exploited|robbed|stolen) (?:for|of)|stolen)\s*$/i;
const CONVERSION_BEFORE = /\(\s*(?:around|about|approximately|roughly|approx\.?|or|some|nearly|~|equivalent to)?\s*$/i;

function roleOf(sentence: string, m: MoneyMention, prev: MoneyMention | undefined): MoneyRole {
  const before = sentence.slice(Math.max(0, m.start - 90), m.start);
  const after = sentence.slice(m.end, m.end + 60);
  // "€20M ($21.6M)": the parenthesis right after the amount; not the next entry of a list ("… this week: Ondo ($20M").
  if (
    prev &&
    CONVERSION_BEFORE.test(before) &&
    /^[^\p{L}\d]*(?:\p{Ll}+\s*)*\(\s*(?:\p{Ll}+\.?\s*)*$/u.test(sentence.slice(prev.end, m.start))
  )
    return 'conversion';
  if (PRICE_AFTER.test(after)) return 'price';
  // "the first $20 million tranche of a $50 million Series B": the round is the whole.
  if (/^\s*tranche\s+of\s+(?:(?:an?|its|the)\s+)?(?:[$€£¥₹]|[A-Z]{2,3}\$?\s?)\d/.test(after)) return 'other';
  if (VALUATION_AFTER.test(after) || VALUATION_BEFORE.test(before)) return 'valuation';
  // "the first close of its Series A at $9 million": the amount closed, not a price.
  if (/\b(?:first|second|final|initial)\s+close\s+of\b[^.;$€£¥₹]{0,40}\bat\s*$/i.test(before)) return 'round';
  if (TOTAL_AFTER.test(after) || TOTAL_BEFORE.test(before)) return 'total';
  // "The startup has now raised more than $400 million." (to date); not "has now raised $120M in a Series C".
  if (NOW_RAISED.test(before) && !ROUND_AFTER.test(after)) return 'total';
  // Money raised over a span of years is a sum of rounds; "raised a $50M Series B in the past year" is one round.
  if ((SPAN_BEFORE.test(before) || SPAN_AFTER.test(after)) && !ROUND_AFTER.test(after)) return 'total';
  if (PREVIOUS_BEFORE.test(before)) return 'previous';
  if (REVENUE_AFTER.test(after) || REVENUE_BEFORE.test(before)) return 'revenue';
  if (FUND_AFTER.test(after) || FUND_BEFORE.test(before)) return 'fund';
  if (OTHER_AFTER.test(after) || CONTRACT_AFTER.test(after) || OTHER_BEFORE.test(before)) return 'other';
  // "Frore hits $1.64B" in a sentence about becoming a unicorn.
  if (
    REACHES.test(before) &&
    VALUATION_WORDS.test(sentence) &&
    !/^\s*(?:in\s+)?(?:funding|financing|round|series|seed)\b/i.test(after)
  )
    return 'valuation';
  return 'round';
}

/** "narrowed to 140 million yuan from 310 million yuan", "$20M, up from $12M": the figure before the change. */
const FROM_BETWEEN = /^\s*,?\s*(?:(?:up|down)\s+)?from\s*(?:about|around|roughly|nearly|more than|over|some)?\s*$/i;

export function moneyRoles(sentence: string, money: MoneyMention[]): MoneyRole[] {
  return money.map((m, i) =>
    i > 0 && FROM_BETWEEN.test(sentence.slice(money[i - 1]!.end, m.start)) ? 'previous' : roleOf(sentence, m, money[i - 1]),
  );
}
