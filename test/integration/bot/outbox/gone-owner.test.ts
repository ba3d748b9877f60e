// A drainer killed mid-post on this host (its lease owner names its pid, as production's does):
// the next drainer takes the part over at once instead of waiting out the 180 s lease and the 90 s
// pacing turn of the channel, looks for the message the dead one posted, and marks it sent without
// posting it again (decision 0033).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { deliveriesOfDigest } from '../../../../src/store/deliveries.js';
import { DEFAULT_OUTBOX_OPTIONS } from '../../../../src/bot/outbox/types.js';
import { startSlackStandIn, type SlackStandIn } from '../../../stand-ins/slack-api.js';
import { sampleDigest } from '../../../fixtures/digests.js';
import { describeStores, type TestStore } from '../../../helpers/stores.js';
import { addDestination, drainAll, FAST, harness, posters, storeAndQueue, total } from '../../../helpers/outbox.js';
import { startTsProcess } from '../../../helpers/spawn.js';
import { waitFor } from '../../../helpers/wait.js';

const DRAINER = new URL('../../../helpers/drain-process.ts', import.meta.url);
const CH = 'C0DIGEST';

describeStores('a drainer that is gone', (open) => {
  let t: TestStore;
  let slack: SlackStandIn;
  beforeEach(async () => {
    t = await open();
    slack = await startSlackStandIn({ channels: [CH] });
  });
  afterEach(async () => {
    await slack.close();
    await t.cleanup();
  });

  it('leaves no lease to wait out: its part is found, not posted again, and the rest follow', async () => {
    const destinationId = await addDestination(t.store.db, 'slack', CH);
    const d = sampleDigest({ destinationId });
    const parts = await storeAndQueue(t.store, d, 'slack', null);
    slack.fault('chat.postMessage', { kind: 'hang' });
    const { leaseMs: lease, turnHoldMs } = DEFAULT_OUTBOX_OPTIONS;
    const job = {
      options: t.options,
      slack: slack.apiUrl,
      owner: 'this-process',
      leaseMs: lease,
      turnHoldMs,
      all: false,
      slackGapMs: 20,
    };
    const { child, output } = startTsProcess(DRAINER, [JSON.stringify(job)]);
    await waitFor(() => slack.messages.length === 1, { what: 'the first post', on: [slack.events] });
    child.kill('SIGKILL');
    await output;
    const [first] = await deliveriesOfDigest(t.store.db, d.id);
    expect(first).toMatchObject({ status: 'sending' });
    // The survivor keeps the production lease; the time bound is far below it, so only a takeover finishes.
    const reports = await drainAll(
      harness(t.store.db, posters({ slack: slack.apiUrl }, 20)),
      { ...FAST, leaseMs: lease },
      {
        rounds: 10_000,
        ms: lease / 4,
      },
    );
    expect(total(reports, 'found')).toBe(1);
    expect(slack.messages).toHaveLength(parts);
    expect((await deliveriesOfDigest(t.store.db, d.id)).map((s) => s.platformMessageId)).toEqual(slack.messages.map((m) => m.ts));
  });
});
