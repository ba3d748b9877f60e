// Saving the rounds read from one article: each joins the stored round it reports (merge-policy.ts)
// or becomes a new one, and the article is kept as one of its sources with the figures it gave.
import type { EpochMs, ExtractedRound } from '../model.js';
import { readJson, stringList } from '../store/json.js';
import {
  aliasTarget,
  insertAlias,
  insertRound,
  insertRoundSource,
  roundSourceArticles,
  roundsNear,
  updateRound,
} from '../store/rounds.js';
import type { RoundRow } from '../store/schema.js';
import type { Db } from '../store/store.js';
import { companyKey } from './company-key.js';
import { matchingRound, mergedRound, WINDOW_TALKS } from './merge-policy.js';

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

/** The company key a name resolves to: through a stored alias, else its own key. */
export async function resolveCompanyKey(db: Db, name: string): Promise<string> {
  const key = companyKey(name);
  return (await aliasTarget(db, key)) ?? key;
}

/** Records `alias` as another name of the company `companyKeyValue` (kept if already known). */
export function addCompanyAlias(db: Db, alias: string, companyKeyValue: string): Promise<void> {
  return insertAlias(db, { aliasKey: companyKey(alias), companyKey: companyKeyValue, display: alias });
}

async function mergeInto(db: Db, row: RoundRow, r: ExtractedRound, input: SaveRoundsInput): Promise<SavedRound> {
  const known = await roundSourceArticles(db, row.id);
  if (known.includes(input.articleId)) return { roundId: row.id, created: false, conflict: row.conflict };
  const lead = readJson(stringList, row.lead_investors, 'rounds.lead_investors');
  const other = readJson(stringList, row.other_investors, 'rounds.other_investors');
  const update = mergedRound({ ...row, lead, other }, r, {
    articleId: input.articleId,
    reportedAt: input.reportedAt,
    firstArticle: known[0] ?? null,
  });
  await updateRound(db, row.id, update, input.now);
  await insertRoundSource(db, row.id, input.articleId, r, input.now);
  return { roundId: row.id, created: false, conflict: update.conflict };
}

async function createRound(db: Db, key: string, r: ExtractedRound, input: SaveRoundsInput): Promise<SavedRound> {
  const roundId = await insertRound(
    db,
    {
      company_key: key,
      company: r.company,
      amount: r.amount,
      currency: r.currency,
      amount_usd: r.amountUsd,
      round_type: r.roundType,
      round_type_detail: r.roundTypeDetail,
      valuation: r.valuation,
      lead_investors: r.leadInvestors,
      other_investors: r.otherInvestors,
      status: r.status,
      conflict: null,
      announced_at: input.reportedAt,
    },
    input.now,
  );
  await insertRoundSource(db, roundId, input.articleId, r, input.now);
  return { roundId, created: true, conflict: null };
}

/** Saves the rounds read from one article. Run it in a transaction when several writers may race. */
export async function saveRounds(db: Db, input: SaveRoundsInput): Promise<SavedRound[]> {
  const out: SavedRound[] = [];
  for (const r of input.rounds) {
    const key = await resolveCompanyKey(db, r.company);
    await addCompanyAlias(db, r.company, key);
    const match = matchingRound(await roundsNear(db, key, input.reportedAt, WINDOW_TALKS), key, r, input.reportedAt);
    out.push(match ? await mergeInto(db, match, r, input) : await createRound(db, key, r, input));
  }
  return out;
}
