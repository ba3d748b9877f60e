// The Discord gateway client (for slash commands when no public HTTP endpoint is used): raw
// INTERACTION_CREATE dispatches (commands and autocomplete) are answered like HTTP interactions, the first response going to
// the interaction callback endpoint.
import {
  ApplicationCommandType,
  Client,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionType,
  Routes,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord.js';
import { answerAutocomplete } from './autocomplete.js';
import { answerCommand, type InteractionDeps } from './interaction.js';
import { restOptions } from './rest.js';

export interface GatewayRole {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createDiscordGateway(token: string, apiUrl: string, deps: InteractionDeps): GatewayRole {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: restOptions(apiUrl) });
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (i: APIInteraction) => {
    const callback = async (r: APIInteractionResponse) => {
      await deps.rest.post(Routes.interactionCallback(i.id, i.token), { body: r, auth: false });
    };
    let answered: Promise<void>;
    if (i.type === InteractionType.ApplicationCommand && i.data.type === ApplicationCommandType.ChatInput)
      answered = answerCommand(i as APIChatInputApplicationCommandInteraction, deps, callback);
    else if (i.type === InteractionType.ApplicationCommandAutocomplete) answered = answerAutocomplete(i, deps, callback);
    else return;
    answered.catch((err: unknown) => deps.log.error({ err }, 'Discord interaction failed'));
  });
  return {
    client,
    start: async () => {
      await client.login(token);
    },
    stop: async () => {
      await client.destroy();
    },
  };
}
