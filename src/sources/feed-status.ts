// Feed health as admins read it (`/feeds list|errors`, `digestbot feeds list`), and the feeds
// behind one channel: those in its topics (every feed when it takes every topic), with the ones
// paused for it marked. `/digest status` counts the same list.
import type { Destination, Feed, Origin } from '../model.js';
import { listFeeds } from '../store/feeds.js';
import { pausedFeedIds } from '../store/paused-feeds.js';
import type { Db } from '../store/store.js';

export type FeedHealth = 'new' | 'ok' | 'failing' | 'disabled';

export interface FeedStatus {
  id: number;
  url: string;
  title: string | null;
  topic: string | null;
  origin: Origin;
  health: FeedHealth;
  disabledReason: string | null;
  lastSuccessAt: number | null;
  lastCheckedAt: number | null;
  nextCheckAt: number;
  lastErrorAt: number | null;
  lastErrorCode: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** Paused for the channel asked about. */
  paused: boolean;
}

export function feedHealth(f: Feed): FeedHealth {
  if (f.status === 'disabled') return 'disabled';
  if (f.lastCheckedAt === null) return 'new';
  const errorSinceSuccess = f.lastErrorAt !== null && f.lastErrorAt >= (f.lastSuccessAt ?? 0);
  return f.consecutiveFailures > 0 || f.consecutiveNotFound > 0 || errorSinceSuccess ? 'failing' : 'ok';
}

function statusOf(f: Feed, paused: boolean): FeedStatus {
  return {
    id: f.id,
    url: f.url,
    title: f.title,
    topic: f.topic,
    origin: f.origin,
    health: feedHealth(f),
    disabledReason: f.disabledReason,
    lastSuccessAt: f.lastSuccessAt,
    lastCheckedAt: f.lastCheckedAt,
    nextCheckAt: f.nextCheckAt,
    lastErrorAt: f.lastErrorAt,
    lastErrorCode: f.lastErrorCode,
    lastError: f.lastError,
    consecutiveFailures: f.consecutiveFailures,
    paused,
  };
}

export async function listFeedStatus(db: Db): Promise<FeedStatus[]> {
  return (await listFeeds(db)).map((f) => statusOf(f, false));
}

/** Failing and disabled feeds, and why. */
export async function feedErrors(db: Db): Promise<FeedStatus[]> {
  return (await listFeedStatus(db)).filter((f) => f.health === 'failing' || f.health === 'disabled');
}

/** Whether a feed's articles are routed to the destination (by topic). */
export const routedTo = (f: Pick<Feed, 'topic'>, d: Pick<Destination, 'topics'>) =>
  d.topics.length === 0 || (f.topic !== null && d.topics.includes(f.topic));

/** The feeds behind a channel's digest (every feed for a channel without one), paused ones marked. */
export async function channelFeeds(db: Db, destination: Destination | null): Promise<FeedStatus[]> {
  const feeds = await listFeeds(db);
  if (!destination) return feeds.map((f) => statusOf(f, false));
  const paused = new Set(await pausedFeedIds(db, destination.id));
  return feeds.filter((f) => routedTo(f, destination)).map((f) => statusOf(f, paused.has(f.id)));
}
