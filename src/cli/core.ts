// `digestbot start | migrate | config check`.
// Each action imports what it runs, so one command does not load the others' modules (issue 20).
import type { Command } from 'commander';
import type { Provider } from '../digest/summarize/index.js';
import { cliConfig } from './context.js';

export function registerCore(program: Command): void {
  program
    .command('start')
    .description('run the bot: scheduler, HTTP listener, Slack and Discord')
    .action(async () => {
      const config = await cliConfig(program);
      const { start } = await import('../main.js');
      await start(config);
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      const cfg = await cliConfig(program);
      const { migrate, openStore } = await import('../store/store.js');
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
      const config = await cliConfig(program);
      const [{ redactConfig }, { configProblems }, { probeEndpoint }] = await Promise.all([
        import('../config.js'),
        import('../pipeline/config-problems.js'),
        import('../digest/summarize/index.js'),
      ]);
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
