// The fault suite (`npm run faults`, scripts/faults.ts) cut down for CI: `digestbot once --now`
// killed with SIGKILL at a few points of its delivery (a post as it arrives, a post stored whose
// answer never came, the chart upload) and finished by `digestbot once`; then a storm of 429s with
// Retry-After on both platforms; SIGTERM while a feed answer hangs: `once` hands the feed back and
// exits 143, then a new `once --now` must poll that feed (decision 0033). Every part reaches each
// platform once, in order, and no mention leaks.
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { SOURCE_CLI } from '../helpers/cli.js';
import { gate, waitFor } from '../helpers/wait.js';
import type { ChatWorld } from '../helpers/chat-world.js';
import { NO_COUNTS } from '../helpers/delivery-count.js';
import {
  countWorld,
  faultEach,
  finishQueued,
  routeArrivals,
  startFaultWorld,
  strikeDuring,
  type Strike,
} from '../helpers/fault-world.js';

const STRIKES: Strike[] = [
  { route: 'chat.postMessage', nth: 2, when: 'arrival' },
  { route: 'POST /channels/:id/messages', nth: 1, when: 'posted' },
  { route: 'files.completeUploadExternal', nth: 1, when: 'posted' },
];
const STORM = 8;

describe('the fault suite, reduced', () => {
  let world: ChatWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  const exactlyOnce = async (w: ChatWorld) => {
    const counts = await countWorld(w);
    expect(counts.expected).toBeGreaterThanOrEqual(4);
    expect(counts).toEqual({ ...NO_COUNTS, expected: counts.expected, delivered: counts.expected });
  };

  it.each(STRIKES)('kill -9 at $route #$nth ($when), then a restart: every part once, in order', async (s) => {
    world = await startFaultWorld({ cli: SOURCE_CLI });
    const killed = await strikeDuring(world, ['once', '--now'], s, (c: ChildProcess) => c.kill('SIGKILL'));
    expect(killed.code).toBeNull();
    const finish = await finishQueued(world);
    expect(finish.stderr).toBe('');
    expect(finish.stdout).toMatch(/ 0 failed, 0 still queued/);
    await exactlyOnce(world);
  });

  it(`${STORM} consecutive 429s on each platform: each Retry-After waited out, every part once`, async () => {
    world = await startFaultWorld({ cli: SOURCE_CLI });
    for (const route of ['chat.postMessage', 'POST /channels/:id/messages'] as const)
      faultEach(world, route, Array(STORM).fill({ kind: 'status', status: 429, retryAfterSec: 1 }));
    const r = await world.cli(['once', '--now']);
    expect(r.code).toBe(0);
    for (const route of ['chat.postMessage', 'POST /channels/:id/messages'] as const) {
      const at = routeArrivals(world, route);
      expect(at.length).toBeGreaterThan(STORM);
      for (let i = 0; i < STORM; i++) expect(at[i + 1]! - at[i]!).toBeGreaterThanOrEqual(1000);
    }
    await exactlyOnce(world);
  });

  it('SIGTERM while a feed answer hangs: once hands the feed back, and the next once --now polls it and posts every part once', async () => {
    const hold = gate();
    let holding = false;
    let held = 0;
    world = await startFaultWorld({
      cli: SOURCE_CLI,
      beforeFeed: async () => {
        if (!holding) return;
        held++;
        await hold.passed;
      },
    });
    holding = true;
    let child: ChildProcess | undefined;
    const first = world.cli(['once', '--now'], {}, { started: (c) => (child = c) });
    await waitFor(() => held > 0, { what: 'the poll to reach the feed', everyMs: 20, timeoutMs: 120_000 });
    child!.kill('SIGTERM');
    const stopped = await first;
    // It hands the feed back itself (a replica on another host need not wait out the lease) and says so.
    expect(stopped.code).toBe(143);
    expect(stopped.stderr).toMatch(/stopped by SIGTERM; handed back 1 feed being polled and 0 parts being posted/);
    const store = await openStore({ dataDir: world.env.DIGESTBOT_DATA_DIR! });
    try {
      expect(await store.db.selectFrom('feeds').select('lease_owner').execute()).toEqual([{ lease_owner: null }]);
    } finally {
      await store.close();
    }
    holding = false;
    hold.open();
    const again = await world.cli(['once', '--now']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^polled 1 feed, 9 new articles$/m);
    await exactlyOnce(world);
  });
});
