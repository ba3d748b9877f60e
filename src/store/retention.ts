// Retention (decision 0022): articles first seen before the window are deleted in small batches,
// and with them (foreign-key cascades) their feed items and digest links; their search rows go
// with them (SQLite: the FTS5 delete trigger; PostgreSQL: the GIN index). Rounds and their sources
// (evidence, title, link, outlet) are not touched. Each batch is one short statement, so neither
// the SQLite writer nor a reader waits long; SQLite then hands freed pages back to the file.
import { sql } from 'kysely';
import type { EpochMs } from '../model.js';
import { dialectOf } from './dialect.js';
import type { Db } from './store.js';

/**
 * Articles per delete: each one also deletes its search row, feed items and digest links, and
 * the search index's merges grow with its size. At 1M stored articles a batch of 500 held the
 * SQLite connection (and the event loop) for 86 ms of CPU, one of 200 for 48 ms (decision 0030).
 */
export const PRUNE_BATCH = 100;
/** Free pages SQLite returns to the file system per statement (4 KiB each: 4 MiB). */
const VACUUM_STEP = 1_024;

/** Deletes up to `limit` articles first seen before `before`, oldest first; how many were deleted. */
export async function pruneArticleBatch(db: Db, before: EpochMs, limit = PRUNE_BATCH): Promise<number> {
  const ids = await db
    .selectFrom('articles')
    .select('id')
    .where('first_seen_at', '<', before)
    .orderBy('first_seen_at')
    .limit(limit)
    .execute();
  if (ids.length === 0) return 0;
  const res = await db
    .deleteFrom('articles')
    .where(
      'id',
      'in',
      ids.map((r) => r.id),
    )
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

/**
 * SQLite: returns up to VACUUM_STEP free pages to the file system, on a file created with
 * auto_vacuum = incremental (new files are: see dialect.ts); whether free pages are left to
 * return. A file created before keeps its size and reuses the freed pages for new rows instead
 * (`digestbot` never runs a full VACUUM itself): nothing to return there.
 */
export async function releaseFreePages(db: Db): Promise<boolean> {
  if (dialectOf(db) !== 'sqlite') return false;
  const { rows } = await sql<{ auto_vacuum: number }>`pragma auto_vacuum`.execute(db);
  if (rows[0]?.auto_vacuum !== 2) return false;
  await sql`pragma incremental_vacuum(${sql.lit(VACUUM_STEP)})`.execute(db);
  const free = await sql<{ freelist_count: number }>`pragma freelist_count`.execute(db);
  return (free.rows[0]?.freelist_count ?? 0) > 0;
}

/** Pages of the search index one merge step rewrites (4 KiB each). */
const MERGE_PAGES = 100;

/**
 * SQLite: one bounded step of merging the search index's segments (FTS5 `merge`, any level). A
 * deleted article leaves delete markers in the index until the segments holding them merge; with
 * a pass of pruning every cycle, and no merge, the index grew by half again each month past the
 * window while the article count stayed the same (decision 0030).
 */
export async function mergeSearchIndex(db: Db): Promise<void> {
  if (dialectOf(db) === 'sqlite')
    await sql`insert into articles_fts(articles_fts, rank) values ('merge', ${sql.lit(-MERGE_PAGES)})`.execute(db);
}

/** FTS5's own merging after every write (its default: when 4 segments share a level). */
const AUTOMERGE_DEFAULT = 4;

/**
 * SQLite: whether the search index merges its segments by itself after each write. A pass of
 * pruning turns it off while it deletes: at 1M articles, FTS5's own merging inside a 100-article
 * delete held the connection for 40–500 ms every seventh batch (one step of it per commit, growing
 * as the index's levels fill), against 5–19 ms without; the pass then merges in bounded steps of its
 * own (`mergeSearchIndex`) and turns it back on (decision 0030).
 */
export async function searchIndexAutomerge(db: Db, on: boolean): Promise<void> {
  if (dialectOf(db) === 'sqlite')
    await sql`insert into articles_fts(articles_fts, rank) values ('automerge', ${sql.lit(on ? AUTOMERGE_DEFAULT : 0)})`.execute(
      db,
    );
}
