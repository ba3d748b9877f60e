// A third blind set for funding-round extraction: invented (companies, people and sentences made
// up for this project) on 2026-12-06 by a writer who had not read src/rounds, in styles the other
// sets use little (dateline press releases, a VC firm's post about the round it led, Korean,
// Japanese, Indian and Latin American startup news in English, token sales, venture debt, grants,
// extensions, pairs of raises, pre-IPO rounds, SPACs, revenue forecasts), labelled by hand and
// measured once before any rule was changed for them. Same shape and conventions as
// unseen-blind2.ts; amounts are in the currency first stated (KRW, INR, JPY as written).
// A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND3: RoundCheck[] = [
  {
    id: 'ub3-01',
    style: 'press',
    phenomenon: 'press_release',
    text:
      'SEOUL, South Korea, March 3, 2026 /PRNewswire/ -- Hanbit Robotics, a Seoul-based developer of autonomous floor-cleaning robots, ' +
      'today announced it has raised KRW 25 billion (approximately $18 million) in a Series B round led by Gangnam Tech Partners. ' +
      'Existing investor Cheonan Ventures also participated.',
    kind: 'round',
    rounds: [
      { company: 'Hanbit Robotics', amount: 25e9, currency: 'KRW', roundType: 'series_b', lead: ['Gangnam Tech Partners'] },
    ],
  },
  {
    id: 'ub3-02',
    style: 'blog',
    phenomenon: 'investor_post',
    title: 'Why we led Pinecrest’s Series A',
    source: 'Larchmont Ventures',
    text:
      'We’re delighted to share that we led the $14 million Series A in Pinecrest, which builds inventory software for independent hardware stores. ' +
      'We first met founders Dana Ruiz and Omar Haddad in 2024, when they were still running the software out of a single store in Spokane.',
    kind: 'round',
    rounds: [{ company: 'Pinecrest', amount: 14e6, roundType: 'series_a', lead: ['Larchmont Ventures'] }],
  },
  {
    id: 'ub3-03',
    style: 'business',
    phenomenon: 'amount_currency',
    text:
      'Bengaluru-based agritech startup Khetwise has raised Rs 120 crore (about $14.4 million) in a Series B funding round led by Deccan Growth Fund, ' +
      'with participation from existing investors Malabar Angels and Konark Capital.',
    kind: 'round',
    rounds: [{ company: 'Khetwise', amount: 1.2e9, currency: 'INR', roundType: 'series_b', lead: ['Deccan Growth Fund'] }],
  },
  {
    id: 'ub3-04',
    style: 'business',
    phenomenon: 'amount_currency',
    text:
      'Tokyo-based Sorato, which makes scheduling software for clinics, said on Thursday it had raised 1.5 billion yen in a Series C round. ' +
      'The round was led by Shinagawa Innovation Partners.',
    kind: 'round',
    rounds: [
      { company: 'Sorato', amount: 1.5e9, currency: 'JPY', roundType: 'series_c', lead: ['Shinagawa Innovation Partners'] },
    ],
  },
  {
    id: 'ub3-05',
    style: 'business',
    phenomenon: 'leads',
    text:
      'Mexican fintech Cuentaclara has closed a $32 million Series A led by Sierra Madre Ventures, the company said. ' +
      'Brazilian fund Ipê Capital also joined the round.',
    kind: 'round',
    rounds: [{ company: 'Cuentaclara', amount: 32e6, roundType: 'series_a', lead: ['Sierra Madre Ventures'] }],
  },
  {
    id: 'ub3-06',
    style: 'wire',
    phenomenon: 'token_sale',
    text: 'Layer-2 network Driftchain raises $20M in token sale backed by Hexa Labs and Orbitfold',
    kind: 'round',
    rounds: [{ company: 'Driftchain', amount: 20e6, roundType: 'unknown' }],
  },
  {
    id: 'ub3-07',
    style: 'business',
    phenomenon: 'debt',
    text: 'Freight marketplace Haulmate has secured $50 million in venture debt from Lakeshore Credit Partners to finance its expansion into Texas.',
    kind: 'round',
    rounds: [{ company: 'Haulmate', amount: 50e6, roundType: 'debt' }],
  },
  {
    id: 'ub3-08',
    style: 'business',
    phenomenon: 'grant',
    text: 'Cambridge-based Fenmark Bio has won a £2.5m grant from Innovate UK to develop a low-cost test for sepsis.',
    kind: 'round',
    rounds: [{ company: 'Fenmark Bio', amount: 2.5e6, currency: 'GBP', roundType: 'grant' }],
  },
  {
    id: 'ub3-09',
    style: 'wire',
    phenomenon: 'extension',
    text: 'Warehouse-robot startup Pallo adds $10M to its Series A, bringing the round to $35M',
    kind: 'round',
    rounds: [{ company: 'Pallo', amount: 10e6, roundType: 'extension' }],
  },
  {
    id: 'ub3-10',
    style: 'business',
    phenomenon: 'extension',
    text: 'Marlowe Health has extended its seed round with another $4 million from Harbour Street Ventures, the company told shareholders in a letter.',
    kind: 'round',
    rounds: [{ company: 'Marlowe Health', amount: 4e6, roundType: 'extension' }],
  },
  {
    id: 'ub3-11',
    style: 'business',
    phenomenon: 'pair',
    text: 'Two Lisbon startups, Tramvia and Azulejo Labs, each raised $8 million this week, both in rounds led by Tagus Capital.',
    kind: 'round',
    rounds: [
      { company: 'Tramvia', amount: 8e6, roundType: 'unknown', lead: ['Tagus Capital'] },
      { company: 'Azulejo Labs', amount: 8e6, roundType: 'unknown', lead: ['Tagus Capital'] },
    ],
  },
  {
    id: 'ub3-12',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Pet insurance upstart Wagwell fetches $27M Series B',
    kind: 'round',
    rounds: [{ company: 'Wagwell', amount: 27e6, roundType: 'series_b' }],
  },
  {
    id: 'ub3-13',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Sequent Labs nabs $9M from Bellhaven to build AI for court filings',
    kind: 'round',
    rounds: [{ company: 'Sequent Labs', amount: 9e6, roundType: 'unknown' }],
  },
  {
    id: 'ub3-14',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'Southeast Asia funding this week: Jakarta’s Warungku raised $12 million in Series A funding led by Merapi Ventures; ' +
      'Singapore-based Tidepay closed a $5 million seed round; and Vietnamese edtech Hocmai Plus secured $2 million from angel investors. ' +
      'Separately, Merapi Ventures announced the first close of its $150 million third fund.',
    kind: 'round',
    rounds: [
      { company: 'Warungku', amount: 12e6, roundType: 'series_a', lead: ['Merapi Ventures'] },
      { company: 'Tidepay', amount: 5e6, roundType: 'seed' },
      { company: 'Hocmai Plus', amount: 2e6, roundType: 'unknown' },
    ],
  },
  {
    id: 'ub3-15',
    style: 'business',
    phenomenon: 'regional_paper',
    text:
      'Des Moines-based Prairiesoft, which makes billing software for rural veterinarians, has raised $6 million, the company said Tuesday. ' +
      'Cedar Rapids investment firm Ironwood Capital led the round, which also included several Iowa angel investors. ' +
      'The company plans to double its staff of 22 by next summer, chief executive Karen Lutz said.',
    kind: 'round',
    rounds: [{ company: 'Prairiesoft', amount: 6e6, roundType: 'unknown', lead: ['Ironwood Capital'] }],
  },
  {
    id: 'ub3-16',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'La jeune pousse lyonnaise Bocalia lève 7 millions d’euros auprès de Rhône Capital pour accélérer son développement en Europe.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub3-17',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'La startup madrileña Pagofácil ha cerrado una ronda Serie A de 15 millones de euros liderada por Retiro Ventures.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub3-18',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'Das Hamburger Start-up Kaimoor erhält 4 Millionen Euro in einer Seed-Runde unter der Führung von Elbe Kapital.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub3-19',
    style: 'wire',
    phenomenon: 'fund_close',
    text: 'Ridgecrest Partners closes $600 million Fund IV to back Series A software companies',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub3-20',
    style: 'blog',
    phenomenon: 'fund_close',
    title: 'Announcing Fund III',
    source: 'Oakmere Capital',
    text:
      'Today we’re announcing that we’ve raised $180 million for Oakmere Fund III, our largest fund yet. ' +
      'We will keep writing first checks into pre-seed and seed companies, and we will keep leading rounds.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub3-21',
    style: 'wire',
    phenomenon: 'ipo',
    text: 'Payroll software company Tallyhaus raised $410 million in its Nasdaq debut on Wednesday after pricing shares at the top of its range.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub3-22',
    style: 'wire',
    phenomenon: 'spac',
    text: 'EV charging firm Voltaic Roads to go public through $1.4 billion merger with blank-check company Horizon Acquisition Corp II',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub3-23',
    style: 'wire',
    phenomenon: 'acquisition',
    text: 'Helix Systems buys cybersecurity startup Nightjar for $220 million in cash and stock',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub3-24',
    style: 'business',
    phenomenon: 'statistics',
    text: 'Indian startups raised $2.1 billion across 98 deals in October, according to data from research firm Kosha Analytics.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub3-25',
    style: 'business',
    phenomenon: 'background',
    title: 'Glimmer lays off a third of its staff',
    text:
      'Glimmer, the social audio app that raised a $40 million Series B led by Fairhaven Partners in 2022, ' +
      'is cutting 45 jobs, according to an internal memo seen by this newspaper.',
    kind: 'other',
    rounds: [],
    prior: ['Glimmer'],
  },
  {
    id: 'ub3-26',
    style: 'business',
    phenomenon: 'descriptive_subject',
    text:
      'A startup founded by former Google Maps engineers to map indoor spaces has raised $18 million. ' +
      'Floorplan.io said the Series A was led by Pioneer Square Ventures.',
    kind: 'round',
    rounds: [{ company: 'Floorplan.io', amount: 18e6, roundType: 'series_a', lead: ['Pioneer Square Ventures'] }],
  },
  {
    id: 'ub3-27',
    style: 'press',
    phenomenon: 'press_release',
    text:
      'AUSTIN, Texas, Feb. 10, 2026 (GLOBE NEWSWIRE) -- Bluebonnet Therapeutics, Inc. ("Bluebonnet" or the "Company"), a preclinical biotechnology company, ' +
      'today announced the closing of a $7.5 million convertible note financing. Participants included Lonestar Bio Fund and Pecan Street Angels.',
    kind: 'round',
    rounds: [{ company: 'Bluebonnet Therapeutics', amount: 7.5e6, roundType: 'convertible' }],
  },
  {
    id: 'ub3-28',
    style: 'press',
    phenomenon: 'previous_round',
    text:
      'NEW YORK, June 2, 2026 /PRNewswire/ -- Crestline Data, the data-governance platform, today announced $85 million in Series D funding at a $1.2 billion valuation. ' +
      'The round was led by Hudson Yard Growth, with participation from existing investors. ' +
      'The financing brings Crestline’s total funding to $190 million and follows a $45 million Series C in 2024.',
    kind: 'round',
    rounds: [{ company: 'Crestline Data', amount: 85e6, roundType: 'series_d', lead: ['Hudson Yard Growth'] }],
  },
  {
    id: 'ub3-29',
    style: 'business',
    phenomenon: 'strategic_stake',
    text: 'Japanese conglomerate Mizuhara Holdings has invested $40 million in Indian EV-battery startup Voltkart, taking a minority stake, the companies said.',
    kind: 'round',
    rounds: [{ company: 'Voltkart', amount: 40e6, roundType: 'strategic' }],
  },
  {
    id: 'ub3-30',
    style: 'wire',
    phenomenon: 'in_talks',
    text:
      'Nimbus Labs, the AI coding-assistant startup, is in talks to raise up to $300 million at a $3 billion valuation, ' +
      'with Crossbow Capital in discussions to lead, according to two people briefed on the plans.',
    kind: 'in_talks',
    rounds: [{ company: 'Nimbus Labs', amount: 300e6, roundType: 'unknown', lead: ['Crossbow Capital'] }],
  },
  {
    id: 'ub3-31',
    style: 'business',
    phenomenon: 'amount_elsewhere',
    text:
      'Fintech Parcelpay did not disclose the size of its new round when it announced the Series A on Monday, ' +
      'but a filing with the SEC shows the company raised $13.2 million.',
    kind: 'round',
    rounds: [{ company: 'Parcelpay', amount: 13.2e6, roundType: 'series_a' }],
  },
  {
    id: 'ub3-32',
    style: 'wire',
    phenomenon: 'pre_ipo',
    text: 'Korean webtoon platform Manhwaro secures 10 billion won in pre-IPO funding',
    kind: 'round',
    rounds: [{ company: 'Manhwaro', amount: 10e9, currency: 'KRW', roundType: 'unknown' }],
  },
  {
    id: 'ub3-33',
    style: 'business',
    phenomenon: 'payment',
    text: 'The city of Tacoma awarded a $3 million contract to software firm Civicly to modernise its permit system.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub3-34',
    style: 'wire',
    phenomenon: 'statistics',
    text: 'Chipmaker Arcturus Semi raised its full-year revenue forecast to $1.8 billion on strong demand from data centres',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub3-35',
    style: 'business',
    phenomenon: 'sole_investor',
    text:
      'Vinewood, a Cape Town company that sells solar kits on credit, has raised $22 million in Series B funding from Table Mountain Capital and Baobab Impact Fund. ' +
      'It brings the total raised to $41 million, including a $12 million Series A two years ago.',
    kind: 'round',
    rounds: [{ company: 'Vinewood', amount: 22e6, roundType: 'series_b' }],
  },
  {
    id: 'ub3-36',
    style: 'business',
    phenomenon: 'leads',
    text: 'Colombian proptech Casaluz raised $9.5 million in a round led by Andes Ventures and Bogotá-based Café Capital, it said in a statement on Wednesday.',
    kind: 'round',
    rounds: [{ company: 'Casaluz', amount: 9.5e6, roundType: 'unknown', lead: ['Andes Ventures', 'Café Capital'] }],
  },
  {
    id: 'ub3-37',
    style: 'wire',
    phenomenon: 'leads',
    text: 'Stablecoin issuer Mintwave closes $45M Series A co-led by Ledgerhouse and Polar Digital',
    kind: 'round',
    rounds: [{ company: 'Mintwave', amount: 45e6, roundType: 'series_a', lead: ['Ledgerhouse', 'Polar Digital'] }],
  },
  {
    id: 'ub3-38',
    style: 'business',
    phenomenon: 'payment',
    text: 'Telecom operator Vantel will invest $2 billion in its own fibre network over the next three years, the company said on Friday.',
    kind: 'other',
    rounds: [],
  },
];
