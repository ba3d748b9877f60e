// When to check a feed next, and when to give up on it: pure functions of the feed, the outcome
// and the clock (docs/reliability.md, "Polling politeness").
import type { Config } from '../config.js';
import { isAppError } from '../errors.js';
import type { Feed } from '../model.js';
import type { FeedCheck } from '../store/feeds.js';
import { FetchError } from './fetch/index.js';
import { DAY, MINUTE } from '../time.js';

/** Nothing is rescheduled sooner than this, whatever a server asks (Retry-After: 0). */
export const MIN_DELAY_MS = MINUTE;
export const DISABLE_AFTER_FAILURES = 10;
export const DISABLE_AFTER_NO_SUCCESS_MS = 7 * DAY;
export const DISABLE_AFTER_NOT_FOUND = 3;

/** Reason codes of a disabled feed, shown to admins. */
export type DisabledReason = 'FEED_GONE' | 'FEED_FAILING' | 'FEED_STALE';

export type Polling = Config['polling'];

/**
 * Minutes until the next check after a good answer: the feed's own hint (Cache-Control max-age,
 * Expires, RSS `<ttl>`; the longest one when several) or the default, within the bounds.
 */
export function intervalMinutes(polling: Polling, hints: { freshForMs?: number | null; ttlMinutes?: number | null }): number {
  const stated = [hints.freshForMs != null ? hints.freshForMs / MINUTE : null, hints.ttlMinutes ?? null].filter(
    (m): m is number => m !== null && m > 0,
  );
  const wanted = stated.length ? Math.max(...stated) : polling.intervalMinutes;
  return Math.round(Math.min(polling.maxIntervalMinutes, Math.max(polling.minIntervalMinutes, wanted)));
}

/** ±10 % so feeds added together drift apart, kept within the bounds. */
export function jittered(polling: Polling, minutes: number, random: () => number): number {
  const ms = minutes * MINUTE * (0.9 + 0.2 * random());
  return Math.round(Math.min(polling.maxIntervalMinutes * MINUTE, Math.max(polling.minIntervalMinutes * MINUTE, ms)));
}

/** `min(24 h, 15 min × 2^(n-1))` after the n-th failure in a row. */
export function failureBackoffMs(failures: number): number {
  return Math.min(DAY, 15 * MINUTE * 2 ** Math.max(0, failures - 1));
}

function errorOf(err: unknown): { code: string; message: string } {
  if (isAppError(err)) return { code: err.code, message: err.message };
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}

/**
 * The record of a failed check. A host that asked us to wait (429/503, or already in backoff)
 * is waited for and does not count towards the ten failures; 404/410 three times in a row, ten
 * failures in a row, or seven days without a success disable the feed.
 */
export function failedCheck(feed: Feed, err: unknown, now: number): FeedCheck {
  const retryAt = err instanceof FetchError ? err.retryAt : undefined;
  const status = err instanceof FetchError ? err.status : undefined;
  const notFound = status === 404 || status === 410;
  const hostAskedToWait = retryAt !== undefined;
  const failures = hostAskedToWait ? feed.consecutiveFailures : feed.consecutiveFailures + 1;
  const notFoundInARow = notFound ? feed.consecutiveNotFound + 1 : 0;
  const delay = hostAskedToWait ? retryAt - now : failureBackoffMs(failures);
  let disabledReason: DisabledReason | undefined;
  if (notFoundInARow >= DISABLE_AFTER_NOT_FOUND) disabledReason = 'FEED_GONE';
  else if (failures >= DISABLE_AFTER_FAILURES) disabledReason = 'FEED_FAILING';
  else if (now - (feed.lastSuccessAt ?? feed.addedAt) >= DISABLE_AFTER_NO_SUCCESS_MS) disabledReason = 'FEED_STALE';
  return {
    checkedAt: now,
    nextCheckAt: now + Math.max(MIN_DELAY_MS, delay),
    consecutiveFailures: failures,
    consecutiveNotFound: notFoundInARow,
    ...(isAppError(err, 'RATE_LIMITED') ? {} : { error: errorOf(err) }),
    ...(disabledReason && { disabledReason }),
  };
}
