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
 * Which rows hold every word, for the one query that reads them. PostgreSQL: the GIN index.
 * SQLite: a rare word drives from its few matches (rowid lookups, then a sort); otherwise the set
 * of ids (the `+` keeps SQLite from driving from it) while articles_dated is walked newest first.
 */
function matches(db: Db, words: string[], few: boolean) {
  if (dialectOf(db) === 'postgres')
    return sql<boolean>`to_tsvector('english', left(articles.title || ' ' || articles.text, 100000)) @@ plainto_tsquery('english', ${words.join(' ')})`;
  const expression = ftsQuery(words);
  if (few) return sql<boolean>`articles.id in (select rowid from articles_fts where articles_fts match ${expression})`;
  return sql<boolean>`+articles.id in (select rowid from articles_fts where articles_fts match ${expression})`;
}

/** Matches read per try, newest id first: a common word has its page in the first, a less common one in the second. */
const NEWEST_MATCHES = [50, 500];

interface Dated {
  id: number;
  dated: number;
}

const newerFirst = (a: Dated, b: Dated) => b.dated - a.dated || b.id - a.id;

/**
 * SQLite, a common word (decision 0030): the index hands out its newest matches cheaply (highest
 * id first; ids follow the order articles are seen), where reading the whole set of a word in
 * nearly every article cost 40–50 ms at 310k articles, and any rowid bound on the index costs as
 * much. The newest `n` matches are dated; their top `limit` is the answer when every match was
 * read, or when no article with a lower id is dated after the last of them (articles_dated tells
 * at once: few articles are newer than a common word's tenth match). Otherwise a larger `n`, then
 * undefined: the query over the whole set answers (a word common in history but rare lately).
 */
async function newestMatches(db: Db, expression: string, since: EpochMs, limit: number): Promise<number[] | undefined> {
  for (const n of NEWEST_MATCHES) {
    const { rows: ids } = await sql<{
      id: number;
    }>`select rowid as id from articles_fts where articles_fts match ${expression} order by rowid desc limit ${n}`.execute(db);
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('articles')
      .select(['id', DATED.as('dated')])
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .where(DATED, '>=', since)
      .execute();
    const top = rows.sort(newerFirst).slice(0, limit);
    if (ids.length < n) return top.map((r) => r.id);
    if (top.length < limit) continue;
    const last = top.at(-1)!;
    const lowest = ids.at(-1)!.id;
    const unseen = await db
      .selectFrom('articles')
      .select('id')
      .where(DATED, '>=', last.dated)
      .where('id', '<', lowest)
      .limit(1)
      .executeTakeFirst();
    if (!unseen) return top.map((r) => r.id);
  }
  return undefined;
}

/** Articles dated (published, else first seen) since `since` that contain every word of `query`, newest first. */
export async function searchArticles(db: Db, query: string, opts: { since: EpochMs; limit: number }): Promise<SearchHit[]> {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const sqlite = dialectOf(db) === 'sqlite';
  const few = sqlite && (await fewMatches(db, ftsQuery(words)));
  const walked = sqlite && !few ? await newestMatches(db, ftsQuery(words), opts.since, opts.limit) : undefined;
  if (walked?.length === 0) return [];
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'url', 'outlet', 'published_at', 'first_seen_at'])
    .where(DATED, '>=', opts.since)
    .$if(walked === undefined, (q) => q.where(matches(db, words, few)))
    .$if(walked !== undefined, (q) => q.where('id', 'in', walked!))
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
