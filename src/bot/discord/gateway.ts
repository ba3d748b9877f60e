// The Discord gateway connection (for slash commands when no public HTTP endpoint is used), on
// @discordjs/ws alone: discord.js's Client would also build its own objects from every
// INTERACTION_CREATE and crash the process on a malformed one. Dispatches (commands and
// autocomplete) are checked and answered like HTTP interactions, once per interaction id, the
// first response going to the callback endpoint.
import { WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';
import {
  ApplicationCommandType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionType,
  REST,
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
  const rest = new REST(restOptions(apiUrl)).setToken(token);
  const manager = new WebSocketManager({ token, intents: GatewayIntentBits.Guilds, rest });
  manager.on(WebSocketShardEvents.Dispatch, ({ data }) => {
    if (data.t !== GatewayDispatchEvents.InteractionCreate) return;
    answerDispatch(data.d, deps).catch((err: unknown) => deps.log.error({ err }, 'Discord interaction failed'));
  });
  manager.on(WebSocketShardEvents.Error, ({ error }) => deps.log.error({ err: error }, 'Discord gateway error'));
  return {
    start: () => manager.connect(),
    stop: async () => {
      await manager.destroy();
    },
  };
}
