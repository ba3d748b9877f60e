// Application command registration (bulk overwrite): the command registry passes its definitions.
import { Routes, type REST, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';

/** Replaces the application's global commands with `commands`; returns how many Discord now has. */
export async function putApplicationCommands(
  rest: REST,
  applicationId: string,
  commands: RESTPutAPIApplicationCommandsJSONBody,
): Promise<number> {
  const saved = (await rest.put(Routes.applicationCommands(applicationId), { body: commands })) as unknown[];
  return saved.length;
}
