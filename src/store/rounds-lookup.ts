// Reading rounds back for `/round`: a company's rounds newest first with their sources, a fuzzy
// company match with "did you mean" suggestions, and the largest recent rounds.
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { ROUND_TYPES, type EpochMs, type RoundSource, type StoredRound } from '../model.js';
import { aliasCandidates } from './company-grams.js';
import { companyKey } from './company-key.js';
import { readJson, stringList } from './json.js';
import type { RoundRow } from './schema.js';
import type { Db } from './store.js';

export interface RoundLookup {
  /** The company the name matched (display name), or null when nothing matched well enough. */
  company: string | null;
  rounds: StoredRound[];
  /** Other known companies with a similar name ("did you mean …"). */
  suggestions: string[];
}

const ROUND_TYPE = z.enum(ROUND_TYPES);
const STATUS = z.enum(['announced', 'in_talks']);
const MATCH = 0.8;
const SUGGEST = 0.45;

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

const similarity = (a: string, b: string) => 1 - distance(a, b) / Math.max(a.length, b.length);

/**
 * 1 for the same key; high for a prefix ("apptr" → "apptronik") or a typo ("aptronik"); a typo in
 * the first words of a longer name ("kelary" → "kelari robotics") scores a little below a whole-name typo.
 */
export function nameSimilarity(query: string, key: string): number {
  if (!query || !key) return 0;
  if (query === key) return 1;
  if (query.length >= 3 && key.startsWith(query)) return 0.85 + 0.1 * (query.length / key.length);
  const head = key.split(' ').slice(0, query.split(' ').length).join(' ');
  return Math.max(similarity(query, key), head === key ? 0 : 0.95 * similarity(query, head));
}

/** Known companies ranked by how well their names match `query` (a company key), best first. */
async function rankCompanies(db: Db, query: string): Promise<[string, { score: number; display: string }][]> {
  const best = new Map<string, { score: number; display: string }>();
  for (const a of await aliasCandidates(db, query)) {
    const score = nameSimilarity(query, a.alias_key);
    const seen = best.get(a.company_key);
    if (!seen || score > seen.score) best.set(a.company_key, { score, display: a.display_name });
  }
  return [...best.entries()].sort((x, y) => y[1].score - x[1].score || x[1].display.localeCompare(y[1].display));
}

/** Company names for autocompletion of what a user is typing. */
export async function suggestCompanies(db: Db, typed: string, limit: number): Promise<string[]> {
  const query = companyKey(typed);
  if (query === '') return [];
  const ranked = await rankCompanies(db, query);
  return ranked
    .filter(([, v]) => v.score >= SUGGEST)
    .slice(0, limit)
    .map(([, v]) => v.display);
}

/** The rounds for the company a user named, with "did you mean" suggestions when the name is unclear. */
export async function lookupRounds(db: Db, name: string, limit = 20): Promise<RoundLookup> {
  const query = companyKey(name);
  const ranked = await rankCompanies(db, query);
  const [top, second] = ranked;
  const clear = top && top[1].score >= MATCH && (!second || top[1].score - second[1].score >= 0.05 || top[1].score === 1);
  const suggestions = ranked
    .filter(([key, v]) => v.score >= SUGGEST && !(clear && key === top[0]))
    .slice(0, 3)
    .map(([, v]) => v.display);
  if (!clear) return { company: null, rounds: [], suggestions };
  const rounds = await roundsForCompanyKey(db, top[0], limit);
  return { company: rounds[0]?.company ?? top[1].display, rounds, suggestions };
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
