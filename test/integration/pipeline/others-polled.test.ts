// `once --now` builds its digest after the polls another live replica has in flight (feeds it
// holds leases on) and its rounds reading, waiting a bounded time; its own leases and leases that
// ran out do not hold it up. On both dialects.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { othersPolled } from '../../../src/pipeline/cycle.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { releaseLease, tryAcquireLease } from '../../../src/store/leases.js';
import { memoryLog, type MemoryLog } from '../../helpers/memory-log.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const T0 = Date.UTC(2026, 11, 6, 12);
const OTHER_HOST = 'replica-b.internal:4242:abcd1234';
const ME = 'replica-a.internal:1111:feedbeef';

describeStores('waiting for another replica’s poll', (open) => {
  let t: TestStore;
  let now: number;
  let mem: MemoryLog;
  let feedId: number;

  const lease = (owner: string | null, until: number | null) =>
    t.store.db.updateTable('feeds').set({ lease_owner: owner, lease_until: until }).where('id', '=', feedId).execute();

  const deps = () => ({
    store: t.store,
    owner: ME,
    now: () => now,
    log: mem.log,
  });

  beforeEach(async () => {
    t = await open();
    now = T0;
    mem = memoryLog();
    feedId = (await insertFeed(t.store.db, { url: 'https://news.example/feed.xml', now: T0, fullText: 'off' })).id;
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('waits while another replica holds a feed, and goes on once it lets go', async () => {
    await lease(OTHER_HOST, T0 + 600_000);
    let slept = 0;
    const done = await othersPolled(deps(), T0 + 60_000, async (ms) => {
      slept += 1;
      now += ms;
      if (slept === 3) await lease(null, null); // the other replica finished its poll
    });
    expect(done).toBe(true);
    expect(slept).toBe(3);
    expect(mem.lines.map((l) => l.msg)).toEqual(['waiting for another replica to finish polling']);
  });

  it('waits while another replica reads funding rounds from what it stored', async () => {
    expect(await tryAcquireLease(t.store.db, 'rounds-reader', OTHER_HOST, 600_000, T0)).toBe(true);
    let slept = 0;
    const done = await othersPolled(deps(), T0 + 60_000, async (ms) => {
      slept += 1;
      now += ms;
      if (slept === 2) await releaseLease(t.store.db, 'rounds-reader', OTHER_HOST);
    });
    expect(done).toBe(true);
    expect(slept).toBe(2);
  });

  it('gives up at the deadline and says so', async () => {
    await lease(OTHER_HOST, T0 + 600_000);
    let slept = 0;
    const done = await othersPolled(deps(), T0 + 2_000, async (ms) => {
      slept += 1;
      now += ms;
    });
    expect(done).toBe(false);
    expect(slept).toBe(4); // 500 ms steps up to the deadline, then no more
    expect(mem.lines.at(-1)).toMatchObject({ level: 40, owners: [OTHER_HOST] });
  });

  it.each([
    ['its own lease', ME],
    ['a lease that ran out', OTHER_HOST],
  ])('does not wait for %s', async (_what, owner) => {
    await lease(owner, owner === ME ? T0 + 600_000 : T0 - 1);
    const done = await othersPolled(deps(), T0 + 60_000, () => Promise.reject(new Error('must not wait')));
    expect(done).toBe(true);
    expect(mem.lines).toEqual([]);
  });
});
