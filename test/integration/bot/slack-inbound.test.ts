// Slack requests through our one HTTP listener into Bolt: signatures checked for real, the 1 MiB
// cap, the ssl_check bypass, acknowledgement while a slow handler still runs, event retries.
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../../src/http/server.js';
import { silentLogger } from '../../../src/log.js';
import { createSlackRole, type SlackRole } from '../../../src/bot/slack/app.js';
import type { CommandInvocation, Reply } from '../../../src/bot/commands/types.js';
import { userError } from '../../../src/errors.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { openSqliteTestStore, type TestStore } from '../../helpers/stores.js';
import { gate, waitFor, type Gate } from '../../helpers/wait.js';

/** Each request a fresh id: the bot runs a command once per id. */
let triggerIds = 0;

const SECRET = 'slack-signing-secret';

describe('Slack inbound (HTTP mode)', () => {
  let slack: SlackStandIn;
  let t: TestStore;
  let role: SlackRole;
  let http: HttpServer;
  let url: string;
  let seen: CommandInvocation[];
  let hold: Gate;
  let middlewareBodies: unknown[];
  let mentions: string[];

  beforeAll(async () => {
    slack = await startSlackStandIn({ admins: ['UADMIN'] });
    t = await openSqliteTestStore();
    const handler = async (inv: CommandInvocation): Promise<Reply> => {
      seen.push(inv);
      await hold.passed;
      if (inv.text === 'bad') throw userError('BAD_ARGUMENT', 'No company called "bad" <@U1>.');
      return {
        title: `Rounds for ${inv.text}`,
        private: inv.text === 'secret',
        sections: [
          { text: 'Handly raised $120M <!channel>', links: [{ label: 'Robot Wire', url: 'https://robotwire.example/a' }] },
        ],
      };
    };
    role = await createSlackRole(
      { botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl },
      { handler, db: t.store.db, log: silentLogger() },
    );
    role.app.use(async ({ body, next }) => {
      middlewareBodies.push(body);
      await next();
    });
    role.app.event('app_mention', async ({ body }) => {
      mentions.push(body.event_id);
    });
    http = await startHttpServer([role.route!], 0, silentLogger(), '127.0.0.1');
    url = `http://127.0.0.1:${http.port}/slack/events`;
  });
  afterAll(async () => {
    await http.close();
    await slack.close();
    await t.cleanup();
  });
  beforeEach(() => {
    seen = [];
    hold = gate(true);
    middlewareBodies = [];
    mentions = [];
  });

  const now = () => Math.floor(Date.now() / 1000);
  function headers(
    body: string,
    o: { skew?: number; secret?: string; version?: string; type?: string } = {},
  ): Record<string, string> {
    const ts = now() + (o.skew ?? 0);
    const mac = createHmac('sha256', o.secret ?? SECRET)
      .update(`v0:${ts}:${body}`)
      .digest('hex');
    return {
      'x-slack-signature': `${o.version ?? 'v0'}=${mac}`,
      'x-slack-request-timestamp': String(ts),
      'content-type': o.type ?? 'application/x-www-form-urlencoded',
    };
  }
  const command = (text: string, user = 'U1', responseId = 'r1') =>
    new URLSearchParams({
      command: '/round',
      text,
      user_id: user,
      channel_id: 'C1',
      team_id: 'T1',
      api_app_id: 'A1',
      response_url: slack.responseUrl(responseId),
      trigger_id: `t${++triggerIds}`,
    }).toString();
  const post = (body: string, h: Record<string, string>) => fetch(url, { method: 'POST', headers: h, body });

  it('answers a signed command with the handler reply, escaped, in the acknowledgement', async () => {
    const body = command('Handly');
    const res = await post(body, headers(body));
    expect(res.status).toBe(200);
    const json = (await res.json()) as { response_type: string; blocks: { text?: { text: string } }[] };
    expect(json.response_type).toBe('in_channel');
    expect(JSON.stringify(json.blocks)).toContain('Handly raised $120M &lt;!channel&gt;');
    expect(JSON.stringify(json.blocks)).toContain('<https://robotwire.example/a|Robot Wire>');
    expect(seen).toEqual([
      {
        platform: 'slack',
        command: 'round',
        subcommand: null,
        options: {},
        text: 'Handly',
        userId: 'U1',
        channelId: 'C1',
        platformAdmin: expect.any(Function) as unknown,
      },
    ]);
    expect(await seen[0]!.platformAdmin()).toBe(false);
  });

  it('marks workspace admins, and answers privately when the reply is private', async () => {
    const body = command('secret', 'UADMIN');
    const json = (await (await post(body, headers(body))).json()) as { response_type: string };
    expect(json.response_type).toBe('ephemeral');
    expect(await seen[0]!.platformAdmin()).toBe(true);
  });

  it('shows a user error privately, in full', async () => {
    const body = command('bad');
    const json = (await (await post(body, headers(body))).json()) as { response_type: string; blocks: unknown[] };
    expect(json.response_type).toBe('ephemeral');
    expect(JSON.stringify(json.blocks)).toContain('No company called \\"bad\\" &lt;@U1&gt;.');
  });

  it.each([
    ['a wrong secret', { secret: 'not-the-secret' }],
    ['a timestamp 301 s old', { skew: -301 }],
    ['a timestamp 301 s ahead', { skew: 301 }],
    ['a v1= signature', { version: 'v1' }],
  ])('refuses %s with 401 before any handler runs', async (_name, o) => {
    const body = command('Handly');
    const res = await post(body, headers(body, o));
    expect(res.status).toBe(401);
    expect(seen).toEqual([]);
    expect(middlewareBodies).toEqual([]);
  });

  it('refuses a request without a signature', async () => {
    const res = await post(command('Handly'), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(401);
    expect(seen).toEqual([]);
  });

  it('answers ssl_check without a signature, and a smuggled payload reaches no handler', async () => {
    const payload = JSON.stringify({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1' },
      actions: [{ action_id: 'x' }],
      command: '/round',
      text: 'Handly',
    });
    const body = new URLSearchParams({ ssl_check: '1', token: 'x', payload, command: '/round', text: 'Handly' }).toString();
    const res = await post(body, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    // A signed command sent after it is handled after it: once that one is seen, the smuggled one had its chance.
    const sentinel = command('Sentinel', 'U1', 'sentinel');
    await post(sentinel, headers(sentinel));
    await waitFor(() => seen.length > 0, { what: 'the sentinel command' });
    expect(seen.map((s) => s.text)).toEqual(['Sentinel']);
    expect(middlewareBodies).toHaveLength(1);
  });

  it('refuses a body over 1 MiB with 413 on its Content-Length, before reading it', async () => {
    const body = 'x'.repeat(1024 * 1024 + 1);
    const res = await post(body, headers(body));
    expect(res.status).toBe(413);
    expect(seen).toEqual([]);
  });

  it('refuses a chunked body once it passes 1 MiB', async () => {
    const status = await new Promise<number | string>((resolve) => {
      const req = request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', (e) => resolve(e.message));
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 20 && req.write(chunk)) sent++;
        if (sent < 20) req.once('drain', () => ((sent += 1), pump()));
        else req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(seen).toEqual([]);
  });

  it('acknowledges while a slow handler still runs, then answers through response_url', async () => {
    hold = gate();
    const body = command('Handly', 'U1', 'slow');
    const res = await post(body, headers(body));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(seen).toHaveLength(1);
    expect(slack.responses.has('slow')).toBe(false);
    hold.open();
    const answers = await waitFor(() => slack.responses.get('slow'), { what: 'the answer on response_url', on: [slack.events] });
    expect(answers).toEqual([expect.objectContaining({ response_type: 'in_channel', text: 'Rounds for Handly' })]);
  });

  it('handles an event once however often Slack retries it', async () => {
    const event = JSON.stringify({
      token: 't',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'Ev0001',
      event_time: now(),
      event: { type: 'app_mention', user: 'U1', text: '<@U0BOT> hi', ts: '1.000001', channel: 'C1', event_ts: '1.000001' },
      authorizations: [{ team_id: 'T1', user_id: 'U0BOT', is_bot: true }],
    });
    const first = await post(event, headers(event, { type: 'application/json' }));
    const retry = await post(event, {
      ...headers(event, { type: 'application/json' }),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    // Events are handled in the order they arrive: once a later event is handled, a doubled one would have been.
    const later = event.replace(/Ev0001/g, 'Ev0002');
    await post(later, headers(later, { type: 'application/json' }));
    await waitFor(() => mentions.includes('Ev0002'), { what: 'the later event' });
    expect(mentions).toEqual(['Ev0001', 'Ev0002']);
  });

  it('runs a slash command once when the same signed request comes again (a retry or a replay)', async () => {
    const body = command('Handly');
    const first = await post(body, headers(body));
    expect(first.status).toBe(200);
    const retried = await post(body, { ...headers(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retried.status).toBe(200);
    expect(await retried.text()).toBe('');
    expect(seen).toHaveLength(1);
    const other = command('Handly');
    expect((await post(other, headers(other))).status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  it('answers the URL verification challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' });
    const res = await post(body, headers(body, { type: 'application/json' }));
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });
});
