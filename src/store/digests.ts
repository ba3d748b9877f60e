// Digests and the articles they used: a digest per (destination, slot), an article in at most
// one digest per destination. Both rules are unique keys, so a retry can never double them.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import type { Article, Destination, Digest, EpochMs } from '../model.js';
import { articleFromRow } from './articles.js';
import { readJson } from './json.js';
import type { Db } from './store.js';

export interface Window {
  /** Articles first seen at or before this instant (the slot). */
  until: EpochMs;
  /** …and after this one: a cap on how far back a digest reaches. */
  since: EpochMs;
  limit: number;
}

function pending(db: Db, dest: Destination, w: Omit<Window, 'limit'>) {
  const q = db
    .selectFrom('articles')
    .where('digest_eligible', '=', 1)
    .where('first_seen_at', '<=', w.until)
    .where('first_seen_at', '>', w.since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('digest_articles')
            .select('digest_articles.article_id')
            .whereRef('digest_articles.article_id', '=', 'articles.id')
            .where('digest_articles.destination_id', '=', dest.id),
        ),
      ),
    );
  const inTopics = dest.topics.length > 0 ? q.where('topic', 'in', dest.topics) : q;
  // An article every one of whose feeds is paused for this destination stays out.
  return inTopics.where(({ not, and, exists, selectFrom }) =>
    not(
      and([
        exists(
          selectFrom('feed_items as fp')
            .innerJoin('destination_paused_feeds as p', 'p.feed_id', 'fp.feed_id')
            .select('fp.article_id')
            .whereRef('fp.article_id', '=', 'articles.id')
            .where('p.destination_id', '=', dest.id),
        ),
        not(
          exists(
            selectFrom('feed_items as fa')
              .select('fa.article_id')
              .whereRef('fa.article_id', '=', 'articles.id')
              .where(({ not: n, exists: e, selectFrom: s2 }) =>
                n(
                  e(
                    s2('destination_paused_feeds as p2')
                      .select('p2.feed_id')
                      .whereRef('p2.feed_id', '=', 'fa.feed_id')
                      .where('p2.destination_id', '=', dest.id),
                  ),
                ),
              ),
          ),
        ),
      ]),
    ),
  );
}

/**
 * Rows per read of a window: 5,000 articles in one statement held the main thread for 60–90 ms
 * of CPU on SQLite; pages of 1,000 with the event loop free in between (decision 0030).
 */
const PAGE = 1_000;

/** Eligible articles the destination has not had yet, in its topics, newest first. */
export async function articlesForDestination(db: Db, dest: Destination, w: Window): Promise<Article[]> {
  const out: Article[] = [];
  let after: Article | undefined;
  while (out.length < w.limit) {
    const from = after;
    const size = Math.min(PAGE, w.limit - out.length);
    const rows = await pending(db, dest, w)
      .$if(from !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('first_seen_at', '<', from!.firstSeenAt),
            eb.and([eb('first_seen_at', '=', from!.firstSeenAt), eb('articles.id', '<', from!.id)]),
          ]),
        ),
      )
      .selectAll('articles')
      .orderBy('first_seen_at', 'desc')
      .orderBy('id', 'desc')
      .limit(size)
      .execute();
    out.push(...rows.map(articleFromRow));
    if (rows.length < size) break;
    after = out.at(-1);
    await yieldToLoop();
  }
  return out;
}

/** How many articles the destination's next digest could draw from (`/digest status`). */
export async function countPendingArticles(db: Db, dest: Destination, w: Omit<Window, 'limit'>): Promise<number> {
  const row = await pending(db, dest, w)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Stores the digest and claims its articles for the destination. Returns false, changing
 * nothing, when this slot already has a digest for the destination. Call inside a transaction
 * together with queueing its deliveries.
 */
export async function saveDigest(db: Db, digest: Digest, articleIds: number[], now: EpochMs): Promise<boolean> {
  const inserted = await db
    .insertInto('digests')
    .values({
      id: digest.id,
      destination_id: digest.destinationId,
      slot_at: digest.slot.at,
      body: JSON.stringify(digest),
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  for (let i = 0; i < articleIds.length; i += 500) {
    const values = articleIds
      .slice(i, i + 500)
      .map((article_id) => ({ destination_id: digest.destinationId, article_id, digest_id: digest.id }));
    await db
      .insertInto('digest_articles')
      .values(values)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return true;
}

const digestBody = z.custom<Digest>((v) => typeof v === 'object' && v !== null && 'id' in v && 'slot' in v && 'stories' in v);

/** The most recent digest built for a destination. */
export async function latestDigest(db: Db, destinationId: number): Promise<Digest | undefined> {
  const row = await db
    .selectFrom('digests')
    .select('body')
    .where('destination_id', '=', destinationId)
    .orderBy('slot_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && readJson(digestBody, row.body, 'digests.body');
}

/** Headlines (stories and "Also" items) of the destination's last few digests before a slot: what its readers have seen. */
export async function earlierHeadlines(db: Db, destinationId: number, before: EpochMs, digests = 3): Promise<string[]> {
  const rows = await db
    .selectFrom('digests')
    .select('body')
    .where('destination_id', '=', destinationId)
    .where('slot_at', '<', before)
    .orderBy('slot_at', 'desc')
    .limit(digests)
    .execute();
  return rows.flatMap((r) => {
    const d = readJson(digestBody, r.body, 'digests.body');
    return [...d.stories.map((s) => s.headline), ...(d.also?.items ?? []).map((i) => i.headline)];
  });
}
