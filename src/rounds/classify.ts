// Is a financing event new? Or is it a firm's own fund, an IPO, an acquisition, a round that was
// called off, or background (a past round the story recalls: "previously raised", "last year's
// Series A", "In February, X led a …", "once valued at")?
import type { EpochMs } from '../model.js';
import { findTimeMentions } from '../text/dates.js';
import type { Candidate } from './candidates.js';
import type { ReadSentence } from './read-sentence.js';
import { companyKey } from './company-key.js';
import {
  ACQUISITION,
  AMENDED_DEBT,
  CAPEX,
  CONSORTIUM,
  APPEAL_NAME,
  BACKGROUND,
  COMBINED,
  DEALS_LISTED,
  EACH_OF_MANY,
  EARLIER_ROUND_NAMED,
  FUND_OBJECT,
  FUND_WORDS,
  FOR_A_SITE,
  FRESH_OFF,
  HALTED,
  INSTITUTION,
  INVESTING_PURPOSE,
  IPO,
  LIST_BEFORE,
  NOT_ACQUISITION,
  INCENTIVES,
  MISSTATED,
  NOT_NEW_SHARES,
  PAYMENT,
  PLURAL_VERB,
  POWER_PROJECT,
  PROJECT_OR_PUBLIC_EQUITY,
  RAISED_NOTHING,
  RESEARCH_UNIT,
  RETURN_MULTIPLE,
  PRE_IPO,
  RIVALS,
  SCHEME,
  SECURITIES,
  SHUTDOWN,
  STATISTICS,
  THIS_WEEK,
  NAMES_LISTED,
  COMPARISON,
  TRANCHED_ROUND,
  TOTAL_OF_ROUNDS,
  APPLIED_FOR,
  PER_UNIT,
  DATED_NOW_AFTER,
} from './cues.js';
import { ROUND_NOUN } from './triggers.js';
import { FIRM_SUFFIX, INVESTOR_FIRMS } from './lexicon.js';

export type Verdict =
  | 'new'
  | 'background'
  | 'fund_close'
  | 'ipo'
  | 'acquisition'
  | 'halted'
  | 'payment'
  | 'stake_trade'
  | 'securities'
  | 'statistics'
  | 'institution';

const PAST_TENSE = /(?:ed|led|got|won|drew|took|raised)$/i;
/** "X, which raised $5M, …"; but not "announced that it raised" (reported speech). */
const RELATIVE_CLAUSE =
  /(?<!\b(?:announc|said|say|confirm|report|reveal|not|stat|disclos|told|tell|shar|excit|thrill|pleas)\w*\s+)\b(?:which|that|who)\s+(?:[\w-]+\s+){0,2}$/i;

/** Words that make money raised a round of its own even when an investment firm raises it. */
const ROUND_STAGE = /\b(?:rounds?|[Ss]eries [A-Z]|seed|pre-seed|tranche|extension|(?:co-)?led by)\b/i;
const FIRM_DESCRIPTION =
  /\b(?:VC|venture(?: capital)?|investment|private equity|growth equity|buyout) firm\s+$|\binvestors?\s+$/i;

/** A venture firm by its name ("137 Ventures", "Greylock") or by how the sentence describes it ("VC firm X"). */
function isInvestorFirm(s: ReadSentence, ref: Candidate['ref']): boolean {
  if (ref.kind !== 'name') return false;
  return (
    FIRM_SUFFIX.test(ref.name) ||
    INVESTOR_FIRMS.has(companyKey(ref.name)) ||
    FIRM_DESCRIPTION.test(s.text.slice(Math.max(0, ref.start - 40), ref.start))
  );
}

/** A firm raising its own fund: money for a fund or for backing others, or an investment firm raising without a round. */
function isFundClose(c: Candidate, s: ReadSentence): boolean {
  if (FUND_WORDS.test(s.text)) return true;
  // "Hearthwood Capital closes $275M third fund for Series A deals": the clause's first money is a fund's.
  const first = s.money.findIndex((m) => m.start >= c.start && m.start < c.scopeEnd);
  if (first >= 0 && s.roles[first] === 'fund') return true;
  const scope = s.text.slice(c.start, c.scopeEnd);
  if (FUND_OBJECT.test(scope) || INVESTING_PURPOSE.test(s.text.slice(c.start))) return true;
  const raises = c.kind === 'raise' || c.kind === 'announce' || c.kind === 'noun';
  return raises && isInvestorFirm(s, c.ref) && !ROUND_STAGE.test(scope);
}

/** Capitalized words that may stand before "IPO" without owning it ("its Nasdaq IPO", "a 2026 IPO"). */
const NOT_AN_OWNER =
  /^(?:The|A|An|Its|Their|His|Her|Our|Nasdaq|NYSE|LSE|HKEX|TSX|ASX|SGX|BSE|NSE|US|U\.S|UK|Hong|Kong|London|New|York|Stock|Exchange|Initial|Public|Planned|Expected|Upcoming|Potential|Possible|Blockbuster|Mega|Major|Q[1-4]|H[12])$/;

/** The event's money is raised "in", "through" or "via" an IPO: "raises $680M in U.S. IPO". */
const RAISED_IN_IPO = new RegExp(
  String.raw`\b(?:in|through|via|with|from)\s+(?:(?:its|an?|the|[A-Z][\w.-]*)\s+){0,3}(?:${IPO.source}|listing\b|float\b)`,
);

/** Whether an IPO in the sentence is the event's own, not another company's ("… loan points to a 2026 OpenAI IPO"). */
function isOwnIpo(text: string, c: Candidate): boolean {
  if (RAISED_IN_IPO.test(text.slice(c.start, c.scopeEnd))) return true;
  const own = c.ref.kind === 'name' ? companyKey(c.ref.name) : null;
  return [...text.matchAll(new RegExp(IPO.source, 'g'))].some((m) => {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const owner = /([\p{Lu}][\p{L}\d&.-]*?)(?:['’]s?)?\s+(?:\d{4}\s+)?$/u.exec(before)?.[1];
    return !owner || NOT_AN_OWNER.test(owner) || own === null || companyKey(owner) === own;
  });
}

/** "announced Tuesday that", "announced today (Tuesday) that": the day between the verb of saying and "that". */
const DAY_WORD =
  /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+\((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\))?\s+(?=that\b)/gi;

function isAcquisition(text: string, c: Candidate): boolean {
  const hits = [...text.matchAll(new RegExp(ACQUISITION.source, 'gi'))];
  const excused = [...text.matchAll(new RegExp(NOT_ACQUISITION.source, 'gi'))];
  // "Ojaflow, a startup for buying stock on credit, has closed …": words of the company's description.
  const described =
    c.ref.kind === 'name' && /^\s*,/.test(text.slice(c.ref.end, c.start)) ? { from: c.ref.end, to: c.start } : null;
  const real = hits.filter(
    (h) =>
      !excused.some((e) => e.index <= h.index && h.index < e.index + e[0].length) &&
      !(described && described.from <= h.index && h.index < described.to),
  );
  // A minority stake is an investment, not a purchase of the company.
  if (c.stake) return real.some((h) => /majority|controlling|%/i.test(h[0]));
  return real.length > 0;
}

/** Dates in the event's own clause: after the verb, before it without a comma between, or fronted. */
/**
 * "had raised" is background, except in reported speech ("said on Tuesday it had raised"); so is
 * "has already raised" (money raised before, as a total to date).
 */
function pastPerfect(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  return (
    (/\bhad\s+(?:already\s+|earlier\s+)?$/i.test(before) || /\b(?:has|have)\s+already\s+$/i.test(before)) &&
    !/\b(?:said|says|announced|told|confirmed|disclosed)\b/i.test(before)
  );
}

function datedInThePast(s: ReadSentence, c: Candidate, published: EpochMs | null): boolean {
  const lastComma = s.text.lastIndexOf(',', c.start);
  // A date fronted to the clause ("In 2019, Lendly raised", "From the archives: In 2019, …").
  const fronted = (t: { start: number; end: number }) =>
    t.start < c.start && /^(?:[^,;:]*[:;]\s*)?$/.test(s.text.slice(0, t.start)) && s.text[t.end] === ',';
  // "… backed the company in 2024, when it put £500,000 into its seed round": the date the when-clause hangs on.
  const whenOf = (t: { end: number }) => t.end <= c.start && /^\s*,?\s*when\b[^;]*$/i.test(s.text.slice(t.end, c.start));
  // "… in a Series B that values it at the same level as its Series A in 2024": a date in a
  // comparison after the event belongs to the figure compared with, not to this round.
  const compared = (t: { start: number }) => t.start > c.start && COMPARISON.test(s.text.slice(c.start, t.start));
  // "… from the angel Henrik Aas, who started the agency Fjellform back in 2008": a date in a relative
  // clause after the event tells of whom it describes.
  const aboutAnother = (t: { start: number }) =>
    t.start > c.start && /,\s+(?:who|whose)\b[^,;]*$/i.test(s.text.slice(c.start, t.start));
  // "a $10 million extension to the Series B it announced last June": the date of the round extended.
  const ofExtended = (t: { start: number }) =>
    c.type?.type === 'extension' &&
    t.start > c.start &&
    /\b(?:to|of)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}(?:[Ss]eries [A-Z]|seed|round)\b[^,;]*$/.test(
      s.text.slice(c.start, t.start),
    );
  // "borrowed $150 million from a group of banks last year": the lender ends the scope, not the clause.
  const rest = s.text.slice(c.scopeEnd).search(/[,;:]/);
  const clauseEnd = rest < 0 ? s.text.length : c.scopeEnd + rest;
  const sameClause = (t: { start: number }) =>
    t.start >= c.scopeEnd && t.start < clauseEnd && !s.money.some((m) => m.start >= c.scopeEnd && m.start < t.start);
  // "A year ago this week": the week is the past one's, not this one.
  const mentions = findTimeMentions(s.text, published);
  const times = mentions.filter(
    (t, i) =>
      !(i > 0 && mentions[i - 1]!.relation === 'past' && t.start - mentions[i - 1]!.end <= 1) &&
      ((t.start > lastComma && t.start < c.scopeEnd) || sameClause(t) || t.start <= 12 || fronted(t) || whenOf(t)) &&
      !compared(t) &&
      !aboutAnother(t) &&
      !ofExtended(t),
  );
  if (!times.length) return false;
  const nearest = times.reduce((a, b) => (Math.abs(b.start - c.start) < Math.abs(a.start - c.start) ? b : a));
  if (nearest.relation === 'past') return true;
  // "In February, Creandum led …" with no publish date: a fronted date narrates the past.
  return (
    nearest.relation === 'unknown' &&
    (nearest.start <= 12 || fronted(nearest)) &&
    nearest.start < c.start &&
    PAST_TENSE.test(c.word)
  );
}

/** Whether a sentence without an event of its own tells the past (for sentences that only add details). */
export function isBackground(s: ReadSentence, published: EpochMs | null): boolean {
  if (SHUTDOWN.test(s.text) || BACKGROUND.test(s.text)) return true;
  return findTimeMentions(s.text, published).some((t) => t.relation === 'past' || (t.relation === 'unknown' && t.start <= 12));
}

/**
 * The event's own money is a bond or a tender offer (the instrument comes before any round noun in
 * its clause), or existing debt amended rather than new money borrowed.
 */
function isSecurities(c: Candidate, s: ReadSentence): boolean {
  const scope = s.text.slice(c.start, c.scopeEnd);
  if (AMENDED_DEBT.test(s.text.slice(Math.max(0, c.start - 60), c.scopeEnd))) return true;
  const securities = SECURITIES.exec(scope);
  // The event's own verb is no round noun: "to raise $450 million in bonds" sells bonds.
  const verb = /^raise\b/i.test(c.word) ? c.word.length : 0;
  const round = ROUND_NOUN.exec(scope.slice(verb));
  return securities !== null && (!round || round.index + verb >= securities.index);
}

/**
 * Words of the past in the event's clause, except those about another amount: a later one ("$18M
 * in a Series A, building on a previous $4M seed") or one closed off by a comma before the verb
 * ("X, which raised a previous $8M seed, has now raised $34M"): that round is the past, not this one.
 */
function pastInScope(s: ReadSentence, c: Candidate): boolean {
  const from = Math.max(0, c.start - 60);
  const own = c.amount ?? c.valuation;
  const other = (at: number, to: number) => s.money.some((x) => x !== own && x.start >= at && x.start < to);
  return [...s.text.slice(from, c.scopeEnd).matchAll(new RegExp(BACKGROUND.source, 'gi'))].some((m) => {
    const at = from + m.index;
    // After the round's own amount, words that recall another round ("eight months after its Series
    // A", "after its $5M seed") are about that one.
    const later = own && at >= own.end && (other(at, at + 40) || EARLIER_ROUND_NAMED.test(s.text.slice(at + m[0].length)));
    const comma = s.text.lastIndexOf(',', c.start);
    const closedOff = at + m[0].length <= c.start && comma >= at + m[0].length && other(at, comma);
    return !later && !closedOff;
  });
}

export function classify(c: Candidate, s: ReadSentence, published: EpochMs | null): Verdict {
  const scope = s.text.slice(Math.max(0, c.start - 60), c.scopeEnd);
  if (isFundClose(c, s)) return 'fund_close';
  if (isSecurities(c, s) || PROJECT_OR_PUBLIC_EQUITY.test(scope)) return 'securities';
  if (INCENTIVES.test(scope)) return 'institution';
  if (STATISTICS.test(s.text) || EACH_OF_MANY.test(s.text) || COMBINED.test(scope)) return 'statistics';
  // "Medmitra Labs, Krishiverse, Dhaaga & Others Raised $27 Mn", "Tolupay, Mavuno Grid and Credkobo
  // raise $34.1M this week": a roundup's total, told of a list.
  if (c.ref.kind === 'name' && /\s(?:&|and)\s+(?:others|more)$/i.test(c.ref.name)) return 'statistics';
  // "Hoshizora, Tallyfold, Orchard Ledger, Kopje Pay — and a $50M debt line": a list's last name owns no amount.
  const listed = c.ref.kind === 'name' ? s.text.slice(0, c.ref.start) : '';
  if ((LIST_BEFORE.test(listed) && PLURAL_VERB.test(c.word)) || (c.kind === 'noun' && NAMES_LISTED.test(listed)))
    return 'statistics';
  // "Humanitarian Response Plan seeks US$2.1 billion": an appeal for aid, not a company's money.
  if ((c.ref.kind === 'name' && APPEAL_NAME.test(c.ref.name)) || /\bhumanitarian\b|\bflash appeal\b/i.test(scope))
    return 'institution';
  if (RETURN_MULTIPLE.test(s.text)) return 'payment';
  if (FRESH_OFF.test(s.text)) return 'background';
  const rivals = RIVALS.exec(s.text);
  if (rivals && rivals.index < c.start && c.ref.kind === 'name' && c.ref.start > rivals.index) return 'background';
  if (DEALS_LISTED.test(s.text)) return 'background';
  // A grant to a university or a hospital is not a company's financing.
  if ((c.ref.kind === 'name' && INSTITUTION.test(c.ref.name)) || SCHEME.test(scope)) return 'institution';
  // "Mid-Shannon University Hospital in Limerick has been awarded …": the place is where the institution is.
  const beforeRef = c.ref.kind === 'name' ? s.text.slice(0, c.ref.start) : '';
  if (/\s+in\s+$/.test(beforeRef) && INSTITUTION.test(beforeRef.replace(/\s+in\s+$/, ''))) return 'institution';
  // Nor is a grant shared by a consortium, whoever leads it ("A consortium … led by X has won a €6M grant"),
  // or one won by a research group ("A research group at … university has received …").
  if (CONSORTIUM.test(s.text.slice(0, c.start)) || RESEARCH_UNIT.test(s.text.slice(0, c.start))) return 'institution';
  if (PAYMENT.test(s.text.slice(Math.max(0, c.start - 80))) && !TRANCHED_ROUND.test(s.text)) return 'payment';
  // "raised more than $140 million from investors, including a $90 million Series C in 2022": a total of rounds.
  if (c.amount && TOTAL_OF_ROUNDS.test(s.text.slice(c.amount.end))) return 'background';
  // "will invest $2 billion in its plant", "£30m investment in Redcar battery plant": money for a site.
  const afterAmount = c.amount ? s.text.slice(c.amount.end) : '';
  const investment = /^\s*investment\b/i.exec(afterAmount);
  if ((/^invest/i.test(c.word) && CAPEX.test(afterAmount)) || (investment && CAPEX.test(afterAmount.slice(investment[0].length))))
    return 'payment';
  // "secures €85m for Extremadura solar farm": money raised for one plant is its project's finance.
  if (POWER_PROJECT.test(afterAmount)) return 'securities';
  if (
    (FOR_A_SITE.test(afterAmount) || PER_UNIT.test(afterAmount)) &&
    (!c.type || c.type.type === 'unknown' || c.type.type === 'debt')
  )
    return 'payment';
  if (RAISED_NOTHING.test(s.text)) return 'stake_trade';
  if (/\b(?:stake|holding)\b/i.test(s.text) && NOT_NEW_SHARES.test(s.text)) return 'stake_trade';
  if (isOwnIpo(s.text, c) && !PRE_IPO.test(s.text)) return 'ipo';
  if (isAcquisition(s.text, c)) return 'acquisition';
  if (HALTED.test(scope) || APPLIED_FOR.test(s.text.slice(0, c.scopeEnd))) return 'halted';
  if (SHUTDOWN.test(s.text) || MISSTATED.test(s.text) || pastInScope(s, c) || pastPerfect(s.text, c)) return 'background';
  const before = s.text.slice(Math.max(0, c.start - 45), c.start).replace(DAY_WORD, ''); // "announced Tuesday that it has closed"
  // "X, which raised $20M in 2021": background; "X, which this week closed a $3.5M seed" / "… seed last week": news.
  const now = THIS_WEEK.test(before.slice(-30)) || DATED_NOW_AFTER.test(s.text.slice(c.start));
  if (RELATIVE_CLAUSE.test(before.slice(-30)) && PAST_TENSE.test(c.word) && !now) return 'background';
  if (datedInThePast(s, c, published)) return 'background';
  return 'new';
}
