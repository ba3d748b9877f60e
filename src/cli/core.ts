// `digestbot start | migrate | config check`.
import type { Command } from 'commander';
import { redactConfig } from '../config.js';
import { start } from '../main.js';
import { migrate, openStore } from '../store/store.js';
import { cliConfig } from './context.js';

export function registerCore(program: Command): void {
  program
    .command('start')
    .description('run the bot: scheduler, HTTP listener, Slack and Discord')
    .action(async () => {
      await start(cliConfig(program));
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      const cfg = cliConfig(program);
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
      process.stdout.write(`${JSON.stringify(redactConfig(cliConfig(program)), null, 2)}\n`);
    });
}
