// Composition root: config → store → roles → shutdown. Roles (scheduler, HTTP listener, Slack,
// Discord) are started here and nowhere else.
import type { CommandHandler } from './bot/commands/types.js';
import { redactConfig, type Config } from './config.js';
import { sendJson, startHttpServer, type Route } from './http.js';
import { createLogger, type Logger } from './log.js';
import { Shutdown } from './shutdown.js';
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

export interface StartOptions {
  /** Slash commands (the command registry); without it no command endpoint is mounted. */
  commands?: CommandHandler;
}

/** `digestbot start`: runs until SIGINT/SIGTERM. */
export async function start(config: Config, options: StartOptions = {}): Promise<App> {
  const app = await bootstrap(config);
  // Loaded here so that CLI commands other than `start` do not load the Slack and Discord SDKs.
  const { adminAlert, createChatRoles, processOwner } = await import('./chat.js');
  const { startOutbox } = await import('./bot/outbox/runner.js');
  const chat = await createChatRoles(config, { db: app.store.db, log: app.log, commands: options.commands ?? null });
  const outbox = startOutbox({
    db: app.store.db,
    posters: chat.posters,
    log: app.log,
    owner: processOwner(),
    alert: adminAlert(config, chat.posters, app.log),
  });
  app.shutdown.add('outbox', () => outbox.stop());
  const http = await startHttpServer([healthRoute(app), ...chat.routes], config.port, app.log);
  app.shutdown.add('http', () => http.close());
  await chat.start();
  app.shutdown.add('chat', () => chat.stop());
  app.shutdown.listen();
  app.log.info('digestbot started');
  return app;
}
