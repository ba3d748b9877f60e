// Each kind of wording the thirty-fourth blind set (unseen-blind34.ts: where a round begins and
// ends — extensions, tranches, growth equity, revenue-based financing, stakes changing hands) missed
// and that is now read, tested on different invented examples: an extension dated by the round it
// extends, a lead told as a second verb ("wrote the biggest cheque and led the round"), a round
// "months after its Series A", a headline's "takes $X", revenue-based financing's amount, the stage
// "instead of" which a company took other money, a round recalled "a year earlier, when it raised",
// a stake bought from its holder, headline words that are no company ("Bootstrapped", "Spinout",
// "MRR"), a campaign's target beside what it raised, money for a solar farm, a round recalled as "that
// round", a tranche of a larger round, and a lead introduced by a city the gazetteer lacks ("Uppsala’s
// X").
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';

const read = (text: string, title: string | null = null) =>
  extractRounds(text, { title, site: null, published: Date.UTC(2026, 2, 10) }).map((r) => ({
    company: r.company,
    amount: r.amount,
    type: r.roundType,
    lead: r.leadInvestors,
  }));

describe('the thirty-fourth blind set’s kinds of wording', () => {
  it('reads an extension as new although the round it extends is dated', () => {
    expect(read('Quillmoor has added a $6 million extension to the seed round it closed last September.')).toEqual([
      { company: 'Quillmoor', amount: 6e6, type: 'extension', lead: [] },
    ]);
  });

  it('reads a lead told as the second verb of its sentence', () => {
    const text = 'Brackenly has raised a $3 million seed round. Ostrow Capital wrote the largest check and led the round.';
    expect(read(text)[0]!.lead).toEqual(['Ostrow Capital']);
  });

  it('reads a round told “months after its Series A” as this round, not the earlier one', () => {
    expect(read('Harrowdene has raised a $28 million Series B five months after its Series A.')).toEqual([
      { company: 'Harrowdene', amount: 28e6, type: 'series_b', lead: [] },
    ]);
  });

  it('reads a headline’s “takes $X” as a raise, but not a charge or a loss', () => {
    expect(
      read('Founded in 2009, the logistics software maker had never raised money.', 'Ashgrove Systems takes $75 million'),
    ).toEqual([{ company: 'Ashgrove Systems', amount: 75e6, type: 'unknown', lead: [] }]);
    expect(read('The carmaker took $2 billion in losses on its battery venture.')).toEqual([]);
  });

  it('reads the amount of revenue-based financing, and no stage the company did not take', () => {
    const text = 'Pellbrook has secured $2.5 million in revenue-based financing from Cask Lane Capital instead of a Series A.';
    expect(read(text)).toEqual([{ company: 'Pellbrook', amount: 2.5e6, type: 'non_dilutive', lead: [] }]);
  });

  it('reads a round recalled “a year earlier, when it raised” as background', () => {
    const text =
      'Tarnwell said its revenue passed $40 million, up from $15 million a year earlier, when it raised a $25 million Series B.';
    expect(read(text)).toEqual([]);
  });

  it('reads no round in a stake bought from its holder', () => {
    const text =
      'Greyfield Partners has agreed to buy a 25% stake in the cricket franchise Harbour Kings from the Ashby family, valuing the team at £80 million.';
    expect(read(text)).toEqual([]);
  });

  it('reads no company in a headline’s opening adjective or a revenue figure', () => {
    expect(
      read('Two weeks ago I took $250k from two angels.', 'Bootstrapped to $5k MRR, then raised $250k').map((r) => r.company),
    ).not.toContain('Bootstrapped');
    expect(
      read('Two weeks ago I took $250k from two angels.', 'Bootstrapped to $5k MRR, then raised $250k').map((r) => r.company),
    ).not.toContain('MRR');
    expect(read('Spinout Veldholm Optics raises €4 million for its lens coatings').map((r) => r.company)).toEqual([
      'Veldholm Optics',
    ]);
  });

  it('reads a campaign’s target as no round beside what it raised', () => {
    const text =
      'Kelpworth has raised £2.1 million from 1,900 investors through an equity crowdfunding campaign that closed on Monday. It had aimed to raise £1 million.';
    expect(read(text).map((r) => r.amount)).toEqual([2.1e6]);
  });

  it('reads money raised for one solar or wind farm as the project’s finance', () => {
    expect(read('The loans run for 15 years.', 'Altamira Energy secures €60m for Alentejo wind farm')).toEqual([]);
    expect(read('Altamira Energy has secured €60 million of project-finance loans to build a wind farm.')).toEqual([]);
  });

  it('reads a round recalled as “that round” as background', () => {
    const text = 'The company said it has runway from its 2023 Series A. Kestova raised $30 million in that round.';
    expect(read(text)).toEqual([]);
  });

  it('reads a tranche of a larger round as the round', () => {
    const text = 'Orevane has closed the first $15 million tranche of a $40 million Series B led by Hollin Ridge Capital.';
    expect(read(text, 'Orevane closes first $15M tranche of $40M Series B')).toEqual([
      { company: 'Orevane', amount: 40e6, type: 'series_b', lead: ['Hollin Ridge Capital'] },
    ]);
  });

  it('reads a lead introduced by its city’s possessive, whether or not the city is known', () => {
    const text = 'Lumeklinik has raised SEK 40 million in a seed round led by Tartu’s Toome Hill Capital.';
    expect(read(text)[0]!.lead).toEqual(['Toome Hill Capital']);
    // An owner's possessive that is part of the fund's name stays.
    expect(read('Quarrow has raised $80 million led by SoftBank’s Vision Fund.')[0]!.lead).toEqual(['SoftBank’s Vision Fund']);
  });
});
