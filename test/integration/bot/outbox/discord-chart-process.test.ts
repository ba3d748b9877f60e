// The Discord part that carries the funding chart, posted from a process that loaded the feed
// fetcher first (its undici 7 installs a process-wide dispatcher at load). discord.js's REST
// client must not send its multipart body through that dispatcher (decision 0016).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../../../fixtures/png.js';
import { runTsProcess } from '../../../helpers/spawn.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../../stand-ins/discord-api.js';

const CH = '300000000000000001';
const POSTER = new URL('../../../helpers/discord-post-process.ts', import.meta.url);

describe('Discord chart part in a process that loaded the fetcher', () => {
  let discord: DiscordStandIn;
  beforeAll(async () => {
    discord = await startDiscordStandIn({ channels: [CH] });
  });
  afterAll(() => discord.close());

  it('arrives with the chart attached', async () => {
    const out = await runTsProcess(POSTER, [discord.apiUrl, CH], 60_000);
    const result = JSON.parse(out) as { ok: boolean; messageId?: string; outcome?: unknown };
    expect(result).toEqual({ ok: true, messageId: discord.messages[0]?.id });
    expect(discord.messages).toHaveLength(1);
    expect(discord.messages[0]!.files).toEqual([{ name: 'chart.png', bytes: tinyPng().length, type: 'image/png' }]);
  });
});
