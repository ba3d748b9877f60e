// Application command registration (bulk overwrite): the command registry passes its definitions.
import { Routes, type REST, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';

/**
 * Replaces the application's commands with `commands`: global ones, or those of one server when
 * `guildId` is given (they appear there at once, handy while testing). Returns how many Discord now has.
 */
export async function putApplicationCommands(
  rest: REST,
  applicationId: string,
  commands: RESTPutAPIApplicationCommandsJSONBody,
  guildId?: string,
): Promise<number> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body: commands })) as unknown[];
  return saved.length;
}
