// `digestbot once [--now | --dry-run]`: one full cycle in the foreground, then exit.
// The body (src/cli/once-run.ts) loads when the command runs, not with every other command.
import type { Command } from 'commander';
import { cliConfig } from './context.js';

export function registerOnce(program: Command): void {
  program
    .command('once')
    .description('one full cycle now: poll due feeds, read rounds, run the due slot (within the grace window) and post')
    .option('--now', 'post an unscheduled digest now to every destination instead of waiting for a slot')
    .option('--dry-run', 'build the digest for the coming slot and print it; post nothing, mark nothing')
    .action(async (opts: { now?: boolean; dryRun?: boolean }) => {
      const config = await cliConfig(program);
      const { runOnce } = await import('./once-run.js');
      await runOnce(config, opts);
    });
}
