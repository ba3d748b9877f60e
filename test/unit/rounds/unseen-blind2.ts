// A second blind set for funding-round extraction: invented (companies, people and sentences made
// up for this project) on 2026-12-06 by a writer who had not read src/rounds, in outlets' styles and
// years the other sets do not use, labelled by hand, and measured once before any rule was changed
// for them. Same shape as checks.ts; labels follow the corpus's conventions (a lead only where the
// text says led / co-led / is expected to lead; corporate money is strategic; loans are debt;
// texts in other languages must give no round).
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND2: RoundCheck[] = [
  {
    id: 'ub2-01',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Cargo drone maker Skyhaul lands another $85M as it pushes into hospital deliveries',
    kind: 'round',
    rounds: [{ company: 'Skyhaul', amount: 85e6, roundType: 'unknown' }],
  },
  {
    id: 'ub2-02',
    style: 'blog',
    phenomenon: 'first_person',
    title: 'Brindle raises $6.5M seed to rethink shift scheduling',
    source: 'The Brindle Blog',
    text:
      'Today we’re thrilled to announce that we’ve raised $6.5 million in seed funding. ' +
      'The round was led by Oakline Ventures, with participation from Tern Capital and a group of operators we admire. ' +
      'Here is why we started, and what comes next.',
    kind: 'round',
    rounds: [{ company: 'Brindle', amount: 6.5e6, roundType: 'seed', lead: ['Oakline Ventures'] }],
  },
  {
    id: 'ub2-03',
    style: 'blog',
    phenomenon: 'first_person',
    title: 'A note from our founder: why we took new money now',
    source: 'Quillmark',
    text:
      'I want to share some news with everyone who uses our product. We have raised $12 million in a Series A led by Hatteras Partners. ' +
      'Nothing about your plan or your data changes.',
    kind: 'round',
    rounds: [{ company: 'Quillmark', amount: 12e6, roundType: 'series_a', lead: ['Hatteras Partners'] }],
  },
  {
    id: 'ub2-04',
    style: 'business',
    phenomenon: 'leads',
    text:
      'Spearheaded by Lindqvist Capital, the €30 million Series B gives Stockholm-based Frostbyte runway into 2028, ' +
      'chief executive Elin Sjöberg said in an interview.',
    kind: 'round',
    rounds: [{ company: 'Frostbyte', amount: 30e6, currency: 'EUR', roundType: 'series_b', lead: ['Lindqvist Capital'] }],
  },
  {
    id: 'ub2-05',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'Funding roundup: the week of May 12\n\n' +
      '- Harbor Lane, a Boston maker of lab robots, raised $40 million in Series C funding led by Quarry Hill Partners.\n' +
      '- Pipette.ai picked up a $3 million seed round from Westbrook Angels.\n' +
      '- Solace Health landed $110 million in a round led by Ridgeway Growth and Osprey Capital.',
    kind: 'round',
    rounds: [
      { company: 'Harbor Lane', amount: 40e6, roundType: 'series_c', lead: ['Quarry Hill Partners'] },
      { company: 'Pipette.ai', amount: 3e6, roundType: 'seed' },
      { company: 'Solace Health', amount: 110e6, roundType: 'unknown', lead: ['Ridgeway Growth', 'Osprey Capital'] },
    ],
  },
  {
    id: 'ub2-06',
    style: 'press',
    phenomenon: 'press_release',
    text:
      'LONDON, 14 January 2025 — Tidewell Ltd, the tidal energy developer, today announced the close of a £18.5 million Series A financing. ' +
      'The round was led by Albion Green Capital and included new investor Marsh & Pike Ventures.',
    kind: 'round',
    rounds: [{ company: 'Tidewell', amount: 18.5e6, currency: 'GBP', roundType: 'series_a', lead: ['Albion Green Capital'] }],
  },
  {
    id: 'ub2-07',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'Der Münchner KI-Spezialist Kernwerk sammelt 1,2 Mrd. € ein – angeführt wird die Runde von Isar Growth.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub2-08',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'Het Utrechtse Fietsdelen haalt 8 miljoen euro op bij Domstad Ventures om naar Duitsland uit te breiden.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub2-09',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'La startup milanese Pastalab ha chiuso un round da 4 milioni di euro guidato da Navigli Capital.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub2-10',
    style: 'wire',
    phenomenon: 'fund_close',
    text: 'Northwall Capital closes $1.1 billion third flagship fund for early-stage founders',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub2-11',
    style: 'wire',
    phenomenon: 'fund_close',
    text: 'Early-stage investor Copperleaf raises $250M across two new funds, doubling down on climate',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub2-12',
    style: 'wire',
    phenomenon: 'ipo',
    text: 'Lumenpay prices IPO at $24 a share, raising $680 million',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub2-13',
    style: 'business',
    phenomenon: 'acquisition',
    text: 'Datensafe, a Berlin security startup, has been acquired by Nordvik Systems for €90 million, the buyer said on Monday.',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub2-14',
    style: 'business',
    phenomenon: 'statistics',
    text: 'European climate tech companies raised €7.4 billion in 2025, down 18% from a year earlier, according to a report by Greenfield Data.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub2-15',
    style: 'wire',
    phenomenon: 'strategic_stake',
    text: 'Automaker Verano Motors takes 12% stake in battery startup Cellforge for $300 million',
    kind: 'round',
    rounds: [{ company: 'Cellforge', amount: 300e6, roundType: 'strategic' }],
  },
  {
    id: 'ub2-16',
    style: 'wire',
    phenomenon: 'public_market',
    text: 'Activist investor Grayhawk buys $450 million stake in listed retailer Merriton, filings show',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub2-17',
    style: 'wire',
    phenomenon: 'in_talks',
    text: 'Satellite imaging company Polaris Eye weighs raising about $500 million at a $4 billion valuation, people familiar with the matter say',
    kind: 'in_talks',
    rounds: [{ company: 'Polaris Eye', amount: 500e6, roundType: 'unknown' }],
  },
  {
    id: 'ub2-18',
    style: 'business',
    phenomenon: 'in_talks',
    text: 'Paris-based Veloce is in the final stages of closing a €60m Series B, The Ledger understands, with Montmartre Partners expected to lead.',
    kind: 'in_talks',
    rounds: [{ company: 'Veloce', amount: 60e6, currency: 'EUR', roundType: 'series_b', lead: ['Montmartre Partners'] }],
  },
  {
    id: 'ub2-19',
    style: 'business',
    phenomenon: 'background',
    text:
      'Heliograph launches satellite weather API\n\n' +
      'Heliograph, which raised a $22 million Series A in 2021, said the API costs $200 a month for startups and is free for researchers.',
    kind: 'other',
    rounds: [],
    prior: ['Heliograph'],
  },
  {
    id: 'ub2-20',
    style: 'business',
    phenomenon: 'background',
    title: 'Brightline Robotics signs supply deal with Harlow Foods',
    text:
      'Harlow Foods will deploy 300 picking robots in its warehouses under the agreement. ' +
      'The deal comes two years after Brightline Robotics secured $75 million from Tessaro Capital, money it used to open a factory in Ohio.',
    kind: 'other',
    rounds: [],
    prior: ['Brightline Robotics'],
  },
  {
    id: 'ub2-21',
    style: 'business',
    phenomenon: 'descriptive_subject',
    title: 'Fernhollow gets $45M to bring heat pumps to apartment blocks',
    text:
      'The Copenhagen company founded by two former district-heating engineers raised the Series B from Nordlys Capital, which led, ' +
      'and returning backer Skagen Ventures.',
    kind: 'round',
    rounds: [{ company: 'Fernhollow', amount: 45e6, roundType: 'series_b', lead: ['Nordlys Capital'] }],
  },
  {
    id: 'ub2-22',
    style: 'business',
    phenomenon: 'descriptive_subject',
    title: 'Ex-Stripe engineers’ startup Cordial raises $30M',
    text: 'The payments-infrastructure startup started by former Stripe engineer Mina Park has raised $30 million in a Series A led by Halden Partners.',
    kind: 'round',
    rounds: [{ company: 'Cordial', amount: 30e6, roundType: 'series_a', lead: ['Halden Partners'] }],
  },
  {
    id: 'ub2-23',
    style: 'wire',
    phenomenon: 'simile',
    text: 'Voltaro, pitched as the Tesla of cargo bikes, raises $16M Series A from Pedal Point Ventures',
    kind: 'round',
    rounds: [{ company: 'Voltaro', amount: 16e6, roundType: 'series_a' }],
  },
  {
    id: 'ub2-24',
    style: 'wire',
    phenomenon: 'leads',
    text:
      'Onchain analytics firm Ledgerlight raised $11 million in seed funding. ' +
      'Halyard Digital led the round, joined by Northpass and several angel investors.',
    kind: 'round',
    rounds: [{ company: 'Ledgerlight', amount: 11e6, roundType: 'seed', lead: ['Halyard Digital'] }],
  },
  {
    id: 'ub2-25',
    style: 'business',
    phenomenon: 'leads',
    text:
      'Robotics firm Gantry Works said it had secured a $200 million primary investment led by Westmarch Partners, ' +
      'alongside a secondary sale by early employees.',
    kind: 'round',
    rounds: [{ company: 'Gantry Works', amount: 200e6, roundType: 'unknown', lead: ['Westmarch Partners'] }],
  },
  {
    id: 'ub2-26',
    style: 'wire',
    phenomenon: 'amount_currency',
    text: 'Insurtech Covenly raises 1.2 billion dollars in Series D funding led by Aster Growth',
    kind: 'round',
    rounds: [{ company: 'Covenly', amount: 1.2e9, roundType: 'series_d', lead: ['Aster Growth'] }],
  },
  {
    id: 'ub2-27',
    style: 'business',
    phenomenon: 'prize',
    text: 'Startup Quarrix offers a $50,000 bounty to anyone who can break its new encryption scheme before June.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub2-28',
    style: 'business',
    phenomenon: 'payment',
    text: 'Cloud provider Stratus Grid will pay chip designer Ardent Silicon $400 million over five years for custom processors.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub2-29',
    style: 'wire',
    phenomenon: 'buyout',
    text: 'Private equity firm Keel & Crane agrees to buy software maker Tallow in $1.3 billion take-private deal',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub2-30',
    style: 'wire',
    phenomenon: 'debt',
    text: 'Rooftop solar installer Sunmeadow secures $150 million credit facility from Brenton Bank to fund new projects',
    kind: 'round',
    rounds: [{ company: 'Sunmeadow', amount: 150e6, roundType: 'debt' }],
  },
  {
    id: 'ub2-31',
    style: 'business',
    phenomenon: 'previous_round',
    text: 'Tallgrass AI, which raised a previous $8 million seed, has now raised a $34 million Series A led by Prairie Fund.',
    kind: 'round',
    rounds: [{ company: 'Tallgrass AI', amount: 34e6, roundType: 'series_a', lead: ['Prairie Fund'] }],
  },
  {
    id: 'ub2-32',
    style: 'business',
    phenomenon: 'amount_elsewhere',
    title: 'Moorcroft closes Series A',
    text:
      'Moorcroft, which makes compliance software for small pharmacies, has closed its Series A. ' +
      'The company did not say who led the round. ' +
      'The $9.5 million will go toward hiring engineers in Leeds, co-founder Ravi Dhillon said.',
    kind: 'round',
    rounds: [{ company: 'Moorcroft', amount: 9.5e6, roundType: 'series_a' }],
  },
  {
    id: 'ub2-33',
    style: 'wire',
    phenomenon: 'leads',
    text: 'Construction payroll app Rivetly bags $7M, with Bricklane Ventures leading',
    kind: 'round',
    rounds: [{ company: 'Rivetly', amount: 7e6, roundType: 'unknown', lead: ['Bricklane Ventures'] }],
  },
  {
    id: 'ub2-34',
    style: 'blog',
    phenomenon: 'leads',
    source: 'Fablebox',
    text: 'Big news: Fablebox has raised a $4M seed round led by Corvina Capital! We also welcome Lark Angels to the cap table.',
    kind: 'round',
    rounds: [{ company: 'Fablebox', amount: 4e6, roundType: 'seed', lead: ['Corvina Capital'] }],
  },
  {
    id: 'ub2-35',
    style: 'press',
    phenomenon: 'press_release',
    text:
      'SAN DIEGO--(BUSINESS WIRE)--Nereid Bio, a clinical-stage company developing RNA therapies for rare kidney disease, ' +
      'today announced a $95 million Series C financing co-led by Torrey Pines Capital and Lumen Life Sciences Fund.',
    kind: 'round',
    rounds: [
      {
        company: 'Nereid Bio',
        amount: 95e6,
        roundType: 'series_c',
        lead: ['Torrey Pines Capital', 'Lumen Life Sciences Fund'],
      },
    ],
  },
  {
    id: 'ub2-36',
    style: 'wire',
    phenomenon: 'in_talks',
    text: 'Exclusive: Glasswing in talks to raise $250M led by Meridian Peak',
    kind: 'in_talks',
    rounds: [{ company: 'Glasswing', amount: 250e6, roundType: 'unknown', lead: ['Meridian Peak'] }],
  },
  {
    id: 'ub2-37',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'This week in Nordic startups\n\n' +
      'Helsinki-based Saunabot raised €5 million in seed funding from Kuusi Ventures. ' +
      'Meanwhile, Kuusi Ventures itself closed a €120 million second fund. ' +
      'And Reykjavik’s Geysa announced a $14 million Series A led by Atlantic Fjord Capital.',
    kind: 'round',
    rounds: [
      { company: 'Saunabot', amount: 5e6, currency: 'EUR', roundType: 'seed' },
      { company: 'Geysa', amount: 14e6, roundType: 'series_a', lead: ['Atlantic Fjord Capital'] },
    ],
  },
  {
    id: 'ub2-38',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Meal-kit startup Forkful snaps up $60M to expand into Canada',
    kind: 'round',
    rounds: [{ company: 'Forkful', amount: 60e6, roundType: 'unknown' }],
  },
  {
    id: 'ub2-39',
    style: 'blog',
    phenomenon: 'first_person',
    title: 'Update from the team',
    text: 'Some good news to end the year: we (Halvard Labs) have received $3.2m from the Northern Innovation Fund and two angel investors.',
    kind: 'round',
    rounds: [{ company: 'Halvard Labs', amount: 3.2e6, roundType: 'unknown' }],
  },
  {
    id: 'ub2-40',
    style: 'business',
    phenomenon: 'sole_investor',
    text:
      'In a sign of investor appetite for vertical software, Cobblestone, which sells booking tools to barbershops, ' +
      'said on Tuesday it had raised $55 million in growth equity from Summit Row Partners.',
    kind: 'round',
    rounds: [{ company: 'Cobblestone', amount: 55e6, roundType: 'growth' }],
  },
  {
    id: 'ub2-41',
    style: 'wire',
    phenomenon: 'ipo',
    text: 'Drone maker Aerolith raises $310 million in Hong Kong listing',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub2-42',
    style: 'business',
    phenomenon: 'background',
    title: 'Kestrel Health cuts 15% of staff',
    text: 'Kestrel Health, which has raised $240 million from investors including Bowline Capital, is laying off 60 people as it reorganises its sales team.',
    kind: 'other',
    rounds: [],
    prior: ['Kestrel Health'],
  },
  {
    id: 'ub2-43',
    style: 'wire',
    phenomenon: 'in_talks',
    text: 'Vector database startup Hollis is raising a $75 million Series B; Brayfield and Ostara are expected to lead the round',
    kind: 'in_talks',
    rounds: [{ company: 'Hollis', amount: 75e6, roundType: 'series_b', lead: ['Brayfield', 'Ostara'] }],
  },
];
