// When a round read from a new article is the same round as a stored one, and what the stored
// round becomes: same company (by key or a known alias), agreeing type, amount and time. Figures
// that disagree (e.g. $500M vs $520M) are flagged as a conflict and kept per source, never merged
// silently. Pure: the caller (save.ts) reads and writes the rows.
import { ROUND_TYPES, type EpochMs, type ExtractedRound } from '../model.js';
import { readJson, stringList } from '../store/json.js';
import type { RoundRow } from '../store/schema.js';
import { DAY } from '../time.js';
import { companyKey, keysOverlap } from './company-key.js';

/** Reports of one announced round arrive within weeks; talks can precede the announcement by months. */
const WINDOW_ANNOUNCED = 45 * DAY;
export const WINDOW_TALKS = 180 * DAY;
/** Figures within 1% are the same figure; within 25% a disagreement about one round. */
const SAME_FIGURE = 0.01;
const SAME_CONVERTED = 0.06;
const SAME_ROUND = 0.25;

const ratio = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
const money = (amount: number, currency: string | null) => `${currency ?? ''} ${amount.toLocaleString('en-US')}`.trim();

/** Stages a round can extend: one outlet's "Series A" is another's "extension of its Series A". */
const EXTENDABLE = new Set<string>(ROUND_TYPES.filter((t) => t === 'pre_seed' || t === 'seed' || t.startsWith('series_')));

function typesAgree(a: string, b: string): boolean {
  if (a === b || a === 'unknown' || b === 'unknown') return true;
  return (a === 'extension' && EXTENDABLE.has(b)) || (b === 'extension' && EXTENDABLE.has(a));
}

/** The more specific of two agreeing types: a known stage over unknown, an extension over the stage it extends. */
function specificType(stored: string, read: string): string {
  if (stored === 'unknown') return read;
  return read === 'extension' ? read : stored;
}

/** The investors a stored round names, by company key. */
function investorKeys(row: RoundRow): Set<string> {
  const names = [
    ...readJson(stringList, row.lead_investors, 'rounds.lead_investors'),
    ...readJson(stringList, row.other_investors, 'rounds.other_investors'),
  ];
  return new Set(names.map(companyKey));
}

/**
 * A corporate's strategic investment ("Google to invest up to $40B in Anthropic") and another report
 * of the company's money are one round only when they name an investor in common: a round in talks
 * with no investor named ("raising $50B at a $900B valuation") is another deal.
 */
function strategicApart(row: RoundRow, r: ExtractedRound): boolean {
  if ((row.round_type === 'strategic') === (r.roundType === 'strategic')) return false;
  const stored = investorKeys(row);
  return ![...r.leadInvestors, ...r.otherInvestors].some((name) => stored.has(companyKey(name)));
}

function compatible(row: RoundRow, r: ExtractedRound, reportedAt: EpochMs, exactKey: boolean): boolean {
  const talks = row.status === 'in_talks' || r.status === 'in_talks';
  if (Math.abs(row.announced_at - reportedAt) > (talks ? WINDOW_TALKS : WINDOW_ANNOUNCED)) return false;
  if (!typesAgree(row.round_type, r.roundType) || strategicApart(row, r)) return false;
  const a = row.amount_usd;
  const b = r.amountUsd;
  if (a === null || b === null) return exactKey;
  // A name that only shares its first words ("Monad" / "Monad Labs") must state the same figure
  // (in another currency, the same up to a rate's drift and the writer's rounding: ₹410 crore, "$49M").
  const same = row.currency === r.currency ? SAME_FIGURE : SAME_CONVERTED;
  return ratio(a, b) <= (exactKey ? (talks ? 0.5 : SAME_ROUND) : same);
}

/** Of the stored rounds near in time (`roundsNear`), the one `r` reports, if any: closest figure, then closest date. */
export function matchingRound(rows: RoundRow[], key: string, r: ExtractedRound, reportedAt: EpochMs): RoundRow | undefined {
  const fits = rows.filter((row) => keysOverlap(row.company_key, key) && compatible(row, r, reportedAt, row.company_key === key));
  const distance = (row: RoundRow) =>
    row.amount_usd !== null && r.amountUsd !== null ? ratio(row.amount_usd, r.amountUsd) : 0.5;
  return fits.sort(
    (x, y) => distance(x) - distance(y) || Math.abs(x.announced_at - reportedAt) - Math.abs(y.announced_at - reportedAt),
  )[0];
}

/** A valuation stated in `currency`, else none (the table shows stated figures only, never a conversion). */
const valuationIn = (r: { valuation: number | null; currency: string | null }, currency: string | null) =>
  r.currency === currency ? r.valuation : null;

function conflicts(row: RoundRow, r: ExtractedRound, articleId: number, firstArticle: number | null): string[] {
  const out: string[] = [];
  const theirs = `article ${firstArticle ?? '?'}`;
  if (row.amount !== null && r.amount !== null && (row.currency !== r.currency || ratio(row.amount, r.amount) > SAME_FIGURE)) {
    out.push(`amount: ${money(row.amount, row.currency)} (${theirs}) vs ${money(r.amount, r.currency)} (article ${articleId})`);
  }
  const read = valuationIn(r, row.currency);
  if (row.valuation !== null && read !== null && ratio(row.valuation, read) > SAME_FIGURE) {
    out.push(`valuation: ${money(row.valuation, row.currency)} (${theirs}) vs ${money(read, r.currency)} (article ${articleId})`);
  }
  return out;
}

/** One key for an investor however outlets space its name: "Coral Beam Ventures" and "Coralbeam Ventures". */
const investorKey = (name: string) => companyKey(name).replace(/ /g, '');

/** Two writings of one investor: the same key, or one the other's first words ("Coralbeam" / "Coralbeam Ventures"). */
const sameInvestor = (a: string, b: string) => investorKey(a) === investorKey(b) || keysOverlap(companyKey(a), companyKey(b));

/** `stored` plus the names of `more` it does not hold yet; of a name and its first words, the whole name. */
function union(stored: string[], more: string[]): string[] {
  const list = [...stored];
  for (const name of more) {
    const at = list.findIndex((x) => sameInvestor(x, name));
    if (at === -1) list.push(name);
    else if (investorKey(name) !== investorKey(list[at]!) && name.length > list[at]!.length) list[at] = name;
  }
  return list;
}

/** What a stored round holds that a new report can change. */
export type RoundUpdate = Pick<
  RoundRow,
  'amount' | 'currency' | 'amount_usd' | 'valuation' | 'round_type' | 'round_type_detail' | 'status' | 'conflict' | 'announced_at'
> & { lead_investors: string[]; other_investors: string[] };

/**
 * The stored round after article `articleId` reported `r` (`firstArticle`: the round's first source).
 * Talks that became an announcement take the announced figures; otherwise the stored figures stay
 * and disagreements are added to the conflict note.
 */
export function mergedRound(
  row: RoundRow & { lead: string[]; other: string[] },
  r: ExtractedRound,
  report: { articleId: number; reportedAt: EpochMs; firstArticle: number | null },
): RoundUpdate {
  const upgrade = row.status === 'in_talks' && r.status === 'announced';
  const found =
    upgrade || (r.status === 'in_talks' && row.status === 'announced')
      ? []
      : conflicts(row, r, report.articleId, report.firstArticle);
  const lead = union(row.lead, r.leadInvestors);
  const other = union(row.other, r.otherInvestors).filter((o) => !lead.some((l) => sameInvestor(l, o)));
  const take = <T>(stored: T | null, read: T | null) => (upgrade ? (read ?? stored) : (stored ?? read));
  return {
    amount: take(row.amount, r.amount),
    currency: take(row.currency, r.currency),
    amount_usd: take(row.amount_usd, r.amountUsd),
    // A valuation in another currency than the round's is not carried over ("$310M" beside "₹410 crore").
    valuation: upgrade ? (r.valuation ?? valuationIn(row, r.currency)) : (row.valuation ?? valuationIn(r, row.currency)),
    round_type: upgrade && r.roundType !== 'unknown' ? r.roundType : specificType(row.round_type, r.roundType),
    round_type_detail:
      specificType(row.round_type, r.roundType) !== row.round_type
        ? (r.roundTypeDetail ?? row.round_type_detail)
        : take(row.round_type_detail, r.roundTypeDetail),
    lead_investors: lead,
    other_investors: other,
    status: row.status === 'announced' || r.status === 'announced' ? 'announced' : 'in_talks',
    conflict: [row.conflict, ...found].filter(Boolean).join('; ') || null,
    announced_at: upgrade ? report.reportedAt : row.announced_at,
  };
}
