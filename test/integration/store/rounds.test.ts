// Rounds in the store: aliases, one round from many articles, conflicts kept, `/round` lookups.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ExtractedRound } from '../../../src/model.js';
import { insertArticleIfNew } from '../../../src/store/articles.js';
import { companyKey } from '../../../src/rounds/company-key.js';
import { insertFeed } from '../../../src/store/feeds.js';
import { lookupRounds, nameSimilarity } from '../../../src/rounds/lookup.js';
import { addCompanyAlias, saveRounds } from '../../../src/rounds/save.js';
import { largestRecentRounds } from '../../../src/store/rounds-lookup.js';
import type { Db } from '../../../src/store/store.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

function round(over: Partial<ExtractedRound> = {}): ExtractedRound {
  return {
    company: 'Apptronik',
    amount: 500_000_000,
    currency: 'USD',
    amountUsd: 500_000_000,
    roundType: 'series_a',
    roundTypeDetail: 'Series A',
    valuation: null,
    leadInvestors: ['Harbor Peak'],
    otherInvestors: [],
    status: 'announced',
    evidence: 'Apptronik raised $500 million in a Series A led by Harbor Peak.',
    ...over,
  };
}

let articleSeq = 0;
async function article(db: Db, title: string): Promise<number> {
  articleSeq++;
  const feed = await insertFeed(db, { url: `https://feeds.example/${articleSeq}`, now: T0 });
  const { articleId } = await insertArticleIfNew(db, {
    feedId: feed.id,
    itemKey: `item-${articleSeq}`,
    canonicalUrl: `https://news.example/${articleSeq}`,
    url: `https://news.example/${articleSeq}`,
    title,
    text: title,
    author: null,
    publishedAt: T0,
    categories: [],
    contentHash: `h${articleSeq}`,
    digestEligible: true,
    outlet: `Outlet ${articleSeq}`,
    topic: null,
    now: T0,
  });
  return articleId;
}

describeStores('rounds store', (open) => {
  let t: TestStore;
  let db: Db;
  beforeEach(async () => {
    t = await open();
    db = t.store.db;
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('one outlet’s Series A and another’s extension of that Series A are one round, typed as the extension', async () => {
    const a = await article(db, 'Apptronik raises $500M Series A');
    const b = await article(db, 'Apptronik extends its Series A by $500M');
    const [first] = await saveRounds(db, { articleId: a, reportedAt: T0, now: T0, rounds: [round()] });
    const [second] = await saveRounds(db, {
      articleId: b,
      reportedAt: T0 + DAY,
      now: T0 + DAY,
      rounds: [round({ roundType: 'extension', roundTypeDetail: 'Series A extension' })],
    });
    expect(second!.roundId).toBe(first!.roundId);
    const { rounds } = await lookupRounds(db, 'apptronik');
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ roundType: 'extension', roundTypeDetail: 'Series A extension', conflict: null });
    expect(rounds[0]!.sources.map((s) => s.articleId)).toEqual([a, b]);
  });

  it('normalizes company names to one key', () => {
    expect(
      new Set(['Apptronik', 'Apptronik Inc.', 'Apptronik, Inc.', 'APPTRONIK INC', 'The Apptronik Corp'].map(companyKey)),
    ).toEqual(new Set(['apptronik']));
    expect(companyKey('Zürich Robotics GmbH')).toBe('zurich robotics');
    expect(companyKey('AT&T')).toBe('at and t');
  });

  it('makes one round with two sources when two articles report it under different spellings', async () => {
    const a1 = await article(db, 'Apptronik raises $500M');
    const a2 = await article(db, 'Apptronik, Inc. closes Series A');
    const [first] = await saveRounds(db, { articleId: a1, reportedAt: T0, now: T0, rounds: [round()] });
    const [second] = await saveRounds(db, {
      articleId: a2,
      reportedAt: T0 + DAY,
      now: T0 + DAY,
      rounds: [
        round({
          company: 'Apptronik, Inc.',
          leadInvestors: [],
          otherInvestors: ['Northgate Fund'],
          evidence: 'Apptronik, Inc. closed its $500 million Series A.',
        }),
      ],
    });
    expect(first!.created).toBe(true);
    expect(second).toEqual({ roundId: first!.roundId, created: false, conflict: null });
    const found = await lookupRounds(db, 'apptronik inc');
    expect(found.company).toBe('Apptronik');
    expect(found.rounds).toHaveLength(1);
    const r = found.rounds[0]!;
    expect(r.leadInvestors).toEqual(['Harbor Peak']);
    expect(r.otherInvestors).toEqual(['Northgate Fund']);
    expect(r.sources.map((s) => [s.articleId, s.title, s.outlet])).toEqual([
      [a1, 'Apptronik raises $500M', expect.stringMatching(/^Outlet/)],
      [a2, 'Apptronik, Inc. closes Series A', expect.stringMatching(/^Outlet/)],
    ]);
  });

  it('flags conflicting amounts and keeps each source’s figures', async () => {
    const a1 = await article(db, 'first report');
    const a2 = await article(db, 'second report');
    const [first] = await saveRounds(db, { articleId: a1, reportedAt: T0, now: T0, rounds: [round()] });
    const [second] = await saveRounds(db, {
      articleId: a2,
      reportedAt: T0 + 2 * DAY,
      now: T0 + 2 * DAY,
      rounds: [round({ amount: 520_000_000, amountUsd: 520_000_000, valuation: 5e9 })],
    });
    expect(second!.roundId).toBe(first!.roundId);
    expect(second!.conflict).toBe(`amount: USD 500,000,000 (article ${a1}) vs USD 520,000,000 (article ${a2})`);
    const [r] = (await lookupRounds(db, 'Apptronik')).rounds;
    expect(r!.amount).toBe(500_000_000);
    expect(r!.valuation).toBe(5e9);
    expect(r!.conflict).toContain('520,000,000');
    expect(r!.sources.map((s) => s.amount)).toEqual([500_000_000, 520_000_000]);
  });

  it('keeps different rounds of one company apart: other amount, other stage, other time', async () => {
    const ids = [];
    for (const [i, r, at] of [
      [0, round({ amount: 20e6, amountUsd: 20e6, roundType: 'seed' }), T0],
      [1, round({ amount: 300e6, amountUsd: 300e6, roundType: 'unknown' }), T0],
      [2, round(), T0 + 200 * DAY],
      [3, round({ roundType: 'series_b', amount: 510e6, amountUsd: 510e6 }), T0],
    ] as const) {
      const a = await article(db, `report ${i}`);
      ids.push((await saveRounds(db, { articleId: a, reportedAt: at, now: at, rounds: [r] }))[0]!.roundId);
    }
    expect(new Set(ids).size).toBe(4);
    const found = await lookupRounds(db, 'Apptronik');
    expect(found.rounds.map((r) => r.announcedAt)).toEqual([T0 + 200 * DAY, T0, T0, T0]);
  });

  it('keeps a corporate’s strategic investment apart from a round in talks that names no investor in common', async () => {
    const strategic = round({
      amount: 40e9,
      amountUsd: 40e9,
      roundType: 'strategic',
      leadInvestors: [],
      otherInvestors: ['Gorse Cloud'],
    });
    const talks = round({
      status: 'in_talks',
      amount: 50e9,
      amountUsd: 50e9,
      roundType: 'unknown',
      leadInvestors: [],
      valuation: 900e9,
    });
    const again = round({
      amount: 40e9,
      amountUsd: 40e9,
      roundType: 'unknown',
      leadInvestors: [],
      otherInvestors: ['Gorse Cloud'],
    });
    const ids = [];
    for (const r of [strategic, talks, again]) {
      const a = await article(db, `report ${ids.length}`);
      ids.push((await saveRounds(db, { articleId: a, reportedAt: T0, now: T0, rounds: [r] }))[0]!.roundId);
    }
    // The talks are another deal; a second report naming the same investor is the same one.
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids[2]).toBe(ids[0]);
  });

  it('turns talks into the announced round without calling it a conflict', async () => {
    const a1 = await article(db, 'talks');
    const a2 = await article(db, 'announced');
    await saveRounds(db, {
      articleId: a1,
      reportedAt: T0,
      now: T0,
      rounds: [round({ status: 'in_talks', amount: 400e6, amountUsd: 400e6, roundType: 'unknown', leadInvestors: [] })],
    });
    const [done] = await saveRounds(db, { articleId: a2, reportedAt: T0 + 60 * DAY, now: T0 + 60 * DAY, rounds: [round()] });
    expect(done!.conflict).toBeNull();
    const [r] = (await lookupRounds(db, 'Apptronik')).rounds;
    expect(r).toMatchObject({ status: 'announced', amount: 500e6, roundType: 'series_a', announcedAt: T0 + 60 * DAY });
    expect(r!.sources).toHaveLength(2);
  });

  it('saving the same article again adds nothing', async () => {
    const a = await article(db, 'once');
    const first = await saveRounds(db, { articleId: a, reportedAt: T0, now: T0, rounds: [round()] });
    const again = await saveRounds(db, {
      articleId: a,
      reportedAt: T0,
      now: T0 + 1,
      rounds: [round({ amount: 520e6, amountUsd: 520e6 })],
    });
    expect(again[0]!.roundId).toBe(first[0]!.roundId);
    const [r] = (await lookupRounds(db, 'Apptronik')).rounds;
    expect(r!.sources).toHaveLength(1);
    expect(r!.conflict).toBeNull();
  });

  it('joins a shorter spelling only on the same figure', async () => {
    const a1 = await article(db, 'a');
    const a2 = await article(db, 'b');
    const a3 = await article(db, 'c');
    const base = { company: 'Monad Labs', roundType: 'seed' as const, leadInvestors: [] };
    const [labs] = await saveRounds(db, {
      articleId: a1,
      reportedAt: T0,
      now: T0,
      rounds: [round({ ...base, amount: 19e6, amountUsd: 19e6 })],
    });
    const [same] = await saveRounds(db, {
      articleId: a2,
      reportedAt: T0,
      now: T0,
      rounds: [round({ ...base, company: 'Monad', amount: 19e6, amountUsd: 19e6 })],
    });
    const [other] = await saveRounds(db, {
      articleId: a3,
      reportedAt: T0,
      now: T0,
      rounds: [round({ ...base, company: 'Monad', amount: 22e6, amountUsd: 22e6 })],
    });
    expect(same!.roundId).toBe(labs!.roundId);
    expect(other!.roundId).not.toBe(labs!.roundId);
  });

  it('matches a mistyped name and suggests similar ones', async () => {
    const a = await article(db, 'rounds');
    await saveRounds(db, {
      articleId: a,
      reportedAt: T0,
      now: T0,
      rounds: [
        round(),
        round({ company: 'Appian Robotics', amount: 10e6, amountUsd: 10e6 }),
        round({ company: 'Figure', amount: 1e9, amountUsd: 1e9 }),
      ],
    });
    const typo = await lookupRounds(db, 'Aptronik');
    expect(typo.company).toBe('Apptronik');
    expect(typo.rounds).toHaveLength(1);
    const prefix = await lookupRounds(db, 'appian');
    expect(prefix.company).toBe('Appian Robotics');
    const unclear = await lookupRounds(db, 'Figur AI');
    expect(unclear).toEqual({ company: null, rounds: [], suggestions: ['Figure'] });
    const nothing = await lookupRounds(db, 'Zyxwvut Quantum');
    expect(nothing).toEqual({ company: null, rounds: [], suggestions: [] });
  });

  it('finds a company through a recorded alias', async () => {
    const a = await article(db, 'epns');
    await saveRounds(db, {
      articleId: a,
      reportedAt: T0,
      now: T0,
      rounds: [round({ company: 'Ethereum Push Notification Service' })],
    });
    await addCompanyAlias(db, 'EPNS', companyKey('Ethereum Push Notification Service'));
    const found = await lookupRounds(db, 'epns');
    expect(found.company).toBe('Ethereum Push Notification Service');
    expect(found.rounds).toHaveLength(1);
  });

  it('lists the largest recent rounds by US dollars', async () => {
    const a = await article(db, 'many');
    await saveRounds(db, {
      articleId: a,
      reportedAt: T0,
      now: T0,
      rounds: [
        round({ company: 'Small Co', amount: 5e6, amountUsd: 5e6 }),
        round({ company: 'Euro Co', amount: 900e6, currency: 'EUR', amountUsd: 1_053_000_000 }),
        round({ company: 'Big Co', amount: 1e9, amountUsd: 1e9 }),
        round({ company: 'No Amount Co', amount: null, amountUsd: null }),
      ],
    });
    const old = await article(db, 'old');
    await saveRounds(db, {
      articleId: old,
      reportedAt: T0 - 100 * DAY,
      now: T0,
      rounds: [round({ company: 'Old Co', amount: 5e9, amountUsd: 5e9 })],
    });
    const top = await largestRecentRounds(db, { since: T0 - 30 * DAY, limit: 2 });
    expect(top.map((r) => r.company)).toEqual(['Euro Co', 'Big Co']);
    expect(top[0]!.sources[0]!.articleId).toBe(a);
  });
});

it('scores name similarity: exact, prefix, typo, unrelated', () => {
  expect(nameSimilarity('apptronik', 'apptronik')).toBe(1);
  expect(nameSimilarity('appt', 'apptronik')).toBeGreaterThan(0.85);
  expect(nameSimilarity('aptronik', 'apptronik')).toBeGreaterThan(0.8);
  expect(nameSimilarity('figure', 'apptronik')).toBeLessThan(0.45);
});
