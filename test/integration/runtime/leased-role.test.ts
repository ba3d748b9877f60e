import { afterEach, beforeEach, expect, it } from 'vitest';
import { leasedRole, type Role } from '../../../src/runtime/leased-role.js';
import { silentLogger } from '../../../src/log.js';
import { openStore, type Store } from '../../../src/store/store.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';
import { waitFor } from '../../helpers/wait.js';

function recordingRole(log: string[], name: string): Role {
  return { start: async () => void log.push(`${name} start`), stop: async () => void log.push(`${name} stop`) };
}

describeStores('a role held by one replica', (open) => {
  let t: TestStore;
  let other: Store;
  beforeEach(async () => {
    t = await open();
    other = await openStore(t.options);
  });
  afterEach(async () => {
    await other.close();
    await t.cleanup();
  });

  it('runs on exactly one replica and moves to another when the holder stops', async () => {
    const log: string[] = [];
    const opts = { ttlMs: 400, everyMs: 50 };
    const a = leasedRole(t.store.db, 'discord-gateway', 'replica-a', recordingRole(log, 'a'), silentLogger(), opts);
    const b = leasedRole(other.db, 'discord-gateway', 'replica-b', recordingRole(log, 'b'), silentLogger(), opts);
    // start() resolves after each replica's first try: one of them got the lease, the other did not.
    await Promise.all([a.start(), b.start()]);
    expect([a.holding(), b.holding()].filter(Boolean)).toHaveLength(1);
    const [holder, standby] = a.holding() ? [a, b] : [b, a];
    await holder.stop();
    await waitFor(() => standby.holding(), { what: 'the standby replica to take the role' });
    expect(standby.holding()).toBe(true);
    await standby.stop();
    const starts = log.filter((l) => l.endsWith('start'));
    expect(starts).toHaveLength(2);
    expect(new Set(starts).size).toBe(2);
    expect(log.filter((l) => l.endsWith('stop'))).toHaveLength(2);
  });
});
