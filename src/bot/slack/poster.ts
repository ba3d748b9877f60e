// Posts queued Slack parts through the Web API client: messages with metadata naming the digest
// and part, the chart through the files upload flow; finds either again after a crash.
import { webApi } from '@slack/bolt';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { FindResult, Poster, PostResult, PostTarget } from '../outbox/poster.js';
import type { SlackBlock } from './blocks.js';
import { METADATA_EVENT, type SlackPart } from './digest-parts.js';
import { escapeSlack } from './mrkdwn.js';
import { slackErrorOutcome } from './outcome.js';

const base = { digestId: z.string(), part: z.number().int().min(0), parts: z.number().int().min(1), thread: z.boolean() };
const blocks = z.array(z.record(z.string(), z.unknown())).transform((b) => b as unknown as SlackBlock[]);
const partSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('message'),
    text: z.string(),
    blocks,
    fallbackBlocks: blocks.nullable(),
    metadata: z.object({
      event_type: z.literal(METADATA_EVENT),
      event_payload: z.object({ digest_id: z.string(), part: z.number(), parts: z.number() }),
    }),
  }),
  z.object({
    ...base,
    kind: z.literal('file'),
    filename: z.string(),
    title: z.string(),
    altText: z.string(),
    pngBase64: z.string(),
  }),
]);

function parsePart(payload: unknown): SlackPart {
  const r = partSchema.safeParse(payload);
  if (!r.success) throw new AppError('INTERNAL', `A queued Slack part has an unexpected shape: ${r.error.message}`);
  return r.data;
}

/** How far back a lookup reaches before the delivery was queued (clock differences with Slack). */
const LOOKBACK_MS = 10 * 60_000;
const PAGES = 10;

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  files?: { id?: string; name?: string }[];
}

function matches(p: SlackPart, m: HistoryMessage): string | null {
  if (p.kind === 'file') return m.files?.find((f) => f.name === p.filename)?.id ?? null;
  const meta = m.metadata;
  const same =
    meta?.event_type === METADATA_EVENT && meta.event_payload?.digest_id === p.digestId && meta.event_payload?.part === p.part;
  return same ? (m.ts ?? null) : null;
}

/** A Web API client for the outbox: answers 429 and 5xx to us instead of retrying on its own. */
export function outboxWebClient(token: string, apiUrl: string, logger: webApi.Logger): webApi.WebClient {
  return new webApi.WebClient(token, {
    slackApiUrl: apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 20_000,
    logger,
  });
}

/** Slack allows one post per channel per second. */
const SLACK_CHANNEL_GAP_MS = 1000;

export function slackPoster(client: webApi.WebClient, channelGapMs = SLACK_CHANNEL_GAP_MS): Poster {
  const fail = (err: unknown): PostResult => ({ ok: false, outcome: slackErrorOutcome(err) });

  async function postMessage(
    p: Extract<SlackPart, { kind: 'message' }>,
    t: PostTarget,
    useFallback: boolean,
  ): Promise<PostResult> {
    const r = await client.chat.postMessage({
      channel: t.channelId,
      text: p.text,
      blocks: (useFallback ? p.fallbackBlocks : p.blocks) as webApi.KnownBlock[],
      metadata: p.metadata,
      unfurl_links: false,
      unfurl_media: false,
      ...(p.thread ? { thread_ts: threadOf(t) } : {}),
    });
    return { ok: true, messageId: r.ts ?? '' };
  }

  return {
    platform: 'slack',
    channelGapMs,
    async post(payload, t) {
      const p = parsePart(payload);
      try {
        if (p.kind === 'file') return await upload(p, t);
        try {
          return await postMessage(p, t, false);
        } catch (err) {
          // A workspace without the table block refuses the message whole: send the list version.
          if (p.fallbackBlocks === null || slackErrorOutcome(err).detail !== 'invalid_blocks') throw err;
          return await postMessage(p, t, true);
        }
      } catch (err) {
        return fail(err);
      }
    },
    async find(payload, t): Promise<FindResult> {
      const p = parsePart(payload);
      const oldest = ((t.queuedAt - LOOKBACK_MS) / 1000).toFixed(6);
      let cursor: string | undefined;
      try {
        for (let page = 0; page < PAGES; page++) {
          const q = { channel: t.channelId, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) };
          const r = p.thread
            ? await client.conversations.replies({ ...q, ts: threadOf(t) })
            : await client.conversations.history(q);
          for (const m of (r.messages ?? []) as HistoryMessage[]) {
            const id = matches(p, m);
            if (id !== null) return { ok: true, messageId: id };
          }
          cursor = r.response_metadata?.next_cursor || undefined;
          if (!r.has_more || !cursor) break;
        }
        return { ok: true, messageId: null };
      } catch (err) {
        return { ok: false, outcome: slackErrorOutcome(err) };
      }
    },
    async notify(channelId, text) {
      try {
        const r = await client.chat.postMessage({
          channel: channelId,
          text: escapeSlack(text),
          unfurl_links: false,
          unfurl_media: false,
        });
        return { ok: true, messageId: r.ts ?? '' };
      } catch (err) {
        return fail(err);
      }
    },
  };

  async function upload(p: Extract<SlackPart, { kind: 'file' }>, t: PostTarget): Promise<PostResult> {
    const r = (await client.filesUploadV2({
      channel_id: t.channelId,
      thread_ts: threadOf(t),
      file: Buffer.from(p.pngBase64, 'base64'),
      filename: p.filename,
      title: p.title,
      alt_text: p.altText,
    })) as { files?: { files?: { id?: string }[] }[] };
    return { ok: true, messageId: r.files?.[0]?.files?.[0]?.id ?? p.filename };
  }
}

function threadOf(t: PostTarget): string {
  if (t.firstMessageId === null)
    throw new AppError('INTERNAL', `part ${t.part} of ${t.digestId} has no first message to reply to`);
  return t.firstMessageId;
}
