// The rounds a digest window's articles reported, on both dialects: every round any window article
// reported (with all its sources, also those outside the window), none other, largest first with
// unknown amounts last, for windows longer than one `in (…)` list.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ExtractedRound } from '../../../src/model.js';
import { saveRounds } from '../../../src/rounds/save.js';
import { insertArticleIfNew } from '../../../src/store/articles.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { roundsForArticles } from '../../../src/store/rounds-lookup.js';
import type { Db } from '../../../src/store/store.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const T0 = Date.UTC(2026, 5, 1, 9);

const round = (company: string, amountUsd: number | null): ExtractedRound => ({
  company,
  amount: amountUsd,
  currency: amountUsd === null ? null : 'USD',
  amountUsd,
  roundType: 'seed',
  roundTypeDetail: 'Seed',
  valuation: null,
  leadInvestors: [],
  otherInvestors: [],
  status: 'announced',
  evidence: `${company} raised a seed round.`,
});

async function reporting(db: Db, n: number, rounds: ExtractedRound[]): Promise<number> {
  const feed = await insertFeed(db, { url: `https://feeds.example/w${n}`, now: T0 });
  const { articleId } = await insertArticleIfNew(db, {
    feedId: feed.id,
    itemKey: `w${n}`,
    canonicalUrl: `https://news.example/w${n}`,
    url: `https://news.example/w${n}`,
    title: `Funding news ${n}`,
    text: rounds.map((r) => r.evidence).join(' '),
    author: null,
    publishedAt: T0,
    categories: [],
    contentHash: `w${n}`,
    digestEligible: true,
    outlet: `Outlet ${n}`,
    topic: null,
    now: T0,
  });
  await saveRounds(db, { articleId, reportedAt: T0, now: T0, rounds });
  return articleId;
}

describeStores('rounds of a window', (open) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('finds every round the window reported, with all its sources, largest first', async () => {
    const db = t.store.db;
    const a = await reporting(db, 1, [round('Big Co', 1e9), round('Vague Co', null)]);
    const b = await reporting(db, 2, [round('Small Co', 2e6)]);
    const outside = await reporting(db, 3, [round('Small Co', 2e6), round('Elsewhere Co', 5e9)]);
    // Ids past the first `in (…)` list, stored or not, change nothing.
    const filler = Array.from({ length: 1200 }, (_, i) => outside + 10 + i);
    const found = await roundsForArticles(db, [...filler, b, a]);
    expect(found.map((r) => r.company)).toEqual(['Big Co', 'Small Co', 'Vague Co']);
    expect(found[1]!.sources.map((s) => s.articleId)).toEqual([b, outside]);
    expect(found[0]!.sources[0]).toMatchObject({ url: 'https://news.example/w1', outlet: 'Outlet 1', title: 'Funding news 1' });
    expect(await roundsForArticles(db, [])).toEqual([]);
  });
});
