// parseFeed hands large input to a worker thread (loaded from worker.ts through tsx under vitest).
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/errors.js';
import { parseFeed, parseFeedSync } from '../../../../src/sources/parse/index.js';
import { newsFeed } from '../../../helpers/news-feed.js';

describe('parseFeed offload', () => {
  it('parses on a worker thread with the same result, and the event loop keeps running', { timeout: 60_000 }, async () => {
    const xml = newsFeed(600);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const pending = parseFeed(xml, { offloadBytes: 0, url: 'https://news.example/feed' });
    const feed = await pending;
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(feed).toEqual(parseFeedSync(xml, { url: 'https://news.example/feed' }));
    expect(feed.items).toHaveLength(600);
  });

  it('carries the worker error code back as an AppError', { timeout: 60_000 }, async () => {
    const err = await parseFeed('<html><body>not a feed</body></html>', { offloadBytes: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NOT_A_FEED');
  });

  it('parses small input on the calling thread', async () => {
    const feed = await parseFeed('<rss><channel><title>small</title></channel></rss>');
    expect(feed.title).toBe('small');
  });
});
