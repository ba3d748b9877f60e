// Money as news writes it: "$48 million", "$1.2B", "€12.5m", "US$ 40 mn", "£3bn", "Rs 90 crore",
// "48 million euros", "1.03 billion dollars", "USD 25-30 million", "up to $40B", "$2B+".
import { AMBIGUOUS, ISO, PREFIXES, WORDS } from './currencies.js';

export type MoneyQualifier = 'exact' | 'approx' | 'up_to' | 'at_least' | 'range';

export interface MoneyMention {
  /** The matched text, qualifier included ("up to $40B"). */
  text: string;
  start: number;
  end: number;
  /** In original units; the upper bound for ranges and "up to". */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  qualifier: MoneyQualifier;
  /** Lower bound of a range, else null. */
  low: number | null;
  /** How precisely the figure is stated: "14.8" → 3, "15" → 2, "100" → 1. */
  significantDigits: number;
}

const MULTIPLIERS: [RegExp, number][] = [
  [/^(k|thousand)$/i, 1e3],
  [/^(lakhs?|lacs?)$/i, 1e5],
  // "Mio." and "Mrd.": German-language figures quoted in English news ("€1,5 Mio.").
  [/^(m|mn|mln|mm|million|millions|mio)$/i, 1e6],
  [/^(crores?|cr)$/i, 1e7],
  [/^(b|bn|billion|billions|mrd)$/i, 1e9],
  [/^(t|tn|trillion)$/i, 1e12],
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX_RE = PREFIXES.map(([p]) => (/^[A-Za-z]/.test(p) ? `\\b${esc(p)}` : esc(p))).join('|') + `|\\b(?:${ISO.join('|')})`;
/**
 * A figure as news prints it: "1,250", "1.03", "48"; and a decimal comma before a multiplier, as
 * much of Europe writes it ("€4,5 million").
 */
export const NUM = String.raw`\d{1,3},\d{1,2}(?=\s?(?:million|billion|mln|mn|bn|Mio\b|Mrd\b|m\b|M\b))|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// Single letters must touch the number ("$5m"); words may follow a space or hyphen ("$15-billion").
export const MULT = String.raw`(?:[-\s]?(?:thousand|million|millions|billion|billions|trillion|crores?|lakhs?|lacs?|mn|mln|bn|tn|cr|Mio|Mrd)\b|(?:k|K|m|M|MM|b|B|t|T)(?![A-Za-z]))`;
const WORD_RE = WORDS.map(([w]) => w).join('|');
const QUAL = String.raw`(?:between|up to|as much as|more than|over|above|at least|north of|upwards of|in excess of|nearly|almost|about|around|roughly|approximately|approx\.?|close to|some|an estimated|just under|just over|under|less than|~)\s*`;

const PREFIXED = new RegExp(
  String.raw`(?<head>(?<qual>${QUAL})?(?<cur>${PREFIX_RE})\s?(?<n1>${NUM})(?<m1>${MULT})?)(?:\s?(?<sep>-|–|to|and)\s?(?:${PREFIX_RE})?\s?(?<n2>${NUM})(?<m2>${MULT})?)?(?<plus>\+)?(?:\s(?<iso>${ISO.join('|')})\b)?`,
  'gi',
);
const SUFFIXED = new RegExp(
  String.raw`(?<qual>${QUAL})?(?<n1>${NUM})(?:\s?(?<sep>-|–|to)\s?(?<n2>${NUM}))?(?<m1>${MULT})?\s(?<cur>${WORD_RE}|${ISO.join('|')})(?![\w\u00C0-\u024F])`,
  'gi',
);

/** A sign after a scaled figure, as French and social posts write it: "1,2 M$", "1.2M$", "2.5 M€". */
const SIGN_AFTER = new RegExp(String.raw`(?<qual>${QUAL})?(?<n1>${NUM})\s?(?<m1>${MULT})\s?(?<cur>[$€£])(?![\d\p{L}])`, 'gu');

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "twenty million dollars", "forty-five million euros", "one hundred million pounds": a figure spelled out. */
const SPELLED = new RegExp(
  String.raw`\b(?<qual>${QUAL})?(?<n>(?:${TENS.join('|')})(?:[- ](?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')}|(?:a|one) hundred|half a)\s+(?<m>million|billion)\s+(?<cur>${WORD_RE})\b`,
  'gi',
);

/** A spelled-out figure's value: "forty-five" → 45. */
function spelledValue(words: string): number {
  const w = words.toLowerCase().split(/[- ]/);
  if (w[0] === 'half') return 0.5;
  if (w[1] === 'hundred') return 100;
  const tens = TENS.indexOf(w[0]!);
  if (tens >= 0) return (tens + 2) * 10 + (w[1] ? UNITS.indexOf(w[1]) + 1 : 0);
  const teen = TEENS.indexOf(w[0]!);
  return teen >= 0 ? teen + 10 : UNITS.indexOf(w[0]!) + 1;
}

function spelledMention(m: RegExpExecArray): MoneyMention {
  const g = m.groups!;
  return {
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    amount: Math.round(spelledValue(g.n!) * multiplier(g.m)),
    currency: currencyOf(g.cur!),
    qualifier: qualifierOf(g.qual, false, false),
    low: null,
    significantDigits: 2,
  };
}

function multiplier(token: string | undefined): number {
  const t = token?.replace(/^[-\s]/, '');
  if (!t) return 1;
  return MULTIPLIERS.find(([re]) => re.test(t))?.[1] ?? 1;
}

function currencyOf(token: string): string {
  const exact = PREFIXES.find(([p]) => p.toLowerCase() === token.toLowerCase());
  if (exact) return exact[1];
  const iso = token.toUpperCase();
  if (ISO.includes(iso)) return iso;
  return WORDS.find(([w]) => new RegExp(`^(?:${w})$`, 'i').test(token))?.[1] ?? 'USD';
}

/** "1.2" × "B" → 1200000000, rounded to cents so 14.8 × 1e9 stays 14800000000. */
export function scale(num: string, mult: string | undefined): number {
  const figure = /^\d+,\d{1,2}$/.test(num) ? num.replace(',', '.') : num.replace(/,/g, '');
  return Math.round(Number(figure) * multiplier(mult) * 100) / 100;
}

export function significantDigits(num: string): number {
  const digits = /^\d+,\d{1,2}$/.test(num) ? num.replace(',', '.') : num.replace(/,/g, '');
  const [int = '', frac = ''] = digits.split('.');
  const trimmed = (frac ? int + frac : int.replace(/0+$/, '')).replace(/^0+/, '');
  return Math.max(1, trimmed.length);
}

function qualifierOf(qual: string | undefined, range: boolean, plus: boolean): MoneyQualifier {
  if (range) return 'range';
  if (plus) return 'at_least';
  const q = qual?.trim().toLowerCase();
  if (!q) return 'exact';
  if (q === 'up to' || q === 'as much as') return 'up_to';
  if (/^(more than|over|above|at least|north of|upwards of|in excess of|just over)$/.test(q)) return 'at_least';
  return 'approx';
}

/** A range is kept only when it reads as one ("$2-3 million", "between $1M and $2M"), else the head alone. */
function isRange(g: Record<string, string | undefined>, lo: number, hi: number): boolean {
  if (hi <= lo) return false;
  if (g.sep?.toLowerCase() === 'and') return g.qual?.trim().toLowerCase() === 'between';
  return true;
}

function toMention(m: RegExpExecArray, kind: 'prefixed' | 'suffixed'): { mention: MoneyMention | null; end: number } {
  const g = m.groups!;
  // "$2-3 million": the multiplier written once applies to both ends.
  const m1 = g.m1 ?? (kind === 'prefixed' ? g.m2 : undefined);
  const lo = scale(g.n1!, m1);
  const hi = g.n2 ? scale(g.n2, g.m2 ?? m1) : null;
  const range = hi !== null && isRange(g, lo, hi);
  if (hi !== null && !range) {
    if (kind === 'suffixed') return { mention: null, end: m.index + 1 };
    // "$6.6B to $4.5B" is two amounts: keep the first and read on after it.
    const head = g.head!;
    const groups = { ...g, n2: undefined, m2: undefined, sep: undefined, plus: undefined, iso: undefined };
    const single = toMention(
      Object.assign([head], { index: m.index, input: m.input, groups }) as unknown as RegExpExecArray,
      kind,
    );
    return { mention: single.mention, end: m.index + head.length };
  }
  const end = m.index + m[0].length;
  if (!Number.isFinite(lo)) return { mention: null, end };
  // "3 won" and "5 pounds" are a verb and a weight more often than money.
  if (kind === 'suffixed' && /^(won|pounds?|rand)$/i.test(g.cur!) && !m1) return { mention: null, end };
  // A bare "R" is South African rand only as news writes it, capital and with a multiplier ("R85 million").
  if (kind === 'prefixed' && /^r$/i.test(g.cur!) && (g.cur !== 'R' || !m1)) return { mention: null, end: m.index + 1 };
  // "COP28", "PHP 8.3", "pen 20": a code that is also a word is money in capitals and at scale.
  const ambiguous = AMBIGUOUS.has(g.cur!.toUpperCase()) || (g.iso !== undefined && AMBIGUOUS.has(g.iso.toUpperCase()));
  if (ambiguous && ((kind === 'prefixed' && g.cur !== g.cur!.toUpperCase()) || (!m1 && lo < 1000)))
    return { mention: null, end: m.index + 1 };
  let currency = currencyOf(kind === 'prefixed' && g.iso && g.cur === '$' ? g.iso : g.cur!);
  if (currency === 'JPY' && /\b(yuan|rmb|renminbi|chinese)\b/i.test(m.input.slice(m.index, end + 20))) currency = 'CNY';
  const qual = g.qual?.trim().toLowerCase() === 'between' ? undefined : g.qual;
  return {
    mention: {
      text: m[0],
      start: m.index,
      end,
      amount: range ? hi! : lo,
      currency,
      qualifier: qualifierOf(qual, range, Boolean(g.plus)),
      low: range ? lo : null,
      significantDigits: significantDigits(range ? g.n2! : g.n1!),
    },
    end,
  };
}

/** Nordic and Swiss business writing: "85 MSEK", "MNOK 150", "TSEK 900" (millions or thousands of the currency). */
const SCALED_UNIT = new RegExp(
  String.raw`\b(?:(?<u1>[MT])(?<c1>SEK|NOK|DKK|ISK|EUR|USD|CHF)\s?(?<n1>${NUM})|(?<n2>${NUM})\s?(?<u2>[MT])(?<c2>SEK|NOK|DKK|ISK|EUR|USD|CHF))\b`,
  'g',
);

function scaledUnitMention(m: RegExpExecArray): MoneyMention {
  const g = m.groups!;
  const num = (g.n1 ?? g.n2)!;
  return {
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    amount: scale(num, undefined) * ((g.u1 ?? g.u2) === 'M' ? 1e6 : 1e3),
    currency: (g.c1 ?? g.c2)!,
    qualifier: 'exact',
    low: null,
    significantDigits: significantDigits(num),
  };
}

/** Every money mention in `text`, in order, without overlaps. */
export function findMoney(text: string): MoneyMention[] {
  if (!/\d|illion/i.test(text)) return [];
  const found: MoneyMention[] = [];
  for (const [re, kind] of [
    [PREFIXED, 'prefixed'],
    [SUFFIXED, 'suffixed'],
    [SIGN_AFTER, 'suffixed'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Not from inside a figure a rule turned down: "… March 2027 to 18.6 billion yen" is no range "7 to 18.6 billion".
      if (kind === 'suffixed' && /\d[.,]?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const { mention, end } = toMention(m, kind);
      re.lastIndex = Math.max(end, m.index + 1);
      if (mention && !found.some((f) => f.start < mention.end && mention.start < f.end)) found.push(mention);
    }
  }
  for (const [re, read] of [
    [SPELLED, spelledMention],
    [SCALED_UNIT, scaledUnitMention],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const mention = read(m);
      if (!found.some((f) => f.start < mention.end && mention.start < f.end)) found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The single amount a short string states ("$1.2B" → 1.2e9 USD), or null. */
export function parseMoney(text: string): MoneyMention | null {
  return findMoney(text)[0] ?? null;
}
