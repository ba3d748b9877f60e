// Posts queued Discord parts through discord.js REST. Each part carries its nonce with
// enforce_nonce, so a re-send within minutes returns the earlier message; after longer, the part
// is found among the channel's recent messages by the reference in its footer.
import { REST, Routes, SnowflakeUtil, type APIMessage, type APIUser } from 'discord.js';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { truncate } from '../render/text.js';
import type { FindResult, Poster, PostResult } from '../outbox/poster.js';
import { CHART_FILE } from './digest-embeds.js';
import type { DiscordPart } from './digest-parts.js';
import { DISCORD_LIMITS, type DiscordMessageBody } from './limits.js';
import { escapeDiscord } from './markdown.js';
import { discordErrorOutcome } from './outcome.js';
import { restOptions } from './rest.js';

const partSchema = z.object({
  digestId: z.string(),
  part: z.number().int().min(0),
  parts: z.number().int().min(1),
  nonce: z.string().max(DISCORD_LIMITS.nonce),
  marker: z.string().min(1),
  body: z
    .object({
      embeds: z.array(z.unknown()),
      allowed_mentions: z.object({ parse: z.array(z.never()).length(0) }),
      nonce: z.string(),
      enforce_nonce: z.literal(true),
    })
    .passthrough()
    .transform((b) => b as unknown as DiscordMessageBody),
  chartBase64: z.string().nullable(),
});

function parsePart(payload: unknown): DiscordPart {
  const r = partSchema.safeParse(payload);
  if (!r.success) throw new AppError('INTERNAL', `A queued Discord part has an unexpected shape: ${r.error.message}`);
  return r.data;
}

/** A REST client for the outbox: 429 and 5xx come back to us instead of being retried inside. */
export function outboxRest(token: string, apiUrl: string): REST {
  return new REST({ ...restOptions(apiUrl), retries: 0, rejectOnRateLimit: () => true, timeout: 20_000 }).setToken(token);
}

const LOOKBACK_MS = 10 * 60_000;
const PAGE = 100;
const PAGES = 10;

export function discordPoster(rest: REST): Poster {
  let me: Promise<APIUser> | null = null;
  const self = () =>
    (me ??= (rest.get(Routes.user('@me')) as Promise<APIUser>).catch((err: unknown) => {
      me = null;
      throw err;
    }));

  return {
    platform: 'discord',
    channelGapMs: 0,
    async post(payload, t): Promise<PostResult> {
      const p = parsePart(payload);
      try {
        const files = p.chartBase64
          ? [{ name: CHART_FILE, data: Buffer.from(p.chartBase64, 'base64'), contentType: 'image/png' }]
          : undefined;
        const msg = (await rest.post(Routes.channelMessages(t.channelId), {
          body: p.body,
          ...(files ? { files } : {}),
        })) as APIMessage;
        return { ok: true, messageId: msg.id };
      } catch (err) {
        return { ok: false, outcome: discordErrorOutcome(err) };
      }
    },
    async find(payload, t): Promise<FindResult> {
      const p = parsePart(payload);
      try {
        const bot = await self();
        let after = BigInt(
          SnowflakeUtil.generate({ timestamp: Math.max(Number(SnowflakeUtil.epoch) + 1, t.queuedAt - LOOKBACK_MS) }),
        );
        for (let page = 0; page < PAGES; page++) {
          const query = new URLSearchParams({ after: after.toString(), limit: String(PAGE) });
          const list = (await rest.get(Routes.channelMessages(t.channelId), { query })) as APIMessage[];
          const hit = list.find((m) => m.author.id === bot.id && m.embeds.some((e) => e.footer?.text.endsWith(p.marker)));
          if (hit) return { ok: true, messageId: hit.id };
          if (list.length < PAGE) break;
          after = list.reduce((max, m) => (BigInt(m.id) > max ? BigInt(m.id) : max), after);
        }
        return { ok: true, messageId: null };
      } catch (err) {
        return { ok: false, outcome: discordErrorOutcome(err) };
      }
    },
    async notify(channelId, text) {
      try {
        const body = { content: truncate(escapeDiscord(text), DISCORD_LIMITS.content), allowed_mentions: { parse: [] } };
        const msg = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
        return { ok: true, messageId: msg.id };
      } catch (err) {
        return { ok: false, outcome: discordErrorOutcome(err) };
      }
    },
  };
}
