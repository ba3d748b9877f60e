// The outbox through the real discord.js REST client against the Discord stand-in: exactly one
// message per part, whatever the platform answers.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { deliveriesOfDigest } from '../../../../src/store/deliveries.js';
import { discordDigestParts } from '../../../../src/bot/discord/digest-parts.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../../stand-ins/discord-api.js';
import { sampleDigest, randomDigest } from '../../../fixtures/digests.js';
import { tinyPng } from '../../../fixtures/png.js';
import { describeStores, type TestStore } from '../../../helpers/stores.js';
import { addDestination, drainAll, harness, posters, storeAndQueue, total } from '../../../helpers/outbox.js';
import { startTsProcess } from '../../../helpers/spawn.js';
import { waitFor } from '../../../helpers/wait.js';

const CH = '300000000000000001';
const DRAINER = new URL('../../../helpers/drain-process.ts', import.meta.url);

describeStores('Discord outbox', (open) => {
  let t: TestStore;
  let discord: DiscordStandIn;
  beforeEach(async () => {
    t = await open();
    discord = await startDiscordStandIn({ channels: [CH] });
  });
  afterEach(async () => {
    await discord.close();
    await t.cleanup();
  });

  async function queue(digest = sampleDigest(), chart: Uint8Array | null = tinyPng()) {
    const destinationId = await addDestination(t.store.db, 'discord', CH);
    const d = { ...digest, destinationId };
    return { d, parts: await storeAndQueue(t.store, d, 'discord', chart) };
  }

  it('posts each part once with its nonce, enforce_nonce, no mentions, and the chart attached to the rounds', async () => {
    const { d, parts } = await queue();
    await drainAll(harness(t.store.db, posters({ discord: discord.apiUrl })));
    expect(discord.messages).toHaveLength(parts);
    const [m] = discord.messages;
    expect(m!.body).toMatchObject({
      nonce: discordDigestParts(d, null)[0]!.nonce,
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
    });
    expect(m!.files).toEqual([{ name: 'chart.png', bytes: tinyPng().length, type: 'image/png' }]);
    expect((await deliveriesOfDigest(t.store.db, d.id)).map((s) => s.platformMessageId)).toEqual([m!.id]);
  });

  it('a repeated nonce returns the earlier message instead of posting again', async () => {
    const { d } = await queue();
    const p = posters({ discord: discord.apiUrl }).discord!;
    const [part] = discordDigestParts(d, tinyPng());
    const target = { channelId: CH, digestId: d.id, part: 0, queuedAt: Date.now(), firstMessageId: null };
    const first = await p.post(JSON.parse(JSON.stringify(part)), target);
    const second = await p.post(JSON.parse(JSON.stringify(part)), target);
    expect(first).toEqual(second);
    expect(discord.messages).toHaveLength(1);
  });

  it('waits out a 429 (Retry-After) and still posts every part once', async () => {
    const { parts } = await queue(randomDigest(3, { takeaways: 3, rounds: 30, stories: 30, words: 60, sourcesPerItem: 3 }));
    expect(parts).toBeGreaterThan(1);
    discord.fault('POST /channels/:id/messages', { kind: 'status', status: 429, retryAfterSec: 1 });
    const reports = await drainAll(harness(t.store.db, posters({ discord: discord.apiUrl })));
    expect(total(reports, 'rate_limited')).toBe(1);
    expect(discord.messages).toHaveLength(parts);
    const posts = discord.calls.filter((c) => c.method === 'POST');
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('after a 5xx, looks among recent messages, then posts once', async () => {
    const { parts } = await queue();
    discord.fault('POST /channels/:id/messages', { kind: 'status', status: 502 });
    const reports = await drainAll(harness(t.store.db, posters({ discord: discord.apiUrl })));
    expect(total(reports, 'retry')).toBe(1);
    expect(discord.calls.map((c) => `${c.method} ${c.path.split('?')[0]}`).slice(0, 4)).toEqual([
      `POST /channels/${CH}/messages`,
      'GET /users/@me',
      `GET /channels/${CH}/messages`,
      `POST /channels/${CH}/messages`,
    ]);
    expect(discord.messages).toHaveLength(parts);
  });

  it('when the answer to a post is lost, finds the message by the reference in its footer', async () => {
    const { d, parts } = await queue();
    discord.fault('POST /channels/:id/messages', { kind: 'drop' });
    const reports = await drainAll(harness(t.store.db, posters({ discord: discord.apiUrl })));
    expect(total(reports, 'found')).toBe(1);
    expect(discord.messages).toHaveLength(parts);
    expect((await deliveriesOfDigest(t.store.db, d.id))[0]!.platformMessageId).toBe(discord.messages[0]!.id);
  });

  it('a drainer killed between posting and marking: the next one finds the message once its lease runs out', async () => {
    const { d, parts } = await queue();
    discord.fault('POST /channels/:id/messages', { kind: 'hang' });
    const job = { options: t.options, discord: discord.apiUrl, owner: 'doomed', leaseMs: 1500, all: false };
    const { child, output } = startTsProcess(DRAINER, [JSON.stringify(job)]);
    await waitFor(() => discord.messages.length > 0, { what: 'the first post', on: [discord.events] });
    child.kill('SIGKILL');
    await output;
    expect(discord.messages).toHaveLength(1);
    const reports = await drainAll(harness(t.store.db, posters({ discord: discord.apiUrl }), 'survivor', job.leaseMs));
    expect(total(reports, 'found')).toBe(1);
    expect(discord.messages).toHaveLength(parts);
    expect((await deliveriesOfDigest(t.store.db, d.id))[0]!.status).toBe('sent');
  });

  it('disables a destination that answers 403 three times in a row and tells the admins', async () => {
    const { d } = await queue();
    for (let i = 0; i < 3; i++)
      discord.fault('POST /channels/:id/messages', {
        kind: 'status',
        status: 403,
        body: { code: 50013, message: 'Missing Permissions' },
      });
    const h = harness(t.store.db, posters({ discord: discord.apiUrl }));
    await drainAll(h);
    const dest = await t.store.db
      .selectFrom('destinations')
      .selectAll()
      .where('id', '=', d.destinationId)
      .executeTakeFirstOrThrow();
    expect(dest).toMatchObject({ enabled: 0, disabled_reason: expect.stringContaining('403 50013 Missing Permissions') });
    expect(h.alerts).toHaveLength(1);
    expect(discord.messages).toHaveLength(0);
  });

  it('a refusal that is not about the channel (400) fails the delivery at once and tells the admins', async () => {
    const { d } = await queue();
    discord.fault('POST /channels/:id/messages', {
      kind: 'status',
      status: 400,
      body: { code: 50035, message: 'Invalid Form Body' },
    });
    const h = harness(t.store.db, posters({ discord: discord.apiUrl }));
    await drainAll(h);
    expect((await deliveriesOfDigest(t.store.db, d.id))[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(h.alerts[0]).toContain('400 50035 Invalid Form Body');
  });
});
