// POST /discord/interactions: Discord's HTTP interactions endpoint. Signatures and timestamps are
// checked on the raw body before anything is parsed; PING is answered with PONG; slash commands
// and their autocomplete requests go to the command handler.
import { ApplicationCommandType, InteractionResponseType, InteractionType, type APIInteraction } from 'discord.js';
import { MAX_INBOUND_BODY, sendJson, type Route } from '../../http/server.js';
import { answerAutocomplete } from './autocomplete.js';
import { answerCommand, type InteractionDeps } from './interaction.js';
import { discordPublicKey, verifyDiscordRequest } from './verify.js';

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
      let i: APIInteraction;
      try {
        i = JSON.parse(body.toString('utf8')) as APIInteraction;
      } catch {
        return sendJson(res, 400, { error: 'body is not JSON' });
      }
      if (i.type === InteractionType.Ping) return sendJson(res, 200, { type: InteractionResponseType.Pong });
      if (i.type === InteractionType.ApplicationCommand && i.data.type === ApplicationCommandType.ChatInput) {
        return answerCommand(i as Parameters<typeof answerCommand>[0], deps, async (r) => sendJson(res, 200, r));
      }
      if (i.type === InteractionType.ApplicationCommandAutocomplete)
        return answerAutocomplete(i, deps, async (r) => sendJson(res, 200, r));
      sendJson(res, 400, { error: `unsupported interaction type ${i.type}` });
    },
  };
}
