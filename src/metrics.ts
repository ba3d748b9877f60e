// `GET /metrics` in Prometheus text format: the store's view (the same on every replica) plus this
// process's runtime metrics. Gauges are read from the store at scrape time.
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Route } from './http.js';
import type { Store } from './store/store.js';

type Labels = Record<string, string>;

async function counts(store: Store, table: 'feeds' | 'deliveries', column: 'status'): Promise<[Labels, number][]> {
  const rows = await store.db
    .selectFrom(table)
    .select([column, (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(column)
    .execute();
  return rows.map((r) => [{ status: String(r.status) }, Number(r.n)]);
}

export function metricsRoute(store: Store): Route {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'digestbot_' });
  const gauge = (name: string, help: string, labelNames: string[], read: () => Promise<[Labels, number][]>) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        for (const [labels, value] of await read()) this.set(labels, value);
      },
    });
  gauge('digestbot_feeds', 'Feeds by status', ['status'], () => counts(store, 'feeds', 'status'));
  gauge('digestbot_feeds_failing', 'Active feeds whose last check failed', [], async () => {
    const r = await store.db
      .selectFrom('feeds')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'active')
      .where('consecutive_failures', '>', 0)
      .executeTakeFirstOrThrow();
    return [[{}, Number(r.n)]];
  });
  gauge('digestbot_deliveries', 'Deliveries by status', ['status'], () => counts(store, 'deliveries', 'status'));
  gauge('digestbot_articles', 'Articles stored', [], async () => {
    const r = await store.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return [[{}, Number(r.n)]];
  });
  gauge('digestbot_last_slot_timestamp_seconds', 'The latest slot with a finished run', [], async () => {
    const r = await store.db
      .selectFrom('slot_runs')
      .select((eb) => eb.fn.max('slot_at').as('at'))
      .where('status', 'in', ['done', 'skipped'])
      .executeTakeFirst();
    return r?.at ? [[{}, Number(r.at) / 1000]] : [];
  });
  return {
    method: 'GET',
    path: '/metrics',
    handler: async (_req, res) => {
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType }).end(body);
    },
  };
}
