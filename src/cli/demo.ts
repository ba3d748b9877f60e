// `digestbot demo`: the offline end-to-end run on the bundled demo feeds (npm run demo).
import type { Command } from 'commander';
import { runDemo } from '../demo/run.js';

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
      await runDemo({ outDir: opts.out });
    });
}
