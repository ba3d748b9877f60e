// Composition root: config → store → roles → shutdown. Roles (scheduler, HTTP listener, Slack,
// Discord) are started here and nowhere else.
import { createCommandRegistry } from './bot/commands/registry.js';
import { ConfigError, type Config } from './config.js';
import { healthRoute } from './http/health.js';
import { metricsRoute } from './http/metrics.js';
import { watchStoreWrites } from './http/store-watch.js';
import { startHttpServer } from './http/server.js';
import { runCycle, type CycleDeps } from './pipeline/cycle.js';
import { cycleDeps } from './pipeline/deps.js';
import { digestOps } from './pipeline/run-slot.js';
import { configProblems } from './pipeline/config-problems.js';
import { reconcileConfiguration } from './pipeline/reconcile.js';
import { bootstrap, type App } from './runtime/app.js';
import { startScheduler } from './runtime/clock.js';
import { processOwner } from './runtime/owner.js';
import { takeSchedulerSeat } from './runtime/scheduler-seat.js';
import { describeFetchPolicy } from './sources/fetch/address-policy.js';
import { createFetcher } from './sources/fetch/fetcher.js';
import { createPollThreads } from './sources/poll-threads.js';

/** `digestbot start`: runs until SIGINT/SIGTERM. */
export async function start(config: Config): Promise<App> {
  const { errors } = configProblems(config);
  if (errors.length > 0) throw new ConfigError(errors, 'settings that cannot work together');
  const app = await bootstrap(config);
  const owner = processOwner();
  app.shutdown.add('scheduler seat', await takeSchedulerSeat(app.store, owner));
  await reconcileConfiguration(app);
  app.log.info({ policy: describeFetchPolicy(config.fetch) }, 'feed fetch policy');
  const fetcher = createFetcher(config.fetch);
  app.shutdown.add('fetcher', () => fetcher.close());
  const threads = createPollThreads();
  app.shutdown.add('poll threads', () => threads.close());
  // Loaded here so that CLI commands other than `start` do not load the Slack and Discord SDKs.
  const { adminAlert, createChatRoles } = await import('./pipeline/chat-roles.js');
  const { startOutbox } = await import('./bot/outbox/runner.js');
  // The commands need the digest pipeline, and the alert needs the chat posters: the alert is late-bound.
  let alert: CycleDeps['alert'] = async () => undefined;
  const deps = cycleDeps(app, { owner, fetcher, threads, alert: (text) => alert(text) });
  const commands = createCommandRegistry({ store: app.store, config, fetcher, log: app.log, digests: digestOps(deps) });
  const chat = await createChatRoles(config, { db: app.store.db, log: app.log, commands, owner });
  alert = adminAlert(config, chat.posters, app.log);
  const outbox = startOutbox({ db: app.store.db, posters: chat.posters, log: app.log, owner, alert });
  app.shutdown.add('outbox', () => outbox.stop());
  const writes = watchStoreWrites(app.store, app.log);
  app.shutdown.add('store write check', async () => writes.stop());
  const http = await startHttpServer(
    [healthRoute(app.store, writes), metricsRoute(app.store, writes), ...chat.routes],
    config.port,
    app.log,
  );
  app.shutdown.add('http', () => http.close());
  await chat.start();
  app.shutdown.add('chat', () => chat.stop());
  const scheduler = startScheduler(() => runCycle({ ...deps, kick: outbox.kick }), app.log);
  app.shutdown.add('scheduler', () => scheduler.stop());
  app.shutdown.listen();
  app.log.info({ owner }, 'digestbot started');
  return app;
}
