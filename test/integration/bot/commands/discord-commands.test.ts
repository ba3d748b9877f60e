// Every slash command through the Discord HTTP interactions endpoint: Ed25519-signed requests,
// subcommands and named options, autocomplete (type 4 → 8), deferred answers completed through
// the webhook endpoint, over a seeded store on both dialects.
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { discordInteractionsRoute } from '../../../../src/bot/discord/http-interactions.js';
import { interactionRest } from '../../../../src/bot/discord/interaction.js';
import { startHttpServer, type HttpServer } from '../../../../src/http/server.js';
import { firstSighting, INBOUND_MEMORY_MS } from '../../../../src/store/inbound-events.js';
import { silentLogger } from '../../../../src/log.js';
import { getFeedByKey } from '../../../../src/store/feeds.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../../stand-ins/discord-api.js';
import {
  ADMIN_LISTED,
  commandWorld,
  DAY,
  DISCORD_CHANNEL,
  DISCORD_LOOSE,
  type CommandWorld,
} from '../../../helpers/command-world.js';
import { describeStores, type TestStore } from '../../../helpers/stores.js';
import { waitFor } from '../../../helpers/wait.js';

/** Each request a fresh id: the bot runs a command once per id. */
let interactionIds = 0;

const APP_ID = '500000000000000001';
const USER = '700000000000000001';
const MANAGE_SERVER = String(1 << 5);

type Json = Record<string, unknown>;
interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Message {
  type: number;
  data: { embeds: Embed[]; flags?: number; allowed_mentions: unknown; choices?: { name: string; value: string }[] };
}

describeStores('slash commands through Discord', (open) => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const keyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  let t: TestStore;
  let world: CommandWorld;
  let discord: DiscordStandIn;
  let http: HttpServer;
  let url: string;
  let seq = 0;

  beforeAll(async () => {
    t = await open();
    world = await commandWorld(t);
    discord = await startDiscordStandIn();
    const route = discordInteractionsRoute(keyHex, {
      handler: world.registry,
      rest: interactionRest(discord.apiUrl),
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
    await world.close();
    await t.cleanup();
  });

  function interaction(
    type: 2 | 4,
    name: string,
    options: unknown[],
    o: { permissions?: string; user?: string; channel?: string } = {},
  ) {
    const token = `tok${++seq}`;
    const channel = o.channel ?? DISCORD_CHANNEL;
    const body = JSON.stringify({
      id: `60000000000${String(++interactionIds).padStart(7, '0')}`,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      guild_id: '620000000000000001',
      channel_id: channel,
      channel: { id: channel, type: 0 },
      member: { user: { id: o.user ?? USER, username: 'ada' }, permissions: o.permissions ?? '0', roles: [] },
      data: { id: '800000000000000001', name, type: 1, options },
    });
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = sign(null, Buffer.from(ts + body), privateKey).toString('hex');
    const sent = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': sig, 'x-signature-timestamp': ts },
      body,
    });
    return { token, sent };
  }

  const sub = (name: string, options: unknown[] = []) => [{ name, type: 1, options }];
  const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused } : {}) });
  const text = (m: Message) => JSON.stringify(m.data.embeds);

  async function run(name: string, options: unknown[], o: Parameters<typeof interaction>[3] = {}): Promise<Message> {
    const res = await interaction(2, name, options, o).sent;
    expect(res.status).toBe(200);
    return (await res.json()) as Message;
  }

  it('/round company: the rounds, public, without mentions', async () => {
    const m = await run('round', [str('company', 'Apptronik')]);
    expect(m.type).toBe(4);
    expect(m.data.flags).toBeUndefined();
    expect(m.data.allowed_mentions).toEqual({ parse: [] });
    expect(m.data.embeds[0]).toMatchObject({
      author: { name: 'Funding rounds: Apptronik' },
      title: `Series A · $350M · ${new Date(world.seededAt - 2 * DAY).toISOString().slice(0, 10)}`,
    });
    expect(text(m)).toContain('Sources disagree');
  });

  it('/round with an unknown company: did you mean, privately', async () => {
    const m = await run('round', [str('company', 'Figur AI')]);
    expect(m.data.flags).toBe(64);
    expect(text(m)).toContain('Did you mean Figure?');
  });

  it('autocompletes company names (type 4 → 8)', async () => {
    const res = await interaction(4, 'round', [str('company', 'appt', true)]).sent;
    expect(await res.json()).toEqual({ type: 8, data: { choices: [{ name: 'Apptronik', value: 'Apptronik' }] } });
    const typo = (await (await interaction(4, 'round', [str('company', 'figur', true)]).sent).json()) as Message;
    expect(typo.data.choices).toEqual([{ name: 'Figure', value: 'Figure' }]);
    const blank = (await (await interaction(4, 'round', [str('company', '', true)]).sent).json()) as Message;
    expect(blank.data.choices!.map((c) => c.name)).toEqual(['Figure', 'Apptronik']);
  });

  it('/digest status and latest: this channel takes every topic and has no digest yet', async () => {
    const status = await run('digest', sub('status'));
    expect(text(status)).toContain('Feeds: 1 active · 1 failing · 1 disabled');
    expect(text(status)).toContain("Pending: 2 articles for this channel's next digest");
    const latest = await run('digest', sub('latest'));
    expect(latest.data.flags).toBe(64);
    expect(text(latest)).toContain('No digest has been built for this channel yet.');
  });

  it('/digest preview: refused without Manage Server; with it, a private preview', async () => {
    const refused = await run('digest', sub('preview'));
    expect(refused.data.flags).toBe(64);
    expect(text(refused)).toContain('is for admins: members with the Manage Server permission');
    const m = await run('digest', sub('preview'), { permissions: MANAGE_SERVER });
    expect(m.data.flags).toBe(64);
    expect(m.data.embeds[0]).toMatchObject({ author: { name: 'Preview: Next briefing · 2026-11-21 15:00 UTC' }, title: 'TL;DR' });
  });

  it('/digest now in a channel without a destination: a clear private answer', async () => {
    const m = await run('digest', sub('now'), { user: ADMIN_LISTED.discord, channel: DISCORD_LOOSE });
    expect(m.data.flags).toBe(64);
    expect(text(m)).toContain('This channel does not receive a digest');
    expect(world.ops.posted).toEqual([]);
  });

  it('an unknown subcommand is named', async () => {
    expect(text(await run('feeds', sub('purge')))).toContain('There is no /feeds purge.');
  });

  it('/feeds add url topic: stored for an admin; every topic here, so no default topic is needed', async () => {
    const feedUrl = world.feeds.url('/feed-d');
    const m = await run('feeds', sub('add', [str('url', feedUrl)]), { permissions: MANAGE_SERVER });
    expect(text(m)).toContain('without a topic');
    expect(await getFeedByKey(t.store.db, feedUrl)).toMatchObject({ topic: null, addedBy: `discord:${USER}` });
    const bad = await run('feeds', sub('add', [str('url', 'not a url')]), { permissions: MANAGE_SERVER });
    expect(text(bad)).toContain('The url is not an http(s) URL');
  });

  it('/feeds remove id: an integer option', async () => {
    const feedUrl = world.feeds.url('/feed-e');
    await run('feeds', sub('add', [str('url', feedUrl), str('topic', 'robotics')]), { permissions: MANAGE_SERVER });
    const feed = (await getFeedByKey(t.store.db, feedUrl))!;
    const m = await run('feeds', sub('remove', [{ name: 'id', type: 4, value: feed.id }]), { permissions: MANAGE_SERVER });
    expect(text(m)).toContain(`Removed feed ${feed.id}`);
    expect(await getFeedByKey(t.store.db, feedUrl)).toBeUndefined();
  });

  it('/feeds add of a slow feed: deferred before the fetch finished, then a private follow-up', async () => {
    const { token, sent } = interaction(2, 'feeds', sub('add', [str('url', world.feeds.url('/slow'))]), {
      permissions: MANAGE_SERVER,
    });
    expect(await (await sent).json()).toEqual({ type: 5 });
    expect(world.slowAnswered(), 'deferred before the slow fetch finished').toBe(false);
    world.releaseSlow();
    const mine = () => discord.interactions.filter((i) => i.token === token);
    await waitFor(() => mine().length >= 2, { what: 'the delete and the follow-up', on: [discord.events] });
    const calls = mine();
    expect(calls.map((c) => c.kind)).toEqual(['delete', 'followup']);
    expect(calls[1]!.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(JSON.stringify(calls[1]!.body as Json)).toContain('Feed added');
  });

  it('/search query: links to recent articles', async () => {
    const m = await run('search', [str('query', 'warehouse')]);
    expect(m.data.embeds[0]!.title).toBe('Articles about "warehouse"');
    expect(m.data.embeds[0]!.description).toContain('Gripper startup ships');
    expect(m.data.embeds[0]!.description).toContain('(https://news.example/a/');
  });
});
