// Each kind of wording the seventh blind set (unseen-blind7.ts) missed, tested on different invented
// examples than the ones that prompted the rule: a place that describes the company ("Stockton
// firm", "A Leith-on-Forth company that …", "Galway medical device company X"), a feature that
// opens on a scene, a founder's post ("we just raised … for X"), a founder raising "for his new
// company, X", rupees and taka, a denied report, a net loss, a community token sale, a hospital's
// grant, a markdown table of deals, a newsletter item with its own headline, "topped up", a
// when-clause dated in the past, and amounts spelled out.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { roundsRead as read } from '../../helpers/rounds-read.js';

const PUBLISHED = Date.UTC(2026, 5, 1);
const names = (text: string, options: { title?: string; site?: string } = {}) =>
  extractRounds(text, { ...options, published: PUBLISHED }).map((r) => [r.company, r.amount]);

describe('rounds written as the seventh blind set writes them', () => {
  it('a place that describes the company is not its name', () => {
    expect(
      names(
        'A Leith-on-Forth company that builds tide sensors has secured £1.8m investment to expand. ' +
          'Selkie Marine, founded in 2022, received the money from Forth Valley Fund.',
        { title: 'Leith firm secures £1.8m for tide sensors on Tayside' },
      ),
    ).toEqual([['Selkie Marine', 1.8e6]]);
    const cork = extractRounds(
      'Cork medical device company Lee Valve has held a second close of its seed round, raising a further €2 million from Blarney Health.',
      { published: PUBLISHED },
    );
    expect(cork.map((r) => r.company)).toEqual(['Lee Valve']);
  });

  it('a feature that opens on a scene takes its company from the next sentence’s subject', () => {
    const text =
      'In much of Lahore, a shop that runs out of stock still sends a boy on a motorbike to the wholesaler. ' +
      'Godaam wants to change that: its app lets shops reorder in two taps. ' +
      'The Lahore-based startup has raised $1.5 million in seed funding led by Ravi Ventures.';
    expect(names(text)).toEqual([['Godaam', 1.5e6]]);
  });

  it('a founder’s post names its company after “we just raised … for”', () => {
    expect(
      names('Huge news: we just raised a $3.1M seed round for Pillbox 💊 led by Mapleton Capital!', { site: 'LinkedIn' }),
    ).toEqual([['Pillbox', 3.1e6]]);
  });

  it('a founder raising “for his new company, X” raises for X', () => {
    expect(
      names(
        'Arjun Mehra, who sold his first startup in 2023, has raised $12 million for his new company, Tallyfold, which automates audits.',
      ),
    ).toEqual([['Tallyfold', 12e6]]);
  });

  it.each([
    ['Karachi fintech Sadapay Lite has raised PKR 560 million in a seed round led by Clifton Capital.', 560e6, 'PKR'],
    ['Dhaka agritech Krishi Kotha has raised Tk 30 crore in a Series A led by Buriganga Ventures.', 300e6, 'BDT'],
    ['Sylhet startup Chaa Bagan has raised 12 crore taka in a seed round led by Surma Partners.', 120e6, 'BDT'],
    ['Pramlight has raised forty-five million dollars in a Series B led by Orchard Lane.', 45e6, 'USD'],
  ])('an amount as the local press or a transcript writes it: %s', (text, amount, currency) => {
    expect(read(text)).toEqual([expect.objectContaining({ amount, currency })]);
  });

  it.each([
    'Oslo scooter app Sparkly on Monday denied a report that it was raising $80 million at a $600 million valuation.',
    'Listed miner Qiantang Metals said its net loss narrowed to 90 million yuan from 240 million yuan.',
    'Fernlink raises $6 million in community token sale',
    'Kestrel Children’s Hospital in Dundee has been awarded a £2 million grant to study asthma in schools.',
  ])('no round: %s', (text) => {
    expect(extractRounds(text, { published: PUBLISHED })).toEqual([]);
  });

  it('reads a markdown table of the week’s deals as one round per row', () => {
    const text =
      'This week’s deals:\n\n' +
      '| Startup | Raised | Stage | Lead investor |\n' +
      '|:---|---:|---|---|\n' +
      '| Grusk | €1.1M | Pre-seed | Kadriorg Angels |\n' +
      '| Fjellbit | NOK 60M | Series A | — |\n\n' +
      'Both are hiring.';
    expect(read(text)).toEqual([
      expect.objectContaining({ company: 'Grusk', amount: 1.1e6, currency: 'EUR', type: 'pre_seed', lead: ['Kadriorg Angels'] }),
      expect.objectContaining({ company: 'Fjellbit', amount: 60e6, currency: 'NOK', type: 'series_a', lead: [] }),
    ]);
  });

  it('a newsletter item that opens with its own headline is news, whatever the other items are about', () => {
    const text =
      'Morning. Two things today.\n\n' +
      '1. Gridwell names a new CFO. The Denver utility-software firm hired a former bank executive, often a sign of IPO plans.\n\n' +
      '2. Burrowbot raises $7M. The Boise maker of trenching robots closed a $7 million seed round led by Snake River Capital.';
    expect(read(text)).toEqual([expect.objectContaining({ company: 'Burrowbot', amount: 7e6, lead: ['Snake River Capital'] })]);
  });

  it('“topped up its seed” is a round', () => {
    expect(read('Brightward has topped up its seed round with £900,000 from Ouseburn Capital.')).toEqual([
      expect.objectContaining({ company: 'Brightward', amount: 900e3, type: 'seed' }),
    ]);
  });

  it('a when-clause hung on a past date tells an earlier round, not this one', () => {
    const text =
      'Tywi Robotics has received a follow-on investment of £600,000 from Brecon Growth. ' +
      'The fund first backed the company in 2024, when it put £250,000 into its seed round.';
    expect(names(text)).toEqual([['Tywi Robotics', 600e3]]);
  });

  it('a date in a comparison after the round is the compared figure’s, not this round’s', () => {
    const dated = (text: string) =>
      extractRounds(text, { published: PUBLISHED }).map((r) => [r.company, r.amount, r.roundType, r.leadInvestors]);
    expect(
      dated(
        'Birchlane, the Leeds company that runs night clinics, has raised a fresh $40 million in a Series C round that values it at $300 million, less than half the $700 million valuation it fetched in 2022. Quarry Hill led the round.',
      ),
    ).toEqual([['Birchlane', 40e6, 'series_c', ['Quarry Hill']]]);
    expect(
      dated(
        'Solvik, the Malmö firm that recycles batteries, has raised €12 million in a Series B round that values it at the same level as its Series A in 2023.',
      ),
    ).toEqual([['Solvik', 12e6, 'series_b', []]]);
    // Without a comparison, a past date still dates the round.
    expect(dated('Solvik raised €12 million at a €90 million valuation in 2023, in a round led by Fjord Capital.')).toEqual([]);
  });

  it('an investor marking its stake down, however it says it, is no round', () => {
    expect(
      extractRounds(
        'Fund manager Kettering has marked down its stake in Loomhaus, implying the startup is now worth about $700 million.',
        {
          published: PUBLISHED,
        },
      ),
    ).toEqual([]);
  });
});
