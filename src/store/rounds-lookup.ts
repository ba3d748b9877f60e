// Reading rounds back with their sources: a company's rounds newest first, the largest recent
// rounds, and the rounds a digest window's articles reported. Which company a typed name means is
// decided in src/rounds/lookup.ts.
import { z } from 'zod';
import { ROUND_TYPES, type EpochMs, type RoundSource, type StoredRound } from '../model.js';
import { readJson, stringList } from './json.js';
import type { RoundRow } from './schema.js';
import type { Db } from './store.js';

const ROUND_TYPE = z.enum(ROUND_TYPES);
const STATUS = z.enum(['announced', 'in_talks']);

async function withSources(db: Db, rows: RoundRow[]): Promise<StoredRound[]> {
  if (!rows.length) return [];
  const sources = await db
    .selectFrom('round_sources')
    .innerJoin('articles', 'articles.id', 'round_sources.article_id')
    .select([
      'round_sources.round_id',
      'round_sources.article_id',
      'round_sources.evidence',
      'round_sources.amount',
      'round_sources.currency',
      'round_sources.valuation',
      'round_sources.seen_at',
      'articles.title',
      'articles.url',
      'articles.canonical_url',
      'articles.outlet',
    ])
    .where(
      'round_sources.round_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('round_sources.seen_at')
    .orderBy('round_sources.article_id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    company: r.company,
    companyKey: r.company_key,
    amount: r.amount,
    currency: r.currency,
    amountUsd: r.amount_usd,
    roundType: ROUND_TYPE.catch('unknown').parse(r.round_type),
    roundTypeDetail: r.round_type_detail,
    valuation: r.valuation,
    leadInvestors: readJson(stringList, r.lead_investors, 'rounds.lead_investors'),
    otherInvestors: readJson(stringList, r.other_investors, 'rounds.other_investors'),
    status: STATUS.catch('announced').parse(r.status),
    conflict: r.conflict,
    announcedAt: r.announced_at,
    sources: sources
      .filter((s) => s.round_id === r.id)
      .map((s): RoundSource => ({
        articleId: s.article_id,
        title: s.title,
        url: s.canonical_url ?? s.url,
        outlet: s.outlet,
        evidence: s.evidence,
        amount: s.amount,
        currency: s.currency,
        valuation: s.valuation,
        seenAt: s.seen_at,
      })),
  }));
}

/** A company's rounds, newest first. */
export async function roundsForCompanyKey(db: Db, key: string, limit = 20): Promise<StoredRound[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where('company_key', '=', key)
    .orderBy('announced_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return withSources(db, rows);
}

/** The largest rounds announced since `since`, by amount in US dollars. */
export async function largestRecentRounds(db: Db, opts: { since: EpochMs; limit?: number }): Promise<StoredRound[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where('announced_at', '>=', opts.since)
    .where('amount_usd', 'is not', null)
    .orderBy('amount_usd', 'desc')
    .orderBy('announced_at', 'desc')
    .limit(opts.limit ?? 10)
    .execute();
  return withSources(db, rows);
}

/** Rounds reported by any of these articles (a digest's window), largest first. */
export async function roundsForArticles(db: Db, articleIds: number[]): Promise<StoredRound[]> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .selectFrom('rounds')
    .selectAll('rounds')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('round_sources')
          .select('round_sources.round_id')
          .whereRef('round_sources.round_id', '=', 'rounds.id')
          .where('round_sources.article_id', 'in', articleIds),
      ),
    )
    .orderBy('amount_usd', 'desc')
    .orderBy('id')
    .execute();
  return withSources(db, rows);
}
