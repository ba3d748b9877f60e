// The cycle's writer: outcomes written together give the same results as one by one, and one
// bad outcome fails alone (on SQLite through the writer thread, on PostgreSQL in-process).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { NewArticle } from '../../../src/store/articles.js';
import { getFeed, insertFeed, type FeedCheck } from '../../../src/store/feeds.js';
import { createCheckWriter, type CheckWriter } from '../../../src/sources/check-writer.js';
import { createPollThreads, type PollThreads } from '../../../src/sources/poll-threads.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const NOW = Date.UTC(2026, 10, 21, 12);
const LEASE = 600_000;

const article = (feedId: number, n: number, url: string): NewArticle => ({
  feedId,
  itemKey: `item-${n}`,
  canonicalUrl: url,
  url,
  title: `Story ${n}`,
  text: `What story ${n} says.`,
  author: null,
  publishedAt: NOW - 1000,
  categories: [],
  contentHash: `hash-${n}`,
  digestEligible: true,
  outlet: 'Outlet',
  topic: null,
  now: NOW,
});

const ok = (at: number): FeedCheck => ({
  checkedAt: at,
  nextCheckAt: at + 3_600_000,
  consecutiveFailures: 0,
  consecutiveNotFound: 0,
  success: { etag: '"v1"', lastModified: null, title: null, primed: true },
});

describeStores('check writer', (open) => {
  let t: TestStore;
  let writer: CheckWriter;
  let threads: PollThreads;
  beforeEach(async () => {
    t = await open();
    threads = createPollThreads();
    writer = createCheckWriter(t.store, threads, 8);
  });
  afterEach(async () => {
    await writer.close();
    await threads.close();
    await t.cleanup();
  });

  const leasedFeeds = async (n: number) => {
    for (let i = 0; i < n; i++) await insertFeed(t.store.db, { url: `https://outlet${i}.example/feed`, now: NOW });
    return writer.claim({ owner: 'me', now: NOW, dueBy: NOW, limit: n, leaseMs: LEASE });
  };

  it(
    'claims through its connection, and commits outcomes written together with per-outcome results',
    { timeout: 30_000 },
    async () => {
      const [a, b, c] = await leasedFeeds(3);
      expect([a, b, c].every((f) => f !== undefined)).toBe(true);
      const shared = 'https://wire.example/story';
      const [ra, rb, rc] = await Promise.all([
        writer.write({
          feedId: a!.id,
          owner: 'me',
          articles: [article(a!.id, 1, shared), article(a!.id, 2, 'https://a.example/2')],
          check: ok(NOW),
        }),
        writer.write({ feedId: b!.id, owner: 'me', articles: [article(b!.id, 1, shared)], check: ok(NOW) }),
        writer.write({ feedId: c!.id, owner: 'me', articles: [], check: ok(NOW) }),
      ]);
      expect(ra!.map((r) => r.isNew)).toEqual([true, true]);
      expect(rb).toEqual([{ articleId: ra![0]!.articleId, isNew: false }]);
      expect(rc).toEqual([]);
      for (const f of [a!, b!, c!])
        expect(await getFeed(t.store.db, f.id)).toMatchObject({ lastSuccessAt: NOW, etag: '"v1"', nextCheckAt: NOW + 3_600_000 });
      const leased = await t.store.db.selectFrom('feeds').select('id').where('lease_owner', 'is not', null).execute();
      expect(leased).toEqual([]);
    },
  );

  it('fails a bad outcome alone: the others of its batch are committed', { timeout: 30_000 }, async () => {
    const [a, b] = await leasedFeeds(2);
    const missingFeed = 999_999; // feed_items refers to feeds: this row cannot be stored
    const results = await Promise.allSettled([
      writer.write({ feedId: a!.id, owner: 'me', articles: [article(a!.id, 1, 'https://a.example/1')], check: ok(NOW) }),
      writer.write({
        feedId: missingFeed,
        owner: 'me',
        articles: [article(missingFeed, 2, 'https://x.example/2')],
        check: ok(NOW),
      }),
      writer.write({ feedId: b!.id, owner: 'me', articles: [article(b!.id, 3, 'https://b.example/3')], check: ok(NOW) }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const titles = await t.store.db.selectFrom('articles').select('title').orderBy('title').execute();
    expect(titles.map((r) => r.title)).toEqual(['Story 1', 'Story 3']);
  });
});
