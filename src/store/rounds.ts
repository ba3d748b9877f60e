// Funding-round rows: rounds (one per round however many articles report it), their sources (one
// per reporting article, with the figures it gave) and company aliases. Primitives only: which
// stored round a new report joins is decided in src/rounds/merge-policy.ts and src/rounds/save.ts.
import type { EpochMs, ExtractedRound } from '../model.js';
import { indexAliasGrams } from './company-grams.js';
import type { RoundRow } from './schema.js';
import type { Db } from './store.js';

/** The company key an alias key stands for, if that alias is known. */
export async function aliasTarget(db: Db, aliasKey: string): Promise<string | undefined> {
  const row = await db.selectFrom('company_aliases').select('company_key').where('alias_key', '=', aliasKey).executeTakeFirst();
  return row?.company_key;
}

/** Records an alias (kept if already known) and indexes it for fuzzy lookup. */
export async function insertAlias(db: Db, alias: { aliasKey: string; companyKey: string; display: string }): Promise<void> {
  const added = await db
    .insertInto('company_aliases')
    .values({ alias_key: alias.aliasKey, company_key: alias.companyKey, display_name: alias.display })
    .onConflict((oc) => oc.column('alias_key').doNothing())
    .returning('alias_key')
    .executeTakeFirst();
  if (added) await indexAliasGrams(db, added.alias_key);
}

/** Rounds of the company `key`, or of a company whose key starts with `key`'s first word, announced within `withinMs` of `at`. */
export function roundsNear(db: Db, key: string, at: EpochMs, withinMs: number): Promise<RoundRow[]> {
  const first = key.split(' ')[0]!;
  return db
    .selectFrom('rounds')
    .selectAll()
    .where((eb) => eb.or([eb('company_key', '=', key), eb('company_key', 'like', `${first}%`)]))
    .where('announced_at', '>=', at - withinMs)
    .where('announced_at', '<=', at + withinMs)
    .orderBy('announced_at', 'desc')
    .limit(50)
    .execute();
}

/** The articles that reported a round, first reporter first. */
export async function roundSourceArticles(db: Db, roundId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('round_sources')
    .select('article_id')
    .where('round_id', '=', roundId)
    .orderBy('seen_at')
    .execute();
  return rows.map((r) => r.article_id);
}

export interface RoundValues {
  company_key: string;
  company: string;
  amount: number | null;
  currency: string | null;
  amount_usd: number | null;
  round_type: string;
  round_type_detail: string | null;
  valuation: number | null;
  lead_investors: string[];
  other_investors: string[];
  status: string;
  conflict: string | null;
  announced_at: EpochMs;
}

export async function insertRound(db: Db, v: RoundValues, now: EpochMs): Promise<number> {
  const row = await db
    .insertInto('rounds')
    .values({
      ...v,
      lead_investors: JSON.stringify(v.lead_investors),
      other_investors: JSON.stringify(v.other_investors),
      first_seen_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRound(
  db: Db,
  id: number,
  v: Omit<RoundValues, 'company_key' | 'company'>,
  now: EpochMs,
): Promise<void> {
  await db
    .updateTable('rounds')
    .set({
      ...v,
      lead_investors: JSON.stringify(v.lead_investors),
      other_investors: JSON.stringify(v.other_investors),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** One article's report of a round, with the figures and sentence it gave and what `/round` shows of the article (kept once per article, and after the article is pruned). */
export async function insertRoundSource(
  db: Db,
  roundId: number,
  articleId: number,
  r: Pick<ExtractedRound, 'evidence' | 'amount' | 'currency' | 'valuation'>,
  now: EpochMs,
): Promise<void> {
  const article = await db
    .selectFrom('articles')
    .select(['title', 'url', 'canonical_url', 'outlet'])
    .where('id', '=', articleId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('round_sources')
    .values({
      round_id: roundId,
      article_id: articleId,
      title: article.title,
      url: article.canonical_url ?? article.url,
      outlet: article.outlet,
      evidence: r.evidence,
      amount: r.amount,
      currency: r.currency,
      valuation: r.valuation,
      seen_at: now,
    })
    .onConflict((oc) => oc.columns(['round_id', 'article_id']).doNothing())
    .execute();
}
