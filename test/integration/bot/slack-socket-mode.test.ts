// Slack in Socket Mode end to end on loopback: Bolt opens the connection through the configured
// Web API URL (apps.connections.open with the app-level token), and slash commands arriving on
// the socket are acknowledged with the answer, or acknowledged first and answered via response_url.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log.js';
import { createSlackRole, type SlackRole } from '../../../src/bot/slack/app.js';
import type { CommandInvocation, Reply } from '../../../src/bot/commands/types.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { startSocketStandIn, type SocketStandIn } from '../../stand-ins/slack-socket.js';
import { openSqliteTestStore, type TestStore } from '../../helpers/stores.js';

describe('Slack Socket Mode', () => {
  let socket: SocketStandIn;
  let slack: SlackStandIn;
  let t: TestStore;
  let role: SlackRole;
  let delayMs = 0;

  beforeAll(async () => {
    socket = await startSocketStandIn();
    slack = await startSlackStandIn({ appToken: 'xapp-test', socketUrl: socket.url });
    t = await openSqliteTestStore();
    const handler = async (inv: CommandInvocation): Promise<Reply> => {
      await new Promise((r) => setTimeout(r, delayMs));
      return { private: true, sections: [{ text: `you asked for ${inv.text}` }] };
    };
    role = await createSlackRole(
      { botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: slack.apiUrl },
      { handler, db: t.store.db, log: silentLogger() },
    );
    await role.start();
    await socket.connected;
  }, 30_000);
  afterAll(async () => {
    await role.stop();
    await socket.close();
    await slack.close();
    await t.cleanup();
  });

  const envelope = (id: string, text: string) => ({
    envelope_id: id,
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      command: '/search',
      text,
      user_id: 'U1',
      channel_id: 'C1',
      team_id: 'T1',
      api_app_id: 'A1',
      response_url: slack.responseUrl(id),
      trigger_id: 't',
    },
  });

  async function ackOf(id: string) {
    const end = Date.now() + 5000;
    while (!socket.acks.has(id) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    return socket.acks.get(id);
  }

  it('serves no HTTP route and opened the socket with the app-level token', () => {
    expect(role.route).toBeNull();
    expect(slack.calls.map((c) => c.method)).toContain('apps.connections.open');
  });

  it('acknowledges a command with its answer', async () => {
    socket.send(envelope('env1', 'grippers'));
    expect(await ackOf('env1')).toMatchObject({ response_type: 'ephemeral', text: 'you asked for grippers' });
  });

  it('acknowledges first when the handler is slow, then answers through response_url', async () => {
    delayMs = 3000;
    const sent = Date.now();
    socket.send(envelope('env2', 'lidar'));
    expect(await ackOf('env2')).toEqual({});
    expect(Date.now() - sent).toBeLessThan(2500);
    const end = Date.now() + 8000;
    while (!slack.responses.has('env2') && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(slack.responses.get('env2')).toEqual([
      expect.objectContaining({ response_type: 'ephemeral', text: 'you asked for lidar' }),
    ]);
  }, 15_000);
});
