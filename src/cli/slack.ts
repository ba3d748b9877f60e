// `digestbot slack manifest [--yaml] [--name <name>]`: the Slack app manifest to paste into
// "Create an app → From a manifest".
import type { Command } from 'commander';
import { cliConfig } from './context.js';

export function registerSlack(program: Command): void {
  const slack = program.command('slack').description('Slack app setup');
  slack
    .command('manifest')
    .description('print the Slack app manifest (scopes, slash commands, request URL or Socket Mode)')
    .option('--yaml', 'YAML instead of JSON')
    .option('--name <name>', 'app name shown in Slack', 'digestbot')
    .action(async (opts: { yaml?: boolean; name: string }) => {
      const config = await cliConfig(program);
      const [{ COMMANDS }, { slackManifest }] = await Promise.all([
        import('../bot/commands/catalog.js'),
        import('../bot/slack/manifest.js'),
      ]);
      const manifest = slackManifest(COMMANDS, {
        name: opts.name,
        publicUrl: config.publicUrl,
        socketMode: config.slack.appToken !== undefined,
      });
      process.stdout.write(opts.yaml ? (await import('yaml')).stringify(manifest) : `${JSON.stringify(manifest, null, 2)}\n`);
    });
}
