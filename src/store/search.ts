// Full-text search of articles for `/search`. The user's words are reduced to plain words before
// they reach either engine, so quotes, AND/OR/NOT/NEAR, `*`, `-`, `^`, `column:` and parentheses
// are only text: every remaining word must match (stemmed, English), newest articles first.
import { sql } from 'kysely';
import type { EpochMs } from '../model.js';
import { dialectOf } from './dialect.js';
import type { Db } from './store.js';

export interface SearchHit {
  id: number;
  title: string;
  url: string | null;
  outlet: string;
  publishedAt: EpochMs | null;
  firstSeenAt: EpochMs;
}

/** Words past this many are ignored: a query is a few words, not a document. */
export const MAX_SEARCH_WORDS = 12;
const MAX_WORD_LENGTH = 64;

/**
 * The few letters and digits that SQLite's tokenizer (older Unicode tables) reads as separators:
 * a word holding one would be two tokens there, a phrase, which its index (no positions) cannot
 * match. They separate words here too; a test asks SQLite about every letter and digit.
 */
const TOKENIZER_SEPARATORS = /[\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3]/gu;

/** The words of a query: letters and digits only, lower case, at most MAX_SEARCH_WORDS. */
export function searchWords(query: string): string[] {
  const words =
    query
      .normalize('NFC')
      .toLowerCase()
      .replace(TOKENIZER_SEPARATORS, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length <= MAX_WORD_LENGTH).slice(0, MAX_SEARCH_WORDS);
}

/** Below this many matches in the whole index, reading them all is cheaper than a walk by date. */
const FEW_MATCHES = 2000;

const DATED = sql<number>`coalesce(published_at, first_seen_at)`;

/** The FTS5 query: each word a quoted string, never an operator, a prefix query or a column filter. */
const ftsQuery = (words: string[]) => words.map((w) => `"${w}"`).join(' AND ');

/** Whether the SQLite index holds fewer than FEW_MATCHES articles with every word (reads at most that many). */
async function fewMatches(db: Db, expression: string): Promise<boolean> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from (select rowid from articles_fts where articles_fts match ${expression} limit ${FEW_MATCHES})`.execute(
    db,
  );
  return rows[0]!.n < FEW_MATCHES;
}

/**
 * Which rows hold every word. PostgreSQL: the GIN index. SQLite: a rare word drives from its few
 * matches (rowid lookups, then a sort); a common one is read as a set of ids (the `+` keeps SQLite
 * from driving from it) while articles_dated is walked newest first, so the query stops at its
 * page instead of reading and sorting every matching article in history (decision 0022).
 */
async function matches(db: Db, words: string[]) {
  if (dialectOf(db) === 'postgres')
    return sql<boolean>`to_tsvector('english', left(articles.title || ' ' || articles.text, 100000)) @@ plainto_tsquery('english', ${words.join(' ')})`;
  const expression = ftsQuery(words);
  if (await fewMatches(db, expression))
    return sql<boolean>`articles.id in (select rowid from articles_fts where articles_fts match ${expression})`;
  return sql<boolean>`+articles.id in (select rowid from articles_fts where articles_fts match ${expression})`;
}

/** Articles dated (published, else first seen) since `since` that contain every word of `query`, newest first. */
export async function searchArticles(db: Db, query: string, opts: { since: EpochMs; limit: number }): Promise<SearchHit[]> {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'url', 'outlet', 'published_at', 'first_seen_at'])
    .where(DATED, '>=', opts.since)
    .where(await matches(db, words))
    .orderBy(DATED, 'desc')
    .orderBy('id', 'desc')
    .limit(opts.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    publishedAt: r.published_at,
    firstSeenAt: r.first_seen_at,
  }));
}

/** When the oldest article kept was first seen: how far back the bot's memory reaches (undefined when empty). */
export async function oldestArticleSeenAt(db: Db): Promise<EpochMs | undefined> {
  const row = await db.selectFrom('articles').select('first_seen_at').orderBy('first_seen_at').limit(1).executeTakeFirst();
  return row?.first_seen_at;
}
