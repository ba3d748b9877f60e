// Funding rounds: one row per round however many articles report it. A round read from a new
// article joins a stored one of the same company (by company key or a known alias) when type,
// amount and time agree; figures that disagree (e.g. $500M vs $520M) are flagged in
// rounds.conflict and kept per source in round_sources, never merged silently.
import { ROUND_TYPES, type EpochMs, type ExtractedRound } from '../model.js';
import { indexAliasGrams } from './company-grams.js';
import { companyKey, keysOverlap } from './company-key.js';
import { readJson, stringList } from './json.js';
import type { RoundRow } from './schema.js';
import type { Db } from './store.js';

export interface SaveRoundsInput {
  articleId: number;
  /** When the article reported the round: its publish date, else when it was read. */
  reportedAt: EpochMs;
  now: EpochMs;
  rounds: ExtractedRound[];
}

export interface SavedRound {
  roundId: number;
  created: boolean;
  /** The round's conflict note after this article, or null. */
  conflict: string | null;
}

const DAY = 86_400_000;
/** Reports of one announced round arrive within weeks; talks can precede the announcement by months. */
const WINDOW_ANNOUNCED = 45 * DAY;
const WINDOW_TALKS = 180 * DAY;
/** Figures within 1% are the same figure; within 25% a disagreement about one round. */
const SAME_FIGURE = 0.01;
const SAME_ROUND = 0.25;

const ratio = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
const money = (amount: number, currency: string | null) => `${currency ?? ''} ${amount.toLocaleString('en-US')}`.trim();

/** The company key a name resolves to: through a stored alias, else its own key. */
export async function resolveCompanyKey(db: Db, name: string): Promise<string> {
  const key = companyKey(name);
  const alias = await db.selectFrom('company_aliases').select('company_key').where('alias_key', '=', key).executeTakeFirst();
  return alias?.company_key ?? key;
}

/** Records `alias` as another name of the company `companyKeyValue` (kept if already known). */
export async function addCompanyAlias(db: Db, alias: string, companyKeyValue: string): Promise<void> {
  const added = await db
    .insertInto('company_aliases')
    .values({ alias_key: companyKey(alias), company_key: companyKeyValue, display_name: alias })
    .onConflict((oc) => oc.column('alias_key').doNothing())
    .returning('alias_key')
    .executeTakeFirst();
  if (added) await indexAliasGrams(db, added.alias_key);
}

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

function compatible(row: RoundRow, r: ExtractedRound, reportedAt: EpochMs, exactKey: boolean): boolean {
  const talks = row.status === 'in_talks' || r.status === 'in_talks';
  if (Math.abs(row.announced_at - reportedAt) > (talks ? WINDOW_TALKS : WINDOW_ANNOUNCED)) return false;
  if (!typesAgree(row.round_type, r.roundType)) return false;
  const a = row.amount_usd;
  const b = r.amountUsd;
  if (a === null || b === null) return exactKey;
  // A name that only shares its first words ("Monad" / "Monad Labs") must state the same figure.
  return ratio(a, b) <= (exactKey ? (talks ? 0.5 : SAME_ROUND) : SAME_FIGURE);
}

async function findMatch(db: Db, key: string, r: ExtractedRound, reportedAt: EpochMs): Promise<RoundRow | undefined> {
  const first = key.split(' ')[0]!;
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where((eb) => eb.or([eb('company_key', '=', key), eb('company_key', 'like', `${first}%`)]))
    .where('announced_at', '>=', reportedAt - WINDOW_TALKS)
    .where('announced_at', '<=', reportedAt + WINDOW_TALKS)
    .orderBy('announced_at', 'desc')
    .limit(50)
    .execute();
  const fits = rows.filter((row) => keysOverlap(row.company_key, key) && compatible(row, r, reportedAt, row.company_key === key));
  const distance = (row: RoundRow) =>
    row.amount_usd !== null && r.amountUsd !== null ? ratio(row.amount_usd, r.amountUsd) : 0.5;
  return fits.sort(
    (x, y) => distance(x) - distance(y) || Math.abs(x.announced_at - reportedAt) - Math.abs(y.announced_at - reportedAt),
  )[0];
}

function conflicts(row: RoundRow, r: ExtractedRound, articleId: number, firstArticle: number | null): string[] {
  const out: string[] = [];
  const theirs = `article ${firstArticle ?? '?'}`;
  if (row.amount !== null && r.amount !== null && (row.currency !== r.currency || ratio(row.amount, r.amount) > SAME_FIGURE)) {
    out.push(`amount: ${money(row.amount, row.currency)} (${theirs}) vs ${money(r.amount, r.currency)} (article ${articleId})`);
  }
  if (row.valuation !== null && r.valuation !== null && ratio(row.valuation, r.valuation) > SAME_FIGURE) {
    out.push(
      `valuation: ${money(row.valuation, row.currency)} (${theirs}) vs ${money(r.valuation, r.currency)} (article ${articleId})`,
    );
  }
  return out;
}

const union = (stored: string, more: string[]) => {
  const list = readJson(stringList, stored, 'rounds investors');
  for (const name of more) if (!list.some((x) => companyKey(x) === companyKey(name))) list.push(name);
  return list;
};

async function mergeInto(db: Db, row: RoundRow, r: ExtractedRound, input: SaveRoundsInput): Promise<SavedRound> {
  const known = await db
    .selectFrom('round_sources')
    .select('article_id')
    .where('round_id', '=', row.id)
    .orderBy('seen_at')
    .execute();
  if (known.some((k) => k.article_id === input.articleId)) return { roundId: row.id, created: false, conflict: row.conflict };
  // Talks that became an announcement: the announced figures replace the reported ones.
  const upgrade = row.status === 'in_talks' && r.status === 'announced';
  const found = upgrade
    ? []
    : r.status === 'in_talks' && row.status === 'announced'
      ? []
      : conflicts(row, r, input.articleId, known[0]?.article_id ?? null);
  const conflict = [row.conflict, ...found].filter(Boolean).join('; ') || null;
  const lead = union(row.lead_investors, r.leadInvestors);
  const other = union(row.other_investors, r.otherInvestors).filter((o) => !lead.some((l) => companyKey(l) === companyKey(o)));
  const take = <T>(stored: T | null, read: T | null) => (upgrade ? (read ?? stored) : (stored ?? read));
  await db
    .updateTable('rounds')
    .set({
      amount: take(row.amount, r.amount),
      currency: take(row.currency, r.currency),
      amount_usd: take(row.amount_usd, r.amountUsd),
      valuation: take(row.valuation, r.valuation),
      round_type: upgrade && r.roundType !== 'unknown' ? r.roundType : specificType(row.round_type, r.roundType),
      round_type_detail:
        specificType(row.round_type, r.roundType) !== row.round_type
          ? (r.roundTypeDetail ?? row.round_type_detail)
          : take(row.round_type_detail, r.roundTypeDetail),
      lead_investors: JSON.stringify(lead),
      other_investors: JSON.stringify(other),
      status: row.status === 'announced' || r.status === 'announced' ? 'announced' : 'in_talks',
      conflict,
      announced_at: upgrade ? input.reportedAt : row.announced_at,
      updated_at: input.now,
    })
    .where('id', '=', row.id)
    .execute();
  await insertSource(db, row.id, r, input);
  return { roundId: row.id, created: false, conflict };
}

async function insertSource(db: Db, roundId: number, r: ExtractedRound, input: SaveRoundsInput): Promise<void> {
  await db
    .insertInto('round_sources')
    .values({
      round_id: roundId,
      article_id: input.articleId,
      evidence: r.evidence,
      amount: r.amount,
      currency: r.currency,
      valuation: r.valuation,
      seen_at: input.now,
    })
    .onConflict((oc) => oc.columns(['round_id', 'article_id']).doNothing())
    .execute();
}

async function insertRound(db: Db, key: string, r: ExtractedRound, input: SaveRoundsInput): Promise<SavedRound> {
  const row = await db
    .insertInto('rounds')
    .values({
      company_key: key,
      company: r.company,
      amount: r.amount,
      currency: r.currency,
      amount_usd: r.amountUsd,
      round_type: r.roundType,
      round_type_detail: r.roundTypeDetail,
      valuation: r.valuation,
      lead_investors: JSON.stringify(r.leadInvestors),
      other_investors: JSON.stringify(r.otherInvestors),
      status: r.status,
      conflict: null,
      announced_at: input.reportedAt,
      first_seen_at: input.now,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertSource(db, row.id, r, input);
  return { roundId: row.id, created: true, conflict: null };
}

/** Saves the rounds read from one article. Run it in a transaction when several writers may race. */
export async function saveRounds(db: Db, input: SaveRoundsInput): Promise<SavedRound[]> {
  const out: SavedRound[] = [];
  for (const r of input.rounds) {
    const key = await resolveCompanyKey(db, r.company);
    await addCompanyAlias(db, r.company, key);
    const match = await findMatch(db, key, r, input.reportedAt);
    out.push(match ? await mergeInto(db, match, r, input) : await insertRound(db, key, r, input));
  }
  return out;
}
