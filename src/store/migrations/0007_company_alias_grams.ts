import type { Kysely } from 'kysely';
import { aliasGrams } from '../company-grams.js';

// A trigram index of company aliases, so `/round` finds a mistyped name without reading them all.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('company_alias_grams')
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('alias_key', 'text', (c) => c.notNull().references('company_aliases.alias_key').onDelete('cascade'))
    .addPrimaryKeyConstraint('company_alias_grams_pk', ['gram', 'alias_key'])
    .execute();
  const aliases = db as unknown as Kysely<{ company_aliases: { alias_key: string } }>;
  const grams = db as unknown as Kysely<{ company_alias_grams: { gram: string; alias_key: string } }>;
  const keys = await aliases.selectFrom('company_aliases').select('alias_key').execute();
  const rows = keys.flatMap((k) => aliasGrams(k.alias_key).map((gram) => ({ gram, alias_key: k.alias_key })));
  for (let i = 0; i < rows.length; i += 400)
    await grams
      .insertInto('company_alias_grams')
      .values(rows.slice(i, i + 400))
      .execute();
}
