// `digestbot once --now` when a platform will not take the digest yet: it waits for what can be
// posted within its bound, then exits non-zero saying what is still queued, where, and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { DISCORD_CHANNEL, rssOf, SLACK_CHANNEL, startChatWorld, type ChatWorld } from '../../helpers/chat-world.js';

const ITEMS = STORY_FIXTURES.slice(0, 4).map((f) => ({
  title: f.title,
  link: `https://news.example/${f.key}`,
  text: f.text,
  hoursAgo: f.hoursAgo,
}));

describe('digestbot once --now with parts left queued', () => {
  let world: ChatWorld;
  beforeAll(async () => {
    world = await startChatWorld(() => rssOf('Fixture Wire', ITEMS));
    await world.addFeed();
  });
  afterAll(() => world.close());

  it('exits non-zero and names the destination, the parts and the last error', async () => {
    // Discord rate-limits every post for an hour; Slack takes everything.
    for (let i = 0; i < 20; i++)
      world.discord.fault('POST /channels/:id/messages', { kind: 'status', status: 429, retryAfterSec: 3600 });
    const r = await world.cli(['once', '--now']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/posted \d+ messages, 0 failed, [1-9]\d* still queued/);
    expect(r.stderr).toMatch(/digestbot: PLATFORM_ERROR: [1-9]\d* part\(s\) still queued after waiting 120 s/);
    expect(r.stderr).toMatch(new RegExp(`discord:${DISCORD_CHANNEL}: [1-9]\\d* part\\(s\\), next attempt \\S+, last error: 429`));
    expect(r.stderr).not.toContain(`slack:${SLACK_CHANNEL}`);
    expect(r.stderr).toContain('`digestbot start` posts them');
    const rows = await world.deliveries();
    expect(rows.filter((d) => d.platform === 'slack').every((d) => d.status === 'sent')).toBe(true);
    expect(rows.filter((d) => d.platform === 'discord').every((d) => d.status === 'pending')).toBe(true);
    expect(world.discord.messages).toEqual([]);
  });
});
