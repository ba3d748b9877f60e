// Counts the metrics endpoint reads at scrape time: the store's view, the same on every replica.
import type { Db } from './store.js';

type Labels = Record<string, string>;

async function countsByStatus(db: Db, table: 'feeds' | 'deliveries'): Promise<[Labels, number][]> {
  const rows = await db
    .selectFrom(table)
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return rows.map((r) => [{ status: String(r.status) }, Number(r.n)]);
}

export const feedsByStatus = (db: Db) => countsByStatus(db, 'feeds');
export const deliveriesByStatus = (db: Db) => countsByStatus(db, 'deliveries');

/** Active feeds whose last check failed. */
export async function failingFeedCount(db: Db): Promise<number> {
  const r = await db
    .selectFrom('feeds')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'active')
    .where('consecutive_failures', '>', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function articleCount(db: Db): Promise<number> {
  const r = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
