// A Digest as Discord messages: embeds packed within Discord's per-message limits, each message
// with a deterministic nonce (enforce_nonce: Discord returns the earlier message instead of
// posting twice) and a footer reference that finds it again later.
import { createHash } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { Digest } from '../../model.js';
import { CHART_FILE, digestEmbeds } from './digest-embeds.js';
import { DISCORD_LIMITS, discordMessageProblems, embedLength, type DiscordMessageBody, type Embed } from './limits.js';

export interface DiscordPart {
  digestId: string;
  part: number;
  parts: number;
  nonce: string;
  /** Text in the message's last footer that identifies the part among the channel's messages. */
  marker: string;
  body: DiscordMessageBody;
  /** The chart PNG, attached as CHART_FILE when this part shows it. */
  chartBase64: string | null;
}

/** 25 characters derived from the digest id and part: the same part always gets the same nonce. */
export function partNonce(digestId: string, part: number): string {
  return createHash('sha256').update(`${digestId}#${part}`).digest('hex').slice(0, DISCORD_LIMITS.nonce);
}

const markerFor = (nonce: string) => `ref ${nonce}`;

const MARKER_ROOM = 40;

function pack(embeds: Embed[]): Embed[][] {
  const messages: Embed[][] = [];
  let cur: Embed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedLength(e);
    if (cur.length > 0 && (cur.length + 1 > DISCORD_LIMITS.embeds || size + n + MARKER_ROOM > DISCORD_LIMITS.total)) {
      messages.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(e);
    size += n;
  }
  if (cur.length > 0) messages.push(cur);
  return messages;
}

function withMarker(embeds: Embed[], marker: string): Embed[] {
  const copy = embeds.map((e) => ({ ...e }));
  const last = copy[copy.length - 1]!;
  last.footer = { text: last.footer ? `${last.footer.text} · ${marker}` : marker };
  return copy;
}

/** The parts to queue for a Discord destination, in posting order; throws rather than queue what Discord would refuse. */
export function discordDigestParts(d: Digest, chart: Uint8Array | null): DiscordPart[] {
  const messages = pack(digestEmbeds(d, chart !== null));
  const parts = messages.map((embeds, part): DiscordPart => {
    const nonce = partNonce(d.id, part);
    const marker = markerFor(nonce);
    const showsChart = chart !== null && embeds.some((e) => e.image?.url === `attachment://${CHART_FILE}`);
    return {
      digestId: d.id,
      part,
      parts: messages.length,
      nonce,
      marker,
      body: {
        embeds: withMarker(embeds, marker),
        allowed_mentions: { parse: [] },
        nonce,
        enforce_nonce: true,
        ...(showsChart
          ? { attachments: [{ id: 0, filename: CHART_FILE, description: `Funding rounds chart, ${d.slot.label}` }] }
          : {}),
      },
      chartBase64: showsChart && chart ? Buffer.from(chart).toString('base64') : null,
    };
  });
  for (const p of parts) {
    const problems = discordMessageProblems(p.body);
    if (problems.length > 0)
      throw new AppError('INTERNAL', `Discord part ${p.part} of digest ${d.id} breaks a limit: ${problems.join('; ')}`);
  }
  return parts;
}
