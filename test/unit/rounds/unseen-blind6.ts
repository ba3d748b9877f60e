// A sixth blind set for funding-round extraction: invented (companies, people, investors and
// sentences made up for this project; only cities are real) on 2026-12-06 by a writer who had not
// read src/rounds and did not run the extractor. Styles: Brazilian, Mexican, Indonesian,
// Vietnamese, Australian, New Zealand, Canadian, Swiss, Swedish and Turkish business press in
// English, with amounts in BRL ("R$ 85 million", and one item that states US$ first), MXN ("MX$",
// "pesos"), IDR ("Rp ... billion"), VND, AUD ("A$"), NZD ("NZ$"), CAD ("C$", and a Canadian
// "US$12-million"), CHF, SEK ("kronor") and TRY ("Turkish lira"). Phenomena: biotech rounds paid in
// tranches ("of which $30 million is committed upfront", a CHF Series B "to be paid in two
// tranches"); a convertible note from existing investors ahead of a future Series A; a pre-seed
// raised on post-money SAFEs with a cap; an equity crowdfunding raise from 900 small investors; a
// university spin-out's seed; a corporate strategic investment of undisclosed size; an extension of
// an earlier Series A (only the new money is labelled); an "eight-figure" Series B with no number;
// a debt-plus-equity package (labelled at its total); a round told in a podcast transcript; a round
// in a job advert; a round in a Q&A interview answer; an Australia/New Zealand weekly wrap with a
// fund close among the rounds; an undisclosed Vietnamese Series A; feature stories whose round
// comes in the third or fourth sentence; a rival's earlier raise as background; in-talks items
// (pesos with a series, A$ with "tipped to lead"). Distractors: a product launch with a lifetime
// funding total, a government grant to a company (a 'grant' round by the sets' conventions), a
// Horizon Europe research grant to a consortium, a fund's first close, an acquisition in reais, IPO
// pricings in A$ and lira, a share buyback, a revenue milestone, layoffs after a past round, an
// investor's valuation markdown, an employee tender offer, a listed miner's bank credit facility, a
// public crypto token sale ("raises $18 million" in the title) and a "most-funded startups of the
// year" list with totals only. Labelled by hand by the conventions of checks.ts; amounts are in the
// currency first stated; `lead` is given only where the text says who led.
// First look (2026-12-06 22:10, no rule changed for it, labelled as written): company F1 0.800,
// amount 75.0 %, type 90.9 %, lead F1 0.706, 4 false rounds (a government grant, a consortium's EU
// grant, a public token sale, an investor's markdown) and 3 wrong names. Two labels followed the
// brief given to the writer where it contradicted the sets' conventions (a company's own grant is a
// 'grant' round, as in unseen-blind3.ts; a package of equity and debt is labelled at its total, as
// lead-01 in checks.ts): ub6-32 and ub6-19 are labelled by the conventions since (0.818 · 80.0 % ·
// 95.5 % · 0.706 with them). Its misses were then fixed as kinds of wording (blind6-ways.test.ts):
// 0.969 · 100 % · 96.2 % · 0.926 · 0 false after; left: a lead named two sentences after the round,
// an undisclosed strategic stake, a round in a job advert, an extension typed as such. A
// measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND6: RoundCheck[] = [
  // ── New rounds ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub6-01',
    style: 'business',
    phenomenon: 'brazil_press,brl,r_dollar_with_space,usd_conversion',
    title: 'Conta Viva raises R$ 85 million to bank Brazil’s beauty professionals',
    source: 'Paulista Tech Daily',
    text:
      'São Paulo-based Conta Viva, a digital account for self-employed hairdressers, manicurists and barbers, has raised R$ 85 million (about US$15.5 million) ' +
      'in a Series A round led by Ipê Capital. Existing investors Serra Verde Ventures and Pampa Angels also took part. ' +
      'Founded in 2022 by former bank branch manager Juliana Prado and developer Thiago Moura, Conta Viva says it now has 210,000 account holders, most of them in the state of São Paulo. ' +
      'The company will use the money to rent out card machines and to open in Rio de Janeiro and Belo Horizonte next year.',
    kind: 'round',
    rounds: [{ company: 'Conta Viva', amount: 85e6, currency: 'BRL', roundType: 'series_a', lead: ['Ipê Capital'] }],
  },
  {
    id: 'ub6-02',
    style: 'business',
    phenomenon: 'mexico_press,mxn,mx_dollar,round_not_first,co_led',
    text:
      'Trucks crossing from Nuevo León into Texas can wait up to nine hours at the border, and most of that time is spent on paperwork. ' +
      'Ruta Norte, a Monterrey startup, sells software that prepares customs filings for small trucking fleets before the driver reaches the bridge. ' +
      'On Tuesday the company said it had closed a MX$240 million (US$13.2 million) Series A co-led by Sierra Madre Ventures and Cerro Azul Capital. ' +
      'Chief executive Mariana Garza said Ruta Norte would use the money to add rail shipments and to hire 40 engineers in Monterrey and Guadalajara.',
    kind: 'round',
    rounds: [
      {
        company: 'Ruta Norte',
        amount: 240e6,
        currency: 'MXN',
        roundType: 'series_a',
        lead: ['Sierra Madre Ventures', 'Cerro Azul Capital'],
      },
    ],
  },
  {
    id: 'ub6-03',
    style: 'business',
    phenomenon: 'indonesia_press,idr,rp_billion,dateline',
    title: 'Bandung agritech Kebun Kita secures Rp 160 billion Series A',
    text:
      'JAKARTA – Kebun Kita, a Bandung-based startup that supplies vegetables from West Java smallholders to restaurants and hotel kitchens in Jakarta, ' +
      'has secured Rp 160 billion (about US$10 million) in Series A funding led by Nusantara Growth Partners. ' +
      'Returning investor Priangan Capital and the Garuda Angel Network also participated in the round, the company said in a statement on Wednesday. ' +
      'Kebun Kita works with about 6,500 farmers and plans to build two cold-storage hubs in Bogor and Garut with the new funds.',
    kind: 'round',
    rounds: [
      { company: 'Kebun Kita', amount: 160e9, currency: 'IDR', roundType: 'series_a', lead: ['Nusantara Growth Partners'] },
    ],
  },
  {
    id: 'ub6-04',
    style: 'business',
    phenomenon: 'vietnam_press,vnd,vnd_prefix_no_space,seed',
    source: 'Saigon Business Times',
    text:
      'Ho Chi Minh City-based edtech startup HocVui has raised VND115 billion (US$4.5 million) in a seed round led by Mekong Bridge Capital, ' +
      'with participation from Song Han Ventures and several local angel investors. ' +
      'HocVui runs live English lessons for primary school children in groups of four, taught by Vietnamese teachers over a mobile app. ' +
      'Founder Nguyen Thi Lan said the startup has 38,000 paying students and would use the funds to add maths tutoring and to enter the Philippines in 2027.',
    kind: 'round',
    rounds: [{ company: 'HocVui', amount: 115e9, currency: 'VND', roundType: 'seed', lead: ['Mekong Bridge Capital'] }],
  },
  {
    id: 'ub6-05',
    style: 'business',
    phenomenon: 'australia_press,aud,round_not_first,rival_background',
    title: 'Payroll compliance start-up Tallowood banks A$25m',
    text:
      'Underpayment scandals have cost Australian employers more than a billion dollars in back pay over the past five years, and Sydney-based Tallowood thinks software can stop the next one. ' +
      'The start-up checks every pay run against the country’s 120-odd modern awards and flags staff who are being paid below the rate. ' +
      'Tallowood has now raised A$25 million in a Series B round led by Eucalypt Ventures, with Harbourside Capital and Coral Sea Partners following on. ' +
      'Rival Awardly raised A$10 million from Brisbane investors last year.',
    kind: 'round',
    rounds: [{ company: 'Tallowood', amount: 25e6, currency: 'AUD', roundType: 'series_b', lead: ['Eucalypt Ventures'] }],
    prior: ['Awardly'],
  },
  {
    id: 'ub6-06',
    style: 'business',
    phenomenon: 'new_zealand_press,nzd,feature_lede,round_in_third_sentence',
    source: 'Aotearoa Tech Wire',
    text:
      'On a sheep and beef farm outside Methven, a row of fence posts carries small solar-powered cameras that count lambs as they pass. ' +
      'The cameras are made by Tussock Labs, a Christchurch agritech company started in 2023 by farmer Ella McKenzie and engineer Rawiri Tane. ' +
      'Tussock Labs has closed a NZ$6.5 million seed round led by Southern Alps Capital, it said on Monday. ' +
      'Pūkeko Ventures and a group of Canterbury farmers also invested. ' +
      'The company plans to sell its first 2,000 units before lambing next spring.',
    kind: 'round',
    rounds: [{ company: 'Tussock Labs', amount: 6.5e6, currency: 'NZD', roundType: 'seed', lead: ['Southern Alps Capital'] }],
  },
  {
    id: 'ub6-07',
    style: 'business',
    phenomenon: 'canada_press,cad,c_dollar,the_round_was_led_by',
    source: 'Northern Ledger',
    text:
      'Maplewright, a Toronto-based startup whose software checks building-permit drawings against municipal zoning bylaws, has raised C$18 million in a Series A round. ' +
      'The round was led by Lakeshore Growth Partners, with participation from Ottawa-based Rideau Ventures and existing backer Don Valley Capital. ' +
      'Maplewright says 14 Ontario municipalities use its software and that permit reviews that took six weeks now take about ten days.',
    kind: 'round',
    rounds: [
      { company: 'Maplewright', amount: 18e6, currency: 'CAD', roundType: 'series_a', lead: ['Lakeshore Growth Partners'] },
    ],
  },
  {
    id: 'ub6-08',
    style: 'business',
    phenomenon: 'swiss_press,chf,led_joined_by',
    text:
      'Zurich-based Glarnis, which makes software that plans maintenance for railway switches and signals, has raised CHF 12 million in Series A financing. ' +
      'Limmat Ventures led the round, joined by existing investors Uetliberg Capital and the venture arm of a Swiss cantonal bank. ' +
      'Glarnis, a spin-off of a Zurich engineering consultancy, counts three European rail operators as customers and plans to open an office in Munich.',
    kind: 'round',
    rounds: [{ company: 'Glarnis', amount: 12e6, currency: 'CHF', roundType: 'series_a', lead: ['Limmat Ventures'] }],
  },
  {
    id: 'ub6-09',
    style: 'business',
    phenomenon: 'sweden_press,sek,kronor_word,eur_conversion,no_series',
    title: 'Gothenburg’s Havsvind Robotics raises 90 million kronor for turbine-inspection drones',
    text:
      'Havsvind Robotics, a Gothenburg company that builds drones to inspect the blades of offshore wind turbines, has raised 90 million kronor (about 8 million euros) in a new financing round. ' +
      'The round was led by Kattegatt Invest, with existing shareholders Älvsborg Capital and Nordic Blue Fund also investing, the company said on Thursday. ' +
      'Havsvind Robotics will use the money to expand its service teams in Denmark and Germany.',
    kind: 'round',
    rounds: [{ company: 'Havsvind Robotics', amount: 90e6, currency: 'SEK', roundType: 'unknown', lead: ['Kattegatt Invest'] }],
  },
  {
    id: 'ub6-10',
    style: 'business',
    phenomenon: 'turkey_press,try,turkish_lira_word,seed',
    text:
      'Istanbul-based mobile game studio Lale Oyun has raised 140 million Turkish lira (about $4 million) in a seed round led by Galata Ventures, the company announced on Monday. ' +
      'Bosphorus Angels and Ankara-based Anatolia Games Fund also participated. ' +
      'Lale Oyun, founded by three former developers at a large Turkish gaming company, is preparing to launch its first puzzle game worldwide in March.',
    kind: 'round',
    rounds: [{ company: 'Lale Oyun', amount: 140e6, currency: 'TRY', roundType: 'seed', lead: ['Galata Ventures'] }],
  },
  {
    id: 'ub6-11',
    style: 'press',
    phenomenon: 'biotech,tranches,committed_upfront,co_led,press_release',
    text:
      'BOSTON, Nov. 18, 2026 /PRNewswire/ -- Thornbury Therapeutics, a biotechnology company developing oral drugs for inflammatory bowel disease, ' +
      'today announced an $80 million Series A financing, of which $30 million is committed upfront and $50 million will be released in a second tranche ' +
      'when the company starts its first clinical trial. The financing was co-led by Beacon Hill Bio and Quillfeather Partners, with participation from Sandpiper Health Fund. ' +
      'Proceeds will be used to complete IND-enabling studies for the company’s lead candidate, TH-204.',
    kind: 'round',
    rounds: [
      {
        company: 'Thornbury Therapeutics',
        amount: 80e6,
        roundType: 'series_a',
        lead: ['Beacon Hill Bio', 'Quillfeather Partners'],
      },
    ],
  },
  {
    id: 'ub6-12',
    style: 'business',
    phenomenon: 'convertible_note,nzd,existing_investors,future_series_a_trap',
    text:
      'Wellington-based Kererū Software, which makes rostering software for rest homes, has raised NZ$2 million through a convertible note from existing investors Cuba Street Capital and Tui Angels. ' +
      'Chief executive Hana Parata said the note would convert at a discount when the company raises a priced Series A, which she expects in the second half of next year. ' +
      'The money will fund a push into Australian aged-care providers.',
    kind: 'round',
    rounds: [
      {
        company: 'Kererū Software',
        amount: 2e6,
        currency: 'NZD',
        roundType: 'unknown',
        other: ['Cuba Street Capital', 'Tui Angels'],
      },
    ],
  },
  {
    id: 'ub6-13',
    style: 'blog',
    phenomenon: 'first_person,safe,pre_seed,valuation_cap_trap',
    title: 'Our pre-seed, and why we raised it on SAFEs',
    source: 'Quilldesk Blog',
    text:
      'When we started Quilldesk last winter, we promised ourselves we would not spend six months fundraising. ' +
      'We didn’t: today we’re announcing our $2.5M pre-seed, raised on post-money SAFEs with a $14M cap and led by Tern Hollow Ventures. ' +
      'Marram Fund and about a dozen operators from legal-tech companies joined. ' +
      'SAFEs let us close with each investor as soon as they said yes, instead of waiting for everyone to sign on the same day. ' +
      'The money buys us roughly two years to build the contract-review tools our pilot customers keep asking for.',
    kind: 'round',
    rounds: [{ company: 'Quilldesk', amount: 2.5e6, roundType: 'pre_seed', lead: ['Tern Hollow Ventures'] }],
  },
  {
    id: 'ub6-14',
    style: 'business',
    phenomenon: 'equity_crowdfunding,gbp,many_small_investors,target_trap',
    title: 'Somerset cider maker raises £1.2m from its drinkers',
    text:
      'Wrenbury Cider, a family-run cider maker near Taunton, has raised £1.2m from more than 900 investors in an equity crowdfunding campaign on Crowdmint, well above its £750,000 target. ' +
      'Most of the backers are customers who bought shares for as little as £25, the company said. ' +
      'The money will pay for a new pressing shed and a second canning line. ' +
      'Founder Tom Hembury said the raise valued the business at £8.4m.',
    kind: 'round',
    rounds: [{ company: 'Wrenbury Cider', amount: 1.2e6, currency: 'GBP', roundType: 'unknown' }],
  },
  {
    id: 'ub6-15',
    style: 'business',
    phenomenon: 'university_spin_out,seed,gbp,university_fund_participates',
    title: 'Harrowfield University spin-out Lumisense raises £3.4m seed round',
    text:
      'Lumisense, a spin-out from Harrowfield University’s physics department, has raised £3.4m in seed funding to develop optical sensors that detect methane leaks along gas pipelines. ' +
      'The round was led by Northern Tide Ventures, with the university’s own Harrowfield Innovation Fund and the angel group Pennine Angels also investing. ' +
      'Lumisense was founded in 2024 by Dr Priya Raman and her former PhD student Callum Reid, and licenses its core technology from the university.',
    kind: 'round',
    rounds: [{ company: 'Lumisense', amount: 3.4e6, currency: 'GBP', roundType: 'seed', lead: ['Northern Tide Ventures'] }],
  },
  {
    id: 'ub6-16',
    style: 'wire',
    phenomenon: 'corporate_strategic,undisclosed_amount,investor_first',
    text:
      'Danish shipping group Skagerrak Lines has made a strategic investment in Havenlog, a Rotterdam-based startup that schedules container pick-ups at European ports, the companies said on Wednesday. ' +
      'Neither side disclosed the size of the investment or of the stake. ' +
      'Havenlog’s software is already used at three terminals in Rotterdam and Antwerp, and Skagerrak Lines plans to roll it out across its own port operations next year.',
    kind: 'round',
    rounds: [{ company: 'Havenlog', amount: null, roundType: 'strategic', other: ['Skagerrak Lines'] }],
  },
  {
    id: 'ub6-17',
    style: 'wire',
    phenomenon: 'extension,new_money_only,bringing_total_trap',
    title: 'Cinderpath adds $6M to its Series A',
    text:
      'Cinderpath, an Austin startup that uses drones and thermal cameras to spot wildfire ignitions along power lines, has extended its Series A with a further $6 million. ' +
      'New investor Mesquite Capital led the extension, bringing the total Series A to $21 million. ' +
      'The original $15 million round was announced in March. ' +
      'Cinderpath says it now monitors 4,000 miles of transmission lines for utilities in Texas and New Mexico.',
    kind: 'round',
    rounds: [{ company: 'Cinderpath', amount: 6e6, roundType: 'series_a', lead: ['Mesquite Capital'] }],
  },
  {
    id: 'ub6-18',
    style: 'business',
    phenomenon: 'eight_figures,no_amount,no_lead,investors_named',
    text:
      'Glasgow-based Stoneloch, which sells software that helps whisky distilleries track casks from filling to bottling, has raised an eight-figure Series B, the company said on Tuesday. ' +
      'Stoneloch declined to give the exact amount. ' +
      'Firth Capital and existing backer Clyde Growth Partners invested in the round. ' +
      'The company says 60 distilleries in Scotland, Ireland and Japan use its software.',
    kind: 'round',
    rounds: [{ company: 'Stoneloch', amount: null, roundType: 'series_b', other: ['Firth Capital', 'Clyde Growth Partners'] }],
  },
  {
    id: 'ub6-19',
    style: 'business',
    phenomenon: 'debt_plus_equity_package,package_total',
    title: 'Verdant Loop lands $45M in equity and debt for heat-pump leasing',
    text:
      'Verdant Loop, a Denver startup that installs heat pumps in apartment buildings and charges landlords a monthly fee, has secured a $45 million financing package. ' +
      'The package is made up of a $15 million Series A led by Ashgrove Climate and $30 million of debt from Cumberland Bank, which Verdant Loop will draw on to buy equipment as installations are signed. ' +
      'Existing investors Flatiron Seed and Boulder Creek Ventures joined the equity round. ' +
      'The company has signed contracts covering 2,300 apartments in Colorado and Utah.',
    kind: 'round',
    rounds: [{ company: 'Verdant Loop', amount: 45e6, roundType: 'unknown', lead: ['Ashgrove Climate'] }],
  },
  {
    id: 'ub6-20',
    style: 'blog',
    phenomenon: 'podcast_transcript,speaker_labels,spoken_amount,round_not_first',
    title: 'Transcript: Episode 93 – Brickyard AI’s Dev Anand on estimating jobs from photos',
    source: 'Build in Public Radio (podcast)',
    text:
      'MAYA: Welcome back to the show. My guest today is Dev Anand, co-founder and CEO of Brickyard AI, which turns a few phone photos of a kitchen or a bathroom into a renovation estimate. Dev, thanks for coming on.\n\n' +
      'DEV: Thanks for having me, Maya. Longtime listener.\n\n' +
      'MAYA: So I have to start with the news. You raised money.\n\n' +
      'DEV: We did, yeah. We closed a 3.2 million dollar seed round a few weeks ago. Saltmarsh Ventures led it, and a bunch of the contractors we work with put in small checks too, which meant a lot to us.\n\n' +
      'MAYA: How did you pick Saltmarsh?',
    kind: 'round',
    rounds: [{ company: 'Brickyard AI', amount: 3.2e6, roundType: 'seed', lead: ['Saltmarsh Ventures'] }],
  },
  {
    id: 'ub6-21',
    style: 'blog',
    phenomenon: 'job_advert,eur,fresh_off_round,salary_trap',
    title: 'We’re hiring: Senior Embedded Engineer (Berlin or remote EU)',
    source: 'Ferrowave Careers',
    text:
      'Ferrowave builds controllers that let old industrial electric motors run at variable speed, cutting their power use by up to a third. ' +
      'We’re a team of 22 engineers and operators in Berlin, and we’re fresh off an €11M Series A led by Spree Delta Capital, so we’re hiring across firmware, hardware and field engineering. ' +
      'In this role you will own the firmware for our next-generation controller, from bring-up to certification. ' +
      'You have five or more years of embedded C experience and have shipped products that run in harsh environments. ' +
      'Salary range: €85,000–€105,000 plus equity.',
    kind: 'round',
    rounds: [{ company: 'Ferrowave', amount: 11e6, currency: 'EUR', roundType: 'series_a', lead: ['Spree Delta Capital'] }],
  },
  {
    id: 'ub6-22',
    style: 'business',
    phenomenon: 'qa_interview,round_in_answer,company_in_intro',
    title: 'Five questions for Ana Souza, CEO of Tidelock',
    source: 'The Harbor Ledger',
    text:
      'Tidelock makes software that lets marinas rent out empty boat slips by the night. We spoke to chief executive Ana Souza in Fort Lauderdale.\n\n' +
      'How did the idea start?\n' +
      'My father ran a marina for 30 years, and a fifth of his slips were empty on any given night. Boaters passing through had no way to find them.\n\n' +
      'Where does the company stand today?\n' +
      'We closed our Series A two weeks ago — $14 million, led by Pelican Rock Ventures, with our seed investors coming back in. We have 380 marinas on the platform.\n\n' +
      'What comes next?\n' +
      'The Caribbean, and a booking app for boaters.',
    kind: 'round',
    rounds: [{ company: 'Tidelock', amount: 14e6, roundType: 'series_a', lead: ['Pelican Rock Ventures'] }],
  },
  {
    id: 'ub6-23',
    style: 'roundup',
    phenomenon: 'anz_weekly_wrap,aud,nzd,multi_round,fund_close_item',
    title: 'ANZ funding wrap: solar boxes, physio and mine robots',
    text:
      'Here’s what founders across Australia and New Zealand banked this week.\n\n' +
      '• Brisbane’s Solcrate, which makes shipping-container solar units for remote mine sites, raised A$8 million in seed funding led by Moreton Bay Ventures.\n' +
      '• Auckland-based Kōwhai Health closed a NZ$12 million Series A co-led by Waitematā Capital and Harbour Bridge Partners. The start-up runs virtual physiotherapy clinics.\n' +
      '• Perth’s Redgum Robotics picked up A$3.5 million in pre-seed funding from a group of mining executives.\n' +
      '• Melbourne VC firm Wattle Street Capital closed its third fund at A$150 million.',
    kind: 'round',
    rounds: [
      { company: 'Solcrate', amount: 8e6, currency: 'AUD', roundType: 'seed', lead: ['Moreton Bay Ventures'] },
      {
        company: 'Kōwhai Health',
        amount: 12e6,
        currency: 'NZD',
        roundType: 'series_a',
        lead: ['Waitematā Capital', 'Harbour Bridge Partners'],
      },
      { company: 'Redgum Robotics', amount: 3.5e6, currency: 'AUD', roundType: 'pre_seed' },
    ],
  },
  {
    id: 'ub6-24',
    style: 'business',
    phenomenon: 'canada_press,usd,hyphenated_million,inc_suffix',
    source: 'Dominion Tech Wire',
    text:
      'Montreal-based Brumeo Inc., which makes AI software that forecasts passenger demand for regional airlines, has raised US$12-million in a Series A financing ' +
      'led by Silicon Valley firm Redwood Arch Partners. Quebec investors Fonds Laurentide and Mont-Royal Capital also participated, Brumeo said Thursday. ' +
      'The company, which has 45 employees, plans to double its staff over the next 18 months.',
    kind: 'round',
    rounds: [{ company: 'Brumeo', amount: 12e6, roundType: 'series_a', lead: ['Redwood Arch Partners'] }],
  },
  {
    id: 'ub6-25',
    style: 'business',
    phenomenon: 'brazil_press,usd_first,brl_conversion',
    title: 'Recife’s Jangada Log raises US$ 9 million Series A',
    text:
      'Recife-based logistics startup Jangada Log raised US$ 9 million (R$ 49 million) in a Series A round led by Capibaribe Ventures, the company told this outlet. ' +
      'Investors Frevo Capital and Sertão Angels also took part. ' +
      'Jangada Log runs a network of small last-mile depots in cities across Brazil’s Northeast, where national carriers often take a week to deliver. ' +
      'The startup plans to open 30 new depots by the end of 2027.',
    kind: 'round',
    rounds: [{ company: 'Jangada Log', amount: 9e6, roundType: 'series_a', lead: ['Capibaribe Ventures'] }],
  },
  {
    id: 'ub6-26',
    style: 'press',
    phenomenon: 'biotech,tranches,chf,ag_suffix,first_tranche_trap',
    text:
      'BASEL, Switzerland, Dec. 1, 2026 -- Rheinfeld Biosciences AG, a clinical-stage company developing antibody treatments for rare kidney diseases, ' +
      'today announced the closing of a CHF 60 million Series B financing, to be paid in two tranches. ' +
      'The first tranche of CHF 35 million has been received; the second will be paid upon positive interim data from the company’s Phase 1b study. ' +
      'The round was led by Birsig Health Partners, with participation from new investor Jura Life Sciences Fund and all existing investors.',
    kind: 'round',
    rounds: [
      {
        company: 'Rheinfeld Biosciences',
        amount: 60e6,
        currency: 'CHF',
        roundType: 'series_b',
        lead: ['Birsig Health Partners'],
      },
    ],
  },
  {
    id: 'ub6-27',
    style: 'business',
    phenomenon: 'vietnam_press,undisclosed_amount,foreign_lead',
    title: 'Hanoi’s SiMart raises Series A from Singapore’s Merlion Peak',
    text:
      'Hanoi-based SiMart, a B2B marketplace that lets family-run grocery stores order stock from distributors through an app, has raised an undisclosed amount ' +
      'in a Series A round led by Singapore-based Merlion Peak Capital. Red River Ventures, an existing investor, also participated. ' +
      'SiMart says it serves 42,000 stores in northern Vietnam and will use the funds to expand to Da Nang and Ho Chi Minh City.',
    kind: 'round',
    rounds: [{ company: 'SiMart', amount: null, roundType: 'series_a', lead: ['Merlion Peak Capital'] }],
  },
  {
    id: 'ub6-28',
    style: 'business',
    phenomenon: 'indonesia_press,idr,feature_lede,round_in_third_sentence,seed',
    source: 'Java Business Post',
    text:
      'In the fishing port of Muncar, on the eastern tip of Java, boat owners used to sell their catch to whichever trader reached the dock first. ' +
      'Now many of them post the size and species of their haul on Lautan, an app that runs a live auction among fish processors in Surabaya and Bali. ' +
      'The two-year-old startup said on Thursday it had raised Rp 45 billion in a seed round led by Archipelago Seed Partners, with Surabaya-based Tunjungan Ventures joining. ' +
      'Lautan will use the money to add refrigerated trucks and to reach ports in Sulawesi.',
    kind: 'round',
    rounds: [{ company: 'Lautan', amount: 45e9, currency: 'IDR', roundType: 'seed', lead: ['Archipelago Seed Partners'] }],
  },
  // ── In talks ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub6-29',
    style: 'wire',
    phenomenon: 'in_talks,mexico,mxn,pesos_word,series_named',
    text:
      'Pesoflex, a Mexico City-based lender that offers payroll-deducted loans to factory workers, is in talks to raise about 1 billion pesos ($55 million) in a Series B round, ' +
      'according to two people familiar with the matter. The round would value the company at roughly $400 million, the people said, asking not to be named because the talks are private. ' +
      'Pesoflex declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Pesoflex', amount: 1e9, currency: 'MXN', roundType: 'series_b' }],
  },
  {
    id: 'ub6-30',
    style: 'business',
    phenomenon: 'in_talks,australia,aud,tipped_to_lead,is_understood',
    title: 'Wombat Freight sounds out investors for A$100m raise',
    text:
      'Melbourne-based Wombat Freight, which runs an online marketplace matching shippers with owner-driver truckies, is understood to be in talks to raise about A$100 million ' +
      'at a valuation above A$1 billion. Kookaburra Capital is tipped to lead the round, with existing investors expected to follow, according to sources. ' +
      'The company last raised A$40 million in 2025.',
    kind: 'in_talks',
    rounds: [{ company: 'Wombat Freight', amount: 100e6, currency: 'AUD', roundType: 'unknown', lead: ['Kookaburra Capital'] }],
  },
  // ── Distractors: no new round ───────────────────────────────────────────────────────────────
  {
    id: 'ub6-31',
    style: 'business',
    phenomenon: 'product_launch,lifetime_total_background,try',
    title: 'Papatya Pay launches instalment card for Turkish shoppers',
    text:
      'Istanbul-based fintech Papatya Pay on Tuesday launched a prepaid card that lets shoppers split purchases of up to 50,000 lira into four monthly instalments without interest. ' +
      'The card works at any shop that accepts card payments and can be ordered in the company’s app. ' +
      'Papatya Pay, which has raised a total of $48 million from investors since it was founded in 2019, says 1.3 million people use its app. ' +
      'The company expects to issue 200,000 cards by the end of next year.',
    kind: 'other',
    rounds: [],
    prior: ['Papatya Pay'],
  },
  {
    id: 'ub6-32',
    style: 'press',
    phenomenon: 'government_grant,aud,single_recipient',
    text:
      'Hobart-based Tasman Hydrogen has been awarded a A$4.5 million grant under the federal government’s Regional Clean Fuels Program to build a pilot electrolyser at Bell Bay, ' +
      'the energy minister announced on Friday. The grant will cover about half the cost of the 5-megawatt plant, ' +
      'which is due to start producing hydrogen for local ferries in 2028.',
    kind: 'round',
    rounds: [{ company: 'Tasman Hydrogen', amount: 4.5e6, currency: 'AUD', roundType: 'grant' }],
  },
  {
    id: 'ub6-33',
    style: 'business',
    phenomenon: 'eu_research_grant,horizon_europe,consortium,eur',
    title: 'Delft-led consortium wins €6 million EU grant for diver-free tidal turbines',
    text:
      'A consortium of eight companies and universities led by Delft-based Kwelder Energy has won a €6 million grant from the European Union’s Horizon Europe research programme ' +
      'to test tidal turbines that can be installed without divers. The four-year project will deploy two prototypes in the Scheldt estuary and off the coast of Brittany. ' +
      'Kwelder Energy will receive about €1.9 million of the grant, with the rest shared among partners in France, Portugal and Norway.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub6-34',
    style: 'business',
    phenomenon: 'fund_close,first_close,sek,cheque_sizes',
    text:
      'Stockholm-based venture capital firm Mälaren Partners has held the first close of its second fund at SEK 600 million, about halfway to its SEK 1.2 billion target. ' +
      'The fund will invest in Nordic industrial software and energy startups from seed to Series A, with first cheques of SEK 5 million to SEK 30 million. ' +
      'Swedish pension funds and a Finnish family office are among the limited partners.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub6-35',
    style: 'wire',
    phenomenon: 'acquisition,brl,background_round',
    title: 'Grupo Araucária buys payroll startup Folhaz for R$ 320 million',
    text:
      'Curitiba-based conglomerate Grupo Araucária has agreed to buy Folhaz, a São Paulo startup that runs payroll for small businesses, for R$ 320 million in cash and shares, ' +
      'the companies said in a securities filing on Monday. Folhaz had raised about R$ 40 million from investors including Cerrado Capital since it was founded in 2020. ' +
      'The deal still needs approval from Brazil’s antitrust regulator.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Folhaz'],
  },
  {
    id: 'ub6-36',
    style: 'wire',
    phenomenon: 'ipo_pricing,aud,asx',
    source: 'Perth Markets Desk',
    text:
      'Perth-based lithium refiner Spinifex Minerals has priced its initial public offering at A$1.20 a share, raising A$150 million ahead of its debut on the Australian Securities Exchange next Thursday. ' +
      'The offer, which was covered more than three times, values the company at about A$620 million. ' +
      'Proceeds will fund the second stage of its refinery in Kwinana.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub6-37',
    style: 'wire',
    phenomenon: 'ipo_pricing,try,borsa_istanbul',
    title: 'Kapadokya Solar prices Istanbul IPO at top of range',
    text:
      'Kapadokya Solar, a Kayseri-based developer of solar farms, priced its initial public offering at 42.50 lira per share, the top of the marketed range, ' +
      'raising 3.4 billion lira (about $98 million), the company said on Wednesday. Shares are due to begin trading on Borsa Istanbul next week. ' +
      'Demand from domestic retail investors was more than six times the shares on offer.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub6-38',
    style: 'wire',
    phenomenon: 'share_buyback,chf,listed_company',
    text:
      'Geneva-based watch-component maker Valserine Holding said on Thursday it would buy back up to CHF 200 million of its own shares over the next two years, ' +
      'after net profit rose 18% in the first half. The company, listed on the SIX Swiss Exchange, said the repurchased shares would be cancelled. ' +
      'Valserine Holding shares rose 3.1% in early trading in Zurich.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub6-39',
    style: 'business',
    phenomenon: 'revenue_milestone,idr,background_round_with_lead',
    title: 'Tokoku passes Rp 1 trillion in annual revenue',
    text:
      'Jakarta-based Tokoku, which supplies neighbourhood shops with groceries and household goods, said its annualised revenue has passed Rp 1 trillion (about US$62 million), ' +
      'up from Rp 400 billion a year earlier. Chief executive Budi Santoso said the company turned profitable in October in three of the five provinces where it operates. ' +
      'Tokoku last raised money in a US$40 million Series C led by Sunda Strait Partners in 2024 and has no plans to raise again before 2028.',
    kind: 'other',
    rounds: [],
    prior: ['Tokoku'],
  },
  {
    id: 'ub6-40',
    style: 'business',
    phenomenon: 'layoffs,cad,hyphenated_million,background_round_with_lead',
    title: 'Vancouver’s Salishware cuts 30 per cent of staff',
    text:
      'Vancouver-based Salishware, which makes scheduling software for physiotherapy clinics, has laid off about 70 employees, roughly 30 per cent of its workforce, ' +
      'chief executive Owen Park said in a note to staff on Tuesday. Park said slower sales in the U.S. had forced the company to cut costs. ' +
      'Salishware raised a C$45-million Series B led by Cascadia Growth Partners in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Salishware'],
  },
  {
    id: 'ub6-41',
    style: 'business',
    phenomenon: 'valuation_markdown,investor_disclosure,background_round_with_lead',
    text:
      'Larchmont Funds has cut the value of its stake in Oriel Robotics by 38%, according to the asset manager’s latest monthly disclosure, ' +
      'implying that the warehouse-robot maker is now worth about $2.6 billion. ' +
      'Oriel Robotics raised $300 million at a $4.2 billion valuation in 2024, in a round led by Larchmont Funds. ' +
      'The markdown follows reports that Oriel lost its largest customer in the summer.',
    kind: 'other',
    rounds: [],
    prior: ['Oriel Robotics'],
  },
  {
    id: 'ub6-42',
    style: 'business',
    phenomenon: 'tender_offer,sek,no_new_shares,background_round',
    text:
      'Stockholm-based accounting software company Strömsund is letting current and former employees sell up to SEK 500 million worth of shares to existing investors in a tender offer, ' +
      'the company said on Monday. No new shares are being issued, so Strömsund itself will not receive any money. ' +
      'The sale values the company at SEK 14 billion, up from SEK 9 billion at its last funding round in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Strömsund'],
  },
  {
    id: 'ub6-43',
    style: 'wire',
    phenomenon: 'bank_credit_facility,listed_company,cad',
    text:
      'Toronto-listed gold miner Laurentian Shield Mining Corp. said on Monday it had increased its revolving credit facility to C$750 million from C$500 million ' +
      'and extended its maturity to 2031, with a syndicate of six Canadian banks. The company said it had no plans to draw on the facility immediately ' +
      'and would use it for general corporate purposes, including development of its project near Kenora.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub6-44',
    style: 'business',
    phenomenon: 'crypto_token_sale,public_sale,raises_verb_trap',
    title: 'Tidepool Network raises $18 million in public token sale',
    text:
      'Tidepool Network, a blockchain for paying freelance delivery riders, sold 90 million TIDE tokens to the public over 72 hours, raising $18 million from about 14,000 buyers. ' +
      'The tokens were sold at $0.20 each through the project’s own website and will begin trading on several exchanges next month. ' +
      'Tidepool Labs, the company behind the network, said part of the proceeds would go to a foundation that will manage the protocol.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub6-45',
    style: 'roundup',
    phenomenon: 'most_funded_list,yearly_totals,brl,numbered_list',
    title: 'The five most-funded Brazilian startups of 2026',
    text:
      'Brazilian startups raised less money this year than last, but a handful still pulled in large sums. ' +
      'These were the five companies that raised the most in 2026, according to data compiled by our newsroom:\n\n' +
      '1. Pagafácil (fintech) – R$ 1.1 billion\n' +
      '2. Caatinga Energia (clean energy) – R$ 640 million\n' +
      '3. Saúde Já (health) – R$ 410 million\n' +
      '4. Estrada Log (logistics) – R$ 380 million\n' +
      '5. Escola Nova Digital (edtech) – R$ 295 million\n\n' +
      'Totals include equity and debt raised across all rounds during the year.',
    kind: 'other',
    rounds: [],
    prior: ['Pagafácil', 'Caatinga Energia', 'Saúde Já', 'Estrada Log', 'Escola Nova Digital'],
  },
];
