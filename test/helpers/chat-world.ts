// The world an end-to-end delivery test runs `digestbot` in: a feed server on loopback serving
// items the test writes, the Slack and Discord stand-ins, a fresh data directory, and the
// environment that points the CLI at all of them (the same variables an operator sets).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/store.js';
import { startDiscordStandIn, type DiscordStandIn, type DiscordStandInOptions } from '../stand-ins/discord-api.js';
import { startSlackStandIn, type SlackStandIn, type SlackStandInOptions } from '../stand-ins/slack-api.js';
import { runCli, type CliOptions, type CliResult } from './cli.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

export interface FeedItem {
  title: string;
  link: string;
  text: string;
  hoursAgo: number;
}

export const SLACK_CHANNEL = 'C0DIGEST';
export const DISCORD_CHANNEL = '300000000000000001';
export const DISCORD_TOKEN = 'discord-test-token';
export const SLACK_TOKEN = 'xoxb-test';
export const SLACK_SIGNING_SECRET = 'slack-signing-secret';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS document of the items, dated relative to now. */
export function rssOf(title: string, items: FeedItem[], now = Date.now()): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><guid>${xml(i.link)}</guid>` +
        `<pubDate>${new Date(now - i.hoursAgo * 3_600_000).toUTCString()}</pubDate><description>${xml(i.text)}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${xml(title)}</title><link>https://news.example/</link>${body}</channel></rss>`;
}

/** A delivery row as the test reads it back from the CLI's store. */
export interface DeliveryRow {
  platform: string;
  part: number;
  status: string;
  messageId: string | null;
  lastError: string | null;
}

export interface ChatWorld {
  feed: LoopbackServer;
  slack: SlackStandIn;
  discord: DiscordStandIn;
  env: Record<string, string>;
  /** Adds the feed with a 48-hour backfill (throws when the CLI refuses). */
  addFeed(): Promise<void>;
  cli(args: string[], extra?: Record<string, string>, o?: Pick<CliOptions, 'started'>): Promise<CliResult>;
  /** Every delivery row in the CLI's store, by platform and part. */
  deliveries(): Promise<DeliveryRow[]>;
  close(): Promise<void>;
}

export async function startChatWorld(
  feedXml: () => string,
  o: {
    slack?: SlackStandInOptions;
    discord?: DiscordStandInOptions;
    /** Awaited before each feed answer (a fault run holds a poll open with it). */
    beforeFeed?: () => Promise<void>;
    /** The CLI entry point (default: the sources through tsx). */
    cli?: string;
  } = {},
): Promise<ChatWorld> {
  const feed = await startLoopbackServer(async (_req, res) => {
    await o.beforeFeed?.();
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(feedXml());
  });
  const slack = await startSlackStandIn({ token: SLACK_TOKEN, ...o.slack });
  const discord = await startDiscordStandIn({ token: DISCORD_TOKEN, ...o.discord });
  const env: Record<string, string> = {
    DIGESTBOT_DATA_DIR: mkdtempSync(join(tmpdir(), 'digestbot-e2e-')),
    FEED_ALLOW_PRIVATE: '127.0.0.1/32',
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_SIGNING_SECRET: SLACK_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    DIGESTBOT_DESTINATIONS: `slack:${SLACK_CHANNEL},discord:${DISCORD_CHANNEL}`,
  };
  const cli = (args: string[], extra: Record<string, string> = {}, c: Pick<CliOptions, 'started'> = {}) =>
    runCli(args, { ...c, env: { ...env, ...extra }, ...(o.cli ? { cli: o.cli } : {}) });
  return {
    feed,
    slack,
    discord,
    env,
    cli,
    addFeed: async () => {
      // The items link to pages off loopback: no page fetches (full text has its own tests).
      const r = await cli(['feeds', 'add', feed.url('/feed.xml'), '--backfill', '48h', '--full-text', 'off']);
      if (r.code !== 0) throw new Error(`feeds add failed: ${r.stderr}`);
    },
    deliveries: async () => {
      const store = await openStore({ dataDir: env.DIGESTBOT_DATA_DIR!, databaseUrl: env.DATABASE_URL });
      try {
        const rows = await store.db
          .selectFrom('deliveries')
          .innerJoin('destinations', 'destinations.id', 'deliveries.destination_id')
          .select(['destinations.platform', 'part', 'status', 'platform_message_id', 'last_error'])
          .orderBy('destinations.platform')
          .orderBy('part')
          .execute();
        return rows.map((r) => ({
          platform: r.platform,
          part: r.part,
          status: r.status,
          messageId: r.platform_message_id,
          lastError: r.last_error,
        }));
      } finally {
        await store.close();
      }
    },
    close: async () => {
      await Promise.all([feed.close(), slack.close(), discord.close()]);
    },
  };
}
