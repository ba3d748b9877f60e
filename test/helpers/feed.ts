// A Feed as the store returns it, for tests of code that takes feeds: an active, primed feed.
import type { Feed } from '../../src/model.js';

const DAY = 86_400_000;

export function feedFixture(over: Partial<Feed> = {}, now = Date.UTC(2026, 10, 21, 12)): Feed {
  return {
    id: 1,
    url: 'https://a.example/feed',
    title: null,
    topic: null,
    status: 'active',
    disabledReason: null,
    etag: null,
    lastModified: null,
    intervalMinutes: null,
    nextCheckAt: now,
    lastCheckedAt: null,
    lastSuccessAt: now - DAY,
    lastErrorAt: null,
    lastErrorCode: null,
    lastError: null,
    consecutiveFailures: 0,
    consecutiveNotFound: 0,
    backfillSince: null,
    primedAt: now - DAY,
    lastItems: [],
    addedAt: now - 30 * DAY,
    addedBy: null,
    origin: 'admin',
    siteUrl: null,
    fullText: 'auto',
    ...over,
  };
}
