// Each kind of wording the fourth blind set (unseen-blind4.ts) missed, tested on different invented
// examples than the ones that prompted the rule: a wire dateline from an agency the rules do not
// know, a firm named "… Invest", a description before the name with a relative clause after it,
// money tacked onto a round, a roundup entry that names the stage before the amount, talks written
// as "said to be raising", "nears" or "approaching investors", and money that is no company's round
// (existing debt amended, a grant to a university).
import { describe, expect, it } from 'vitest';
import { roundsRead as read } from '../../helpers/rounds-read.js';

describe('rounds written as the fourth blind set writes them', () => {
  it.each([
    'OSLO, Feb 3 (Fjordwire) - Tidelock, a Bergen maker of sensors that watch salmon pens for lice, said on Wednesday it had raised 40 million Norwegian crowns in a seed round led by Vestkyst Kapital.',
    'BERGEN, Norway, Feb. 3, 2026 /Newsfile/ -- Tidelock, a maker of sensors for salmon pens, today announced it had raised 40 million Norwegian crowns in a seed round led by Vestkyst Kapital.',
  ])('a dateline from any wire: %s', (text) => {
    expect(read(text)).toEqual([
      expect.objectContaining({ company: 'Tidelock', amount: 40e6, currency: 'NOK', type: 'seed', lead: ['Vestkyst Kapital'] }),
    ]);
  });

  it('a firm whose name ends in "Invest" leads, and a capitalized "Invest" is still a verb in a headline', () => {
    expect(read('Turku-based Saaristo Labs has raised €6m in a Series A led by Aurajoki Invest.')).toEqual([
      expect.objectContaining({ company: 'Saaristo Labs', lead: ['Aurajoki Invest'], type: 'series_a' }),
    ]);
    expect(read('Nordvik Capital To Invest $30M In Saaristo Labs')).toEqual([
      expect.objectContaining({ company: 'Saaristo Labs', amount: 30e6 }),
    ]);
  });

  it('a description before the name and a relative clause after it: "Lisbon insurtech Ondabrava, which …, raised"', () => {
    expect(
      read(
        'Lisbon insurtech Ondabrava, which sells flood cover to small shops through their banks, raised €14 million in a Series A round led by Tejo Ventures.',
      ),
    ).toEqual([expect.objectContaining({ company: 'Ondabrava', amount: 14e6, lead: ['Tejo Ventures'] })]);
  });

  it('money tacked onto a round is an extension, and "The extension was led by …, X said" names the lead only', () => {
    expect(
      read(
        'Soil-testing startup Humusly has tacked on another $9 million to its seed round. The extension was led by Prairie Row Capital, Humusly said, and comes a year after the first close.',
      ),
    ).toEqual([expect.objectContaining({ company: 'Humusly', amount: 9e6, type: 'extension', lead: ['Prairie Row Capital'] })]);
  });

  it('a roundup entry with the stage before the amount: "Ventiq (Seed, $2M, led by …)"', () => {
    const text =
      'Three deals we liked\n\n- Ventiq (Seed, $2M, led by Larchmont Angels).\n- Oarside (Series B, $31M, led by Shoreline Growth).';
    expect(read(text)).toEqual([
      expect.objectContaining({ company: 'Ventiq', amount: 2e6, type: 'seed', lead: ['Larchmont Angels'] }),
      expect.objectContaining({ company: 'Oarside', amount: 31e6, type: 'series_b', lead: ['Shoreline Growth'] }),
    ]);
  });

  it.each([
    ['Robot-lawnmower maker Mowhaus said to be raising $45M Series B', 'Mowhaus', 45e6],
    ['Payroll startup Ledgerly nears $70M round led by Brookfield Lane', 'Ledgerly', 70e6],
    [
      'Ledgerly, the payroll startup, has been sounding out investors about a round of as much as $70 million, people familiar with the matter said.',
      'Ledgerly',
      70e6,
    ],
  ])('talks: %s', (text, company, amount) => {
    expect(read(text)).toEqual([expect.objectContaining({ company, amount, status: 'in_talks' })]);
  });

  it.each([
    'Harlow Logistics, which is listed in London, has amended its existing £400 million revolving credit facility with its banks, extending it to 2030.',
    'Shares of Brightmere Foods rose after it said it had amended and restated its $1.2 billion term loan on better terms.',
    'The University of Westmarch has received a $20 million grant from the Oakhill Trust to build a quantum computing lab.',
    'Northfield Children’s Hospital has received a $5 million grant from a local family to expand its cancer ward.',
  ])('no round: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('a new loan to a company is still a debt round, a startup named “… School” still raises, and a grant to a startup still counts', () => {
    expect(read('Voltkiln has secured a $40 million credit facility from Eastbank to build its second plant.')).toEqual([
      expect.objectContaining({ company: 'Voltkiln', amount: 40e6, type: 'debt' }),
    ]);
    expect(read('Coding bootcamp Ferrule School has raised $30 million in a Series B led by Gorse Ventures.')).toEqual([
      expect.objectContaining({ company: 'Ferrule School', amount: 30e6, type: 'series_b' }),
    ]);
    expect(read('Battery startup Voltkiln has received a $2 million grant from the Energy Agency.')).toEqual([
      expect.objectContaining({ company: 'Voltkiln', amount: 2e6, type: 'grant' }),
    ]);
  });
});
