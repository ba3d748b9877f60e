// A thirty-fourth blind set for funding-round extraction: invented (companies, people, investors, funds,
// lenders, banks, corporates, a carmaker, a rugby club, a university institute, a mutual fund, SPACs,
// crowdfunding platforms, outlets and sentences made up for this project; only cities, countries, regions,
// places, exchanges and an index (NYSE, Nasdaq, the FTSE 250) and the Olympics are real, and only as settings)
// on 2026-12-07 by a writer who had not read src/rounds and did not run
// the extractor. Dates are written for the eval's fixed publish date (2026-03-10, a Tuesday): "today" and
// "Tuesday" are 10 March 2026, "yesterday" and "Monday" 9 March, "Friday" 6 March, "last June" is June 2025,
// "last year" is 2025; rounds recalled as background are dated 2021–2025.
// Theme: the boundaries of what a "round" is, told by ordinary outlets: 27 texts that report a new financing
// of some less usual shape, and 18 about money that moves near startups but is not a startup round.
// Styles: two- and three-sentence wire briefs; trade press (payments, robotics, energy storage, industrial
// automation, sports tech, logistics, legal tech, mobility, clean energy, biotech markets); local and regional
// business journals (Dublin, Minneapolis, Cincinnati, Toronto, Brisbane, Denver, Bristol); an Indian startup
// outlet in crore; a university institute's news page; PR-wire releases with datelines and "About"
// boilerplate; a founder's first-person blog post; an investor's "why we're leading" post; a Southeast Asia
// weekly deals newsletter with four numbered deals and a fund line; a headline-only item (title plus one
// sentence).
// Phenomena (rounds): a bridge round from existing investors ahead of a Series B; "a $10 million extension to
// the Series B … bringing the round to $45 million"; a Series A-2; a convertible note financing that converts
// at the next priced round; a pre-seed on post-money SAFEs with a cap; a down round (a Series C at less than
// half the 2022 valuation); a flat round (a Series C at the Series B's valuation); an insider-led Series B
// with no new investors; a tranched Series B ("the first $20 million tranche of a $50 million Series B");
// a Series A and a separate venture debt facility in one announcement; a bootstrapped company's first
// outside money as growth equity; a corporate venture arm's strategic investment (CHF); a corporate's
// strategic investment of an undisclosed amount for a minority stake; revenue-based financing (CAD); a
// university spinout's seed (SEK); a sports-tech seed with athletes as investors; a closed equity
// crowdfunding campaign; a pre-Series A; a pre-emptive Series B; a Series D at a valuation; an INR round
// ("Rs 85 crore ($10 million)"); an SGD seed ("S$5.5 million") in a roundup; AUD ("A$14 million"), GBP,
// EUR and USD rounds; the amount given only in the second paragraph; the lead named only in a later
// sentence ("…, a partner at X, which led the round and is joining the board"); leads as "led by", "co-led
// by", "X led the round", "wrote the biggest cheque and led the round", "we're thrilled to lead", "led by
// existing investor X"; syndicates of new and returning investors; athletes and angels by name. Amounts
// beside the rounds that are not rounds: ARR, revenue, payments volume, GMV, freight invoices reviewed and
// overcharges recovered, valuations (including one in crore and one from "people aware of the deal"), a
// SAFE's valuation cap, a repayment cap, a crowdfunding target, market sizes, headcount, unit prices,
// megawatt-hours under letters of intent, the remaining tranche, the whole Series B beside its extension,
// a carmaker's platform spending, an investor's assets under management, earlier rounds of the same
// company, and rounds of other companies (a rival's Series C, an investor's earlier portfolio seed).
// Distractors (rounds: [] each): a PIPE into an NYSE-listed fuel-cell maker "led by" a fund (kind
// 'other'); a drone-delivery startup's SPAC merger with trust money and a PIPE (kind 'ipo'); an employee
// tender offer "led by" an existing investor at a valuation (kind 'other'); a listed builders' merchant's
// bond sale (kind 'other'); project-finance loans for a solar farm in Spain, headlined "secures €85m"
// (kind 'other'); a private-equity buyout of a fleet-software company (kind 'acquisition'); a sports
// investment firm buying a 30% stake in a rugby club from its owning family, no new shares (kind 'other');
// a food maker's own $350 million plant plan (kind 'other'); a government subsidy package for battery
// makers (kind 'other'); an expense-software company passing $100 million ARR that recalls its rounds (kind
// 'other'); a Stockholm IPO pricing (kind 'ipo'); a startup acquired for $310 million in cash (kind
// 'acquisition'); a VC firm's third fund (kind 'fund_close'); layoffs 14 months after a Series C (kind
// 'other'); a mutual fund's markdown of its stake in a private company (kind 'other'); a company denying a
// report that it is raising $200 million (kind 'other'); an early investor's lawsuit over dilution in a
// Series B (kind 'other'); a reward crowdfunding campaign still open, with pledges above its goal (kind
// 'other').
// Conventions (those of checks.ts, unseen-blind30.ts, unseen-blind32.ts and unseen-blind33.ts, as far as the
// writer could read them): company as the text names it; amount in the currency first stated for the round
// (ISO code when not USD): "Rs 85 crore ($10 million)" is 8.5e8 INR, "S$5.5 million" 5.5e6 SGD, "A$14
// million" 1.4e7 AUD, "C$4 million" 4e6 CAD, "CHF 12 million" 1.2e7 CHF, "SEK 32 million" 3.2e7 SEK, "£3.2
// million" 3.2e6 GBP. An extension is labelled at its new money (1e7, not the $45 million round) as
// 'extension'; a round paid in tranches at the total the text calls the round (the $50 million Series B, not
// its $20 million first tranche); a Series A announced beside "a separate" venture debt facility is two
// rounds, the facility 'debt' with the lender in `other` (as unseen-blind30.ts says of a fintech's Series A
// and its separately secured credit facility). Round types: the stage named wins ("Series A-2" is
// 'series_a'; a pre-seed on SAFEs is 'pre_seed'; down, flat, insider-led and pre-emptive rounds by their
// stage); a bridge, a pre-Series A and a closed equity crowdfunding campaign are 'unknown'; a convertible
// note with no stage is 'convertible'; growth equity is 'growth'; a corporate's or a corporate venture arm's
// strategic investment is 'strategic' (amount null when undisclosed), with the investor in `other` (the arm
// by the arm's name); revenue-based financing is 'non_dilutive' with the provider in `other`. `lead` only
// where the text says who led or co-led (the investor writing "we're thrilled to lead" is the lead); no
// `lead` where investors are named without saying who led (the bridge's existing investors, the convertible
// note's investors, a sole growth investor, a pre-seed "from" two funds). `other` for every other named
// participant: funds, angels and athletes by their own names, a university's holding company; not a
// crowdfunding platform. Not rounds: a PIPE into a listed company, a SPAC merger, a tender offer, a bond, a
// project-finance loan, a buyout, a purchase of existing shares in a club, capex, subsidies, an IPO, an
// acquisition, a fund close, a markdown, a denied report, a lawsuit and a reward campaign. `prior` lists
// companies other than a labelled round's company whose financing the text recalls (a rival's Series C, an
// investor's earlier portfolio seed, a battery maker named in the subsidy story, a fund's portfolio
// companies) and, in a distractor, its own company where the text recalls or reports its financing (the
// SPAC's startup, the tender offer's company, the buyout's target, the ARR company, the IPO company, the
// acquired startup, the layoffs company, the marked-down company, the company denying the report, the sued
// company). Labelled by hand; a reader of each text should agree with every label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND34: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub34-01',
    style: 'wire',
    phenomenon:
      'wire_brief,bridge_round,existing_investors_only,no_lead_named,gbp_amount,arr_trap,lab_count_trap,earlier_series_a_same_company,planned_series_b_not_in_talks,unknown',
    source: 'Pennine Business Wire',
    text:
      'Quillmere raises £3.2m bridge from existing backers ahead of Series B\n\n' +
      'Leeds-based Quillmere, whose software schedules work for dental laboratories, has raised a £3.2 million bridge round from its existing investors Aire Valley Ventures and Kirkstall Capital, the company said on Tuesday. ' +
      'The money is meant to carry it to a Series B it expects to raise later in the year. ' +
      'Quillmere, which raised a £9 million Series A in 2024, says annual recurring revenue has reached £6.4 million and that 640 labs in the UK and Ireland now use its software.',
    kind: 'round',
    rounds: [
      {
        company: 'Quillmere',
        amount: 3.2e6,
        currency: 'GBP',
        roundType: 'unknown',
        other: ['Aire Valley Ventures', 'Kirkstall Capital'],
      },
    ],
  },
  {
    id: 'ub34-02',
    style: 'business',
    phenomenon:
      'payments_trade_press,extension_to_series_b,bringing_the_round_to_trap,new_investor_led_extension,existing_backers_put_in_more,payments_volume_trap,fleet_count_trap,valuation_declined,extension',
    source: 'Payments Ledger',
    text:
      'Tollgate Pay adds $10M extension to its Series B\n\n' +
      'Tollgate Pay, the Chicago company that lets trucking fleets pay fuel and toll bills from a single card, has added a $10 million extension to the Series B it announced last June, bringing the round to $45 million. ' +
      'The extension was led by Wabash Street Capital, a new investor; existing backers Lakeview Fintech Partners and Dearborn Seed also put in more money.\n\n' +
      'Tollgate processed $2.1 billion in payments in 2025, up from $700 million the year before, and counts 3,800 fleets as customers. ' +
      'Chief executive Renata Solberg said the company would use the money to add maintenance and parts spending to its card and to hire 40 engineers. She declined to give a valuation.',
    kind: 'round',
    rounds: [
      {
        company: 'Tollgate Pay',
        amount: 10e6,
        roundType: 'extension',
        lead: ['Wabash Street Capital'],
        other: ['Lakeview Fintech Partners', 'Dearborn Seed'],
      },
    ],
  },
  {
    id: 'ub34-03',
    style: 'business',
    phenomenon:
      'regional_business_journal,series_a_2,aud_amount,co_led_by,lead_described_by_city,earlier_series_a_same_company,farm_count_trap,market_size_aud_trap,series_a',
    source: 'Queensland Business Review',
    text:
      'Brisbane’s Paddockly closes A$14m Series A-2\n\n' +
      'Brisbane agtech Paddockly, which sells soil-moisture probes and a subscription app to cotton and sugarcane growers, has closed an A$14 million Series A-2 co-led by Moreton Capital and Perth-based Swan River Ventures. ' +
      'The company raised A$8 million in its original Series A in 2024.\n\n' +
      'Paddockly says 1,900 farms now pay for its app, and that its probes cut water use by about a fifth on irrigated cotton. ' +
      'Co-founder Josh Templeton said the new money would take the company into Western Australia’s grain belt. ' +
      'The company expects the Australian precision-agriculture market to be worth A$1.2 billion by 2030.',
    kind: 'round',
    rounds: [
      {
        company: 'Paddockly',
        amount: 14e6,
        currency: 'AUD',
        roundType: 'series_a',
        lead: ['Moreton Capital', 'Swan River Ventures'],
      },
    ],
  },
  {
    id: 'ub34-04',
    style: 'press',
    phenomenon:
      'pr_wire_release,dateline,convertible_note_financing,converts_at_next_priced_round,existing_and_new_investors_no_lead,total_raised_trap,earlier_series_a_same_company,about_boilerplate,convertible',
    source: 'BusinessTide',
    text:
      'SAN DIEGO, March 10, 2026 /BusinessTide/ -- Halvard Bio, a privately held company developing small-molecule drugs for inherited kidney disease, today announced that it has closed a $6.5 million convertible note financing. ' +
      'Existing investors Torrey Pines Bio Fund and Cabrillo Health Ventures participated, along with new investor Mission Bay Angels. ' +
      'The notes will convert into equity at the company’s next priced round.\n\n' +
      'Proceeds will fund IND-enabling studies of HB-201, the company’s lead candidate for autosomal dominant polycystic kidney disease. ' +
      '"This financing gives us the runway to reach the clinic on our own terms," said Dr. Elena Marsh, Halvard’s chief executive.\n\n' +
      'With this financing, Halvard has raised $28.5 million since its founding, including a $15 million Series A in 2023.\n\n' +
      'About Halvard Bio\n' +
      'Halvard Bio is a San Diego-based biotechnology company developing oral therapies for genetic kidney diseases that affect more than 12 million people worldwide.',
    kind: 'round',
    rounds: [
      {
        company: 'Halvard Bio',
        amount: 6.5e6,
        roundType: 'convertible',
        other: ['Torrey Pines Bio Fund', 'Cabrillo Health Ventures', 'Mission Bay Angels'],
      },
    ],
  },
  {
    id: 'ub34-05',
    style: 'blog',
    phenomenon:
      'founder_blog_post,first_person,post_money_safes,valuation_cap_trap,wrote_the_biggest_cheque_and_led,angels_by_name,subscription_price_trap,beta_count_trap,pre_seed',
    source: 'Tiltyard blog',
    text:
      'We raised $2.1M to build Tiltyard\n\n' +
      'Today I’m excited to share that Tiltyard has raised a $2.1 million pre-seed round, on post-money SAFEs with a $14 million cap.\n\n' +
      'Foxhollow Ventures wrote the biggest cheque and led the round. We’re also lucky to have two angels with us: Priya Raman, who ran engineering at a payroll company most of you have used, and Ben Adeyemi, who spent twenty years as an electrical subcontractor before he started investing.\n\n' +
      'Why Tiltyard? Small subcontractors lose whole weekends to bids. Our app reads a general contractor’s drawings and drafts the bid for you. There are 140 subcontractors in our beta, each paying $49 a month, and they tell us it saves them about six hours per bid.\n\n' +
      'We’re hiring two engineers in Phoenix. Come build with us.\n\n' +
      '— Sam Okafor, co-founder',
    kind: 'round',
    rounds: [
      {
        company: 'Tiltyard',
        amount: 2.1e6,
        roundType: 'pre_seed',
        lead: ['Foxhollow Ventures'],
        other: ['Priya Raman', 'Ben Adeyemi'],
      },
    ],
  },
  {
    id: 'ub34-06',
    style: 'business',
    phenomenon:
      'city_business_paper,down_round,eur_amount,new_valuation_trap,old_valuation_trap,earlier_series_b_same_company,headcount_trap,x_led_with_existing_taking_part,series_c',
    source: 'Dublin Business Post',
    text:
      'Carrowby raises €18m at a sharply lower valuation\n\n' +
      'Carrowby, the Dublin company whose software lets landlords manage repairs and rent collection across apartment blocks, has raised €18 million in a Series C that values it at about €150 million, less than half the €380 million it was valued at in its 2022 Series B.\n\n' +
      'The round was led by Liffey Growth Partners, with existing investors Grand Canal Ventures and Howth Capital taking part. ' +
      'Chief executive Aoife Brennan said Carrowby had cut its staff from 310 to 220 over the past two years and expects to break even in 2027. ' +
      '"Nobody enjoys a down round, but the valuation we had in 2022 belonged to a different market," she said.',
    kind: 'round',
    rounds: [
      {
        company: 'Carrowby',
        amount: 18e6,
        currency: 'EUR',
        roundType: 'series_c',
        lead: ['Liffey Growth Partners'],
        other: ['Grand Canal Ventures', 'Howth Capital'],
      },
    ],
  },
  {
    id: 'ub34-07',
    style: 'wire',
    phenomenon:
      'wire_brief,flat_round,same_valuation_as_last_round,valuation_trap,revenue_trap,x_led_the_round_active,earlier_series_b_same_company,series_c',
    source: 'Cumberland Wire',
    text:
      'Nashville’s Medleaf raises $40 million in flat round\n\n' +
      'Medleaf, a Nashville company that automates billing for home-health agencies, said on Monday it had raised $40 million in a Series C at a $600 million valuation, the same as in its 2023 Series B. ' +
      'Brentwood Health Capital led the round. Medleaf’s revenue grew 70% last year to $52 million, the company said.',
    kind: 'round',
    rounds: [{ company: 'Medleaf', amount: 40e6, roundType: 'series_c', lead: ['Brentwood Health Capital'] }],
  },
  {
    id: 'ub34-08',
    style: 'business',
    phenomenon:
      'robotics_trade_press,insider_led_round,no_new_investors,led_by_existing_investor,existing_backers_returning,earlier_series_a_led_by_other_backer,robot_count_trap,market_size_trap,series_b',
    source: 'Robotics Weekly',
    text:
      'Existing backers lead $22M Series B for warehouse robot maker Stackwise\n\n' +
      'No new investors came in: Stackwise’s $22 million Series B was led by existing investor Gorsefield Partners, with fellow existing backers Marlow Robotics Fund and Pinehurst Ventures returning, the Pittsburgh company said.\n\n' +
      'Stackwise builds robots that unload mixed cartons from trailers. It has 210 robots working at 38 distribution centers and says the market for trailer unloading could reach $4.6 billion a year in the US alone. ' +
      'Marlow Robotics Fund led the company’s $9 million Series A in 2023. ' +
      'Chief executive Hannah Voss said insiders had offered terms before the company went out to new funds: "We took the fastest money from people who already know our numbers."',
    kind: 'round',
    rounds: [
      {
        company: 'Stackwise',
        amount: 22e6,
        roundType: 'series_b',
        lead: ['Gorsefield Partners'],
        other: ['Marlow Robotics Fund', 'Pinehurst Ventures'],
      },
    ],
  },
  {
    id: 'ub34-09',
    style: 'business',
    phenomenon:
      'energy_trade_press,tranched_round,first_tranche_of_series_b,remaining_tranche_on_milestone_trap,labelled_at_round_total,led_by,existing_investors_joined,mwh_loi_trap,series_b',
    source: 'Grid & Storage Journal',
    text:
      'Ferrovolt closes first $20M tranche of $50M Series B\n\n' +
      'Ferrovolt, the Denver startup making iron-air batteries for multi-day grid storage, has closed the first $20 million tranche of a $50 million Series B led by Front Range Climate Partners. ' +
      'The remaining $30 million will be paid in when the company commissions its pilot production line in Aurora, which it expects in the third quarter. ' +
      'Existing investors Larimer Ventures and Boulder Creek Capital also joined the round.\n\n' +
      'Ferrovolt has signed letters of intent with two utilities for 600 megawatt-hours of storage and says its cells cost less than a fifth as much per kilowatt-hour as lithium-ion.',
    kind: 'round',
    rounds: [
      {
        company: 'Ferrovolt',
        amount: 50e6,
        roundType: 'series_b',
        lead: ['Front Range Climate Partners'],
        other: ['Larimer Ventures', 'Boulder Creek Capital'],
      },
    ],
  },
  {
    id: 'ub34-10',
    style: 'business',
    phenomenon:
      'fintech_trade_press,equity_and_separate_venture_debt,two_rounds_one_company,led_by_with_participation,lender_in_other,loans_originated_trap,earlier_seed_same_company,series_a,debt',
    source: 'Fintech Lantern',
    text:
      'Lendara raises $15M Series A and a separate $5M venture debt line\n\n' +
      'Lendara, an Atlanta startup that underwrites small-business loans for credit unions, has raised a $15 million Series A led by Peachwood Ventures, with participation from Ashby Capital. ' +
      'Alongside the equity, Lendara has secured a separate $5 million venture debt facility from Copperleaf Bank, which it plans to draw over the next 18 months.\n\n' +
      'Credit unions have originated $310 million of loans through Lendara’s platform since it launched in 2024, the year it raised a $4 million seed. ' +
      'The company has 42 employees and plans to reach 70 by the end of the year.',
    kind: 'round',
    rounds: [
      {
        company: 'Lendara',
        amount: 15e6,
        roundType: 'series_a',
        lead: ['Peachwood Ventures'],
        other: ['Ashby Capital'],
      },
      { company: 'Lendara', amount: 5e6, roundType: 'debt', other: ['Copperleaf Bank'] },
    ],
  },
  {
    id: 'ub34-11',
    style: 'business',
    phenomenon:
      'regional_business_journal,growth_equity,bootstrapped_first_outside_money,sole_investor_no_led,minority_stake,revenue_trap,headcount_trap,board_seats,growth',
    source: 'Twin Cities Business Ledger',
    text:
      'After 14 years on its own, Kestrelmoor Software takes $120 million\n\n' +
      'Kestrelmoor Software, the Minneapolis maker of crew-scheduling software for airlines and rail operators, has taken its first outside money: a $120 million growth equity investment from Alderbank Growth Partners.\n\n' +
      'The company was founded in 2012 and had never raised capital, funding itself from customer revenue, which reached $85 million last year. ' +
      'Alderbank will take a minority stake and two of seven board seats; the founders keep control. ' +
      'Chief executive Lars Engstrom said the money would pay for acquisitions and an office in Europe, adding to the 450 people the company employs in Minneapolis and Denver.',
    kind: 'round',
    rounds: [{ company: 'Kestrelmoor Software', amount: 120e6, roundType: 'growth', other: ['Alderbank Growth Partners'] }],
  },
  {
    id: 'ub34-12',
    style: 'business',
    phenomenon:
      'industrial_trade_press,cvc_strategic_investment,corporate_venture_arm_described_by_parent,chf_amount,minority_stake,investor_parent_also_customer,plant_count_trap,earlier_seed_same_company,strategic',
    source: 'Automation Review Europe',
    text:
      'Zurich’s Fugenwerk gets CHF 12 million from Hessberg’s venture arm\n\n' +
      'Fugenwerk, a Zurich startup whose vision software guides welding robots along seams they have never seen before, has received a CHF 12 million strategic investment from Hessberg Ventures, the corporate venture arm of the German industrial group Hessberg. ' +
      'The investment gives Hessberg Ventures a minority stake in the company.\n\n' +
      'Hessberg is also one of Fugenwerk’s customers: the group runs the startup’s software at four of its own plants, out of 35 plants where Fugenwerk is installed. ' +
      'Fugenwerk raised CHF 5 million in seed funding in 2023 and employs 48 people.',
    kind: 'round',
    rounds: [{ company: 'Fugenwerk', amount: 12e6, currency: 'CHF', roundType: 'strategic', other: ['Hessberg Ventures'] }],
  },
  {
    id: 'ub34-13',
    style: 'business',
    phenomenon:
      'city_business_paper,revenue_based_financing,cad_amount,repayment_cap_trap,sales_trap,never_raised_equity,provider_described_by_city,non_dilutive',
    source: 'Toronto Commerce Daily',
    text:
      'Toronto skincare brand Lumbra Skin takes C$4 million without giving up equity\n\n' +
      'Lumbra Skin, a Toronto direct-to-consumer skincare brand, has secured C$4 million in revenue-based financing from Vancouver’s Tidewater Revenue Capital. ' +
      'Lumbra will repay the money as a fixed share of its monthly sales until it has paid back C$4.6 million.\n\n' +
      'The company sold C$19 million of cleansers and serums last year, mostly through its own website, and its founders, sisters Maya and Noor Haddad, have never sold equity. ' +
      '"We’re profitable, and we didn’t want to give away a quarter of the company to buy inventory," Maya Haddad said. The money will fund stock for a launch in 220 pharmacies.',
    kind: 'round',
    rounds: [
      {
        company: 'Lumbra Skin',
        amount: 4e6,
        currency: 'CAD',
        roundType: 'non_dilutive',
        other: ['Tidewater Revenue Capital'],
      },
    ],
  },
  {
    id: 'ub34-14',
    style: 'blog',
    phenomenon:
      'university_news_page,spinout_seed,sek_amount,led_by,university_holding_company_participant,angel_network_participant,research_grant_to_university_trap,test_price_trap,seed',
    source: 'Fyris Institute of Technology News',
    text:
      'Spinout Kvarnsten Diagnostics raises SEK 32 million to bring sepsis test to hospitals\n\n' +
      'Kvarnsten Diagnostics, the Uppsala company founded on research from the institute’s Department of Biomedical Engineering, has raised SEK 32 million in seed funding. ' +
      'The round was led by Uppsala’s Gamla Torget Kapital, with the institute’s holding company Fyris Innovation AB and the Stockholm angel network Norrmalm Angels joining.\n\n' +
      'The company’s cartridge test tells doctors within 40 minutes whether a patient’s infection is heading towards sepsis. ' +
      'It grew out of a five-year research programme funded with SEK 40 million from the institute and a national research council. ' +
      'The company expects each test to cost hospitals about SEK 300 and plans clinical studies at three Swedish hospitals this year.\n\n' +
      '"This is exactly the path we hope our research takes," said Professor Ingrid Wallén, who leads the lab and is a co-founder.',
    kind: 'round',
    rounds: [
      {
        company: 'Kvarnsten Diagnostics',
        amount: 32e6,
        currency: 'SEK',
        roundType: 'seed',
        lead: ['Gamla Torget Kapital'],
        other: ['Fyris Innovation AB', 'Norrmalm Angels'],
      },
    ],
  },
  {
    id: 'ub34-15',
    style: 'business',
    phenomenon:
      'sports_tech_outlet,athlete_investors_by_name,sports_fund_participant,led_by,sensor_price_trap,program_count_trap,market_size_trap,seed',
    source: 'Sportstech Insider',
    text:
      'Courtstat lands $7 million seed, with athletes on the cap table\n\n' +
      'Courtstat, a Boston startup that mounts cameras above basketball and volleyball courts and turns every game into shot charts and clips, has raised a $7 million seed round led by Charlesgate Ventures. ' +
      'Grandstand Sports Fund joined, as did three athletes: former Olympic sprinter Dana Whitlow, professional basketball player Theo Aransky and retired volleyball player Marisol Quint.\n\n' +
      'The system costs about $1,200 per court a year, and 300 college and high school programs use it. ' +
      'Founder Kwame Ellison, a former college point guard, said the company would add soccer next. ' +
      'He put the market for amateur sports video at $5 billion.',
    kind: 'round',
    rounds: [
      {
        company: 'Courtstat',
        amount: 7e6,
        roundType: 'seed',
        lead: ['Charlesgate Ventures'],
        other: ['Grandstand Sports Fund', 'Dana Whitlow', 'Theo Aransky', 'Marisol Quint'],
      },
    ],
  },
  {
    id: 'ub34-16',
    style: 'wire',
    phenomenon:
      'headline_only_item,title_plus_one_sentence,amount_and_type_only_in_title,x_led_the_round,existing_backer_joined,series_a',
    title: 'Rotterdam port-software company Kademark raises €9m Series A',
    source: 'Benelux Tech Wire',
    text: 'Havenlicht Ventures led the round, which was joined by existing backer Maasvlakte Seed, Kademark said on Tuesday.',
    kind: 'round',
    rounds: [
      {
        company: 'Kademark',
        amount: 9e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Havenlicht Ventures'],
        other: ['Maasvlakte Seed'],
      },
    ],
  },
  {
    id: 'ub34-17',
    style: 'roundup',
    phenomenon:
      'weekly_deals_newsletter,numbered_deals,four_rounds_one_text,sgd_amount,led_by,from_two_funds_no_lead,existing_investor_returned,office_count_trap,tonnage_trap,payments_volume_trap,fund_line_trap,seed,series_a,pre_seed,series_b',
    source: 'SEA Deals Weekly',
    text:
      'SEA Deals Weekly — four rounds and a fund\n\n' +
      'THIS WEEK’S DEALS\n\n' +
      '1. Kopibox (Singapore) — S$5.5 million seed led by Marina Reach Ventures for its office-coffee subscription, which now serves 900 offices. Tiong Bahru Angels also joined.\n\n' +
      '2. Duongship (Ho Chi Minh City) — $12 million Series A led by Mekong Ridge Capital to take its trucking marketplace to Hanoi. Duongship says it moved 1.4 million tonnes of freight last year.\n\n' +
      '3. Balay Health (Manila) — $3 million pre-seed from Intramuros Ventures and Makati Founders Fund for its clinic-booking app.\n\n' +
      '4. Kembang Pay (Jakarta) — $20 million Series B led by Sunda Strait Partners; existing investor Kemang Capital returned. The company processes about $900 million a year in payments for small online sellers.\n\n' +
      'FUNDS\n\n' +
      'Pulau Capital closed its third fund at $180 million and will write first cheques of $1 million to $4 million.',
    kind: 'round',
    rounds: [
      {
        company: 'Kopibox',
        amount: 5.5e6,
        currency: 'SGD',
        roundType: 'seed',
        lead: ['Marina Reach Ventures'],
        other: ['Tiong Bahru Angels'],
      },
      { company: 'Duongship', amount: 12e6, roundType: 'series_a', lead: ['Mekong Ridge Capital'] },
      {
        company: 'Balay Health',
        amount: 3e6,
        roundType: 'pre_seed',
        other: ['Intramuros Ventures', 'Makati Founders Fund'],
      },
      {
        company: 'Kembang Pay',
        amount: 20e6,
        roundType: 'series_b',
        lead: ['Sunda Strait Partners'],
        other: ['Kemang Capital'],
      },
    ],
  },
  {
    id: 'ub34-18',
    style: 'business',
    phenomenon:
      'local_business_journal,amount_only_in_second_paragraph,headline_without_amount,led_by,existing_investor_participated,instrument_count_trap,headcount_trap,earlier_seed_same_company,series_a',
    source: 'Ohio Valley Business Ledger',
    text:
      'Cincinnati’s Brightfold closes Series A led by Over-the-Rhine Capital\n\n' +
      'Brightfold, the Cincinnati startup that makes tracking software for hospital sterile-processing departments, has closed a Series A round led by Over-the-Rhine Capital, co-founder and CEO Marcus Dill said Monday. Existing investor Mill Creek Ventures also participated.\n\n' +
      'The round totals $16 million, Dill said, and will pay for a sales team on the East Coast and growth from 45 to 80 employees over the next two years. ' +
      'Brightfold’s software tracks 2.3 million surgical instruments at 120 hospitals. The company raised a $3.5 million seed round in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Brightfold',
        amount: 16e6,
        roundType: 'series_a',
        lead: ['Over-the-Rhine Capital'],
        other: ['Mill Creek Ventures'],
      },
    ],
  },
  {
    id: 'ub34-19',
    style: 'business',
    phenomenon:
      'logistics_trade_press,lead_named_in_later_sentence,which_led_the_round_and_joins_board,existing_investors_also_took_part,invoices_reviewed_trap,overcharges_recovered_trap,series_b',
    source: 'Freight Desk',
    text:
      'Fenwright, which audits freight invoices for retailers, has raised $28 million in Series B funding, the Columbus, Ohio, company said on Tuesday. ' +
      'Existing investors Scioto Partners and Olentangy Ventures also took part.\n\n' +
      'Fenwright says its software reviewed $6 billion of freight invoices last year and recovered $140 million in overcharges for customers. ' +
      '"Shippers are overpaying carriers by 3 to 5% and most of them never find out," said Nadia Kurtz, a partner at Harwell Lane Capital, which led the round and is joining Fenwright’s board.',
    kind: 'round',
    rounds: [
      {
        company: 'Fenwright',
        amount: 28e6,
        roundType: 'series_b',
        lead: ['Harwell Lane Capital'],
        other: ['Scioto Partners', 'Olentangy Ventures'],
      },
    ],
  },
  {
    id: 'ub34-20',
    style: 'business',
    phenomenon:
      'indian_startup_outlet,inr_crore_with_usd_conversion,led_by,existing_investors_participated,valuation_in_crore_from_people_aware_trap,gmv_in_crore_trap,store_count_trap,earlier_seed_same_company,series_a',
    source: 'Rupee Ledger',
    text:
      'Bengaluru-based Kiranaflow raises Rs 85 crore in Series A led by Cubbon Park Ventures\n\n' +
      'Kiranaflow, which supplies neighbourhood grocery stores with inventory on credit and restocks them within a day, has raised Rs 85 crore ($10 million) in a Series A round led by Cubbon Park Ventures. ' +
      'Existing investors Indiranagar Capital and Koramangala Angels Network also participated.\n\n' +
      'The round values the startup at about Rs 600 crore, people aware of the deal said. ' +
      'Kiranaflow works with 18,000 stores in Karnataka and Tamil Nadu and has an annualised GMV of Rs 1,100 crore. ' +
      'It had raised Rs 20 crore in a seed round in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Kiranaflow',
        amount: 85e7,
        currency: 'INR',
        roundType: 'series_a',
        lead: ['Cubbon Park Ventures'],
        other: ['Indiranagar Capital', 'Koramangala Angels Network'],
      },
    ],
  },
  {
    id: 'ub34-21',
    style: 'wire',
    phenomenon: 'wire_brief,pre_series_a,led_by_with_participation_from,merchant_count_trap,transactions_trap,unknown',
    source: 'West Africa Business Wire',
    text:
      'Lagos-based Tillbook, which gives market traders a phone app for stock and credit sales, has raised $4.5 million in a pre-Series A round led by Lekki Harbour Ventures, with participation from Ikoyi Angels and Yaba Capital. ' +
      'The company says 60,000 merchants use the app and that it handled $300 million in annualised transactions in January. ' +
      'Tillbook will use the money to expand to Ghana, co-founder Adaeze Nwosu said.',
    kind: 'round',
    rounds: [
      {
        company: 'Tillbook',
        amount: 4.5e6,
        roundType: 'unknown',
        lead: ['Lekki Harbour Ventures'],
        other: ['Ikoyi Angels', 'Yaba Capital'],
      },
    ],
  },
  {
    id: 'ub34-22',
    style: 'business',
    phenomenon:
      'automotive_trade_press,corporate_strategic_investment,undisclosed_amount,minority_stake_new_shares,supply_agreement,investor_capex_trap,earlier_series_a_same_company,strategic',
    source: 'Motor Industry Journal',
    text:
      'Castellan Motors takes minority stake in battery startup Solidiva\n\n' +
      'Castellan Motors, the Turin-based carmaker, has taken a minority stake in Solidiva, a Turin startup developing solid-state battery cells, through a strategic investment of an undisclosed amount, the companies said on Monday. ' +
      'Solidiva will issue new shares to Castellan, and the two have signed an agreement to build sample cells for Castellan’s test vehicles from 2027.\n\n' +
      'Castellan plans to spend €1.5 billion on a new electric-vehicle platform by the end of the decade. ' +
      'Solidiva, which has 60 employees, raised a €30 million Series A in 2024.',
    kind: 'round',
    rounds: [{ company: 'Solidiva', amount: null, roundType: 'strategic', other: ['Castellan Motors'] }],
  },
  {
    id: 'ub34-23',
    style: 'wire',
    phenomenon:
      'wire_story,series_d,co_led_by,valuation_trap,arr_trap,earlier_series_c_same_company,rival_round_as_background,series_d',
    source: 'Bayline Wire',
    text:
      'Legal AI startup Quellary raises $210 million at $3.4 billion valuation\n\n' +
      'Quellary, a San Francisco company whose software drafts and checks commercial contracts for in-house legal teams, has raised $210 million in a Series D co-led by Presidio Crest and Embarcadero Growth, valuing it at $3.4 billion. ' +
      'The company said annual recurring revenue had passed $160 million, up from $60 million a year earlier, when it raised a $90 million Series C.\n\n' +
      'The round comes as competition for corporate legal departments heats up: rival Lexpath raised a $300 million Series C last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Quellary',
        amount: 210e6,
        roundType: 'series_d',
        lead: ['Presidio Crest', 'Embarcadero Growth'],
      },
    ],
    prior: ['Lexpath'],
  },
  {
    id: 'ub34-24',
    style: 'business',
    phenomenon:
      'regional_business_journal,closed_equity_crowdfunding,gbp_amount,crowd_investor_count,target_trap,valuation_trap,platform_not_investor,shop_count_trap,unknown',
    source: 'Bristol & West Business',
    text:
      'Spokesmith’s crowdfund closes at £1.4m, well past target\n\n' +
      'Spokesmith, the Bristol chain of e-bike repair workshops, has raised £1.4 million from 2,300 investors through an equity crowdfunding campaign on the Crowdstake platform that closed on Friday. ' +
      'It had set out to raise £800,000, and the campaign valued the business at £9 million before the new money.\n\n' +
      'Spokesmith runs six workshops in Bristol, Bath and Cardiff and plans to open four more this year. ' +
      'Founder Tamsin Reyes said about half of the investors were customers.',
    kind: 'round',
    rounds: [{ company: 'Spokesmith', amount: 1.4e6, currency: 'GBP', roundType: 'unknown' }],
  },
  {
    id: 'ub34-25',
    style: 'press',
    phenomenon:
      'pr_release,dateline,eur_amount,led_by_with_participation,investor_aum_in_boilerplate_trap,customer_count_trap,series_a',
    source: 'Orbelle press room',
    text:
      'PARIS, March 10, 2026 -- Orbelle, the Paris-based provider of software that plans staff rotas for care homes, today announced a €7.5 million Series A led by Canal Saint-Martin Partners, with participation from Montparnasse Capital.\n\n' +
      'Orbelle’s software is used by 450 care homes in France and Belgium. The funding will support the company’s launch in Spain and Italy and double its team to 60 people.\n\n' +
      '"Care homes spend hours every week juggling rotas by hand. Orbelle gives that time back to residents," said Camille Roux, CEO and co-founder of Orbelle.\n\n' +
      'About Canal Saint-Martin Partners\n' +
      'Canal Saint-Martin Partners is a Paris-based venture capital firm with €600 million under management, investing in European software and health companies from Series A onwards.',
    kind: 'round',
    rounds: [
      {
        company: 'Orbelle',
        amount: 7.5e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Canal Saint-Martin Partners'],
        other: ['Montparnasse Capital'],
      },
    ],
  },
  {
    id: 'ub34-26',
    style: 'wire',
    phenomenon: 'wire_story,pre_emptive_round,months_after_series_a,valuation_tripled_trap,customer_count_trap,led_by,series_b',
    source: 'Holborn Tech Wire',
    text:
      'London payroll startup Wickmere raises pre-emptive $35M Series B\n\n' +
      'Wickmere, a London startup that runs payroll for companies with staff in several European countries, has raised a $35 million Series B eight months after its Series A, in a pre-emptive round led by Halden Row Capital. ' +
      'The deal values Wickmere at $420 million, roughly three times its valuation at the Series A, a person familiar with the matter said. ' +
      'Wickmere says 1,100 companies now pay their staff through it.',
    kind: 'round',
    rounds: [{ company: 'Wickmere', amount: 35e6, roundType: 'series_b', lead: ['Halden Row Capital'] }],
  },
  {
    id: 'ub34-27',
    style: 'blog',
    phenomenon:
      'investor_blog_post,were_thrilled_to_lead,writing_firm_is_lead,angel_by_name,angel_network,water_loss_statistic_trap,portfolio_company_earlier_seed_background,seed',
    source: 'Saltmarsh Ventures blog',
    text:
      'Why we’re leading Drumlin Water’s seed\n\n' +
      'At Saltmarsh Ventures we’re thrilled to lead Drumlin Water’s $4 million seed round, alongside Cuyahoga Angels and Hollis Grant, the former head of operations at a large Ohio water utility.\n\n' +
      'Drumlin, based in Cleveland, uses pressure sensors and acoustic data to predict where old water mains will leak before they burst. ' +
      'US utilities lose billions of gallons of treated water every day to leaks, and small utilities, which serve most American towns, rarely have the staff to hunt for them.\n\n' +
      'This is our second bet on water: we led the seed of Hydrant Labs in 2023. ' +
      'We think founders Ruth Adeyinka and Marco Sestak are the right people to make leak detection cheap enough for a town of 5,000 people.',
    kind: 'round',
    rounds: [
      {
        company: 'Drumlin Water',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Saltmarsh Ventures'],
        other: ['Cuyahoga Angels', 'Hollis Grant'],
      },
    ],
    prior: ['Hydrant Labs'],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub34-28',
    style: 'wire',
    phenomenon: 'pipe_into_listed_company,led_by_on_a_listed_sale,share_price_discount_trap,nyse_listed,not_a_round',
    source: 'Clean Energy Markets',
    text:
      'Ardentis Power sells $75 million of shares in private placement\n\n' +
      'Ardentis Power, the NYSE-listed maker of hydrogen fuel cells for forklifts and data centers, said on Monday it had agreed to sell $75 million of new shares in a private investment in public equity led by Bramhall Capital. ' +
      'The shares were priced at $4.10 each, a 12% discount to Friday’s close, and Ardentis stock fell 9% in early trading. ' +
      'The company said the money would fund a second production line in Albany, New York.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub34-29',
    style: 'business',
    phenomenon:
      'spac_merger,enterprise_value_trap,trust_proceeds_trap,pipe_in_spac_deal,earlier_series_b_same_company,not_a_round',
    source: 'Logistics Dispatch',
    text:
      'Drone-delivery company Skyreach Freight to go public through SPAC deal\n\n' +
      'Skyreach Freight, a Dallas company that flies medical supplies between hospitals by drone, will go public by merging with Meridian Horizon Acquisition Corp., a special purpose acquisition company, in a deal that values the combined company at $1.1 billion including debt.\n\n' +
      'The deal is expected to bring Skyreach up to $220 million from Meridian Horizon’s trust account, if few shareholders redeem, plus $60 million from a PIPE by institutional investors. ' +
      'Skyreach raised an $85 million Series B in 2023 and has flown more than 90,000 deliveries.',
    kind: 'ipo',
    rounds: [],
    prior: ['Skyreach Freight'],
  },
  {
    id: 'ub34-30',
    style: 'business',
    phenomenon:
      'employee_tender_offer,led_by_existing_investor_secondary,valuation_trap,no_money_to_company,earlier_series_d_same_company,not_a_round',
    source: 'HR Tech Weekly',
    text:
      'Meadowlark HR lets employees sell $150 million of shares\n\n' +
      'Meadowlark HR, the Austin payroll and benefits software company, is letting current and former employees sell up to $150 million of their shares in a tender offer led by existing investor Juniper Hill Partners, at a $4.2 billion valuation. ' +
      'That is above the $3.1 billion it was valued at in its 2024 Series D. ' +
      'The company will not receive any money from the sale, and no new shares are being issued, a spokeswoman said. About 600 employees are eligible to sell.',
    kind: 'other',
    rounds: [],
    prior: ['Meadowlark HR'],
  },
  {
    id: 'ub34-31',
    style: 'wire',
    phenomenon: 'listed_company_bond_issue,coupon_trap,order_book_trap,not_a_round',
    source: 'Pennine Business Wire',
    text:
      'Halstow Group, the FTSE 250 builders’ merchant, sold £400 million of seven-year bonds on Tuesday with a coupon of 5.25%, the company said. ' +
      'Orders for the bonds topped £1.3 billion. Halstow will use the proceeds to repay a loan that falls due next year.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub34-32',
    style: 'business',
    phenomenon:
      'project_finance_loan,solar_farm,headline_says_secures,banks_as_lenders,project_company,capacity_trap,not_a_round',
    source: 'Clean Energy Markets',
    text:
      'Corrigan Renewables secures €85m for Extremadura solar farm\n\n' +
      'Corrigan Renewables, the Madrid solar developer, has secured €85 million of project-finance loans to build a 140-megawatt solar farm near Badajoz. ' +
      'Banco Tajo and Nordhavn Bank provided the 18-year loans to the project company, Solar Campo Alto SL, which will sell the farm’s power to a supermarket chain under a 12-year contract. ' +
      'Construction starts in April and the plant should connect to the grid in late 2027.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub34-33',
    style: 'business',
    phenomenon:
      'private_equity_buyout,price_stated,founders_and_vc_selling,earlier_series_b_same_company,kind_acquisition,not_a_round',
    source: 'Ohio Valley Business Ledger',
    text:
      'Granitegate Partners to buy Columbus fleet-software maker Routeway for $640 million\n\n' +
      'Private-equity firm Granitegate Partners has agreed to buy Routeway, the Columbus company whose software plans routes and maintenance for delivery fleets, for $640 million. ' +
      'Routeway’s founders and Cedar Hollow Capital, which invested $30 million in the company’s Series B in 2021, will sell all of their shares. ' +
      'The deal is expected to close in the second quarter. Routeway employs 380 people and will keep its headquarters in Columbus.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Routeway'],
  },
  {
    id: 'ub34-34',
    style: 'business',
    phenomenon: 'sports_team_stake_sale,existing_shares_from_owning_family,no_new_shares,club_valuation_trap,not_a_round',
    source: 'Sports Business West',
    text:
      'Larchmont Sports Capital buys 30% of Bristol Wyverns\n\n' +
      'Larchmont Sports Capital, a New York sports investment firm, has agreed to buy a 30% stake in the rugby club Bristol Wyverns from the Penhallow family, in a deal that values the club at £120 million. ' +
      'The family will keep a controlling 70% stake. No new shares will be issued, so none of the money goes to the club itself, chief executive Gareth Lloyd said, adding that Larchmont would help the club find sponsors in the US.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub34-35',
    style: 'business',
    phenomenon: 'corporate_capex_plan,plant_investment,own_cash_and_credit_lines,jobs_count_trap,tax_credit_trap,not_a_round',
    source: 'Midwest Food Business',
    text:
      'Grafton Foods to spend $350 million on Iowa plant\n\n' +
      'Grafton Foods, the privately held maker of frozen pizza and snacks, will spend $350 million on a new plant in Cedar Rapids, Iowa, creating about 400 jobs. ' +
      'The company will pay for it from its own cash and existing credit lines, chief financial officer Dana Pruitt said, and the state has offered $12 million in tax credits. ' +
      'Production is due to start in 2028.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub34-36',
    style: 'wire',
    phenomenon: 'government_subsidy_package,industry_wide,per_company_cap_trap,startup_named_with_earlier_round,not_a_round',
    source: 'Iberia Business Wire',
    text:
      'Portugal unveils €400 million subsidy package for battery makers\n\n' +
      'Portugal’s economy ministry announced a €400 million package of grants and tax breaks for companies that make battery cells, cathodes and recycling equipment in the country. ' +
      'No company can receive more than €60 million, and applications open in May. ' +
      'Among the companies expected to apply is Tagus Cell, a Lisbon startup that raised a €25 million Series A last year.',
    kind: 'other',
    rounds: [],
    prior: ['Tagus Cell'],
  },
  {
    id: 'ub34-37',
    style: 'business',
    phenomenon: 'revenue_milestone,arr_headline,recalls_all_earlier_rounds,no_plans_to_raise,not_a_round',
    source: 'Puget Sound Business Ledger',
    text:
      'Cobaltine passes $100 million in annual recurring revenue\n\n' +
      'Cobaltine, the Seattle expense-management software company, said its annual recurring revenue passed $100 million in February, eight years after it was founded. ' +
      'The company has raised $140 million in total across a seed round, a Series A and a $90 million Series B in 2023, and chief executive Priya Natarajan said it had no plans to raise again: ' +
      '"We’ve been profitable since last summer, and we still have most of the Series B in the bank."',
    kind: 'other',
    rounds: [],
    prior: ['Cobaltine'],
  },
  {
    id: 'ub34-38',
    style: 'wire',
    phenomenon: 'ipo_pricing,sek_offering_trap,valuation_trap,earlier_series_c_same_company,not_a_round',
    source: 'Nordic Markets Wire',
    text:
      'Klarvik prices Stockholm IPO at top of range\n\n' +
      'Swedish payments company Klarvik priced its initial public offering at SEK 92 per share, the top of the range, raising SEK 1.8 billion and valuing the company at about SEK 9 billion. ' +
      'Trading starts on Wednesday in Stockholm. Klarvik raised SEK 600 million in a Series C in 2022 led by Östermalm Growth.',
    kind: 'ipo',
    rounds: [],
    prior: ['Klarvik'],
  },
  {
    id: 'ub34-39',
    style: 'business',
    phenomenon: 'startup_acquired,price_stated_cash,total_raised_trap,earlier_series_b_same_company,not_a_round',
    source: 'Austin Tech Ledger',
    text:
      'Telvane buys Austin’s Gridnote for $310 million in cash\n\n' +
      'Telvane, the Nasdaq-listed maker of building-management systems, has agreed to buy Gridnote, an Austin startup whose software tracks energy use in office towers, for $310 million in cash. ' +
      'Gridnote raised $48 million from venture investors, including a $30 million Series B led by Pecan Street Ventures in 2024. ' +
      'Its 95 employees will join Telvane.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Gridnote'],
  },
  {
    id: 'ub34-40',
    style: 'press',
    phenomenon: 'vc_fund_close,fund_size_trap,cheque_size_trap,portfolio_rounds_recalled,not_a_round',
    source: 'Canopy Row Ventures',
    text:
      'DENVER, March 10, 2026 -- Canopy Row Ventures today announced the close of Canopy Row Ventures III, a $250 million fund that will lead Series A rounds in software for construction, manufacturing and logistics. ' +
      'The fund will invest $5 million to $12 million in each company. ' +
      'From its previous fund, Canopy Row led the Series A rounds of Ashgrove Labs and Pinecrest Robotics.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Ashgrove Labs', 'Pinecrest Robotics'],
  },
  {
    id: 'ub34-41',
    style: 'business',
    phenomenon: 'layoffs_story,recalls_last_series_c,headcount_trap,valuation_trap,not_a_round',
    source: 'Front Range Business Journal',
    text:
      'Parcelnest lays off a third of its staff\n\n' +
      'Parcelnest, the Denver company that installs smart parcel lockers in apartment buildings, laid off 120 people, about a third of its workforce, on Monday. ' +
      'The cuts come 14 months after Parcelnest raised a $60 million Series C led by Mesa Verde Capital at a $500 million valuation. ' +
      'Chief executive Tom Brandt said in a memo that the company had grown faster than its sales.',
    kind: 'other',
    rounds: [],
    prior: ['Parcelnest'],
  },
  {
    id: 'ub34-42',
    style: 'business',
    phenomenon: 'mutual_fund_markdown,implied_valuation_trap,last_round_valuation_trap,earlier_series_e_same_company,not_a_round',
    source: 'Fund Filings Daily',
    text:
      'Fairhaven fund cuts value of Orrery Health stake by 38%\n\n' +
      'The Fairhaven Blue Chip Growth Fund marked down its holding in Orrery Health, the private virtual-clinic company, by 38% in January, according to its latest monthly disclosure. ' +
      'The markdown implies a valuation of about $1.9 billion for Orrery, against the $3.1 billion at which it raised its Series E in 2022. ' +
      'Orrery did not respond to a request for comment.',
    kind: 'other',
    rounds: [],
    prior: ['Orrery Health'],
  },
  {
    id: 'ub34-43',
    style: 'wire',
    phenomenon: 'rumour_denied_by_company,reported_raise_trap,reported_lead_trap,runway_from_earlier_series_b,not_a_round',
    source: 'Iberia Business Wire',
    text:
      'Alfama Labs denies it is raising new funds\n\n' +
      'Alfama Labs, the Lisbon maker of language-learning software for airline crews, denied on Tuesday a newsletter report that it was raising $200 million led by a US growth investor. ' +
      '"We are not raising. We have more than three years of runway from our 2024 Series B," a spokesperson said. Alfama raised $80 million in that round.',
    kind: 'other',
    rounds: [],
    prior: ['Alfama Labs'],
  },
  {
    id: 'ub34-44',
    style: 'business',
    phenomenon: 'lawsuit_over_investment,damages_trap,dilution_claim,earlier_seed_and_series_b_same_company,not_a_round',
    source: 'Austin Tech Ledger',
    text:
      'Early investor sues Cindervale over dilution\n\n' +
      'An early investor in Cindervale, the Austin startup that makes inspection drones for oil refineries, has sued the company and two of its directors in a Delaware state court, claiming it was unfairly diluted in the company’s 2024 Series B. ' +
      'Bexar Seed Partners, which led Cindervale’s $2 million seed round in 2020, says the Series B was priced to favour insiders and is seeking $45 million in damages. ' +
      'Cindervale said the claims were without merit.',
    kind: 'other',
    rounds: [],
    prior: ['Cindervale'],
  },
  {
    id: 'ub34-45',
    style: 'blog',
    phenomenon: 'reward_crowdfunding_still_open,pledges_above_goal_trap,backer_count_trap,unit_price_trap,not_a_round',
    source: 'Gadget Corner',
    text:
      'Pocket Aurora’s lamp campaign blows past its goal\n\n' +
      'The Pocket Aurora, a palm-sized lamp that mimics sunrise to wake you up, has drawn $340,000 in pledges from 2,900 backers on the crowdfunding site Backerly, against a goal of $50,000. ' +
      'The campaign has 12 days to run. Backers pay $89 for a lamp, which the two-person team in Portland, Oregon, expects to ship in September.',
    kind: 'other',
    rounds: [],
  },
];
