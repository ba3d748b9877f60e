// Each kind of wording the fourteenth blind set (unseen-blind14.ts) missed, tested on different
// invented examples: a roundup's numbered items that describe the company before its deal,
// German-language figures ("€2,4 Mio.", "1,2 Mrd."), an investor described by its place
// ("St. Paul-based X", "Lisbon’s X"), a lead named before its description, and damages sought
// in a lawsuit.
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../src/text/money.js';
import { roundsRead } from '../../helpers/rounds-read.js';

const brief = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the fourteenth blind set writes them', () => {
  it('reads a roundup item that describes the company first and gives its deal after', () => {
    const text =
      'This week in deals\n\n' +
      '1. Harlowe (Leeds) schedules cleaning crews for hospitals. £3M seed led by Aire Valley Capital; Kirkstall Angels joined.\n\n' +
      '2. Tamsworth Bio (Basel) screens enzymes for detergent makers. $18M Series A co-led by Rhine Bend Partners and Jura Peak.\n\n' +
      'See you next Tuesday.';
    expect(brief(text, 'Deals: two rounds from the week')).toMatchObject([
      { company: 'Harlowe', amount: 3e6, currency: 'GBP', type: 'seed', lead: ['Aire Valley Capital'] },
      { company: 'Tamsworth Bio', amount: 18e6, type: 'series_a', lead: ['Rhine Bend Partners', 'Jura Peak'] },
    ]);
  });

  it('reads German-language figures quoted in English ("€2,4 Mio.", "1,2 Mrd.")', () => {
    expect(findMoney('raised €2,4 Mio. in a seed round')).toMatchObject([{ amount: 2.4e6, currency: 'EUR' }]);
    expect(findMoney('valued at €1,2 Mrd. after the round')).toMatchObject([{ amount: 1.2e9, currency: 'EUR' }]);
  });

  it('reads an investor described by its place as the investor alone', () => {
    const text =
      'Corvid Labs has raised $9 million in a Series A. The round was led by St. Paul-based Mississippi Bend Capital, with participation from Lisbon’s Tejo Norte Ventures.';
    expect(brief(text)).toMatchObject([{ company: 'Corvid Labs', lead: ['Mississippi Bend Capital'] }]);
    expect(brief('Orrin Health raised $4 million in a round led by Lisbon’s Tejo Norte Ventures.')).toMatchObject([
      { company: 'Orrin Health', lead: ['Tejo Norte Ventures'] },
    ]);
  });

  it('reads the lead a description is about ("X, a growth investor … and which led the round")', () => {
    const text =
      'Sallow raised $11 million. Marram Hill, a late-stage investor that has backed two other grid companies and which led the round, was joined by Dune Road Capital.';
    expect(brief(text)).toMatchObject([{ company: 'Sallow', lead: ['Marram Hill'] }]);
    // Not a description's earlier round: "X, a seed investor who led its 2023 round, …".
    const earlier =
      'Sallow raised $11 million in a round led by Kestle Capital. Marram Hill, a seed investor who led its 2023 round, also took part.';
    expect(brief(earlier)).toMatchObject([{ company: 'Sallow', lead: ['Kestle Capital'] }]);
  });

  it('reads no round in damages sought', () => {
    expect(
      brief('Pennock Foods is seeking damages of more than $30 million from the logistics firm that lost its shipments.'),
    ).toEqual([]);
  });
});
