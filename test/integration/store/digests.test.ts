import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Destination, Digest } from '../../../src/model.js';
import { insertArticlesIfNew } from '../../../src/store/article-batch.js';
import { insertArticleIfNew } from '../../../src/store/articles.js';
import { articlesForDestination, earlierHeadlines, latestDigest, saveDigest } from '../../../src/store/digests.js';
import { upsertDestination } from '../../../src/store/destinations.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { claimSlotRun, finishSlotRun, lastFinishedSlot } from '../../../src/store/slot-runs.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const SLOT = Date.UTC(2026, 10, 21, 15);
const H = 3_600_000;

function digest(dest: Destination, slotAt = SLOT): Digest {
  return {
    id: `d${dest.id}-${slotAt}`,
    name: 'Test',
    slot: { at: slotAt, label: 'x' },
    destinationId: dest.id,
    status: { lastSlot: null, nextSlot: { at: slotAt + 6 * H, label: 'y' } },
    counts: { articles: 0, sources: 0, stories: 0 },
    empty: true,
    tldr: '',
    takeaways: [],
    rounds: { items: [], totalUsd: 0 },
    stories: [],
    footer: { topics: [], readingMinutes: 0 },
  };
}

describeStores('digests and slot runs', (open) => {
  let t: TestStore;
  let dest: Destination;
  let robotics: Destination;
  const ids: Record<string, number> = {};

  beforeEach(async () => {
    t = await open();
    const db = t.store.db;
    const feed = await insertFeed(db, { url: 'https://a.example/feed', now: SLOT - 10 * H });
    dest = await upsertDestination(db, { platform: 'slack', channelId: 'C1', topics: [], emptyDigest: 'short', now: 0 });
    robotics = await upsertDestination(db, {
      platform: 'discord',
      channelId: '42',
      topics: ['robotics'],
      emptyDigest: 'short',
      now: 0,
    });
    const add = async (key: string, seenAt: number, topic: string | null, eligible = true) => {
      const r = await insertArticleIfNew(db, {
        feedId: feed.id,
        itemKey: key,
        canonicalUrl: `https://a.example/${key}`,
        url: `https://a.example/${key}`,
        title: key,
        text: key,
        author: null,
        publishedAt: seenAt,
        categories: [],
        contentHash: key,
        digestEligible: eligible,
        outlet: 'A',
        topic,
        now: seenAt,
      });
      ids[key] = r.articleId;
    };
    await add('old', SLOT - 72 * H, 'robotics');
    await add('robot', SLOT - 2 * H, 'robotics');
    await add('chips', SLOT - 1 * H, 'chips');
    await add('primed', SLOT - 1 * H, 'robotics', false);
    await add('late', SLOT + 1, 'robotics');
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const window = { until: SLOT, since: SLOT - 48 * H, limit: 100 };

  it('selects eligible articles in the window and in the destination topics', async () => {
    expect((await articlesForDestination(t.store.db, dest, window)).map((a) => a.title)).toEqual(['chips', 'robot']);
    expect((await articlesForDestination(t.store.db, robotics, window)).map((a) => a.title)).toEqual(['robot']);
  });

  it('reads a window larger than a page newest first, every article once, ties in time by id', async () => {
    const db = t.store.db;
    const feed = await insertFeed(db, { url: 'https://b.example/feed', now: SLOT - 10 * H });
    // 2,300 articles, three to a first-seen instant, so page boundaries fall inside a tie.
    const many = Array.from({ length: 2300 }, (_, i) => ({
      feedId: feed.id,
      itemKey: `m${i}`,
      canonicalUrl: `https://b.example/m${i}`,
      url: `https://b.example/m${i}`,
      title: `m${i}`,
      text: 'x',
      author: null,
      publishedAt: null,
      categories: [],
      contentHash: `m${i}`,
      digestEligible: true,
      outlet: 'B',
      topic: null,
      now: SLOT - 3 * H + Math.floor(i / 3) * 1000,
    }));
    await insertArticlesIfNew(db, many);
    const got = await articlesForDestination(db, dest, { ...window, limit: 2200 });
    const expected = [...many.map((a) => a.title), 'robot', 'chips']
      .map((title) => ({
        title,
        seen: many.find((a) => a.title === title)?.now ?? (title === 'robot' ? SLOT - 2 * H : SLOT - H),
      }))
      .sort((a, b) => b.seen - a.seen || Number(b.title.slice(1)) - Number(a.title.slice(1)));
    expect(got.map((a) => a.title)).toEqual(expected.slice(0, 2200).map((a) => a.title));
  });

  it('stores a digest once per slot and never gives an article to the same destination twice', async () => {
    expect(await t.store.transaction((trx) => saveDigest(trx, digest(dest), [ids.robot!, ids.chips!], SLOT))).toBe(true);
    expect(await t.store.transaction((trx) => saveDigest(trx, digest(dest), [ids.robot!], SLOT))).toBe(false);
    expect(await articlesForDestination(t.store.db, dest, { ...window, until: SLOT + 10 })).toEqual([
      expect.objectContaining({ title: 'late' }),
    ]);
    expect((await articlesForDestination(t.store.db, robotics, window)).map((a) => a.title)).toEqual(['robot']);
    expect((await latestDigest(t.store.db, dest.id))?.id).toBe(digest(dest).id);
    expect(await latestDigest(t.store.db, robotics.id)).toBeUndefined();
  });

  it("gives the headlines of the destination's earlier digests, not later ones nor another destination's", async () => {
    const story = (headline: string) => ({ headline, summary: '', tags: [], sources: [] });
    const before = {
      ...digest(dest, SLOT - 6 * H),
      stories: [story('Quorvane fined')],
      also: { items: [{ headline: 'Brenlow votes', url: null, outlet: 'A' }], more: 0 },
    };
    const after = { ...digest(dest, SLOT + 6 * H), stories: [story('Later news')] };
    const elsewhere = { ...digest(robotics, SLOT - 6 * H), stories: [story('Robot news')] };
    await t.store.transaction((trx) => saveDigest(trx, before, [ids.robot!], SLOT - 6 * H));
    await t.store.transaction((trx) => saveDigest(trx, after, [ids.chips!], SLOT + 6 * H));
    await t.store.transaction((trx) => saveDigest(trx, elsewhere, [ids.old!], SLOT - 6 * H));
    expect(await earlierHeadlines(t.store.db, dest.id, SLOT)).toEqual(['Quorvane fined', 'Brenlow votes']);
  });

  it("keeps a destination's language and other-language mode (default: none set, listed apart)", async () => {
    expect(dest).toMatchObject({ language: null, otherLanguages: 'section' });
    const de = await upsertDestination(t.store.db, {
      platform: 'slack',
      channelId: 'C1',
      topics: [],
      emptyDigest: 'short',
      language: 'de',
      otherLanguages: 'drop',
      now: 1,
    });
    expect(de).toMatchObject({ id: dest.id, language: 'de', otherLanguages: 'drop' });
  });

  it('lets one owner run a slot; another takes over only after the lease expires; a finished run stays finished', async () => {
    const db = t.store.db;
    const [a, b] = await Promise.all([
      claimSlotRun(db, dest.id, SLOT, 'a', 60_000, SLOT),
      claimSlotRun(db, dest.id, SLOT, 'b', 60_000, SLOT),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const winner = a ? 'a' : 'b';
    const loser = a ? 'b' : 'a';
    expect(await claimSlotRun(db, dest.id, SLOT, loser, 60_000, SLOT + 30_000)).toBe(false);
    expect(await claimSlotRun(db, dest.id, SLOT, loser, 60_000, SLOT + 60_001)).toBe(true);
    await finishSlotRun(db, dest.id, SLOT, winner, { status: 'done', now: SLOT + 60_002 });
    expect(await lastFinishedSlot(db, dest.id)).toBeUndefined();
    await finishSlotRun(db, dest.id, SLOT, loser, { status: 'done', digestId: 'x', now: SLOT + 60_003 });
    expect(await lastFinishedSlot(db, dest.id)).toBe(SLOT);
    expect(await claimSlotRun(db, dest.id, SLOT, 'c', 60_000, SLOT + 10 * H)).toBe(false);
  });
});
