// An admin runs a channel from chat, on Slack and on Discord, through signed requests to the real
// listener (Bolt, the interactions route) over the real command registry, digest pipeline and
// outbox, against the stand-ins, on both dialects. One test per row of issue 19: the
// disagreements it lists, then subscriptions, per-channel feed control, discovery and OPML, and
// delivery operations.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as C from '../../../../src/bot/commands/catalog.js';
import { spelledFor } from '../../../../src/bot/commands/catalog.js';
import type { ActionSpec } from '../../../../src/bot/commands/spec.js';
import { alertStuckParts } from '../../../../src/pipeline/stuck-alerts.js';
import { readOpml } from '../../../../src/sources/opml.js';
import { disableDestination } from '../../../../src/store/destination-health.js';
import { listDestinations } from '../../../../src/store/destinations.js';
import { insertFeed, listFeeds } from '../../../../src/store/feeds.js';
import { HOUR } from '../../../../src/time.js';
import { adminWorld, CHANNELS, item, type AdminWorld } from '../../../helpers/admin-world.js';
import type { ChatPlatform } from '../../../helpers/chat-driver.js';
import { drainAll, FAST } from '../../../helpers/outbox.js';
import { describeStores, type TestStore } from '../../../helpers/stores.js';

const INOREADER = readFileSync(new URL('../../../fixtures/opml/inoreader.xml', import.meta.url), 'utf8');

describeStores('an admin session in chat', (open) => {
  for (const platform of ['slack', 'discord'] as const satisfies readonly ChatPlatform[]) {
    describe(platform, () => {
      let t: TestStore;
      let w: AdminWorld;
      const ch = CHANNELS[platform];
      const spell = (text: string) => spelledFor(text, platform);
      const ask = (
        a: ActionSpec,
        args: Record<string, string | number> = {},
        o: { channel?: string; admin?: boolean; files?: Record<string, string> } = {},
      ) => w.driver.ask(platform, a, args, { channel: o.channel ?? ch.digest, ...o });
      const feedId = async (path: string) => (await listFeeds(t.store.db)).find((f) => f.url.includes(path))!.id;
      const feedCount = (text: string) => Number(/(\d+) feeds? for this channel/.exec(text)?.[1] ?? NaN);
      const activeCount = (text: string) => Number(/Feeds: (\d+) active/.exec(text)?.[1] ?? NaN);

      beforeAll(async () => {
        t = await open();
        w = await adminWorld(t);
        w.items.set('/robot-wire.xml', [item('Old robot arm review', 600)]);
        w.items.set('/gripper-gazette.xml', [item('Old gripper note', 600)]);
      });
      afterAll(async () => {
        await w.close();
        await t.cleanup();
      });

      it('the disagreements of issue 19: starter feeds, a feed added where no digest goes, titles, twins, a site page, config feeds', async () => {
        const seed = await insertFeed(t.store.db, {
          url: w.feeds.url('/starter-a.xml'),
          title: 'Starter A',
          origin: 'seed',
          now: Date.now(),
        });
        await insertFeed(t.store.db, { url: w.feeds.url('/starter-b.xml'), title: 'Starter B', origin: 'seed', now: Date.now() });
        expect((await ask(C.FEEDS_LIST, {}, { channel: ch.loose })).text).toContain(
          'Starter A [no topic] new (first poll pending) · starter',
        );
        expect((await ask(C.FEEDS_REMOVE, { id: seed.id })).text).toContain(
          'is one of the starter feeds, used only until you add your own',
        );

        const added = await ask(C.FEEDS_ADD, { url: w.feeds.url('/robot-wire.xml'), topic: 'robotics' }, { channel: ch.loose });
        expect(added.private).toBe(true);
        expect(added.text).toMatch(/Added feed \d+ \(robot wire feed\) with topic robotics/);
        expect(added.text).toContain(
          spell('This channel does not receive a digest (an admin can start one with /digest subscribe)'),
        );
        expect(added.text).toContain('No channel takes topic robotics yet.');
        expect(added.text).toContain('The 2 starter feeds the bot polled while it had none of yours were removed.');

        const list = await ask(C.FEEDS_LIST, {}, { channel: ch.loose });
        expect(list.text).toContain('robot wire feed [robotics] new (first poll pending)');
        expect(list.text).not.toContain('(untitled)');
        expect(list.text).not.toContain('starter');

        const twin = await ask(C.FEEDS_ADD, {
          url: `${w.feeds.url('/robot-wire.xml')}?utm_source=newsletter&utm_medium=email`,
          topic: 'robotics',
        });
        expect(twin.text).toMatch(/This feed is already there: #\d+ robot wire feed/);

        const site = await ask(C.FEEDS_ADD, { url: w.feeds.url('/site/'), topic: 'robotics' }, { channel: ch.loose });
        expect(site.text).toContain(
          `${w.feeds.url('/site/')} is a web page; it names ${w.feeds.url('/gripper-gazette.xml')} as its feed.`,
        );
        expect(site.text).toMatch(/Added feed \d+ \(gripper gazette feed\)/);

        const fromFile = await insertFeed(t.store.db, { url: 'https://config.example/feed', origin: 'config', now: Date.now() });
        expect((await ask(C.FEEDS_REMOVE, { id: fromFile.id })).text).toContain(
          "is set in the bot's config file (feeds): change or remove it there, then restart digestbot.",
        );
        expect((await ask(C.FEEDS_LIST, {}, { channel: ch.loose })).text).toContain('· from config');
        await t.store.db.deleteFrom('feeds').where('id', '=', fromFile.id).execute();
      });

      it('row 1: subscribe with topics, schedule and empty-digest setting, all shown by /digest status', async () => {
        expect((await ask(C.DIGEST_STATUS)).text).toContain(
          spell('This channel does not receive a digest (admins: /digest subscribe [topics]).'),
        );
        expect((await ask(C.DIGEST_SUBSCRIBE, { topics: 'robotics' }, { admin: false })).text).toContain('is for admins');
        const sub = await ask(C.DIGEST_SUBSCRIBE, { topics: 'robotics, funding' });
        expect(sub.text).toContain('This channel now gets the digest, covering topics robotics, funding.');
        expect(sub.text).toContain(spell('No feed has topic funding yet: add one with /feeds add <url> funding.'));
        expect((await ask(C.DIGEST_SCHEDULE, { times: '07:30 18:00 Europe/Berlin' })).text).toContain(
          'Schedule: 07:30, 18:00 (Europe/Berlin) · a short note when nothing is new',
        );
        expect((await ask(C.DIGEST_SCHEDULE, { times: '25:00' })).text).toContain(
          'Cannot read that schedule: "25:00" is not a time: write 08:00, 17:30 or 8am.',
        );
        expect((await ask(C.DIGEST_EMPTY, { mode: 'skip' })).text).toContain(
          'With nothing new, this channel now gets nothing at its slot.',
        );
        const status = await ask(C.DIGEST_STATUS);
        expect(status.text).toContain('This channel: gets the digest (set in chat) · topics robotics, funding');
        expect(status.text).toContain('Schedule: 07:30, 18:00 (Europe/Berlin) · nothing when nothing is new');
        expect(status.text).toMatch(/Next: (\d{4}-\d\d-\d\d )?(07:30|18:00) (CET|CEST|GMT\+1|GMT\+2)/);
        // /digest status counts the feeds /feeds list shows for this channel.
        const list = await ask(C.FEEDS_LIST);
        expect(activeCount(status.text)).toBe(2);
        expect(feedCount(list.text)).toBe(2);

        expect((await ask(C.DIGEST_UNSUBSCRIBE)).text).toContain('This channel no longer gets the digest.');
        expect((await ask(C.DIGEST_STATUS)).text).toContain(
          spell('This channel: no digests now (unsubscribed (/digest subscribe brings it back)).'),
        );
        const back = await ask(C.DIGEST_SUBSCRIBE, { topics: 'robotics' });
        expect(back.text).toContain('This channel now gets the digest, covering topic robotics.');
        expect(back.text).toContain('Schedule: 07:30, 18:00 (Europe/Berlin) · nothing when nothing is new');
        const [dest] = (await listDestinations(t.store.db)).filter((d) => d.channelId === ch.digest);
        expect(dest).toMatchObject({ origin: 'admin', enabled: true, topics: ['robotics'], emptyDigest: 'skip' });
      });

      it('row 2: pause and resume a feed here, rename it, change its topic, include and exclude patterns, applied to the window', async () => {
        await w.poll(); // first poll: what the feeds hold counts as read
        w.items
          .get('/robot-wire.xml')!
          .push(item('Humanoid robot learns to fold laundry'), item('Drone maker opens a factory in Ohio'));
        w.items.get('/gripper-gazette.xml')!.push(item('Soft gripper startup ships a new hand'));
        await w.poll();
        const gripper = await feedId('/gripper-gazette.xml');
        const robots = await feedId('/robot-wire.xml');
        const preview = async () => (await ask(C.DIGEST_PREVIEW)).text;
        const first = await preview();
        for (const s of ['Humanoid robot', 'Drone maker', 'Soft gripper']) expect(first).toContain(s);
        expect(first).not.toContain('Robot Wire');

        expect((await ask(C.FEEDS_PAUSE, { id: gripper })).text).toContain(
          spell(
            `Feed ${gripper} (gripper gazette feed) is paused in this channel: its articles stay out of this channel's digests until /feeds resume ${gripper}.`,
          ),
        );
        expect(await preview()).not.toContain('Soft gripper');
        expect((await ask(C.FEEDS_LIST)).text).toContain('· paused here');
        expect((await ask(C.DIGEST_STATUS)).text).toMatch(/Feeds: 1 active · 0 failing · 0 disabled · 1 paused here/);
        expect((await ask(C.FEEDS_RESUME, { id: gripper })).text).toContain("is back in this channel's digests");
        expect(await preview()).toContain('Soft gripper');

        expect((await ask(C.FEEDS_INCLUDE, { pattern: 'humanoid' })).text).toContain(
          'Filters: only articles matching "humanoid"',
        );
        const only = await preview();
        expect(only).toContain('Humanoid robot');
        expect(only).not.toContain('Drone maker');
        expect(only).not.toContain('Soft gripper');
        expect((await ask(C.DIGEST_STATUS)).text).toContain("Pending: 1 article for this channel's next digest");
        await ask(C.FEEDS_UNFILTER, { pattern: 'humanoid' });
        expect((await ask(C.FEEDS_EXCLUDE, { pattern: '/\\bdrones?\\b/i' })).text).toContain('leaving out /\\bdrones?\\b/i');
        const without = await preview();
        expect(without).toContain('Humanoid robot');
        expect(without).not.toContain('Drone maker');
        expect((await ask(C.FEEDS_INCLUDE, { pattern: '/(?<=x)y/' })).text).toContain(
          'is not a regular expression this bot accepts',
        );
        expect((await ask(C.FEEDS_UNFILTER, { pattern: 'all' })).text).toContain('This channel has no filters now');

        expect((await ask(C.FEEDS_RENAME, { id: robots, name: 'Robot Wire' })).text).toContain(
          `Feed ${robots} is now called "Robot Wire"`,
        );
        // The digests still to come show the new name beside the articles already stored.
        expect(await preview()).toMatch(/Humanoid robot[\s\S]*Robot Wire/);
        expect((await ask(C.FEEDS_TOPIC, { id: gripper, topic: 'hands' })).text).toContain('now has topic hands');
        const list = await ask(C.FEEDS_LIST);
        expect(list.text).toContain('Robot Wire [robotics]');
        expect(list.text).not.toContain('gripper gazette');
        expect(feedCount(list.text)).toBe(1);
        expect(activeCount((await ask(C.DIGEST_STATUS)).text)).toBe(1);
        expect(await preview()).not.toContain('Soft gripper');
      });

      it('row 3: OPML import (a URL on Slack, an attached file on Discord) and export, read back the same', async () => {
        w.files.set('/reader.opml', INOREADER);
        const imported =
          platform === 'discord'
            ? await ask(C.FEEDS_IMPORT, {}, { files: { file: 'reader.opml' } })
            : await ask(C.FEEDS_IMPORT, { url: w.feeds.url('/reader.opml') });
        expect(imported.text).toContain('Added 3 feeds');
        expect(imported.text).toMatch(/#\d+ Latent Space Dispatch \[World Models\]/);
        const again = await ask(C.FEEDS_IMPORT, { url: w.feeds.url('/reader.opml') });
        expect(again.text).toContain('Added 0 feeds');
        expect(again.text).toContain('Already there, skipped: #');
        if (platform === 'slack') expect((await ask(C.FEEDS_IMPORT)).text).toContain('Slack cannot attach a file to a command');

        const exported = await ask(C.FEEDS_EXPORT);
        expect(exported.file?.name).toBe('digestbot-feeds.opml');
        const back = readOpml(exported.file!.text).entries;
        const stored = await listFeeds(t.store.db);
        expect(back.map((e) => [e.url, e.title, e.topic]).sort()).toEqual(
          stored.map((f) => [f.url, f.title ?? f.url, f.topic]).sort(),
        );
        expect(back.find((e) => e.title === 'Latent Space Dispatch')).toMatchObject({
          topic: 'World Models',
          siteUrl: 'https://latent-dispatch.example/',
        });
      });

      it('row 4: delivery operations: failing and held parts in /digest status, retry and skip, the admin channel told of a stuck part', async () => {
        const route = platform === 'slack' ? 'chat.postMessage' : 'POST /channels/:id/messages';
        const fail = (n: number) => {
          for (let i = 0; i < n; i++)
            if (platform === 'slack') w.slack.fault(route, { kind: 'status', status: 500 });
            else w.discord.fault(route, { kind: 'status', status: 500 });
        };
        expect((await ask(C.DIGEST_NOW)).text).toMatch(/A digest is on its way to this channel \(digest [\w-]+\)\./);
        fail(2);
        await drainAll(w.outbox, { ...FAST, maxAttempts: 2 });
        const status = await ask(C.DIGEST_STATUS);
        expect(status.text).toContain('Delivery parts needing attention:');
        const failed = /#(\d+) part 1\/\d+ of the .*? UTC digest to \S+: failed, given up after 2 attempt\(s\): 500/.exec(
          status.text,
        );
        expect(failed, status.text).not.toBeNull();
        const id = Number(failed![1]);
        expect(status.text).toContain(spell(`→ /digest retry ${id} or /digest skip ${id}`));
        expect((await ask(C.DIGEST_SKIP, { id }, { admin: false })).text).toContain('is for admins');
        expect((await ask(C.DIGEST_SKIP, { id })).text).toContain(`#${id} part 1/`);
        await drainAll(w.outbox);
        expect((await ask(C.DIGEST_STATUS)).text).not.toContain('needing attention');

        // Nothing new since that digest: /digest now posts nothing, and the preview names that digest.
        const nothing = await ask(C.DIGEST_NOW);
        expect(nothing.text).toMatch(/No digest was posted: nothing new since \d{4}-\d\d-\d\d \d\d:\d\d/);
        const since = /nothing new since (\d{4}-\d\d-\d\d \d\d:\d\d \S+?)\.?$/m.exec(nothing.text)![1]!;
        expect((await ask(C.DIGEST_PREVIEW)).text).toContain(`Nothing new since ${since}.`);

        // A channel that refuses posts: its parts are held, the admin channel hears after an hour, a retry sends them.
        w.items.get('/robot-wire.xml')!.push(item('Warehouse robot fleet doubles'));
        await w.poll();
        expect((await ask(C.DIGEST_NOW)).text).toContain('A digest is on its way');
        const [dest] = (await listDestinations(t.store.db)).filter((d) => d.channelId === ch.digest);
        await disableDestination(t.store.db, dest!.id, 'refused 3 posts in a row (last: 404 channel_not_found)');
        const held = await ask(C.DIGEST_STATUS);
        expect(held.text).toContain('This channel: no digests now (disabled: refused 3 posts in a row');
        const part = /#(\d+) part 1\/\d+ of the .*? digest to \S+: held, the channel is disabled \(refused 3 posts in a row/.exec(
          held.text,
        );
        expect(part, held.text).not.toBeNull();
        const partId = Number(part![1]);
        const alerts: string[] = [];
        expect(await alertStuckParts(t.store.db, async (x) => void alerts.push(x), Date.now() + 2 * HOUR)).toBeGreaterThan(0);
        expect(alerts[0]).toMatch(new RegExp(`^Stuck for \\d+ min: #${partId} part 1/.*: held, the channel is disabled`));
        expect(alerts[0]).toContain(`An admin can /digest retry ${partId} or /digest skip ${partId} (from any channel).`);
        expect(await alertStuckParts(t.store.db, async (x) => void alerts.push(x), Date.now() + 3 * HOUR)).toBe(0);

        const before = platform === 'slack' ? w.slack.messages.length : w.discord.messages.length;
        const retried = await ask(C.DIGEST_RETRY, { id: partId }, { channel: ch.loose });
        expect(retried.text).toContain(`#${partId} part 1/`);
        expect(retried.text).toContain('The channel had been disabled after refusals; it is enabled again.');
        await drainAll(w.outbox);
        expect((platform === 'slack' ? w.slack.messages.length : w.discord.messages.length) - before).toBeGreaterThan(0);
        expect(JSON.stringify(platform === 'slack' ? w.slack.messages : w.discord.messages)).toContain(
          'Warehouse robot fleet doubles',
        );
        expect((await ask(C.DIGEST_STATUS)).text).not.toContain('needing attention');
        expect((await ask(C.DIGEST_RETRY, { id: partId })).text).toContain('was posted already');
      });
    });
  }
});
