// Candidate companies for a typed name, without reading every alias: each alias key is indexed
// by its trigrams (company_alias_grams), and a query reads the aliases that share the most
// trigrams with it. Each trigram's posting list is read up to a cap, so a common trigram (every
// "…robotics") costs no more than a rare one; ranking counts only the rare trigrams (complete
// lists) when the query has any, so a rare name is found however many names share its common words.
import { sql } from 'kysely';
import type { Db } from './store.js';

export interface AliasCandidate {
  alias_key: string;
  company_key: string;
  display_name: string;
}

/** Only the start of a long name is indexed and compared. */
const INDEXED_CHARS = 32;
/** Rows read per trigram of the query. */
const POSTING_CAP = 800;
const CANDIDATES = 150;

const trigrams = (padded: string) => {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
};

/** Trigrams of an alias key, padded at both ends ("  a", " ap", …, "ik "). */
export function aliasGrams(key: string): string[] {
  return trigrams(`  ${key.slice(0, INDEXED_CHARS)} `);
}

/** Trigrams of what a user typed: no end padding, so a prefix shares all of them with the full name. */
export function queryGrams(key: string): string[] {
  return trigrams(`  ${key.slice(0, INDEXED_CHARS)}`);
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

/** The aliases most like `queryKey` (a company key): the exact alias, then those sharing the most trigrams. */
export async function aliasCandidates(db: Db, queryKey: string): Promise<AliasCandidate[]> {
  const grams = queryGrams(queryKey);
  if (grams.length === 0) return [];
  const postings = sql.join(
    grams.map(
      (g, i) =>
        sql`select gram, alias_key from (select gram, alias_key from company_alias_grams where gram = ${g} limit ${POSTING_CAP}) ${sql.raw(`p${i}`)}`,
    ),
    sql` union all `,
  );
  // Ranked by the rare trigrams alone when there are any: a cut posting list is an arbitrary slice.
  const shared = sql<{ alias_key: string }>`with hits as materialized (${postings}),
    rare as (select gram from hits group by gram having count(*) < ${POSTING_CAP})
    select alias_key from hits
    where gram in (select gram from rare) or not exists (select 1 from rare)
    group by alias_key order by count(*) desc, alias_key limit ${CANDIDATES}`;
  const keys = (await shared.execute(db)).rows.map((r) => r.alias_key);
  return db
    .selectFrom('company_aliases')
    .select(['alias_key', 'company_key', 'display_name'])
    .where('alias_key', 'in', [queryKey, ...keys])
    .execute();
}
