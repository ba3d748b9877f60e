// The discord.js gateway client end to end against loopback stand-ins (gateway and REST): it
// connects with the bot token, and a slash-command interaction dispatched on the gateway is
// answered through the interaction callback endpoint (directly, or deferred then edited).
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { silentLogger } from '../../../src/log.js';
import { firstSighting, INBOUND_MEMORY_MS } from '../../../src/store/inbound-events.js';
import { openSqliteTestStore, type TestStore } from '../../helpers/stores.js';
import { createDiscordGateway, type GatewayRole } from '../../../src/bot/discord/gateway.js';
import { interactionRest } from '../../../src/bot/discord/interaction.js';
import type { CommandHandler, CommandInvocation, Reply } from '../../../src/bot/commands/types.js';
import { memoryLog } from '../../helpers/memory-log.js';
import { gate, waitFor } from '../../helpers/wait.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord-api.js';
import { startGatewayStandIn, type GatewayStandIn } from '../../stand-ins/discord-gateway.js';

/** Each request a fresh id: the bot runs a command once per id. */
let interactionIds = 0;

const BOT = '100000000000000001';
const APP = '500000000000000001';

describe('Discord gateway client', () => {
  let gateway: GatewayStandIn;
  let discord: DiscordStandIn;
  let role: GatewayRole;
  let t: TestStore;
  const seen: CommandInvocation[] = [];
  let hold = gate(true);

  beforeAll(async () => {
    t = await openSqliteTestStore();
    gateway = await startGatewayStandIn({ botId: BOT, applicationId: APP });
    discord = await startDiscordStandIn({ botId: BOT, gatewayUrl: gateway.url });
    const handler: CommandHandler = async (inv: CommandInvocation): Promise<Reply> => {
      seen.push(inv);
      await hold.passed;
      return { private: false, sections: [{ title: `/${inv.command} ${inv.subcommand ?? ''}`.trim(), text: 'ok <@123>' }] };
    };
    handler.autocomplete = async (q) => [{ name: `${q.option}:${q.value}`, value: q.value }];
    role = createDiscordGateway('discord-test-token', discord.apiUrl, {
      handler,
      rest: interactionRest(discord.apiUrl, 'discord-test-token'),
      applicationId: APP,
      log: silentLogger(),
      firstSighting: (key: string) => firstSighting(t.store.db, key, Date.now(), INBOUND_MEMORY_MS),
    });
    await role.start();
  }, 30_000);
  afterAll(async () => {
    await role.stop();
    await gateway.close();
    await discord.close();
    await t.cleanup();
  });

  const interaction = (token: string) => ({
    id: `61000000000${String(++interactionIds).padStart(7, '0')}`,
    application_id: APP,
    type: 2,
    token,
    version: 1,
    guild_id: '620000000000000001',
    channel_id: '300000000000000009',
    channel: { id: '300000000000000009', type: 0 },
    member: {
      user: { id: '700000000000000001', username: 'ada', discriminator: '0', avatar: null, global_name: null },
      permissions: '8',
      roles: [],
      joined_at: '2025-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '0',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    data: { id: '800000000000000001', name: 'digest', type: 1, options: [{ name: 'status', type: 1, options: [] }] },
  });

  const mine = (token: string) => discord.interactions.filter((i) => i.token === token);
  const callbacks = async (token: string, n: number) => {
    await waitFor(() => mine(token).length >= n, { what: `${n} callbacks for ${token}`, on: [discord.events] });
    return mine(token);
  };

  it('identifies with the bot token', async () => {
    expect(await gateway.identified).toMatchObject({ token: 'discord-test-token' });
  });

  it('answers a command dispatched on the gateway through the callback endpoint', async () => {
    gateway.dispatch('INTERACTION_CREATE', interaction('gwtok'));
    const [cb] = await callbacks('gwtok', 1);
    expect(cb).toMatchObject({
      kind: 'callback',
      body: {
        type: 4,
        data: { allowed_mentions: { parse: [] }, embeds: [{ title: '/digest status', description: 'ok \\<@123\\>' }] },
      },
    });
    expect(seen.at(-1)).toMatchObject({ platform: 'discord', command: 'digest', subcommand: 'status' });
    expect(await seen.at(-1)!.platformAdmin()).toBe(true);
  });

  it('answers an autocomplete dispatched on the gateway with its choices (type 8)', async () => {
    const i = interaction('gwauto');
    gateway.dispatch('INTERACTION_CREATE', {
      ...i,
      type: 4,
      data: { ...i.data, name: 'round', options: [{ name: 'company', type: 3, value: 'appt', focused: true }] },
    });
    const [cb] = await callbacks('gwauto', 1);
    expect(cb).toMatchObject({
      kind: 'callback',
      body: { type: 8, data: { choices: [{ name: 'company:appt', value: 'appt' }] } },
    });
  });

  it('defers a slow answer, then edits the original response', async () => {
    hold = gate();
    gateway.dispatch('INTERACTION_CREATE', interaction('gwslow'));
    const [deferred] = await callbacks('gwslow', 1);
    expect(deferred).toMatchObject({ kind: 'callback', body: { type: 5 } });
    hold.open();
    const calls = await callbacks('gwslow', 2);
    expect(calls.map((c) => c.kind)).toEqual(['callback', 'edit']);
  });
});

describe('Discord gateway with a token Discord refuses', () => {
  it('stops after one clear log line instead of retrying forever, and says HTTP interactions still answer', async () => {
    const discord = await startDiscordStandIn({ botId: BOT });
    const log = memoryLog();
    const handler: CommandHandler = async () => ({ private: true, sections: [{ text: 'unused' }] });
    const role = createDiscordGateway(
      'not-the-token',
      discord.apiUrl,
      {
        handler,
        rest: interactionRest(discord.apiUrl, 'not-the-token'),
        applicationId: APP,
        log: log.log,
        firstSighting: async () => true,
      },
      { httpInteractions: true },
    );
    try {
      await role.start();
      const refused = log.find('Discord refused DISCORD_TOKEN');
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ level: 50, code: 'PLATFORM_ERROR' });
      expect(String(refused[0]!.msg)).toContain('the gateway stays off and is not retried');
      expect(String(refused[0]!.msg)).toContain(
        'slash commands are still answered over HTTP interactions (POST /discord/interactions)',
      );
      // One attempt only: the client was destroyed, so nothing asks Discord again.
      const gatewayCalls = () => discord.calls.filter((c) => c.path === '/gateway/bot').length;
      const seen = gatewayCalls();
      expect(seen).toBeGreaterThan(0);
      await role.start();
      expect(log.find('Discord refused DISCORD_TOKEN')).toHaveLength(2);
      expect(gatewayCalls()).toBe(seen * 2);
    } finally {
      await role.stop();
      await discord.close();
    }
  });
});
