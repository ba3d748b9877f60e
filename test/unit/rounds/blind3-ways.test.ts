// Each kind of wording the third blind set (unseen-blind3.ts) missed, tested on different invented
// examples than the ones that prompted the rule: two companies' rounds in one sentence, a regional paper's
// "the company said Tuesday", a VC firm's own post, leads still in discussion, and extensions named
// by their verb ("adds $10M to its Series A", "extended its seed round").
import { describe, expect, it } from 'vitest';
import { extractRounds, type ExtractOptions } from '../../../src/rounds/extract.js';

const read = (text: string, options: ExtractOptions = {}) =>
  extractRounds(text, options).map((r) => ({
    company: r.company,
    amount: r.amount,
    type: r.roundType,
    lead: r.leadInvestors,
    other: r.otherInvestors,
    status: r.status,
  }));

describe('rounds written as the third blind set writes them', () => {
  it.each([
    ['Kettlebrook and Ondine Robotics each raised $12 million in seed funding.', 12e6, 12e6],
    ['Fintech startups Kettlebrook and Ondine Robotics raised $12M and $20M respectively, led by Harbor Lane.', 12e6, 20e6],
    ['Two Bristol firms, Kettlebrook and Ondine Robotics, have each raised £12m from Harbor Lane.', 12e6, 12e6],
  ])('two companies’ rounds in one sentence: %s', (text, first, second) => {
    expect(read(text)).toEqual([
      expect.objectContaining({ company: 'Kettlebrook', amount: first }),
      expect.objectContaining({ company: 'Ondine Robotics', amount: second }),
    ]);
  });

  it('two investors who each invested in one company give one round, not two', () => {
    expect(read('Sequoia and Accel each invested $5M in Pluto.')).toEqual([expect.objectContaining({ company: 'Pluto' })]);
  });

  it.each([
    ['Drone mapper Skyquill adds $7M to its seed round', 'Skyquill', 7e6],
    ['Gridloom has extended its Series B with $12 million from Owl Rock Partners.', 'Gridloom', 12e6],
    ['Fennic Bio has raised €9 million, extending its seed round.', 'Fennic Bio', 9e6],
  ])('a round extended by its verb is an extension: %s', (text, company, amount) => {
    expect(read(text)).toEqual([expect.objectContaining({ company, amount, type: 'extension' })]);
  });

  it.each([
    [
      'Orrery, the satellite-data startup, is seeking $120M, with Halyard Partners in advanced negotiations to lead the deal.',
      'Orrery',
      ['Halyard Partners'],
    ],
    ['Kelpie is raising a $40M Series B; Drumlin Ventures is likely to lead.', 'Kelpie', ['Drumlin Ventures']],
    ['Sorrel is in talks to raise $25M, with Quarry Hill in discussions to lead.', 'Sorrel', ['Quarry Hill']],
  ])('a lead still in discussion: %s', (text, company, lead) => {
    expect(read(text)).toEqual([expect.objectContaining({ company, lead, status: 'in_talks' })]);
  });

  it.each([
    [
      'Salt Lake City-based Tallyhoe, which sells scheduling tools to dentists, has raised $9 million, the company said Monday. ' +
        'Provo venture firm Wasatch Peak Partners led the round, which also drew local angels.',
      'Tallyhoe',
      9e6,
      ['Wasatch Peak Partners'],
    ],
    [
      'New Haven-based Quillo, a tutoring startup, has raised $3.5 million led by Elm Street Ventures.',
      'Quillo',
      3.5e6,
      ['Elm Street Ventures'],
    ],
  ])('a company after a place of several words ("Salt Lake City-based X, which …"): %s', (text, company, amount, lead) => {
    expect(read(text)).toEqual([expect.objectContaining({ company, amount, lead, status: 'announced' })]);
  });

  it.each([
    [
      'Today we are announcing that we led the $9M seed round in Fablewood, a maker of kiln controllers, alongside Birchline.',
      'Harrow Capital',
      'Fablewood',
    ],
    [
      'Fablewood has raised a $9M seed round. We led the round, with participation from Birchline.',
      'Harrow Capital Blog',
      'Fablewood',
    ],
    ['We’re proud to have co-led the $9M seed in Fablewood with Birchline.', 'https://www.harrowcap.com/blog', 'Fablewood'],
  ])('an investor’s own post: "we led" is the site’s firm: %s', (text, site, company) => {
    const [round] = read(text, { site });
    expect(round).toEqual(expect.objectContaining({ company, amount: 9e6 }));
    expect(round!.lead[0]).toMatch(/^Harrow/);
  });

  it('a quoted "we led" is the speaker’s firm, not the site', () => {
    const text = '“We led the $9M seed in Fablewood because kilns matter,” said Ana Ruiz of Birchline.';
    expect(read(text, { site: 'Daily Ceramics' })[0]?.lead ?? []).not.toContain('Daily Ceramics');
  });

  it('"extends its Series A to $450M" names the whole Series A', () => {
    expect(read('Tillwork extends its Series A to $60 million.')).toEqual([
      expect.objectContaining({ company: 'Tillwork', amount: 60e6, type: 'series_a' }),
    ]);
  });

  it('extending a lead over rivals is not an extension of the round', () => {
    expect(read('Tessaly raised a $5 million Series A, extending its lead over rivals.')).toEqual([
      expect.objectContaining({ company: 'Tessaly', type: 'series_a' }),
    ]);
  });
});
