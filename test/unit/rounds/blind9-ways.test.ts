// Each kind of wording the ninth blind set (unseen-blind9.ts) missed, tested on different invented
// examples than the ones that prompted the rule: baht, ringgit, soles, krónur and NT$ amounts; a
// deals table written as plain lines with pipes (no markdown rule under its header) and its lead
// cells ("A; B (co-leads)", "not disclosed"); "Pre-Series A" in title case; a "Related:" link line;
// talks told far from the verb ("X, a …, is in discussions with … to raise") or as "closing in on";
// "No lead investor has been chosen"; a round dated by a year before the one published in; a
// candidate's campaign fundraising; a lender's loan book; a law firm's team "led by" a partner;
// "…, leading the round"; and a lead list that ends at "as soon as next week".
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const PUBLISHED = Date.UTC(2026, 5, 1);
const brief = (text: string, title?: string, published = PUBLISHED) => roundsRead(text, title ?? null, published);

describe('rounds written as the ninth blind set writes them', () => {
  it('reads baht, ringgit, soles, krónur and NT$ rather than the dollar conversion beside them', () => {
    expect(brief('Chiang Mai-based Dokmai has raised THB 120 million (about US$3.7 million) in a seed round.')).toMatchObject([
      { company: 'Dokmai', amount: 120e6, currency: 'THB' },
    ]);
    expect(brief('Penang startup Kopiworks has raised RM18 million in a Series A led by Straits Harbour Capital.')).toMatchObject(
      [{ company: 'Kopiworks', amount: 18e6, currency: 'MYR', lead: ['Straits Harbour Capital'] }],
    );
    expect(brief('Arequipa-based Llamaflow has raised 9 million soles in a seed round.')).toMatchObject([
      { company: 'Llamaflow', amount: 9e6, currency: 'PEN' },
    ]);
    expect(brief('Akureyri startup Norðurljós has raised ISK 600 million from Eyjafjörður Fund.')).toMatchObject([
      { company: 'Norðurljós', amount: 600e6, currency: 'ISK' },
    ]);
    expect(brief('Taichung-based Lumenbay has raised NT$300 million in a Series B.')).toMatchObject([
      { company: 'Lumenbay', amount: 300e6, currency: 'TWD' },
    ]);
  });

  it('reads a deals table of plain lines with pipes, its co-leads and its "not disclosed" cells', () => {
    const table = [
      'Funding this week',
      '',
      'Startup | Stage | Raised | Lead investor',
      'Quayside Bio | Series A | $14M | Harrow Point; Lindel Capital (co-leads)',
      'Mossgate | Pre-Series A | €3M | not disclosed',
    ].join('\n');
    expect(brief(table)).toMatchObject([
      { company: 'Quayside Bio', amount: 14e6, type: 'series_a', lead: ['Harrow Point', 'Lindel Capital'] },
      { company: 'Mossgate', amount: 3e6, currency: 'EUR', type: 'unknown', lead: [] },
    ]);
  });

  it('passes over a "Related:" line, which links another story', () => {
    const text =
      'Ferrow, the Bristol app for booking allotments, has raised £2m in a seed round led by Avon Gorge Ventures.\n\n' +
      'Related: Tansy Robotics raises $30M Series B for greenhouse pickers\n\n' +
      'Ferrow will use the money to reach councils in Wales.';
    expect(brief(text).map((r) => r.company)).toEqual(['Ferrow']);
  });

  it('reads talks told far from the verb, or as "closing in on" a round', () => {
    expect(
      brief(
        'Marrowfield, a Leeds-based company that runs overnight pharmacy deliveries for care homes, is in discussions with several investors to raise about £30 million in a Series B.',
      ),
    ).toMatchObject([{ company: 'Marrowfield', status: 'in_talks' }]);
    expect(
      brief('Pinecrest AI is closing in on a $90 million round, according to people familiar with the matter.'),
    ).toMatchObject([{ company: 'Pinecrest AI', status: 'in_talks' }]);
  });

  it('names no lead from "No lead investor has been chosen"', () => {
    const text = 'Harbourline is in talks to raise $40 million in a Series B. No lead investor has been chosen yet.';
    expect(brief(text)).toMatchObject([{ company: 'Harbourline', lead: [] }]);
  });

  it('reads a round dated by a year before the one published in as background, weeks after that year ended', () => {
    const text =
      'Cobaltine is said to be raising about $60 million in a Series C, people familiar with the matter said. ' +
      'It raised a $25 million Series B led by Ridgeway Partners in 2025.';
    expect(brief(text, undefined, Date.UTC(2026, 1, 10))).toMatchObject([
      { company: 'Cobaltine', amount: 60e6, status: 'in_talks' },
    ]);
  });

  it('does not read a candidate’s campaign fundraising as a round', () => {
    expect(
      brief(
        'State senator Marcus Oyelaran raised $1.4 million for his re-election campaign in the second quarter, filings show.',
      ),
    ).toEqual([]);
  });

  it('does not read a lender’s loan book as a loan it took', () => {
    expect(brief('Regulators are examining Tillbrook’s £25m loan book after complaints from borrowers.')).toEqual([]);
  });

  it('takes no lead from the law firm’s team "led by" a partner, or a company "led by" its founder', () => {
    const text =
      'Ashcombe & Pryor advised Velloway on its $18 million Series A financing led by Cresting Capital. ' +
      'The Ashcombe & Pryor team was led by partner Joanna Whitlow.';
    expect(brief(text)).toMatchObject([{ company: 'Velloway', lead: ['Cresting Capital'] }]);
    expect(
      brief('Velloway, a startup led by former nurse Amara Quist, has raised $5 million in a seed round from Cresting Capital.'),
    ).toMatchObject([{ company: 'Velloway', lead: [] }]);
  });

  it('reads the subject of ", leading the round" as the lead', () => {
    const text =
      'Dovecote Health has raised $6 million in seed funding. Returning backer Ashdown Ventures tripled its stake, leading the round, with Kiln Angels also investing.';
    expect(brief(text)).toMatchObject([{ company: 'Dovecote Health', lead: ['Ashdown Ventures'] }]);
  });

  it('ends a lead list at "as soon as next week"', () => {
    const text =
      'Brindle Care is set to announce a £12m Series A led by Marchmont Partners as soon as next week, the paper understands.';
    expect(brief(text)).toMatchObject([{ company: 'Brindle Care', lead: ['Marchmont Partners'], status: 'in_talks' }]);
  });
});
