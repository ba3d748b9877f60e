// `digestbot start` with Discord HTTP interactions, as a child process: Ed25519-signed requests
// to its listener (PING, /round with its round heading), an interaction delivered twice runs
// once, and signed but malformed bodies get 400 naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { startBot, type BotProcess } from '../../helpers/bot-process.js';
import { DISCORD_CHANNEL, rssOf, startChatWorld, type ChatWorld } from '../../helpers/chat-world.js';
import { APPLICATION_ID, commandInteraction, discordSigner } from '../../helpers/discord-interactions.js';

const ITEMS = STORY_FIXTURES.slice(0, 3).map((f) => ({
  title: f.title,
  link: `https://news.example/${f.key}`,
  text: f.text,
  hoursAgo: f.hoursAgo,
}));

interface Answer {
  type: number;
  data?: { content?: string; flags?: number; embeds?: { author?: { name: string }; title?: string; description?: string }[] };
  error?: string;
}

describe('digestbot start: Discord HTTP interactions', () => {
  const signer = discordSigner();
  let world: ChatWorld;
  let bot: BotProcess;
  beforeAll(async () => {
    world = await startChatWorld(() => rssOf('Fixture Wire', ITEMS));
    await world.addFeed();
    bot = await startBot({
      ...world.env,
      DIGESTBOT_DESTINATIONS: `discord:${DISCORD_CHANNEL}`,
      DIGESTBOT_SCHEDULE: '0 0 1 1 *',
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_GATEWAY: 'false',
    });
    await bot.logged('funding rounds read');
  });
  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await world.close();
  });

  const send = async (body: string, headers = signer.headers(body)) => {
    const res = await fetch(bot.url('/discord/interactions'), { method: 'POST', headers, body });
    return { status: res.status, json: (await res.json()) as Answer };
  };
  const round = (company: string) => commandInteraction(DISCORD_CHANNEL, 'round', [{ name: 'company', type: 3, value: company }]);

  it('answers PING with PONG, and refuses a body signed by another key', async () => {
    const ping = JSON.stringify({ id: '1', application_id: APPLICATION_ID, type: 1, token: 't', version: 1 });
    expect(await send(ping)).toEqual({ status: 200, json: { type: 1 } });
    expect((await send(ping, discordSigner().headers(ping))).status).toBe(401);
  });

  it('answers /round with each round under its own heading', async () => {
    const { status, json } = await send(JSON.stringify(round('Harbor Robotics')));
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    const [first] = json.data!.embeds!;
    expect(first!.author).toEqual({ name: 'Funding rounds: Harbor Robotics' });
    expect(first!.title).toMatch(/^Series B · \$40M · \d{4}-\d\d-\d\d$/);
    expect(first!.description).toContain('Led by Keel Ventures');
  });

  it('runs an interaction delivered twice once', async () => {
    const body = JSON.stringify(round('Harbor Robotics'));
    expect((await send(body)).json.type).toBe(4);
    const again = await send(body);
    expect(again.json).toMatchObject({ type: 4, data: { content: 'This interaction was already answered.', flags: 64 } });
    expect(await bot.logged('Discord interaction already handled; not run again')).toBeTruthy();
  });

  it.each([
    ['null', 'null', 'an interaction is an object'],
    ['data: null', JSON.stringify({ ...round('x'), data: null }), 'data:'],
    ['options as a string', JSON.stringify({ ...round('x'), data: { name: 'round', type: 1, options: 'x' } }), 'data.options:'],
    ['no token', JSON.stringify({ ...round('x'), token: undefined }), 'token:'],
  ])('answers a signed but malformed interaction (%s) with 400', async (_name, body, field) => {
    const { status, json } = await send(body);
    expect(status).toBe(400);
    expect(json.error).toContain(`malformed interaction: ${field}`);
  });
});
