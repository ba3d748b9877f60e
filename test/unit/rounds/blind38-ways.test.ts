// Each kind of wording the thirty-eighth blind set (unseen-blind38.ts: local and small-business
// money news from regional outlets) missed and that is now read, tested on different invented
// examples: the company named as the round's owner after a description-first lede, a place
// describing a startup, a gala's takings, a lottery grant, a city's per-job incentive, and a
// member newsletter's congratulations on a round closed last week.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';

const read = (text: string, title: string | null = null) =>
  extractRounds(text, { title, site: 'Regional Daily', published: Date.UTC(2026, 2, 10) }).map((r) => ({
    company: r.company,
    amount: r.amount,
    lead: r.leadInvestors,
  }));

describe('the thirty-eighth blind set’s kinds of wording', () => {
  it('reads the company a sentence names as the round’s owner after a lede that only describes it', () => {
    const text =
      'A Bendigo start-up that tracks sheep with solar ear tags has raised $2 million to hire engineers.\n\n' +
      'Tagfold’s seed round was led by Loddon Valley Capital, with two local graziers also investing.';
    expect(read(text, 'Bendigo ear-tag start-up raises $2m')).toEqual([
      { company: 'Tagfold', amount: 2e6, lead: ['Loddon Valley Capital'] },
    ]);
    const said =
      'A Spokane startup that rents out e-bikes to hotels has raised $900,000 from local investors.\n\n' +
      'Pedalry says the angel round was led by the Inland Angels network.';
    expect(read(said, 'Spokane e-bike app raises $900K').map((r) => r.company)).toEqual(['Pedalry']);
  });

  it('reads no round in a gala’s takings, a lottery grant to a charity, or a city’s per-job incentive', () => {
    expect(
      read(
        'Guests at Friday’s Snowflake Gala raised $800,000 for the neonatal unit at Lakeside Hospital. Presenting sponsor Carrow Bank led the giving.',
        'Snowflake Gala raises $800,000 for newborn care',
      ),
    ).toEqual([]);
    expect(
      read(
        'A trust that runs a lighthouse museum has been awarded £300,000.',
        'Lottery grant of £300,000 to restore Pennan lighthouse',
      ),
    ).toEqual([]);
    expect(
      read(
        'Commissioners voted to give Tallowby up to $90,000. The company will receive $3,000 for each job it creates and $20,000 toward renovating its offices.',
        'City OKs $90,000 for software firm',
      ),
    ).toEqual([]);
  });

  it('reads a member newsletter’s congratulations on a round closed last week, and not one recalled from a year', () => {
    const text =
      'MEMBER NEWS\n\n• Congratulations to Gridwell, the Lansing maker of smart thermostats for schools, which closed a $3 million seed round last week. The round was led by Capitol Forge Ventures.\n\n' +
      '• Kent Valley Bank has opened its sixth branch.';
    expect(read(text, 'The Chamber Minute — March 2026')).toEqual([
      { company: 'Gridwell', amount: 3e6, lead: ['Capitol Forge Ventures'] },
    ]);
    expect(
      read(
        'Gridwell, which closed a $3 million seed round in 2023, has opened an office in Detroit.',
        'Gridwell opens Detroit office',
      ),
    ).toEqual([]);
  });
});
