// What every CLI command needs: the configuration (from --config / env) and a store it closes.
// Both load on first use, so `--help` and the commands that need neither stay light (issue 20).
import type { Command } from 'commander';
import type { Config } from '../config.js';
import type { Fetcher } from '../sources/fetch/fetcher.js';
import type { Store } from '../store/store.js';

export async function cliConfig(program: Command): Promise<Config> {
  const { loadConfig } = await import('../config.js');
  const file = program.opts<{ config?: string }>().config;
  return loadConfig(file === undefined ? {} : { file });
}

/** Opens and migrates the configured store, runs `fn`, and always closes the store. */
export async function withStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const { migrate, openStore } = await import('../store/store.js');
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The guarded fetcher polling uses, with the configured limits; the caller closes it. */
export async function cliFetcher(program: Command): Promise<Fetcher> {
  const [config, { createFetcher }] = await Promise.all([cliConfig(program), import('../sources/fetch/fetcher.js')]);
  return createFetcher(config.fetch);
}
