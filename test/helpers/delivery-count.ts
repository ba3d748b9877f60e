// What a fault run left on the platforms, counted against the store: each delivery row should be
// exactly one message in its channel (found by the message id the row recorded), in part order,
// and no message may carry a mention the feed text smuggled in.
import type { DiscordMessage } from '../stand-ins/discord-api.js';
import type { SlackMessage } from '../stand-ins/slack-api.js';
import type { DeliveryRow } from './chat-world.js';

export interface DeliveryCounts {
  /** Delivery rows (one per destination and part). */
  expected: number;
  /** Rows marked sent whose message is on the platform. */
  delivered: number;
  lost: number;
  /** Messages in the digest channels that no row accounts for (a part posted twice). */
  doubled: number;
  /** Neighbouring parts whose messages arrived in the wrong order. */
  outOfOrder: number;
  /** Messages that could ping (an unescaped Slack `<!…>`/`<@…>`, Discord mentions allowed or spelled out). */
  leakedMentions: number;
}

export const NO_COUNTS: DeliveryCounts = { expected: 0, delivered: 0, lost: 0, doubled: 0, outOfOrder: 0, leakedMentions: 0 };

export function addCounts(a: DeliveryCounts, b: DeliveryCounts): DeliveryCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof DeliveryCounts)[]) out[k] += b[k];
  return out;
}

/** Every string inside a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

const slackLeaks = (m: SlackMessage) => [m.text, ...strings(m.blocks)].some((s) => /<[!@#]/.test(s));
const discordLeaks = (m: DiscordMessage) =>
  JSON.stringify(m.body.allowed_mentions) !== JSON.stringify({ parse: [] }) ||
  strings([m.body.content, m.body.embeds]).some((s) => /@(everyone|here)/i.test(s) || /(?<!\\)<[@#]/.test(s));

function countPlatform(rows: DeliveryRow[], ids: string[], leaks: number): DeliveryCounts {
  const sorted = [...rows].sort((a, b) => a.part - b.part);
  const at = sorted.map((r) => (r.status === 'sent' && r.messageId !== null ? ids.indexOf(r.messageId) : -1));
  const delivered = at.filter((i) => i >= 0).length;
  const placed = at.filter((i) => i >= 0);
  let outOfOrder = 0;
  for (let i = 1; i < placed.length; i++) if (placed[i]! < placed[i - 1]!) outOfOrder++;
  return {
    expected: rows.length,
    delivered,
    lost: rows.length - delivered,
    doubled: ids.length - new Set(placed).size,
    outOfOrder,
    leakedMentions: leaks,
  };
}

/** Counts one digest channel per platform (alerts to an admin channel are not parts). */
export function countDeliveries(
  rows: DeliveryRow[],
  slack: { channel: string; messages: SlackMessage[] },
  discord: { channel: string; messages: DiscordMessage[] },
): DeliveryCounts {
  const s = slack.messages.filter((m) => m.channel === slack.channel);
  const d = discord.messages.filter((m) => m.channelId === discord.channel);
  return addCounts(
    countPlatform(
      rows.filter((r) => r.platform === 'slack'),
      s.map((m) => m.files[0]?.id ?? m.ts),
      s.filter(slackLeaks).length,
    ),
    countPlatform(
      rows.filter((r) => r.platform === 'discord'),
      d.map((m) => m.id),
      d.filter(discordLeaks).length,
    ),
  );
}
