import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Rounds outlive the articles that reported them (retention prunes articles, decision 0022): each
// source keeps what `/round` shows of its article (title, link, outlet) beside its evidence
// sentence, and no longer references `articles`, so pruning an article leaves the round whole.
// Pruning deletes articles by id: digest_articles gets the index its cascade needs.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await db.schema.createIndex('digest_articles_article').on('digest_articles').column('article_id').execute();
  if (dialect === 'postgres') {
    await sql`alter table round_sources add column title text not null default '', add column url text, add column outlet text not null default ''`.execute(
      db,
    );
    await sql`update round_sources set title = a.title, url = coalesce(a.canonical_url, a.url), outlet = a.outlet
      from articles a where a.id = round_sources.article_id`.execute(db);
    await sql`alter table round_sources drop constraint round_sources_article_id_fkey`.execute(db);
    return;
  }
  // SQLite cannot drop a foreign key: the table is rebuilt (the documented way), rows and keys kept.
  await sql`create table round_sources_new (
    round_id bigint not null references rounds (id) on delete cascade,
    article_id bigint not null,
    evidence text not null,
    amount double precision,
    currency text,
    valuation double precision,
    seen_at bigint not null,
    title text not null default '',
    url text,
    outlet text not null default '',
    constraint round_sources_pk primary key (round_id, article_id)
  )`.execute(db);
  await sql`insert into round_sources_new
    select s.round_id, s.article_id, s.evidence, s.amount, s.currency, s.valuation, s.seen_at,
      coalesce(a.title, ''), coalesce(a.canonical_url, a.url), coalesce(a.outlet, '')
    from round_sources s left join articles a on a.id = s.article_id`.execute(db);
  await sql`drop table round_sources`.execute(db);
  await sql`alter table round_sources_new rename to round_sources`.execute(db);
  await db.schema.createIndex('round_sources_article').on('round_sources').columns(['article_id', 'round_id']).execute();
}
