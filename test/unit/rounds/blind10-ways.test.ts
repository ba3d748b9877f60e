// Each kind of wording the tenth blind set (unseen-blind10.ts) missed, tested on different invented
// examples than the ones that prompted the rule: a company "raising" its wages, a city raising
// money "in bonds", a bank's rights issue, a fund "for seed-stage" companies, "Nobody led", talks
// told as "arranging to raise", banks hired "to help it raise", term sheets received and no lead
// picked, "our lead, X 🙏", "X had led the funding", a round in a "whose" clause, a product "made
// by" its maker, a lead that counts the rounds it will tell, and "It has raised" after an untitled
// first sentence that names the company without a word of news.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const PUBLISHED = Date.UTC(2026, 5, 1);
const brief = (text: string, title?: string, published = PUBLISHED) => roundsRead(text, title ?? null, published);

describe('rounds written as the tenth blind set writes them', () => {
  it('reads no round in wages raised, bonds sold, a rights issue or a fund for seed-stage companies', () => {
    expect(brief('Parcelta, the delivery app, is raising its starting pay for couriers to $19 an hour from March.')).toEqual([]);
    expect(brief('The county plans to raise $300 million in bonds to rebuild its courthouse, officials said.')).toEqual([]);
    expect(brief('Lindqvist Bank will raise SEK 4 billion through a rights issue to shore up its capital.')).toEqual([]);
    expect(brief('Thornbury Capital closes $250M second fund for seed-stage climate startups')).toEqual([]);
  });

  it('names no lead from "Nobody led"', () => {
    const text = 'Ovenbird has raised $1.5 million from 25 angel investors. "Nobody led the round, by design," its founder said.';
    expect(brief(text)).toMatchObject([{ company: 'Ovenbird', lead: [] }]);
  });

  it('reads talks told as arranging a raise, hiring banks for it, or weighing term sheets', () => {
    expect(brief('Kumoriya, a Osaka robotics startup, is arranging to raise about 5 billion yen in new funding.')).toMatchObject([
      { company: 'Kumoriya', status: 'in_talks' },
    ]);
    expect(
      brief('Sproutvale has hired two investment banks to help it raise about $200 million in a Series E, sources said.'),
    ).toMatchObject([{ company: 'Sproutvale', status: 'in_talks' }]);
    expect(
      brief(
        'Tidemark has received term sheets from several investors for a round of about €40 million and has yet to pick a lead.',
      ),
    ).toMatchObject([{ company: 'Tidemark', status: 'in_talks', lead: [] }]);
  });

  it('reads "our lead, X" with an emoji after the name, and "X had led the funding"', () => {
    const post =
      'Today Nettlebed is announcing our $2M pre-seed! 🎉\n\nThank you to our lead, Harefield Ventures 🙌, and to every angel who joined.';
    expect(brief(post)).toMatchObject([{ company: 'Nettlebed', lead: ['Harefield Ventures'] }]);
    const said = 'Quarrystone has raised £6m. The company said Sallow Hill Capital had led the funding, with two angels joining.';
    expect(brief(said)).toMatchObject([{ company: 'Quarrystone', lead: ['Sallow Hill Capital'] }]);
  });

  it('reads a round in a "whose" clause as a description, not news', () => {
    const text =
      'Portfolio notes for the quarter.\n\n• Larchmere, whose $30M Series B we covered in our spring letter, doubled its revenue.';
    expect(brief(text)).toEqual([]);
  });

  it('reads "It" as the company an untitled text opens with, when its first sentence says what it does', () => {
    const text =
      'Brackenmoor builds scheduling software for ferry operators. It has raised $7 million in a seed round led by Solway Capital.';
    expect(brief(text)).toMatchObject([{ company: 'Brackenmoor', amount: 7e6, lead: ['Solway Capital'] }]);
  });

  it('gives a round told of a product to the company that makes it', () => {
    const text =
      'The budgeting app for shared households has raised €2 million in seed funding. ' +
      'Splitjar sends each flatmate a weekly summary of who owes what. Splitjar is made by Kasboek, a Rotterdam company.';
    expect(brief(text)).toMatchObject([{ company: 'Kasboek', amount: 2e6 }]);
  });

  it('reads every round of a story whose lead counts them, however far down the second one is told', () => {
    const text =
      'Two Lagos fintech companies raised rounds this week. ' +
      'Kobowise, which sells savings plans to market traders, raised $8 million in a Series A led by Marina Capital. ' +
      'The company plans to expand to Ghana and Kenya next year, its chief executive said. ' +
      'Ajoflow, a payroll app for small firms, raised $3 million in a seed round.';
    expect(brief(text, 'How two Lagos fintechs raised money in a hard market').map((r) => r.company)).toEqual([
      'Kobowise',
      'Ajoflow',
    ]);
  });
});
