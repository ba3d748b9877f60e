// `digestbot start` in Slack Socket Mode, as a child process: it opens the connection through
// apps.connections.open with the app-level token (no HTTP route), answers slash commands in the
// envelope's acknowledgement even while users.info hangs, and runs a redelivered envelope once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { startBot, type BotProcess } from '../../helpers/bot-process.js';
import { rssOf, SLACK_CHANNEL, startChatWorld, type ChatWorld } from '../../helpers/chat-world.js';
import { waitFor } from '../../helpers/wait.js';
import { startSocketStandIn, type SocketStandIn } from '../../stand-ins/slack-socket.js';

const APP_TOKEN = 'xapp-1-test';
const ITEMS = STORY_FIXTURES.slice(0, 3).map((f) => ({
  title: f.title,
  link: `https://news.example/${f.key}`,
  text: f.text,
  hoursAgo: f.hoursAgo,
}));

describe('digestbot start: Slack Socket Mode', () => {
  let socket: SocketStandIn;
  let world: ChatWorld;
  let bot: BotProcess;
  beforeAll(async () => {
    socket = await startSocketStandIn();
    world = await startChatWorld(() => rssOf('Fixture Wire', ITEMS), {
      slack: { appToken: APP_TOKEN, socketUrl: socket.url },
    });
    await world.addFeed();
    const { SLACK_SIGNING_SECRET: _secret, ...env } = world.env;
    bot = await startBot({
      ...env,
      SLACK_APP_TOKEN: APP_TOKEN,
      DIGESTBOT_DESTINATIONS: `slack:${SLACK_CHANNEL}`,
      DIGESTBOT_SCHEDULE: '0 0 1 1 *',
    });
    await socket.connected;
    await bot.logged('funding rounds read');
  });
  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await socket.close();
    await world.close();
  });

  const envelope = (id: string, command: string, text: string, user = 'U1', retry = 0) => ({
    envelope_id: id,
    type: 'slash_commands',
    accepts_response_payload: true,
    retry_attempt: retry,
    retry_reason: retry > 0 ? 'timeout' : '',
    payload: {
      command,
      text,
      user_id: user,
      channel_id: SLACK_CHANNEL,
      team_id: 'T1',
      api_app_id: 'A1',
      response_url: world.slack.responseUrl(id),
      trigger_id: `trigger-${id}`,
    },
  });
  const ackOf = (id: string) => waitFor(() => socket.acks.get(id), { what: `the ack of ${id}`, on: [socket.events] });

  it('connected with the app-level token and serves no Slack route', async () => {
    expect(world.slack.calls.map((c) => c.method)).toContain('apps.connections.open');
    const res = await fetch(bot.url('/slack/events'), { method: 'POST', body: 'x' });
    expect(res.status).toBe(404);
  });

  it('answers /round in the acknowledgement while users.info hangs, and never asks it', async () => {
    world.slack.fault('users.info', { kind: 'hang' });
    socket.send(envelope('env-round', '/round', 'Harbor Robotics'));
    const ack = await ackOf('env-round');
    expect(ack).toMatchObject({ response_type: 'in_channel' });
    expect(JSON.stringify(ack)).toContain('*Series B · $40M · ');
    expect(world.slack.calls.filter((c) => c.method === 'users.info')).toEqual([]);
  });

  it('refuses an admin action privately when users.info hangs', async () => {
    socket.send(envelope('env-now', '/digest', 'now', 'UADMIN'));
    const ack = await ackOf('env-now');
    expect(ack).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(ack)).toContain('Slack could not confirm that you are a workspace admin just now');
  });

  it('runs a redelivered envelope once: the retry gets an empty acknowledgement', async () => {
    socket.send(envelope('env-search', '/search', 'Harbor'));
    expect(JSON.stringify(await ackOf('env-search'))).toContain('Harbor Robotics');
    const again = envelope('env-search', '/search', 'Harbor', 'U1', 1);
    socket.acks.delete('env-search');
    socket.send(again);
    expect(await ackOf('env-search')).toEqual({});
    expect(await bot.logged(/^Slack request already handled/)).toMatchObject({ key: 'slack-command:trigger-env-search' });
  });
});
