// `digestbot start` in Slack HTTP mode, as a child process: signed slash commands to its listener,
// answers in the acknowledgement, the digest posted to the Slack stand-in. Admin rights are asked
// of users.info only for admin actions, and a users.info that hangs never holds a command; a
// command sent twice runs once; `/digest now` with nothing new stays private.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { startBot, type BotProcess } from '../../helpers/bot-process.js';
import { rssOf, SLACK_CHANNEL, SLACK_SIGNING_SECRET, startChatWorld, type ChatWorld } from '../../helpers/chat-world.js';
import { waitFor } from '../../helpers/wait.js';

const ITEMS = STORY_FIXTURES.slice(0, 3).map((f) => ({
  title: f.title,
  link: `https://news.example/${f.key}`,
  text: f.text,
  hoursAgo: f.hoursAgo,
}));

interface Ack {
  response_type?: string;
  text?: string;
  blocks?: unknown[];
}

describe('digestbot start: Slack over HTTP', () => {
  let world: ChatWorld;
  let bot: BotProcess;
  let trigger = 0;
  beforeAll(async () => {
    world = await startChatWorld(() => rssOf('Fixture Wire', ITEMS), { slack: { admins: ['UADMIN'] } });
    await world.addFeed();
    // A slot that is never due: digests come only from /digest now.
    bot = await startBot({ ...world.env, DIGESTBOT_DESTINATIONS: `slack:${SLACK_CHANNEL}`, DIGESTBOT_SCHEDULE: '0 0 1 1 *' });
    await bot.logged('funding rounds read');
  });
  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await world.close();
  });

  function signed(body: string, secret = SLACK_SIGNING_SECRET): Record<string, string> {
    const ts = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex');
    return {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': `v0=${mac}`,
    };
  }
  const command = (name: string, text: string, user = 'U1') =>
    new URLSearchParams({
      command: name,
      text,
      user_id: user,
      channel_id: SLACK_CHANNEL,
      team_id: 'T1',
      api_app_id: 'A1',
      response_url: world.slack.responseUrl(`r${++trigger}`),
      trigger_id: `trigger-${trigger}`,
    }).toString();
  const post = async (body: string, headers = signed(body)) => {
    const res = await fetch(bot.url('/slack/events'), { method: 'POST', headers, body });
    const text = await res.text();
    return { status: res.status, ack: (text === '' ? {} : JSON.parse(text)) as Ack };
  };
  const usersInfoCalls = () => world.slack.calls.filter((c) => c.method === 'users.info').length;

  it('refuses an unsigned or wrongly signed command', async () => {
    const body = command('/round', 'Harbor Robotics');
    expect((await post(body, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(401);
    expect((await post(body, signed(body, 'not-the-secret'))).status).toBe(401);
  });

  it('answers /round in the acknowledgement, with the round heading, without asking users.info even while it hangs', async () => {
    world.slack.fault('users.info', { kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    const { status, ack } = await post(command('/round', 'Harbor Robotics'));
    expect(status).toBe(200);
    expect(ack.response_type).toBe('in_channel');
    const text = JSON.stringify(ack.blocks);
    expect(text).toContain('Funding rounds: Harbor Robotics');
    expect(text).toContain('*Series B · $40M · ');
    expect(usersInfoCalls()).toBe(0);
  });

  it('refuses an admin action privately, saying why, when users.info does not answer', async () => {
    const { status, ack } = await post(command('/digest', 'now', 'UADMIN'));
    expect(status).toBe(200);
    expect(ack.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.blocks)).toContain('Slack could not confirm that you are a workspace admin just now');
    expect(usersInfoCalls()).toBe(1);
  });

  it('runs /digest now once however often the same request comes, then says privately that nothing is new', async () => {
    const body = command('/digest', 'now', 'UADMIN');
    world.slack.faults.take('users.info');
    world.slack.faults.take('users.info');
    const first = await post(body);
    expect(first.ack.response_type).toBe('ephemeral');
    expect(JSON.stringify(first.ack.blocks)).toContain('A digest is on its way to this channel');
    const retry = await post(body, { ...signed(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry).toEqual({ status: 200, ack: {} });
    await waitFor(() => world.slack.messages.some((m) => m.files.length > 0), {
      what: 'the digest with its chart on Slack',
      on: [world.slack.events],
    });
    const digests = new Set(world.slack.messages.map((m) => (m.metadata?.event_payload as { digest_id?: string })?.digest_id));
    digests.delete(undefined);
    expect(digests.size).toBe(1);

    const posted = world.slack.messages.length;
    const again = await post(command('/digest', 'now', 'UADMIN'));
    expect(again.ack.response_type).toBe('ephemeral');
    expect(JSON.stringify(again.ack.blocks)).toMatch(/No digest was posted: nothing new since /);
    expect(world.slack.messages.length).toBe(posted);
  });
});
