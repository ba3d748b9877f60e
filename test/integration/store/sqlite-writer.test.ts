// The SQLite writer thread never checkpoints at commit; its checkpointer thread does, and keeps
// the WAL from growing with every batch the writer appends.
import { statSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { NewArticle } from '../../../src/store/articles.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { createSqliteWriter, type SqliteWriter } from '../../../src/store/sqlite-writer.js';
import { openSqliteTestStore, type TestStore } from '../../helpers/stores.js';
import { waitFor } from '../../helpers/wait.js';

const NOW = Date.UTC(2026, 10, 21, 12);
const FRAME_BYTES = 4096 + 24;
const BATCHES = 60;

const article = (feedId: number, n: number): NewArticle => ({
  feedId,
  itemKey: `item-${n}`,
  canonicalUrl: `https://outlet.example/${feedId}/${n}`,
  url: `https://outlet.example/${feedId}/${n}`,
  title: `Story ${n}`,
  text: `Paragraph ${n} of a long story about warehouse robots and their funding. `.repeat(60),
  author: null,
  publishedAt: NOW - 1000,
  categories: [],
  contentHash: `hash-${feedId}-${n}`,
  digestEligible: true,
  outlet: 'Outlet',
  topic: null,
  now: NOW,
});

/** Waits (bounded) until the checkpointer has copied pages into the database file: it is running. */
async function checkpointed() {
  const size = statSync(t.store.location).size;
  await waitFor(() => statSync(t.store.location).size > size, { what: 'the checkpointer to copy pages into the file' });
}

let t: TestStore;
let writer: SqliteWriter;
beforeEach(async () => {
  t = await openSqliteTestStore();
});
afterEach(async () => {
  await writer.close();
  await t.cleanup();
});

it('checkpoints on its own thread, so the WAL stays near its bound however much is written', { timeout: 60_000 }, async () => {
  const walFramesBeforeWait = 40;
  writer = createSqliteWriter(t.store.location, { walFramesBeforeWait });
  const feed = await insertFeed(t.store.db, { url: 'https://outlet.example/feed', now: NOW });
  const [leased] = await writer.claim({ owner: 'me', now: NOW, dueBy: NOW, limit: 1, leaseMs: 600_000 });
  expect(leased?.id).toBe(feed.id);
  await sql`pragma wal_checkpoint(truncate)`.execute(t.store.db);
  const walBytes = () => statSync(`${t.store.location}-wal`).size;
  let firstBatch = 0;
  for (let b = 0; b < BATCHES; b++) {
    if (b === 1) await checkpointed();
    const articles = Array.from({ length: 10 }, (_, i) => article(feed.id, b * 10 + i));
    const [results] = await writer.writeOutcomes([
      {
        feedId: feed.id,
        owner: 'me',
        articles,
        check: { checkedAt: NOW, nextCheckAt: NOW, consecutiveFailures: 0, consecutiveNotFound: 0 },
      },
    ]);
    expect(results!.every((r) => r.isNew)).toBe(true);
    if (b === 0) firstBatch = walBytes();
  }
  const stored = await t.store.db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(stored.n)).toBe(BATCHES * 10);
  // The WAL started empty, so its size is the most it ever held. Without checkpoints it would hold
  // every batch; here, the bound and the batches written while a checkpoint ran.
  const walFrames = walBytes() / FRAME_BYTES;
  const writtenFrames = (firstBatch / FRAME_BYTES) * BATCHES;
  expect(walFrames).toBeGreaterThanOrEqual(walFramesBeforeWait);
  expect(walFrames).toBeLessThan(writtenFrames / 4);
});
