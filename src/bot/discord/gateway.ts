// The Discord gateway client (for slash commands when no public HTTP endpoint is used): raw
// INTERACTION_CREATE dispatches (commands and autocomplete) are checked and answered like HTTP
// interactions, once per interaction id, the first response going to the callback endpoint.
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
import { answerCommand, firstDelivery, type InteractionDeps } from './interaction.js';
import { checkInteractionShape } from './interaction-shape.js';
import { restOptions } from './rest.js';

export interface GatewayRole {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

async function answerDispatch(raw: unknown, deps: InteractionDeps): Promise<void> {
  const shape = checkInteractionShape(raw);
  if (!shape.ok) {
    deps.log.warn({ problem: shape.problem }, 'ignored a malformed interaction from the gateway');
    return;
  }
  const i = raw as APIInteraction;
  const callback = async (r: APIInteractionResponse) => {
    await deps.rest.post(Routes.interactionCallback(i.id, i.token), { body: r, auth: false });
  };
  if (i.type === InteractionType.ApplicationCommandAutocomplete) return answerAutocomplete(i, deps, callback);
  if (i.type !== InteractionType.ApplicationCommand || i.data.type !== ApplicationCommandType.ChatInput) return;
  if (await firstDelivery(i, deps)) await answerCommand(i as APIChatInputApplicationCommandInteraction, deps, callback);
}

export function createDiscordGateway(token: string, apiUrl: string, deps: InteractionDeps): GatewayRole {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: restOptions(apiUrl) });
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (raw: unknown) => {
    answerDispatch(raw, deps).catch((err: unknown) => deps.log.error({ err }, 'Discord interaction failed'));
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
