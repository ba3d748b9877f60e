#!/usr/bin/env node
// `digestbot <command>`: the bot and the tools an admin (and the evaluation) runs.
// Each command group lives in src/cli/<group>.ts and registers itself here; a command's action
// imports what it runs, so `--help` and each command load only their own modules (issue 20).
import { Command } from 'commander';
import { AppError, errorMessage } from './errors.js';
import { registerCore } from './cli/core.js';
import { registerRounds } from './cli/rounds.js';
import { registerSummarize } from './cli/summarize.js';
import { registerParse } from './cli/parse.js';
import { registerExtract } from './cli/extract.js';
import { registerFeeds } from './cli/feeds.js';
import { registerOnce } from './cli/once.js';
import { registerDemo } from './cli/demo.js';
import { registerDiscord } from './cli/discord.js';
import { registerSlack } from './cli/slack.js';
import { VERSION } from './version.js';

const program = new Command()
  .name('digestbot')
  .description('Self-hosted news digests for Slack and Discord')
  .version(VERSION)
  .option('-c, --config <file>', 'config file (JSON or YAML); default $DIGESTBOT_CONFIG')
  .showHelpAfterError();

registerCore(program);
registerRounds(program);
registerSummarize(program);
registerParse(program);
registerExtract(program);
registerFeeds(program);
registerOnce(program);
registerDemo(program);
registerDiscord(program);
registerSlack(program);

// `digestbot feeds list | head`: the reader went away; stop quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

/** Every failure ends as one readable paragraph on stderr and a non-zero exit code. */
try {
  await program.parseAsync(process.argv);
} catch (err) {
  const code = err instanceof AppError ? err.code : 'INTERNAL';
  process.stderr.write(`digestbot: ${code}: ${errorMessage(err)}\n`);
  if (!(err instanceof AppError) && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  const { ConfigError } = await import('./config.js');
  process.exitCode = err instanceof ConfigError ? 2 : 1;
}
