// Discord HTTP interactions through our one listener: Ed25519 checked for real (good, tampered,
// stale, PING), answers before a slow handler ends, deferred answers completed through the webhook endpoint.
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REST, DiscordAPIError } from 'discord.js';
import { startHttpServer, type HttpServer } from '../../../src/http/server.js';
import { silentLogger } from '../../../src/log.js';
import { firstSighting, INBOUND_MEMORY_MS } from '../../../src/store/inbound-events.js';
import { openSqliteTestStore, type TestStore } from '../../helpers/stores.js';
import { discordInteractionsRoute } from '../../../src/bot/discord/http-interactions.js';
import { putApplicationCommands } from '../../../src/bot/discord/register-commands.js';
import type { CommandInvocation, Reply } from '../../../src/bot/commands/types.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord-api.js';
import { gate, waitFor, type Gate } from '../../helpers/wait.js';

/** Each request a fresh id: the bot runs a command once per id. */
let interactionIds = 0;

const APP_ID = '500000000000000001';

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { hex: raw.toString('hex'), privateKey };
}

describe('Discord HTTP interactions', () => {
  const key = keyPair();
  const stranger = keyPair();
  let discord: DiscordStandIn;
  let http: HttpServer;
  let url: string;
  let seen: CommandInvocation[];
  let hold: Gate;
  let t: TestStore;

  beforeAll(async () => {
    discord = await startDiscordStandIn();
    const rest = new REST({ api: discord.apiUrl, version: '10' }).setToken('discord-test-token');
    const handler = async (inv: CommandInvocation): Promise<Reply> => {
      seen.push(inv);
      await hold.passed;
      return {
        title: `Rounds for ${String(inv.options.company ?? '')}`,
        private: inv.options.company === 'secret',
        sections: [{ text: 'Handly raised $120M @everyone' }],
      };
    };
    t = await openSqliteTestStore();
    const route = discordInteractionsRoute(key.hex, {
      handler,
      rest,
      applicationId: APP_ID,
      log: silentLogger(),
      firstSighting: (key: string) => firstSighting(t.store.db, key, Date.now(), INBOUND_MEMORY_MS),
    });
    http = await startHttpServer([route], 0, silentLogger(), '127.0.0.1');
    url = `http://127.0.0.1:${http.port}/discord/interactions`;
  });
  afterAll(async () => {
    await http.close();
    await discord.close();
    await t.cleanup();
  });
  beforeEach(() => {
    seen = [];
    hold = gate(true);
  });

  function send(body: string, o: { skew?: number; signer?: typeof key; signedBody?: string; headers?: boolean } = {}) {
    const ts = String(Math.floor(Date.now() / 1000) + (o.skew ?? 0));
    const sig = sign(null, Buffer.from(ts + (o.signedBody ?? body)), (o.signer ?? key).privateKey).toString('hex');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (o.headers !== false) Object.assign(headers, { 'x-signature-ed25519': sig, 'x-signature-timestamp': ts });
    return fetch(url, { method: 'POST', headers, body });
  }

  const command = (name: string, options: unknown[], token = 'tok1', permissions = '0') =>
    JSON.stringify({
      id: `60000000000${String(++interactionIds).padStart(7, '0')}`,
      application_id: APP_ID,
      type: 2,
      token,
      version: 1,
      channel_id: '300000000000000009',
      channel: { id: '300000000000000009', type: 0 },
      member: { user: { id: '700000000000000001', username: 'ada' }, permissions, roles: [] },
      data: { id: '800000000000000001', name, type: 1, options },
    });

  it('answers PING with PONG', async () => {
    const res = await send(JSON.stringify({ id: '1', application_id: APP_ID, type: 1, token: 't', version: 1 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it.each([
    ['a tampered body', { signedBody: '{"type":1}' }],
    ['a signature from another key', { signer: stranger }],
    ['a timestamp 301 s old', { skew: -301 }],
    ['a timestamp 301 s ahead', { skew: 301 }],
    ['no signature headers', { headers: false }],
  ])('refuses %s with 401', async (_name, o) => {
    const res = await send(command('round', [{ name: 'company', type: 3, value: 'Handly' }]), o as Parameters<typeof send>[1]);
    expect(res.status).toBe(401);
    expect(seen).toEqual([]);
  });

  it('answers a command at once, without mentions, and maps Manage Server to admin', async () => {
    const res = await send(command('round', [{ name: 'company', type: 3, value: 'Handly' }], 'tok2', String(1 << 5)));
    const json = (await res.json()) as {
      type: number;
      data: { embeds: { title: string; description: string }[]; allowed_mentions: unknown; flags?: number };
    };
    expect(json.type).toBe(4);
    expect(json.data.allowed_mentions).toEqual({ parse: [] });
    expect(json.data.flags).toBeUndefined();
    expect(json.data.embeds[0]).toMatchObject({ title: 'Rounds for Handly', description: 'Handly raised $120M @\u200beveryone' });
    expect(seen).toEqual([
      {
        platform: 'discord',
        command: 'round',
        subcommand: null,
        options: { company: 'Handly' },
        text: null,
        userId: '700000000000000001',
        channelId: '300000000000000009',
        platformAdmin: expect.any(Function) as unknown,
      },
    ]);
    expect(await seen[0]!.platformAdmin()).toBe(true);
  });

  it('reads subcommands and their options', async () => {
    const opts = [
      {
        name: 'add',
        type: 1,
        options: [
          { name: 'url', type: 3, value: 'https://feeds.example/rss' },
          { name: 'topic', type: 3, value: 'robotics' },
        ],
      },
    ];
    await send(command('feeds', opts));
    expect(seen[0]).toMatchObject({
      command: 'feeds',
      subcommand: 'add',
      options: { url: 'https://feeds.example/rss', topic: 'robotics' },
    });
    expect(await seen[0]!.platformAdmin()).toBe(false);
  });

  it('answers a private reply with the ephemeral flag', async () => {
    const json = (await (await send(command('round', [{ name: 'company', type: 3, value: 'secret' }]))).json()) as {
      data: { flags?: number };
    };
    expect(json.data.flags).toBe(64);
  });

  it('defers while a slow handler still runs, then edits the original response', async () => {
    hold = gate();
    const res = await send(command('round', [{ name: 'company', type: 3, value: 'Handly' }], 'slowtok'));
    expect(await res.json()).toEqual({ type: 5 });
    hold.open();
    await waitFor(() => discord.interactions.some((i) => i.token === 'slowtok'), { what: 'the edit', on: [discord.events] });
    expect(discord.interactions.filter((i) => i.token === 'slowtok')).toEqual([
      expect.objectContaining({
        kind: 'edit',
        body: expect.objectContaining({
          allowed_mentions: { parse: [] },
          embeds: [expect.objectContaining({ title: 'Rounds for Handly' })],
        }),
      }),
    ]);
  });

  it('completes a slow private answer with an ephemeral follow-up in place of the public placeholder', async () => {
    hold = gate();
    const res = await send(command('round', [{ name: 'company', type: 3, value: 'secret' }], 'slowpriv'));
    expect(await res.json()).toEqual({ type: 5 });
    hold.open();
    const mine = () => discord.interactions.filter((i) => i.token === 'slowpriv');
    await waitFor(() => mine().length >= 2, { what: 'the delete and the follow-up', on: [discord.events] });
    expect(mine().map((c) => c.kind)).toEqual(['delete', 'followup']);
    expect(mine()[1]!.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  });

  it('runs a command delivered twice (a replay) once; the replay gets a private note', async () => {
    const body = command('round', [{ name: 'company', type: 3, value: 'Handly' }], 'tok-replay');
    expect((await send(body)).status).toBe(200);
    const again = await send(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      type: 4,
      data: { content: 'This interaction was already answered.', flags: 64 },
    });
    expect(seen).toHaveLength(1);
  });

  const good = JSON.parse(command('round', [{ name: 'company', type: 3, value: 'Handly' }])) as Record<string, unknown>;
  it.each([
    ['null', 'null', 'an interaction is an object'],
    ['a string', '"hello"', 'an interaction is an object'],
    ['data null', JSON.stringify({ ...good, data: null }), 'data:'],
    ['no data', JSON.stringify({ ...good, data: undefined }), 'data:'],
    ['options as a string', JSON.stringify({ ...good, data: { name: 'round', type: 1, options: 'company' } }), 'data.options:'],
    [
      'an option without a name',
      JSON.stringify({ ...good, data: { name: 'round', type: 1, options: [{ type: 3 }] } }),
      'data.options.0.name:',
    ],
    ['no token', JSON.stringify({ ...good, token: undefined }), 'token:'],
    ['no id', JSON.stringify({ ...good, id: undefined }), 'id:'],
    [
      'permissions not a number',
      JSON.stringify({ ...good, member: { user: { id: '7' }, permissions: 'all' } }),
      'member.permissions:',
    ],
  ])('answers a signed but malformed interaction (%s) with 400 naming the field', async (_name, body, field) => {
    const res = await send(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: string };
    expect(json.error).toContain('malformed interaction: ');
    expect(json.error).toContain(field);
    expect(seen).toEqual([]);
  });

  it('answers an interaction type it does not handle with 400 saying so', async () => {
    const res = await send(JSON.stringify({ ...good, type: 3 }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain('unsupported interaction type 3');
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const res = await send('x'.repeat(1024 * 1024 + 10));
    expect(res.status).toBe(413);
  });

  it('registers application commands, and the stand-in refuses what Discord would', async () => {
    const rest = new REST({ api: discord.apiUrl, version: '10' }).setToken('discord-test-token');
    const n = await putApplicationCommands(rest, APP_ID, [
      {
        name: 'round',
        description: 'Funding rounds of a company',
        options: [{ name: 'company', description: 'Company name', type: 3 }],
      },
    ]);
    expect(n).toBe(1);
    expect(discord.commands.get(APP_ID)?.[0]).toMatchObject({ name: 'round' });
    await expect(putApplicationCommands(rest, APP_ID, [{ name: 'Round', description: 'x' }])).rejects.toBeInstanceOf(
      DiscordAPIError,
    );
  });
});
