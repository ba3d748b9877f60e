// `GET /metrics` in Prometheus text format: the store's view (the same on every replica) plus this
// process's runtime metrics. Gauges are read from the store at scrape time.
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Route } from './server.js';
import { lastFinishedSlot } from '../store/slot-runs.js';
import { articleCount, deliveriesByStatus, failingFeedCount, feedsByStatus } from '../store/stats.js';
import type { Store } from '../store/store.js';
import type { StoreWatch } from './store-watch.js';

type Labels = Record<string, string>;

export function metricsRoute(store: Store, writes: StoreWatch): Route {
  const { db } = store;
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
  const single = (read: () => Promise<number | undefined>) => async (): Promise<[Labels, number][]> => {
    const value = await read();
    return value === undefined ? [] : [[{}, value]];
  };
  gauge('digestbot_feeds', 'Feeds by status', ['status'], () => feedsByStatus(db));
  gauge(
    'digestbot_feeds_failing',
    'Active feeds whose last check failed',
    [],
    single(() => failingFeedCount(db)),
  );
  gauge('digestbot_deliveries', 'Deliveries by status', ['status'], () => deliveriesByStatus(db));
  gauge(
    'digestbot_articles',
    'Articles stored',
    [],
    single(() => articleCount(db)),
  );
  gauge(
    'digestbot_last_slot_timestamp_seconds',
    'The latest slot with a finished run',
    [],
    single(async () => {
      const at = await lastFinishedSlot(db);
      return at === undefined ? undefined : at / 1000;
    }),
  );
  gauge(
    'digestbot_store_write_ok',
    '1 while the last write check of the store passed, 0 while it cannot be written',
    [],
    single(async () => (writes.problem() === null ? 1 : 0)),
  );
  return {
    method: 'GET',
    path: '/metrics',
    handler: async (_req, res) => {
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType }).end(body);
    },
  };
}
