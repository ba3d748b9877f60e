// `digestbot start` on the Discord gateway, as a child process: it finds the gateway through
// GET /gateway/bot, IDENTIFYs with its token, keeps heartbeating, and answers INTERACTION_CREATE
// through the interaction callback endpoint, once per interaction id; a malformed dispatch is
// ignored with a log line, never a crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { startBot, type BotProcess } from '../../helpers/bot-process.js';
import { DISCORD_CHANNEL, DISCORD_TOKEN, rssOf, startChatWorld, type ChatWorld } from '../../helpers/chat-world.js';
import { APPLICATION_ID, BOT_ID, commandInteraction } from '../../helpers/discord-interactions.js';
import { waitFor } from '../../helpers/wait.js';
import { startGatewayStandIn, type GatewayStandIn } from '../../stand-ins/discord-gateway.js';

const ITEMS = STORY_FIXTURES.slice(0, 3).map((f) => ({
  title: f.title,
  link: `https://news.example/${f.key}`,
  text: f.text,
  hoursAgo: f.hoursAgo,
}));

describe('digestbot start: Discord gateway', () => {
  let gateway: GatewayStandIn;
  let world: ChatWorld;
  let bot: BotProcess;
  beforeAll(async () => {
    gateway = await startGatewayStandIn({ botId: BOT_ID, applicationId: APPLICATION_ID, token: DISCORD_TOKEN, heartbeatMs: 250 });
    world = await startChatWorld(() => rssOf('Fixture Wire', ITEMS), { discord: { botId: BOT_ID, gatewayUrl: gateway.url } });
    await world.addFeed();
    bot = await startBot({
      ...world.env,
      DIGESTBOT_DESTINATIONS: `discord:${DISCORD_CHANNEL}`,
      DIGESTBOT_SCHEDULE: '0 0 1 1 *',
      DISCORD_APPLICATION_ID: APPLICATION_ID,
    });
    await gateway.identified;
    await bot.logged('funding rounds read');
  });
  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await gateway.close();
    await world.close();
  });

  const callbacks = (token: unknown) => world.discord.interactions.filter((i) => i.kind === 'callback' && i.token === token);

  it('identifies with the bot token and keeps heartbeating', async () => {
    expect(await gateway.identified).toMatchObject({ token: DISCORD_TOKEN });
    await waitFor(() => gateway.heartbeats() >= 3, { what: 'three heartbeats', on: [gateway.events] });
  });

  it('answers /round through the callback endpoint, with the round heading, once however often it is dispatched', async () => {
    const i = commandInteraction(DISCORD_CHANNEL, 'round', [{ name: 'company', type: 3, value: 'Harbor Robotics' }]);
    gateway.dispatch('INTERACTION_CREATE', i);
    const [answer] = await waitFor(() => (callbacks(i.token).length > 0 ? callbacks(i.token) : null), {
      what: 'the callback',
      on: [world.discord.events],
    });
    const body = answer!.body as { type: number; data: { embeds: { author?: { name: string }; title: string }[] } };
    expect(body.type).toBe(4);
    expect(body.data.embeds[0]).toMatchObject({ author: { name: 'Funding rounds: Harbor Robotics' } });
    expect(body.data.embeds[0]!.title).toMatch(/^Series B · \$40M · /);
    gateway.dispatch('INTERACTION_CREATE', i);
    await bot.logged('Discord interaction already handled; not run again');
    expect(callbacks(i.token)).toHaveLength(1);
  });

  it('ignores a malformed dispatch with a log line and keeps answering', async () => {
    const bad = { ...commandInteraction(DISCORD_CHANNEL, 'round', []), data: null };
    gateway.dispatch('INTERACTION_CREATE', bad);
    expect(await bot.logged('ignored a malformed interaction from the gateway')).toMatchObject({
      problem: expect.stringContaining('data') as unknown,
    });
    const i = commandInteraction(DISCORD_CHANNEL, 'digest', [{ name: 'status', type: 1, options: [] }]);
    gateway.dispatch('INTERACTION_CREATE', i);
    await waitFor(() => callbacks(i.token).length === 1, { what: 'the /digest status callback', on: [world.discord.events] });
    expect(bot.child.exitCode).toBeNull();
  });
});
