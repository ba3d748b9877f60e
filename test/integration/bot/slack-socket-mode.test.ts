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
import { gate, waitFor } from '../../helpers/wait.js';

/** Each request a fresh id: the bot runs a command once per id. */
let triggerIds = 0;

describe('Slack Socket Mode', () => {
  let socket: SocketStandIn;
  let slack: SlackStandIn;
  let t: TestStore;
  let role: SlackRole;
  let hold = gate(true);

  beforeAll(async () => {
    socket = await startSocketStandIn();
    slack = await startSlackStandIn({ appToken: 'xapp-test', socketUrl: socket.url });
    t = await openSqliteTestStore();
    const handler = async (inv: CommandInvocation): Promise<Reply> => {
      await hold.passed;
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
      trigger_id: `t${++triggerIds}`,
    },
  });

  const ackOf = (id: string) => waitFor(() => socket.acks.get(id), { what: `the ack of ${id}`, on: [socket.events] });

  it('serves no HTTP route and opened the socket with the app-level token', () => {
    expect(role.route).toBeNull();
    expect(slack.calls.map((c) => c.method)).toContain('apps.connections.open');
  });

  it('acknowledges a command with its answer', async () => {
    socket.send(envelope('env1', 'grippers'));
    expect(await ackOf('env1')).toMatchObject({ response_type: 'ephemeral', text: 'you asked for grippers' });
  });

  it('acknowledges first when the handler is slow, then answers through response_url', async () => {
    hold = gate();
    socket.send(envelope('env2', 'lidar'));
    expect(await ackOf('env2')).toEqual({});
    expect(slack.responses.has('env2')).toBe(false);
    hold.open();
    const answers = await waitFor(() => slack.responses.get('env2'), { what: 'the answer on response_url', on: [slack.events] });
    expect(answers).toEqual([expect.objectContaining({ response_type: 'ephemeral', text: 'you asked for lidar' })]);
  });
});
