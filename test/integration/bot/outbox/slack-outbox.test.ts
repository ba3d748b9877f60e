// The outbox through the real Slack Web API client against the Slack stand-in: exactly one message
// per part, whatever the platform answers.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { deliveriesOfDigest } from '../../../../src/store/deliveries.js';
import { startSlackStandIn, type SlackStandIn } from '../../../stand-ins/slack-api.js';
import { sampleDigest, randomDigest } from '../../../fixtures/digests.js';
import { tinyPng } from '../../../fixtures/png.js';
import { describeStores, type TestStore } from '../../../helpers/stores.js';
import { addDestination, drainAll, harness, posters, storeAndQueue, total } from '../../../helpers/outbox.js';
import { startTsProcess } from '../../../helpers/spawn.js';
import { waitFor } from '../../../helpers/wait.js';

const DRAINER = new URL('../../../helpers/drain-process.ts', import.meta.url);

const CH = 'C0DIGEST';

describeStores('Slack outbox', (open) => {
  let t: TestStore;
  let slack: SlackStandIn;
  beforeEach(async () => {
    t = await open();
    slack = await startSlackStandIn({ channels: [CH, 'C0ADMIN'] });
  });
  afterEach(async () => {
    await slack.close();
    await t.cleanup();
  });

  async function queueSample(chart = true) {
    const destinationId = await addDestination(t.store.db, 'slack', CH);
    const d = sampleDigest({ destinationId });
    const parts = await storeAndQueue(t.store, d, 'slack', chart ? tinyPng() : null);
    return { d, parts };
  }

  it('posts the parent, the chart and the thread replies once each, with metadata naming the part', async () => {
    const { d, parts } = await queueSample();
    const h = harness(t.store.db, posters({ slack: slack.apiUrl }, 20));
    await drainAll(h);
    expect(slack.messages).toHaveLength(parts);
    const [parent, chart, stories] = slack.messages;
    expect(parent!.threadTs).toBeNull();
    expect(parent!.metadata).toEqual({
      event_type: 'digestbot_digest_part',
      event_payload: { digest_id: d.id, part: 0, parts: 3 },
    });
    expect(chart!.threadTs).toBe(parent!.ts);
    expect(chart!.files).toEqual([
      expect.objectContaining({ name: expect.stringMatching(/^digest-chart-[0-9a-f]{16}-1\.png$/), bytes: tinyPng().length }),
    ]);
    expect(stories!.threadTs).toBe(parent!.ts);
    expect(JSON.stringify(stories!.blocks)).toContain('Warehouse pilot doubles its fleet');
    expect((await deliveriesOfDigest(t.store.db, d.id)).map((x) => x.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('waits out a 429 (Retry-After) and still posts every part once', async () => {
    const { parts } = await queueSample(false);
    slack.fault('chat.postMessage', { kind: 'status', status: 429, retryAfterSec: 1 });
    const h = harness(t.store.db, posters({ slack: slack.apiUrl }, 20));
    const reports = await drainAll(h);
    expect(total(reports, 'rate_limited')).toBe(1);
    expect(slack.messages).toHaveLength(parts);
    const posts = slack.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(parts + 1);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('after a 5xx, looks for the part before sending it again, then posts it once', async () => {
    const { parts } = await queueSample(false);
    slack.fault('chat.postMessage', { kind: 'status', status: 503 });
    const h = harness(t.store.db, posters({ slack: slack.apiUrl }, 20));
    const reports = await drainAll(h);
    expect(total(reports, 'retry')).toBe(1);
    expect(slack.calls.map((c) => c.method).slice(0, 3)).toEqual([
      'chat.postMessage',
      'conversations.history',
      'chat.postMessage',
    ]);
    expect(slack.messages).toHaveLength(parts);
  });

  it('when the answer to a post is lost, finds the message by its metadata instead of posting it again', async () => {
    const { d, parts } = await queueSample(true);
    slack.fault('chat.postMessage', { kind: 'drop' });
    slack.fault('files.completeUploadExternal', { kind: 'drop' });
    const h = harness(t.store.db, posters({ slack: slack.apiUrl }, 20));
    const reports = await drainAll(h);
    expect(total(reports, 'found')).toBe(2);
    expect(slack.messages).toHaveLength(parts);
    const states = await deliveriesOfDigest(t.store.db, d.id);
    expect(states.map((s) => s.platformMessageId)).toEqual([slack.messages[0]!.ts, 'F1', slack.messages[2]!.ts]);
    expect(slack.calls.some((c) => c.method === 'conversations.replies')).toBe(true);
  });

  it('sends the table-free version to a workspace that refuses table blocks', async () => {
    await slack.close();
    slack = await startSlackStandIn({ channels: [CH], tables: false });
    const { parts } = await queueSample(false);
    await drainAll(harness(t.store.db, posters({ slack: slack.apiUrl }, 20)));
    expect(slack.messages).toHaveLength(parts);
    expect(slack.messages[0]!.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(JSON.stringify(slack.messages[0]!.blocks)).toContain('*Kinetica* · €30M (~$32.5M)');
  });

  it('splits a long digest into a parent and thread replies Slack accepts, in order', async () => {
    const destinationId = await addDestination(t.store.db, 'slack', CH);
    const d = { ...randomDigest(7, { takeaways: 8, rounds: 140, stories: 60, words: 200, sourcesPerItem: 6 }), destinationId };
    const parts = await storeAndQueue(t.store, d, 'slack', tinyPng());
    expect(parts).toBeGreaterThan(4);
    await drainAll(harness(t.store.db, posters({ slack: slack.apiUrl })), undefined, { rounds: 10_000, ms: 60_000 });
    expect(slack.messages).toHaveLength(parts);
    expect(slack.messages.slice(1).every((m) => m.threadTs === slack.messages[0]!.ts)).toBe(true);
    expect(slack.messages.filter((m) => m.metadata).map((m) => (m.metadata!.event_payload as { part: number }).part)).toEqual(
      [...Array(parts).keys()].filter((i) => slack.messages[i]!.files.length === 0),
    );
    // One post per channel per second.
    const gaps = slack.messages.slice(1).map((m, i) => m.at - slack.messages[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(990);
  });

  it('disables a destination that refuses three posts in a row and tells the admins', async () => {
    await slack.close();
    slack = await startSlackStandIn({ channels: ['C0ADMIN'] });
    const { d } = await queueSample(false);
    const h = harness(t.store.db, posters({ slack: slack.apiUrl }, 20));
    await drainAll(h);
    expect(slack.messages).toHaveLength(0);
    const dest = await t.store.db
      .selectFrom('destinations')
      .selectAll()
      .where('id', '=', d.destinationId)
      .executeTakeFirstOrThrow();
    expect(dest.enabled).toBe(0);
    expect(dest.disabled_reason).toMatch(/refused 3 posts in a row \(last: 404 channel_not_found\)/);
    expect(h.alerts).toEqual([expect.stringContaining(`Disabled destination slack:${CH}`)]);
    expect((await deliveriesOfDigest(t.store.db, d.id))[0]).toMatchObject({ status: 'pending', attempts: 3 });
  });

  it('fails a delivery visibly after 8 attempts, and the later parts with it', async () => {
    const { d } = await queueSample(false);
    for (let i = 0; i < 8; i++) slack.fault('chat.postMessage', { kind: 'status', status: 500 });
    const h = harness(t.store.db, posters({ slack: slack.apiUrl }, 20));
    await drainAll(h);
    expect(slack.messages).toHaveLength(0);
    const states = await deliveriesOfDigest(t.store.db, d.id);
    expect(states.map((s) => s.status)).toEqual(['failed', 'failed']);
    expect(states[0]).toMatchObject({ attempts: 8, lastError: '500 HTTP 500' });
    expect(h.alerts).toEqual([
      expect.stringMatching(/^Delivery failed: digest d-2026-11-21T15-dest1 part 1 to slack:C0DIGEST after 8 attempt\(s\): 500/),
    ]);
  });

  it('a drainer killed between posting and marking: the next one finds the message once its lease runs out', async () => {
    const { d, parts } = await queueSample(false);
    slack.fault('chat.postMessage', { kind: 'hang' });
    const job = {
      options: t.options,
      slack: slack.apiUrl,
      owner: 'doomed',
      leaseMs: 1500,
      all: false,
      slackGapMs: 20,
    };
    const { child, output } = startTsProcess(DRAINER, [JSON.stringify(job)]);
    await waitFor(() => slack.messages.length === 1, { what: 'the first post', on: [slack.events] });
    child.kill('SIGKILL');
    await output;
    expect((await deliveriesOfDigest(t.store.db, d.id))[0]!.status).toBe('sending');
    const reports = await drainAll(harness(t.store.db, posters({ slack: slack.apiUrl }, 20), 'survivor', job.leaseMs));
    expect(total(reports, 'found')).toBe(1);
    expect(slack.messages).toHaveLength(parts);
    expect((await deliveriesOfDigest(t.store.db, d.id)).map((s) => s.platformMessageId)).toEqual(slack.messages.map((m) => m.ts));
  });
});
