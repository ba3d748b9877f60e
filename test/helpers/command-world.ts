// A store seeded for slash-command tests (destinations, feeds in every health, articles, rounds,
// a stored digest, a finished slot run), a loopback feed server with a slow feed, the guarded
// fetcher allowed to reach it, a fake DigestOps, and the command registry over all of it.
import { createCommandRegistry } from '../../src/bot/commands/registry.js';
import type { DigestOps } from '../../src/bot/commands/context.js';
import type { CommandHandler } from '../../src/bot/commands/types.js';
import { configSchema } from '../../src/config.js';
import type { Destination, ExtractedRound } from '../../src/model.js';
import { pendingCount } from '../../src/pipeline/window.js';
import { createFetcher, type Fetcher } from '../../src/sources/fetch/index.js';
import { insertArticleIfNew } from '../../src/store/articles.js';
import { upsertDestination } from '../../src/store/destinations.js';
import { saveDigest } from '../../src/store/digests.js';
import { insertFeed } from '../../src/store/feeds.js';
import { saveRounds } from '../../src/rounds/save.js';
import { claimSlotRun, finishSlotRun } from '../../src/store/slot-runs.js';
import type { Db } from '../../src/store/store.js';
import { sampleDigest } from '../fixtures/digests.js';
import { rssDocument, startLoopbackServer, type LoopbackServer } from './loopback-server.js';
import { memoryLog, type MemoryLog } from './memory-log.js';
import type { TestStore } from './stores.js';
import { gate } from './wait.js';

export const DAY = 86_400_000;
export const SLACK_CHANNEL = 'C1';
export const DISCORD_CHANNEL = '300000000000000009';
/** Channels without a destination. */
export const SLACK_LOOSE = 'C9';
export const DISCORD_LOOSE = '300000000000000099';
export const ADMIN_LISTED = { slack: 'ULISTED', discord: '700000000000000077' };

export interface CommandWorld {
  registry: CommandHandler;
  /** The instant the store was seeded at: the articles and rounds are dated from it. */
  seededAt: number;
  feeds: LoopbackServer;
  /** Whether the slow feed (`/slow`) has answered; it answers once released. */
  slowAnswered(): boolean;
  /** Lets the requests waiting on `/slow` be answered. */
  releaseSlow(): void;
  ops: DigestOps & { posted: Destination[] };
  log: MemoryLog;
  slackDest: Destination;
  discordDest: Destination;
  close(): Promise<void>;
}

const round = (o: Partial<ExtractedRound>): ExtractedRound => ({
  company: 'Apptronik',
  amount: 350_000_000,
  currency: 'USD',
  amountUsd: 350_000_000,
  roundType: 'series_a',
  roundTypeDetail: null,
  valuation: null,
  leadInvestors: ['Harbor Peak'],
  otherInvestors: ['Gull Capital'],
  status: 'announced',
  evidence: 'Apptronik raised $350 million.',
  ...o,
});

let seq = 0;
async function article(db: Db, feedId: number, title: string, text: string, at: number, topic = 'robotics') {
  seq++;
  const { articleId } = await insertArticleIfNew(db, {
    feedId,
    itemKey: `k${seq}`,
    canonicalUrl: `https://news.example/a/${seq}`,
    url: `https://news.example/a/${seq}`,
    title,
    text,
    author: null,
    publishedAt: at,
    categories: [],
    contentHash: `h${seq}`,
    digestEligible: true,
    outlet: 'Robot Wire',
    topic,
    now: at,
  });
  return articleId;
}

async function seed(db: Db, now: number) {
  const slackDest = await upsertDestination(db, {
    platform: 'slack',
    channelId: SLACK_CHANNEL,
    topics: ['robotics'],
    emptyDigest: 'short',
    now,
  });
  const discordDest = await upsertDestination(db, {
    platform: 'discord',
    channelId: DISCORD_CHANNEL,
    topics: [],
    emptyDigest: 'short',
    now,
  });
  const ok = await insertFeed(db, { url: 'https://robotwire.example/feed', title: 'Robot Wire', topic: 'robotics', now });
  await db.updateTable('feeds').set({ last_checked_at: now, last_success_at: now }).where('id', '=', ok.id).execute();
  const failing = await insertFeed(db, { url: 'https://flaky.example/rss', title: 'Flaky Times', topic: 'robotics', now });
  await db
    .updateTable('feeds')
    .set({
      last_checked_at: now,
      last_error_at: now,
      last_error_code: 'FEED_HTTP_ERROR',
      last_error: 'https://flaky.example/rss answered 500',
      consecutive_failures: 3,
    })
    .where('id', '=', failing.id)
    .execute();
  const gone = await insertFeed(db, { url: 'https://gone.example/atom', title: 'Gone Daily', topic: 'space', now });
  await db
    .updateTable('feeds')
    .set({
      status: 'disabled',
      disabled_reason: 'FEED_GONE',
      last_checked_at: now,
      last_error_code: 'FEED_HTTP_ERROR',
      last_error: 'answered 410',
    })
    .where('id', '=', gone.id)
    .execute();

  const a1 = await article(
    db,
    ok.id,
    'Apptronik raises $350M for humanoid robots',
    'The humanoid maker will build a warehouse fleet.',
    now - 2 * DAY,
  );
  const a2 = await article(
    db,
    ok.id,
    'Apptronik round reported at $400M',
    'Another outlet says the humanoid round was larger.',
    now - DAY,
  );
  const a3 = await article(
    db,
    ok.id,
    'Figure closes Series C',
    'Figure raised money for its humanoid robots and factory.',
    now - 3 * DAY,
  );
  await article(db, ok.id, 'Drone delivery pilot expands', 'Drones now deliver parcels in two towns.', now - 40 * DAY);
  await article(db, ok.id, 'Gripper startup ships', 'A soft gripper for warehouse picking ships to customers.', now - 3_600_000);
  await saveRounds(db, { articleId: a1, reportedAt: now - 2 * DAY, now, rounds: [round({})] });
  await saveRounds(db, { articleId: a2, reportedAt: now - DAY, now, rounds: [round({ amount: 400e6, amountUsd: 400e6 })] });
  await saveRounds(db, {
    articleId: a1,
    reportedAt: now - 400 * DAY,
    now,
    rounds: [round({ amount: 14.6e6, amountUsd: 14.6e6, roundType: 'seed', leadInvestors: [], otherInvestors: [] })],
  });
  await saveRounds(db, {
    articleId: a3,
    reportedAt: now - 3 * DAY,
    now,
    rounds: [round({ company: 'Figure', amount: 1e9, amountUsd: 1e9, roundType: 'series_c', leadInvestors: ['Parkway'] })],
  });
  const digest = sampleDigest({ destinationId: slackDest.id });
  await saveDigest(db, digest, [a1], now);
  await claimSlotRun(db, slackDest.id, digest.slot.at, 'seed', 60_000, now);
  await finishSlotRun(db, slackDest.id, digest.slot.at, 'seed', { status: 'done', digestId: digest.id, now });
  return { slackDest, discordDest };
}

export async function commandWorld(t: TestStore): Promise<CommandWorld> {
  let slowAnswered = false;
  let slowGate = gate();
  const items = Array.from({ length: 3 }, (_, i) => ({ guid: `g${i}`, title: `Item ${i}`, link: `https://n.example/${i}` }));
  const feeds = await startLoopbackServer(async (req, res) => {
    const rss = () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument('Loop News', items));
    if (req.url?.startsWith('/feed')) rss();
    else if (req.url === '/slow') {
      await slowGate.passed;
      rss();
      slowAnswered = true;
    } else if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>hi</body></html>');
    else res.writeHead(404).end();
  });
  const config = configSchema.parse({
    fetch: { allowPrivate: [`127.0.0.1:${feeds.port}`] },
    admins: { slack: [ADMIN_LISTED.slack], discord: [ADMIN_LISTED.discord] },
  });
  const fetcher: Fetcher = createFetcher(config.fetch);
  const seededAt = Date.now();
  const { slackDest, discordDest } = await seed(t.store.db, seededAt);
  const posted: Destination[] = [];
  const ops: CommandWorld['ops'] = {
    posted,
    preview: async (dest) => {
      return sampleDigest({ destinationId: dest.id, name: 'Next briefing' });
    },
    postNow: async (dest) => {
      posted.push(dest);
      return posted.length > 1 ? { skipped: 'nothing new since the last digest' } : { digestId: `now-${dest.id}` };
    },
    pending: (dest, now) => pendingCount(t.store.db, dest, now),
  };
  const log = memoryLog();
  const registry = createCommandRegistry({ store: t.store, config, fetcher, digests: ops, log: log.log });
  return {
    registry,
    seededAt,
    feeds,
    slowAnswered: () => slowAnswered,
    releaseSlow: () => {
      slowGate.open();
      slowGate = gate();
    },
    ops,
    log,
    slackDest,
    discordDest,
    close: async () => {
      await fetcher.close();
      await feeds.close();
    },
  };
}
