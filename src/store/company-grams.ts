// Candidate companies for a typed name, without reading every alias: each alias key is indexed
// by its trigrams (company_alias_grams), and a query reads the aliases that share the most
// trigrams with it. Each trigram's posting list is read up to a cap, so a common trigram (every
// "…robotics") costs no more than a rare one, and a rare name is found however many names share
// its common words.
import { sql } from 'kysely';
import type { Db } from './store.js';

export interface AliasCandidate {
  alias_key: string;
  company_key: string;
  display_name: string;
}

/** Only the start of a long name is indexed and compared. */
const INDEXED_CHARS = 32;
/** Names are also indexed by their first 3…8 characters (`^kalo`), so a typed prefix finds its names directly. */
const PREFIXES = [3, 8] as const;
/** Rows read per trigram of the query. */
const POSTING_CAP = 150;
const CANDIDATES = 150;

const trigrams = (padded: string) => {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
};

/** Trigrams of an alias key, padded at both ends ("  a", " ap", …, "ik "), and its prefixes ("^app" … "^apptroni"). */
export function aliasGrams(key: string): string[] {
  const out = trigrams(`  ${key.slice(0, INDEXED_CHARS)} `);
  for (let n = PREFIXES[0]; n <= Math.min(PREFIXES[1], key.length); n++) out.add(`^${key.slice(0, n)}`);
  return [...out];
}

/** Trigrams of what a user typed, without end padding (a prefix shares all of them with the full name), and its longest indexed prefix. */
export function queryGrams(key: string): string[] {
  const out = trigrams(`  ${key.slice(0, INDEXED_CHARS)}`);
  if (key.length >= PREFIXES[0]) out.add(`^${key.slice(0, PREFIXES[1])}`);
  return [...out];
}

export async function indexAliasGrams(db: Db, aliasKey: string): Promise<void> {
  const rows = aliasGrams(aliasKey).map((gram) => ({ gram, alias_key: aliasKey }));
  if (rows.length === 0) return;
  await db
    .insertInto('company_alias_grams')
    .values(rows)
    .onConflict((oc) => oc.columns(['gram', 'alias_key']).doNothing())
    .execute();
}

/** How many aliases carry each trigram, counted up to POSTING_CAP. */
async function postingSizes(db: Db, grams: string[]): Promise<Map<string, number>> {
  const counts = sql.join(
    grams.map(
      (g, i) =>
        sql`select ${g} as gram, (select count(*) from (select 1 from company_alias_grams where gram = ${g} limit ${POSTING_CAP}) ${sql.raw(`c${i}`)}) as n`,
    ),
    sql` union all `,
  );
  const rows = (await sql<{ gram: string; n: number | string }>`${counts}`.execute(db)).rows;
  return new Map(rows.map((r) => [r.gram, Number(r.n)]));
}

/** Aliases sharing the most of `grams`, each posting list read up to POSTING_CAP. */
async function sharing(db: Db, grams: string[]): Promise<string[]> {
  if (grams.length === 0) return [];
  const postings = sql.join(
    grams.map(
      (g, i) =>
        sql`select alias_key from (select alias_key from company_alias_grams where gram = ${g} limit ${POSTING_CAP}) ${sql.raw(`p${i}`)}`,
    ),
    sql` union all `,
  );
  const q = sql<{ alias_key: string }>`select alias_key from (${postings}) hits
    group by alias_key order by count(*) desc, alias_key limit ${CANDIDATES}`;
  return (await q.execute(db)).rows.map((r) => r.alias_key);
}

/**
 * The aliases most like `queryKey` (a company key): the exact alias, then those sharing the most
 * trigrams. Only the rare trigrams (complete posting lists) rank when the query has any: a cut
 * list of a common one is an arbitrary slice.
 */
export async function aliasCandidates(db: Db, queryKey: string): Promise<AliasCandidate[]> {
  const grams = queryGrams(queryKey);
  if (grams.length === 0) return [];
  const sizes = await postingSizes(db, grams);
  const rare = grams.filter((g) => (sizes.get(g) ?? 0) < POSTING_CAP && (sizes.get(g) ?? 0) > 0);
  const keys = await sharing(db, rare.length > 0 ? rare : grams);
  return db
    .selectFrom('company_aliases')
    .select(['alias_key', 'company_key', 'display_name'])
    .where('alias_key', 'in', [queryKey, ...keys])
    .execute();
}
