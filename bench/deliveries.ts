// Outbox throughput: 1,000 queued deliveries drained through the real Slack Web API client and
// discord.js REST against the loopback stand-ins, with Slack's one-post-per-channel-per-second
// pacing held (checked on the stand-in's clock). `npx tsx bench/deliveries.ts` runs it alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { silentLogger } from '../src/log.js';
import { renderDeliveryParts } from '../src/bot/delivery-parts.js';
import { discordPoster, outboxRest } from '../src/bot/discord/poster.js';
import { drainOnce } from '../src/bot/outbox/drain.js';
import { DEFAULT_OUTBOX_OPTIONS, type OutboxDeps } from '../src/bot/outbox/types.js';
import { slackLogger } from '../src/bot/slack/logger.js';
import { outboxWebClient, slackPoster } from '../src/bot/slack/poster.js';
import { upsertDestination } from '../src/store/destinations.js';
import { queueDeliveries } from '../src/store/deliveries.js';
import { migrate, openStore, type Store } from '../src/store/store.js';
import { startDiscordStandIn } from '../test/stand-ins/discord-api.js';
import { startSlackStandIn } from '../test/stand-ins/slack-api.js';
import { sampleDigest } from '../test/fixtures/digests.js';
import { tinyPng } from '../test/fixtures/png.js';

export interface DeliveriesBenchResult {
  deliveries: number;
  slackChannels: number;
  discordChannels: number;
  seconds: number;
  messagesPerSecond: number;
  /** Smallest gap between two posts to one Slack channel, as the stand-in saw them (must be >= 1000). */
  minSlackGapMs: number;
  pacingHeld: boolean;
  exactlyOnce: boolean;
}

async function queueAll(store: Store, slackChannels: number, discordChannels: number): Promise<number> {
  let queued = 0;
  const chart = tinyPng();
  const add = async (platform: 'slack' | 'discord', channel: string, i: number) => {
    const dest = await upsertDestination(store.db, {
      platform,
      channelId: channel,
      topics: [],
      emptyDigest: 'short',
      now: Date.now(),
    });
    const d = sampleDigest({ id: `bench-${platform}-${i}`, destinationId: dest.id });
    queued += await store.transaction(async (trx) => {
      await trx
        .insertInto('digests')
        .values({ id: d.id, destination_id: dest.id, slot_at: d.slot.at, body: JSON.stringify(d), created_at: Date.now() })
        .execute();
      return queueDeliveries(trx, d, renderDeliveryParts(d, platform, chart));
    });
  };
  for (let i = 0; i < slackChannels; i++) await add('slack', `CB${String(i).padStart(5, '0')}`, i);
  for (let i = 0; i < discordChannels; i++) await add('discord', String(900000000000000000n + BigInt(i)), i);
  return queued;
}

/** 250 Slack digests (3 parts each: message, chart, thread reply) and 250 Discord digests (1 part): 1,000 deliveries. */
export async function benchDeliveries(
  o: { slackChannels?: number; discordChannels?: number; concurrency?: number } = {},
): Promise<DeliveriesBenchResult> {
  const slackChannels = o.slackChannels ?? 250;
  const discordChannels = o.discordChannels ?? 250;
  const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-bench-'));
  const slack = await startSlackStandIn();
  const discord = await startDiscordStandIn();
  const store = await openStore({ dataDir });
  try {
    await migrate(store);
    const deliveries = await queueAll(store, slackChannels, discordChannels);
    const log = silentLogger();
    const deps: OutboxDeps = {
      db: store.db,
      log,
      owner: 'bench',
      alert: async () => undefined,
      posters: {
        slack: slackPoster(outboxWebClient('xoxb-test', slack.apiUrl, slackLogger(log))),
        discord: discordPoster(outboxRest('discord-test-token', discord.apiUrl)),
      },
    };
    const options = { ...DEFAULT_OUTBOX_OPTIONS, concurrency: o.concurrency ?? 32, batch: 100 };
    const started = performance.now();
    for (let round = 0; round < 10_000; round++) {
      const r = await drainOnce(deps, options);
      if (slack.messages.length + discord.messages.length >= deliveries) break;
      if (r.claimed === 0) await new Promise((res) => setTimeout(res, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    const byChannel = new Map<string, number[]>();
    for (const m of slack.messages) byChannel.set(m.channel, [...(byChannel.get(m.channel) ?? []), m.at]);
    let minGap = Number.POSITIVE_INFINITY;
    for (const times of byChannel.values())
      for (let i = 1; i < times.length; i++) minGap = Math.min(minGap, times[i]! - times[i - 1]!);
    const posted = slack.messages.length + discord.messages.length;
    const keys = new Set([
      ...slack.messages.map((m) => `${m.channel}:${JSON.stringify(m.metadata?.event_payload ?? m.files[0]?.name)}`),
      ...discord.messages.map((m) => String(m.body.nonce)),
    ]);
    return {
      deliveries,
      slackChannels,
      discordChannels,
      seconds: Number(seconds.toFixed(2)),
      messagesPerSecond: Number((posted / seconds).toFixed(1)),
      minSlackGapMs: minGap,
      pacingHeld: minGap >= 1000,
      exactlyOnce: posted === deliveries && keys.size === deliveries,
    };
  } finally {
    await store.close();
    await slack.close();
    await discord.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchDeliveries();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
