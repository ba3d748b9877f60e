// The numbers a text states, each with its value and the unit that decides what may support it:
// money (read by findMoney), scaled figures ("520M", "1.5 million"), percents, multiples,
// ordinals, durations and plain counts, in digits or in words.
import { findMoney, MULT, NUM, scale, significantDigits, type MoneyMention } from '../../text/money.js';
import { CARDINAL_WORDS, ORDINAL_WORDS, cardinalValue, ordinalValue } from '../../text/number-words.js';

export type Qualifier = 'exact' | 'approx' | 'at_least' | 'at_most';

export interface Quantity {
  text: string;
  /** One value, or both ends of a range. */
  values: number[];
  /** 'count', 'percent', 'times', 'ordinal', a time unit ('day', 'year', …) or 'money:<ISO 4217>'. */
  unit: string;
  qualifier: Qualifier;
  /** Significant digits as written: "1.03B" → 3, "500" → 1. */
  digits: number;
  /** A plain "$1 billion" may round the source's $1.03 billion (money, scaled figures, percents); a count or a year may not. */
  roundable: boolean;
}

const SCALE_WORD = String.raw`[-\s](?:hundred|thousand|million|billion|trillion)\b`;
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_,/]|\d\.)(?:(?<ord>${ORDINAL_WORDS})|(?<num>${NUM})(?<mult>${MULT})?|(?<word>${CARDINAL_WORDS})(?<wmult>${SCALE_WORD})?)` +
    String.raw`(?:(?<percent>\s?%|\s?(?:percent|per\s+cent|pct|percentage\s+points?)\b)|(?<times>\s?[x×](?![\p{L}\p{N}])|-?fold\b|\s+times\b)|[-\s](?<time>year|month|week|day|hour|minute)s?\b)?(?![\p{L}\p{N}])`,
  'giu',
);

const BEFORE: [RegExp, Qualifier][] = [
  [/(?:more than|over|above|at least|north of|upwards of|in excess of|just over)\s+$/i, 'at_least'],
  [/(?:less than|fewer than|under|below|just under|up to|as many as|as much as)\s+$/i, 'at_most'],
  [/(?:about|around|roughly|approximately|nearly|almost|close to|some|an estimated|~)\s*$/i, 'approx'],
];

function qualifierBefore(text: string, start: number): Qualifier {
  const before = text.slice(Math.max(0, start - 24), start);
  return BEFORE.find(([re]) => re.test(before))?.[1] ?? 'exact';
}

function fromMoney(m: MoneyMention): Quantity {
  const qualifier: Qualifier =
    m.qualifier === 'up_to' ? 'at_most' : m.qualifier === 'at_least' || m.qualifier === 'approx' ? m.qualifier : 'exact';
  return {
    text: m.text.trim(),
    values: m.low === null ? [m.amount] : [m.low, m.amount],
    unit: `money:${m.currency}`,
    qualifier,
    digits: m.significantDigits,
    roundable: true,
  };
}

function unitOf(g: Record<string, string | undefined>): string {
  if (g.ord) return 'ordinal';
  if (g.percent) return 'percent';
  if (g.times) return 'times';
  return g.time?.toLowerCase() ?? 'count';
}

function fromMatch(m: RegExpExecArray, text: string): Quantity | null {
  const g = m.groups!;
  const unit = unitOf(g);
  let value: number | null;
  let digits: number;
  let roundable = false;
  if (g.ord) {
    value = ordinalValue(g.ord);
    digits = String(value).length;
  } else if (g.num) {
    value = scale(g.num, g.mult);
    digits = significantDigits(g.num);
    roundable = Boolean(g.mult) || unit === 'percent';
  } else {
    value = cardinalValue(g.word!);
    // "one" alone is a pronoun as often as a count ("one of the largest"); "one million" is a number.
    if (value === null || (value === 1 && !g.wmult)) return null;
    digits = significantDigits(String(value));
    if (g.wmult) {
      const word = g.wmult.replace(/^[-\s]+/, '');
      value *= cardinalValue(word) ?? scale('1', word);
      roundable = true;
    }
  }
  if (value === null) return null;
  return { text: m[0].trim(), values: [value], unit, qualifier: qualifierBefore(text, m.index), digits, roundable };
}

/** Every number stated in `text`, money first read by findMoney (its text is not read twice). */
export function findQuantities(text: string): Quantity[] {
  const money = findMoney(text);
  let rest = text;
  for (const m of money) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  const out = money.map(fromMoney);
  for (const m of rest.matchAll(QUANTITY)) {
    const q = fromMatch(m, rest);
    if (q) out.push(q);
  }
  return out;
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);

/** Units that may stand for each other: a bare "1.03B" is backed by "$1.03 billion", "22 days" by "22". */
function compatible(claim: string, source: string): boolean {
  if (claim === source) return true;
  if (claim === 'count') return source.startsWith('money:') || TIME_UNITS.has(source);
  return TIME_UNITS.has(claim) && source === 'count';
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

/** `x` rounded to `digits` significant digits, to the nearest, down or up. */
function roundTo(x: number, digits: number, mode: 'round' | 'floor' | 'ceil'): number {
  if (x === 0) return 0;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(x))) - digits + 1);
  const q = x / unit;
  const n = mode === 'floor' ? Math.floor(q + 1e-9) : mode === 'ceil' ? Math.ceil(q - 1e-9) : Math.round(q);
  return n * unit;
}

/** Rounding may drop digits ("$1B" for $1.03B) but never move the figure more than 5%. */
const ROUNDING_SLACK = 0.05;
/** "about $1B" may stand for a figure within 10%. */
const APPROX_SLACK = 0.1;
/** "more than 500" may stand for up to half as much again. */
const BOUND_SLACK = 1.5;

/**
 * The claim is the source figure at the claim's precision: rounded to the nearest ("about",
 * or a roundable figure), down ("more than 500" for 520) or up ("up to 11" for 10.5). A figure
 * stated more precisely than the source ("about 51" for "about 50") is never backed.
 */
function valueBacks(claim: Quantity, v: number, s: number): boolean {
  if (same(v, s)) return true;
  const off = Math.abs(s - v);
  switch (claim.qualifier) {
    case 'approx':
      return same(roundTo(s, claim.digits, 'round'), v) && off <= APPROX_SLACK * Math.abs(s);
    case 'at_least':
      return s > v && s <= v * BOUND_SLACK && same(roundTo(s, claim.digits, 'floor'), v);
    case 'at_most':
      return s < v && s >= v / BOUND_SLACK && same(roundTo(s, claim.digits, 'ceil'), v);
    case 'exact':
      return claim.roundable && same(roundTo(s, claim.digits, 'round'), v) && off <= ROUNDING_SLACK * Math.abs(s);
  }
}

/** True when every value of the claim is stated, in a compatible unit, by one of the source quantities. */
export function isBacked(claim: Quantity, sources: Quantity[]): boolean {
  const candidates = sources.filter((s) => compatible(claim.unit, s.unit));
  return claim.values.every((v) => candidates.some((s) => s.values.some((x) => valueBacks(claim, v, x))));
}
