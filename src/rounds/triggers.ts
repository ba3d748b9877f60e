// The words that make a sentence a financing sentence: "raises/secures/lands" (the company
// raises), "closes/announces … round" (needs a round noun), "invests … in", "backs", "leads … round
// in", "stake in", "lends … to", and amounts followed by a round noun ("a $22M investment").
import type { Token } from './names.js';

export type TriggerKind = 'raise' | 'announce' | 'invest' | 'back' | 'lead' | 'stake' | 'lend';

export interface Trigger {
  kind: TriggerKind;
  /** Index of the trigger's (first) token. */
  token: number;
  start: number;
  end: number;
  word: string;
}

const PATTERNS: [TriggerKind, RegExp][] = [
  // "came out of stealth on Monday with $9 million in seed funding": a raise told as a debut.
  [
    'raise',
    /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed|ing)?|grab(?:s|bed|bing)?|bank(?:s|ed)|gets?|got|receiv(?:e|es|ed|ing)|collect(?:s|ed)|wins?|won|bag(?:s|ged|ging)?|nab(?:s|bed|bing)?|snag(?:s|ged|ging)?|scor(?:e|es|ed|ing)|(?:pull|rake|haul)(?:s|ed|ing)? in|(?:take|takes|took|taking) in|(?:takes|took|taken)(?=\s+(?:an?\s+)?(?:[$€£¥₹]|[A-Z]{1,2}\$)\s?\d[\d.,]*\s*(?:million|billion|bn|mn|m|b|k)?(?:\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:funding|investment|financing|capital))?(?:\s*$|\s+(?:from|led|to|for|as|in|at)\b))|(?:snap|scoop)(?:s|ped|ed|ping)? up|nets?(?=\s+(?:an?\s+|another\s+|over\s+|about\s+|nearly\s+|almost\s+|more than\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$?\s?\d|\d))|netted|draw(?:s|ing)?(?: in)?|drew(?: in)?|seek(?:s|ing)?|sought|pick(?:s|ed|ing)? up|pocket(?:s|ed|ing)?|reel(?:s|ed|ing)? in|clinch(?:es|ed|ing)?|borrow(?:s|ed|ing)?|garner(?:s|ed|ing)?|(?:emerg(?:e|es|ed|ing)|c(?:o|a)m(?:e|es|ing) out|step(?:s|ped)? out)\s+(?:from|of)\s+stealth(?=[^.;]{0,40}?\bwith\s))\b/gi,
  ],
  [
    'announce',
    /\b(?:(?:(?:up|down)siz|expand|increas|boost|cut|trim|reduc)\w*(?=\s+(?:its\s+|the\s+|a\s+)?(?:[\w-]+\s+)?(?:round|loan|credit facility|raise|financing|[Ss]eries [A-Z]|seed)\b[^.;]{0,20}?\bto\s+[$€£¥₹\d])|announc(?:e|es|ed|ing)\s+(?:the\s+)?(?:(?:successful|final|first)\s+)?(?:closing|close|completion)\s+of|add(?:s|ed)?|tack(?:s|ed)?(?: on)?|extend(?:s|ed)?|top(?:s|ped)? up|clos(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|attract(?:s|ed|ing)?|negotiat(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|confirm(?:s|ed|ing)?|finali[sz](?:e|es|ed|ing)|wrap(?:s|ped|ping)? up|kick(?:s|ed)? off)\b/gi,
  ],
  // "has participated in the $45 million B round of Varmelo": an investor's own announcement.
  [
    'invest',
    /\b(?:invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|put(?:s|ting)?|particip(?:ate|ates|ated|ating)(?=\s+in\b))\b/gi,
  ],
  ['back', /\b(?:back(?:s|ed|ing)?|Backs|Backed)\b/g],
  ['lead', /\b(?:co-)?(?:led|leads|leading)\b|(?<=\b(?:to|will|would|could|may|might)\s)(?:co-)?lead\b/gi],
  ['stake', /\bstake\b/gi],
  // "Cormorant Bank provides a $15 million growth debt facility to Larkspur": a lender's client news.
  [
    'lend',
    /\b(?:lend(?:s|ing)?|lent|loan(?:s|ed))\b(?=[^.;]{0,60}?\bto\b)|\b(?:provid(?:es|ed|ing)|extend(?:s|ed|ing)|arrang(?:es|ed|ing))\b(?=[^.;]{0,50}?\b(?:facility|loan|credit line|line of credit)\s+to\b)/gi,
  ],
];

const MODAL = /^(?:To|Will|Would|Could|May|Might|Can|Plans|Plan|Set|Aims|Wants|Seeks|And|Or)$/;
const NOT_AN_OBJECT = /^(?:by|in|up|to|out|down|off|away|from|with|on|into|the|a|an|its|their|our|at|for|and|or|as)$/i;
/**
 * A word before which a verb of raising in -s is a plural noun: "loans extended by banks", "the
 * lands of", "two wins", "its scores". A verb follows its subject ("Acme banks $5M").
 */
const BEFORE_A_NOUN =
  /^(?:by|from|of|to|with|for|at|on|in|into|among|between|the|its|their|our|his|her|these|those|many|some|several|all|most|two|three|four|five|local|major|big|foreign|commercial|central|state|regional)$/i;

/** Token index of the token that starts at or after `pos`. */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The verbs of financing in a sentence, outside its amounts (`money`: the sentence's money mentions). */
export function findTriggers(sentence: string, tokens: Token[], money: readonly { start: number; end: number }[]): Trigger[] {
  const out: Trigger[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const token = tokenAt(tokens, m.index);
      const next = tokens[token + (m[0].includes(' ') ? 2 : 1)]?.text ?? '';
      // "backed by" and "led by" name investors; "back in December" is not a verb of financing.
      if (
        (kind === 'back' || kind === 'lead') &&
        NOT_AN_OBJECT.test(next) &&
        !(kind === 'lead' && /^(?:the|a|an|its)$/i.test(next))
      )
        continue;
      if (/-$/.test(sentence.slice(m.index - 1, m.index))) continue; // "Nvidia-backed", "a16z-led"
      if (kind === 'raise' && /s$/i.test(m[0]) && BEFORE_A_NOUN.test(tokens[token - 1]?.text ?? '')) continue;
      // "Got Hacked for $212M", "gets fined $5M": a passive, not money received.
      if (/^(?:gets?|got)$/i.test(m[0]) && /^(?:\p{L}+ed|hit|sued|stolen|caught|beaten)$/iu.test(next)) continue;
      // "15 billion won": a word of an amount is money, not a verb.
      if (money.some((x) => x.start <= m.index && m.index < x.end)) continue;
      // "Mälaren Invest", "Almi Invest": the last word of a firm's name, not a verb (a headline's verb is inflected).
      if (m[0] === 'Invest' && /^\p{Lu}/u.test(tokens[token - 1]?.text ?? '') && !MODAL.test(tokens[token - 1]!.text)) continue;
      // "extends its Series A", "adds $20M", "tacks on another $25M", "topped up its seed"; not the adjective in "Extended Seed Round".
      if (/^(?:add|tack|extend|top)/i.test(m[0]) && !/^(?:its|the|a|an|their|our|another|\d.*)$/i.test(next)) continue;
      out.push({ kind, token, start: m.index, end: m.index + m[0].length, word: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Round nouns: what "closes/announces/receives" must be about to count. */
export const ROUND_NOUN =
  /\b(?:rounds?|funding|financing|fund[- ]?rais(?:e|es|ing)|investments?|pre-?seed|seed(?![- ](?:stage|focused)\s+(?!round|funding|financing|investment)\w)|[Ss]eries [A-Za-z]\b|tranche|extension|injection|loans?|debt|grants?|raise|war chest|cash infusion|(?:private )?placement)\b|\b(?:capital|backing)\b/i;
/**
 * An amount that is itself a round: "$22M investment", "$5.1 million pre-seed", "$100M Series B".
 * A lender's "£40m loan book" (or portfolio, arrears, losses) is what it has lent, not money raised.
 */
export const AFTER_MONEY_ROUND =
  /^\s*(?:(?!to\b|for\b|from\b|in\b|by\b|which\b|that\b|and\b|with\b|at\b|of\b|on\b|as\b)[\w'’+-]+\s+){0,3}?(?:rounds?|funding|financing|fund[- ]?raise|fundraising|investments?|pre-?seed|seed|[Ss]eries [A-Za-z]\b|tranche|extension|injection|loan(?!\s+(?:book|portfolio|arrears|loss|losses|defaults?|impairments?)\b)|debt|grant|raise|backing|(?:private )?placement)\b/i;
export const ROUND_OF_MONEY =
  /\b(?:round|funding|financing|investment|fundraise|raise|loan|grant|tranche|series [a-z]\d?|seed)\s+of\s*(?:about|around|roughly|nearly|more than|over|up to)?\s*$/i;
