// `digestbot demo`: the offline end-to-end run on the bundled demo feeds (npm run demo).
import type { Command } from 'commander';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('offline end-to-end run on the bundled demo feeds: digest in the terminal, payloads and chart in a folder')
    .option(
      '--out <dir>',
      'folder for the SQLite file, payloads and chart: a new or empty folder, or one an earlier demo wrote',
      'demo-output',
    )
    .action(async (opts: { out: string }) => {
      const { runDemo } = await import('../demo/run.js');
      await runDemo({ outDir: opts.out });
    });
}
