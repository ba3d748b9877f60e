import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Full-text search over articles (`/search`). SQLite: an FTS5 index over title and text that
// reads its content from `articles` and is kept in step by triggers. PostgreSQL: a GIN index on
// the English tsvector of title and text (capped, so a huge article can never fail its insert).
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`create index articles_search on articles using gin (to_tsvector('english', left(title || ' ' || text, 100000)))`.execute(
      db,
    );
    return;
  }
  await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(
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
