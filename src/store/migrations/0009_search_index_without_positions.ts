import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// SQLite: the search index keeps which articles hold a word, not where (FTS5 detail=none).
// `/search` only asks for articles holding every word and orders by date, never by phrase or
// rank; positions made the index a fifth larger and indexing an article a quarter slower, the
// largest share of a poll cycle's writing. PostgreSQL's GIN index is unchanged.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') return;
  for (const trigger of ['articles_fts_insert', 'articles_fts_delete', 'articles_fts_update'])
    await sql`drop trigger ${sql.id(trigger)}`.execute(db);
  await sql`drop table articles_fts`.execute(db);
  await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='id', detail=none, tokenize='porter unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql`create trigger articles_fts_insert after insert on articles begin
    insert into articles_fts(rowid, title, text) values (new.id, new.title, new.text);
  end`.execute(db);
  await sql`create trigger articles_fts_delete after delete on articles begin
    insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.id, old.title, old.text);
  end`.execute(db);
  await sql`create trigger articles_fts_update after update of title, text on articles begin
    insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.id, old.title, old.text);
    insert into articles_fts(rowid, title, text) values (new.id, new.title, new.text);
  end`.execute(db);
  await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
}
