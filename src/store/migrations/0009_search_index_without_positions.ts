import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// SQLite: the search index keeps which articles hold a word, not where (FTS5 detail=none).
// `/search` only asks for articles holding every word and orders by date, never by phrase or
// rank. Positions were most of the index and a quarter of the cost of indexing an article, the
// largest share of a poll cycle's writing (the bench's database: 963 MB with them, 808 without). The triggers of 0006 name the table, not its
// options, so they keep it in step. PostgreSQL's GIN index is unchanged.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') return;
  await sql`drop table articles_fts`.execute(db);
  await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='id', detail=none, tokenize='porter unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
}
