import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { AppError } from '../../../src/errors.js';
import type { Feed } from '../../../src/model.js';
import { FetchError } from '../../../src/sources/fetch/index.js';
import { feedFixture } from '../../helpers/feed.js';
import { failedCheck, failureBackoffMs, intervalMinutes, jittered } from '../../../src/sources/poll-rules.js';
import { DAY } from '../../../src/time.js';

const polling = configSchema.parse({}).polling;
const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 21, 12);

const feed = (over: Partial<Feed> = {}): Feed => feedFixture(over, NOW);

describe('interval', () => {
  it.each([
    [{}, 60],
    [{ ttlMinutes: 180 }, 180],
    [{ ttlMinutes: 5 }, 15],
    [{ ttlMinutes: 100_000 }, 1440],
    [{ freshForMs: 30 * MIN, ttlMinutes: 90 }, 90],
    [{ freshForMs: 240 * MIN, ttlMinutes: 90 }, 240],
    [{ freshForMs: null, ttlMinutes: null }, 60],
    [{ ttlMinutes: 0 }, 60],
  ])('%j → %i min', (hints, minutes) => {
    expect(intervalMinutes(polling, hints)).toBe(minutes);
  });

  it('jitters ±10 % and stays within the bounds', () => {
    expect(jittered(polling, 60, () => 0)).toBe(54 * MIN);
    expect(jittered(polling, 60, () => 1)).toBe(66 * MIN);
    expect(jittered(polling, 15, () => 0)).toBe(15 * MIN);
    expect(jittered(polling, 1440, () => 1)).toBe(1440 * MIN);
  });
});

describe('failures', () => {
  it('back off min(24 h, 15 min × 2^(n-1))', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => failureBackoffMs(n) / MIN)).toEqual([
      15, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440,
    ]);
  });

  it('counts a failure and schedules the backoff', () => {
    const check = failedCheck(feed({ consecutiveFailures: 2 }), new FetchError('FEED_TIMEOUT', 'slow'), NOW);
    expect(check).toEqual({
      checkedAt: NOW,
      nextCheckAt: NOW + 60 * MIN,
      consecutiveFailures: 3,
      consecutiveNotFound: 0,
      error: { code: 'FEED_TIMEOUT', message: 'slow' },
    });
  });

  it('waits Retry-After without counting a failure, never sooner than a minute', () => {
    const err = new FetchError('FEED_HTTP_ERROR', '429', { status: 429, retryAt: NOW + 5 * MIN });
    expect(failedCheck(feed({ consecutiveFailures: 4 }), err, NOW)).toMatchObject({
      consecutiveFailures: 4,
      nextCheckAt: NOW + 5 * MIN,
    });
    const now = new FetchError('FEED_HTTP_ERROR', '503', { status: 503, retryAt: NOW });
    expect(failedCheck(feed(), now, NOW).nextCheckAt).toBe(NOW + MIN);
    const waiting = failedCheck(feed(), new FetchError('RATE_LIMITED', 'wait', { retryAt: NOW + MIN * 30 }), NOW);
    expect(waiting).not.toHaveProperty('error');
  });

  it('disables: 3 × 404/410 (FEED_GONE), 10 failures (FEED_FAILING), 7 days without success (FEED_STALE)', () => {
    const gone = new FetchError('FEED_HTTP_ERROR', 'gone', { status: 410 });
    expect(failedCheck(feed({ consecutiveNotFound: 2, consecutiveFailures: 2 }), gone, NOW).disabledReason).toBe('FEED_GONE');
    expect(failedCheck(feed({ consecutiveNotFound: 1 }), gone, NOW).disabledReason).toBeUndefined();
    expect(failedCheck(feed({ consecutiveFailures: 9 }), new Error('boom'), NOW)).toMatchObject({
      disabledReason: 'FEED_FAILING',
      error: { code: 'INTERNAL', message: 'boom' },
    });
    expect(failedCheck(feed({ lastSuccessAt: NOW - 7 * DAY }), new AppError('PARSE_ERROR', 'x'), NOW).disabledReason).toBe(
      'FEED_STALE',
    );
    expect(
      failedCheck(feed({ lastSuccessAt: null, addedAt: NOW - 8 * DAY }), new AppError('PARSE_ERROR', 'x'), NOW).disabledReason,
    ).toBe('FEED_STALE');
    expect(
      failedCheck(feed({ lastSuccessAt: NOW - 6 * DAY }), new AppError('PARSE_ERROR', 'x'), NOW).disabledReason,
    ).toBeUndefined();
  });
});
