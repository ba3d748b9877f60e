import type { Kysely } from 'kysely';
import { feedKey } from '../feed-key.js';

// Who owns each feed and destination (decision 0020): `config` rows follow the config file at
// every start, `admin` rows are created and changed in chat or the CLI, `seed` feeds stand in
// while nothing else exists. Rows from before were all written by the config sync (feeds with
// added_by 'config', every destination). Feeds also get their canonical key (http/https and
// trailing-slash twins are one feed) and the site they belong to (OPML htmlUrl). Twins already
// stored keep their rows but the later ones are disabled as duplicates: the key is unique.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('feeds')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('admin'))
    .execute();
  await db.schema.alterTable('feeds').addColumn('canonical_key', 'text').execute();
  await db.schema.alterTable('feeds').addColumn('site_url', 'text').execute();
  await db.schema
    .alterTable('destinations')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('admin'))
    .execute();

  const typed = db as unknown as Kysely<{
    feeds: {
      id: number;
      url: string;
      origin: string;
      added_by: string | null;
      canonical_key: string | null;
      status: string;
      disabled_reason: string | null;
    };
    destinations: { origin: string };
  }>;
  await typed.updateTable('feeds').set({ origin: 'config' }).where('added_by', '=', 'config').execute();
  await typed.updateTable('destinations').set({ origin: 'config' }).execute();
  const seen = new Set<string>();
  for (const f of await typed.selectFrom('feeds').select(['id', 'url']).orderBy('id').execute()) {
    const key = feedKey(f.url);
    if (seen.has(key)) {
      await typed
        .updateTable('feeds')
        .set({ status: 'disabled', disabled_reason: 'DUPLICATE_FEED' })
        .where('id', '=', f.id)
        .execute();
      continue;
    }
    seen.add(key);
    await typed.updateTable('feeds').set({ canonical_key: key }).where('id', '=', f.id).execute();
  }
  await db.schema.createIndex('feeds_canonical_key').on('feeds').column('canonical_key').unique().execute();
}
