// What every long-running command opens first (`start`, `once`): the logger, the migrated store,
// and the shutdown list that closes them in order.
import { redactConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { migrate, openStore, type Store } from '../store/store.js';
import { Shutdown } from './shutdown.js';

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
