// The Discord stand-in refuses the multipart bodies Discord refuses, so a test that passes there
// says something: an attachment named in the payload must be the file part files[id].
import { DiscordAPIError, REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restOptions } from '../../../src/bot/discord/rest.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord-api.js';

describe('Discord stand-in: multipart attachments', () => {
  let discord: DiscordStandIn;
  let rest: REST;
  beforeAll(async () => {
    discord = await startDiscordStandIn();
    rest = new REST({ ...restOptions(discord.apiUrl), retries: 0 }).setToken('discord-test-token');
  });
  afterAll(() => discord.close());

  const png = { name: 'chart.png', data: Buffer.from('not really a png'), contentType: 'image/png' };
  const embeds = [{ title: 'Rounds', image: { url: 'attachment://chart.png' } }];

  it('takes an attachment that is its files[id] part', async () => {
    await rest.post('/channels/300000000000000001/messages', {
      body: { embeds, attachments: [{ id: 0, filename: 'chart.png' }] },
      files: [png],
    });
    expect(discord.messages.at(-1)!.files).toEqual([{ name: 'chart.png', bytes: png.data.length, type: 'image/png' }]);
  });

  it.each([
    [
      'an attachment id without its file part',
      { embeds, attachments: [{ id: 1, filename: 'chart.png' }] },
      'no file part files[1]',
    ],
    [
      'a filename that is not the part',
      { embeds, attachments: [{ id: 0, filename: 'other.png' }] },
      'other.png is not chart.png',
    ],
  ])('refuses %s with 400', async (_name, body, detail) => {
    const err = await rest.post('/channels/300000000000000001/messages', { body, files: [png] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).status).toBe(400);
    expect((err as DiscordAPIError).message).toContain(detail);
  });
});
