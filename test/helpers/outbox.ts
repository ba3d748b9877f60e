// Outbox test wiring: digests stored and queued as the digest pipeline will, posters on the real
// SDK clients pointed at the stand-ins, and a drain loop that stops once nothing is left to do.
import { silentLogger } from '../../src/log.js';
import type { Digest, Platform } from '../../src/model.js';
import { renderDeliveryParts } from '../../src/bot/delivery-parts.js';
import { discordPoster, outboxRest } from '../../src/bot/discord/poster.js';
import { drainOnce } from '../../src/bot/outbox/drain.js';
import { DEFAULT_OUTBOX_OPTIONS, type DrainReport, type OutboxDeps, type OutboxOptions } from '../../src/bot/outbox/types.js';
import type { Posters } from '../../src/bot/outbox/poster.js';
import { slackLogger } from '../../src/bot/slack/logger.js';
import { outboxWebClient, slackPoster } from '../../src/bot/slack/poster.js';
import { upsertDestination } from '../../src/store/destinations.js';
import { queueDeliveries } from '../../src/store/deliveries.js';
import { saveDigest } from '../../src/store/digests.js';
import type { Db, Store } from '../../src/store/store.js';

/** Backoffs in milliseconds instead of minutes, so retries happen within a test. */
export const FAST: OutboxOptions = {
  ...DEFAULT_OUTBOX_OPTIONS,
  baseBackoffMs: 40,
  maxBackoffMs: 300,
  retryAfterCapMs: 3000,
  leaseMs: 4000,
  maxPacingWaitMs: 5000,
  turnHoldMs: 3000,
};

export const SLACK_TOKEN = 'xoxb-test';
export const DISCORD_TOKEN = 'discord-test-token';

/** `slackGapMs` shortens Slack's per-channel pacing for tests that are not about pacing. */
export function posters(urls: { slack?: string; discord?: string }, slackGapMs?: number): Posters {
  const out: Posters = {};
  if (urls.slack) out.slack = slackPoster(outboxWebClient(SLACK_TOKEN, urls.slack, slackLogger(silentLogger())), slackGapMs);
  if (urls.discord) out.discord = discordPoster(outboxRest(DISCORD_TOKEN, urls.discord));
  return out;
}

export async function addDestination(db: Db, platform: Platform, channelId: string): Promise<number> {
  const d = await upsertDestination(db, { platform, channelId, topics: [], emptyDigest: 'short', now: Date.now() });
  return d.id;
}

/** Stores the digest and queues its parts in one transaction, as the digest pipeline does. */
export async function storeAndQueue(store: Store, digest: Digest, platform: Platform, chart: Uint8Array | null): Promise<number> {
  return store.transaction(async (trx) => {
    await saveDigest(trx, digest, [], Date.now());
    return queueDeliveries(trx, digest, renderDeliveryParts(digest, platform, chart));
  });
}

export interface Harness {
  deps: OutboxDeps;
  alerts: string[];
}

/** `aheadMs`: this drainer's clock runs that far ahead (one that comes after another's lease ran out). */
export function harness(db: Db, p: Posters, owner = 'test-owner', aheadMs = 0): Harness {
  const alerts: string[] = [];
  const now = aheadMs ? () => Date.now() + aheadMs : undefined;
  return { alerts, deps: { db, posters: p, log: silentLogger(), owner, alert: async (t) => void alerts.push(t), now } };
}

export async function openCount(db: Db): Promise<number> {
  const r = await db
    .selectFrom('deliveries')
    .innerJoin('destinations', 'destinations.id', 'deliveries.destination_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deliveries.status', 'in', ['pending', 'sending', 'unsure'])
    .where('destinations.enabled', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Drains until no enabled destination has work left (bounded by rounds and time). */
export async function drainAll(
  h: Harness,
  o: OutboxOptions = FAST,
  limits = { rounds: 10_000, ms: 15_000 },
): Promise<DrainReport[]> {
  const reports: DrainReport[] = [];
  const until = Date.now() + limits.ms;
  for (let i = 0; i < limits.rounds && Date.now() < until; i++) {
    const r = await drainOnce(h.deps, o);
    reports.push(r);
    if (r.claimed === 0) {
      if ((await openCount(h.deps.db)) === 0) return reports;
      await new Promise((res) => setTimeout(res, 25));
    }
  }
  throw new Error(`outbox did not settle: ${JSON.stringify(reports.slice(-3))}`);
}

export const total = (reports: DrainReport[], key: keyof DrainReport) => reports.reduce((n, r) => n + r[key], 0);
