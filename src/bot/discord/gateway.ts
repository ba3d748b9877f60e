// The Discord gateway connection (for slash commands when no public HTTP endpoint is used), on
// @discordjs/ws alone: discord.js's Client would also build its own objects from every
// INTERACTION_CREATE and crash the process on a malformed one. Dispatches (commands and
// autocomplete) are checked and answered like HTTP interactions, once per interaction id, the
// first response going to the callback endpoint. A token Discord refuses is not retried: one
// clear log line says what still works and what to fix.
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

export interface GatewayOptions {
  /** Commands also come over HTTP interactions (POST /discord/interactions). */
  httpInteractions: boolean;
}

/** Discord said the token is not valid (401 on REST, close code 4004 on the socket). */
function refusedToken(err: unknown): boolean {
  const e = err as { status?: unknown; code?: unknown };
  return e.status === 401 || e.code === 'TokenInvalid' || e.code === 4004;
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

export function createDiscordGateway(
  token: string,
  apiUrl: string,
  deps: InteractionDeps,
  o: GatewayOptions = { httpInteractions: false },
): GatewayRole {
  // A fresh manager per start: destroying one clears the token of the REST client it holds.
  let manager: WebSocketManager | null = null;
  const connect = () => {
    const rest = new REST(restOptions(apiUrl)).setToken(token);
    const m = new WebSocketManager({ token, intents: GatewayIntentBits.Guilds, rest });
    m.on(WebSocketShardEvents.Dispatch, ({ data }) => {
      if (data.t !== GatewayDispatchEvents.InteractionCreate) return;
      answerDispatch(data.d, deps).catch((err: unknown) => deps.log.error({ err }, 'Discord interaction failed'));
    });
    m.on(WebSocketShardEvents.Error, ({ error }) => deps.log.error({ err: error }, 'Discord gateway error'));
    return m;
  };
  return {
    start: async () => {
      manager = connect();
      try {
        await manager.connect();
      } catch (err) {
        if (!refusedToken(err)) throw err;
        await manager.destroy();
        manager = null;
        const still = o.httpInteractions
          ? 'slash commands are still answered over HTTP interactions (POST /discord/interactions), but'
          : 'no slash commands are answered over the gateway and';
        deps.log.error(
          { code: 'PLATFORM_ERROR' },
          `Discord refused DISCORD_TOKEN (401 Unauthorized): the gateway stays off and is not retried; ${still} ` +
            'digests cannot be posted to Discord. Fix DISCORD_TOKEN (Developer Portal → Bot → Reset Token) and restart digestbot.',
        );
      }
    },
    stop: async () => {
      await manager?.destroy();
      manager = null;
    },
  };
}
