import { describe, expect, it } from 'vitest';
import type { Feed } from '../../../src/model.js';
import { createFeedQueue } from '../../../src/sources/feed-queue.js';
import { feedFixture } from '../../helpers/feed.js';

const feed = (id: number, host: string): Feed => feedFixture({ id, url: `https://${host}/feed/${id}` });

/** A claim that hands out `batches` one after another, then nothing. */
const claims = (...batches: Feed[][]) => {
  const calls: number[] = [];
  let n = 0;
  return { calls, claim: async () => (calls.push(n), batches[n++] ?? []) };
};

const pending = <T>(p: Promise<T>) => {
  let done = false;
  void p.then(() => (done = true));
  return async () => {
    await new Promise((r) => setImmediate(r));
    return done;
  };
};

describe('feed queue', () => {
  it('hands out a feed of an idle host before more feeds of a busy one', async () => {
    const { claim } = claims([feed(1, 'a'), feed(2, 'a'), feed(3, 'a'), feed(4, 'b')]);
    const q = createFeedQueue({ claim, perHost: 2, window: 10 });
    const ids = [(await q.next())!.id, (await q.next())!.id, (await q.next())!.id];
    expect(ids).toEqual([1, 2, 4]);
  });

  it('waits for a host connection when the window is full of feeds of busy hosts', async () => {
    const { claim, calls } = claims([feed(1, 'a'), feed(2, 'a')], [feed(3, 'b')]);
    const q = createFeedQueue({ claim, perHost: 1, window: 1 });
    const first = (await q.next())!;
    const second = q.next();
    const settled = pending(second);
    expect(await settled()).toBe(false);
    expect(calls).toEqual([0]);
    q.fetched(first);
    expect((await second)!.id).toBe(2);
  });

  it('claims again when the queue runs low, ignores feeds claimed twice, and ends when claims run dry', async () => {
    const { claim, calls } = claims([feed(1, 'a'), feed(2, 'b')], [feed(2, 'b'), feed(3, 'c')]);
    const q = createFeedQueue({ claim, perHost: 1, window: 4 });
    const got: number[] = [];
    for (let f = await q.next(); f; f = await q.next()) {
      got.push(f.id);
      q.fetched(f);
    }
    expect(got).toEqual([1, 2, 3]);
    expect(calls).toEqual([0, 1, 2]);
  });
});
