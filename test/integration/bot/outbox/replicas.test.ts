// Two processes draining one store at once (replicas): every part is posted exactly once, in
// order, and Slack's one-post-per-channel-per-second pacing holds across both.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startDiscordStandIn, type DiscordStandIn } from '../../../stand-ins/discord-api.js';
import { startSlackStandIn, type SlackStandIn } from '../../../stand-ins/slack-api.js';
import { randomDigest } from '../../../fixtures/digests.js';
import { tinyPng } from '../../../fixtures/png.js';
import { describeStores, type TestStore } from '../../../helpers/stores.js';
import { addDestination, storeAndQueue } from '../../../helpers/outbox.js';
import { runTogether } from '../../../helpers/barrier.js';
import type { DrainReport } from '../../../../src/bot/outbox/types.js';

const DRAINER = new URL('../../../helpers/drain-process.ts', import.meta.url);
const SLACK_CHANNELS = ['C01', 'C02', 'C03', 'C04'];
const DISCORD_CHANNELS = ['400000000000000001', '400000000000000002', '400000000000000003'];

describeStores('two drainers at once', (open) => {
  let t: TestStore;
  let slack: SlackStandIn;
  let discord: DiscordStandIn;
  beforeEach(async () => {
    t = await open();
    slack = await startSlackStandIn({ channels: SLACK_CHANNELS });
    discord = await startDiscordStandIn({ channels: DISCORD_CHANNELS });
  });
  afterEach(async () => {
    await slack.close();
    await discord.close();
    await t.cleanup();
  });

  it('post every part exactly once, in order, paced per Slack channel', async () => {
    let slackParts = 0;
    let discordParts = 0;
    let seed = 100;
    for (const [platform, channels] of [
      ['slack', SLACK_CHANNELS],
      ['discord', DISCORD_CHANNELS],
    ] as const) {
      for (const channel of channels) {
        const destinationId = await addDestination(t.store.db, platform, channel);
        // Two slots per channel: two digests compete for the same channel.
        for (const slot of [0, 1]) {
          const base = randomDigest(seed++, { takeaways: 4, rounds: 12, stories: 14, words: 120, sourcesPerItem: 3 });
          const d = {
            ...base,
            id: `${platform}-${channel}-${slot}`,
            destinationId,
            slot: { ...base.slot, at: base.slot.at + slot * 3_600_000 },
          };
          const n = await storeAndQueue(t.store, d, platform, tinyPng());
          if (platform === 'slack') slackParts += n;
          else discordParts += n;
        }
      }
    }
    const job = (owner: string) =>
      JSON.stringify({
        options: t.options,
        slack: slack.apiUrl,
        discord: discord.apiUrl,
        owner,
        leaseMs: 60_000,
        all: true,
        together: true,
      });
    const outputs = await runTogether(['replica-a', 'replica-b'].map((o) => ({ file: DRAINER, args: [job(o)] })));
    const reports = outputs.map((o) => JSON.parse(o.trim().split('\n').at(-1)!) as DrainReport[]);
    const sentBy = reports.map((rs) => rs.reduce((n, r) => n + r.sent, 0));
    expect(sentBy[0]! + sentBy[1]!).toBe(slackParts + discordParts);
    expect(sentBy.every((n) => n > 0)).toBe(true);

    expect(slack.messages).toHaveLength(slackParts);
    const slackKeys = slack.messages.map((m) => (m.metadata ? JSON.stringify(m.metadata.event_payload) : m.files[0]!.name));
    expect(new Set(slackKeys).size).toBe(slackParts);
    for (const ch of SLACK_CHANNELS) {
      const times = slack.messages.filter((m) => m.channel === ch).map((m) => m.at);
      const gaps = times.slice(1).map((at, i) => at - times[i]!);
      expect(Math.min(...gaps), `channel ${ch}`).toBeGreaterThanOrEqual(1000);
    }
    expect(discord.messages).toHaveLength(discordParts);
    expect(new Set(discord.messages.map((m) => m.body.nonce)).size).toBe(discordParts);

    const rows = await t.store.db
      .selectFrom('deliveries')
      .select(['status', 'digest_id', 'part', 'sent_at'])
      .orderBy('digest_id')
      .orderBy('part')
      .execute();
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    for (let i = 1; i < rows.length; i++)
      if (rows[i]!.digest_id === rows[i - 1]!.digest_id) expect(rows[i]!.sent_at!).toBeGreaterThanOrEqual(rows[i - 1]!.sent_at!);
  });
});
