// Our own check set for funding-round extraction: texts written for this project (invented
// companies, people and sentences) in the styles funding news arrives in (wire headlines and
// items, first-person company posts, business pages, weekly roundups, press releases, other
// languages), one phenomenon each. Scored by eval/rounds.ts and asserted by checks.test.ts.
import type { RoundType } from '../../../src/model.js';

export type CheckStyle = 'wire' | 'blog' | 'business' | 'roundup' | 'press' | 'foreign';
export type CheckKind = 'round' | 'in_talks' | 'fund_close' | 'ipo' | 'acquisition' | 'other';

export interface CheckRound {
  company: string;
  amount: number | null;
  currency?: string;
  roundType: RoundType;
  lead?: string[];
  /** Only checked where the text is about the participants. */
  other?: string[];
}

export interface RoundCheck {
  id: string;
  style: CheckStyle;
  phenomenon: string;
  title?: string;
  /** The feed's or site's name, as a feed item carries it. */
  source?: string;
  text: string;
  kind: CheckKind;
  rounds: CheckRound[];
  /** Companies whose financing the text mentions as background (a false round on them counts as background). */
  prior?: string[];
}

export const CHECK_PUBLISHED = '2026-03-10T12:00:00Z';

export const CHECKS: RoundCheck[] = [
  // ── A VC firm raising its own fund is not a round ──────────────────────────────────────────
  {
    id: 'fund-01',
    style: 'wire',
    phenomenon: 'fund_close',
    text: 'Larkmoor Ventures raises $700M for two growth-stage funds',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'fund-02',
    style: 'wire',
    phenomenon: 'fund_close',
    text: 'Greylock has raised $1 billion to expand its bets on early-stage AI',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'fund-03',
    style: 'business',
    phenomenon: 'fund_close',
    text:
      'Brightwater Partners closes fourth flagship vehicle at $1.2 billion\n\n' +
      'Brightwater Partners said on Thursday it had closed its fourth flagship vehicle at $1.2 billion, above the $900 million it set out to raise. ' +
      'The firm will back climate and industrial software companies from seed to Series B, its managing partner Ruth Okafor said.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'fund-04',
    style: 'press',
    phenomenon: 'fund_close',
    text:
      'NEW YORK, March 3, 2026 /PRNewswire/ -- Cairnfield Growth Partners today announced the final close of Cairnfield Growth Fund II with $640 million in capital commitments from pension plans, endowments and family offices. ' +
      'The fund will make investments of $20 million to $60 million in software companies.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'fund-05',
    style: 'wire',
    phenomenon: 'fund_close',
    text:
      'Quarry Hill Ventures lands $300M to double down on its breakout companies\n\n' +
      'The early-stage firm has raised $300 million for an opportunity vehicle that will write follow-on checks into its portfolio.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'fund-06',
    style: 'business',
    phenomenon: 'fund_close',
    text: 'Lightspeed has raised $9 billion in new capital to back AI companies at every stage, the firm said on Tuesday, its largest fundraise to date.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'fund-07',
    style: 'roundup',
    phenomenon: 'fund_close',
    text: 'Osprey Climate Capital announced the first close of its second fund at €180 million, with the European Investment Fund as anchor investor.',
    kind: 'fund_close',
    rounds: [],
  },
  // ── Aggregate statistics ─────────────────────────────────────────────────────────────────────
  {
    id: 'stat-01',
    style: 'business',
    phenomenon: 'statistics',
    text: 'UK startups raised $4.8bn this year, down 12% on last year, according to a report from the data firm Dealtally.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'stat-02',
    style: 'business',
    phenomenon: 'statistics',
    text:
      'Robotics funding hits a three-year high\n\n' +
      'Funding for robotics startups reached $7.5 billion in the third quarter, the most since 2021, data from Pitchline shows. ' +
      'Investors poured $2.1 billion into humanoid makers alone.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'stat-03',
    style: 'roundup',
    phenomenon: 'statistics',
    text: 'European climate tech companies secured €3.1bn across 240 deals in the first half, while fintechs raised €2.4bn.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'stat-04',
    style: 'business',
    phenomenon: 'statistics',
    text: 'Startups in India raised $1.2 billion across 31 deals this week, up from $840 million the week before.',
    kind: 'other',
    rounds: [],
  },
  // ── Prizes and bounties ──────────────────────────────────────────────────────────────────────
  {
    id: 'prize-01',
    style: 'blog',
    phenomenon: 'prize',
    text:
      'Bounties for our SDK\n\n' +
      'The Lumen Foundation is offering $1,000 for initial integration of the SDK into a wallet and $5,000 for a full plugin with tests. ' +
      'Claims are reviewed every two weeks.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'prize-02',
    style: 'business',
    phenomenon: 'prize',
    text: 'Student team Arcwise won the $250,000 grand prize at the Harbor Climate Challenge on Saturday for its low-cost soil sensor.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'prize-03',
    style: 'wire',
    phenomenon: 'prize',
    text: 'Cobalt Ledger will pay researchers up to $2 million for critical bugs in its new bridge',
    kind: 'other',
    rounds: [],
  },
  // ── Buyouts ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'buyout-01',
    style: 'wire',
    phenomenon: 'buyout',
    text: 'Private equity firm Stonebridge agreed to a $3.4 billion buyout of payroll software maker Tally Systems, the companies said on Monday.',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'buyout-02',
    style: 'wire',
    phenomenon: 'buyout',
    text: 'Glenmore Partners takes Verity Health private in $1.1bn deal',
    kind: 'acquisition',
    rounds: [],
  },
  // ── Payments between companies ─────────────────────────────────────────────────────────────
  {
    id: 'payment-01',
    style: 'business',
    phenomenon: 'payment',
    text: 'Orbitar will pay Skylane $300 million over five years for launch services under an agreement signed on Friday.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'payment-02',
    style: 'wire',
    phenomenon: 'payment',
    text: 'Cellvane gets $120 million upfront from Rhenford Pharma in cancer drug licensing deal',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'payment-03',
    style: 'business',
    phenomenon: 'payment',
    text: 'Haulpoint received $45 million from Norrow Freight to settle a dispute over the cancelled contract, court filings show.',
    kind: 'other',
    rounds: [],
  },
  // ── Acquisitions, also priced in euros ──────────────────────────────────────────────────────
  {
    id: 'acq-01',
    style: 'wire',
    phenomenon: 'acquisition',
    text: 'Veltrix to acquire Dutch chip designer Norbit for €450 million',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'acq-02',
    style: 'wire',
    phenomenon: 'acquisition',
    text: 'Fernhill snaps up Lisbon fintech Pagora in €1.2bn deal',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'acq-03',
    style: 'business',
    phenomenon: 'acquisition',
    text:
      'Octave buys mapping startup Geodia\n\n' +
      'Paris-based Octave has agreed to pay €90m in cash and shares for Geodia, which had raised €14m from Brume Capital and others since 2021. ' +
      'The deal is expected to close in the second quarter.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Geodia'],
  },
  {
    id: 'acq-04',
    style: 'wire',
    phenomenon: 'acquisition',
    text: 'Cortland Software acquires Zephyr Labs for $250M to add AI testing tools',
    kind: 'acquisition',
    rounds: [],
  },
  // ── Stakes bought on the public market; strategic stakes that are private placements ────────
  {
    id: 'stake-01',
    style: 'business',
    phenomenon: 'public_market',
    text: 'Hedge fund Carrow Capital has bought a 4.9% stake in listed carmaker Velo Motors on the open market, a holding worth about $610 million at Friday’s closing price.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'stake-02',
    style: 'wire',
    phenomenon: 'public_market',
    text: 'Activist investor Redmere discloses $1.3 billion stake in Harlow Pharma, shares jump 6%',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'stake-03',
    style: 'business',
    phenomenon: 'strategic_stake',
    text:
      'Qasr Investment to take 1.6% of Rivulet Digital for $950 million\n\n' +
      'Abu Dhabi’s Qasr Investment is buying its stake of 1.6% in Rivulet Digital, the unlisted telecom and apps unit, with $950 million, the fifth investment in the company in six weeks. ' +
      'The deal values Rivulet Digital at $59 billion.',
    kind: 'round',
    rounds: [{ company: 'Rivulet Digital', amount: 950e6, roundType: 'strategic', lead: [], other: ['Qasr Investment'] }],
  },
  {
    id: 'stake-04',
    style: 'wire',
    phenomenon: 'strategic_stake',
    text: 'Chipmaker Ardent invests $150 million in Tessaract for a minority stake',
    kind: 'round',
    rounds: [{ company: 'Tessaract', amount: 150e6, roundType: 'strategic', other: ['Ardent'] }],
  },
  {
    id: 'stake-05',
    style: 'wire',
    phenomenon: 'public_market',
    text: 'Orrery Holdings sold its entire stake in chipmaker Veldt for $2.4 billion, a filing showed.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'stake-06',
    style: 'press',
    phenomenon: 'strategic_stake',
    text:
      'SAN JOSE, Calif., May 5, 2026 /PRNewswire/ -- Corvane Systems (NASDAQ: CRVN) today announced a $25 million strategic investment in Lumeq, a developer of photonic interconnects. ' +
      'Lumeq will use the funds to scale production.',
    kind: 'round',
    rounds: [{ company: 'Lumeq', amount: 25e6, roundType: 'strategic', other: ['Corvane Systems'] }],
  },
  // ── Talks ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'talks-01',
    style: 'business',
    phenomenon: 'in_talks',
    text:
      'Corvane weighs a $1bn raise\n\n' +
      'Corvane, the maker of warehouse software, is considering seeking $1bn in new funding at a valuation of about $20bn, people familiar with the matter said. ' +
      'No decision has been made.',
    kind: 'in_talks',
    rounds: [{ company: 'Corvane', amount: 1e9, roundType: 'unknown' }],
  },
  {
    id: 'talks-02',
    style: 'wire',
    phenomenon: 'in_talks',
    text:
      'Atlas Forge in talks to raise $600M at $5B valuation\n\n' +
      'Atlas Forge, which builds AI models for chip design, is in talks to raise $600 million at a $5 billion valuation. Index Ventures and Greenoaks are expected to lead, according to people briefed on the talks.',
    kind: 'in_talks',
    rounds: [{ company: 'Atlas Forge', amount: 600e6, roundType: 'unknown', lead: ['Index Ventures', 'Greenoaks'] }],
  },
  {
    id: 'talks-03',
    style: 'wire',
    phenomenon: 'in_talks',
    text: 'Exclusive: Drone maker Aerowing seeks $500 million in new funding at $4 billion valuation - sources',
    kind: 'in_talks',
    rounds: [{ company: 'Aerowing', amount: 500e6, roundType: 'unknown' }],
  },
  // ── Background financing ────────────────────────────────────────────────────────────────────
  {
    id: 'bg-01',
    style: 'business',
    phenomenon: 'background',
    text:
      'Palisade unveils its first inference chip\n\n' +
      'Palisade on Tuesday showed its first chip for running AI models, which it says uses half the power of rival parts. ' +
      'The company will start shipping samples to cloud providers in the summer. ' +
      'The chip was designed in about 18 months, a pace that a $2 billion investment from Corvex helped Palisade clinch last spring by paying for early production slots. ' +
      'Palisade’s chief executive, Mira Castell, said the company would show a second chip next year.',
    kind: 'other',
    rounds: [],
    prior: ['Palisade'],
  },
  {
    id: 'bg-02',
    style: 'wire',
    phenomenon: 'background',
    text:
      'Quillon raises $250M Series C to expand its grid-storage factories\n\n' +
      'Quillon said on Wednesday it had raised $250 million in a Series C round led by Harrowgate Capital. ' +
      'The new funding follows a previous $100 million round led by Fairway Capital, and brings the company’s total to $410 million.',
    kind: 'round',
    rounds: [{ company: 'Quillon', amount: 250e6, roundType: 'series_c', lead: ['Harrowgate Capital'] }],
  },
  {
    id: 'bg-03',
    style: 'business',
    phenomenon: 'background',
    text:
      'Tessel opens its first factory in Ohio\n\n' +
      'Tessel, which raised a $20 million Series A in 2018, opened a 200,000-square-foot battery plant near Columbus on Monday. ' +
      'The company employs 300 people and plans to hire 150 more this year.',
    kind: 'other',
    rounds: [],
    prior: ['Tessel'],
  },
  {
    id: 'bg-04',
    style: 'blog',
    phenomenon: 'background',
    title: 'Two years of Pennant',
    source: 'Pennant Blog',
    text:
      'Since we raised our $6M seed round two years ago, the team has grown from four people to forty. ' +
      'We shipped our mobile app, opened an office in Lisbon and crossed 10,000 paying customers.',
    kind: 'other',
    rounds: [],
    prior: ['Pennant'],
  },
  {
    id: 'bg-05',
    style: 'business',
    phenomenon: 'background',
    text:
      'Halo Freight signs rail deal\n\n' +
      'Halo Freight has signed a five-year agreement to move containers for Ridgeline Rail, the companies said. ' +
      'Halo Freight, which raised $50 million from Coppervale last year, will run 40 trains a week on the route.',
    kind: 'other',
    rounds: [],
    prior: ['Halo Freight'],
  },
  {
    id: 'bg-06',
    style: 'wire',
    phenomenon: 'background',
    text:
      'Corvex names new chief executive\n\n' +
      'Corvex said on Monday it had named Lena Ortiz, a former chip executive, as chief executive, effective immediately. ' +
      'Ortiz takes over a company that has struggled to win customers for its data-center chips. ' +
      'Analysts credit the outgoing chief with the partnership that helped Corvex clinch a $3 billion investment from Halberd Systems, and with cutting costs. ' +
      'Ortiz said she would focus on the company’s software.',
    kind: 'other',
    rounds: [],
    prior: ['Corvex'],
  },
  {
    id: 'bg-07',
    style: 'business',
    phenomenon: 'background',
    text:
      'Tendril raises $30 million to build orchard robots\n\n' +
      'Tendril, which makes robots that prune fruit trees, has raised $30 million in a Series B round led by Oakfield Ventures.\n\n' +
      'The company will use the money to double its staff and to start selling in Europe.\n\n' +
      'Rival Branchwise, which makes similar machines, raised $45 million from Dune Capital and is testing its robots in Spain.',
    kind: 'round',
    rounds: [{ company: 'Tendril', amount: 30e6, roundType: 'series_b', lead: ['Oakfield Ventures'] }],
    prior: ['Branchwise'],
  },
  {
    id: 'bg-08',
    style: 'business',
    phenomenon: 'background',
    text: 'From the archives: In 2019, Lendly raised $30 million in a Series B led by Ribbit Row.',
    kind: 'other',
    rounds: [],
    prior: ['Lendly'],
  },
  // ── Descriptive subjects: the company is named in the title or in another sentence ──────────
  {
    id: 'desc-01',
    style: 'business',
    phenomenon: 'descriptive_subject',
    title: 'Meridian Loop raises $100M to build tools for AI agents',
    text: 'The AI agent-tool startup founded by former Twitter CEO Dana Whitcombe has raised $100 million in a round led by Pell Street Partners, the company said on Tuesday.',
    kind: 'round',
    rounds: [{ company: 'Meridian Loop', amount: 100e6, roundType: 'unknown', lead: ['Pell Street Partners'] }],
  },
  {
    id: 'desc-02',
    style: 'business',
    phenomenon: 'descriptive_subject',
    text:
      'Inkling raises Series B\n\n' +
      'The publishing platform that’s a cross between a newsletter tool and a forum gets a hefty wad of cash. ' +
      'Inkling said its Series B was led by Fenwick Ventures but did not say how much it raised.',
    kind: 'round',
    rounds: [{ company: 'Inkling', amount: null, roundType: 'series_b', lead: ['Fenwick Ventures'] }],
  },
  {
    id: 'desc-03',
    style: 'business',
    phenomenon: 'descriptive_subject',
    text:
      'The Berlin-based maker of warehouse robots, founded by two former Siemens engineers, has secured €40 million in a Series A round. ' +
      'Rollbot will use the money to open a factory in Poland, co-founder Jonas Weber said.',
    kind: 'round',
    rounds: [{ company: 'Rollbot', amount: 40e6, currency: 'EUR', roundType: 'series_a' }],
  },
  {
    id: 'desc-04',
    style: 'wire',
    phenomenon: 'descriptive_subject',
    title: 'Former Stripe engineers’ startup Vantapay raises $14M',
    text: 'A payments startup started by three former Stripe engineers has raised $14 million in seed funding led by Corbel Ventures.',
    kind: 'round',
    rounds: [{ company: 'Vantapay', amount: 14e6, roundType: 'seed', lead: ['Corbel Ventures'] }],
  },
  // ── First-person posts: the company from the title, a parenthesis, or the feed's name ──────
  {
    id: 'fp-01',
    style: 'blog',
    phenomenon: 'first_person',
    title: 'Our seed round',
    source: 'Tiller Blog',
    text:
      'Today we’re excited to share that we’ve raised $5.7M in seed funding led by Harbor Lane Ventures, with participation from Oakum Capital and a group of founders we admire. ' +
      'The money will go into hiring and into our integrations.',
    kind: 'round',
    rounds: [{ company: 'Tiller', amount: 5.7e6, roundType: 'seed', lead: ['Harbor Lane Ventures'] }],
  },
  {
    id: 'fp-02',
    style: 'blog',
    phenomenon: 'first_person',
    text:
      'Some news\n\n' +
      'We’re pleased to say that we’ve (Quorra) received $5m from Northgate Capital to grow the team and take our review tools to more retailers.',
    kind: 'round',
    rounds: [{ company: 'Quorra', amount: 5e6, roundType: 'unknown' }],
  },
  {
    id: 'fp-03',
    style: 'blog',
    phenomenon: 'first_person',
    title: 'Kitebase raises $12M Series A',
    text:
      'We’re thrilled to announce that we’ve raised $12M in Series A funding led by Alder Peak. ' +
      'Thank you to our customers, our team, and our existing investors at Moss Lane, who joined the round.',
    kind: 'round',
    rounds: [{ company: 'Kitebase', amount: 12e6, roundType: 'series_a', lead: ['Alder Peak'] }],
  },
  {
    id: 'fp-04',
    style: 'blog',
    phenomenon: 'first_person',
    text:
      'At Loomwell, we have just closed our $8 million seed round. It was led by Tansy Capital! ' +
      'We will use it to grow our engineering team in Lagos and Nairobi.',
    kind: 'round',
    rounds: [{ company: 'Loomwell', amount: 8e6, roundType: 'seed', lead: ['Tansy Capital'] }],
  },
  {
    id: 'fp-05',
    style: 'blog',
    phenomenon: 'first_person',
    source: 'https://blog.brindle.io/posts/series-a',
    text: 'We just raised a $9M Series A led by Redpoint Partners! Here is what comes next for our team and our customers.',
    kind: 'round',
    rounds: [{ company: 'Brindle', amount: 9e6, roundType: 'series_a', lead: ['Redpoint Partners'] }],
  },
  {
    id: 'fp-06',
    style: 'blog',
    phenomenon: 'first_person',
    text: 'We’ve raised $3M to build better tools for small clinics. More soon!',
    kind: 'round',
    rounds: [],
  },
  // ── Headline-only and wire items ────────────────────────────────────────────────────────────
  {
    id: 'wire-01',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Skyrow snaps up another $150M to fuel its drone delivery expansion',
    kind: 'round',
    rounds: [{ company: 'Skyrow', amount: 150e6, roundType: 'unknown' }],
  },
  {
    id: 'wire-02',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Pellucid bags $18M to take on legacy payroll vendors',
    kind: 'round',
    rounds: [{ company: 'Pellucid', amount: 18e6, roundType: 'unknown' }],
  },
  {
    id: 'wire-03',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Northstar Bio nets $60 million Series B for its gene-editing pipeline',
    kind: 'round',
    rounds: [{ company: 'Northstar Bio', amount: 60e6, roundType: 'series_b' }],
  },
  {
    id: 'wire-04',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Robotics startup Gantry scores $22M seed round led by Ridge Ventures',
    kind: 'round',
    rounds: [{ company: 'Gantry', amount: 22e6, roundType: 'seed', lead: ['Ridge Ventures'] }],
  },
  {
    id: 'wire-05',
    style: 'wire',
    phenomenon: 'headline',
    text:
      'Orchard Health raises $75 million\n\n' +
      'Orchard Health, which runs primary-care clinics for older adults, said on Monday it raised $75 million in a Series C round led by Wexford Partners.',
    kind: 'round',
    rounds: [{ company: 'Orchard Health', amount: 75e6, roundType: 'series_c', lead: ['Wexford Partners'] }],
  },
  {
    id: 'wire-06',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Voltyard secures $500 million federal loan to build Nevada battery plant',
    kind: 'round',
    rounds: [{ company: 'Voltyard', amount: 500e6, roundType: 'debt' }],
  },
  {
    id: 'wire-07',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Fintech Lendwise pulls in $35M as small-business lending picks up',
    kind: 'round',
    rounds: [{ company: 'Lendwise', amount: 35e6, roundType: 'unknown' }],
  },
  // ── Roundups: many companies' rounds, each with its own amount and investors ────────────────
  {
    id: 'roundup-01',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'The week’s biggest rounds\n\n' +
      '1. Quarrytech, a construction-software maker, raised $48 million in a Series B led by Birchmount Capital.\n' +
      '2. Lumo Health closed a $20 million seed round from Cedar Grove Ventures and Halden Ventures.\n' +
      '3. Pylon Grid landed $110 million in debt financing from Kessler Bank.\n' +
      '4. Marrow AI picked up $6.5 million in pre-seed funding led by Foxglove Fund.',
    kind: 'round',
    rounds: [
      { company: 'Quarrytech', amount: 48e6, roundType: 'series_b', lead: ['Birchmount Capital'] },
      { company: 'Lumo Health', amount: 20e6, roundType: 'seed' },
      { company: 'Pylon Grid', amount: 110e6, roundType: 'debt' },
      { company: 'Marrow AI', amount: 6.5e6, roundType: 'pre_seed', lead: ['Foxglove Fund'] },
    ],
  },
  {
    id: 'roundup-02',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'Funding roundup: robots, batteries and a fund\n\n' +
      '- Tidebot, which makes pool-cleaning robots, raised $12M in a Series A co-led by Wren Capital and Osier Ventures.\n' +
      '- Cobalt-free battery maker Ferrin secured €30M from Lindqvist Invest.\n' +
      '- Tamarack Ventures closed its third fund at $300M.\n' +
      '- Brightpath acquired the scheduling app Kolo for $90M.',
    kind: 'round',
    rounds: [
      { company: 'Tidebot', amount: 12e6, roundType: 'series_a', lead: ['Wren Capital', 'Osier Ventures'] },
      { company: 'Ferrin', amount: 30e6, currency: 'EUR', roundType: 'unknown' },
    ],
  },
  {
    id: 'roundup-03',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'In other funding news this week, Spindle raised $9 million for its knitting robots, with Calder Fund leading the round, while Harvest OS secured $14 million from Pinecrest Partners. ' +
      'Dovetail Bio, meanwhile, banked a $31 million Series A led by Marlow Bio Partners.',
    kind: 'round',
    rounds: [
      { company: 'Spindle', amount: 9e6, roundType: 'unknown', lead: ['Calder Fund'] },
      { company: 'Harvest OS', amount: 14e6, roundType: 'unknown' },
      { company: 'Dovetail Bio', amount: 31e6, roundType: 'series_a', lead: ['Marlow Bio Partners'] },
    ],
  },
  // ── Leads in every form ─────────────────────────────────────────────────────────────────────
  {
    id: 'lead-01',
    style: 'business',
    phenomenon: 'leads',
    text:
      'Corelight Labs raises $240 million\n\n' +
      'Corelight Labs has raised $240 million, made up of a $200 million primary investment led by Blackmoor Capital and a $40 million tender offer for employees’ shares.',
    kind: 'round',
    rounds: [{ company: 'Corelight Labs', amount: 240e6, roundType: 'unknown', lead: ['Blackmoor Capital'] }],
  },
  {
    id: 'lead-02',
    style: 'wire',
    phenomenon: 'leads',
    text:
      'Sable Chain raises $12 million seed\n\n' +
      'Sable Chain has raised $12 million in seed funding. Ironhill Crypto led the round, with participation from Lattice Fund and several angels.',
    kind: 'round',
    rounds: [{ company: 'Sable Chain', amount: 12e6, roundType: 'seed', lead: ['Ironhill Crypto'] }],
  },
  {
    id: 'lead-03',
    style: 'press',
    phenomenon: 'leads',
    text:
      'SAN DIEGO, Feb. 12, 2026 /PRNewswire/ -- Helixor Therapeutics, a clinical-stage biotech company, today announced the closing of a $65 million Series B financing co-led by Marlow Bio Partners and Crestline Ventures, with participation from existing investors Ocean Park Capital and Tallgrass Health. ' +
      'Proceeds will fund two Phase 2 trials.',
    kind: 'round',
    rounds: [
      {
        company: 'Helixor Therapeutics',
        amount: 65e6,
        roundType: 'series_b',
        lead: ['Marlow Bio Partners', 'Crestline Ventures'],
      },
    ],
  },
  {
    id: 'lead-04',
    style: 'business',
    phenomenon: 'leads',
    text: 'Grainline has raised $18 million in a Series A. Alto Ventures and Banyan Capital co-led the round, and Perch Fund also participated.',
    kind: 'round',
    rounds: [{ company: 'Grainline', amount: 18e6, roundType: 'series_a', lead: ['Alto Ventures', 'Banyan Capital'] }],
  },
  {
    id: 'lead-05',
    style: 'wire',
    phenomenon: 'leads',
    text: 'Mistwood closes $40M Series B in a Kestrel Capital-led round',
    kind: 'round',
    rounds: [{ company: 'Mistwood', amount: 40e6, roundType: 'series_b', lead: ['Kestrel Capital'] }],
  },
  // ── An amount stated anywhere in the text ───────────────────────────────────────────────────
  {
    id: 'amount-01',
    style: 'business',
    phenomenon: 'amount_elsewhere',
    text:
      'Farrow AI announces Series A\n\n' +
      'Farrow AI, which builds inspection software for wind farms, today announced its Series A. ' +
      'The $22 million round was led by Summit Row.',
    kind: 'round',
    rounds: [{ company: 'Farrow AI', amount: 22e6, roundType: 'series_a', lead: ['Summit Row'] }],
  },
  {
    id: 'amount-02',
    style: 'press',
    phenomenon: 'amount_elsewhere',
    text:
      'Weaver Labs Closes Series B Financing\n\n' +
      'Weaver Labs, a maker of lab-automation software, has closed its Series B financing. ' +
      'The round, worth $40 million, was co-led by Halcyon Partners and Ostrava Capital.',
    kind: 'round',
    rounds: [{ company: 'Weaver Labs', amount: 40e6, roundType: 'series_b', lead: ['Halcyon Partners', 'Ostrava Capital'] }],
  },
  {
    id: 'amount-03',
    style: 'press',
    phenomenon: 'amount_elsewhere',
    text:
      'Halden Robotics Announces Series B Funding\n\n' +
      'Halden Robotics, the Oslo-based maker of hull-cleaning drones, announced Tuesday that it has closed a Series B round. ' +
      'The funding, $27 million, came from Skerry Capital and Nordhavn Ventures.',
    kind: 'round',
    rounds: [{ company: 'Halden Robotics', amount: 27e6, roundType: 'series_b', other: ['Skerry Capital', 'Nordhavn Ventures'] }],
  },
  // ── IPOs ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ipo-01',
    style: 'wire',
    phenomenon: 'ipo',
    text: 'Payroll startup Remitly Co raised $420 million in its Nasdaq debut on Thursday, pricing shares at $21.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ipo-02',
    style: 'business',
    phenomenon: 'ipo',
    text:
      'Loftware files to go public\n\n' +
      'Loftware has filed for an initial public offering in New York. The company last raised $90 million at a $1.2 billion valuation in 2024.',
    kind: 'ipo',
    rounds: [],
    prior: ['Loftware'],
  },
  // ── Other languages: never a false round ────────────────────────────────────────────────────
  {
    id: 'lang-01',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'Das Münchner Startup Flinkbau hat in einer Series-A-Runde 15 Millionen Euro eingesammelt. Angeführt wurde die Runde von Alpenkapital.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'lang-02',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'La start-up parisienne Veloria lève 20 millions d’euros en série B auprès de Brume Capital et de ses investisseurs historiques.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'lang-03',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'La fintech mexicana Pagomas levantó US$30 millones en una ronda Serie B liderada por Cordillera Ventures.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'lang-04',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'Le fonds Brume Capital a levé 300 millions d’euros pour son troisième fonds, a annoncé la société de gestion mardi.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'lang-05',
    style: 'foreign',
    phenomenon: 'other_language',
    text: '東京のスタートアップ、ミライロボはシリーズBラウンドで50億円を調達したと発表した。リード投資家はサクラキャピタル。',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'lang-06',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'A startup brasileira Trilho captou R$ 50 milhões em uma rodada série A liderada pela Jacarandá Ventures.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'lang-07',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'De Amsterdamse start-up Kanaal heeft 8 miljoen dollar opgehaald bij Grachten Ventures in een seedronde, meldt het bedrijf.',
    kind: 'round',
    rounds: [],
  },
];
