// OPML round trips through the store on both dialects: each reader's export (files written for
// these tests in the formats of Feedly, Inoreader, NetNewsWire, Miniflux and an older reader) is
// imported, exported, and read back as the same feeds with the same names, topics and sites.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalFeedUrl } from '../../../src/sources/feed-url.js';
import { readOpml } from '../../../src/sources/opml.js';
import { exportOpml, importOpml } from '../../../src/sources/opml-import.js';
import { insertFeed, listFeeds } from '../../../src/store/feeds.js';
import { feedKey } from '../../../src/store/feed-key.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const NOW = Date.UTC(2026, 11, 5, 12);
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/opml/${name}`, import.meta.url), 'utf8');
const READERS = ['feedly.opml', 'inoreader.xml', 'netnewswire.opml', 'miniflux.opml', 'legacy-categories.opml'];

describeStores('OPML import and export', (open) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  describe.each(READERS)('%s', (name) => {
    it('imports every feed once, exports them, and reads back the same', async () => {
      const text = fixture(name);
      const read = readOpml(text);
      // The first of twins (the same feed over http and https, with tracking parameters, in two folders) is kept.
      const distinct = new Map<string, (typeof read.entries)[number]>();
      for (const e of read.entries)
        if (!distinct.has(feedKey(canonicalFeedUrl(e.url)))) distinct.set(feedKey(canonicalFeedUrl(e.url)), e);
      const report = await importOpml(t.store.db, text, { addedBy: 'cli', now: NOW });
      expect(report.added).toHaveLength(distinct.size);
      expect(report.skipped).toHaveLength(read.entries.length - distinct.size);
      expect(report.problems).toEqual(read.problems);
      const stored = await listFeeds(t.store.db);
      expect(stored.every((f) => f.origin === 'admin' && f.addedBy === 'cli')).toBe(true);

      const back = readOpml(await exportOpml(t.store.db, NOW));
      const summary = (e: { url: string; title: string | null; topic: string | null; siteUrl: string | null }) =>
        [canonicalFeedUrl(e.url), e.title, e.topic, e.siteUrl].join(' | ');
      expect(back.entries.map(summary).sort()).toEqual([...distinct.values()].map(summary).sort());
      expect(back.problems).toEqual([]);

      const again = await importOpml(t.store.db, await exportOpml(t.store.db, NOW), { addedBy: 'cli', now: NOW });
      expect(again.added).toEqual([]);
      expect(again.skipped).toHaveLength(distinct.size);
    });
  });

  it('a topic given on import wins over folders; starter feeds go with the first import', async () => {
    await insertFeed(t.store.db, { url: 'https://seed.example/feed', origin: 'seed', now: NOW });
    const r = await importOpml(t.store.db, fixture('netnewswire.opml'), { topic: 'labs', addedBy: 'cli', now: NOW });
    expect(r.seedsRemoved).toBe(1);
    expect(new Set((await listFeeds(t.store.db)).map((f) => f.topic))).toEqual(new Set(['labs']));
  });

  it('refuses a file without feeds, naming why', async () => {
    await expect(
      importOpml(t.store.db, '<opml version="2.0"><body><outline text="Empty folder"/></body></opml>', {
        addedBy: 'cli',
        now: NOW,
      }),
    ).rejects.toThrow(/lists no feeds/);
  });
});
