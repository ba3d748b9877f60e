// Reading rounds back with their sources: a company's rounds newest first, the largest recent
// rounds, and the rounds a digest window's articles reported. Which company a typed name means is
// decided in src/rounds/lookup.ts.
import { z } from 'zod';
import { ROUND_TYPES, type EpochMs, type RoundSource, type StoredRound } from '../model.js';
import { chunks } from './chunks.js';
import { readJson, stringList } from './json.js';
import type { RoundRow } from './schema.js';
import type { Db } from './store.js';

const ROUND_TYPE = z.enum(ROUND_TYPES);
const STATUS = z.enum(['announced', 'in_talks']);
/** Ids per `in (…)` list: each statement stays short whatever the window holds. */
const CHUNK = 500;

function sourcesOf(db: Db, roundIds: number[]) {
  return db
    .selectFrom('round_sources')
    .select(['round_id', 'article_id', 'evidence', 'amount', 'currency', 'valuation', 'seen_at', 'title', 'url', 'outlet'])
    .where('round_id', 'in', roundIds)
    .orderBy('seen_at')
    .orderBy('article_id')
    .execute();
}

type SourceRow = Awaited<ReturnType<typeof sourcesOf>>[number];

async function withSources(db: Db, rows: RoundRow[]): Promise<StoredRound[]> {
  const byRound = new Map<number, SourceRow[]>();
  const ids = rows.map((r) => r.id);
  for (const part of chunks(ids, CHUNK))
    for (const s of await sourcesOf(db, part)) byRound.set(s.round_id, [...(byRound.get(s.round_id) ?? []), s]);
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
    sources: (byRound.get(r.id) ?? []).map((s): RoundSource => ({
      articleId: s.article_id,
      title: s.title,
      url: s.url,
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

/** amount_usd descending with unknown amounts last, then id: the same order on both dialects. */
const largestFirst = (a: RoundRow, b: RoundRow): number =>
  (b.amount_usd ?? -Infinity) - (a.amount_usd ?? -Infinity) || a.id - b.id;

/**
 * Rounds reported by any of these articles (a digest's window), largest first. Starts from the
 * window's round_sources (index round_sources_article), so the cost follows the window, not the
 * number of rounds ever stored (decision 0022).
 */
export async function roundsForArticles(db: Db, articleIds: number[]): Promise<StoredRound[]> {
  const roundIds = new Set<number>();
  for (const part of chunks(articleIds, CHUNK)) {
    const rows = await db.selectFrom('round_sources').select('round_id').distinct().where('article_id', 'in', part).execute();
    for (const r of rows) roundIds.add(r.round_id);
  }
  const rows: RoundRow[] = [];
  for (const part of chunks([...roundIds], CHUNK))
    rows.push(...(await db.selectFrom('rounds').selectAll().where('id', 'in', part).execute()));
  return withSources(db, rows.sort(largestFirst));
}
