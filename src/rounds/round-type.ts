// The stage of a round as news names it: "Series B-2" and "A+" are Series B and A; "Series C
// extension" and "extended seed" are extensions; loans are debt; "pre-Series A", angel and
// pre-IPO rounds have no stage of their own and stay unknown with the words kept as detail.
import type { RoundType } from '../model.js';

export interface RoundTypeFound {
  type: RoundType;
  /** The words as written ("Series B-2", "extended seed round"). */
  detail: string;
  start: number;
  end: number;
}

const SERIES = String.raw`[Ss]eries[- ](?<letter>[A-Za-z])(?:[- ]?(?:\d|\+|plus|Prime))?(?![\w'’])`;

const RULES: [RegExp, (m: RegExpExecArray) => RoundType][] = [
  [/\b[Pp]re-?[Ss]eries[- ][A-Za-z]\b/g, () => 'unknown'],
  [
    new RegExp(String.raw`\b${SERIES}[- ](?:extension|extended|top-up)\b|\bextended [Ss]eries[- ][A-Za-z]\b`, 'g'),
    () => 'extension',
  ],
  [
    /\b(?:extended seed|seed extension|seed-extension|seed\+|seed plus|bridge (?:round|financing|funding)|(?:round|funding|financing) extension|(?:an?|the|its|this) (?:[\w-]+ )?extension(?! (?:cord|of (?:the |its )?(?:deadline|loan|contract)))|extension (?:round|of its|of the))\b/gi,
    () => 'extension',
  ],
  // "Acme extended its seed round", "adds $10M to (its) Series A", "tacked another $25M onto its Series B": a round extended by name ("extends
  // its Series A to $450M" names the whole Series A).
  [
    new RegExp(
      String.raw`\b(?:extend(?:s|ed|ing)|(?:add(?:s|ed|ing)|tack(?:s|ed|ing)?|bolt(?:s|ed|ing)?)\b(?:[^.;]|\.\d){0,40}?\b(?:to|onto|on to)) (?:(?:its|their|the|this|that) )?(?:existing |current |recent |earlier |(?:\$?[\d.,]+\s?[\w$]*)? ?)?(?:(?:pre-?)?seed|${SERIES})(?: round| funding| financing)?(?! to\b)`,
      'gi',
    ),
    () => 'extension',
  ],
  [new RegExp(String.raw`\b${SERIES}`, 'g'), (m) => seriesType(m.groups!.letter!)],
  // "the $45 million B round", "its C round" (not "A round of …", where A is the article).
  [
    /(?<=\b(?:[Tt]he|[Ii]ts|a|[Tt]heir|[\d.]+\s?(?:million|billion|[mb]n?))\s)(?<letter>[B-H])[- ]round\b(?! of the\b)/g,
    (m) => seriesType(m.groups!.letter!),
  ],
  [/\bpre-?seed\b/gi, () => 'pre_seed'],
  // "seed-stage" describes whom a fund or an investor backs ("a fund for seed-stage fintech"); a
  // "seed-stage round" is a seed.
  [/\bseed\b(?![- ]stage\s+(?!round|funding|financing|investment)\w)/gi, () => 'seed'],
  [/\bgrowth(?:[- ]stage)? (?:round|equity|investment|funding|financing)\b/gi, () => 'growth'],
  [/\bstrategic (?:investment|round|funding|financing|backing)\b/gi, () => 'strategic'],
  [/\b(?:equity and debt|debt and equity)\b/gi, () => 'unknown'],
  [/\b(?:convertible (?:notes?|debt|bonds?|loan|financing)|SAFEs?\b(?! harbor)|SAFE notes?)/g, () => 'convertible'],
  [
    /\b(?:venture debt|debt (?:financing|facility|round|funding)|credit (?:facility|line)|loans?|term loan|notes offering|bonds?|borrow(?:s|ed|ing)?)\b/gi,
    () => 'debt',
  ],
  [
    /\b(?:non-?dilutive|without (?:giving up|selling|diluting|taking)(?: any)? (?:equity|shares|ownership)|revenue-based financing)\b/gi,
    () => 'non_dilutive',
  ],
  [/\bgrants?\b/gi, () => 'grant'],
  [
    /\b(?:angel (?:round|investment|funding)|pre-IPO (?:round|funding|financing)|secondary (?:sale|round|transaction))\b/gi,
    () => 'unknown',
  ],
];

function seriesType(letter: string): RoundType {
  const l = letter.toLowerCase();
  if (l >= 'a' && l <= 'f') return `series_${l}` as RoundType;
  return 'series_g_plus';
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The first round type named in `text` (rules in priority order), ignoring the spans in `skip`
 * (a company called "Series" or "Seed").
 */
/** A stage named as the one not taken: "revenue-based financing instead of a Series A", "rather than a seed round". */
const NOT_THIS_ROUND = /\b(?:instead of|rather than|in lieu of|in place of)\s+(?:an?\s+|the\s+|its\s+)?$/i;

export function findRoundType(text: string, skip: { start: number; end: number }[] = []): RoundTypeFound | null {
  for (const [re, typeOf] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const found = {
        type: typeOf(m),
        detail: m[0].replace(/^(?:an?|the|its|this)\s+/i, ''),
        start: m.index,
        end: m.index + m[0].length,
      };
      if (!skip.some((s) => overlaps(s, found)) && !NOT_THIS_ROUND.test(text.slice(0, m.index))) return found;
    }
  }
  return null;
}
