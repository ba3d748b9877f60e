// The command registry's definitions as Discord application commands: a command with
// subcommands becomes subcommands (type 1), options become named options (string or integer),
// autocomplete where the spec asks for it. Commands are offered in servers only: admin rights and
// the channel's digest are server notions.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { ActionSpec, CommandSpec, OptionSpec } from '../commands/spec.js';

function option(o: OptionSpec): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, required: o.required };
  if (o.kind === 'id') return { ...base, type: ApplicationCommandOptionType.Integer, min_value: 1 };
  if (o.choices)
    return { ...base, type: ApplicationCommandOptionType.String, choices: o.choices.map((c) => ({ name: c, value: c })) };
  return {
    ...base,
    type: ApplicationCommandOptionType.String,
    ...(o.kind === 'text' ? { max_length: o.maxLength ?? 100 } : {}),
    ...(o.autocomplete ? { autocomplete: true } : {}),
  };
}

/** Discord wants required options before optional ones. */
const options = (a: ActionSpec) => [...a.options].sort((x, y) => Number(y.required) - Number(x.required)).map(option);

export function discordCommands(commands: readonly CommandSpec[]): RESTPutAPIApplicationCommandsJSONBody {
  return commands.map((c) => {
    const single = c.actions.length === 1 && c.actions[0]!.subcommand === null ? c.actions[0]! : null;
    return {
      name: c.name,
      type: ApplicationCommandType.ChatInput,
      description: single?.description ?? c.description,
      contexts: [InteractionContextType.Guild],
      options: single
        ? options(single)
        : c.actions.map((a) => ({
            type: ApplicationCommandOptionType.Subcommand,
            name: a.subcommand!,
            description: a.description,
            options: options(a),
          })),
    };
  });
}
