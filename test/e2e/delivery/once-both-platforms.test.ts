// The delivery bar: `digestbot once --now` with one Slack and one Discord channel and a funding
// story, as a real process (the production module graph: the feed fetcher and both SDKs loaded
// together). Every part reaches each platform exactly once, the chart is attached on both, and
// nothing is left queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { DISCORD_CHANNEL, rssOf, SLACK_CHANNEL, startChatWorld, type ChatWorld } from '../../helpers/chat-world.js';

const ITEMS = STORY_FIXTURES.slice(0, 8).map((f) => ({
  title: f.title,
  link: `https://news.example/${f.key}`,
  text: f.text,
  hoursAgo: f.hoursAgo,
}));

describe('digestbot once --now to Slack and Discord', () => {
  let world: ChatWorld;
  beforeAll(async () => {
    world = await startChatWorld(() => rssOf('Fixture Wire', ITEMS));
    await world.addFeed();
  });
  afterAll(() => world.close());

  it('posts every part once on each platform, the funding chart on both, nothing queued', async () => {
    const r = await world.cli(['once', '--now']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const queued = [...r.stdout.matchAll(/^(slack|discord):\S+ .*: queued/gm)].map((m) => m[1]);
    expect(queued.sort()).toEqual(['discord', 'slack']);
    expect(r.stdout).toMatch(/ 0 failed, 0 still queued/);

    const discord = world.discord.messages.filter((m) => m.channelId === DISCORD_CHANNEL);
    const nonces = discord.map((m) => m.body.nonce);
    expect(new Set(nonces).size).toBe(discord.length);
    const charts = discord.flatMap((m) => m.files);
    expect(charts).toEqual([{ name: 'chart.png', bytes: expect.any(Number) as number, type: 'image/png' }]);
    expect(charts[0]!.bytes).toBeGreaterThan(1000);

    const slack = world.slack.messages.filter((m) => m.channel === SLACK_CHANNEL);
    const files = slack.flatMap((m) => m.files);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^digest-chart-.+\.png$/);
    expect(files[0]!.bytes).toBeGreaterThan(1000);
    const parts = slack.filter((m) => m.metadata).map((m) => (m.metadata!.event_payload as { part: number }).part);
    expect(new Set(parts).size).toBe(parts.length);
    const posted = Number(/posted (\d+) messages/.exec(r.stdout)?.[1]);
    expect(posted).toBe(discord.length + slack.length);

    // Every queued part was sent, and each sent part is exactly one message on its platform.
    const rows = await world.deliveries();
    expect(rows.filter((d) => d.status !== 'sent')).toEqual([]);
    const ids = (platform: string) => rows.filter((d) => d.platform === platform).map((d) => d.messageId);
    expect(ids('discord')).toEqual(discord.map((m) => m.id));
    expect(ids('slack').sort()).toEqual(slack.map((m) => m.files[0]?.id ?? m.ts).sort());
  });
});
