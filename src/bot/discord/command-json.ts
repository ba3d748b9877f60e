// The command registry's definitions as Discord application commands: a command with
// subcommands becomes subcommands (type 1), options become named options (string, integer or
// attachment), autocomplete where the spec asks for it. Discord grants permissions per command,
// so a command's admin actions are published as their own command, `<name>-admin`, with
// `default_member_permissions` Manage Server: members without it are not shown them (server
// admins can grant them to other roles under Integrations; the bot still checks every call).
// Commands are offered in servers only: admin rights and the channel's digest are server notions.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { publishedName, type ActionSpec, type CommandSpec, type OptionSpec } from '../commands/spec.js';

function option(o: OptionSpec): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, required: o.required };
  if (o.kind === 'id') return { ...base, type: ApplicationCommandOptionType.Integer, min_value: 1 };
  if (o.kind === 'attachment') return { ...base, type: ApplicationCommandOptionType.Attachment };
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

const MANAGE_SERVER = String(PermissionFlagsBits.ManageGuild);

function published(c: CommandSpec, name: string, actions: ActionSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const single = actions.length === 1 && actions[0]!.subcommand === null ? actions[0]! : null;
  const admin = actions.every((a) => a.admin);
  return {
    name,
    type: ApplicationCommandType.ChatInput,
    description: single?.description ?? (name === c.name ? c.description : `Admin tools of /${c.name}`),
    contexts: [InteractionContextType.Guild],
    ...(admin ? { default_member_permissions: MANAGE_SERVER } : {}),
    options: single
      ? options(single)
      : actions.map((a) => ({
          type: ApplicationCommandOptionType.Subcommand,
          name: a.subcommand!,
          description: a.description,
          options: options(a),
        })),
  };
}

export function discordCommands(commands: readonly CommandSpec[]): RESTPutAPIApplicationCommandsJSONBody {
  return commands.flatMap((c) => {
    const names = [...new Set(c.actions.map((a) => publishedName(c, a, true)))];
    return names.map((name) =>
      published(
        c,
        name,
        c.actions.filter((a) => publishedName(c, a, true) === name),
      ),
    );
  });
}
