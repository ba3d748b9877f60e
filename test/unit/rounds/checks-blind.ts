// A second check set, written after the rules were developed and measured once before any rule
// was changed for it (the numbers of that first measurement are in docs/decisions/0015): invented
// texts in styles and wordings the first set (checks.ts) does not use. Same shape as checks.ts.
import type { RoundCheck } from './checks.js';

export const BLIND_CHECKS: RoundCheck[] = [
  {
    id: 'blind-01',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Payments upstart Kovalo reels in $27 million Series A from Thistle Peak',
    kind: 'round',
    rounds: [{ company: 'Kovalo', amount: 27e6, roundType: 'series_a' }],
  },
  {
    id: 'blind-02',
    style: 'wire',
    phenomenon: 'headline',
    text: 'Exclusive: Hydrogen truck maker Velmora raising $300 million, led by Corran Partners',
    kind: 'in_talks',
    rounds: [{ company: 'Velmora', amount: 300e6, roundType: 'unknown', lead: ['Corran Partners'] }],
  },
  {
    id: 'blind-03',
    style: 'press',
    phenomenon: 'leads',
    text:
      'BOSTON, April 2, 2026 (GLOBE NEWSWIRE) -- Quillfeather Bio, Inc., a company developing oral peptide drugs, today announced an $82 million Series B financing. ' +
      'The financing was led by Sorrel Health Ventures, with participation from new investor Marsh Lane Capital and existing investors Pike & Lowe and the Harrow Foundation.',
    kind: 'round',
    rounds: [{ company: 'Quillfeather Bio, Inc.', amount: 82e6, roundType: 'series_b', lead: ['Sorrel Health Ventures'] }],
  },
  {
    id: 'blind-04',
    style: 'blog',
    phenomenon: 'first_person',
    title: 'Why we raised, and what’s next',
    source: 'https://www.fennick.dev/blog/why-we-raised',
    text:
      'Two years ago, three of us started building Fennick in a spare bedroom. ' +
      'Today, we’re sharing that we’ve closed a $4.2M seed round co-led by Ember Lane and Quartz Hill Ventures. ' +
      'We’ll use it to hire our first designers and to ship the desktop app.',
    kind: 'round',
    rounds: [{ company: 'Fennick', amount: 4.2e6, roundType: 'seed', lead: ['Ember Lane', 'Quartz Hill Ventures'] }],
  },
  {
    id: 'blind-05',
    style: 'business',
    phenomenon: 'descriptive_subject',
    title: 'Ostrom raises $60M to build heat pumps for apartment blocks',
    text:
      'The heat-pump installer backed by the founder of a large home-energy retailer has raised $60 million in new funding. ' +
      'Ostrom said the Series B was led by Larchmont Climate, and that it would use the money to expand into three new states.',
    kind: 'round',
    rounds: [{ company: 'Ostrom', amount: 60e6, roundType: 'series_b', lead: ['Larchmont Climate'] }],
  },
  {
    id: 'blind-06',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'Deals of the day\n\n' +
      'Nettle Health, which runs virtual clinics for chronic pain, raised $18 million in a round led by Bramble Ventures.\n\n' +
      'Sundial Robotics pulled in $9.5 million in seed funding from Orchard Street Capital and Felton Angels.\n\n' +
      'Carrow Bank agreed to acquire the payroll app Paycove for $140 million.\n\n' +
      'Gossamer AI landed a $70 million Series B at a $600 million valuation; Westerly Capital led.',
    kind: 'round',
    rounds: [
      { company: 'Nettle Health', amount: 18e6, roundType: 'unknown', lead: ['Bramble Ventures'] },
      { company: 'Sundial Robotics', amount: 9.5e6, roundType: 'seed' },
      { company: 'Gossamer AI', amount: 70e6, roundType: 'series_b', lead: ['Westerly Capital'] },
    ],
  },
  {
    id: 'blind-07',
    style: 'business',
    phenomenon: 'fund_close',
    text:
      'Marigold Capital closes $450 million third fund\n\n' +
      'Marigold Capital, the early-stage investor behind several fintech companies, said it had raised $450 million for its third fund, beating its target.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'blind-08',
    style: 'wire',
    phenomenon: 'fund_close',
    text: 'Accel raises $650 million for new early-stage fund focused on Europe and Israel',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'blind-09',
    style: 'business',
    phenomenon: 'statistics',
    text:
      'Fintech funding slumps\n\n' +
      'Fintech startups worldwide raised $9.2 billion in the second quarter, the lowest since 2019, while AI companies collected more than half of all venture dollars.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'blind-10',
    style: 'wire',
    phenomenon: 'acquisition',
    text: 'Dutch payments group Oranjepay buys Spanish rival Cobra Pagos for €310 million',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'blind-11',
    style: 'wire',
    phenomenon: 'ipo',
    text:
      'Lattice Health prices IPO at $18 a share, raising $350 million\n\n' +
      'Lattice Health sold 19.4 million shares in its initial public offering and will begin trading on the Nasdaq on Friday.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'blind-12',
    style: 'business',
    phenomenon: 'background',
    text:
      'Brightline Foods opens second plant\n\n' +
      'Brightline Foods opened a second oat-milk plant in Iowa on Tuesday. ' +
      'The company has raised $120 million since 2020 and counts Redwater Capital among its backers. ' +
      'The new plant will employ 90 people.',
    kind: 'other',
    rounds: [],
    prior: ['Brightline Foods'],
  },
  {
    id: 'blind-13',
    style: 'business',
    phenomenon: 'public_market',
    text: 'Tiverton Partners has built up a 7% stake in London-listed retailer Harcourt & Vane, buying shares on the market over several weeks for about £95 million.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'blind-14',
    style: 'business',
    phenomenon: 'strategic_stake',
    text:
      'Carmaker Veltro takes minority stake in battery startup Anodyne\n\n' +
      'Veltro will invest $250 million in Anodyne, a privately held maker of solid-state cells, in exchange for a minority stake and a seat on its board.',
    kind: 'round',
    rounds: [{ company: 'Anodyne', amount: 250e6, roundType: 'strategic', other: ['Veltro'] }],
  },
  {
    id: 'blind-15',
    style: 'wire',
    phenomenon: 'in_talks',
    text:
      'Stratolink in early talks to raise funds at $8 billion valuation\n\n' +
      'Satellite operator Stratolink is in early talks with investors to raise about $500 million, people familiar with the matter said.',
    kind: 'in_talks',
    rounds: [{ company: 'Stratolink', amount: 500e6, roundType: 'unknown' }],
  },
  {
    id: 'blind-16',
    style: 'business',
    phenomenon: 'payment',
    text: 'Cloud provider Nimbra will pay chip designer Oxbow $1.5 billion over four years for custom accelerators, the companies said.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'blind-17',
    style: 'blog',
    phenomenon: 'prize',
    text: 'Our team at Pinwheel won first place and a $20,000 prize at the Regional Health Hackathon last weekend!',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'blind-18',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'Die Berliner Firma Taktwerk hat 22 Millionen Euro von Investoren erhalten; die Runde wurde von Spree Ventures angeführt.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'blind-19',
    style: 'foreign',
    phenomenon: 'other_language',
    text: 'La startup milanese Vigneto ha raccolto 6 milioni di euro in un round seed guidato da Lago Capital.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'blind-20',
    style: 'wire',
    phenomenon: 'amount_elsewhere',
    text:
      'Quiver Labs unveils Series A\n\n' +
      'Quiver Labs, which makes testing tools for game studios, has closed a Series A round. The round totals $16 million and was led by Goldleaf Ventures.',
    kind: 'round',
    rounds: [{ company: 'Quiver Labs', amount: 16e6, roundType: 'series_a', lead: ['Goldleaf Ventures'] }],
  },
  {
    id: 'blind-21',
    style: 'business',
    phenomenon: 'debt',
    text:
      'Solvane secures $200 million credit facility\n\n' +
      'Solar developer Solvane has secured a $200 million credit facility from Hartwell Bank to finance projects in Texas.',
    kind: 'round',
    rounds: [{ company: 'Solvane', amount: 200e6, roundType: 'debt' }],
  },
  {
    id: 'blind-22',
    style: 'wire',
    phenomenon: 'leads',
    text:
      'Pennywhistle raises $11M\n\n' +
      'Pennywhistle has raised $11 million in a seed round. Northlight and Carver Street Capital led the investment, and angel investors including Jo Marsh joined.',
    kind: 'round',
    rounds: [{ company: 'Pennywhistle', amount: 11e6, roundType: 'seed', lead: ['Northlight', 'Carver Street Capital'] }],
  },
  {
    id: 'blind-23',
    style: 'business',
    phenomenon: 'background',
    text:
      'Tallis raises $45M Series C\n\n' +
      'Tallis has raised $45 million in a Series C led by Ormond Growth. ' +
      'It comes a year after a $20 million Series B led by Kestle Ventures, and brings total funding to $80 million.',
    kind: 'round',
    rounds: [{ company: 'Tallis', amount: 45e6, roundType: 'series_c', lead: ['Ormond Growth'] }],
  },
  {
    id: 'blind-24',
    style: 'press',
    phenomenon: 'press_release',
    text:
      'Tern Analytics Secures $7.5 Million in Seed Funding to Expand AI Risk Platform\n\n' +
      'LONDON, March 4, 2026 /PRNewswire/ -- Tern Analytics, the AI risk-monitoring platform for insurers, today announced it has secured $7.5 million in seed funding. ' +
      'The round was led by Halyard Capital, with participation from Fernbrook Ventures.',
    kind: 'round',
    rounds: [{ company: 'Tern Analytics', amount: 7.5e6, roundType: 'seed', lead: ['Halyard Capital'] }],
  },
  {
    id: 'blind-25',
    style: 'roundup',
    phenomenon: 'roundup',
    text:
      'Europe’s rounds this week\n\n' +
      '• Dublin-based Ferrule raised €14m in a Series A led by Liffey Partners\n' +
      '• Lisbon’s Maré AI bagged €5m in pre-seed funding\n' +
      '• Stockholm insurtech Sjöfält secured SEK 200m from Nordlys Capital',
    kind: 'round',
    rounds: [
      { company: 'Ferrule', amount: 14e6, currency: 'EUR', roundType: 'series_a', lead: ['Liffey Partners'] },
      { company: 'Maré AI', amount: 5e6, currency: 'EUR', roundType: 'pre_seed' },
      { company: 'Sjöfält', amount: 200e6, currency: 'SEK', roundType: 'unknown' },
    ],
  },
  {
    id: 'blind-26',
    style: 'business',
    phenomenon: 'grant',
    text: 'Biotech Mirelle has been awarded a $3 million grant from the National Cancer Foundation to fund early trials of its imaging agent.',
    kind: 'round',
    rounds: [{ company: 'Mirelle', amount: 3e6, roundType: 'grant' }],
  },
  {
    id: 'blind-27',
    style: 'business',
    phenomenon: 'buyout',
    text: 'Buyout firm Greyhaven agreed to take software maker Lumenfield private in a deal valued at $2.3 billion including debt.',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'blind-28',
    style: 'blog',
    phenomenon: 'first_person',
    source: 'Drover Engineering Blog',
    text:
      'Big news: we (Drover) just raised $15 million in Series A funding! ' +
      'The round was led by Castlebar Ventures. Thank you to everyone who has used Drover so far.',
    kind: 'round',
    rounds: [{ company: 'Drover', amount: 15e6, roundType: 'series_a', lead: ['Castlebar Ventures'] }],
  },
];
