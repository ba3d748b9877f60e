// `digestbot discord register [--guild <id>]`: publishes the slash commands to Discord (global,
// or one server's for immediate testing), from the command registry's definitions.
import type { Command } from 'commander';
import { AppError, userError } from '../errors.js';
import { cliConfig } from './context.js';

export function registerDiscord(program: Command): void {
  const discord = program.command('discord').description('Discord app setup');
  discord
    .command('register')
    .description('publish the slash commands (global; with --guild, to one server at once)')
    .option('--guild <id>', 'server id: register there only')
    .action(async (opts: { guild?: string }) => {
      const config = await cliConfig(program);
      const { token, applicationId, apiUrl } = config.discord;
      if (!token || !applicationId)
        throw new AppError('CONFIG_INVALID', 'Registering commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID.');
      if (opts.guild !== undefined && !/^\d{5,25}$/.test(opts.guild))
        throw userError('BAD_ARGUMENT', `A server id is a number (Discord snowflake), got "${opts.guild}"`);
      // discord.js loads here, not with every other command (issue 20: 1,028 modules).
      const [{ COMMANDS }, { discordCommands }, { interactionRest }, { putApplicationCommands }] = await Promise.all([
        import('../bot/commands/catalog.js'),
        import('../bot/discord/command-json.js'),
        import('../bot/discord/interaction.js'),
        import('../bot/discord/register-commands.js'),
      ]);
      const n = await putApplicationCommands(
        interactionRest(apiUrl, token),
        applicationId,
        discordCommands(COMMANDS),
        opts.guild,
      );
      process.stdout.write(`registered ${n} commands ${opts.guild ? `in server ${opts.guild}` : 'globally'}\n`);
    });
}
