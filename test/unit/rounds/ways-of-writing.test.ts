// Each way of writing the unseen texts (unseen-texts.ts) showed, tested on a different invented
// example than the one that prompted the rule: headline verbs, wire tags, list items, "Our $4M
// round", a site's glued words, "The $9M round", a round named only by its lead, things raised
// that are not money, bonds and tender offers, an IPO in the event's own clause, talks under
// negotiation, a minority stake said in the next sentence, where a list of leads ends, and money
// raised over a span of years (a sum of rounds).
import { describe, expect, it } from 'vitest';
import { extractRounds, type ExtractOptions } from '../../../src/rounds/extract.js';

const read = (text: string, options: ExtractOptions = {}) =>
  extractRounds(text, options).map((r) => ({
    company: r.company,
    amount: r.amount,
    type: r.roundType,
    lead: r.leadInvestors,
    status: r.status,
  }));

describe('rounds written as other outlets write them', () => {
  it.each([
    ['Freight app Loadstar pockets $9M seed led by Kiln Ventures', 'Loadstar', 9e6],
    ['Quarry robotics firm Stonecut reels in $31 million', 'Stonecut', 31e6],
    ['Vertical farm operator Greenstack clinches $75 million Series C', 'Greenstack', 75e6],
    ['Beacon Freight picks up $20 million amid tariffs on imported trucks', 'Beacon Freight', 20e6],
    ['UPDATE 2-Fintech Coinly raises $40 mln in Series B', 'Coinly', 40e6],
    ['BRIEF: Lodestar Bio draws $55 million for its lupus drug', 'Lodestar Bio', 55e6],
  ])('%s', (text, company, amount) => {
    expect(read(text)).toEqual([expect.objectContaining({ company, amount })]);
  });

  it('reads each bulleted line of a roundup as its own entry, even when the lines are about as long', () => {
    const text =
      'Deals of the week\n\n' +
      '- Brightkiln, pottery kilns for schools: $5M seed from Oakum Capital\n' +
      '- Cinderpath, trail-running app: $12M Series A led by Ember Peak\n' +
      '- Tollgate AI, invoice agents: $30M Series B led by Harrow Ridge';
    expect(read(text).map((r) => r.company)).toEqual(['Brightkiln', 'Cinderpath', 'Tollgate AI']);
    expect(read(text)[2]).toMatchObject({ amount: 30e6, lead: ['Harrow Ridge'] });
  });

  it('"Our $2.5 million pre-seed round" is the post’s own round', () => {
    const got = read('Our $2.5 million pre-seed round closed this week, led by Wickham Angels.', {
      title: 'Thank you, early believers',
      site: 'Pondly Blog',
    });
    expect(got).toEqual([
      expect.objectContaining({ company: 'Pondly', amount: 2.5e6, type: 'pre_seed', lead: ['Wickham Angels'] }),
    ]);
  });

  it('names the post’s company as the text spells it when its address glues the words', () => {
    const got = read(
      'We have raised $6M to bring Blue Finch to more bird sanctuaries. Blue Finch tracks migrations with cheap sensors.',
      {
        title: 'Celebrating our seed round',
        site: 'https://www.bluefinch.co.uk/news/seed',
      },
    );
    expect(got.map((r) => r.company)).toEqual(['Blue Finch']);
  });

  it('"The new $9 million round" in a sentence of its own is the story’s round; a lead alone names a round', () => {
    const text =
      'Lakeside Labs, which makes lab-grown leather, has closed new financing led by Birchwood Capital. ' +
      'The new $9 million round will pay for a pilot plant in Ohio.';
    expect(read(text)).toEqual([expect.objectContaining({ company: 'Lakeside Labs', amount: 9e6, lead: ['Birchwood Capital'] })]);
    expect(read('Fernbank has completed a new financing round led by Quill Harbor, the company said.')).toEqual([
      expect.objectContaining({ company: 'Fernbank', amount: null, lead: ['Quill Harbor'] }),
    ]);
  });

  it('ends a list of leads where participation begins', () => {
    const got = read('Mossgrove raised $16 million led by Crane Ventures, plus participation from Lark Capital.');
    expect(got[0]!.lead).toEqual(['Crane Ventures']);
  });

  it('a company negotiating a stage is in talks, and the stage joins the headline’s round', () => {
    const text =
      'Battery startup Kitewing seeks $250 million\n\nKitewing is negotiating a Series B with Torch Capital, people familiar with the talks said.';
    expect(read(text)).toEqual([
      expect.objectContaining({ company: 'Kitewing', amount: 250e6, type: 'series_b', status: 'in_talks' }),
    ]);
  });

  it('a headline naming the recipient after "for", and a compact roundup of entries in parentheses', () => {
    expect(read('A $7 million seed round for Larkspur Health')).toEqual([
      expect.objectContaining({ company: 'Larkspur Health', amount: 7e6, type: 'seed' }),
    ]);
    const got = read('Quick hits: Ferro ($8M, seed); Loam ($22M, Series A, Birch Capital).');
    expect(got.map((r) => [r.company, r.amount, r.type])).toEqual([
      ['Ferro', 8e6, 'seed'],
      ['Loam', 22e6, 'series_a'],
    ]);
  });

  it('a headline’s bare infinitive is a round in talks; "and joined by" ends the leads', () => {
    expect(read('Battery recycler Cobalto to raise €60 million from state bank')).toEqual([
      expect.objectContaining({ company: 'Cobalto', amount: 60e6, status: 'in_talks' }),
    ]);
    const got = read('Wrenly raised $3M led by Alder Fund and joined by several angels including Maya Osei.');
    expect(got[0]!.lead).toEqual(['Alder Fund']);
  });

  it('preparing or gearing up for a raise is talks', () => {
    expect(read('Gliderpath hires bankers as it gears up for a $500 million raise')).toEqual([
      expect.objectContaining({ company: 'Gliderpath', amount: 500e6, status: 'in_talks' }),
    ]);
  });

  it('"talks with backers such as X on raising" is the sentence subject’s raise', () => {
    const got = read(
      'Tessary has opened discussions with backers such as Mirela Capital on raising about $90 million, two people said.',
    );
    expect(got).toEqual([expect.objectContaining({ company: 'Tessary', amount: 90e6, status: 'in_talks' })]);
  });

  it('an earlier round told after the new one’s amount does not make the new one background', () => {
    const got = read(
      'Hollow Pine raised $11 million in a Series A led by Oriel Partners, following its earlier $2 million seed.',
    );
    expect(got).toEqual([
      expect.objectContaining({ company: 'Hollow Pine', amount: 11e6, type: 'series_a', lead: ['Oriel Partners'] }),
    ]);
  });

  it('"its first funding since a $2M seed" recalls the earlier round, not a second new one', () => {
    const got = read(
      'Orrin Health has raised $16 million led by Calder Peak, the company said Monday, its first raise since a $2 million seed in 2023.',
    );
    expect(got).toEqual([expect.objectContaining({ company: 'Orrin Health', amount: 16e6, lead: ['Calder Peak'] })]);
  });

  it('"X leads Y’s $30M round" names X the lead of Y’s round', () => {
    expect(read('Birchway Partners leads Tamsin Robotics’ $30 million Series B')).toEqual([
      expect.objectContaining({ company: 'Tamsin Robotics', amount: 30e6, type: 'series_b', lead: ['Birchway Partners'] }),
    ]);
  });

  it('an investor firm’s name does not make "closed" a verb of a round', () => {
    const got = read('The financing, which closed on Friday, was led by Harrow Capital.', { title: 'Quenby raises $12M seed' });
    expect(got).toEqual([expect.objectContaining({ company: 'Quenby', amount: 12e6, lead: ['Harrow Capital'] })]);
  });

  it('"Here at X, we" names the post’s company; "the good people at X" is the firm', () => {
    const got = read('Here at Fieldnote, we have raised $3M in seed funding, led by the good people at Sorrel Ventures.', {
      title: 'A note to our customers',
    });
    expect(got).toEqual([
      expect.objectContaining({ company: 'Fieldnote', amount: 3e6, type: 'seed', lead: ['Sorrel Ventures'] }),
    ]);
  });

  it('"X led, with Y participating" names X the lead; nearing a deal to raise is talks', () => {
    expect(read('Gleamly raised $8M in a seed round. Kestrel Peak led, with Marsh Lane participating.')[0]!.lead).toEqual([
      'Kestrel Peak',
    ]);
    expect(read('Voltera is nearing a deal to raise $60 million from Quanta Hill')).toEqual([
      expect.objectContaining({ company: 'Voltera', amount: 60e6, status: 'in_talks' }),
    ]);
  });

  it('a counted group of startups is a roundup, not a statistic', () => {
    const got = read('Two startups raised $30 million this week: Ondo ($20M, Series A) and Pibble ($10M, seed).');
    expect(got.map((r) => r.company)).toEqual(['Ondo', 'Pibble']);
  });

  it('a minority stake said in the next sentence makes a corporate investment strategic', () => {
    const text =
      'Retailer Osgood puts $40 million into delivery startup Zipcart\n\nThe deal gives Osgood a minority stake in the company.';
    expect(read(text)).toEqual([expect.objectContaining({ company: 'Zipcart', amount: 40e6, type: 'strategic' })]);
  });
});

describe('money that is not a round', () => {
  it.each([
    'Boltline raises bid for rival Carrow to $900 million',
    'Grocer Fresca raised its dividend to $0.40 a share and its forecast for the year',
    'Utility Norwell raises $800 million in senior notes due 2031',
    'Shipping line Marvane raises $1 billion in a sustainability-bond sale',
    'Pixelworks completes $300 million tender offer for staff shares',
    'Canvasly valued at $3 billion in a secondary sale of employee shares',
    'Robot maker Tillwright cuts a fifth of staff weeks after £40m raise',
    'Climate startups have raised over $40 billion so far this year, including Verdant’s $500 million Series D.',
    'Boxfold raised $300 million at the height of the pandemic boom, but has since cut its staff in half.',
    'Drugmaker Helix raises $210 million in Hong Kong IPO',
    'Ferry operator Nordlys raised £300 million in its London listing, pricing shares at the top of the range.',
    // Money raised over a span of years is a sum of rounds, told as background.
    'Over the past couple of years, scooter maker Wendle raised $140 million and became the best-known brand in the market.',
    'Wendle has raised $140 million over the last four years from investors including Quarry Ventures.',
    'Wendle has raised £30m since 2018 and now sells in nine countries.',
    // A worth with no word of funding in the text: an appraisal, not a round's valuation.
    'Ledbury says the estate is worth more than $50m but the county appraiser says it is worth $19m',
  ])('%s', (text) => expect(read(text)).toEqual([]));

  it('one round raised within a span of time is still that round', () => {
    expect(read('Wendle raised $50 million in a Series B over the past month, led by Quarry Ventures.')).toEqual([
      expect.objectContaining({ company: 'Wendle', amount: 50e6, type: 'series_b' }),
    ]);
  });

  it('a round that also pays for a tender offer is still a round', () => {
    const got = read(
      'Pathwise has raised $90 million in a Series C led by Orme Capital, which includes a $15 million tender offer for staff.',
    );
    expect(got).toEqual([expect.objectContaining({ company: 'Pathwise', amount: 90e6, type: 'series_c' })]);
  });
});
