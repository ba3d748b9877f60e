// Each kind of wording the thirty-fifth blind set (unseen-blind35.ts: deal trackers and
// data-flavoured coverage) missed and that is now read, tested on different invented examples: a
// spreadsheet export's tab-separated rows with a currency column, a deal card of "Field: value"
// lines, money raised "from investors since 2020" (a total), a bankruptcy filing's funding to date, a
// list line run into the next sentence ("… Series A Torrens Capital led"), and a careers page's
// "we recently raised", and a headline's "adds $X to Series C" (an extension, without "its").
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';

const read = (text: string, title: string | null = null) =>
  extractRounds(text, { title, site: null, published: Date.UTC(2026, 2, 10) }).map((r) => ({
    company: r.company,
    amount: r.amount,
    currency: r.currency,
    type: r.roundType,
    lead: r.leadInvestors,
  }));

describe('the thirty-fifth blind set’s kinds of wording', () => {
  it('reads a spreadsheet export’s rows, each with its currency column', () => {
    const text =
      'name\tcity\tstage\tamount\tcurrency\tlead_investor\n' +
      'Merrowby\tPerth\tseed\t3100000\tAUD\tSwan Reach Capital\n' +
      'Tollgrain\tAustin\tseries_b\t42000000\tUSD\t\n';
    expect(read(text)).toEqual([
      { company: 'Merrowby', amount: 3.1e6, currency: 'AUD', type: 'seed', lead: ['Swan Reach Capital'] },
      { company: 'Tollgrain', amount: 42e6, currency: 'USD', type: 'series_b', lead: [] },
    ]);
  });

  it('reads a deal card of “Field: value” lines', () => {
    const text =
      'DEAL WATCH\n\nCompany: Hollowmere\nHQ: Leeds\nRound: Seed\nAmount: £2.4M\nLead: Aire Valley Ventures\nOthers: Kirkstall Angels\nTotal raised to date: £3M';
    expect(read(text)).toEqual([
      { company: 'Hollowmere', amount: 2.4e6, currency: 'GBP', type: 'seed', lead: ['Aire Valley Ventures'] },
    ]);
  });

  it('reads no round in a bankruptcy filing or in money raised “from investors since” a year', () => {
    const text =
      'Parcelwing filed for Chapter 11 bankruptcy protection on Friday. The company has raised about $95 million from investors since 2019.';
    expect(read(text, 'Drone courier Parcelwing files for Chapter 11 after raising $95 million')).toEqual([]);
  });

  it('reads a lead after a list line that runs into it without a stop', () => {
    const text = '3. Quayfield Robotics — A$12M Series A\nMurray Bend Capital led the Brisbane startup’s round.';
    expect(read(text)[0]).toMatchObject({ company: 'Quayfield Robotics', lead: ['Murray Bend Capital'] });
  });

  it('reads no round in a careers page', () => {
    const text =
      'About us\nLanternhook makes scheduling software for ferry crews. We recently raised a $9M Series A led by Solent Row Capital.\n\n' +
      'The role\nYou will own our booking API.\n\nCompensation\n£70,000–£85,000 plus equity.';
    expect(read(text)).toEqual([]);
  });

  it('reads a headline’s “adds $X to Series C” as an extension', () => {
    const [round] = read(
      'The new money came from existing investors.',
      'Harrowgate Labs adds $20 million to Series B, bringing round to $70 million',
    );
    expect(round).toMatchObject({ company: 'Harrowgate Labs', amount: 20e6, type: 'extension' });
  });
});
