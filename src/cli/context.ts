// What every CLI command needs: the configuration (from --config / env) and a store it closes.
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { migrate, openStore, type Store } from '../store/store.js';

export function cliConfig(program: Command): Config {
  const file = program.opts<{ config?: string }>().config;
  return loadConfig(file === undefined ? {} : { file });
}

/** Opens and migrates the configured store, runs `fn`, and always closes the store. */
export async function withStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}
