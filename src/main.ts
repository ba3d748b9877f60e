// Composition root: config → store → roles → shutdown. Roles (scheduler, HTTP listener, Slack,
// Discord) are started here and nowhere else.
import { createCommandRegistry } from './bot/commands/registry.js';
import { redactConfig, type Config } from './config.js';
import { sendJson, startHttpServer, type Route } from './http.js';
import { createLogger, type Logger } from './log.js';
import { metricsRoute } from './metrics.js';
import { runCycle } from './cycle.js';
import { digestOps, LOOKBACK_MS } from './run-slot.js';
import { createTokenBudget, summarizerFor, type Summarizer } from './digest/summarize/index.js';
import { processOwner } from './owner.js';
import { startScheduler } from './scheduler.js';
import { Shutdown } from './shutdown.js';
import { takeSchedulerSeat } from './single-scheduler.js';
import { describeFetchPolicy } from './sources/fetch/address-policy.js';
import { createFetcher } from './sources/fetch/fetcher.js';
import { syncConfiguredFeeds } from './sources/feeds-admin.js';
import { upsertDestination } from './store/destinations.js';
import { listFeeds } from './store/feeds.js';
import { seedFeeds } from './seed-feeds.js';
import { llmCacheIn } from './store/llm-cache.js';
import { migrate, openStore, type Store } from './store/store.js';

export interface App {
  config: Config;
  log: Logger;
  store: Store;
  shutdown: Shutdown;
}

/** Opens what every role needs: the logger and the migrated store. */
export async function bootstrap(config: Config, log: Logger = createLogger({ level: config.logLevel })): Promise<App> {
  log.info({ config: redactConfig(config) }, 'effective configuration');
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const shutdown = new Shutdown(log);
  shutdown.add('store', () => store.close());
  const applied = await migrate(store);
  log.info({ dialect: store.dialect, location: store.location, applied }, 'store ready');
  return { config, log, store, shutdown };
}

/** `GET /healthz`: 200 while the store answers, 503 otherwise (the container health check). */
function healthRoute(app: App): Route {
  return {
    method: 'GET',
    path: '/healthz',
    handler: async (_req, res) => {
      try {
        await app.store.db.selectFrom('leases').select('name').limit(1).execute();
        sendJson(res, 200, { ok: true, store: app.store.dialect });
      } catch {
        sendJson(res, 503, { ok: false, store: app.store.dialect });
      }
    },
  };
}

/**
 * Writes the configured feeds and destinations to the store; what is already there keeps its
 * history. With no feed configured and none stored, the curated seed list is added.
 */
export async function syncConfiguration(app: App, now = Date.now()): Promise<void> {
  const { config, store } = app;
  const useSeeds = config.feeds.length === 0 && config.seedFeeds && (await listFeeds(store.db)).length === 0;
  const added = await syncConfiguredFeeds(store.db, useSeeds ? seedFeeds() : config.feeds, now);
  if (useSeeds) app.log.info({ feeds: added.length }, 'no feed configured: polling the curated list in seeds/feeds.json');
  for (const d of config.destinations) {
    await upsertDestination(store.db, {
      platform: d.platform,
      channelId: d.channel,
      name: d.name ?? null,
      topics: d.topics,
      emptyDigest: d.emptyDigest ?? config.digest.emptyDigest,
      now,
    });
  }
  app.log.info({ feedsAdded: added.length, destinations: config.destinations.length }, 'configuration synced');
}

/** `digestbot start`: runs until SIGINT/SIGTERM. */
export async function start(config: Config): Promise<App> {
  const app = await bootstrap(config);
  const owner = processOwner();
  app.shutdown.add('scheduler seat', await takeSchedulerSeat(app.store, owner));
  await syncConfiguration(app);
  app.log.info({ policy: describeFetchPolicy(config.fetch) }, 'feed fetch policy');
  const fetcher = createFetcher(config.fetch);
  app.shutdown.add('fetcher', () => fetcher.close());
  // Loaded here so that CLI commands other than `start` do not load the Slack and Discord SDKs.
  const { adminAlert, createChatRoles } = await import('./chat.js');
  const { startOutbox } = await import('./bot/outbox/runner.js');
  const digestDeps = { store: app.store, config, log: app.log, owner, summarizer: summarizerFactory(app) };
  const commands = createCommandRegistry({
    store: app.store,
    config,
    fetcher,
    log: app.log,
    lookbackMs: LOOKBACK_MS,
    digests: digestOps(digestDeps),
  });
  const chat = await createChatRoles(config, { db: app.store.db, log: app.log, commands, owner });
  const alert = adminAlert(config, chat.posters, app.log);
  const outbox = startOutbox({ db: app.store.db, posters: chat.posters, log: app.log, owner, alert });
  app.shutdown.add('outbox', () => outbox.stop());
  const http = await startHttpServer([healthRoute(app), metricsRoute(app.store), ...chat.routes], config.port, app.log);
  app.shutdown.add('http', () => http.close());
  await chat.start();
  app.shutdown.add('chat', () => chat.stop());
  const cycleDeps = { ...digestDeps, config, fetcher, alert, kick: outbox.kick };
  const scheduler = startScheduler(() => runCycle(cycleDeps), app.log);
  app.shutdown.add('scheduler', () => scheduler.stop());
  app.shutdown.listen();
  app.log.info({ owner }, 'digestbot started');
  return app;
}

/** A summarizer per digest: the configured one, with its own token budget and the shared cache. */
export function summarizerFactory(app: App): () => Summarizer {
  const cache = llmCacheIn(app.store.db);
  return () =>
    summarizerFor(app.config.summarizer, { log: app.log, cache, budget: createTokenBudget(app.config.summarizer.tokenBudget) });
}
