// An eighth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor.
// Styles: a US local business journal, a university spin-out's wire press release, a listed
// biotech's 8-K-style note of a private placement, a crypto newsletter with emoji sections (two
// rounds among a market item and a hackathon prize), a Canadian "C$" seed, Indian press in "Rs ...
// crore" and "₹ ... crore", Singapore "S$", Hong Kong "HK$", Polish "zł", Czech "Kč", a UK trade
// magazine in "£", a Form D story, South African "R", Kenyan "KSh", Korean "won", Japanese "¥", an
// Africa weekly wrap in bullets, a company blog post, a founder's numbered thread on X, a headline
// with a one-line teaser, and Italian and Spanish texts (other languages: kind 'round', no rounds,
// by checks.ts). Phenomena: a bootstrapped company's first outside check (minority stake, revenue
// trap), a pre-seed led by a named angel (a person as lead), a "Series B-2" after a B-1 with
// another lead, a Series A "extended to $26 million" (only the new $8 million labelled), a
// convertible loan, a growth-equity deal with the investor first in the headline, a lead named in a
// quote ("..., which led the round"), a round told in the passive ("was raised by"), a company
// named by its product ("the maker of Hearthbox"), a corporate strategic stake in yen with a
// valuation, a debt line in a roundup, and four in-talks items (early talks with a valuation, Rs
// crore with "likely to lead", S$ "sounding out investors" for a Series C, a signed term sheet not
// yet closed). Distractors: a VC fund's close in Rs crore, a Hong Kong IPO pricing, an acquisition
// in zł with the target's earlier raise, a federal grant to a university lab naming a startup
// partner, a government loan guarantee scheme, an ARR milestone, a company exploring a sale, a
// utility's bond issue in CZK, reward crowdfunding pledges for a gadget ("raises $2.4 million from
// backers"), an employee secondary sale "led by" a buyer, a product launch with total funding to
// date, and a platform lending its own money to merchants. Labelled by hand by the conventions of
// checks.ts, unseen-blind6.ts and unseen-blind7.ts; amounts are in the currency first stated;
// `lead` is given only where the text says who led.
// First look (2026-12-07 01:05, no rule changed for it): company F1 0.862 (P 0.90 / R 0.82), amount
// 89.3 %, type 100 %, lead F1 0.826, 2 false rounds (a university lab's federal grant, reward
// crowdfunding pledges) and 1 wrong name (the product for its maker). Missed: zł and Kč amounts
// (read as the euro conversion), a wire release whose purpose clause mentions "scrap steel" (read as
// a scrapped round), "led by the Moravian investment firm X", "led by angel investor X", a round in
// the passive, a signed term sheet not yet closed (read as announced), "extended our Series A to
// $26 million" (the total for the new $8 million), a roundup's rand amount, a listed biotech's
// private placement, a bootstrapped company's first outside investment. After the fixes (kinds of
// wording, tested on other invented examples in blind8-ways.test.ts): 0.970 · 100 % · 100 % ·
// 0.980 · 0 false, 0 wrong names; left: the private placement, the first outside investment. A
// measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND8: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub8-01',
    style: 'business',
    phenomenon: 'us_local_business_journal,series_a,neighbourhood_detail,jobs_pledge,lead_in_second_sentence',
    title: 'Over-the-Rhine inventory software startup lands $7.5M Series A',
    source: 'Queen City Business Ledger',
    text:
      'Millbrook Metrics, a Cincinnati startup whose software tells craft breweries and distilleries when to reorder grain, ' +
      'cans and labels, has closed a $7.5 million Series A round. ' +
      'Columbus-based Scioto Bend Capital led the round, with participation from Queen City Angels and existing investor ' +
      'Lytle Park Ventures. ' +
      'The company, which moved into a converted warehouse on Race Street in Over-the-Rhine last spring, has 23 employees ' +
      'and plans to add 30 more by the end of 2027. ' +
      'Co-founder and CEO Dana Ruehlmann, a former brewer, said about 410 breweries in 22 states now use the software.',
    kind: 'round',
    rounds: [{ company: 'Millbrook Metrics', amount: 7.5e6, roundType: 'series_a', lead: ['Scioto Bend Capital'] }],
  },
  {
    id: 'ub8-02',
    style: 'press',
    phenomenon: 'university_spinout,press_release,dateline,seed,university_fund_participates,quote',
    text:
      'PITTSBURGH, Nov. 19, 2026 /PRNewswire/ -- Ferrovance, a materials company spun out of a Pittsburgh research ' +
      'university’s metallurgy lab, today announced that it has closed a $4.2 million seed round to commercialize its ' +
      'low-temperature process for recycling scrap steel into powder for 3D printing. ' +
      'The round was led by Three Rivers Deep Tech Fund, with participation from Monongahela Angels and the university’s own ' +
      'venture fund. ' +
      'Ferrovance was founded in 2025 by Dr. Elena Marchetti and two of her doctoral students and holds an exclusive license ' +
      'to four patents from the university. ' +
      '"Spinning out let us move from grams to tons," said Marchetti, who serves as chief executive.',
    kind: 'round',
    rounds: [{ company: 'Ferrovance', amount: 4.2e6, roundType: 'seed', lead: ['Three Rivers Deep Tech Fund'] }],
  },
  {
    id: 'ub8-03',
    style: 'press',
    phenomenon: 'sec_8k_style,listed_biotech,private_placement,gross_proceeds,share_count_and_price,led_by',
    title: 'Form 8-K: Halvard Therapeutics, Inc.',
    source: 'Biotech Filings Watch',
    text:
      'Item 1.01 Entry into a Material Definitive Agreement.\n\n' +
      'On December 2, 2026, Halvard Therapeutics, Inc. (the "Company") entered into a securities purchase agreement with ' +
      'certain institutional accredited investors for a private placement of 9,375,000 shares of its common stock at a price ' +
      'of $6.40 per share, for gross proceeds of approximately $60.0 million. ' +
      'The private placement was led by Ardmore Point Capital, with participation from new and existing investors including ' +
      'Sorrel Bay Partners. ' +
      'The Company intends to use the net proceeds to fund its Phase 2 trial of HLV-118 in primary sclerosing cholangitis ' +
      'and for working capital. ' +
      'The private placement is expected to close on or about December 4, 2026, subject to customary closing conditions.',
    kind: 'round',
    rounds: [{ company: 'Halvard Therapeutics', amount: 60e6, roundType: 'unknown', lead: ['Ardmore Point Capital'] }],
  },
  {
    id: 'ub8-04',
    style: 'roundup',
    phenomenon: 'crypto_newsletter,emoji_sections,two_rounds,market_item,hackathon_prize_item,co_led',
    title: 'Blockspace Brief #214: restaking, zk coprocessors and a hackathon',
    source: 'Blockspace Brief (newsletter)',
    text:
      'gm. Here’s what moved this week.\n\n' +
      '💸 Funding\n' +
      '- Saltmarsh Labs, which is building a zero-knowledge coprocessor for Ethereum apps, raised a $9M seed round led by ' +
      'Vireo Digital. ' +
      'Kelpie Capital and a handful of protocol founders joined.\n' +
      '- Anvilgate, a restaking protocol for rollup sequencers, closed a $22M Series A co-led by Parallax Chain Fund and ' +
      'Thornbeam Capital.\n\n' +
      '📉 Markets\n' +
      '- Spot bitcoin ETFs saw $410M of net outflows over five trading days, the most since August.\n\n' +
      '🏆 Builders\n' +
      '- Team Lanternfish took the $50,000 grand prize at a Lisbon zk hackathon for a private voting app.',
    kind: 'round',
    rounds: [
      { company: 'Saltmarsh Labs', amount: 9e6, roundType: 'seed', lead: ['Vireo Digital'] },
      { company: 'Anvilgate', amount: 22e6, roundType: 'series_a', lead: ['Parallax Chain Fund', 'Thornbeam Capital'] },
    ],
  },
  {
    id: 'ub8-05',
    style: 'business',
    phenomenon: 'canada_press,cad,c_dollar,seed_financing,atlantic_canada',
    title: 'Halifax ocean-sensor startup Tidemark raises C$9.5 million',
    source: 'Maritime Innovation Dispatch',
    text:
      'Tidemark Ocean Systems, a Halifax company that builds low-cost buoys to measure dissolved oxygen in fish farms, has ' +
      'raised C$9.5 million in seed financing. ' +
      'The round was led by Dartmouth Cove Ventures, with participation from Fundy Capital and a group of aquaculture ' +
      'operators in New Brunswick and Newfoundland. ' +
      'Chief executive Aaron MacIsaac said the money would let Tidemark triple production at its plant in Burnside and open ' +
      'a sales office in Bergen, Norway. ' +
      'The company has sold more than 600 buoys since 2024.',
    kind: 'round',
    rounds: [
      { company: 'Tidemark Ocean Systems', amount: 9.5e6, currency: 'CAD', roundType: 'seed', lead: ['Dartmouth Cove Ventures'] },
    ],
  },
  {
    id: 'ub8-06',
    style: 'business',
    phenomenon: 'india_press,inr,rs_crore,pre_series_a,angels_participate',
    title: 'Cold-chain startup Thandi raises Rs 40 crore in pre-Series A round',
    source: 'Bengaluru Startup Beat',
    text:
      'Bengaluru-based Thandi Logistics, which rents refrigerated three-wheelers to dairy cooperatives and vegetable ' +
      'wholesalers, has raised Rs 40 crore in a pre-Series A round led by Cubbon Park Capital. ' +
      'Existing investors Nandi Hills Ventures and a clutch of angel investors, including a former supply-chain head at a ' +
      'large e-commerce company, also participated. ' +
      'The startup, founded in 2023 by engineering graduates Karthik Ramaswamy and Sneha Gowda, operates 1,100 vehicles in ' +
      'Bengaluru, Mysuru and Hosur. ' +
      'It plans to use the fresh capital to enter Chennai and Hyderabad.',
    kind: 'round',
    rounds: [
      { company: 'Thandi Logistics', amount: 400e6, currency: 'INR', roundType: 'unknown', lead: ['Cubbon Park Capital'] },
    ],
  },
  {
    id: 'ub8-07',
    style: 'business',
    phenomenon: 'india_press,inr,rupee_sign_crore,usd_conversion,bagged,series_b,loan_book_trap',
    title: 'Kirana credit platform Udhaar Setu bags ₹120 crore Series B',
    source: 'Marine Drive Tech Daily',
    text:
      'Mumbai-based fintech Udhaar Setu, which gives neighbourhood grocery stores short-term credit to buy stock from ' +
      'distributors, has bagged ₹120 crore ($14.4 million) in a Series B round. ' +
      'The round was led by Malabar Hill Partners, with participation from existing backers Konkan Capital and Sahyadri ' +
      'Ventures. ' +
      'Udhaar Setu says it has disbursed more than ₹2,600 crore in loans to 85,000 kirana stores since launch, and will use ' +
      'the new funds to expand to 40 more cities in Maharashtra, Gujarat and Madhya Pradesh.',
    kind: 'round',
    rounds: [{ company: 'Udhaar Setu', amount: 1.2e9, currency: 'INR', roundType: 'series_b', lead: ['Malabar Hill Partners'] }],
  },
  {
    id: 'ub8-08',
    style: 'business',
    phenomenon: 'singapore_press,sgd,s_dollar,seed,co_led',
    source: 'Lion City Startup Journal',
    text:
      'Singapore-based Sayur Tinggi, which grows leafy greens in vertical farms built inside disused multi-storey car parks, ' +
      'has raised S$5 million in a seed round co-led by Tanjong Pagar Ventures and Kallang Basin Capital. ' +
      'The startup operates two farms in Jurong West and Tampines and sells to supermarkets and suppliers of hawker stalls. ' +
      'Co-founder Melissa Goh said the funding would pay for a third farm and for research into growing strawberries under ' +
      'LED light.',
    kind: 'round',
    rounds: [
      {
        company: 'Sayur Tinggi',
        amount: 5e6,
        currency: 'SGD',
        roundType: 'seed',
        lead: ['Tanjong Pagar Ventures', 'Kallang Basin Capital'],
      },
    ],
  },
  {
    id: 'ub8-09',
    style: 'business',
    phenomenon: 'hong_kong_press,hkd,hk_dollar,usd_conversion,series_a,start_up_hyphen',
    title: 'Hong Kong elderly-care platform Kinlink raises HK$78 million',
    source: 'Victoria Harbour Tech Review',
    text:
      'Kinlink, a Hong Kong start-up that matches families with home carers for elderly relatives, has raised HK$78 million ' +
      '(about US$10 million) in a Series A round led by Kowloon Bay Capital. ' +
      'Shenzhen-based Qianwan Health Fund and existing investor Peak Road Angels also took part, the company said on ' +
      'Thursday. ' +
      'Kinlink has about 4,000 registered carers and arranges 30,000 visits a month across Hong Kong Island, Kowloon and the ' +
      'New Territories. ' +
      'It plans to launch in Macau and Guangzhou next year.',
    kind: 'round',
    rounds: [{ company: 'Kinlink', amount: 78e6, currency: 'HKD', roundType: 'series_a', lead: ['Kowloon Bay Capital'] }],
  },
  {
    id: 'ub8-10',
    style: 'business',
    phenomenon: 'poland_press,pln,zl_after_number,eur_conversion,no_series',
    title: 'Warsaw car-repair platform Serwisant raises 14 million zł',
    source: 'Vistula Tech Weekly',
    text:
      'Serwisant, a Warsaw-based platform that lets drivers book and pay for repairs at independent garages, has raised ' +
      '14 million zł (about €3.3 million) in a round led by Mokotów Ventures. ' +
      'Kraków’s Wawel Seed Fund and several angel investors from the automotive industry also invested. ' +
      'The company works with 2,300 garages across Poland and said it would use the money to enter Czechia and Slovakia in ' +
      '2027.',
    kind: 'round',
    rounds: [{ company: 'Serwisant', amount: 14e6, currency: 'PLN', roundType: 'unknown', lead: ['Mokotów Ventures'] }],
  },
  {
    id: 'ub8-11',
    style: 'business',
    phenomenon: 'czech_press,czk,kc_after_number,eur_conversion_in_second_sentence,seed,agritech',
    title: 'Brno vineyard-robot maker Vinobot raises 60 million Kč',
    source: 'Prague Business Courier',
    text:
      'Brno-based Vinobot, which builds small autonomous tractors for vineyards on steep slopes, has raised 60 million Kč in ' +
      'a seed round led by the Moravian investment firm Špilberk Capital. ' +
      'The round, worth about €2.4 million, also included money from Pálava Angels, a group of South Moravian winemakers. ' +
      'Vinobot’s tractors are being tested in 14 vineyards in Moravia and Lower Austria, and the company expects to start ' +
      'selling them in 2027.',
    kind: 'round',
    rounds: [{ company: 'Vinobot', amount: 60e6, currency: 'CZK', roundType: 'seed', lead: ['Špilberk Capital'] }],
  },
  {
    id: 'ub8-12',
    style: 'business',
    phenomenon: 'uk_trade_magazine,gbp,closed_funding_round,match_funding,no_series',
    title: 'Compostable film maker Fennick closes £1.2 million round',
    source: 'Packaging Trade Weekly',
    text:
      'Fennick Materials, the Leicester-based developer of home-compostable film for fresh-produce packaging, has closed a ' +
      '£1.2 million funding round to scale up production. ' +
      'The round was led by Midlands Manufacturing Angels, with match funding from an East Midlands regional investment ' +
      'scheme. ' +
      'Fennick’s film, made from potato-processing waste, is being trialled by two salad growers in Lincolnshire, and the ' +
      'company expects to supply its first retail contract in spring. ' +
      'Managing director Harriet Osei said the investment would fund a second extrusion line at its Leicester site.',
    kind: 'round',
    rounds: [
      {
        company: 'Fennick Materials',
        amount: 1.2e6,
        currency: 'GBP',
        roundType: 'unknown',
        lead: ['Midlands Manufacturing Angels'],
      },
    ],
  },
  {
    id: 'ub8-13',
    style: 'business',
    phenomenon: 'sec_form_d,medtech,investor_count,no_investors_named,earlier_series_a_same_company',
    title: 'Tamarisk Surgical raises $21.3 million, SEC filing shows',
    source: 'Twin Cities MedTech Report',
    text:
      'Minneapolis-based Tamarisk Surgical, which is developing a stapler that seals blood vessels during lung surgery, has ' +
      'raised $21.3 million, according to a Form D filed with the Securities and Exchange Commission on Monday. ' +
      'The filing lists the securities as equity and shows 14 investors, with the date of first sale in October. ' +
      'It does not name the investors, and chief executive Grant Lindqvist declined to comment on the raise. ' +
      'The company raised a $9 million Series A in 2024.',
    kind: 'round',
    rounds: [{ company: 'Tamarisk Surgical', amount: 21.3e6, roundType: 'unknown' }],
  },
  {
    id: 'ub8-14',
    style: 'business',
    phenomenon: 'bootstrapped,first_outside_check,minority_stake,revenue_trap,round_in_second_sentence',
    title: 'After nine bootstrapped years, Crabtree Forms takes its first outside check',
    source: 'Baltimore Business Chronicle',
    text:
      'For nine years, Baltimore-based Crabtree Forms paid its own way, growing its online survey tool for county ' +
      'governments and school districts to about $11 million in annual revenue without a dollar of outside money. ' +
      'On Tuesday the company said it had accepted its first investment: $15 million from Chesapeake Row Partners, which ' +
      'takes a minority stake. ' +
      'Founder Lorraine Bick said she will remain the majority owner and that the money will pay for a Spanish-language ' +
      'version and a sales team in Texas. ' +
      '"We were never against investors, we just never needed one until now," she said.',
    kind: 'round',
    rounds: [{ company: 'Crabtree Forms', amount: 15e6, roundType: 'unknown', other: ['Chesapeake Row Partners'] }],
  },
  {
    id: 'ub8-15',
    style: 'business',
    phenomenon: 'pre_seed,named_angel_lead,person_as_lead,operators_participate',
    source: 'Tagus Seed Notes',
    text:
      'Lisbon-based Maré Payroll, which handles salaries and tax filings for remote workers hired by Portuguese companies, ' +
      'has raised $1.1 million in pre-seed funding led by angel investor Inês Carvalhal, who previously ran international ' +
      'payroll at a large European bank. ' +
      'Operators from a dozen Portuguese startups also put in money. ' +
      'Co-founder Rui Tavares said the company would spend the money on hiring its first three engineers and getting ' +
      'licensed in Spain.',
    kind: 'round',
    rounds: [{ company: 'Maré Payroll', amount: 1.1e6, roundType: 'pre_seed', lead: ['Inês Carvalhal'] }],
  },
  {
    id: 'ub8-16',
    style: 'wire',
    phenomenon: 'series_b_2,sub_series,earlier_b_1_same_company,earlier_lead_trap',
    title: 'Ledgerfield raises $35M Series B-2 as AI audit demand grows',
    text:
      'Ledgerfield, a Chicago-based startup that uses AI to test the internal controls of mid-sized banks, has raised ' +
      '$35 million in a Series B-2 round led by Wacker Drive Capital. ' +
      'The round comes 11 months after a $50 million Series B-1 led by Prairie Stone Ventures, which also invested in the ' +
      'new round. ' +
      'Ledgerfield said the number of banks using its software had doubled to 140 in that time.',
    kind: 'round',
    rounds: [{ company: 'Ledgerfield', amount: 35e6, roundType: 'series_b', lead: ['Wacker Drive Capital'] }],
  },
  {
    id: 'ub8-17',
    style: 'blog',
    phenomenon: 'first_person,company_from_source,series_a_extension,extended_to_total_trap,new_money_only,earlier_lead_trap',
    title: 'We’ve extended our Series A',
    source: 'Larchmere Blog',
    text:
      'Today we’re sharing that we’ve extended our Series A to $26 million. ' +
      'The extension adds $8 million from Juniper Row Capital, which is joining our board, on top of the $18 million round ' +
      'Tollgate Ventures led in March. ' +
      'We didn’t plan to raise again this year, but demand from hospital systems for our nurse-scheduling tools has outrun ' +
      'our ability to onboard them. ' +
      'The new money goes almost entirely into implementation and support staff.',
    kind: 'round',
    rounds: [{ company: 'Larchmere', amount: 8e6, roundType: 'series_a', other: ['Juniper Row Capital'] }],
  },
  {
    id: 'ub8-18',
    style: 'business',
    phenomenon: 'austria_press,eur,convertible_loan,future_priced_round_trap,no_lead',
    title: 'Vienna’s Heizwerk raises €2.8m convertible loan',
    source: 'Donau Startup Report',
    text:
      'Heizwerk, a Vienna-based start-up that retrofits old apartment blocks with shared heat pumps, has raised €2.8 million ' +
      'through a convertible loan. ' +
      'The loan comes from Danube Climate Partners and the founders of two Austrian solar installers, and will convert into ' +
      'shares at the company’s next priced round, expected in 2027. ' +
      'Heizwerk has converted the heating in 36 buildings in Vienna and Graz so far.',
    kind: 'round',
    rounds: [{ company: 'Heizwerk', amount: 2.8e6, currency: 'EUR', roundType: 'unknown', other: ['Danube Climate Partners'] }],
  },
  {
    id: 'ub8-19',
    style: 'wire',
    phenomenon: 'growth_equity,investor_first_headline,profitable_company,had_led',
    text:
      'Tallow Creek Partners leads $120 million growth equity investment in Ashby Compliance\n\n' +
      'Ashby Compliance, a Nashville company whose software tracks licensing and continuing-education requirements for ' +
      'nurses and pharmacists, said on Wednesday that growth equity firm Tallow Creek Partners had led a $120 million ' +
      'investment in the business. ' +
      'Existing investor Cumberland Gap Ventures also took part. ' +
      'Ashby, which has been profitable since 2024, will use the funds for acquisitions.',
    kind: 'round',
    rounds: [{ company: 'Ashby Compliance', amount: 120e6, roundType: 'unknown', lead: ['Tallow Creek Partners'] }],
  },
  {
    id: 'ub8-20',
    style: 'business',
    phenomenon: 'lead_named_in_quote,which_led_the_round,series_a',
    title: 'Boulder’s Snowline Analytics raises $16 million to forecast avalanche risk',
    source: 'Rocky Mountain Venture News',
    text:
      'Snowline Analytics, a Boulder company that sells avalanche forecasts to ski resorts, highway departments and ' +
      'railways, has raised $16 million in a Series A round. ' +
      '"Snowline has turned a problem that used to be handled with a shovel and a notebook into a data business," said ' +
      'Teresa Aldana, partner at Flatirons Peak Capital, which led the round. ' +
      'Alpenglow Ventures and Gunnison Fund also invested. ' +
      'The company’s models now cover 190 resorts in North America and the Alps.',
    kind: 'round',
    rounds: [{ company: 'Snowline Analytics', amount: 16e6, roundType: 'series_a', lead: ['Flatirons Peak Capital'] }],
  },
  {
    id: 'ub8-21',
    style: 'wire',
    phenomenon: 'passive_voice,was_raised_by,amount_first_headline,was_led_by',
    text:
      '$12 million raised by Tessavale to automate freight invoice audits\n\n' +
      'A $12 million Series A was raised by Tessavale, a Memphis startup whose software checks trucking and rail invoices ' +
      'against contracts, in a round that was led by Riverbend Logistics Ventures. ' +
      'The money was provided by Riverbend and three existing investors, the company said on Monday. ' +
      'Tessavale says its customers recover about 2% of their freight spend from billing errors.',
    kind: 'round',
    rounds: [{ company: 'Tessavale', amount: 12e6, roundType: 'series_a', lead: ['Riverbend Logistics Ventures'] }],
  },
  {
    id: 'ub8-22',
    style: 'business',
    phenomenon: 'maker_of_product,product_name_trap,company_in_second_sentence,price_trap',
    title: 'The company behind the Hearthbox smoke alarm raises $14 million',
    source: 'Connected Home Dispatch',
    text:
      'The maker of Hearthbox, the smart smoke alarm that texts a neighbour when it goes off and nobody answers, has raised ' +
      '$14 million in new funding. ' +
      'Brightkeel Home, the Portland, Maine-based company behind the alarm, said the round was led by Casco Bay Partners, ' +
      'with Back Cove Ventures also investing. ' +
      'Hearthbox sells for $89 and has been installed in about 160,000 homes, many of them through insurers that give the ' +
      'alarm away to older customers.',
    kind: 'round',
    rounds: [{ company: 'Brightkeel Home', amount: 14e6, roundType: 'unknown', lead: ['Casco Bay Partners'] }],
  },
  {
    id: 'ub8-23',
    style: 'wire',
    phenomenon: 'headline_only,one_line_teaser,company_only_in_title,paywall',
    title: 'Marrowbone Health nabs $27M Series A',
    source: 'Peachtree Health Brief',
    text:
      'The Atlanta startup sends licensed physical therapists to patients’ homes within 48 hours of hospital discharge. ' +
      'Subscribers can read the full story.',
    kind: 'round',
    rounds: [{ company: 'Marrowbone Health', amount: 27e6, roundType: 'series_a' }],
  },
  {
    id: 'ub8-24',
    style: 'roundup',
    phenomenon: 'africa_weekly_wrap,zar,r_prefix,kes,ksh,usd_debt,three_bullets',
    title: 'Africa funding wrap: solar fridges, school fees and tyre recycling',
    source: 'Savanna Startup Weekly',
    text:
      'Three rounds from across the continent this week:\n\n' +
      '* Cape Town’s Koelkas Solar, which sells solar-powered fridges to spaza shops on a pay-as-you-go plan, raised ' +
      'R45 million in a Series A led by Table Bay Impact Partners.\n' +
      '* Nairobi-based Karo Pay, an app that lets parents pay school fees in instalments over mobile money, closed a ' +
      'KSh 260 million seed round from Ngong Road Capital and Rift Valley Angels.\n' +
      '* Lagos tyre recycler Rubberloop secured $3.5 million in debt financing from Marina Bridge Credit to build a second ' +
      'plant in Ogun State.',
    kind: 'round',
    rounds: [
      { company: 'Koelkas Solar', amount: 45e6, currency: 'ZAR', roundType: 'series_a', lead: ['Table Bay Impact Partners'] },
      { company: 'Karo Pay', amount: 260e6, currency: 'KES', roundType: 'seed' },
      { company: 'Rubberloop', amount: 3.5e6, roundType: 'debt' },
    ],
  },
  {
    id: 'ub8-25',
    style: 'blog',
    phenomenon: 'founder_thread,numbered_posts,first_person,emoji,seed',
    source: 'X',
    text:
      '1/ Some news I’ve been sitting on for a while: ' +
      'Pollenary has raised a $3.2M seed round 🌱\n\n' +
      '2/ The round was led by Meadowlark Fund, with Hive & Co. and a bunch of ag-tech operators we admire joining.\n\n' +
      '3/ Pollenary rents robotic pollinators to greenhouse growers who can’t get enough bees in winter. 40 farms in the ' +
      'Netherlands and Ontario use them today.\n\n' +
      '4/ We’re hiring robotics engineers in Rotterdam and Guelph. ' +
      'DMs open.',
    kind: 'round',
    rounds: [{ company: 'Pollenary', amount: 3.2e6, roundType: 'seed', lead: ['Meadowlark Fund'] }],
  },
  {
    id: 'ub8-26',
    style: 'business',
    phenomenon: 'korea_press,krw,won_word,billion_won,usd_conversion,series_a',
    title: 'Seoul’s Baeknyeon raises 8 billion won for AI check-in calls to elderly people',
    source: 'Han River Tech Journal',
    text:
      'Baeknyeon, a Seoul-based startup whose AI voice assistant phones elderly people who live alone to check on their ' +
      'health, has raised 8 billion won ($5.8 million) in a Series A round. ' +
      'Gangnam Frontier Investment led the round, with participation from Pangyo Tech Partners and the venture arm of a ' +
      'domestic insurer. ' +
      'The service is used by 31 district offices in Seoul, Busan and Daegu, which pay for it out of their welfare budgets.',
    kind: 'round',
    rounds: [
      { company: 'Baeknyeon', amount: 8e9, currency: 'KRW', roundType: 'series_a', lead: ['Gangnam Frontier Investment'] },
    ],
  },
  {
    id: 'ub8-27',
    style: 'wire',
    phenomenon: 'japan,jpy,yen_sign,corporate_strategic,minority_stake,valuation_trap',
    text:
      'Osaka electronics group Minatoki Denki has invested ¥2 billion in Kyoto battery startup Kamogawa Cell for a minority ' +
      'stake, the companies said on Friday. ' +
      'Kamogawa Cell is developing sodium-ion batteries for home storage and will supply Minatoki with cells for a product ' +
      'due in 2028. ' +
      'The investment values the startup at about ¥18 billion, according to a person familiar with the deal.',
    kind: 'round',
    rounds: [{ company: 'Kamogawa Cell', amount: 2e9, currency: 'JPY', roundType: 'strategic', other: ['Minatoki Denki'] }],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub8-28',
    style: 'wire',
    phenomenon: 'in_talks,early_talks,valuation_trap,no_lead_chosen,earlier_valuation_same_company',
    title: 'Gridwell in talks to raise $250 million at $3 billion valuation',
    text:
      'Gridwell, a San Francisco startup that sells software to help utilities schedule rooftop solar and home batteries, is ' +
      'in early talks to raise about $250 million at a valuation of roughly $3 billion, according to two people familiar ' +
      'with the discussions. ' +
      'The terms could still change, and no lead investor has been chosen, the people said. ' +
      'Gridwell was valued at $1.1 billion in a funding round last year.',
    kind: 'in_talks',
    rounds: [{ company: 'Gridwell', amount: 250e6, roundType: 'unknown' }],
  },
  {
    id: 'ub8-29',
    style: 'business',
    phenomenon: 'in_talks,india,inr,rs_crore,advanced_talks,likely_to_lead,series_b',
    source: 'Startup Street India',
    text:
      'Pune-based electric-bus operator Sahyatri Mobility is in advanced talks to raise Rs 300 crore in a Series B round, ' +
      'with existing investor Deccan Plateau Capital likely to lead, people aware of the development said. ' +
      'The round could close by the end of January, one of the people said. ' +
      'Sahyatri, which runs 420 intercity electric buses across Maharashtra and Karnataka, did not respond to queries.',
    kind: 'in_talks',
    rounds: [
      { company: 'Sahyatri Mobility', amount: 3e9, currency: 'INR', roundType: 'series_b', lead: ['Deccan Plateau Capital'] },
    ],
  },
  {
    id: 'ub8-30',
    style: 'business',
    phenomenon: 'in_talks,singapore,sgd,sounding_out_investors,as_much_as,series_c',
    source: 'Straits Deal Monitor',
    text:
      'Singapore-based small-business lender Modal Kecil is sounding out investors for a Series C round of as much as ' +
      'S$80 million, according to people familiar with the matter. ' +
      'The company, which lends to small traders in Singapore, Malaysia and Indonesia, has held early discussions with ' +
      'sovereign-linked funds and Japanese banks, the people said. ' +
      'A spokesperson for Modal Kecil said the company "does not comment on market speculation."',
    kind: 'in_talks',
    rounds: [{ company: 'Modal Kecil', amount: 80e6, currency: 'SGD', roundType: 'series_c' }],
  },
  {
    id: 'ub8-31',
    style: 'wire',
    phenomenon: 'in_talks,term_sheet_signed,not_yet_closed,led_by,series_b',
    title: 'Arbolith signs term sheet for $40 million Series B',
    text:
      'Arbolith, a Sacramento company that turns almond shells into a substitute for cement, has signed a term sheet for a ' +
      '$40 million Series B round led by Ironbark Growth, according to a person with direct knowledge of the deal. ' +
      'The round has not yet closed, and the final amount could rise if existing investors take up their pro-rata rights, ' +
      'the person said. ' +
      'Arbolith declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Arbolith', amount: 40e6, roundType: 'series_b', lead: ['Ironbark Growth'] }],
  },
  // ── Other languages: never a false round ─────────────────────────────────────────────────────
  {
    id: 'ub8-32',
    style: 'foreign',
    phenomenon: 'other_language,italian,eur,seed,guidato_da',
    source: 'Startup Lombardia Oggi',
    text:
      'La startup milanese Ortobello, che gestisce orti idroponici sui tetti dei supermercati, ha chiuso un round seed da ' +
      '5 milioni di euro guidato da Brera Ventures. ' +
      'All’operazione hanno partecipato anche Naviglio Capital e un gruppo di business angel. ' +
      'Le nuove risorse serviranno ad aprire dieci impianti in Lombardia e in Emilia-Romagna entro il 2027.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'ub8-33',
    style: 'foreign',
    phenomenon: 'other_language,spanish_spain,eur,decimal_comma,liderada_por',
    source: 'Levante Emprende',
    text:
      'La startup valenciana Albufera Robotics ha cerrado una ronda de financiación de 3,5 millones de euros liderada por ' +
      'Turia Capital. ' +
      'En la operación también han participado Malvarrosa Ventures y varios inversores particulares del sector agrícola. ' +
      'La empresa fabrica robots que trasplantan arroz y utilizará los fondos para ampliar su plantilla y entrar en Italia.',
    kind: 'round',
    rounds: [],
  },
  // ── Distractors: no new round ────────────────────────────────────────────────────────────────
  {
    id: 'ub8-34',
    style: 'business',
    phenomenon: 'fund_close,india,inr,rs_crore,category_ii_aif,cheque_sizes',
    title: 'Koramangala Capital closes Rs 500 crore second fund',
    source: 'Startup Street India',
    text:
      'Bengaluru-based early-stage investor Koramangala Capital has marked the final close of its second fund at ' +
      'Rs 500 crore, above its target of Rs 400 crore. ' +
      'The fund, registered as a Category II alternative investment fund with the Securities and Exchange Board of India, ' +
      'counts domestic family offices and a state-backed fund of funds among its limited partners. ' +
      'It will write cheques of Rs 5 crore to Rs 25 crore in seed and Series A rounds of consumer and fintech startups.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub8-35',
    style: 'wire',
    phenomenon: 'ipo_pricing,hkd,hong_kong_exchange,cornerstone_investors',
    text:
      'Shenzhen-based drone maker Feiyun Aviation priced its Hong Kong initial public offering at HK$18.20 a share, near the ' +
      'top of its marketed range, raising HK$1.56 billion, according to a filing with the exchange on Tuesday. ' +
      'The company sold 85.7 million shares to investors including three cornerstone funds. ' +
      'Trading is set to begin on Friday.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub8-36',
    style: 'business',
    phenomenon: 'acquisition,pln,mln_zl,background_round,founders_stay',
    title: 'Bałtyk Cargo buys parcel-locker start-up Skrytka for 90 mln zł',
    source: 'Vistula Tech Weekly',
    text:
      'Gdańsk-based logistics group Bałtyk Cargo has agreed to buy Skrytka, a Wrocław start-up that runs parcel lockers in ' +
      'apartment blocks, for 90 million zł in cash, the companies said on Monday. ' +
      'Skrytka operates 3,800 lockers in Wrocław, Poznań and Łódź. ' +
      'The start-up had raised 20 million zł from Odra Ventures and angel investors since 2021; its founders will stay on to ' +
      'run the business.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Skrytka'],
  },
  {
    id: 'ub8-37',
    style: 'business',
    phenomenon: 'university_lab_grant,nsf,startup_partner_trap',
    title: 'Tucson lab wins $2.3 million federal grant to study dust on solar panels',
    source: 'Sonoran Science Report',
    text:
      'A research group at a Tucson university’s optical sciences college has received a $2.3 million grant from the ' +
      'National Science Foundation to study how desert dust storms wear down solar panels. ' +
      'Over four years, the team will install test panels at 12 sites in Arizona and New Mexico and develop coatings that ' +
      'shed dust more easily. ' +
      'Two Phoenix-area solar installers, including the startup Sunbrake Energy, will host test sites.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub8-38',
    style: 'business',
    phenomenon: 'government_loan_guarantee_scheme,gbp,no_company,policy',
    title: 'Loan guarantee scheme for small manufacturers expanded to £2.5bn',
    source: 'Manufacturing Finance Weekly',
    text:
      'The government will expand its loan guarantee scheme for small manufacturers to £2.5bn, Treasury ministers said on ' +
      'Wednesday, with the state standing behind up to 70% of each loan made by participating banks. ' +
      'Firms with turnover under £45m will be able to borrow up to £5m under the scheme, which has been extended to 2029. ' +
      'Trade bodies welcomed the move but said lenders had been slow to use the previous version.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub8-39',
    style: 'business',
    phenomenon: 'arr_milestone,revenue_figures,background_round_with_lead,not_raising_quote',
    title: 'Quoteloom passes $50 million in annual recurring revenue',
    text:
      'Quoteloom, the Denver-based maker of quoting software for commercial insurance brokers, said it had passed ' +
      '$50 million in annual recurring revenue, up from $21 million a year earlier. ' +
      'Chief executive Marcus Oyelaran said the company was now cash-flow positive and had no need to raise more money soon. ' +
      'Quoteloom last raised $65 million in a Series C led by Front Street Growth in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Quoteloom'],
  },
  {
    id: 'ub8-40',
    style: 'wire',
    phenomenon: 'exploring_sale,hired_bank,valuation_trap,background_round',
    text:
      'Tacoma-based meal-kit company Harborplate is exploring a sale and has hired an investment bank to gauge interest from ' +
      'food and grocery companies, people familiar with the matter said. ' +
      'A deal could value the company at about $600 million, below the $900 million valuation it fetched when it raised ' +
      '$120 million from Cascadia Growth in 2022, the people said. ' +
      'Harborplate declined to comment.',
    kind: 'other',
    rounds: [],
    prior: ['Harborplate'],
  },
  {
    id: 'ub8-41',
    style: 'wire',
    phenomenon: 'bond_issue,czk,utility,coupon,listed_bonds',
    text:
      'Prague-based heating utility Vltava Teplárny has sold CZK 3 billion of five-year bonds to domestic investors, paying ' +
      'a fixed coupon of 5.1%, the company said on Thursday. ' +
      'Proceeds will refinance existing debt and pay for the conversion of two coal-fired plants to biomass and gas. ' +
      'The bonds will be listed on the Prague Stock Exchange.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub8-42',
    style: 'business',
    phenomenon: 'reward_crowdfunding,product_pledges,raises_verb_trap,no_equity',
    title: 'E-ink typewriter Quillbox raises $2.4 million from backers',
    source: 'Gadget Crowd Report',
    text:
      'Quillbox, a distraction-free writing device with a mechanical keyboard and an e-ink screen, has raised $2.4 million ' +
      'from about 11,000 backers on a crowdfunding platform, more than 20 times its $100,000 goal. ' +
      'Backers pledged $199 or more to receive a device when it ships next autumn; they get no shares in Tallowpine Devices, ' +
      'the Leeds company that designed it. ' +
      'It is the largest campaign for a writing gadget on the platform this year.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub8-43',
    style: 'business',
    phenomenon: 'employee_secondary_sale,led_by_trap,no_new_shares,background_round',
    title: 'Brushline staff sell $45 million of shares',
    source: 'Capitol Tech Ledger',
    text:
      'Current and former employees of Austin-based Brushline, which makes design-collaboration software, have sold about ' +
      '$45 million of their shares to a group of investors led by Lantern Hill Secondaries, the company said. ' +
      'Brushline did not issue new shares and will not receive any of the money. ' +
      'The sale valued Brushline at $1.8 billion, roughly the same as its last primary round in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Brushline'],
  },
  {
    id: 'ub8-44',
    style: 'business',
    phenomenon: 'product_launch,total_funding_to_date,background_round_with_lead',
    title: 'Verdimo launches hands-free checkout for stadium kiosks',
    text:
      'Verdimo, a Phoenix company that makes self-checkout kiosks, on Thursday launched a version that charges fans through ' +
      'their phones without scanning anything, starting at two baseball stadiums in Arizona next season. ' +
      'The company, which has raised $63 million to date, including a $30 million Series B led by Saguaro Ridge Capital in ' +
      '2025, says its kiosks are installed in 140 venues. ' +
      'It plans to offer the hands-free system to concert halls in 2027.',
    kind: 'other',
    rounds: [],
    prior: ['Verdimo'],
  },
  {
    id: 'ub8-45',
    style: 'business',
    phenomenon: 'company_lends_own_money,merchant_loans,commits_trap,no_raise',
    title: 'Shopmint commits $100 million to loans for its merchants',
    text:
      'Shopmint, the Toronto-based e-commerce platform, said it would make $100 million available in short-term loans to ' +
      'merchants on its platform over the next 12 months, repaid as a share of their daily sales. ' +
      'The loans will be funded from Shopmint’s own balance sheet, and merchants can apply from their dashboard starting in ' +
      'January. ' +
      'Shopmint said it had approved $14 million of loans in a pilot with 900 merchants this year.',
    kind: 'other',
    rounds: [],
  },
];
