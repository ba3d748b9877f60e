// POST /discord/interactions: Discord's HTTP interactions endpoint. Signatures and timestamps are
// checked on the raw body before anything is parsed; PING is answered with PONG; slash commands
// and their autocomplete requests go to the command handler, once per interaction id; a signed
// body that is not an interaction digestbot can read gets 400 with the field at fault.
import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord.js';
import { MAX_INBOUND_BODY, sendJson, type Route } from '../../http/server.js';
import { answerAutocomplete } from './autocomplete.js';
import { answerCommand, firstDelivery, type InteractionDeps } from './interaction.js';
import { checkInteractionShape } from './interaction-shape.js';
import { discordPublicKey, verifyDiscordRequest } from './verify.js';

/** What a replayed interaction gets (only the replayer sees it; the command is not run again). */
const ALREADY_ANSWERED: APIInteractionResponse = {
  type: InteractionResponseType.ChannelMessageWithSource,
  data: { content: 'This interaction was already answered.', flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
};

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function discordInteractionsRoute(publicKeyHex: string, deps: InteractionDeps, now: () => number = Date.now): Route {
  const key = discordPublicKey(publicKeyHex);
  return {
    method: 'POST',
    path: '/discord/interactions',
    maxBodyBytes: MAX_INBOUND_BODY,
    handler: async (req, res, body) => {
      const verdict = verifyDiscordRequest(
        key,
        header(req.headers['x-signature-ed25519']),
        header(req.headers['x-signature-timestamp']),
        body,
        now(),
      );
      if (verdict !== 'ok') {
        deps.log.warn({ verdict }, 'refused a Discord interaction');
        return sendJson(res, 401, { error: 'invalid request signature' });
      }
      let json: unknown;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 400, { error: 'body is not JSON' });
      }
      const shape = checkInteractionShape(json);
      if (!shape.ok) {
        deps.log.warn({ problem: shape.problem }, 'refused a malformed Discord interaction');
        return sendJson(res, 400, { error: `malformed interaction: ${shape.problem}` });
      }
      const i = json as APIInteraction;
      if (i.type === InteractionType.Ping) return sendJson(res, 200, { type: InteractionResponseType.Pong });
      const isCommand = i.type === InteractionType.ApplicationCommand && i.data.type === ApplicationCommandType.ChatInput;
      const send = async (r: APIInteractionResponse) => sendJson(res, 200, r);
      if (i.type === InteractionType.ApplicationCommandAutocomplete) return answerAutocomplete(i, deps, send);
      if (!isCommand)
        return sendJson(res, 400, {
          error: `unsupported interaction type ${i.type} (digestbot answers slash commands and their autocomplete)`,
        });
      if (!(await firstDelivery(i, deps))) return send(ALREADY_ANSWERED);
      return answerCommand(i as APIChatInputApplicationCommandInteraction, deps, send);
    },
  };
}
