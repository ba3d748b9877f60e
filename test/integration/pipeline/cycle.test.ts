// The bot's cycle end to end: a loopback feed server → poll → rounds → the due slot's digest →
// deliveries → the Slack stand-in, on both dialects. Slots run once whatever the timing:
// after downtime within the grace window, after it, with the event loop blocked across a slot,
// and with two replicas racing every job (PostgreSQL).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../src/config.js';
import { runCycle, type CycleDeps } from '../../../src/pipeline/cycle.js';
import { digestOps } from '../../../src/pipeline/run-slot.js';
import { listDestinations } from '../../../src/store/destinations.js';
import { drainUntilIdle } from '../../../src/bot/outbox/until-idle.js';
import { extractiveSummarizer } from '../../../src/digest/summarize/index.js';
import { silentLogger } from '../../../src/log.js';
import { createFetcher, type Fetcher } from '../../../src/sources/fetch/fetcher.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { openStore, type Store } from '../../../src/store/store.js';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { addDestination, FAST, posters } from '../../helpers/outbox.js';
import { startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';

const H = 3_600_000;
const DAY0 = Date.UTC(2026, 10, 21);
const at = (hours: number) => DAY0 + hours * H;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An RSS feed of the fixture stories, published in the hours before 14:00 on DAY0. */
function feedXml(): string {
  const items = STORY_FIXTURES.map(
    (f) =>
      `<item><title>${escape(f.title)}</title><link>https://news.example/${f.key}</link><guid>${f.key}</guid>` +
      `<pubDate>${new Date(at(14) - f.hoursAgo * H).toUTCString()}</pubDate><description>${escape(f.text)}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture Wire</title><link>https://news.example/</link>${items.join('')}</channel></rss>`;
}

describeStores('the bot cycle', (open, dialect) => {
  let t: TestStore;
  let feeds: LoopbackServer;
  let slack: SlackStandIn;
  let fetcher: Fetcher;
  let config: Config;

  beforeEach(async () => {
    t = await open();
    feeds = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(feedXml());
    });
    slack = await startSlackStandIn({ channels: ['C0DIGEST'] });
    config = loadConfig({ env: { FEED_ALLOW_PRIVATE: '127.0.0.1/32', LOG_LEVEL: 'silent' } });
    fetcher = createFetcher(config.fetch);
    await insertFeed(t.store.db, {
      url: feeds.url('/feed.xml'),
      topic: 'robotics',
      backfillSince: at(-48),
      now: at(13),
      fullText: 'off', // its items link off loopback
    });
    await addDestination(t.store.db, 'slack', 'C0DIGEST');
  });
  afterEach(async () => {
    await fetcher.close();
    await feeds.close();
    await slack.close();
    await t.cleanup();
  });

  const deps = (store: Store, owner: string, now: number): CycleDeps => ({
    store,
    config,
    log: silentLogger(),
    owner,
    fetcher,
    alert: async () => undefined,
    summarizer: () => extractiveSummarizer,
    now: () => now,
  });
  /** Drains until every delivery is settled (or a minute passed: the assertions then say what is left). */
  const drain = (store: Store, owner: string) =>
    drainUntilIdle(
      { db: store.db, posters: posters({ slack: slack.apiUrl }, 0), log: silentLogger(), owner, alert: async () => undefined },
      Date.now() + 60_000,
      FAST,
    );
  const sent = async (store: Store) => (await store.db.selectFrom('deliveries').select('status').execute()).map((d) => d.status);
  const digests = async (store: Store) =>
    (await store.db.selectFrom('digests').select(['id', 'slot_at']).orderBy('slot_at').execute()).map((d) => d.slot_at);
  /** `digest#part` of every digest message posted (chart uploads carry none), from its metadata. */
  const posted = () =>
    slack.messages.flatMap((m) => {
      const payload = (m.metadata as { event_payload?: { digest_id?: string; part?: number } } | null)?.event_payload;
      return payload ? [`${payload.digest_id}#${payload.part}`] : [];
    });

  it('catches up a slot missed while down, within the grace window, exactly once', async () => {
    const early = await runCycle(deps(t.store, 'a', at(14)));
    expect(early.poll.newArticles).toBe(STORY_FIXTURES.length);
    expect(early.outcomes).toEqual([]);
    // Down from 14:00 to 16:30: the 15:00 slot is 90 minutes late, inside the 3 h grace.
    const back = await runCycle(deps(t.store, 'a', at(16.5)));
    expect(back.outcomes).toEqual([
      {
        destinationId: expect.any(Number),
        slot: expect.objectContaining({ at: at(15) }),
        outcome: expect.objectContaining({ status: 'queued', empty: false }),
      },
    ]);
    const again = await runCycle(deps(t.store, 'a', at(16.6)));
    expect(again.outcomes.map((o) => o.outcome.status)).toEqual(['taken']);
    expect(await digests(t.store)).toEqual([at(15)]);
    await drain(t.store, 'a');
    await drain(t.store, 'a');
    const statuses = await sent(t.store);
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.every((s) => s === 'sent')).toBe(true);
    // One message per delivery part (the chart goes up as a file share without metadata).
    expect(slack.messages).toHaveLength(statuses.length);
    const parts = posted();
    expect(new Set(parts).size).toBe(parts.length);
    expect(JSON.stringify(slack.messages)).toContain('Harbor Robotics');
  });

  it('skips a slot missed beyond the grace window; the next slot runs normally and covers the news', async () => {
    await runCycle(deps(t.store, 'a', at(14)));
    const late = await runCycle(deps(t.store, 'a', at(18.5)));
    expect(late.outcomes).toEqual([]);
    expect(await digests(t.store)).toEqual([]);
    const next = await runCycle(deps(t.store, 'a', at(21) + 30_000));
    expect(next.outcomes.map((o) => o.outcome.status)).toEqual(['queued']);
    expect(await digests(t.store)).toEqual([at(21)]);
    const body = await t.store.db.selectFrom('digests').select('body').executeTakeFirstOrThrow();
    expect(JSON.parse(body.body).counts.articles).toBe(STORY_FIXTURES.length);
  });

  it('with the event loop blocked across the slot, the late wake-ups still build it once', async () => {
    await runCycle(deps(t.store, 'a', at(14.98)));
    const [x, y] = await Promise.all([runCycle(deps(t.store, 'a', at(15.12))), runCycle(deps(t.store, 'a', at(15.12)))]);
    const statuses = [...x.outcomes, ...y.outcomes].map((o) => o.outcome.status).sort();
    expect(statuses).toEqual(['queued', 'taken']);
    expect(await digests(t.store)).toEqual([at(15)]);
  });

  it('/digest preview writes nothing; /digest now queues one digest for this instant', async () => {
    await runCycle(deps(t.store, 'a', at(14)));
    const ops = digestOps({ store: t.store, config, log: silentLogger(), owner: 'a', summarizer: () => extractiveSummarizer });
    const [destination] = await listDestinations(t.store.db);
    const preview = await ops.preview(destination!, at(14.5));
    expect(preview.stories.length).toBeGreaterThan(3);
    expect(preview.slot.at).toBe(at(15));
    expect(await digests(t.store)).toEqual([]);
    expect(await ops.postNow(destination!, at(14.5))).toEqual({ digestId: expect.stringMatching(/^dg-/) });
    expect(await ops.postNow(destination!, at(14.5))).toEqual({ skipped: expect.any(String) });
    expect(await digests(t.store)).toEqual([at(14.5)]);
    const next = await runCycle(deps(t.store, 'a', at(15.1)));
    expect(next.outcomes.map((o) => o.outcome.status)).toEqual(['queued']);
    const body = await t.store.db.selectFrom('digests').select('body').where('slot_at', '=', at(15)).executeTakeFirstOrThrow();
    expect(JSON.parse(body.body).empty).toBe(true); // everything went out with the unscheduled digest
  });

  it.runIf(dialect === 'postgres')('two replicas racing every job: one digest and one message per part', async () => {
    const replica = await openStore(t.options);
    try {
      await Promise.all([runCycle(deps(t.store, 'a', at(14))), runCycle(deps(replica, 'b', at(14)))]);
      const count = await t.store.db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(STORY_FIXTURES.length);
      const [a, b] = await Promise.all([runCycle(deps(t.store, 'a', at(15.05))), runCycle(deps(replica, 'b', at(15.05)))]);
      expect([...a.outcomes, ...b.outcomes].map((o) => o.outcome.status).sort()).toEqual(['queued', 'taken']);
      await Promise.all([drain(t.store, 'a'), drain(replica, 'b')]);
      await Promise.all([drain(t.store, 'a'), drain(replica, 'b')]);
      const statuses = await sent(t.store);
      expect(statuses.every((s) => s === 'sent')).toBe(true);
      expect(slack.messages).toHaveLength(statuses.length);
      const parts = posted();
      expect(new Set(parts).size).toBe(parts.length);
      expect(await digests(t.store)).toEqual([at(15)]);
    } finally {
      await replica.close();
    }
  });
});
