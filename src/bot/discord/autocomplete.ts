// Discord autocomplete (interaction type 4): the focused option's partial value goes to the
// handler's autocomplete; the choices come back as response type 8. Autocomplete cannot be
// deferred, so a slow lookup answers with no choices rather than not at all.
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIInteractionResponse,
} from 'discord.js';
import { ACK_BUDGET_MS, within } from '../commands/deadline.js';
import type { AutocompleteQuery, Choice } from '../commands/types.js';
import type { InteractionDeps } from './interaction.js';

const MAX_CHOICES = 25;

function focused(
  options: APIApplicationCommandInteractionDataOption[] | undefined,
  path: string[] = [],
): { sub: string[]; name: string; value: string } | null {
  for (const o of options ?? []) {
    if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
      const inner = focused(o.options, [...path, o.name]);
      if (inner) return inner;
    } else if ('focused' in o && o.focused) return { sub: path, name: o.name, value: String(o.value) };
  }
  return null;
}

export function autocompleteQuery(i: APIApplicationCommandAutocompleteInteraction): AutocompleteQuery | null {
  const f = focused(i.data.options);
  if (!f) return null;
  return {
    platform: 'discord',
    command: i.data.name,
    subcommand: f.sub.length > 0 ? f.sub.join(' ') : null,
    option: f.name,
    value: f.value,
    userId: i.member?.user.id ?? i.user?.id ?? '',
    channelId: i.channel?.id ?? i.channel_id ?? '',
  };
}

export async function answerAutocomplete(
  i: APIApplicationCommandAutocompleteInteraction,
  deps: InteractionDeps,
  send: (r: APIInteractionResponse) => Promise<void>,
): Promise<void> {
  const q = autocompleteQuery(i);
  const complete = deps.handler.autocomplete;
  const choices: Choice[] = q && complete ? ((await within(complete(q), deps.budgetMs ?? ACK_BUDGET_MS)) ?? []) : [];
  await send({
    type: InteractionResponseType.ApplicationCommandAutocompleteResult,
    data: { choices: choices.slice(0, MAX_CHOICES) },
  });
}
