// The store's merge policy (rounds/merge-policy.ts) on reports of one round written differently:
// another currency, a longer form of the name, an investor spelled two ways, a valuation stated
// only in another currency. Run through the eval's in-memory store, which applies the policy as
// saveRounds does.
import { describe, expect, it } from 'vitest';
import type { Article, ExtractedRound } from '../../../src/model.js';
import { storedRoundsOf } from '../../../eval/stored-rounds.js';

const DAY = 86_400_000;

function report(over: Partial<ExtractedRound>): ExtractedRound {
  return {
    company: 'Tarnbeck',
    amount: 40e6,
    currency: 'USD',
    amountUsd: 40e6,
    roundType: 'series_b',
    roundTypeDetail: null,
    valuation: null,
    leadInvestors: [],
    otherInvestors: [],
    status: 'announced',
    evidence: '',
    ...over,
  };
}

/** The stored rounds after each report is read from an article of its own, a day apart. */
function stored(reports: ExtractedRound[]) {
  const articles = reports.map(
    (_, i) => ({ id: i + 1, title: `t${i}`, url: null, outlet: `o${i}`, publishedAt: i * DAY }) as Article,
  );
  return storedRoundsOf(articles, (a) => [reports[a.id - 1]!], 0);
}

describe('one round reported in several ways', () => {
  it('merges a longer form of the name whose figure, in another currency, is the same round', () => {
    const rounds = stored([
      report({ company: 'Tarnbeck', amount: 4.1e9, currency: 'INR', amountUsd: 47.8e6 }),
      report({ company: 'Tarnbeck Technologies', amount: 49e6, amountUsd: 49e6 }),
    ]);
    expect(rounds).toHaveLength(1);
    // The same currency still needs the same figure: $40M and $49M are two rounds.
    expect(stored([report({}), report({ company: 'Tarnbeck Technologies', amount: 49e6, amountUsd: 49e6 })])).toHaveLength(2);
  });

  it('merges one name spaced two ways ("Kudipay", "Kudi Pay")', () => {
    expect(stored([report({ company: 'Tarnbeck' }), report({ company: 'Tarn Beck' })])).toHaveLength(1);
  });

  it('keeps one writing of an investor spelled apart or shortened, and the whole name', () => {
    const [round] = stored([
      report({ leadInvestors: ['Coralbeam Ventures'] }),
      report({ leadInvestors: ['Coral Beam Ventures'] }),
      report({ leadInvestors: ['Coralbeam'], otherInvestors: ['Kaveri Seed'] }),
      report({ otherInvestors: ['Kaveri Seed Fund'] }),
    ]);
    expect(round!.leadInvestors).toEqual(['Coralbeam Ventures']);
    expect(round!.otherInvestors).toEqual(['Kaveri Seed Fund']);
  });

  it('carries no valuation stated in another currency than the round’s', () => {
    const [round] = stored([
      report({ company: 'Tarnbeck', amount: 4.1e9, currency: 'INR', amountUsd: 47.8e6 }),
      report({ company: 'Tarnbeck', amount: 49e6, amountUsd: 49e6, valuation: 310e6 }),
    ]);
    expect(round).toMatchObject({ currency: 'INR', valuation: null });
    const [same] = stored([report({}), report({ valuation: 300e6 })]);
    expect(same!.valuation).toBe(300e6);
  });
});
