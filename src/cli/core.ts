// `digestbot start | migrate | config check`.
import type { Command } from 'commander';
import { redactConfig } from '../config.js';
import { start } from '../main.js';
import { probeEndpoint, type Provider } from '../digest/summarize/index.js';
import { configProblems } from '../pipeline/config-problems.js';
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
    .description(
      'validate the configuration and print it with secrets redacted; warn about what start would refuse; ask the LLM endpoint whether it answers',
    )
    .action(async () => {
      const config = cliConfig(program);
      process.stdout.write(`${JSON.stringify(redactConfig(config), null, 2)}\n`);
      const { errors, warnings } = configProblems(config);
      for (const e of errors) process.stderr.write(`warning: ${e} (start refuses this)\n`);
      for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
      const s = config.summarizer;
      if (s.provider === 'extractive') return;
      const probe = await probeEndpoint({
        provider: s.provider as Provider,
        baseUrl: s.baseUrl,
        model: s.model ?? '',
        apiKey: s.apiKey,
      });
      process.stderr.write(`${probe.ok ? 'summarizer' : 'warning'}: ${probe.sentence}\n`);
    });
}
