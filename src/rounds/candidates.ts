// One sentence → the financing events it states, each with its slots (company reference, amount, valuation,
// round type, investors, status) filled from the sentence; classify.ts tells new from background, fund, IPO…
import type { RoundStatus } from '../model.js';
import type { MoneyMention } from '../text/money.js';
import { nearestNameBefore, ownerBefore, recipientAt, sentenceOpener, subjectOf, type CompanyRef } from './company.js';
import { BACKGROUND, COMPLETED, DONATION, DRAWDOWN, GIVES, NOT_RAISED, PRIZE, REACTS, TALKS, TO_RECIPIENT } from './cues.js';
import { findInvestors, type Investors } from './investors.js';
import type { MoneyRole } from './money-roles.js';
import type { ReadSentence } from './read-sentence.js';
import { companyFor, statusAt } from './trigger-slots.js';
import { findRoundType, type RoundTypeFound } from './round-type.js';
import {
  AFTER_MONEY_ROUND,
  findTriggers,
  ROUND_NOUN,
  ROUND_OF_MONEY,
  tokenAt,
  type Trigger,
  type TriggerKind,
} from './triggers.js';

export interface Candidate {
  kind: TriggerKind | 'noun' | 'valuation';
  /** Where the trigger is in the sentence, and the clause it governs. */
  start: number;
  scopeEnd: number;
  word: string;
  ref: CompanyRef;
  amount: MoneyMention | null;
  valuation: MoneyMention | null;
  type: RoundTypeFound | null;
  investors: Investors;
  status: RoundStatus;
  completed: boolean;
  /** A minority stake: a strategic investment by definition. */
  stake: boolean;
}

const NOT_A_VERB =
  /^(?:with|and|the|for|from|into|over|about|around|nearly|more|than|some|new|fresh|giant|huge|whopping|massive|additional|another|its|their|our|this|that|total|of|at|to|in|by|on|up|an?)$/i;

/** An object owned by a named company: " Qubix's $45M Series B". */
const POSSESSIVE_OBJECT = /^\s+(?:[\p{Lu}][\w.&-]*\s+){0,3}[\p{Lu}][\w.&-]*['’]s?\s/u;

const firstIn = (s: ReadSentence, from: number, to: number, roles: MoneyRole[]) =>
  s.money.find((m, i) => m.start >= from && m.start < to && roles.includes(s.roles[i]!)) ?? null;

interface Span {
  start: number;
  scopeEnd: number;
  /** Investors are read from `clauseStart` to `investorsEnd` (wider than the scope). */
  clauseStart?: number;
  investorsEnd?: number;
}

function build(
  s: ReadSentence,
  kind: Candidate['kind'],
  span: Span,
  word: string,
  ref: CompanyRef,
  amount: MoneyMention | null,
  investor: CompanyRef,
): Candidate {
  const { start, scopeEnd } = span;
  const scope = s.text.slice(start, scopeEnd);
  const skip = ref.kind === 'name' ? [{ start: ref.start - start, end: ref.end - start }] : [];
  // The first event of a sentence also owns what its subject clause says ("its loan deal with the DOE").
  const investors = findInvestors(s.text.slice(span.clauseStart ?? start, span.investorsEnd ?? scopeEnd));
  if (investor.kind === 'name' && !investors.lead.includes(investor.name)) {
    if (kind === 'lead') investors.lead.unshift(investor.name);
    else investors.other.unshift(investor.name);
  }
  return {
    kind,
    start,
    scopeEnd,
    word,
    ref,
    amount,
    valuation: firstIn(s, start, scopeEnd, ['valuation']),
    type: findRoundType(scope, skip),
    investors,
    status: statusAt(s, start, scopeEnd),
    completed: COMPLETED.test(word) && !/\bto\s*$/i.test(s.text.slice(Math.max(0, start - 4), start)),
    stake: kind === 'stake',
  };
}

/** Verb triggers: the company (or investor) acts; the amount is the first round amount in its clause. */
function verbCandidates(s: ReadSentence, triggers: Trigger[]): Candidate[] {
  const out: Candidate[] = [];
  triggers.forEach((t, i) => {
    const semicolon = s.text.indexOf(';', t.end);
    const next = triggers.slice(i + 1).find((n) => n.start > t.end + 2 && n.kind !== 'lead')?.start ?? s.text.length;
    const scopeEnd = semicolon >= 0 ? Math.min(semicolon, next) : next;
    // "…; the round was co-led by X" continues the event; "…; its previous round was led by Y" does not.
    const investorsEnd = scopeEnd < next && !BACKGROUND.test(s.text.slice(scopeEnd, next)) ? next : scopeEnd;
    const object = s.text.slice(t.end, Math.min(scopeEnd, t.end + 70));
    const amount = wholeRound(
      s,
      t.kind === 'stake' ? nearestAmount(s, t.start) : firstIn(s, t.end, Math.min(scopeEnd, t.end + 70), ['round']),
    );
    const valuation = firstIn(s, t.end, scopeEnd, ['valuation']);
    const roundNoun = ROUND_NOUN.test(object) || findRoundType(object) !== null;
    // "raises offer for rival X", "raised its forecast", "raises its stake": not money raised.
    if (t.kind === 'raise' && /^(?:rais|draw|drew|attract)/i.test(t.word) && NOT_RAISED.test(object)) return;
    // "will draw $5 million at closing", "drew down $10M of its facility", "secured $200M of reinsurance capacity": no round.
    if (t.kind === 'raise' && DRAWDOWN.test(s.text.slice(t.end, t.end + 70))) return;
    if (t.kind === 'raise' && !amount && !valuation && !roundNoun) return;
    // "has received a $5 million donation from": a gift, not a round; "wins / bags $100,000 at a pitch
    // competition": a prize, as is any money won with no word of funding ("wins $50,000 at LaunchFest").
    if (DONATION.test(object) || ((PRIZE.test(object) || /^(?:wins?|won)$/i.test(t.word)) && !roundNoun)) return;
    if (t.kind === 'announce' && !roundNoun) return;
    if ((t.kind === 'invest' || t.kind === 'back' || t.kind === 'lend') && !amount && !valuation) return;
    // "participated in the $2 million trial of X", "in the $3 billion sale of Y": only a round is joined.
    if (/^particip/i.test(t.word) && !roundNoun) return;
    // "leads a round in X", "leads Qubix's $45M Series B".
    if (t.kind === 'lead' && !(roundNoun && (/\b(?:in|into|round of)\b/i.test(object) || POSSESSIVE_OBJECT.test(object)))) return;
    const { ref, investor } = companyFor(s, t, scopeEnd);
    if ((t.kind === 'invest' || t.kind === 'back' || t.kind === 'lead' || t.kind === 'lend') && ref.kind === 'none') return;
    const c = build(
      s,
      t.kind,
      { start: t.start, scopeEnd, clauseStart: out.length ? t.start : 0, investorsEnd },
      t.word,
      ref,
      amount,
      investor,
    );
    if (t.kind === 'lend') c.type ??= { type: 'debt', detail: t.word, start: 0, end: 0 };
    out.push(c);
  });
  return out;
}

/** "$3B from retail investors in a $122B raise", "€1.3B as part of a €1.7B Series C": the round is the larger whole. */
function wholeRound(s: ReadSentence, m: MoneyMention | null): MoneyMention | null {
  if (!m) return m;
  const i = s.money.indexOf(m);
  const next = s.money[i + 1];
  // "£400,000 in Quayside Pixel, a start-up that makes …, as part of a £2.6 million seed round": a share of the whole.
  const between = next ? s.text.slice(m.end, next.start) : '';
  if (!next || s.roles[i + 1] !== 'round' || between.length > (/\bas part of\b/i.test(between) ? 160 : 70)) return m;
  const whole = /\b(?:in|as part of|part of)\s+(?:an?|its|the)?\s*(?:[\w-]+\s+){0,2}$/i.test(between) && !/[.;]/.test(between);
  return whole && AFTER_MONEY_ROUND.test(s.text.slice(next.end, next.end + 50)) ? next : m;
}

function nearestAmount(s: ReadSentence, pos: number): MoneyMention | null {
  const round = s.money.filter((_, i) => s.roles[i] === 'round' || s.roles[i] === 'other');
  return round.sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos))[0] ?? null;
}

const VALUATION_EVENT = new RegExp(
  String.raw`(?:\b(?:hits?|hitting|reach(?:es|ed|ing)?|lands?|landed|nabs?|gets?|got|secures?|secured|notch(?:es|ed)?|achieves?|achieved|commands?|earns?|earned|scores?|tops?|topped|cross(?:es|ed)?|jump(?:s|ed)?|rises?|rose|soar(?:s|ed)?|climb(?:s|ed)?|doubles?|doubled|triples?|tripled|surge(?:s|d)?|swell(?:s|ed)?|grows?|grew|balloon(?:s|ed)?)(?:\s+(?:its\s+)?valuation)?(?:\s+to)?|\b(?:is|are|now|newly|being|be|been)\s+valued\s+at|\b(?:is|now)\s+(?:now\s+)?worth|^\s*(?:[\p{Lu}][\w.'’&-]*\s+){1,4}valued\s+at)\s*(?:an?\s+|the\s+)?(?:new\s+|fresh\s+|whopping\s+|reported\s+|post-money\s+|pre-money\s+)?$`,
  'iu',
);

/** A valuation that is news ("hits $5.5B valuation", "valuation tripled to $10B"), not a descriptor ("the $10B-valued"). */
function isValuationEvent(s: ReadSentence, m: MoneyMention): boolean {
  if (/^-?valued\b/i.test(s.text.slice(m.end))) return false;
  // "Anthropic potential $900B+ valuation round": the price of a round.
  if (/^\+?\s*valuation\s+(?:round|raise|fundraise|funding|financing|deal)\b/i.test(s.text.slice(m.end))) return true;
  const before = s.text.slice(Math.max(0, m.start - 60), m.start);
  // "in talks for new funding at $28B valuation": a price being discussed for a round.
  if (VALUATION_EVENT.test(before)) return true;
  return (
    /\bat\s+(?:an?\s+)?$/i.test(before) && !/\bvalu(?:e|es|ed|ing)\b/i.test(before) && ROUND_NOUN.test(s.text.slice(0, m.start))
  );
}

/** "(" and at most a stage before an amount: "Qubix ($30M, …", "Brisk Health (Series C, $48M, …". */
const OPENS_ENTRY = /\(\s*(?:[^()$€£¥₹.;]{2,20},\s*)?$/;

/** A compact roundup entry: "Qubix ($30M, Series B, Oak Hill)", the stage or a round noun inside the parentheses. */
function inParentheses(s: ReadSentence, m: MoneyMention): boolean {
  const open = OPENS_ENTRY.exec(s.text.slice(Math.max(0, m.start - 25), m.start));
  if (!open) return false;
  const close = s.text.indexOf(')', m.end);
  const inside = open[0] + s.text.slice(m.end, close < 0 ? undefined : close);
  return ROUND_NOUN.test(inside) || findRoundType(inside) !== null;
}

const TALKS_WITH =
  /\b(?:talks|discussions|negotiations|conversations)\s+with\s+[^.;]{1,80}?\s(?:about|over|on|for|regarding)\s+(?:an?\s+|the\s+)?(?:new\s+|potential\s+|possible\s+|fresh\s+)?$/i;

/** A round that does something for its company: "the $20M round will help Qubix …", "the Series B gives Frostbyte …". */
const ROUND_HELPS =
  /^\s*(?:[\w-]+\s+){0,3}?(?:round|funding|financing|investment|raise|seed|series [a-z])\s+(?:will\s+|should\s+|is\s+(?:set|expected)\s+to\s+)?(?:give|gives|help|helps|let|lets|allow|allows|enable|enables|take|takes|push|pushes|bring|brings)\s+/i;

/** Amounts no verb claimed that are rounds by themselves ("a $22M investment") or valuations ("hits $5.5B valuation"). */
function nounCandidates(s: ReadSentence, used: Set<MoneyMention>, triggers: Trigger[]): Candidate[] {
  const out: Candidate[] = [];
  s.money.forEach((m, i) => {
    if (used.has(m)) return;
    const role = s.roles[i];
    // "DKK 110 million (about $16 million) strategic investment in X": the words after a conversion.
    const end = m.end + (/^\s*\([^()]{1,40}\)/.exec(s.text.slice(m.end))?.[0].length ?? 0);
    const after = s.text.slice(end, end + 50);
    // "$30M for Qubix to take on …": a headline that opens with the money and names who gets it.
    const headlineFor = m.start === 0 && /^\s+for\s+\p{Lu}/u.test(after);
    const isRound =
      role === 'round' &&
      (AFTER_MONEY_ROUND.test(after) ||
        headlineFor ||
        ROUND_OF_MONEY.test(s.text.slice(Math.max(0, m.start - 30), m.start)) ||
        inParentheses(s, m));
    if (!isRound && (role !== 'valuation' || !isValuationEvent(s, m))) return;
    const tok = tokenAt(s.tokens, m.start);
    const inIdx = /^\s*(?:[\w-]+\s+){0,3}?(?:in|into)\s/i.exec(after);
    let ref: CompanyRef = inIdx ? recipientAt(s, tokenAt(s.tokens, end + inIdx[0].length)) : { kind: 'none' };
    // "$20 million Series A for Qubix": a headline naming the recipient after "for" (a name only, not a purpose).
    const forIdx = isRound && !inIdx ? /^\s*(?:[\w-]+\s+){0,3}?for\s/i.exec(after) : null;
    if (forIdx && (AFTER_MONEY_ROUND.test(after) || headlineFor)) {
      const recipient = recipientAt(s, tokenAt(s.tokens, end + forIdx[0].length));
      if (recipient.kind === 'name') ref = recipient;
    }
    // "Led by X, the $20M round will help Qubix hire": the round is the subject, the company its object.
    const helps = isRound && ref.kind === 'none' ? ROUND_HELPS.exec(after) : null;
    if (helps) ref = recipientAt(s, tokenAt(s.tokens, end + helps[0].length), true);
    // "Sony makes a strategic investment of $50M in Holoscape": the sentence's subject invested.
    const opener = ref.kind === 'name' && !helps ? sentenceOpener(s) : null;
    const investor: CompanyRef =
      opener?.kind === 'name' && opener.name !== (ref as { name: string }).name ? opener : { kind: 'none' };
    if (ref.kind === 'none') ref = ownerBefore(s, tok);
    // "The £11 million round also included …": the story's round, told in a sentence of its own.
    if (ref.kind === 'none' && isRound && /^(?:the|this|that)\s+(?:new\s+|latest\s+|fresh\s+)?$/i.test(s.text.slice(0, m.start)))
      ref = { kind: 'anaphor' };
    if (ref.kind === 'none') {
      const valued = role === 'valuation' ? /\bvaluation\b/i.exec(s.text.slice(Math.max(0, m.start - 40), m.start)) : null;
      if (valued) ref = ownerBefore(s, tokenAt(s.tokens, m.start - 40 + valued.index));
    }
    // The passive: "A $12 million Series A was raised by Tessavale", "$12 million raised by Tessavale".
    const passive = isRound ? /^[^.;,]{0,40}?\braised\s+by\s+(?=\p{Lu})/u.exec(s.text.slice(m.end)) : null;
    if (ref.kind === 'none' && passive) ref = recipientAt(s, tokenAt(s.tokens, m.end + passive[0].length));
    // A compact roundup: "Qubix ($30M, Series B, Oak Hill); Sensorly ($12M, seed)".
    const entryOpen = isRound ? OPENS_ENTRY.exec(s.text.slice(Math.max(0, m.start - 25), m.start)) : null;
    if (ref.kind === 'none' && entryOpen) {
      const paren = tokenAt(s.tokens, m.start - entryOpen[0].length);
      if (s.tokens[paren]?.text === '(') ref = nearestNameBefore(s, paren, 5);
    }
    // A roundup entry written as a label: "Brightkiln, pottery kilns for schools: $5M seed", "2. Plinth, $90M Series C, …".
    const entry = isRound
      ? /^(\d{1,2}[.)]\s+|[\p{L} ]{2,20}:\s+)?[^.;:,]{2,40},\s*(?:an?\s+)?$/u.exec(s.text.slice(0, m.start))
      : null;
    if (ref.kind === 'none' && entry) ref = recipientAt(s, tokenAt(s.tokens, entry[1]?.length ?? 0));
    if (ref.kind === 'none' && /^[^.;:]{2,80}[:–—]\s*(?:an?\s+)?$/.test(s.text.slice(0, m.start))) ref = sentenceOpener(s, 6);
    // "Firmus, the … builder, hits $5.5B valuation": the subject of the verb before the amount; not
    // one who reacts to it ("Union welcomes £45m investment").
    const verb = s.tokens[tok - 1];
    const reacts = verb !== undefined && REACTS.test(verb.text);
    const gives = verb && GIVES.test(verb.text) ? TO_RECIPIENT.exec(s.text.slice(end)) : null; // "City awards $250,000 … to X": X
    if (ref.kind === 'none' && gives) ref = recipientAt(s, tokenAt(s.tokens, end + gives[0].length));
    if (ref.kind === 'none' && verb && /^\p{Ll}{3,}$/u.test(verb.text) && !NOT_A_VERB.test(verb.text) && !reacts)
      ref = subjectOf(s, tok - 1);
    // "Noema is in talks with Qadira about a $2B investment", "X has been approaching investors about a
    // new round of up to $150M": the party in talks with investors raises.
    const opening = s.text.slice(0, m.start);
    const talks = isRound && (TALKS_WITH.test(opening) || TALKS.test(opening));
    if (ref.kind === 'none' && talks) ref = sentenceOpener(s);
    // Not across another financing verb: "ASML will invest €1.3B as part of a €1.7B round" is not ASML's round.
    const lastVerb = triggers.filter((t) => t.token < tok).pop()?.token ?? -1;
    if (ref.kind === 'none' && !reacts) ref = nearestNameBefore(s, tok, Math.min(14, tok - lastVerb - 1));
    const scopeEnd = Math.min(
      s.money.find((n) => n.start > m.end && used.has(n))?.start ?? s.text.length,
      ...[s.text.indexOf(';', m.end)].filter((i) => i >= 0),
    );
    // "Led by X, the $20M round will help Qubix …", "We welcome X as the lead investor in our $40M Series B":
    // with no verb of financing before the amount, the sentence's opening belongs to this round.
    const span = { start: m.start, scopeEnd, ...(helps || lastVerb < 0 ? { clauseStart: 0 } : {}) };
    const c = build(s, isRound ? 'noun' : 'valuation', span, m.text, ref, isRound ? m : null, investor);
    if (!isRound) c.valuation = m;
    if (talks) c.status = 'in_talks';
    // The stage may be named just before the amount: "a strategic investment of $50M".
    c.type ??= findRoundType(s.text.slice(Math.max(0, m.start - 35), m.start));
    out.push(c);
  });
  return out;
}

/** Every financing event one sentence states, before classification. */
export function sentenceCandidates(s: ReadSentence): Candidate[] {
  // "Ask a VC: How much should I raise in my seed round?": a question reports nothing.
  if (/\?["”’)]*\s*$/.test(s.text)) return [];
  const triggers = findTriggers(s.text, s.tokens, s.money);
  const verbs = verbCandidates(s, triggers);
  const used = new Set<MoneyMention>();
  for (const c of verbs) for (const m of [c.amount, c.valuation]) if (m) used.add(m);
  const nouns = nounCandidates(s, used, triggers);
  // A round without a figure counts when it has a stage or a named lead ("closed a new round led by
  // X"), or names its company and investors ("Zestwell scores funding from Ironpine Ventures").
  return [...verbs, ...nouns].filter(
    (c) =>
      c.amount ||
      c.valuation ||
      (c.type && c.type.type !== 'unknown') ||
      (c.kind === 'announce' && c.ref.kind !== 'none' && c.investors.lead.length) ||
      (c.kind === 'raise' && c.ref.kind === 'name' && c.investors.lead.length + c.investors.other.length > 0),
  );
}
