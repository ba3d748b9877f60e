// A third set of invented texts (companies, people and sentences made up for this project), written
// on 2026-12-06 before any rule was changed for it, in the styles other outlets write funding news
// in: wire headlines with one sentence, first-person company posts, business pages, weekly
// roundups, press releases, and the texts that must give no round (fund closes, statistics,
// acquisitions, listings, bonds, tender offers, stakes bought on the market, background financing,
// other languages). Same shape as checks.ts; scored by eval/rounds.ts (`unseen` column) and
// asserted by unseen.test.ts.
//
// First measurement, once, before any rule was changed for these texts (2026-12-06,
// `npx tsx eval/rounds.ts --sets unseen`; 49 texts, 31 named rounds): company P 0.71 / R 0.71 /
// F1 0.710, amount 22/22 = 100 %, round type 13/15 = 86.7 %, status 22/22, lead F1 0.744 (P 0.84 /
// R 0.67), 9 false rounds (2 IPOs, 1 acquisition, 1 bond, 5 wrong names: a headline's
// "Exclusive-", a post's title word, a site's squashed name, roundup lines run together).
// The texts of unseen-blind.ts were written after the rules were changed for these.
import type { RoundCheck } from './checks.js';

export const UNSEEN_TEXTS: RoundCheck[] = [
  // ── Wire: a headline and one sentence ─────────────────────────────────────────────────────
  {
    id: 'u-wire-01',
    style: 'wire',
    phenomenon: 'headline',
    text:
      'Drone maker Skyreach picks up $45 million as defense orders pile up\n\n' +
      'Skyreach, whose quadcopters inspect power lines, said the Series B was led by Halden Capital.',
    kind: 'round',
    rounds: [{ company: 'Skyreach', amount: 45e6, roundType: 'series_b', lead: ['Halden Capital'] }],
  },
  {
    id: 'u-wire-02',
    style: 'wire',
    phenomenon: 'amount_currency',
    text:
      'Fintech Parlo nets €18m to take its payroll app across Europe\n\n' +
      'Parlo, based in Lisbon, said Serra Ventures led the round, with Coda Angels also investing.',
    kind: 'round',
    rounds: [{ company: 'Parlo', amount: 18e6, currency: 'EUR', roundType: 'unknown', lead: ['Serra Ventures'] }],
  },
  {
    id: 'u-wire-03',
    style: 'wire',
    phenomenon: 'amount_currency',
    text:
      'London insurtech Covey raises £7.5m seed\n\n' +
      'The round was led by Brackley Partners and included angel investors from the insurance industry.',
    kind: 'round',
    rounds: [{ company: 'Covey', amount: 7.5e6, currency: 'GBP', roundType: 'seed', lead: ['Brackley Partners'] }],
  },
  {
    id: 'u-wire-04',
    style: 'wire',
    phenomenon: 'amount_currency',
    text:
      'Solar inverter startup Voltiq raises 25 mln euros - statement\n\n' +
      'Voltiq said the round was led by Nordhaven Energy Partners with participation from existing shareholders.',
    kind: 'round',
    rounds: [{ company: 'Voltiq', amount: 25e6, currency: 'EUR', roundType: 'unknown', lead: ['Nordhaven Energy Partners'] }],
  },
  {
    id: 'u-wire-05',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Robotics startup Gantry Labs raises $70M Series B led by Northwall',
    kind: 'round',
    rounds: [{ company: 'Gantry Labs', amount: 70e6, roundType: 'series_b', lead: ['Northwall'] }],
  },
  {
    id: 'u-wire-06',
    style: 'wire',
    phenomenon: 'amount_currency',
    text:
      'Chipmaker Arvane draws $1.1bn in Series D as AI demand soars\n\n' +
      'The funding values Arvane at $9bn; Kestrel Growth led the round.',
    kind: 'round',
    rounds: [{ company: 'Arvane', amount: 1.1e9, roundType: 'series_d', lead: ['Kestrel Growth'] }],
  },
  // ── In talks ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'u-talks-01',
    style: 'wire',
    phenomenon: 'in_talks',
    text:
      'AI lab Ostrix in talks to raise $600 million at $5 billion valuation\n\n' +
      'Ostrix is negotiating a Series C in which Marlin Peak and Oberon Capital are expected to lead, according to two people familiar with the matter.',
    kind: 'in_talks',
    rounds: [{ company: 'Ostrix', amount: 600e6, roundType: 'series_c', lead: ['Marlin Peak', 'Oberon Capital'] }],
  },
  {
    id: 'u-talks-02',
    style: 'business',
    phenomenon: 'in_talks',
    text:
      'Grocery delivery app Basketo is considering raising as much as $500 million in fresh funding, Bloomberg reported on Friday, citing people familiar with the plans. ' +
      'No final decision has been made.',
    kind: 'in_talks',
    rounds: [{ company: 'Basketo', amount: 500e6, roundType: 'unknown' }],
  },
  {
    id: 'u-talks-03',
    style: 'wire',
    phenomenon: 'in_talks',
    text: 'Exclusive-Insurtech Brella eyes $300 million raise at $2 billion valuation - sources',
    kind: 'in_talks',
    rounds: [{ company: 'Brella', amount: 300e6, roundType: 'unknown' }],
  },
  // ── First-person posts ────────────────────────────────────────────────────────────────────
  {
    id: 'u-blog-01',
    style: 'blog',
    phenomenon: 'first_person',
    title: 'Announcing our Series A',
    source: 'https://blog.pebblepath.io/announcing-series-a',
    text:
      'Today we’re thrilled to share that we’ve raised $14 million in Series A funding led by Marlow Ventures. ' +
      'Our seed investors, Tinderbox Capital and a group of operators, also joined. ' +
      'When we started three years ago, scheduling for home nurses was done on paper.',
    kind: 'round',
    rounds: [{ company: 'Pebblepath', amount: 14e6, roundType: 'series_a', lead: ['Marlow Ventures'] }],
  },
  {
    id: 'u-blog-02',
    style: 'blog',
    phenomenon: 'first_person',
    title: 'Some news: we raised a seed round',
    source: 'https://harborledger.com/blog/seed',
    text:
      'Big news from our small team: we have raised $3.2M in seed funding. ' +
      'The round was led by Fathom Ventures with participation from Stackline Capital. ' +
      'Harbor Ledger helps small landlords keep their books without an accountant.',
    kind: 'round',
    rounds: [{ company: 'Harbor Ledger', amount: 3.2e6, roundType: 'seed', lead: ['Fathom Ventures'] }],
  },
  {
    id: 'u-blog-03',
    style: 'blog',
    phenomenon: 'leads',
    title: 'Marigold’s next chapter',
    source: 'Marigold',
    text:
      'Our $4M seed round was led by Foxglove Ventures! We’re also thrilled to welcome Tern Capital and dozens of angels who run clinics themselves. ' +
      'We will spend it on our first sales team.',
    kind: 'round',
    rounds: [{ company: 'Marigold', amount: 4e6, roundType: 'seed', lead: ['Foxglove Ventures'] }],
  },
  {
    id: 'u-blog-04',
    style: 'blog',
    phenomenon: 'fund_close',
    title: 'Announcing Fund II',
    source: 'Lanternfish Ventures',
    text:
      'We’re excited to announce that we’ve raised $85 million for our second fund, which will back pre-seed founders in fintech. ' +
      'Our limited partners include university endowments and founders we backed in Fund I.',
    kind: 'fund_close',
    rounds: [],
  },
  // ── Business pages ────────────────────────────────────────────────────────────────────────
  {
    id: 'u-biz-01',
    style: 'business',
    phenomenon: 'leads',
    text:
      'Glasgow-based Tessel Foods has secured £2.3 million in investment to expand its plant-based cheese production, the company said on Tuesday. ' +
      'The funding was led by growth investor Caldwell Equity, with support from a regional development bank.',
    kind: 'round',
    rounds: [{ company: 'Tessel Foods', amount: 2.3e6, currency: 'GBP', roundType: 'unknown', lead: ['Caldwell Equity'] }],
  },
  {
    id: 'u-biz-02',
    style: 'business',
    phenomenon: 'descriptive_subject',
    title: 'Orbitra gets $60 million to build satellite refueling depots',
    text:
      'The Colorado startup founded by former NASA engineer Dana Whitlow has raised $60 million in a Series B round led by Pinegate Capital. ' +
      'The company plans to launch its first depot in 2028.',
    kind: 'round',
    rounds: [{ company: 'Orbitra', amount: 60e6, roundType: 'series_b', lead: ['Pinegate Capital'] }],
  },
  {
    id: 'u-biz-03',
    style: 'business',
    phenomenon: 'descriptive_subject',
    text:
      'The Seoul-based maker of battery recycling machines said on Monday it had secured $22 million in new funding led by Hanul Partners. ' +
      'Recylon will use the money to build a second plant, its chief executive said.',
    kind: 'round',
    rounds: [{ company: 'Recylon', amount: 22e6, roundType: 'unknown', lead: ['Hanul Partners'] }],
  },
  {
    id: 'u-biz-04',
    style: 'business',
    phenomenon: 'leads',
    text:
      'Crypto wallet maker Satchel has raised $18 million in a Series A. ' +
      'Polygonal Capital led the round, with participation from Ridgeway Crypto and several angels.',
    kind: 'round',
    rounds: [{ company: 'Satchel', amount: 18e6, roundType: 'series_a', lead: ['Polygonal Capital'] }],
  },
  {
    id: 'u-biz-05',
    style: 'business',
    phenomenon: 'leads',
    text:
      'Carbon accounting platform Tallyleaf raised $32 million in Series B funding, with Evergreen Arc leading and Maple Street Ventures participating. ' +
      'The company sells to mid-sized manufacturers.',
    kind: 'round',
    rounds: [{ company: 'Tallyleaf', amount: 32e6, roundType: 'series_b', lead: ['Evergreen Arc'] }],
  },
  {
    id: 'u-biz-06',
    style: 'business',
    phenomenon: 'amount_elsewhere',
    text:
      'Hopscotch, a London travel-booking app, has closed a new funding round led by Wexford Capital. ' +
      'The £11 million round also included Beacon Angels, the company said.',
    kind: 'round',
    rounds: [{ company: 'Hopscotch', amount: 11e6, currency: 'GBP', roundType: 'unknown', lead: ['Wexford Capital'] }],
  },
  {
    id: 'u-biz-07',
    style: 'business',
    phenomenon: 'previous_round',
    text:
      'Corvex raises $250 million Series C to expand its robotic kitchens\n\n' +
      'The round was led by Baymark Partners. It follows a previous $100 million round in 2024 led by Ostrava Capital.',
    kind: 'round',
    rounds: [{ company: 'Corvex', amount: 250e6, roundType: 'series_c', lead: ['Baymark Partners'] }],
  },
  {
    id: 'u-biz-08',
    style: 'business',
    phenomenon: 'debt',
    text: 'Fleet-electrification startup Chargewell secures $150 million credit facility from Dunmore Bank',
    kind: 'round',
    rounds: [{ company: 'Chargewell', amount: 150e6, roundType: 'debt' }],
  },
  // ── Roundups ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'u-roundup-01',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'This week in climate funding\n\n' +
      'Heatloop, a Dutch heat-pump installer, raised €35M in a Series B led by Greenfield Partners. ' +
      'Ampwise closed a $12M seed round from Lumen Ventures and Trellis Capital. ' +
      'Ocean carbon startup Brinewell landed $8M; Sextant Fund led. ' +
      'Meanwhile, Tallow Climate Fund closed its second fund at $250M.',
    kind: 'round',
    rounds: [
      { company: 'Heatloop', amount: 35e6, currency: 'EUR', roundType: 'series_b', lead: ['Greenfield Partners'] },
      { company: 'Ampwise', amount: 12e6, roundType: 'seed' },
      { company: 'Brinewell', amount: 8e6, roundType: 'unknown', lead: ['Sextant Fund'] },
    ],
  },
  {
    id: 'u-roundup-02',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'Funding Friday: four deals we’re watching\n\n' +
      '1. Kindred Health — $40M Series C, led by Ridgeback Partners\n' +
      '2. Nomi Robotics — $6.5M seed\n' +
      '3. Postwell — $110M Series D led by Summit Lane\n' +
      '4. Fable Kids — $3M pre-seed',
    kind: 'round',
    rounds: [
      { company: 'Kindred Health', amount: 40e6, roundType: 'series_c', lead: ['Ridgeback Partners'] },
      { company: 'Nomi Robotics', amount: 6.5e6, roundType: 'seed' },
      { company: 'Postwell', amount: 110e6, roundType: 'series_d', lead: ['Summit Lane'] },
      { company: 'Fable Kids', amount: 3e6, roundType: 'pre_seed' },
    ],
  },
  // ── Press releases ────────────────────────────────────────────────────────────────────────
  {
    id: 'u-press-01',
    style: 'press',
    phenomenon: 'press_release',
    text:
      'SAN FRANCISCO, Feb. 12, 2026 /PRNewswire/ -- Tidewell Analytics, the leading provider of water-utility forecasting software, today announced it has closed a $28 million Series B funding round led by Ironbark Growth. ' +
      'Existing investors Copperline Ventures and Muir Capital also participated. ' +
      'The new capital will be used to expand into Europe.',
    kind: 'round',
    rounds: [{ company: 'Tidewell Analytics', amount: 28e6, roundType: 'series_b', lead: ['Ironbark Growth'] }],
  },
  {
    id: 'u-press-02',
    style: 'press',
    phenomenon: 'leads',
    text: 'LONDON, 3 March 2026 -- Carrow Systems, the industrial IoT company, today announced a $90 million primary investment led by Hartfield Capital, alongside participation from existing shareholder Brisk Ventures.',
    kind: 'round',
    rounds: [{ company: 'Carrow Systems', amount: 90e6, roundType: 'unknown', lead: ['Hartfield Capital'] }],
  },
  // ── Fund closes ───────────────────────────────────────────────────────────────────────────
  {
    id: 'u-fund-01',
    style: 'wire',
    phenomenon: 'fund_close',
    text:
      'Meridian Peak closes $450M third fund to back Latin American startups\n\n' +
      'Meridian Peak, the São Paulo venture firm, said it raised $450 million for Fund III from institutional investors.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'u-fund-02',
    style: 'business',
    phenomenon: 'fund_close',
    text: 'Orchid Hill Capital has raised $1.5 billion across two new funds, the firm said, as it looks to write bigger checks in AI.',
    kind: 'fund_close',
    rounds: [],
  },
  // ── Statistics ────────────────────────────────────────────────────────────────────────────
  {
    id: 'u-stats-01',
    style: 'business',
    phenomenon: 'statistics',
    text: 'European climate tech startups raised €9.2bn in 2025, down 18% from the previous year, according to a report by Dealscope.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'u-stats-02',
    style: 'business',
    phenomenon: 'statistics',
    text:
      'Funding to Indian fintechs fell to $1.9 billion in the first half, with just three companies raising rounds of more than $100 million. ' +
      'Investors have grown wary of lending apps, analysts said.',
    kind: 'other',
    rounds: [],
  },
  // ── Acquisitions, listings, bonds, tender offers ──────────────────────────────────────────
  {
    id: 'u-acq-01',
    style: 'wire',
    phenomenon: 'acquisition',
    text:
      'Brightlane acquires analytics startup Quorvant for $320M\n\n' +
      'Brightlane said the deal, paid in cash and stock, would close in the second quarter. Quorvant had raised $45 million from investors including Fenwick Ventures.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Quorvant'],
  },
  {
    id: 'u-acq-02',
    style: 'wire',
    phenomenon: 'acquisition',
    text: 'Dutch payments group Veldt agrees to buy Spanish rival Pagora for €1.4 billion',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'u-acq-03',
    style: 'wire',
    phenomenon: 'acquisition',
    text: 'Paylane raises offer for rival Kinto to $2.3 billion',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'u-ipo-01',
    style: 'wire',
    phenomenon: 'ipo',
    text:
      'Cloud security firm Nimbra raises $680 million in U.S. IPO\n\n' +
      'Nimbra priced 20 million shares at $34 each, above the marketed range, valuing the company at $7.2 billion.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'u-ipo-02',
    style: 'business',
    phenomenon: 'ipo',
    text: 'Battery maker Lunova raised 2.1 billion kronor in its Stockholm listing on Wednesday, with shares rising 12% in early trading.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'u-bond-01',
    style: 'wire',
    phenomenon: 'bond',
    text: 'Telecom operator Veridia sold $2 billion of bonds on Tuesday in a four-part deal, according to a person familiar with the matter.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'u-bond-02',
    style: 'wire',
    phenomenon: 'bond',
    text: 'Electric-car maker Rovan raises $1.5bn through green bond offering to fund new plant',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'u-tender-01',
    style: 'business',
    phenomenon: 'tender_offer',
    text:
      'Design software maker Figment to let employees sell shares in tender offer valuing it at $12.5 billion\n\n' +
      'The tender offer, led by Harcourt Growth, will buy up to $600 million of shares from current and former staff.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'u-tender-02',
    style: 'wire',
    phenomenon: 'tender_offer',
    text: 'Quillon is launching a $1 billion tender offer for employee shares at a $40 billion valuation, the company told staff on Thursday.',
    kind: 'other',
    rounds: [],
  },
  // ── Stakes ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'u-stake-01',
    style: 'business',
    phenomenon: 'strategic_stake',
    text:
      'Energy group Halvor takes 9% stake in hydrogen startup Electra Blue for €120m\n\n' +
      'Halvor will subscribe to new shares in Electra Blue, whose electrolysers are built in Bremen.',
    kind: 'round',
    rounds: [{ company: 'Electra Blue', amount: 120e6, currency: 'EUR', roundType: 'strategic', other: ['Halvor'] }],
  },
  {
    id: 'u-stake-02',
    style: 'wire',
    phenomenon: 'public_market',
    text: 'Sovereign fund Qadira buys 4.9% of Lisbon-listed Portalis Energia shares on the open market',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'u-stake-03',
    style: 'business',
    phenomenon: 'strategic_stake',
    text:
      'Automaker Kessler invests $500 million in battery startup Anodyne Cells\n\n' +
      'The investment gives Kessler a minority stake and a seat on the startup’s board.',
    kind: 'round',
    rounds: [{ company: 'Anodyne Cells', amount: 500e6, roundType: 'strategic', other: ['Kessler'] }],
  },
  // ── Background financing, contracts ───────────────────────────────────────────────────────
  {
    id: 'u-bg-01',
    style: 'business',
    phenomenon: 'background',
    text:
      'Vantor recalls 40,000 e-bikes over battery fires\n\n' +
      'The recall covers models sold since 2024. Vantor, which raised a $75 million Series C in 2023 led by Aldgate Ventures, said no injuries had been reported.',
    kind: 'other',
    rounds: [],
    prior: ['Vantor'],
  },
  {
    id: 'u-bg-02',
    style: 'business',
    phenomenon: 'background',
    text:
      'Meshline hires former payments executive as CFO\n\n' +
      'Meshline named Priya Raman chief financial officer on Monday. The company raised $120 million last year and is preparing for a possible listing.',
    kind: 'other',
    rounds: [],
    prior: ['Meshline'],
  },
  {
    id: 'u-bg-03',
    style: 'business',
    phenomenon: 'background',
    text:
      'Why AI startups are paying up for chips\n\n' +
      'Compute now eats most of a young lab’s budget. Lumaray, which raised $400 million in January, spends about two-thirds of it on rented GPUs, its chief executive said. ' +
      'Others are signing multi-year contracts with cloud providers.',
    kind: 'other',
    rounds: [],
    prior: ['Lumaray'],
  },
  {
    id: 'u-contract-01',
    style: 'wire',
    phenomenon: 'payment',
    text: 'Defence ministry awards drone startup Aeris $40 million contract for border patrol aircraft',
    kind: 'other',
    rounds: [],
  },
  // ── Other languages ───────────────────────────────────────────────────────────────────────
  {
    id: 'u-foreign-de',
    style: 'foreign',
    phenomenon: 'other_language',
    text:
      'Das Berliner Startup Fahrwerk hat in einer Series-A-Finanzierungsrunde 15 Millionen Euro eingesammelt. ' +
      'Angeführt wurde die Runde von Nordlicht Ventures, auch bestehende Investoren beteiligten sich.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'u-foreign-fr',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'La start-up parisienne Cendre lève 12 millions d’euros auprès de Lumière Capital pour accélérer son développement en Europe.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'u-foreign-es',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'La startup madrileña Pagalia ha cerrado una ronda de financiación de 8 millones de euros liderada por Alameda Ventures.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'u-foreign-de-2',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'Münchner KI-Firma Denkwerk sammelt 40 Mio. Euro ein – Series B unter Führung von Isar Capital',
    kind: 'other',
    rounds: [],
  },
];
