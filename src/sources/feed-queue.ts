// The feeds a poll cycle has claimed, handed out so that no feed waits on a busy host while
// feeds of idle hosts are queued: a host that holds many feeds, or a slow one, would
// otherwise gather every worker in its connection queue (the fetcher allows two per host).
import type { Feed } from '../model.js';

export interface FeedQueue {
  /** The next feed whose host has a free connection, waiting for one if needed; undefined when none is left. */
  next(): Promise<Feed | undefined>;
  /** The feed's fetch is over (whatever its result): its host's connection is free again. Once per feed. */
  fetched(feed: Feed): void;
}

export interface FeedQueueOptions {
  /** Claims more due feeds; none means nothing is left. Feeds already claimed are ignored. */
  claim: () => Promise<Feed[]>;
  perHost: number;
  /** Claim ahead while fewer than this many feeds wait and none of them can start. */
  window: number;
}

const hostOf = (feed: Feed): string => {
  try {
    return new URL(feed.url).hostname;
  } catch {
    return feed.url;
  }
};

export function createFeedQueue({ claim, perHost, window }: FeedQueueOptions): FeedQueue {
  const waiting: { feed: Feed; host: string }[] = [];
  const claimed = new Set<number>();
  const active = new Map<string, number>();
  /** Workers waiting for a host connection, woken one per freed connection. */
  const sleepers: (() => void)[] = [];
  let exhausted = false;
  let claiming: Promise<void> | null = null;

  const claimMore = async () => {
    const fresh = (await claim()).filter((f) => !claimed.has(f.id));
    fresh.forEach((f) => claimed.add(f.id));
    if (fresh.length === 0) exhausted = true;
    waiting.push(...fresh.map((feed) => ({ feed, host: hostOf(feed) })));
  };

  return {
    async next() {
      for (;;) {
        const at = waiting.findIndex((w) => (active.get(w.host) ?? 0) < perHost);
        if (at >= 0) {
          const [{ feed, host }] = waiting.splice(at, 1) as [{ feed: Feed; host: string }];
          active.set(host, (active.get(host) ?? 0) + 1);
          return feed;
        }
        if (!exhausted && waiting.length < window) {
          claiming ??= claimMore().finally(() => (claiming = null));
          await claiming;
        } else if (waiting.length === 0) return undefined;
        // Every waiting feed's host is busy, so some feed is being fetched and will free one.
        else await new Promise<void>((resolve) => sleepers.push(resolve));
      }
    },
    fetched(feed) {
      const host = hostOf(feed);
      const n = (active.get(host) ?? 1) - 1;
      if (n > 0) active.set(host, n);
      else active.delete(host);
      // One freed connection lets at most one more feed start; once nothing is left to hand
      // out, every sleeper wakes to find that out.
      if (exhausted && waiting.length === 0) sleepers.splice(0).forEach((wake) => wake());
      else sleepers.shift()?.();
    },
  };
}
