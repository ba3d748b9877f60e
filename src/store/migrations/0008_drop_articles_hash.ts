import type { Kysely } from 'kysely';

// No query looks articles up by content hash (clustering compares the hashes of the articles it
// has loaded), and maintaining the index cost every insert a random B-tree write.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('articles_hash').execute();
}
