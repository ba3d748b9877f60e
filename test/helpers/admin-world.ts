// Everything an admin session in chat touches, real where it can be: a store, the command registry
// over the real digest pipeline (extractive summaries), the guarded fetcher allowed to reach a
// loopback feed server (feeds that grow on demand, a site page that links its feed, OPML files),
// one listener with the Slack role and the Discord interactions route, the Slack and Discord
// stand-ins, an outbox harness posting to them, and a chat driver over the listener.
import { createCommandRegistry } from '../../src/bot/commands/registry.js';
import { discordInteractionsRoute } from '../../src/bot/discord/http-interactions.js';
import { interactionRest } from '../../src/bot/discord/interaction.js';
import { createSlackRole } from '../../src/bot/slack/app.js';
import { configSchema, type Config } from '../../src/config.js';
import { extractiveSummarizer } from '../../src/digest/summarize/extractive.js';
import { startHttpServer, type HttpServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import { ingest } from '../../src/pipeline/cycle.js';
import { digestOps, type DigestDeps } from '../../src/pipeline/run-slot.js';
import { createFetcher, type Fetcher } from '../../src/sources/fetch/index.js';
import { DAY } from '../../src/time.js';
import { startDiscordStandIn, type DiscordStandIn } from '../stand-ins/discord-api.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { chatDriver, DISCORD_APP, discordKeys } from './chat-driver.js';
import { rssDocument, startLoopbackServer, type LoopbackServer } from './loopback-server.js';
import { harness, posters, type Harness } from './outbox.js';
import type { TestStore } from './stores.js';
import { firstSighting, INBOUND_MEMORY_MS } from '../../src/store/inbound-events.js';

export const CHANNELS = {
  slack: { digest: 'C0ROBOTS1', loose: 'C0LOUNGE1' },
  discord: { digest: '300000000000000101', loose: '300000000000000199' },
} as const;

const SLACK_SECRET = 'admin-world-signing-secret';

export interface FeedItem {
  guid: string;
  title: string;
  link: string;
  date: string;
}

export interface AdminWorld {
  config: Config;
  feeds: LoopbackServer;
  /** Items each feed path serves; push to make news. */
  items: Map<string, FeedItem[]>;
  /** Files served as they are (OPML; Discord attachments too), by path (`/name`). */
  files: Map<string, string>;
  slack: SlackStandIn;
  discord: DiscordStandIn;
  driver: ReturnType<typeof chatDriver>;
  outbox: Harness;
  fetcher: Fetcher;
  /** Polls every feed now (due or not) and reads rounds, as a cycle would. */
  poll(): Promise<void>;
  close(): Promise<void>;
}

let itemSeq = 0;
/** A news item published `minutesAgo`. */
export function item(title: string, minutesAgo = 30): FeedItem {
  itemSeq++;
  return {
    guid: `item-${itemSeq}`,
    title,
    link: `https://news.example/${itemSeq}`,
    date: new Date(Date.now() - minutesAgo * 60_000).toUTCString(),
  };
}

export async function adminWorld(t: TestStore): Promise<AdminWorld> {
  const items = new Map<string, FeedItem[]>();
  const files = new Map<string, string>();
  const feeds = await startLoopbackServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const list = items.get(path);
    if (list) {
      const title = path.replace(/^\/|\.xml$/g, '').replace(/-/g, ' ');
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument(`${title} feed`, list));
    } else if (files.has(path)) res.writeHead(200, { 'content-type': 'text/x-opml' }).end(files.get(path));
    else if (path === '/site/')
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<html><head><title>Gripper Gazette</title><link rel="alternate" type="application/rss+xml" ' +
            'title="Gripper Gazette" href="/gripper-gazette.xml?utm_source=homepage"></head><body>Hi</body></html>',
        );
    else res.writeHead(404).end();
  });
  const config = configSchema.parse({
    fetch: { allowPrivate: [`127.0.0.1:${feeds.port}`] },
    digest: { name: 'Robotics briefing' },
  });
  const fetcher = createFetcher(config.fetch);
  const slack = await startSlackStandIn({ admins: ['UADMIN'] });
  const discord = await startDiscordStandIn();
  const log = silentLogger();
  const deps: DigestDeps = { store: t.store, config, log, summarizer: () => extractiveSummarizer, owner: 'admin-world' };
  const registry = createCommandRegistry({ store: t.store, config, fetcher, log, digests: digestOps(deps) });
  const role = await createSlackRole(
    { botToken: 'xoxb-test', signingSecret: SLACK_SECRET, apiUrl: slack.apiUrl },
    { handler: registry, db: t.store.db, log },
  );
  const keys = discordKeys();
  const route = discordInteractionsRoute(keys.publicKeyHex, {
    handler: registry,
    rest: interactionRest(discord.apiUrl),
    applicationId: DISCORD_APP,
    log,
    firstSighting: (key: string) => firstSighting(t.store.db, key, Date.now(), INBOUND_MEMORY_MS),
  });
  const http: HttpServer = await startHttpServer([role.route!, route], 0, log, '127.0.0.1');
  const driver = chatDriver({
    base: `http://127.0.0.1:${http.port}`,
    slack,
    slackSecret: SLACK_SECRET,
    discord,
    discordKey: keys.privateKey,
    attachmentUrl: (name) => feeds.url(`/${name}`),
  });
  const outbox = harness(t.store.db, posters({ slack: slack.apiUrl, discord: discord.apiUrl }, 0), 'admin-world');
  return {
    config,
    feeds,
    items,
    files,
    slack,
    discord,
    driver,
    outbox,
    fetcher,
    poll: async () => {
      await ingest({ ...deps, config, fetcher, alert: async () => undefined }, { dueBy: Date.now() + DAY });
    },
    close: async () => {
      await http.close();
      await fetcher.close();
      await feeds.close();
      await slack.close();
      await discord.close();
    },
  };
}
