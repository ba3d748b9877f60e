// Each kind of wording the fifteenth, sixteenth and seventeenth blind sets (unseen-blind15.ts to
// unseen-blind17.ts) missed, tested on different invented examples: a name opening a reported clause ("report that X,
// based in …, has"), a firm's place after its name ("X Ventures of Boise"), "Y, whose firm led", a
// forum post's "I'm Ana, co-founder of X", a line whose subject is the round itself, a newsletter's
// "Lead: X. Also in: Y", a list that ends where a clause of its own begins, a lender's client news,
// a round told whole in the middle of a feature, Peruvian soles ("S/ 15 million"), "announced today
// (Tuesday) that it has raised", a strategic investment of an undisclosed amount, a full name the text
// gives first and then shortens ("co-founder of Frostline Health … Frostline picked up"), an investor's
// own "we invested $20 million in X as part of its Series C" deep in a transcript; and what is no round: a fund's amount right after
// "closes", orders drawn by a bond sale, a pension fund's allocation, a drawdown of a facility, a
// charity's appeal, a report's list of the period's largest deals, what every company of a cohort got,
// several companies' combined total, "How X raised its Series A", an aggregator's " - Outlet" after a
// headline, an employee share sale.
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../src/text/money.js';
import { roundsRead } from '../../helpers/rounds-read.js';

const brief = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the fifteenth to seventeenth blind sets write them', () => {
  it('reads the company that opens a reported clause, past its description', () => {
    const text =
      'Good news from the orchard. We are glad to say that Tallowby, based in Wenatchee, has now closed a $3.1m seed round. The round was led by Cascade Loam Ventures of Boise.';
    expect(brief(text, 'Member news: a round for Tallowby')).toMatchObject([
      { company: 'Tallowby', amount: 3.1e6, type: 'seed', lead: ['Cascade Loam Ventures'] },
    ]);
    const heard =
      'Notes from the week\n\nWe hear Quillmere, the Denver startup that audits freight invoices, is raising an $18M Series A, with Ashgrove Partners expected to lead.';
    expect(brief(heard)).toMatchObject([{ company: 'Quillmere', amount: 18e6, status: 'in_talks', lead: ['Ashgrove Partners'] }]);
  });

  it('reads the firm before ", whose firm led" as the lead', () => {
    const text =
      'Our guest is Tomas Reyes, a partner at Bellweather Capital, whose firm led the $9 million seed in Harrowgate last month. Harrowgate builds billing software for dental labs.';
    expect(brief(text, 'Episode 41: Tomas Reyes on the Harrowgate deal')).toMatchObject([
      { company: 'Harrowgate', amount: 9e6, type: 'seed', lead: ['Bellweather Capital'] },
    ]);
  });

  it('reads the company a forum post names in "I’m Ana, co-founder of X"', () => {
    const text =
      'Hi everyone, I’m Ana, co-founder of Brindle (we make scheduling software for vet clinics). Last month we closed a $1.8M seed round led by Oxbow Lane Capital. Happy to answer questions.';
    expect(brief(text, 'We raised our seed after 80 investor calls, AMA')).toMatchObject([
      { company: 'Brindle', amount: 1.8e6, type: 'seed', lead: ['Oxbow Lane Capital'] },
    ]);
  });

  it('reads a line whose subject is the round as the text’s own company’s, with its own stage', () => {
    const text =
      'Kestrelwise makes route software for waste collectors.\n\nWhy join us\n• Series B closed in May: $30M, led by Tidewater Growth, with our seed investors following on\n• 40 cities live';
    expect(brief(text, 'Senior Backend Engineer at Kestrelwise')).toMatchObject([
      { company: 'Kestrelwise', amount: 30e6, type: 'series_b', lead: ['Tidewater Growth'] },
    ]);
  });

  it('reads a newsletter’s "Lead: X. Also in: Y."', () => {
    const text =
      'Deals\n\n• Fennick (Lisbon; bookkeeping for cafés) picked up a €2M seed. Lead: Tagus Row Ventures. Also in: Alfama Angels.\n• Corrin Labs (Leeds) raised a $7M Series A led by Aire Point Capital.';
    expect(brief(text)).toMatchObject([
      { company: 'Fennick', amount: 2e6, type: 'seed', lead: ['Tagus Row Ventures'] },
      { company: 'Corrin Labs', lead: ['Aire Point Capital'] },
    ]);
  });

  it('ends a lead list where a clause of its own begins (", and X and Y also invested")', () => {
    const text =
      'Moorcroft Data has raised $11 million in a Series A. The round was led by Tay Bridge Ventures, and Pentland Capital and Scottish Enterprise also invested.';
    expect(brief(text)).toMatchObject([{ company: 'Moorcroft Data', lead: ['Tay Bridge Ventures'] }]);
  });

  it('reads a lender’s client news as the borrower’s debt, and a drawdown as no round of its own', () => {
    const text =
      'Client news: Harbourmaster Bank provides $12 million venture debt facility to Glimmerfield\n\n' +
      'Harbourmaster Bank has provided a $12 million venture debt facility to Glimmerfield, a Leeds company that makes battery-swap stations for delivery scooters. ' +
      'Glimmerfield will draw $4 million at closing and the rest over the next year.';
    expect(brief(text)).toMatchObject([{ company: 'Glimmerfield', amount: 12e6, type: 'debt' }]);
  });

  it('reads a round a feature tells whole in a sentence of its own, not one it only mentions', () => {
    const feature = (round: string) =>
      'On a cold morning in Derby, a dozen apprentices learn to wire heat pumps. Installers say the bottleneck is people, not hardware. ' +
      `Several startups want to help. ${round} It says 90 installers use its app.`;
    expect(
      brief(feature('Ductwise last week closed a £2.4mn seed round led by Trent Arch Ventures, with Peak Seed joining.')),
    ).toMatchObject([{ company: 'Ductwise', amount: 2.4e6, type: 'seed', lead: ['Trent Arch Ventures'] }]);
    // No stage and no lead: a mention, not the news.
    expect(brief(feature('Ductwise has raised £2.4mn from angels.'))).toEqual([]);
  });

  it('reads Peruvian soles written "S/"', () => {
    expect(findMoney('raised S/ 12 million (about US$3.2 million)')).toMatchObject([
      { amount: 12e6, currency: 'PEN' },
      { amount: 3.2e6, currency: 'USD' },
    ]);
  });

  it('reads "announced today (Tuesday) that it has raised" as this round, not an earlier one', () => {
    const text =
      'Ravenstone Security, which protects hospital networks, announced today (Tuesday) that it has raised $14 million in a Series A round led by Negev Gate Capital.';
    expect(brief(text)).toMatchObject([{ company: 'Ravenstone Security', amount: 14e6, lead: ['Negev Gate Capital'] }]);
  });

  it('reads a strategic investment of an undisclosed amount', () => {
    const text =
      'Quillhaven, a Gdańsk startup that monitors ship hulls, has received a strategic investment of an undisclosed amount from Baltmar Shipyards, the listed shipbuilder.';
    expect(brief(text, 'Quillhaven gets strategic investment from shipbuilder Baltmar')).toMatchObject([
      { company: 'Quillhaven', amount: null, type: 'strategic' },
    ]);
  });

  it('names the company as the text first gives it in full, not a namesake it mentions later', () => {
    const text =
      'This week we talk to Amara Obi, co-founder of Coldchain Bio, which makes solar fridges for clinics. Coldchain raised $6 million in seed funding last month, led by Lagos Gate Ventures.';
    expect(brief(text, 'Episode 80: fridges off the grid')).toMatchObject([{ company: 'Coldchain Bio', amount: 6e6 }]);
    const namesake =
      'Lumen, a Denver startup that recycles solar panels, has raised $12 million in a Series A led by Front Range Climate. It is unrelated to Lumen Health, a clinic operator.';
    expect(brief(namesake, 'Solar recycler Lumen raises $12M')).toMatchObject([{ company: 'Lumen', amount: 12e6 }]);
  });

  it('reads an investor’s own "we invested … in X as part of its Series C" wherever it stands', () => {
    const text =
      'Operator: Next question, please.\n\nAnalyst: You mentioned Tidemark Sensing earlier. Why a minority stake?\n\n' +
      'Chief Executive Officer: Good question. Last week we invested $15 million in Tidemark Sensing as part of its $40 million Series B. The round was led by Granite Reach Capital.';
    expect(brief(text, 'Harbor Utilities Q4 2025 earnings call, Q&A')).toMatchObject([
      { company: 'Tidemark Sensing', amount: 40e6, type: 'series_b', lead: ['Granite Reach Capital'] },
    ]);
  });

  it('reads each company’s own round, not the combined total of a newsletter’s title', () => {
    const text =
      'Ferrow ($14M Series A, led by Dale End Capital) makes software for lift engineers. Quorna ($6M seed, led by Marsh Gate Ventures) sells drone inspections to insurers.';
    const read = brief(text, 'Monday money: Ferrow and Quorna raise a combined $20M');
    expect(read.map((r) => [r.company, r.amount])).toEqual([
      ['Ferrow', 14e6],
      ['Quorna', 6e6],
    ]);
  });

  it('reads no round in how a company raised an earlier one, nor in an employee share sale', () => {
    expect(
      brief(
        'This week we talk to the founder of Pellwick, which raised a $9 million seed led by Hartcliffe Ventures two years ago.',
        'Ep. 88: How Pellwick raised its seed in a down market',
      ),
    ).toEqual([]);
    expect(
      brief(
        'Vantor AI is in talks about a sale of shares held by employees that would value it at $40 billion, people familiar with the matter said.',
        'Vantor AI valuation could reach $40 billion in employee share-sale talks - The Ledger Wire',
      ),
    ).toEqual([]);
  });

  it('reads "How X raised its seed" as news where the post itself tells the round', () => {
    const text =
      'When we set out to raise our seed, we skipped the deck and wrote a memo. It helped us raise $9 million from angels who understand veterinary clinics.';
    expect(brief(text, 'How Brindle raised a $9M seed without a pitch deck')).toMatchObject([
      { company: 'Brindle', amount: 9e6 },
    ]);
  });

  it('reads a headline without the outlet an aggregator appends (" - The Ledger Wire")', () => {
    expect(
      brief('Seedwell has raised a $7 million seed round led by Orchard Row.', 'Seedwell raises $7M seed - The Ledger Wire'),
    ).toMatchObject([{ company: 'Seedwell', amount: 7e6, lead: ['Orchard Row'] }]);
    // The outlet is never the company a description-only headline leaves unnamed.
    expect(
      brief(
        'The startup has raised a $7 million seed round led by Orchard Row.',
        'Robot-kitchen startup gets $7M seed - The Ledger Wire',
      ),
    ).toEqual([]);
  });

  it('reads no round in what every company of a cohort got', () => {
    const text =
      'Demo day recap\n\nTwelve teams pitched on Thursday. Each startup in the programme received our standard $150K investment for 6%.';
    expect(brief(text)).toEqual([]);
  });

  it('reads no round in a fund’s close, a bond sale’s orders or a pension fund’s allocation', () => {
    expect(brief('Larchmont Ventures closes $300M fourth fund for seed-stage climate deals')).toEqual([]);
    expect(
      brief(
        'Brenton Foods, the listed snack maker, raised $400 million from a sale of ten-year bonds on Monday, drawing orders of about $1.6 billion.',
      ),
    ).toEqual([]);
    expect(
      brief(
        'The Prairie Firefighters’ Pension Plan will raise its allocation to private equity to 9% of its $40 billion portfolio, its trustees said.',
      ),
    ).toEqual([]);
  });

  it('reads no round in a charity’s appeal', () => {
    expect(
      brief('An appeal for the families of fishermen lost off Whitby has raised £1.2m in ten days, the trust said.'),
    ).toEqual([]);
    expect(brief('St Aldhelm’s Hospice, the Dorset charity, has raised £3m for a new day unit.')).toEqual([]);
  });

  it('reads no round in a report’s list of the period’s largest deals', () => {
    const text =
      'European startups raised €14 billion in the first quarter, a research firm said. The biggest rounds of the quarter were Norrow’s €600 million Series C led by Baltic Crest and Quaymark’s €250 million Series B.';
    expect(brief(text, 'European venture funding fell in the first quarter')).toEqual([]);
  });
});
