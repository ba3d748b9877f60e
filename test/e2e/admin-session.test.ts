// An admin session against `digestbot start` as production runs it (a child process, its own
// listener, scheduler and outbox), once on Slack and once on Discord: signed slash commands in,
// answers read as the admin reads them, the digest posted to the stand-in by the bot's own outbox.
// The config file declares one feed and one Discord channel, so chat shows them "from config" and
// refuses to change them. With DIGESTBOT_TRANSCRIPT_DIR set, each session's transcript is written
// there as text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as C from '../../src/bot/commands/catalog.js';
import { insertArticleIfNew } from '../../src/store/articles.js';
import { insertFeed } from '../../src/store/feeds.js';
import { chatDriver, DISCORD_APP, discordKeys, transcriptText, type ChatPlatform } from '../helpers/chat-driver.js';
import { rssDocument, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { startTsProcess } from '../helpers/spawn.js';
import { openSqliteTestStore, type TestStore } from '../helpers/stores.js';
import { waitFor } from '../helpers/wait.js';
import { startDiscordStandIn, type DiscordStandIn } from '../stand-ins/discord-api.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';

const CLI = new URL('../../src/cli.ts', import.meta.url);
const SECRET = 'e2e-signing-secret';
const SLACK_CHANNEL = 'C0E2EADMIN';
const DISCORD_CHANNEL = '300000000000000555';
const CONFIG_CHANNEL = '300000000000000777';

const STORIES = [
  [
    'Humanoid maker Kestrel Robotics raises $40 million',
    'Kestrel Robotics raised $40 million to build humanoid robots for warehouses.',
  ],
  ['Drone delivery network expands to three cities', 'The drone delivery network now flies parcels in three more cities.'],
  ['Soft gripper startup ships its first hands', 'A soft gripper startup shipped its first robotic hands to food factories.'],
] as const;

describe('digestbot start: an admin session on each platform', () => {
  let t: TestStore;
  let feeds: LoopbackServer;
  let slack: SlackStandIn;
  let discord: DiscordStandIn;
  let child: ReturnType<typeof startTsProcess>['child'];
  let logs = '';
  let driver: ReturnType<typeof chatDriver>;

  beforeAll(async () => {
    feeds = await startLoopbackServer((req, res) => {
      const name = /^\/([\w-]+)\.xml$/.exec(req.url ?? '')?.[1];
      const title = name?.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
      const items = [{ guid: `${name}-1`, title: `${title} opening note`, link: `https://news.example/${name}/1` }];
      if (title) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument(title, items));
      else res.writeHead(404).end();
    });
    slack = await startSlackStandIn({ admins: ['UADMIN'] });
    discord = await startDiscordStandIn();
    t = await openSqliteTestStore();
    // Articles already in the store, from a feed an admin added earlier (polled again tomorrow).
    const now = Date.now();
    const wire = await insertFeed(t.store.db, { url: feeds.url('/robot-wire.xml'), title: 'Robot Wire', topic: 'robotics', now });
    await t.store.db
      .updateTable('feeds')
      .set({ next_check_at: now + 86_400_000, primed_at: now })
      .where('id', '=', wire.id)
      .execute();
    for (const [i, [title, text]] of STORIES.entries())
      await insertArticleIfNew(t.store.db, {
        feedId: wire.id,
        itemKey: `story-${i}`,
        canonicalUrl: `https://robotwire.example/story-${i}`,
        url: `https://robotwire.example/story-${i}`,
        title,
        text,
        author: null,
        publishedAt: now - (i + 1) * 3_600_000,
        categories: [],
        contentHash: `story-${i}`,
        digestEligible: true,
        outlet: 'Robot Wire',
        topic: 'robotics',
        now: now - (i + 1) * 3_600_000,
      });
    await t.store.close();

    const dir = mkdtempSync(join(tmpdir(), 'digestbot-admin-'));
    const configFile = join(dir, 'digestbot.yaml');
    writeFileSync(
      configFile,
      [
        'feeds:',
        `  - { url: "${feeds.url('/cobot-weekly.xml')}", topic: cobots, title: Cobot Weekly }`,
        'destinations:',
        `  - { platform: discord, channel: "${CONFIG_CHANNEL}", topics: [cobots], emptyDigest: skip }`,
      ].join('\n'),
    );
    const keys = discordKeys();
    const env = {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'info',
      PORT: '0',
      DIGESTBOT_CONFIG: configFile,
      DIGESTBOT_DATA_DIR: t.options.dataDir,
      DIGESTBOT_SEED_FEEDS: 'false',
      FEED_ALLOW_PRIVATE: `127.0.0.1:${feeds.port}`,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: 'discord-test-token',
      DISCORD_APPLICATION_ID: DISCORD_APP,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GATEWAY: 'false',
    };
    const started = startTsProcess(CLI, ['start'], env);
    child = started.child;
    child.stdout!.on('data', (d: Buffer) => (logs += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (logs += d.toString()));
    const port = await waitFor(
      () => logs.includes('digestbot started') && /"port":(\d+),"msg":"HTTP listener ready"/.exec(logs)?.[1],
      {
        what: `digestbot start to be ready (log so far: ${logs.slice(-500)})`,
        on: [child.stderr!],
      },
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}\n${logs}`);
    });
    driver = chatDriver({ base: `http://127.0.0.1:${port}`, slack, slackSecret: SECRET, discord, discordKey: keys.privateKey });
  });

  afterAll(async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null)));
    if (process.env.DIGESTBOT_TRANSCRIPT_DIR)
      for (const p of ['slack', 'discord'] as const)
        writeFileSync(
          join(process.env.DIGESTBOT_TRANSCRIPT_DIR, `admin-session-${p}.txt`),
          `${transcriptText(driver.transcript.filter((e) => e.platform === p))}\n`,
        );
    await feeds.close();
    await slack.close();
    await discord.close();
    rmData();
  });
  const rmData = () => void t.cleanup().catch(() => undefined);

  const session =
    (platform: ChatPlatform, channel: string) =>
    (a: Parameters<typeof driver.ask>[1], args: Record<string, string | number> = {}) =>
      driver.ask(platform, a, args, { channel });

  it('Slack: subscribe a channel, add and filter feeds, preview, post now, read the status, export', async () => {
    const ask = session('slack', SLACK_CHANNEL);
    expect((await ask(C.DIGEST_STATUS)).text).toContain('This channel does not receive a digest');
    expect((await ask(C.DIGEST_SUBSCRIBE, { topics: 'robotics' })).text).toContain(
      'This channel now gets the digest, covering topic robotics.',
    );
    expect((await ask(C.DIGEST_SCHEDULE, { times: '08:00 17:30 Europe/Paris' })).text).toContain(
      'Schedule: 08:00, 17:30 (Europe/Paris)',
    );
    const list = await ask(C.FEEDS_LIST);
    expect(list.text).toContain('Robot Wire [robotics]');
    expect(list.text).not.toContain('Cobot Weekly');
    expect((await ask(C.FEEDS_INCLUDE, { pattern: 'humanoid' })).text).toContain('Filters: only articles matching "humanoid"');
    const preview = await ask(C.DIGEST_PREVIEW);
    expect(preview.text).toContain('Kestrel Robotics');
    expect(preview.text).not.toContain('Drone delivery');
    expect((await ask(C.FEEDS_UNFILTER, { pattern: 'all' })).text).toContain('This channel has no filters now');
    expect((await ask(C.DIGEST_NOW)).text).toContain('A digest is on its way to this channel');
    await waitFor(
      () => slack.messages.some((m) => m.channel === SLACK_CHANNEL && JSON.stringify(m.blocks).includes('Drone delivery')),
      {
        what: 'the digest on Slack, posted by the running bot',
        on: [slack.events],
      },
    );
    const status = await ask(C.DIGEST_STATUS);
    expect(status.text).toContain('This channel: gets the digest (set in chat) · topic robotics');
    expect(status.text).toContain("Pending: 0 articles for this channel's next digest");
    const exported = await ask(C.FEEDS_EXPORT);
    expect(exported.file?.text).toContain('xmlUrl="http://127.0.0.1');
    expect(exported.file?.text).toContain('text="Cobot Weekly"');
  });

  it('Discord: the config file channel is shown and refused; an admin channel is subscribed and fed from chat', async () => {
    const config = session('discord', CONFIG_CHANNEL);
    const cstatus = await config(C.DIGEST_STATUS);
    expect(cstatus.text).toContain('This channel: gets the digest (set in the config file) · topic cobots');
    expect(cstatus.text).toContain('nothing when nothing is new');
    expect((await config(C.DIGEST_UNSUBSCRIBE)).text).toContain("This channel's digest is set in the bot's configuration");
    const cobot = /#(\d+) Cobot Weekly \[cobots\][^\n]*· from config/.exec((await config(C.FEEDS_LIST)).text);
    expect(cobot).not.toBeNull();
    expect((await config(C.FEEDS_REMOVE, { id: Number(cobot![1]) })).text).toContain("is set in the bot's config file (feeds)");

    const ask = session('discord', DISCORD_CHANNEL);
    expect((await ask(C.DIGEST_SUBSCRIBE, { topics: 'robotics' })).text).toContain('This channel now gets the digest');
    const added = await ask(C.FEEDS_ADD, { url: feeds.url('/gripper-gazette.xml'), topic: 'robotics' });
    expect(added.text).toMatch(/Added feed \d+ \(Gripper Gazette\) with topic robotics/);
    const robotWire = /#(\d+) Robot Wire/.exec((await ask(C.FEEDS_LIST)).text)![1]!;
    expect((await ask(C.FEEDS_PAUSE, { id: Number(robotWire) })).text).toContain('is paused in this channel');
    expect((await ask(C.DIGEST_STATUS)).text).toMatch(/Feeds: 1 active · 0 failing · 0 disabled · 1 paused here/);
    expect((await ask(C.FEEDS_RESUME, { id: Number(robotWire) })).text).toContain("is back in this channel's digests");
    expect((await ask(C.DIGEST_NOW)).text).toContain('A digest is on its way to this channel');
    await waitFor(
      () => discord.messages.some((m) => m.channelId === DISCORD_CHANNEL && JSON.stringify(m.body).includes('Kestrel')),
      {
        what: 'the digest on Discord, posted by the running bot',
        on: [discord.events],
      },
    );
    const exported = await ask(C.FEEDS_EXPORT);
    expect(exported.file?.name).toBe('digestbot-feeds.opml');
    expect(exported.file?.text).toContain('<outline text="robotics"');
    expect(logs).not.toContain('"level":50');
  });
});
