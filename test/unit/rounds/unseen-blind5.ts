// A fifth blind set for funding-round extraction: invented (companies, people, investors and
// sentences made up for this project) on 2026-12-06 by a writer who had not read src/rounds and
// did not run the extractor. Styles: Japanese, Korean, Indian, African (Nigeria, Kenya, South
// Africa, Egypt), Israeli, Polish and Gulf business press in English, with amounts in JPY, KRW, INR
// (crore and lakh), NGN, KES, ZAR, ILS, PLN and AED; terse investor-newsletter deal notes ("X led,
// joined by Y"); a weekly "biggest rounds" list with numbered items; a VC's portfolio blog post
// ("we led"); podcast show notes; Launch HN / Show HN founder posts; a Form D filing sentence
// ("$X of a $Y offering"); a Chinese round reported in the local tech-press manner ("several hundred
// million yuan", Series B+); an eight-figure round with no number; a valuation-only headline; a first
// close; leads written as "with X leading", "X headed the round", "anchored by X", co-leads and a
// corporate venture arm; a round named only in the title; a German news item that does report a
// round; in-talks items (a range, "likely to be led by", "set to co-lead"); and distractors (a debt
// refinancing, a grant programme without per-company amounts, a revenue milestone, layoffs, fund
// closes, a SPAC merger, an employee tender offer, an acquisition priced in yen, a token airdrop,
// earnings, an IPO filing and a listing, a Spanish item, a bootstrapped Show HN, customer loans
// through a partner bank, a price rise). Labelled by hand by the README conventions; amounts are in
// the currency first stated.
// First look (2026-12-06 20:20, no rule changed for it): company F1 0.787, amount 86.4 %, type 94.1 %,
// lead F1 0.698, 4 false rounds. Its misses were then fixed as kinds of wording (blind5-ways.test.ts):
// 0.935 · 100 % · 100 % · 0.920 · 0 after. A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND5: RoundCheck[] = [
  // ── New rounds ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub5-01',
    style: 'business',
    phenomenon: 'japan_press,jpy,headed_the_round,third_party_allotment',
    text:
      'TOKYO -- Kumoito, a Tokyo startup whose software predicts how many rice balls and bento boxes each convenience store should order, ' +
      'has raised 1.8 billion yen ($12 million) through a third-party allotment of new shares. ' +
      'Sumida River Capital headed the round, which the company described as its Series B, and the investment unit of regional lender Edogawa Shinkin Bank also took part. ' +
      'Kumoito, founded in 2021 by former supermarket buyer Haruka Morioka, plans to double its engineering staff to 60 by next spring and to start selling to drugstore chains.',
    kind: 'round',
    rounds: [{ company: 'Kumoito', amount: 1.8e9, currency: 'JPY', roundType: 'series_b', lead: ['Sumida River Capital'] }],
  },
  {
    id: 'ub5-02',
    style: 'business',
    phenomenon: 'korea_press,krw,with_x_leading,cumulative_total',
    text:
      'Haneul Robotics, a Seoul-based developer of autonomous window-cleaning robots for high-rise buildings, said Thursday it has secured 15 billion won ($11 million) ' +
      'in a Series B funding round, with Mapo Investment Partners leading. Existing investors Gangnam Tech Ventures and Hanriver Growth Fund also joined, ' +
      "bringing the company's cumulative investment to 23.5 billion won. " +
      '"We will use the funds to begin mass production at our Incheon plant," CEO Kim Do-hyun said.',
    kind: 'round',
    rounds: [
      { company: 'Haneul Robotics', amount: 15e9, currency: 'KRW', roundType: 'series_b', lead: ['Mapo Investment Partners'] },
    ],
  },
  {
    id: 'ub5-03',
    style: 'business',
    phenomenon: 'india_press,inr_crore,led_by_two',
    text:
      'Bengaluru-based agritech startup Khetly has raised Rs 120 crore ($14.4 million) in its Series B funding round led by Deccan Peak Ventures and Kaveri Growth Capital. ' +
      'Existing investor Nandi Hills Fund also participated in the round. Founded in 2022 by Sneha Reddy and Arjun Patil, Khetly offers farmers in Karnataka and Maharashtra ' +
      'soil testing, input credit and buyback contracts through its app. The startup will use the fresh capital to expand to Telangana and Madhya Pradesh, it said in a statement.',
    kind: 'round',
    rounds: [
      {
        company: 'Khetly',
        amount: 1.2e9,
        currency: 'INR',
        roundType: 'series_b',
        lead: ['Deccan Peak Ventures', 'Kaveri Growth Capital'],
      },
    ],
  },
  {
    id: 'ub5-04',
    style: 'business',
    phenomenon: 'india_press,inr_lakh,pre_seed,sole_investor',
    text:
      'Pune-based edtech startup Padhaiwala has raised Rs 75 lakh in a pre-seed round from Sahyadri Angels Network. ' +
      'The startup, which runs Marathi-language maths tutoring over WhatsApp for students in classes 6 to 10, said it has 18,000 paying learners. ' +
      'The funds will be used for content creation and hiring, co-founder Omkar Joshi said.',
    kind: 'round',
    rounds: [
      {
        company: 'Padhaiwala',
        amount: 7.5e6,
        currency: 'INR',
        roundType: 'pre_seed',
        lead: [],
        other: ['Sahyadri Angels Network'],
      },
    ],
  },
  {
    id: 'ub5-05',
    style: 'business',
    phenomenon: 'african_press,ngn,naira_symbol,oversubscribed',
    text:
      'Ojaflow, a Lagos-based startup that gives market traders a shared ledger for buying stock on credit from wholesalers, has closed an oversubscribed ₦2.4 billion seed round ' +
      'led by Eko Bridge Ventures. The round, roughly $1.5 million at current exchange rates, also drew Yaba Angels and Lekki Harbour Capital. ' +
      'Ojaflow says more than 9,000 traders in Balogun and Alaba markets now use the app each week, and plans to launch in Kano next.',
    kind: 'round',
    rounds: [{ company: 'Ojaflow', amount: 2.4e9, currency: 'NGN', roundType: 'seed', lead: ['Eko Bridge Ventures'] }],
  },
  {
    id: 'ub5-06',
    style: 'business',
    phenomenon: 'african_press,kes,anchored_by,pre_series_a',
    text:
      'Nairobi-based Maziwa Link, which runs solar-powered milk chilling centres for smallholder dairy farmers, has secured KSh 390 million ($3 million) ' +
      'in a pre-Series A round anchored by Rift Valley Impact Fund. Kilimani Capital and a group of Kenyan diaspora angels also participated. ' +
      'The startup currently collects milk from about 14,000 farmers in Nyandarua and Nakuru counties.',
    kind: 'round',
    rounds: [{ company: 'Maziwa Link', amount: 390e6, currency: 'KES', roundType: 'unknown', lead: ['Rift Valley Impact Fund'] }],
  },
  {
    id: 'ub5-07',
    style: 'business',
    phenomenon: 'african_press,zar,rand_symbol,co_led',
    text:
      'Cape Town insurtech Fynbos Cover has raised R85 million in a Series A round co-led by Table Bay Ventures and Karoo Capital Partners. ' +
      'Fynbos Cover sells monthly insurance for rooftop solar panels and inverters, a market that has grown quickly as South African households try to escape load-shedding. ' +
      'Chief executive Lindiwe Mokoena said the money would fund an expansion to Gauteng and KwaZulu-Natal.',
    kind: 'round',
    rounds: [
      {
        company: 'Fynbos Cover',
        amount: 85e6,
        currency: 'ZAR',
        roundType: 'series_a',
        lead: ['Table Bay Ventures', 'Karoo Capital Partners'],
      },
    ],
  },
  {
    id: 'ub5-08',
    style: 'business',
    phenomenon: 'israel_press,ils,nis,no_series',
    text:
      'Haifa-based water-tech company Shoresh Water has completed a NIS 40 million (about $10.8 million) financing round led by Carmel Ridge Ventures, the company announced on Sunday. ' +
      'Galilee Impact Partners and several private investors also took part. Shoresh Water, founded in 2020 by Technion graduates Noa Levi and Eitan Baruch, ' +
      'makes sensors that detect leaks in municipal water pipes and is working with eleven Israeli water utilities.',
    kind: 'round',
    rounds: [{ company: 'Shoresh Water', amount: 40e6, currency: 'ILS', roundType: 'unknown', lead: ['Carmel Ridge Ventures'] }],
  },
  {
    id: 'ub5-09',
    style: 'business',
    phenomenon: 'cee_press,pln,mln',
    text:
      'Kraków-based startup Wisłotech has raised PLN 22 mln in a Series A round led by Wawel Venture Partners, with participation from Vistula Seed Fund and Orlik Capital. ' +
      'Wisłotech develops software that lets Polish bakeries and dairies forecast demand and plan production shifts. ' +
      'The company, which employs 35 people, plans to enter the Czech and Slovak markets next year.',
    kind: 'round',
    rounds: [{ company: 'Wisłotech', amount: 22e6, currency: 'PLN', roundType: 'series_a', lead: ['Wawel Venture Partners'] }],
  },
  {
    id: 'ub5-10',
    style: 'roundup',
    phenomenon: 'terse_deal_notes,x_led_joined_by,multi_round,mixed_events',
    title: 'Venture Capital Deals',
    text:
      'Venture Capital Deals\n\n' +
      '• Driftlane, a Denver-based fleet EV charging scheduler, raised $14M in Series A funding. Larkspur Ventures led, joined by Ember Road and Cinder Capital.\n' +
      '• Quoin Health, a Nashville-based prior-authorization automation startup, raised $31M. Tallgrass Partners led, joined by insiders Music Row Ventures and Bellmeade.\n' +
      '• Spindrift Bio, a San Diego-based antibody discovery platform, raised $8.5M in seed funding from Torrey Pines Capital.\n\n' +
      'Private Equity Deals\n\n' +
      '• Harbor Sixty agreed to buy Ohio-based HVAC distributor Caldwell Supply from its founding family. No financial terms were disclosed.',
    kind: 'round',
    rounds: [
      { company: 'Driftlane', amount: 14e6, roundType: 'series_a', lead: ['Larkspur Ventures'] },
      { company: 'Quoin Health', amount: 31e6, roundType: 'unknown', lead: ['Tallgrass Partners'] },
      { company: 'Spindrift Bio', amount: 8.5e6, roundType: 'seed', lead: [], other: ['Torrey Pines Capital'] },
    ],
  },
  {
    id: 'ub5-11',
    style: 'roundup',
    phenomenon: 'weekly_biggest_rounds,numbered_list,co_led,headed,debt_item,no_investors',
    title: "The Week's 5 Biggest Funded Rounds: Biotech And Defense Lead The Way",
    text:
      "Here are the week's five biggest funding rounds, as tracked by our data team.\n\n" +
      '1. Halyard Bio, $210M, biotech: Boston-based Halyard Bio, which is developing gene-editing treatments for inherited blindness, raised a $210 million Series C led by Tremont Life Sciences. ' +
      'The startup has now raised more than $400 million.\n\n' +
      '2. Sentrygate, $150M, defense tech: Counter-drone startup Sentrygate locked up a $150 million Series B co-led by Ironbark Capital and Northern Span Partners.\n\n' +
      '3. Lumaloan, $120M, fintech: Austin-based Lumaloan, a lender to small landscaping and construction firms, secured a $120 million credit facility from Brazos Credit Partners to fund its loan book.\n\n' +
      '4. Cobaltine, $72M, AI: Cobaltine, which builds AI agents for insurance claims adjusters, raised a $72 million Series B. Foxglove Growth headed the round.\n\n' +
      '5. Meadowlark Energy, $55M, climate: Geothermal developer Meadowlark Energy raised $55 million in Series A funding. Investors were not disclosed.',
    kind: 'round',
    rounds: [
      { company: 'Halyard Bio', amount: 210e6, roundType: 'series_c', lead: ['Tremont Life Sciences'] },
      {
        company: 'Sentrygate',
        amount: 150e6,
        roundType: 'series_b',
        lead: ['Ironbark Capital', 'Northern Span Partners'],
      },
      { company: 'Lumaloan', amount: 120e6, roundType: 'debt', lead: [], other: ['Brazos Credit Partners'] },
      { company: 'Cobaltine', amount: 72e6, roundType: 'series_b', lead: ['Foxglove Growth'] },
      { company: 'Meadowlark Energy', amount: 55e6, roundType: 'series_a', lead: [] },
    ],
  },
  {
    id: 'ub5-12',
    style: 'blog',
    phenomenon: 'vc_portfolio_blog,we_led,pronoun_lead,gbp',
    source: 'Fernhill Ventures blog',
    title: 'Why we backed Pebblecart',
    text:
      'At Fernhill Ventures, we have spent the last two years looking for someone to fix the way independent pharmacies buy stock. ' +
      'Most still order from three or four wholesalers by phone and pay whatever the price is that day. ' +
      'When we met Tomasz Wilk and Grace Adeyemi, the founders of Pebblecart, they had already signed up 300 pharmacies in the Midlands without spending a penny on marketing.\n\n' +
      "Today we are thrilled to share that we led Pebblecart's £4.5M seed round, alongside our friends at Canalside Capital and a group of pharmacist angels. " +
      'Tomasz and Grace are hiring their first ten engineers in Birmingham. Welcome to the family, Pebblecart!',
    kind: 'round',
    rounds: [{ company: 'Pebblecart', amount: 4.5e6, currency: 'GBP', roundType: 'seed', lead: ['Fernhill Ventures'] }],
  },
  {
    id: 'ub5-13',
    style: 'blog',
    phenomenon: 'podcast_show_notes,recent_round,chapters',
    source: 'The Payroll Frontier (podcast)',
    title: 'Ep. 212: Payroll for the informal economy, with Ama Owusu of Paysika',
    text:
      'This week Ama Owusu, co-founder and CEO of Accra-based Paysika, joins us just days after the company announced its $4.2M seed round, led by Volta Bay Capital. ' +
      'We talk about why mobile-money wallets changed everything for small employers in Ghana, how Paysika prices a product for businesses with five staff, ' +
      'and what Ama learned from two failed pitches in London.\n\n' +
      'Chapters:\n00:00 Intro\n03:12 From mobile money to payroll\n18:40 Raising the seed round\n41:05 Hiring in Accra\n\n' +
      'Find Ama on X: @amaowusu',
    kind: 'round',
    rounds: [{ company: 'Paysika', amount: 4.2e6, roundType: 'seed', lead: ['Volta Bay Capital'] }],
  },
  {
    id: 'ub5-14',
    style: 'blog',
    phenomenon: 'launch_hn,founder_post,incidental_raise',
    source: 'Hacker News',
    title: 'Launch HN: Tallyhook – Bank reconciliation for Shopify merchants',
    text:
      "Hi HN, we're Priyanka and Dmitri, the founders of Tallyhook. Tallyhook matches Shopify payouts, refunds and chargebacks to the lines on your bank statement, " +
      'so small merchants can close their books without a spreadsheet.\n\n' +
      'Priyanka ran finance for a candle brand doing $8M a year and spent four days every month doing this by hand. Dmitri wrote the matching engine after watching her do it.\n\n' +
      "Pricing is $29/month for up to 2,000 orders. A few people have asked whether we'll still be around in a year: we closed a $2.6M seed round last month, led by Quarry Lane Capital, " +
      "so we have runway. We'd love feedback, especially from anyone who has fought with partial refunds.",
    kind: 'round',
    rounds: [{ company: 'Tallyhook', amount: 2.6e6, roundType: 'seed', lead: ['Quarry Lane Capital'] }],
  },
  {
    id: 'ub5-15',
    style: 'wire',
    phenomenon: 'form_d,of_offering,filing,no_investors_named',
    text:
      'Vellichor Labs, a San Mateo, Calif., startup developing software that designs heat exchangers for data centers, has raised $8.4 million of a planned $12 million equity offering, ' +
      'according to a Form D filed with the Securities and Exchange Commission on Tuesday. The filing lists 14 investors but does not name them. ' +
      'Vellichor Labs did not respond to a request for comment.',
    kind: 'round',
    rounds: [{ company: 'Vellichor Labs', amount: 8.4e6, roundType: 'unknown', lead: [] }],
  },
  {
    id: 'ub5-16',
    style: 'business',
    phenomenon: 'cn_tech_press,vague_amount,series_b_plus,following_on',
    text:
      'Tidewire has learned that Xingyun Motion, a Hangzhou-based developer of robotic arms for electronics assembly lines, has recently completed a Series B+ financing round ' +
      'worth several hundred million yuan. The round was led by Qiantang Capital, with existing shareholders Lakeside Innovation Fund and Zhijiang Ventures following on. ' +
      'Proceeds will go toward mass production and overseas expansion. Founded in 2021, Xingyun Motion previously completed Series A and Series B rounds in 2023 and 2024.',
    kind: 'round',
    rounds: [{ company: 'Xingyun Motion', amount: null, roundType: 'series_b', lead: ['Qiantang Capital'] }],
  },
  {
    id: 'ub5-17',
    style: 'business',
    phenomenon: 'eight_figures,no_amount',
    text:
      'Brightkiln, which makes electric kilns for ceramic-tile factories, has raised an eight-figure Series A led by Anvil Peak Partners, the company said on Wednesday, ' +
      'declining to give an exact amount. Brightkiln says its kilns can match the running cost of gas burners once industrial power prices fall below a certain level, ' +
      'and it has pilots with two tile makers in Spain and Portugal.',
    kind: 'round',
    rounds: [{ company: 'Brightkiln', amount: null, roundType: 'series_a', lead: ['Anvil Peak Partners'] }],
  },
  {
    id: 'ub5-18',
    style: 'wire',
    phenomenon: 'valuation_only,rss_headline',
    source: 'Deal Desk',
    text: 'Identity-security startup Corvid Security hits $3.5B valuation in new funding',
    kind: 'round',
    rounds: [{ company: 'Corvid Security', amount: null, roundType: 'unknown', lead: [] }],
  },
  {
    id: 'ub5-19',
    style: 'business',
    phenomenon: 'mena_press,first_close,with_x_leading',
    text:
      'Cairo-based Nilecart, which delivers groceries to small shops across Greater Cairo and Alexandria, has announced the first close of its Series A round at $9 million, ' +
      'with Giza Gate Ventures leading. Delta Frontier Partners and Sinai Capital also participated. ' +
      'The startup said it expects a second close in the first quarter of next year and will use the capital to build two new warehouses.',
    kind: 'round',
    rounds: [{ company: 'Nilecart', amount: 9e6, roundType: 'series_a', lead: ['Giza Gate Ventures'] }],
  },
  {
    id: 'ub5-20',
    style: 'business',
    phenomenon: 'corporate_venture_arm_lead,possessive_appositive',
    text:
      'Tern Mobility, a Detroit startup that retrofits delivery vans with software to predict brake and tyre wear, has raised $22 million in a Series A. ' +
      "Carmaker Hoshida Motors' venture arm, Hoshida Mobility Ventures, led the round, with Great Lakes Fund and Rivermill Capital participating. " +
      "It is Hoshida Mobility Ventures' third investment in fleet software this year.",
    kind: 'round',
    rounds: [{ company: 'Tern Mobility', amount: 22e6, roundType: 'series_a', lead: ['Hoshida Mobility Ventures'] }],
  },
  {
    id: 'ub5-21',
    style: 'business',
    phenomenon: 'round_in_title_only,product_body',
    title: 'Gleanfield raises $11M Series A to map farm soil with drones',
    text:
      "Gleanfield's drones fly a field at dawn, when soil temperature differences are easiest to read, and produce a map of organic matter and compaction " +
      'before the farmer has finished breakfast. The company says a 400-acre farm can be mapped in under an hour, and that the maps let growers vary fertiliser rates row by row. ' +
      'Gleanfield works with corn and soybean growers in Iowa and Nebraska and plans to add wheat next season.',
    kind: 'round',
    rounds: [{ company: 'Gleanfield', amount: 11e6, roundType: 'series_a', lead: [] }],
  },
  {
    id: 'ub5-22',
    style: 'foreign',
    phenomenon: 'non_english,german,eur',
    text:
      'Das Münchner Start-up Kältewerk hat in einer Series-A-Finanzierungsrunde 14 Millionen Euro eingesammelt. Angeführt wurde die Runde von Isar Capital, ' +
      'außerdem beteiligten sich die Bestandsinvestoren Föhn Ventures und Alpenblick Beteiligungen. ' +
      'Kältewerk entwickelt Wärmepumpen für Supermärkte, die Kühlung und Heizung in einem Gerät vereinen. ' +
      'Mit dem Geld will das Unternehmen nach Österreich und in die Schweiz expandieren.',
    kind: 'round',
    rounds: [{ company: 'Kältewerk', amount: 14e6, currency: 'EUR', roundType: 'series_a', lead: ['Isar Capital'] }],
  },
  // ── In talks ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub5-23',
    style: 'wire',
    phenomenon: 'in_talks,which_would_lead,valuation',
    text:
      'Kestrel Dynamics Inc., which makes interceptor drones that bring down other drones, is in discussions with investors including Harrowgate Capital, ' +
      'which would lead a new financing of roughly $300 million at a $4 billion valuation, according to people familiar with the matter. ' +
      'Talks are ongoing and the terms could change, said the people, who asked not to be identified. A Kestrel Dynamics representative declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Kestrel Dynamics', amount: 300e6, roundType: 'unknown', lead: ['Harrowgate Capital'] }],
  },
  {
    id: 'ub5-24',
    style: 'business',
    phenomenon: 'in_talks,india_press,inr_crore,likely_to_be_led',
    text:
      'Mumbai-based quick-commerce startup Dabbafast is in advanced talks to raise around Rs 415 crore ($50 million) in a round likely to be led by Gateway Peak Partners, ' +
      'two people aware of the development said. The deal, expected to be signed in the coming weeks, would value Dabbafast at about $400 million, ' +
      'up from $250 million in its last round.',
    kind: 'in_talks',
    rounds: [{ company: 'Dabbafast', amount: 4.15e9, currency: 'INR', roundType: 'unknown', lead: ['Gateway Peak Partners'] }],
  },
  {
    id: 'ub5-25',
    style: 'wire',
    phenomenon: 'in_talks,scoop,is_raising',
    text:
      'Scoop: Pinegrove AI, a startup building voice agents for veterinary clinics, is raising a $40 million Series B, per two sources. ' +
      'The round has not closed, and terms could change.',
    kind: 'in_talks',
    rounds: [{ company: 'Pinegrove AI', amount: 40e6, roundType: 'series_b', lead: [] }],
  },
  {
    id: 'ub5-26',
    style: 'business',
    phenomenon: 'in_talks,korea_press,krw,amount_range,pre_ipo',
    text:
      'Dalbit Games, the Seoul-based developer of the mobile role-playing game "Moonlit Garden," is seeking to raise between 40 billion won and 50 billion won in a pre-IPO round, ' +
      'according to investment banking sources on Monday. The company has hired Yeouido Securities to arrange the deal ahead of a planned listing on the KOSDAQ in 2028.',
    kind: 'in_talks',
    rounds: [{ company: 'Dalbit Games', amount: null, roundType: 'unknown', lead: [] }],
  },
  {
    id: 'ub5-27',
    style: 'business',
    phenomenon: 'in_talks,gulf_press,aed,set_to_co_lead',
    text:
      'Abu Dhabi-based health-insurance platform Sanad Care is in discussions to raise AED 180 million (about $49 million) in a Series B round, ' +
      'according to a person with knowledge of the matter. Existing backer Corniche Ventures is set to co-lead the round with a new investor, the person said.',
    kind: 'in_talks',
    rounds: [{ company: 'Sanad Care', amount: 180e6, currency: 'AED', roundType: 'series_b', lead: ['Corniche Ventures'] }],
  },
  // ── Distractors: no new round ───────────────────────────────────────────────────────────────
  {
    id: 'ub5-28',
    style: 'wire',
    phenomenon: 'debt_refinancing,aed,listed_company',
    text:
      'Dubai-listed ride-hailing operator Sahra Rides said on Tuesday it had refinanced an AED 400 million term loan with a group of four regional banks, ' +
      'replacing debt it took on in 2023 with cheaper borrowing and extending the maturity to 2032. ' +
      'The company said the refinancing would cut its annual interest bill by about AED 9 million.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub5-29',
    style: 'press',
    phenomenon: 'grant_programme,recipients_without_amounts,kes',
    text:
      'NAIROBI, 20 November 2026 -- The government-backed Kenya Climate Enterprise Facility today named the twelve winners of its 2026 Adaptation Grants, ' +
      'which will share a pool of KSh 300 million. Recipients include Jua Pump, which rents solar irrigation pumps to farmers; Samaki Cold, which runs ice plants ' +
      'for fishing communities on Lake Victoria; and Mvua Data, a rainfall-forecasting startup. Individual grant amounts were not disclosed. ' +
      'Applications for the 2027 round open in March.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub5-30',
    style: 'business',
    phenomenon: 'revenue_milestone,background_round,eur',
    text:
      'Lisbon-based Azulejo Pay, which sells point-of-sale terminals to cafés and small shops in Portugal and Spain, says it has passed €50 million in annual recurring revenue, ' +
      'two years after it raised a €30 million Series B led by Tagus Growth. Co-founder Rui Almeida said the company has been profitable since the summer ' +
      'and has no plans to raise again soon.',
    kind: 'other',
    rounds: [],
    prior: ['Azulejo Pay'],
  },
  {
    id: 'ub5-31',
    style: 'business',
    phenomenon: 'layoffs,background_round_with_lead',
    text:
      'Bengaluru-based B2B commerce startup Kiranakart has laid off around 180 employees, or nearly a quarter of its workforce, as it shuts its operations in three cities, ' +
      'people aware of the matter said. The startup had raised $65 million in a Series C round led by Malabar Coast Partners in March 2025. ' +
      'Kiranakart did not respond to queries.',
    kind: 'other',
    rounds: [],
    prior: ['Kiranakart'],
  },
  {
    id: 'ub5-32',
    style: 'business',
    phenomenon: 'fund_close,fund_iii,anchored_by,oversubscribed',
    text:
      'Lagos-based Ikoyi Ventures has held the final close of its third fund at $75 million, above its $60 million target, the firm said on Monday. ' +
      'The oversubscribed Fund III was anchored by a West African development finance institution and will back 25 to 30 seed and Series A startups ' +
      "in Nigeria, Ghana and Côte d'Ivoire, with cheques of up to $2 million.",
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub5-33',
    style: 'wire',
    phenomenon: 'spac_merger,going_public',
    text:
      'Hydrogen truck maker Voltfern will go public through a merger with blank-check company Crestline Acquisition Corp in a deal that values the combined company at $1.1 billion, ' +
      "the companies said on Thursday. The transaction is expected to deliver up to $240 million in gross proceeds from Crestline's trust account, assuming no redemptions, " +
      'and to close in the second quarter of 2027.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub5-34',
    style: 'business',
    phenomenon: 'secondary_sale,tender_offer,led_by_trap',
    text:
      'Oakfern, the payroll software company, is letting current and former employees sell up to $200 million of their shares in a tender offer led by Brackenridge Capital, ' +
      'according to a memo seen by this publication. No new shares will be issued and the company itself will not receive any money from the sale, ' +
      'which values Oakfern at $6 billion.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub5-35',
    style: 'wire',
    phenomenon: 'acquisition,jpy,background_round',
    text:
      'OSAKA -- Naniwa Electronics said on Friday it will acquire Kikai Sense, a Tokyo startup that makes vibration sensors for factory machines, ' +
      'for 32 billion yen ($215 million) in cash. Kikai Sense had raised 4.5 billion yen from venture investors including Shinagawa Deep Tech Fund since it was founded in 2019. ' +
      'The deal is expected to close in February.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Kikai Sense'],
  },
  {
    id: 'ub5-36',
    style: 'business',
    phenomenon: 'crypto_airdrop,token,background_round',
    text:
      'Ripplefold, a layer-2 network built on top of Ethereum, distributed 120 million RFD tokens to about 340,000 early users on Wednesday in one of the largest airdrops of the year. ' +
      'The tokens, which began trading on several exchanges within hours, briefly gave the network a fully diluted value of $2.1 billion. ' +
      'Ripplefold Labs, the company behind the network, raised $25 million from venture investors in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Ripplefold Labs'],
  },
  {
    id: 'ub5-37',
    style: 'wire',
    phenomenon: 'earnings,krw',
    text:
      "SEOUL -- Bitna Chemical said on Thursday its third-quarter operating profit rose 31% from a year earlier to 182 billion won, beating analysts' estimates, " +
      'as demand for battery materials from electric-vehicle makers recovered. Revenue climbed 12% to 2.1 trillion won.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub5-38',
    style: 'business',
    phenomenon: 'ipo_filing,draft_prospectus,inr_crore,fresh_issue',
    text:
      'Chennai-based electric-bus maker Thiruvolt Mobility has filed its draft red herring prospectus with the markets regulator for an initial public offering ' +
      'comprising a fresh issue of shares worth Rs 1,200 crore and an offer for sale of up to 2.4 crore shares by existing shareholders. ' +
      'Proceeds from the fresh issue will be used to repay debt and set up a battery-pack plant in Hosur.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub5-39',
    style: 'foreign',
    phenomenon: 'other_language,spanish,background_round',
    text:
      'La fintech mexicana Tlalpan Pagos superó este mes el millón de usuarios activos en su aplicación de pagos para pequeños comercios, informó la empresa el martes. ' +
      'La compañía, que cerró una ronda Serie A de 20 millones de dólares el año pasado, prevé lanzar su servicio en Colombia y Perú a mediados de 2027.',
    kind: 'other',
    rounds: [],
    prior: ['Tlalpan Pagos'],
  },
  {
    id: 'ub5-40',
    style: 'wire',
    phenomenon: 'fund_close,krw',
    text:
      'Seoul-based venture capital firm Namsan Partners said on Monday it has closed a 120 billion won fund to invest in early-stage semiconductor and robotics startups, ' +
      'with a state-backed fund of funds and several domestic insurers as limited partners.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub5-41',
    style: 'wire',
    phenomenon: 'ipo,listing,jpy',
    text:
      "Shares of Tokyo-based HR software maker Shigoto Cloud rose 41% on their first day of trading on the Tokyo Stock Exchange's Growth market on Wednesday. " +
      'The company raised 6.2 billion yen in the initial public offering, which was priced at the top of its indicated range.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub5-42',
    style: 'blog',
    phenomenon: 'show_hn,bootstrapped,not_raising',
    source: 'Hacker News',
    title: 'Show HN: Ledgerkite – double-entry bookkeeping in plain text files',
    text:
      "Hi HN! I'm Mireille, and Ledgerkite is a small tool I've been building on weekends for three years. " +
      'It reads plain-text journal files and produces balance sheets, VAT reports and a little web dashboard. ' +
      "It's bootstrapped and profitable at a very small scale: people keep asking if I'm going to raise a seed round, and the answer is no. " +
      "I'd love feedback on the import rules for bank CSVs.",
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub5-43',
    style: 'press',
    phenomenon: 'customer_financing,partner_bank,not_company_round',
    text:
      'AUSTIN, Texas, Dec. 2, 2026 -- Sunbrick, the online marketplace for residential solar installations, today announced a partnership with Harbourline Bank, ' +
      'which will provide up to $100 million in loans to homeowners who buy solar systems through the Sunbrick platform. ' +
      'Homeowners will be able to apply for financing in minutes at checkout.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub5-44',
    style: 'business',
    phenomenon: 'acquisition,cross_border,undisclosed_terms',
    text:
      'Hyderabad-based SaaS firm Charminar Systems has acquired Kenyan HR software startup Kazi Desk in a cash-and-stock deal, the companies said on Tuesday, ' +
      "without disclosing terms. Kazi Desk's 40 employees will join Charminar Systems, which plans to use the Nairobi office as its base for East Africa.",
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub5-45',
    style: 'wire',
    phenomenon: 'raises_prices,verb_trap,background_round',
    text:
      'Reelhaus raises monthly price to $12.99 as the streaming startup chases profitability\n\n' +
      "The increase, Reelhaus's second this year, takes effect in January for new subscribers. " +
      'The company last raised money in a $90 million Series C in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Reelhaus'],
  },
];
