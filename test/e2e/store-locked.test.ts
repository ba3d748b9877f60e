// `digestbot start` while another process holds the SQLite write lock: /healthz keeps answering
// at once and a Slack slash command is still acknowledged within Slack's 3 s (its dedupe record
// gives up in time); once the lock is released, a replay of a command is recognized again.
import type { ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/store/store.js';
import { STORY_FIXTURES } from '../fixtures/stories.js';
import { startBot, type BotProcess } from '../helpers/bot-process.js';
import { rssOf, SLACK_CHANNEL, SLACK_SIGNING_SECRET, startChatWorld, type ChatWorld } from '../helpers/chat-world.js';
import { startTsProcess } from '../helpers/spawn.js';
import { waitFor } from '../helpers/wait.js';

const ITEMS = STORY_FIXTURES.slice(0, 2).map((f) => ({
  title: f.title,
  link: `https://news.example/${f.key}`,
  text: f.text,
  hoursAgo: f.hoursAgo,
}));
const HOLDER = new URL('../helpers/lock-holder-process.ts', import.meta.url);

describe('digestbot start with the SQLite file locked by another process', () => {
  let world: ChatWorld;
  let bot: BotProcess;
  let holder: ChildProcess;
  beforeAll(async () => {
    world = await startChatWorld(() => rssOf('Fixture Wire', ITEMS));
    await world.addFeed();
    bot = await startBot({ ...world.env, DIGESTBOT_DESTINATIONS: `slack:${SLACK_CHANNEL}`, DIGESTBOT_SCHEDULE: '0 0 1 1 *' });
    await bot.logged('funding rounds read');
    const started = startTsProcess(HOLDER, [join(world.env.DIGESTBOT_DATA_DIR!, SQLITE_FILE)]);
    holder = started.child;
    let out = '';
    holder.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    await waitFor(() => out.includes('locked'), {
      what: 'the other process to take the lock',
      timeoutMs: 60_000,
    });
  });
  afterAll(async () => {
    holder.kill('SIGTERM');
    expect(await bot.stop()).toBe(0);
    await world.close();
  });

  const command = (text: string, trigger: string) => {
    const body = new URLSearchParams({
      command: '/round',
      text,
      user_id: 'U1',
      channel_id: SLACK_CHANNEL,
      team_id: 'T1',
      api_app_id: 'A1',
      response_url: world.slack.responseUrl(trigger),
      trigger_id: trigger,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', SLACK_SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex');
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': `v0=${mac}`,
    };
    return { body, headers };
  };
  const timed = async (url: string, init?: RequestInit) => {
    const started = performance.now();
    const res = await fetch(url, init);
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - started };
  };

  it('/healthz answers at once and commands are acknowledged within 3 s while the lock is held', async () => {
    const health = [];
    for (let i = 0; i < 5; i++) health.push(await timed(bot.url('/healthz')));
    const acks = [];
    for (let i = 0; i < 4; i++) {
      const { body, headers } = command('Harbor Robotics', `locked-${i}`);
      acks.push(await timed(bot.url('/slack/events'), { method: 'POST', headers, body }));
    }
    expect(health.every((h) => h.status === 200 && h.ms < 1000)).toBe(true);
    expect(acks.every((a) => a.status === 200 && a.ms < 3000)).toBe(true);
    expect(acks[0]!.text).toContain('Harbor Robotics');
    expect(bot.logs.some((l) => l.msg === 'cannot tell whether this request was handled before; handling it')).toBe(true);
  });

  it('once the lock is released, a command sent twice runs once again', async () => {
    holder.kill('SIGTERM');
    await waitFor(() => holder.exitCode !== null || holder.signalCode !== null, {
      what: 'the lock holder to exit',
      timeoutMs: 30_000,
    });
    const { body, headers } = command('Harbor Robotics', 'after-1');
    const first = await timed(bot.url('/slack/events'), { method: 'POST', headers, body });
    const again = await timed(bot.url('/slack/events'), { method: 'POST', headers, body });
    expect(first.text).toContain('Harbor Robotics');
    expect(again.text).not.toContain('Harbor Robotics');
  });
});
