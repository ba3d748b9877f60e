// How the cycle's writer groups outcomes into commits (the store side is faked here; the real
// writes on both dialects are in test/integration/sources/check-writer.test.ts).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { NewArticle } from '../../../src/store/articles.js';
import type { CheckOutcome } from '../../../src/store/check-outcomes.js';
import { batchedWriter, type BatchWriter } from '../../../src/sources/check-writer.js';

const outcome = (feedId: number, articles = 0): CheckOutcome =>
  ({
    feedId,
    owner: 'me',
    articles: Array.from({ length: articles }, (_, n) => ({ feedId, itemKey: `i${n}` }) as NewArticle),
    check: { checkedAt: 0, nextCheckAt: 1, consecutiveFailures: 0, consecutiveNotFound: 0 },
  }) as CheckOutcome;

/** A batch writer that records each batch and answers it at once. */
function recordingWriter(gatherMs = 20) {
  const batches: number[][] = [];
  const writer: BatchWriter = {
    gatherMs,
    write: (outcomes) => {
      batches.push(outcomes.map((o) => o.feedId));
      return Promise.resolve(outcomes.map(() => []));
    },
    claim: () => Promise.resolve([]),
    close: () => Promise.resolve(),
  };
  return { writer, batches };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

// The gathering wait is a timer; faked, a batch goes only when it is full or the test says the
// time is up, whatever the machine's load.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

it('joins outcomes that arrive over several turns of the event loop into one commit while the batch is small', async () => {
  const { writer, batches } = recordingWriter();
  const checks = batchedWriter(writer, 64);
  const written: Promise<unknown>[] = [];
  for (let feed = 1; feed <= 5; feed++) {
    written.push(checks.write(outcome(feed, 3)));
    await nextTurn();
  }
  expect(batches).toEqual([]);
  await vi.advanceTimersByTimeAsync(20);
  await Promise.all(written);
  expect(batches).toEqual([[1, 2, 3, 4, 5]]);
});

it('writes a batch as soon as it holds enough articles, without waiting for more', async () => {
  const { writer, batches } = recordingWriter();
  const checks = batchedWriter(writer, 64);
  const first = checks.write(outcome(1, 300));
  await nextTurn();
  const second = checks.write(outcome(2, 300));
  // 600 articles are enough: the batch goes now, and this outcome resolves without any other.
  await Promise.all([first, second]);
  expect(batches).toEqual([[1, 2]]);
});

it('writes a lone outcome on its own when nothing else comes', async () => {
  const { writer, batches } = recordingWriter();
  const checks = batchedWriter(writer, 64);
  const lone = checks.write(outcome(7, 1));
  await vi.advanceTimersByTimeAsync(20);
  await expect(lone).resolves.toEqual([]);
  expect(batches).toEqual([[7]]);
});

it('keeps a batch within 200 checks and 1,000 articles', async () => {
  const { writer, batches } = recordingWriter();
  const checks = batchedWriter(writer, 64);
  const all = Promise.all([
    ...Array.from({ length: 250 }, (_, i) => checks.write(outcome(i))),
    checks.write(outcome(1000, 900)),
    checks.write(outcome(1001, 200)),
  ]);
  await vi.advanceTimersByTimeAsync(20);
  await all;
  expect(batches.map((b) => b.length)).toEqual([200, 51, 1]);
  expect(batches.flat()).toHaveLength(252);
});

it('ends the wait once every caller waits for its write (nothing more can come)', async () => {
  const { writer, batches } = recordingWriter();
  const checks = batchedWriter(writer, 3);
  const written: Promise<unknown>[] = [];
  for (let feed = 1; feed <= 3; feed++) {
    written.push(checks.write(outcome(feed, 1)));
    await nextTurn();
  }
  await Promise.all(written); // no timer advanced: the third caller ended the wait
  expect(batches).toEqual([[1, 2, 3]]);
});

it('writes at once where batches are not gathered (PostgreSQL)', async () => {
  const { writer, batches } = recordingWriter(0);
  const checks = batchedWriter(writer, 64);
  await expect(checks.write(outcome(9, 1))).resolves.toEqual([]);
  expect(batches).toEqual([[9]]);
});
