import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// SQLite: a deleted article's words leave the search index at once (FTS5 secure-delete) instead
// of as delete markers kept until segments merge. With retention pruning every day the markers
// made the index grow for ever: in the steady-state bench (90-day window, constant article count)
// it doubled over a month past the window (decision 0030). PostgreSQL's GIN index is cleaned by
// autovacuum.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') return;
  await sql`insert into articles_fts(articles_fts, rank) values ('secure-delete', 1)`.execute(db);
}
