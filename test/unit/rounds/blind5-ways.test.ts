// Each kind of wording the fifth blind set (unseen-blind5.ts) missed, tested on different invented
// examples than the ones that prompted the rule: amounts in naira, shillings, shekels and rand,
// "X headed the round" and "anchored by X", "15 billion won" (the currency, not the verb), a
// company's description that mentions buying, the first close of a company's round, a total to
// date, "last raised", a refinanced loan, "Scoop:" / "Launch HN:" in front of a headline, and an
// investor's post whose round comes after a paragraph about something else.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { roundsRead as read } from '../../helpers/rounds-read.js';

describe('rounds written as the fifth blind set writes them', () => {
  it.each([
    ['Abuja agritech Korama has raised ₦900 million in a seed round led by Zuma Rock Capital.', 900e6, 'NGN'],
    ['Mombasa-based Pwani Freight has secured KSh 650 million in a Series A led by Tana Capital.', 650e6, 'KES'],
    ['Tel Aviv cyber startup Ofek Shield raised NIS 25 million in a seed round led by Yarkon Partners.', 25e6, 'ILS'],
    ['Durban edtech Shongololo has raised R40 million in a Series A round led by Umhlanga Ventures.', 40e6, 'ZAR'],
    ['Mokpo Marine said Monday it has raised 8 billion won in a Series A round led by Yeosu Partners.', 8e9, 'KRW'],
  ])('an amount as local press writes it: %s', (text, amount, currency) => {
    expect(read(text)).toEqual([expect.objectContaining({ amount, currency })]);
  });

  it.each([
    'Kettle Analytics has raised $7 million. Brackwater Capital headed the round, with Fennmoor Ventures joining.',
    'Kettle Analytics has raised $7 million in a seed round anchored by Brackwater Capital.',
    'Kettle Analytics said it had secured $7 million in a seed round, with Brackwater Capital leading.',
  ])('leads in other words: %s', (text) => {
    expect(read(text)).toEqual([
      expect.objectContaining({ company: 'Kettle Analytics', amount: 7e6, lead: ['Brackwater Capital'] }),
    ]);
  });

  it('a description of the company that mentions buying does not make its round an acquisition', () => {
    expect(
      read(
        'Tillrow, an app that lets cafés buy milk and beans from local farms, has raised $3 million in seed funding led by Oxbow Ventures.',
      ),
    ).toEqual([expect.objectContaining({ company: 'Tillrow', amount: 3e6, lead: ['Oxbow Ventures'] })]);
  });

  it('the first close of a company’s round is a round; the first close of a fund is not', () => {
    expect(read('Qasr Health has announced the first close of its seed round at $4 million, led by Nubia Partners.')).toEqual([
      expect.objectContaining({ company: 'Qasr Health', amount: 4e6, type: 'seed' }),
    ]);
    expect(read('Nubia Partners announced the first close of its $120 million Fund II.')).toEqual([]);
  });

  it.each([
    ['Lindholm Bio raised $60 million in a Series B. The company has now raised more than $140 million.', [60e6]],
    ['Lindholm Bio is laying off 40 people. The company last raised money in a $60 million Series B in 2024.', []],
    ['Listed cement maker Korrin Group said it had refinanced a $500 million term loan with three banks on cheaper terms.', []],
  ])('a total to date, a past round, a refinanced loan are no new round: %s', (text, amounts) => {
    expect(read(text).map((r) => r.amount)).toEqual(amounts);
  });

  it('an investor’s own post: a first paragraph about the market, then “we led X’s round”', () => {
    const text =
      'At Larchfield Capital we kept hearing the same complaint from dentists: booking software is built for hairdressers. ' +
      'Most practices still juggle three systems and a paper diary.\n\n' +
      'So we are delighted to say that we led Molarly’s $6M seed round, alongside Quayside Angels. Welcome aboard!';
    expect(extractRounds(text, { title: 'Why we backed Molarly', site: 'Larchfield Capital blog' })).toEqual([
      expect.objectContaining({ company: 'Molarly', amount: 6e6, roundType: 'seed', leadInvestors: ['Larchfield Capital'] }),
    ]);
  });

  it.each([
    ['Scoop: Marlowe Labs, a payroll startup, is raising a $25 million Series A, per three sources.', null],
    ['We closed a $25M Series A last month, led by Cobble Lane.', 'Launch HN: Marlowe Labs (YC S25) – Payroll for restaurants'],
  ])('a headline tag in front of the name: %s', (text, title) => {
    expect(read(text, title)).toEqual([expect.objectContaining({ company: 'Marlowe Labs', amount: 25e6 })]);
  });
});
