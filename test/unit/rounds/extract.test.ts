// Extraction on texts written for these tests: the phenomena of funding news, one table each.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import type { ExtractedRound } from '../../../src/model.js';

const PUB = Date.UTC(2026, 5, 10);
const read = (text: string, published: number | null = PUB) => extractRounds(text, { published });
type Expect = Partial<ExtractedRound>;

function check(text: string, expected: Expect[], published?: number | null) {
  const got = read(text, published);
  expect(got.map((r) => r.company)).toEqual(expected.map((e) => e.company));
  expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
}

describe('amounts, currencies and companies as written', () => {
  it.each<[string, Expect]>([
    [
      'Zentra Bio raises €12.5m to scale enzyme manufacturing',
      { company: 'Zentra Bio', amount: 12.5e6, currency: 'EUR', amountUsd: 14_625_000 },
    ],
    ['Tokyo robotics maker Kinetiq raised ¥2 billion in a Series A round.', { company: 'Kinetiq', amount: 2e9, currency: 'JPY' }],
    [
      'Indian edtech PrepWise raises Rs 150 crore in funding led by Elevate Capital',
      { company: 'PrepWise', amount: 1.5e9, currency: 'INR' },
    ],
    [
      'Quantix snags $1.03 billion dollars in Series G funding',
      { company: 'Quantix', amount: 1.03e9, roundType: 'series_g_plus' },
    ],
    ['Vanta Grid raised $22m (€20m) in Series A funding.', { company: 'Vanta Grid', amount: 22e6, currency: 'USD' }],
    ['Nvidia-backed rival Lambda Grid raises $480M', { company: 'Lambda Grid', amount: 480e6 }],
    ['Apptronik, Inc. announces $350 million Series A to scale humanoid robots', { company: 'Apptronik, Inc.', amount: 350e6 }],
    ['Seed raises $2M to build serverless tools', { company: 'Seed', amount: 2e6, roundType: 'unknown' }],
    [
      'Factory, which builds coding agents, has raised $50 million in a Series B.',
      { company: 'Factory', amount: 50e6, roundType: 'series_b' },
    ],
    [
      'Brightwave, a New York-based startup building AI research tools, has raised $15 million in a Series A round led by Decibel.',
      { company: 'Brightwave', leadInvestors: ['Decibel'] },
    ],
    ['Humanoid robotics maker Sunday reaches $1.2B valuation', { company: 'Sunday', amount: null, valuation: 1.2e9 }],
    [
      'Orbitly said on Tuesday it had raised 48 million euros in a round co-led by Nordwind Capital and Alto Ventures.',
      { company: 'Orbitly', amount: 48e6 },
    ],
  ])('%s', (text, e) => check(text, [e]));
});

describe('round types', () => {
  it.each<[string, string]>([
    ['Seedling Labs raises $4M pre-seed', 'pre_seed'],
    ['Fintech startup Paylo has raised $30 million in a Series B-2 round.', 'series_b'],
    ['Mosaic Health announced a $15M Series A+ led by Redwood Growth.', 'series_a'],
    ['Helio Labs closes $8 million Series C extension', 'extension'],
    ['Cloudforge adds $20M to its Series C in an extension led by Granite Partners.', 'extension'],
    ['Gridline lands $75M growth round from Summit Peak', 'growth'],
    ['Ferrous AI raised $10 million in convertible notes from Horizon Fund.', 'convertible'],
    ['Northvolt secures $5 billion in debt financing to expand its gigafactory', 'debt'],
    ['Bramble Energy receives £2.5m grant from Innovate UK', 'grant'],
    ['Zest Foods receives non-dilutive funding of $3 million from the state.', 'non_dilutive'],
    ['Chime closed a $750 million Series G.', 'series_g_plus'],
    ['Openfield raises $18M in equity and debt to grow its fleet', 'unknown'],
    ['Verdi raises $6M pre-Series A round', 'unknown'],
    ['Nvidia invests $100 million in robotics startup Figment Dynamics', 'strategic'],
    ['Google takes $2B stake in AI startup Cerulean', 'strategic'],
    ['SoftBank agreed to lend $15 billion to OpenAI ahead of its planned IPO.', 'debt'],
  ])('%s → %s', (text, roundType) => {
    const [r] = read(text);
    expect(r?.roundType).toBe(roundType);
  });

  it('keeps the stage words as written', () => {
    expect(read('Helio Labs closes $8 million Series C extension')[0]!.roundTypeDetail).toBe('Series C extension');
  });
});

describe('investors', () => {
  it('reads a lead and participants, dropping descriptions that are not names', () => {
    check(
      'Harbor AI is announcing its $19M seed round, led by Dune Capital and with participation from Lumen, Placebo Partners, and Arch Ventures, as well as over 40 angels, including Ana Diaz, Bo Chen, and a number of other builders.',
      [
        {
          company: 'Harbor AI',
          leadInvestors: ['Dune Capital'],
          otherInvestors: ['Lumen', 'Placebo Partners', 'Arch Ventures', 'Ana Diaz', 'Bo Chen'],
        },
      ],
    );
  });

  it('reads co-leads, "which led it", "X led the round", "-led" and roles before names', () => {
    check('Talkiatry raises $130M Series C; the round was co-led by Andreessen Horowitz and Perceptive Advisors.', [
      { company: 'Talkiatry', leadInvestors: ['Andreessen Horowitz', 'Perceptive Advisors'] },
    ]);
    check(
      'Gale raises $40M. The Series A is backed by investors including Dawn Peak, which led it, plus Comet Ventures and a16z Speedrun.',
      [
        {
          company: 'Gale',
          roundType: 'series_a',
          leadInvestors: ['Dawn Peak'],
          otherInvestors: ['Comet Ventures', 'a16z Speedrun'],
        },
      ],
    );
    check('Temporal Labs raises $146M; Tiger Global led the round.', [
      { company: 'Temporal Labs', leadInvestors: ['Tiger Global'] },
    ]);
    check('Pillarbox raises $20M in an a16z-led seed', [{ company: 'Pillarbox', leadInvestors: ['a16z'], roundType: 'seed' }]);
    check('Nimble raises $9M from angels including Klarna CEO Sam Lee and Slack co-founder Priya Nair.', [
      { company: 'Nimble', otherInvestors: ['Sam Lee', 'Priya Nair'] },
    ]);
  });

  it('treats a sole provider without "led" as a participant, and later sentences as the same round', () => {
    check('Kernel AI raises $15M seed from General Catalyst', [
      { company: 'Kernel AI', leadInvestors: [], otherInvestors: ['General Catalyst'] },
    ]);
    check(
      'Norrland Robotics raises $40M Series B\nThe round values the company at $400 million, and Bluewater Ventures also participated.',
      [{ company: 'Norrland Robotics', valuation: 400e6, otherInvestors: ['Bluewater Ventures'] }],
    );
  });

  it('does not read a company’s general backers or an appositive as this round’s investors', () => {
    check('Helsing, backed by Spotify founder Daniel Ek, raises $500M at $5.4B valuation', [
      { company: 'Helsing', leadInvestors: [], otherInvestors: [] },
    ]);
    check('Verdant raises $15M; its previous round was led by Khosla.', [{ company: 'Verdant', leadInvestors: [] }]);
  });
});

describe('talks versus announced', () => {
  it.each<[string, Expect]>([
    [
      'Veritas Robotics is in talks to raise up to $300 million at a valuation of about $2 billion, according to people familiar with the matter.',
      { company: 'Veritas Robotics', status: 'in_talks', amount: 300e6, valuation: 2e9 },
    ],
    [
      'Nimbus is raising a new round that would value it at $5 billion, sources say.',
      { company: 'Nimbus', status: 'in_talks', amount: null, valuation: 5e9 },
    ],
    ['Sources: Arcadia is raising $400M at a $4B valuation', { company: 'Arcadia', status: 'in_talks' }],
    ['Meta is in talks to invest more than $10 billion in Scale Labs', { company: 'Scale Labs', status: 'in_talks' }],
    [
      'Figure is in talks to raise $1.5 billion, with Parkway expected to lead the round.',
      { company: 'Figure', status: 'in_talks', leadInvestors: ['Parkway'] },
    ],
    ['Delphi Systems is seeking to raise $200 million in fresh capital.', { company: 'Delphi Systems', status: 'in_talks' }],
    [
      'Google to invest up to $40B in Anthropica in cash and compute',
      { company: 'Anthropica', status: 'announced', amount: 40e9 },
    ],
    [
      'Plaid raised a $575 million round at a $6.1 billion valuation, the company announced Thursday.',
      { company: 'Plaid', status: 'announced' },
    ],
  ])('%s', (text, e) => check(text, [e]));
});

describe('not new financing', () => {
  it.each([
    ['a VC firm’s own fund', 'Greyhawk Ventures closes $250M third fund to back early-stage defense startups'],
    ['a fund raised', 'Andes Capital has raised $500 million for its fourth flagship fund.'],
    ['a first close', 'Vertex Ventures announces first close of $150 million Fund III'],
    ['an IPO', 'Sparrow Logistics files for IPO, seeking to raise $400 million'],
    ['IPO proceeds', 'Medline raises $6.3 billion in its initial public offering on the Nasdaq'],
    ['a public company’s offering', 'Acme (NASDAQ: ACME) raised $200 million in a follow-on offering.'],
    ['an acquisition', 'Stripe agrees to acquire Lumen Payments for $1.1 billion'],
    ['a majority stake', 'Honda to buy majority stake in battery maker Volt Cell for $1.2 billion'],
    ['an acquired company’s past', 'Corvid, which raised $40 million last year, was acquired by Oracle on Monday.'],
    ['"previously raised"', 'The company previously raised $12 million from Sequoia and Accel.'],
    ['a total to date', 'Acme Robotics has raised $85 million to date.'],
    ['last year’s round', "Last year's $20 million Series A was led by Index Ventures."],
    ['a dated round', 'Trellis raised $3 million in seed funding in 2021 and has since grown to 40 employees.'],
    ['a fronted date', 'Two years ago, Marlin raised a $30 million Series A.'],
    ['a shutdown', 'Yodel shuts down after raising $33M from Beacon Ventures'],
    ['a descriptor valuation', 'Mercor, the $10B-valued AI hiring startup, is opening an office in London.'],
    ['a past valuation', 'Brisk, once valued at $2 billion, is laying off half its staff.'],
    ['a halted round', 'Cursive was on track to close a $2 billion round this week but halted talks.'],
    ['prices', 'Netflix raises prices in the US'],
    ['a settlement', 'Acme pays $5 million to settle SEC charges'],
    ['a contract', 'Anduril gets $20B Army contract'],
    ['a prize', 'Cradle wins $1M prize at the pitch competition'],
    ['capex', 'Amazon plans to invest $20 billion in data centers in Pennsylvania.'],
    ['revenue', 'Lumo says it added $100M in revenue last month alone'],
    ['an unnamed company', 'Former Coatue partner raises $65M seed for enterprise AI agent startup'],
    ['market totals', 'European climate startups raised €5.2bn in 2025, a new report says.'],
  ])('%s', (_why, text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps a pre-IPO round and a new round beside an old one', () => {
    check('Klarna raises $800M ahead of IPO', [{ company: 'Klarna', amount: 800e6 }]);
    check('Beacon Health, which last raised a $50M Series B in 2022, has now raised $120M in a Series C led by Oak HC/FT.', [
      { company: 'Beacon Health', amount: 120e6, roundType: 'series_c' },
    ]);
    check('Ample raised $20 million in 2023. Now it has raised $160 million more in a Series C led by Eni Next.', [
      { company: 'Ample', amount: 160e6 },
    ]);
  });

  it('reads a month against the publish date, and a fronted month as the past without one', () => {
    expect(read('Nexa raised a $40M Series B in January.', Date.UTC(2026, 1, 3))).toHaveLength(1);
    expect(read('Nexa raised a $40M Series B in January 2024.', Date.UTC(2026, 1, 3))).toEqual([]);
    expect(
      read('Loom raises $20M.\n\nIn February, Oakline led a $5 million seed round in the company.', null).map((r) => r.amount),
    ).toEqual([20e6]);
  });

  it('keeps only the story’s round when competitors’ rounds are recalled', () => {
    check(
      'Tidepool raises $25M led by Amberline.\n\nTidepool competes with Kelpie, which raised $60 million last year. Rival Seagrass has raised far more, closing a $200 million round in March.',
      [{ company: 'Tidepool', amount: 25e6, leadInvestors: ['Amberline'] }],
    );
  });
});

describe('one text, one round per event', () => {
  it('merges the headline and the body, taking the precise figure and the body’s company', () => {
    check(
      'Rival AI lab founder just raised $1.1B\n\nQuillon Intelligence, a lab founded this spring by former researcher David Stone, has raised $1.1 billion at a valuation of $5.1 billion.',
      [{ company: 'Quillon Intelligence', amount: 1.1e9, valuation: 5.1e9 }],
    );
    check(
      'Meta to pay nearly $15 billion for Scale Labs stake\nMeta Platforms has agreed to take a 49% stake in data startup Scale Labs for $14.8 billion, the report said, citing people familiar with the matter.',
      [{ company: 'Scale Labs', amount: 14.8e9, roundType: 'strategic', status: 'in_talks', otherInvestors: ['Meta Platforms'] }],
    );
  });

  it('resolves "the startup" and first-party "we" to the company of the title', () => {
    check(
      'Loopline raises $95M for supply chain AI\n\nThe San Francisco startup closed a Series C funding round led by Valor Partners.',
      [{ company: 'Loopline', roundType: 'series_c', leadInvestors: ['Valor Partners'] }],
    );
    check(
      '# Tessel raises $6M to make batteries last longer\n\nToday we are excited to announce that we have raised a $6M seed round led by Juniper Capital, with participation from Ridge VC.\n\nOther investors include Fern Fund and Atlas Angels.',
      [
        {
          company: 'Tessel',
          roundType: 'seed',
          leadInvestors: ['Juniper Capital'],
          otherInvestors: ['Ridge VC', 'Fern Fund', 'Atlas Angels'],
        },
      ],
    );
    expect(read('We raised $3.2M from Fellow Ventures to build our app.')).toEqual([]);
  });

  it('uses the short name a first-party post uses most', () => {
    check(
      'Northern Push Notification Service (NPNS) is proud to announce a seed round.\n\nToday NPNS closed its seed round of $660k USD at a valuation of $12 Million USD. NPNS will hire.',
      [{ company: 'NPNS', amount: 660e3, valuation: 12e6, roundType: 'seed' }],
    );
  });

  it('reads several companies from a newsletter', () => {
    check(
      'Startups this week: Fernway raised $12M in a seed round led by Basis Set; Coralia landed $30 million in Series A funding from Atomico; and Drift Labs closed a $4M pre-seed.',
      [
        { company: 'Fernway', amount: 12e6, leadInvestors: ['Basis Set'] },
        { company: 'Coralia', amount: 30e6, otherInvestors: ['Atomico'] },
        { company: 'Drift Labs', amount: 4e6, roundType: 'pre_seed' },
      ],
    );
  });

  it('cleans Markdown and HTML before reading, and cites the sentence it read', () => {
    const [r] = read(
      '**Helix Bio** today announced a **$30 million** [Series B](https://x.example/z) led by [Mountain Capital](https://m.example).',
    );
    expect(r).toMatchObject({ company: 'Helix Bio', amount: 30e6, roundType: 'series_b', leadInvestors: ['Mountain Capital'] });
    expect(r!.evidence).toBe('Helix Bio today announced a $30 million Series B led by Mountain Capital.');
    check('<p>Quark Systems has raised &#36;18 million in Series A funding.</p><p>The round was led by Prism VC.</p>', [
      { company: 'Quark Systems', amount: 18e6, leadInvestors: ['Prism VC'] },
    ]);
  });
});

describe('longer articles', () => {
  it('reads a press release with a dateline and leaves its boilerplate alone', () => {
    check(
      'SAN FRANCISCO, Nov. 4, 2025 /PRNewswire/ -- Corvexa, the leader in contract analytics, today announced it has closed a $45 million Series B financing round led by Insight Peak. Existing investors Bessemer Lane and Greycroft Partners also participated.\n\nAbout Insight Peak\nInsight Peak is a software investor that has raised more than $90 billion in assets under management.',
      [
        {
          company: 'Corvexa',
          amount: 45e6,
          roundType: 'series_b',
          leadInvestors: ['Insight Peak'],
          otherInvestors: ['Bessemer Lane', 'Greycroft Partners'],
        },
      ],
      Date.UTC(2025, 10, 5),
    );
  });

  it('reads co-leads named after the lead, participants "included", and a value given to "the startup"', () => {
    check(
      'Anthra has raised $13 billion in a Series F round at a $183 billion post-money valuation. The round was led by Iconic Lane, with Fidelity Management & Research Company and Lightbeam Partners co-leading.',
      [
        {
          company: 'Anthra',
          valuation: 183e9,
          leadInvestors: ['Iconic Lane', 'Fidelity Management & Research Company', 'Lightbeam Partners'],
        },
      ],
    );
    check(
      'Quanta Labs has raised €300 million in a Series B round led by Ten Oaks. The round also included Tesi, the Finnish state investment company, and existing backers World Fund and OurCrowd.',
      [{ company: 'Quanta Labs', otherInvestors: ['Tesi', 'World Fund', 'OurCrowd'] }],
    );
    check(
      'Mistrali raises €1.7B led by ASML\n\nASML will invest €1.3 billion as part of a €1.7 billion Series C that values the French startup at €11.7 billion.',
      [
        {
          company: 'Mistrali',
          amount: 1.7e9,
          currency: 'EUR',
          roundType: 'series_c',
          valuation: 11.7e9,
          leadInvestors: ['ASML'],
        },
      ],
    );
  });

  it('takes the whole round when a tranche is named first', () => {
    check('OpenLab raises $3B from retail investors in monster $122B fund raise', [{ company: 'OpenLab', amount: 122e9 }]);
  });

  it('keeps a roundup’s items apart, in the order written', () => {
    check(
      'The week in robotics: Figura hits $39B valuation; Apptronix extends its Series A to $450M; and Skildo is reportedly raising at a $14B valuation.',
      [
        { company: 'Figura', amount: null, valuation: 39e9, roundType: 'unknown', status: 'announced' },
        { company: 'Apptronix', amount: 450e6, roundType: 'series_a' },
        { company: 'Skildo', valuation: 14e9, status: 'in_talks' },
      ],
    );
  });

  it('finds nothing new in a profile that recalls past rounds', () => {
    const text =
      'Chip veteran’s firm backed dozens of startups\n\nNov 3 (Reuters) - Before his new job, Lee Tan led Walden Arc, which invested in Sambo, Rivo and Ayra Labs. Sambo raised $676 million in a Series D round led by SoftBank in 2021. Ayra Labs closed a $155 million round in December, with Nvidia and AMD participating. Rivo, which raised $250 million earlier this year, is developing server chips.';
    expect(read(text, Date.UTC(2025, 10, 5))).toEqual([]);
  });
});
