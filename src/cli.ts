#!/usr/bin/env node
// `digestbot <command>`: the bot and the tools an admin (and the evaluation) runs.
import { Command } from 'commander';
import { ConfigError, loadConfig, redactConfig } from './config.js';
import { AppError, errorMessage } from './errors.js';
import { silentLogger } from './log.js';
import { start } from './main.js';
import { migrate, openStore } from './store/store.js';
import { VERSION } from './version.js';

const program = new Command()
  .name('digestbot')
  .description('Self-hosted news digests for Slack and Discord')
  .version(VERSION)
  .option('-c, --config <file>', 'config file (JSON or YAML); default $DIGESTBOT_CONFIG')
  .showHelpAfterError();

function config() {
  const file = program.opts<{ config?: string }>().config;
  return loadConfig(file === undefined ? {} : { file });
}

program
  .command('start')
  .description('run the bot: scheduler, HTTP listener, Slack and Discord')
  .action(async () => {
    await start(config());
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const cfg = config();
    const store = await openStore({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
    try {
      const applied = await migrate(store);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
    } finally {
      await store.close();
    }
  });

program
  .command('config')
  .description('configuration tools')
  .command('check')
  .description('validate the configuration and print it with secrets redacted')
  .action(() => {
    process.stdout.write(`${JSON.stringify(redactConfig(config()), null, 2)}\n`);
  });

/** Every failure ends as one readable paragraph on stderr and a non-zero exit code. */
export async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const code = err instanceof AppError ? err.code : 'INTERNAL';
    process.stderr.write(`digestbot: ${code}: ${errorMessage(err)}\n`);
    if (!(err instanceof AppError)) silentLogger().error({ err }, 'unexpected');
    process.exitCode = err instanceof ConfigError ? 2 : 1;
  }
}

await main(process.argv);
