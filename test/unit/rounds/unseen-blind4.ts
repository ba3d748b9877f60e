// A fourth blind set for funding-round extraction: invented (companies, people, investors and
// sentences made up for this project) on 2026-12-06 by a writer who had not read src/rounds and
// did not run the extractor, in the styles of outlets it has not seen: wire items in the
// Reuters/Bloomberg manner, tech-blog posts in the TechCrunch/Sifted/EU-Startups manner, bare RSS
// headlines, dateline press releases, founders' LinkedIn posts, newsletter roundups with several
// rounds in one text, rounds in CHF, SEK, SGD, AUD, CAD, BRL, EUR and GBP, bridges, extensions,
// strategic and growth rounds, leads named late or co-leading, and distractors (fund closes, IPOs,
// acquisitions, a public company's loan, a university grant, market statistics, background
// financing, a valuation mark-down, layoffs, a government programme, earnings, bonds, an Italian
// product launch), labelled by hand by the README conventions. Same shape as unseen-blind3.ts;
// amounts are in the currency first stated.
// First look (2026-12-06, before any rule was changed for it): company F1 0.897, amount 100%, type
// 95.7%, lead F1 0.844, 2 false rounds (an amended revolver, a university's grant). Its misses were then
// fixed as phenomena (blind4-ways.test.ts) and unseen.test.ts holds it as a regression guard.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND4: RoundCheck[] = [
  // ── New rounds ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub4-01',
    style: 'wire',
    phenomenon: 'wire_item,chf',
    text:
      'ZURICH, Dec 1 (Newsline) - Quellwerk, a Zurich startup that writes scheduling software for small hydropower plants, ' +
      'said on Tuesday it had raised 18 million Swiss francs in a Series A financing round led by Limmat Capital. ' +
      'The venture arm of regional utility Alpenstrom also took part, Quellwerk said, without giving a valuation.',
    kind: 'round',
    rounds: [{ company: 'Quellwerk', amount: 18e6, currency: 'CHF', roundType: 'series_a', lead: ['Limmat Capital'] }],
  },
  {
    id: 'ub4-02',
    style: 'business',
    phenomenon: 'tech_blog,lead_later_sentence',
    title: 'Tessellate wants to be the shared whiteboard for factory floor plans',
    text:
      'Moving a single conveyor line in a car plant can take weeks of emailing CAD files back and forth. ' +
      'Tessellate, a two-year-old startup building collaborative layout tools for manufacturing engineers, thinks that is absurd, ' +
      'and it has raised $4.5 million in seed funding to prove it. ' +
      'Bramblewood Ventures led the round, with participation from Ferrous Fund and a handful of angels, including former CAD executive Priya Nand.',
    kind: 'round',
    rounds: [{ company: 'Tessellate', amount: 4.5e6, roundType: 'seed', lead: ['Bramblewood Ventures'] }],
  },
  {
    id: 'ub4-03',
    style: 'wire',
    phenomenon: 'rss_headline',
    source: 'Startup Ledger',
    text: 'Kelpwise raises $12M Series A to turn farmed seaweed into packaging film',
    kind: 'round',
    rounds: [{ company: 'Kelpwise', amount: 12e6, roundType: 'series_a', lead: [] }],
  },
  {
    id: 'ub4-04',
    style: 'wire',
    phenomenon: 'rss_headline,billions,series_e',
    source: 'Venture Wire Daily',
    text: 'Thornbury AI snags $1.2bn Series E as enterprise demand for its coding agents surges',
    kind: 'round',
    rounds: [{ company: 'Thornbury AI', amount: 1.2e9, roundType: 'series_e', lead: [] }],
  },
  {
    id: 'ub4-05',
    style: 'press',
    phenomenon: 'press_release,gbp,pre_seed,no_lead',
    text:
      'LONDON, 14 October 2026 -- Kneadle Health, a London-based provider of video-led physiotherapy for people waiting for hip and knee surgery, ' +
      'today announced it has closed a £2.1M pre-seed round. The round was backed by Thameside Angels, Wharf Street Capital and several practising NHS clinicians. ' +
      '"Waiting lists are where patients lose the most ground," said co-founder and CEO Imogen Trask.',
    kind: 'round',
    rounds: [{ company: 'Kneadle Health', amount: 2.1e6, currency: 'GBP', roundType: 'pre_seed', lead: [] }],
  },
  {
    id: 'ub4-06',
    style: 'blog',
    phenomenon: 'founder_post,eur,co_led',
    source: 'LinkedIn',
    text:
      'Today we’re announcing that Orbitile has raised a €12m Series A! 🚀\n\n' +
      'The round was co-led by Nordkap Ventures and Spree Capital, and every one of our pre-seed investors came back for more. ' +
      'When Jonas and I started Orbitile in a Kreuzberg co-working space three years ago, satellite ground-station time was booked by fax. ' +
      'Now 40 operators book it through us. We’re hiring across engineering and sales, so DM me! 👇',
    kind: 'round',
    rounds: [
      { company: 'Orbitile', amount: 12e6, currency: 'EUR', roundType: 'series_a', lead: ['Nordkap Ventures', 'Spree Capital'] },
    ],
  },
  {
    id: 'ub4-07',
    style: 'business',
    phenomenon: 'sifted_like,sek',
    title: 'Swedish heat-pump software startup Fjällgrid raises SEK 95m',
    text:
      'Stockholm-based Fjällgrid, which helps housing associations cut heating bills by steering heat pumps around electricity prices, ' +
      'has raised SEK 95m (€8.3m) in a round led by Mälaren Invest. The Series A will pay for expansion into Finland and Norway, ' +
      'cofounder Sara Lindblom says, where many apartment blocks are switching off district heating.',
    kind: 'round',
    rounds: [{ company: 'Fjällgrid', amount: 95e6, currency: 'SEK', roundType: 'series_a', lead: ['Mälaren Invest'] }],
  },
  {
    id: 'ub4-08',
    style: 'business',
    phenomenon: 'eu_startups_like,eur,seed',
    text:
      'Amsterdam-based carbon-accounting platform Klimaatlab has secured €3.2 million in a Seed round led by Polder Impact, ' +
      'with participation from Dutch angel network Tulip Syndicate. ' +
      'Founded in 2024 by Maarten de Vries and Anouk Smit, Klimaatlab helps mid-sized manufacturers produce the emissions reports required under EU rules. ' +
      'The company says it will use the funding to grow its team from 11 to 30 people.',
    kind: 'round',
    rounds: [{ company: 'Klimaatlab', amount: 3.2e6, currency: 'EUR', roundType: 'seed', lead: ['Polder Impact'] }],
  },
  {
    id: 'ub4-09',
    style: 'wire',
    phenomenon: 'bloomberg_like,sgd,led_by_two',
    text:
      'Saltpan Logistics Pte, a Singapore operator of cold-chain warehouses, raised S$40 million in a Series B round led by Merlion Growth Partners and Kallang Capital, ' +
      'according to a statement Wednesday. The company will use the money to open sites in Ho Chi Minh City and Surabaya, Chief Executive Officer Wei Ling Tan said in an interview.',
    kind: 'round',
    rounds: [
      {
        company: 'Saltpan Logistics',
        amount: 40e6,
        currency: 'SGD',
        roundType: 'series_b',
        lead: ['Merlion Growth Partners', 'Kallang Capital'],
      },
    ],
  },
  {
    id: 'ub4-10',
    style: 'business',
    phenomenon: 'aud,lead_as_participle',
    text:
      'Melbourne-based Gumleaf Robotics, which builds autonomous pruning machines for vineyards and orchards, has closed an A$15 million Series A, ' +
      'with Yarra Bend Ventures leading and existing backers returning. Chief executive Tom Barrow said the company had 60 machines working in the Barossa this season.',
    kind: 'round',
    rounds: [
      { company: 'Gumleaf Robotics', amount: 15e6, currency: 'AUD', roundType: 'series_a', lead: ['Yarra Bend Ventures'] },
    ],
  },
  {
    id: 'ub4-11',
    style: 'business',
    phenomenon: 'cad,converted_amount',
    text:
      'Halifax-based Saltmeadow, which makes software that lets fishing co-operatives track catch quotas, has raised CA$8.5 million ($6.2 million) in seed funding led by Bluenose Ventures. ' +
      'Atlantic angel group Harbourfront Angels also invested.',
    kind: 'round',
    rounds: [{ company: 'Saltmeadow', amount: 8.5e6, currency: 'CAD', roundType: 'seed', lead: ['Bluenose Ventures'] }],
  },
  {
    id: 'ub4-12',
    style: 'business',
    phenomenon: 'brl,converted_amount',
    text:
      'São Paulo fintech Cajuí, which offers payroll-deducted loans to gig workers, raised R$60 million (about $11 million) in a Series A round led by Ipanema Partners, ' +
      'the company told reporters on Monday. It plans to launch in Minas Gerais and Paraná early next year.',
    kind: 'round',
    rounds: [{ company: 'Cajuí', amount: 60e6, currency: 'BRL', roundType: 'series_a', lead: ['Ipanema Partners'] }],
  },
  {
    id: 'ub4-13',
    style: 'wire',
    phenomenon: 'strategic,corporate_investor',
    text:
      'Automaker Brannock Motors has made a $75 million strategic investment in solid-state battery startup Ionforge, the companies said on Wednesday, ' +
      'as carmakers race to secure supplies of next-generation cells. Financial terms beyond the investment amount were not disclosed.',
    kind: 'round',
    rounds: [{ company: 'Ionforge', amount: 75e6, roundType: 'strategic', lead: [], other: ['Brannock Motors'] }],
  },
  {
    id: 'ub4-14',
    style: 'business',
    phenomenon: 'bridge,existing_investors',
    text:
      'Ahead of a Series C it hopes to raise next year, genomics startup Helixa Diagnostics has raised a $15 million bridge round from existing investors, including Saltmarsh Bio Ventures. ' +
      'The company said the money would carry it through a regulatory submission for its prenatal screening test.',
    kind: 'round',
    rounds: [{ company: 'Helixa Diagnostics', amount: 15e6, roundType: 'unknown', lead: [], other: ['Saltmarsh Bio Ventures'] }],
  },
  {
    id: 'ub4-15',
    style: 'business',
    phenomenon: 'extension,total_round',
    text:
      'Carbon-removal verifier Carbonkeep has tacked another $25 million onto its Series B, bringing the total round to $85 million. ' +
      'The extension was led by Greenwold Climate Fund, Carbonkeep said, and comes eight months after the first close.',
    kind: 'round',
    rounds: [{ company: 'Carbonkeep', amount: 25e6, roundType: 'extension', lead: ['Greenwold Climate Fund'] }],
  },
  {
    id: 'ub4-16',
    style: 'business',
    phenomenon: 'growth,amount_mn,sole_investor',
    text:
      'Cross-border payments company Paystrand has raised US$30 mn in growth funding from Ptarmigan Capital, it said in a statement on Monday. ' +
      'The firm, which processes remittances between the Gulf and South Asia, said it was profitable in the last two quarters.',
    kind: 'round',
    rounds: [{ company: 'Paystrand', amount: 30e6, roundType: 'growth', lead: [], other: ['Ptarmigan Capital'] }],
  },
  {
    id: 'ub4-17',
    style: 'business',
    phenomenon: 'amount_words',
    text:
      'Nairobi-based logistics startup Sendaway has raised 20 million dollars in a Series A round led by Savanna Capital Partners, the company announced on Thursday. ' +
      'Sendaway runs a network of motorbike couriers for online shops in Kenya and Uganda.',
    kind: 'round',
    rounds: [{ company: 'Sendaway', amount: 20e6, roundType: 'series_a', lead: ['Savanna Capital Partners'] }],
  },
  {
    id: 'ub4-18',
    style: 'roundup',
    phenomenon: 'newsletter_roundup,bullets,mixed_events',
    title: 'The Friday Term Sheet: deals of the week',
    text:
      'Deals of the week\n\n' +
      '• Quillstream, an AI assistant for grant writers, raised a $3M seed round led by Hollow Oak Ventures.\n' +
      '• Berlin’s Rotkehl closed a €7.5m Series A with money from Spandau Partners and Kiefer Capital.\n' +
      '• Brisk Health (Series C, $48M, led by Crestmoor).\n\n' +
      'Also on our radar: Pelham Street Ventures closed its $250M Fund II, and Daybreak Software picked up note-taking app Notepine for an undisclosed sum.',
    kind: 'round',
    rounds: [
      { company: 'Quillstream', amount: 3e6, roundType: 'seed', lead: ['Hollow Oak Ventures'] },
      { company: 'Rotkehl', amount: 7.5e6, currency: 'EUR', roundType: 'series_a', lead: [] },
      { company: 'Brisk Health', amount: 48e6, roundType: 'series_c', lead: ['Crestmoor'] },
    ],
  },
  {
    id: 'ub4-19',
    style: 'roundup',
    phenomenon: 'newsletter_roundup,eur,gbp,co_led,non_round_item',
    title: 'Islands & Isles: this week in UK and Irish tech',
    text:
      'Dublin’s Lanntech raised €6m in seed funding led by Dodder Ventures to build inspection software for offshore wind turbines. ' +
      'Over in Scotland, Edinburgh-based Thistlebyte secured £14m for its Series A, co-led by Forth Valley Capital and Cairngorm Partners. ' +
      'Less cheerful news from Bristol, where Avonlink is cutting 40 jobs after losing its biggest customer.',
    kind: 'round',
    rounds: [
      { company: 'Lanntech', amount: 6e6, currency: 'EUR', roundType: 'seed', lead: ['Dodder Ventures'] },
      {
        company: 'Thistlebyte',
        amount: 14e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Forth Valley Capital', 'Cairngorm Partners'],
      },
    ],
  },
  {
    id: 'ub4-20',
    style: 'business',
    phenomenon: 'previous_round,valuation',
    text:
      'Verdance, whose software helps greenhouse growers control lighting and irrigation, has raised $140 million in a Series D round at a $2.3 billion valuation. ' +
      'Ashcombe Capital led the round. The company previously raised $60 million in a Series C led by Millrace Ventures in 2025, ' +
      'and says revenue has tripled since then.',
    kind: 'round',
    rounds: [{ company: 'Verdance', amount: 140e6, roundType: 'series_d', lead: ['Ashcombe Capital'] }],
  },
  {
    id: 'ub4-21',
    style: 'business',
    phenomenon: 'amount_later_sentence,lead_as_participle',
    title: 'Mossbank closes Series A',
    text:
      'Mossbank, which makes soil-moisture sensors for vineyards, has closed its Series A. ' +
      'The company raised $9.8 million, with Redwood Hollow Ventures leading and Sonoma Vine Fund participating, ' +
      'according to chief executive Luis Ortega, who said the sensors are now installed on 12,000 acres.',
    kind: 'round',
    rounds: [{ company: 'Mossbank', amount: 9.8e6, roundType: 'series_a', lead: ['Redwood Hollow Ventures'] }],
  },
  {
    id: 'ub4-22',
    style: 'press',
    phenomenon: 'press_release,co_led,biotech',
    text:
      'BOSTON, Nov. 18, 2026 /PRNewswire/ -- Quarrystone Therapeutics, Inc., a clinical-stage biotechnology company developing oral treatments for rare kidney diseases, ' +
      'today announced a $62 million Series B financing co-led by Charlesgate Bio and Beacon Hill Life Sciences. ' +
      'New investor Fenway Health Partners and existing investor Longwood Ventures also participated. ' +
      'Proceeds will fund a Phase 2 trial of QST-104 in patients with focal segmental glomerulosclerosis.',
    kind: 'round',
    rounds: [
      {
        company: 'Quarrystone Therapeutics',
        amount: 62e6,
        roundType: 'series_b',
        lead: ['Charlesgate Bio', 'Beacon Hill Life Sciences'],
      },
    ],
  },
  // ── In talks ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub4-23',
    style: 'wire',
    phenomenon: 'in_talks,people_familiar,expected_lead',
    text:
      'Inferix Systems, a maker of chips for running AI models, is in talks to raise about $400 million in a funding round that would value it at roughly $6 billion, ' +
      'according to people familiar with the matter. Pikestaff Capital is expected to lead the round, said the people, who asked not to be identified because the talks are private. ' +
      'Terms could still change.',
    kind: 'in_talks',
    rounds: [{ company: 'Inferix Systems', amount: 400e6, roundType: 'unknown', lead: ['Pikestaff Capital'] }],
  },
  {
    id: 'ub4-24',
    style: 'wire',
    phenomenon: 'in_talks,headline,said_to_be',
    text: 'Meal-kit app Forkfleet said to be raising $80M Series C at a lower valuation',
    kind: 'in_talks',
    rounds: [{ company: 'Forkfleet', amount: 80e6, roundType: 'series_c', lead: [] }],
  },
  {
    id: 'ub4-25',
    style: 'business',
    phenomenon: 'in_talks,approaching_investors',
    text:
      'Lattice Harbor, the legal AI startup, has been approaching investors about a new round of up to $150 million, two people with knowledge of the discussions said. ' +
      'The company last raised money in the spring.',
    kind: 'in_talks',
    rounds: [{ company: 'Lattice Harbor', amount: 150e6, roundType: 'unknown', lead: [] }],
  },
  {
    id: 'ub4-26',
    style: 'business',
    phenomenon: 'in_talks,eur,advanced_discussions',
    text:
      'Paris-based Brisevent Energy, which develops floating wind foundations, is in advanced discussions to raise €90m in a Series B, ' +
      'according to three people familiar with the deal. Brisevent declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Brisevent Energy', amount: 90e6, currency: 'EUR', roundType: 'series_b', lead: [] }],
  },
  {
    id: 'ub4-27',
    style: 'wire',
    phenomenon: 'in_talks,headline,nears',
    text: 'Sources: Grid-storage startup Gridwise nears $250M round led by Juniper Hollow Growth',
    kind: 'in_talks',
    rounds: [{ company: 'Gridwise', amount: 250e6, roundType: 'unknown', lead: ['Juniper Hollow Growth'] }],
  },
  // ── Distractors: no new round ───────────────────────────────────────────────────────────────
  {
    id: 'ub4-28',
    style: 'wire',
    phenomenon: 'fund_close,headline',
    text: 'Saltire Capital closes $300M Fund IV for early-stage fintech in Europe',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub4-29',
    style: 'press',
    phenomenon: 'fund_close,press_release,eur',
    text:
      'COPENHAGEN, 2 December 2026 -- Kinross Bay Partners today announced the final close of Kinross Bay Climate II at €420 million, exceeding its €350 million target. ' +
      'The fund will lead Series A and Series B rounds in industrial decarbonisation companies across the Nordics and the Baltics.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub4-30',
    style: 'business',
    phenomenon: 'fund_close,raises_verb',
    text:
      'Emberline Capital raises $85M to back pre-seed founders in the Midwest\n\n' +
      'The Columbus-based firm, founded by former operators Dana Whitcombe and Raj Menon, said its second fund will write checks of $250,000 to $1 million.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub4-31',
    style: 'wire',
    phenomenon: 'ipo,inr',
    text:
      'Shares of cloud-kitchen operator Saffron Lane jumped 24% in their Mumbai debut on Friday after the company raised 11.5 billion rupees in its initial public offering, ' +
      'which was subscribed 38 times.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub4-32',
    style: 'business',
    phenomenon: 'ipo,filing,background',
    text:
      'Larchfield Insurance files confidentially for US IPO\n\n' +
      'Larchfield Insurance, the online home insurer, has submitted a draft registration statement for a New York listing, it said on Tuesday. ' +
      'The company has raised $310 million from venture investors since 2019, most recently a $90 million Series D last year.',
    kind: 'ipo',
    rounds: [],
    prior: ['Larchfield Insurance'],
  },
  {
    id: 'ub4-33',
    style: 'wire',
    phenomenon: 'acquisition,price',
    text: 'Tansy Software to acquire data-labeling startup Labelmoss for $850 million',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub4-34',
    style: 'business',
    phenomenon: 'acquisition,gbp,background',
    text:
      'Veridian Health has agreed to buy Leeds-based Pulsepoint, which makes wearable heart monitors, for £120m in cash. ' +
      'Pulsepoint had raised £35m from investors including Aire Valley Ventures, and the deal gives them a return of roughly three times their money.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Pulsepoint'],
  },
  {
    id: 'ub4-35',
    style: 'wire',
    phenomenon: 'public_company_loan,refinancing',
    text:
      'NYSE-listed Orinoco Freight Lines said on Monday it had amended and extended its existing $750 million revolving credit facility with a group of banks, ' +
      'pushing the maturity out to 2031 and lowering the interest margin by a quarter of a percentage point.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub4-36',
    style: 'press',
    phenomenon: 'grant_to_university',
    text:
      'EASTMOOR, Ohio, Nov. 4, 2026 -- The University of Eastmoor has received a $12 million grant from the Halvorsen Foundation to establish a center for grid-scale battery research, ' +
      'the university announced today. The center will fund 20 doctoral students over five years.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub4-37',
    style: 'business',
    phenomenon: 'statistics',
    text:
      'Fintech startups in Latin America raised $4.2B in the third quarter, a 30% jump from the previous quarter, according to a report by research firm Vantage Dealbook. ' +
      'Brazil accounted for more than half of the total.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub4-38',
    style: 'business',
    phenomenon: 'background,product_launch',
    text:
      'Plumline, which raised $40M last year, today launched a budgeting app for freelancers that sets aside tax money automatically from every invoice. ' +
      'The app is free for the first three months.',
    kind: 'other',
    rounds: [],
    prior: ['Plumline'],
  },
  {
    id: 'ub4-39',
    style: 'business',
    phenomenon: 'valuation_only,markdown',
    text:
      'Investment firm Oakhurst has marked down its stake in grocery-delivery startup Parcelbee, implying the company is now worth about $1.1 billion, ' +
      'down from the $4 billion valuation it commanded in 2022, according to a quarterly filing.',
    kind: 'other',
    rounds: [],
    prior: ['Parcelbee'],
  },
  {
    id: 'ub4-40',
    style: 'business',
    phenomenon: 'layoffs,background',
    title: 'Wrenwing Parcel cuts 30% of staff',
    text:
      'Drone-delivery startup Wrenwing Parcel, which has raised $200 million to date, is laying off about 30% of its staff as it winds down flights in two states, ' +
      'chief executive Marcus Hale told employees in a memo on Wednesday.',
    kind: 'other',
    rounds: [],
    prior: ['Wrenwing Parcel'],
  },
  {
    id: 'ub4-41',
    style: 'wire',
    phenomenon: 'government_programme',
    text:
      'The German government will put €1.5 billion into a new programme to help deep-tech startups scale up, the economy ministry said on Monday, ' +
      'with money to be channelled through existing venture funds over the next five years.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub4-42',
    style: 'foreign',
    phenomenon: 'other_language,product_launch',
    text:
      'La startup torinese Cicloverde ha lanciato oggi il suo servizio di noleggio di biciclette elettriche a Milano e Bologna, ' +
      'con 1.200 mezzi disponibili da subito e un abbonamento mensile da 19 euro.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub4-43',
    style: 'wire',
    phenomenon: 'earnings',
    text:
      'Cloud security company Bastionware reported third-quarter revenue of $612 million, up 28% from a year earlier, and raised its full-year outlook to $2.4 billion, ' +
      'sending its shares up 9% in after-hours trading.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub4-44',
    style: 'wire',
    phenomenon: 'bond_sale,public_company',
    text: 'Utility Northmoor Power sold $2 billion of bonds in four parts on Tuesday to help pay for new transmission lines, according to a person with knowledge of the deal.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub4-45',
    style: 'business',
    phenomenon: 'vc_firm_news,fund_mention',
    text:
      'Bellcote Ventures has promoted two principals, Hannah Osei and Dev Kapoor, to partner, as the firm begins investing its $500 million third fund. ' +
      'Osei led the firm’s investments in logistics software, Kapoor its bets on industrial robotics.',
    kind: 'other',
    rounds: [],
  },
];
