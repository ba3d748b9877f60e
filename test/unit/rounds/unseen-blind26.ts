// A twenty-sixth blind set for funding-round extraction: invented (companies, people, investors,
// outlets, PR wires and sentences made up for this project; only cities, countries, regions, public
// bodies, universities and stock exchanges are real) on 2026-12-07 by a writer who had not read
// src/rounds and did not run the extractor. Dates are written for the eval's fixed publish date
// (2026-03-10, a Tuesday): datelines are "March 9, 2026" (Monday) or "March 10, 2026" (the day itself),
// "January" is January 2026 and "last year" is 2025.
// Theme: company press releases and the newsrooms that publish them, as their feeds deliver them.
// Styles: PR-wire releases with datelines ("AUSTIN, Texas, March 9, 2026 /Lonestar Release Wire/ --")
// and subheadlines; the company's voice ("today announced the close of its $32 million Series B
// financing", "is pleased to announce that it has closed", "has today announced"); CEO and lead-partner
// quotes; "About <Company>" and "About <Investor>" boilerplate (investors' AUM, fund sizes, earlier
// deals); "Forward-Looking Statements"; media-contact blocks; "Notes to editors"; a Japanese
// "Company overview" block; an investor's own newsroom announcing the round it led; a founder's
// post on the company blog; a "CORRECTION --" re-issue; a "Statement regarding press speculation";
// a company newsroom's list of releases. British English (Edinburgh, Bristol, Cardiff, Kendal) and
// Indian English ("Bengaluru, March 9, 2026:", "INR 85 crore (approximately USD 9.8 million)",
// "Speaking on the development", "kindly contact"); Irish, Australian, Canadian, Swiss, German,
// Norwegian, Danish, French, Israeli, Singaporean and Japanese releases in English.
// Phenomena: legal suffixes on the company (Inc., Ltd, Limited, GmbH, AG, AS, ApS, SAS, Pty Ltd,
// Pte. Ltd., Pvt. Ltd., Private Limited) and on a corporate investor (ASA); a name in all caps in the
// dateline sentence ("PALISADE FORGE"); defined short names ("Corrie Analytics Ltd (“Corrie”)");
// amounts with conversions (GBP, EUR, CHF, NOK, JPY, INR, AUD; USD first with "~INR 30 crore"); a
// release whose amounts are Canadian dollars only by a footnote; a lead named only in the lead
// partner's quote ("Halberd Peak is proud to lead this round") and a co-lead named only in a quote
// ("proud to co-lead this round alongside Carmel Ridge Capital"); the round in the subheadline of a
// product-launch release; "co-led by"; "Limmat Deep Tech led the round, joined by"; public bodies
// investing (Scottish Enterprise, Bayern Kapital, BDC Capital, the Clean Energy Finance Corporation,
// Bpifrance, Enterprise Ireland); traps beside the round: total raised, AUM and fund sizes in investor
// boilerplate, residents, denied-claim costs, GMV, megawatts, order values, pipelines, project
// finance, TEUs, tonnes, ESOP pools, freight spend, valuation of a crowdfunding round, cost share,
// earlier rounds of the same company and earlier grants to it. In-talks: a signed term sheet "to be
// led by" with existing investors "expected to participate"; a brewery's crowdfunding round opening
// today "seeking to raise up to £1.5 million"; a Danish "intention to raise up to €25 million" with a
// financial adviser appointed; an Indian "binding term sheet" with a lead that "will lead the round";
// a statement confirming "early discussions … regarding a Series C financing" with no size.
// Distractors (rounds: []): a product launch after a past Series A; a delivery partnership by a
// company that raised in January; a new European office; an award with "has raised $40 million to
// date"; a customer milestone; a CFO hire whose previous employer's IPO is mentioned; an ARR milestone;
// a biotech's conference presentation with its Series A in the boilerplate; a Canadian supply
// agreement "valued at approximately $30 million"; a newsroom page whose newest item is an executive
// hire and whose January item is a Series A; a U.S. Department of Energy award and an Innovate UK grant
// (all kind 'other'); a company acquiring a seed-funded startup and a corporate agreeing to acquire a
// venture-backed startup (kind 'acquisition'); a VC's $350 million Fund III final close and an Indian
// VC's first close of a Rs 600 crore Fund II (kind 'fund_close'); an IPO pricing (kind 'ipo').
// Conventions (those of checks.ts, unseen-blind14.ts and unseen-blind20.ts, plus): company as the text
// first names it, without its legal suffix and not as its defined short form ("Corrie Analytics Ltd
// (“Corrie”)" is "Corrie Analytics", "Kalpaka Agritech Private Limited" is "Kalpaka Agritech",
// "PALISADE FORGE" is "Palisade Forge" as the release writes it everywhere else); investors likewise
// without legal suffixes ("Hvaler Offshore ASA" is "Hvaler Offshore"); amount in the currency first
// stated (ISO code when not USD): "INR 85 crore" is 8.5e8 INR, "1.2 billion yen" 1.2e9 JPY, "a $15
// million Series A" in a release that ends "All dollar amounts … are in Canadian dollars" is 1.5e7 CAD,
// "USD 3.5 million (~INR 30 crore)" 3.5e6 USD; `lead` where the text says who led or co-led,
// including a lead partner's quote that says their firm is proud to lead or co-lead the round, and an
// investor's own release saying it "has led" the round; in talks, a lead the round is "to be led by"
// or who "will lead"; `other` for named participants, including named angels and public bodies, not
// financial advisers, customers or investors that merely "indicated their support". A grant from a
// public body to one company is NOT a round (no shares are issued and nobody invests): it is kind
// 'other' with rounds: [], and the two grant releases mention no other financing of the company, so
// a round extracted from either counts as a false round. A "CORRECTION" re-issue is a round at the
// corrected amount. A newsroom page listing earlier releases is labelled by its newest item; the
// January round in it is background. Round types: pre-Series A and a crowdfunding round with no stage
// are 'unknown'; "a $4 million extension of its seed round" is 'extension'; a corporate's "strategic
// investment" is 'strategic'. `prior` lists only companies without a new round in the same text
// (earlier rounds of a company that has a new round are not listed). Labelled by hand; a reader of
// each text should agree with every label.
// First look (2026-12-07 14:37, no rule changed for it; measured after the fixes for unseen-blind21.ts
// to unseen-blind24.ts): company F1 0.800 (P 0.75 / R 0.86), amount 100 %, type 100 %, lead F1 0.800,
// 3 false rounds (an acquired company's funding to date, a grant, a background round) and 5 wrong
// names. After the fixes (blind25-ways.test.ts): see README Quality. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND26: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub26-01',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,subheadline_total_raised_trap,inc_suffix,today_announced_the_close_of_its,existing_and_new_investors,investor_boilerplate_aum_trap,residents_trap,media_contact,series_b',
    title: 'Brakewater Raises $32 Million Series B to Bring Predictive Leak Detection to Mid-Sized Water Utilities',
    source: 'Lonestar Release Wire',
    text:
      'Funding led by Corvane Partners will take the platform to 200 more utilities; total capital raised reaches $47 million\n\n' +
      'AUSTIN, Texas, March 9, 2026 /Lonestar Release Wire/ -- Brakewater, Inc., the maker of predictive maintenance software for municipal water utilities, today announced the close of its $32 million Series B financing led by Corvane Partners. Existing investors Pinecrest Ventures and Lockhart Capital also participated, alongside new investor Mesquite Growth.\n\n' +
      'Brakewater’s platform combines acoustic sensors on water mains with each utility’s work-order history to predict which pipe segments are most likely to fail. Utilities using the system have cut non-revenue water losses by an average of 18 percent, the company said, and its customers now serve a combined 6.1 million residents in 14 states.\n\n' +
      '"Most utilities find out a main has failed when the street floods," said Teodora Vance, co-founder and CEO of Brakewater. "This funding lets us put a warning in front of crews weeks earlier, in towns that could never afford a data science team of their own."\n\n' +
      '"Brakewater is the first company we have seen that utilities keep paying for after the pilot ends," said Grant Ellery, Managing Partner at Corvane Partners, who will join Brakewater’s board of directors.\n\n' +
      'About Brakewater\nFounded in 2021 and headquartered in Austin, Brakewater helps water utilities find and fix failing pipes before they break. Learn more at brakewater.io.\n\n' +
      'About Corvane Partners\nCorvane Partners is a Dallas-based growth equity firm with more than $2.4 billion in assets under management across four funds. It invests $15 million to $60 million in vertical software and infrastructure technology companies.\n\n' +
      'Media Contact\nLaurel Quint\nBrakewater\npress@brakewater.io',
    kind: 'round',
    rounds: [
      {
        company: 'Brakewater',
        amount: 32e6,
        roundType: 'series_b',
        lead: ['Corvane Partners'],
        other: ['Pinecrest Ventures', 'Lockhart Capital', 'Mesquite Growth'],
      },
    ],
  },
  {
    id: 'ub26-02',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,lead_only_in_partner_quote,proud_to_lead_this_round,round_included_participation_from,industry_cost_trap,practices_trap,earlier_seed_same_company,series_a',
    title: 'Quillfeather Secures $14 Million Series A to Cut Coding Denials for Outpatient Clinics',
    source: 'Bayline Newswire',
    text:
      'SAN FRANCISCO, March 10, 2026 /Bayline Newswire/ -- Quillfeather, the AI-assisted medical coding platform for outpatient clinics, today announced it has raised $14 million in Series A funding. The round included participation from Redfern Ventures and Sutro Street Angels, both of which backed the company’s seed round in 2024.\n\n' +
      'Quillfeather reviews each visit note before a claim is submitted and flags codes that payers are likely to reject. Clinics using it have seen first-pass denial rates fall from 11 percent to under 4 percent, according to the company, which now works with more than 900 practices.\n\n' +
      '"Reworking denied claims costs U.S. providers billions of dollars a year, and small clinics feel it most," said Mira Castellanos, General Partner at Halberd Peak Capital, who joins Quillfeather’s board. "Halberd Peak is proud to lead this round and to back a team that has lived the problem from inside the billing office."\n\n' +
      '"We built Quillfeather for the office manager who is also the biller," said co-founder and CEO Dev Ramaswamy. "With this round we will double our engineering team and add dental and behavioral health coding."\n\n' +
      'About Halberd Peak Capital\nHalberd Peak Capital is an early-stage healthcare investor based in Menlo Park, California, managing $780 million across three funds.\n\n' +
      'Contact: Nadia Fell, nadia@quillfeather.ai',
    kind: 'round',
    rounds: [
      {
        company: 'Quillfeather',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Halberd Peak Capital'],
        other: ['Redfern Ventures', 'Sutro Street Angels'],
      },
    ],
  },
  {
    id: 'ub26-03',
    style: 'press',
    phenomenon:
      'british_english,ltd_suffix,defined_short_name,has_today_announced,gbp_m_suffix_with_usd_conversion,public_body_participant,existing_investor,homes_trap,headcount_trap,notes_to_editors_fund_size_trap,earlier_seed_same_company,series_a',
    title: 'Corrie Analytics raises £12m Series A to help housing associations tackle damp and mould',
    source: 'Saltire Newsdesk',
    text:
      'EDINBURGH, 9 March 2026 — Corrie Analytics Ltd (“Corrie”), the Edinburgh-based organisation whose sensors and software help social landlords identify homes at risk of damp and mould, has today announced a £12m (c. $15.4m) Series A funding round led by Larkhill Ventures, with participation from Scottish Enterprise and existing investor Firthside Angels.\n\n' +
      'The investment follows a £2.5m seed round in 2024 and will be used to expand into England and Wales, whilst growing the team from 38 to 70 over the next eighteen months. Corrie’s monitors are currently installed in more than 41,000 homes belonging to 60 housing associations and councils.\n\n' +
      'Dr Isla Murchison, co-founder and chief executive of Corrie, said: “Every landlord now accepts that damp is a health issue, not a cosmetic one. This funding means we can get ahead of the problem in hundreds of thousands more homes.”\n\n' +
      'Owen Pryce, Partner at Larkhill Ventures, added: “Corrie has built something rare: a product that tenants, landlords and regulators all want to see in place. We are delighted to be leading this round.”\n\n' +
      'Notes to editors\nLarkhill Ventures is a London-based venture capital firm investing in climate and built-environment technology. Its second fund closed at £210m in 2025.\n\n' +
      'For further information please contact: Kirsty Lennox, Corrie Analytics, kirsty.lennox@corrie.co.uk, +44 (0)131 496 0321',
    kind: 'round',
    rounds: [
      {
        company: 'Corrie Analytics',
        amount: 12e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Larkhill Ventures'],
        other: ['Scottish Enterprise', 'Firthside Angels'],
      },
    ],
  },
  {
    id: 'ub26-04',
    style: 'press',
    phenomenon:
      'indian_english,private_limited_suffix,inr_crore_with_usd_conversion,round_also_saw_participation_from_existing_investors,named_angel_participant,angel_affiliation_company_trap,gmv_crore_trap,farmers_trap,investor_aum_crore_trap,kindly_contact,series_a',
    title: 'Kalpaka Agritech raises INR 85 crore in Series A led by Vindhya Growth Partners',
    source: 'Bharat Release Network',
    text:
      'Bengaluru, March 9, 2026: Kalpaka Agritech Private Limited, a farm-to-retail platform for coconut and arecanut growers, today announced that it has raised INR 85 crore (approximately USD 9.8 million) in its Series A funding round led by Vindhya Growth Partners. The round also saw participation from existing investors Hampi Ventures and Tungabhadra Capital, along with angel investors including Rakesh Iyengar, co-founder of the dairy brand Mallige Dairy.\n\n' +
      'The company will utilise the funds to set up 40 new collection centres across Karnataka, Kerala and Tamil Nadu, strengthen its cold-chain infrastructure and expand its team. Kalpaka currently procures from over 22,000 farmers and clocked a GMV of INR 310 crore in FY25.\n\n' +
      'Speaking on the development, Shreya Hegde, Co-founder and CEO, Kalpaka Agritech, said, "Our farmers have always been price-takers. With this fund raise, we will be able to give them assured offtake and payment within 48 hours of every pickup."\n\n' +
      'Commenting on the investment, Arvind Mathur, Managing Partner, Vindhya Growth Partners, said, "Kalpaka has built deep trust with growers in a category that organised players have largely ignored."\n\n' +
      'About Vindhya Growth Partners\nVindhya Growth Partners is a SEBI-registered Category II Alternative Investment Fund manager with assets under management of over INR 4,200 crore across three funds.\n\n' +
      'For media queries, kindly contact: media@kalpaka.in',
    kind: 'round',
    rounds: [
      {
        company: 'Kalpaka Agritech',
        amount: 8.5e8,
        currency: 'INR',
        roundType: 'series_a',
        lead: ['Vindhya Growth Partners'],
        other: ['Hampi Ventures', 'Tungabhadra Capital', 'Rakesh Iyengar'],
      },
    ],
  },
  {
    id: 'ub26-05',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,gmbh_suffix,eur_with_usd_conversion,subheadline_co_led,co_led_by,public_body_participant,returning_seed_investor,megawatts_trap,investor_aum_trap,series_a',
    title: 'Brennholz Analytics Raises €18 Million Series A to Optimise Industrial Heat',
    source: 'Alpenwire',
    text:
      'Co-led by Isar Valley Capital and Nordlicht Ventures, the financing will fund expansion into Austria, Italy and the Nordics\n\n' +
      'MUNICH, March 10, 2026 /Alpenwire/ -- Brennholz Analytics GmbH, a provider of software that schedules industrial heat pumps and thermal storage against power prices, today announced €18 million (approximately $19.6 million) in Series A financing. The round was co-led by Isar Valley Capital and Nordlicht Ventures, with participation from Bayern Kapital and returning seed investor Kochelsee Partners.\n\n' +
      'Manufacturers using Brennholz have shifted an average of 37 percent of their process-heat demand into low-price hours, the company said. Its software currently controls 410 megawatts of thermal capacity at 85 sites, from breweries to paper mills.\n\n' +
      '"Electrifying heat only pays off if you run it at the right hour," said Dr. Jonas Aumüller, CEO and co-founder of Brennholz Analytics. "Our customers want to stop burning gas, and we make the numbers work."\n\n' +
      'About Nordlicht Ventures\nNordlicht Ventures is a Hamburg-based climate technology investor with €650 million under management. It backs companies from Series A onwards.\n\n' +
      'Press contact: Lena Hartig, presse@brennholz-analytics.de',
    kind: 'round',
    rounds: [
      {
        company: 'Brennholz Analytics',
        amount: 18e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Isar Valley Capital', 'Nordlicht Ventures'],
        other: ['Bayern Kapital', 'Kochelsee Partners'],
      },
    ],
  },
  {
    id: 'ub26-06',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,all_caps_name_in_dateline_sentence,has_closed,unnamed_operator_angels,gas_savings_trap,customers_trap,seed',
    title: 'Palisade Forge Closes $8.5 Million Seed Round to Automate Heat-Treatment Shops',
    source: 'Front Range PR Wire',
    text:
      'DENVER, March 9, 2026 /Front Range PR Wire/ -- PALISADE FORGE, a Denver startup that retrofits industrial furnaces with sensors and control software, today announced that it has closed an $8.5 million seed round. The round was led by Castlewood Canyon Ventures, with participation from Blue Mesa Capital, Arapahoe Angels and several operators from the aerospace supply chain.\n\n' +
      'Palisade Forge’s system logs every furnace cycle for the audit trails that aerospace and defense customers require, and adjusts ramp rates to save fuel. The company said its first 19 customer shops have cut natural gas use by 12 percent on average.\n\n' +
      '"Heat treaters have been filling out paper charts by hand for fifty years," said Marcus Oyelaran, founder and CEO of Palisade Forge. "We give them a record their customers trust and a lower gas bill at the same time."\n\n' +
      'About Palisade Forge\nPalisade Forge builds control systems for the metal heat-treatment industry. The company was founded in 2023 and employs 16 people.\n\n' +
      'Media: press@palisadeforge.com',
    kind: 'round',
    rounds: [
      {
        company: 'Palisade Forge',
        amount: 8.5e6,
        roundType: 'seed',
        lead: ['Castlewood Canyon Ventures'],
        other: ['Blue Mesa Capital', 'Arapahoe Angels'],
      },
    ],
  },
  {
    id: 'ub26-07',
    style: 'press',
    phenomenon:
      'investor_newsroom,investor_has_led,also_participating_were,named_angel_participant,fund_size_trap,aum_trap,earlier_deals_of_investor_background,seed',
    title: 'Harwick Street Ventures Leads $6 Million Seed Round in Nightjar',
    source: 'Harwick Street Ventures — News',
    text:
      'Harwick Street Ventures today announced that it has led the $6 million seed round of Nightjar, a Chicago-based company building overnight delivery routing software for regional grocery distributors. Also participating in the round were Wacker Drive Capital, Lakeshore Operators Fund and angel investor Priya Venkataraman.\n\n' +
      'Nightjar plans routes for trucks that deliver to stores between midnight and 6 a.m., when receiving docks are thinly staffed and delivery windows are narrow. In pilots with three distributors, it cut late deliveries by half.\n\n' +
      '"Nightjar is solving a problem that every distributor we talk to raises in the first five minutes," said Colleen Abara, Partner at Harwick Street Ventures, who will join Nightjar’s board.\n\n' +
      'The investment is the ninth from Harwick Street Ventures Fund III, a $150 million fund that closed in September 2025. The firm manages $410 million across three funds and previously led the seed rounds of Tollgate Freight and Brindle Cold Chain.\n\n' +
      'About Harwick Street Ventures\nHarwick Street Ventures is a Chicago seed-stage firm investing in supply chain and industrial software.',
    kind: 'round',
    rounds: [
      {
        company: 'Nightjar',
        amount: 6e6,
        roundType: 'seed',
        lead: ['Harwick Street Ventures'],
        other: ['Wacker Drive Capital', 'Lakeshore Operators Fund', 'Priya Venkataraman'],
      },
    ],
    prior: ['Tollgate Freight', 'Brindle Cold Chain'],
  },
  {
    id: 'ub26-08',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,biotech,inc_suffix,oversubscribed,new_and_existing_investors,total_raised_trap,board_seat,forward_looking_statements,use_of_proceeds,series_c',
    title: 'Sablewing Therapeutics Announces $75 Million Oversubscribed Series C Financing to Advance SWT-204 into Phase 2',
    source: 'Helix PR Wire',
    text:
      'BOSTON, March 9, 2026 /Helix PR Wire/ -- Sablewing Therapeutics, Inc. ("Sablewing"), a clinical-stage biotechnology company developing oral therapies for fibrotic kidney disease, today announced the closing of an oversubscribed $75 million Series C financing. The financing was led by Greyfen Bio Partners, with participation from new investors Ostlund Capital and Marrow Peak Ventures, as well as existing investors Charlesgate Ventures and Beacon Hill Life Sciences Fund. Sablewing has raised a total of $128 million since its founding in 2020.\n\n' +
      'Proceeds will fund a Phase 2 trial of SWT-204 in patients with focal segmental glomerulosclerosis, expected to begin dosing in the second half of 2026, and advance a second program toward an Investigational New Drug application.\n\n' +
      '"The strength of this syndicate reflects the Phase 1 data we reported in November," said Helen Orsatti, Ph.D., Chief Executive Officer of Sablewing. "We are now funded through the Phase 2 readout."\n\n' +
      'In connection with the financing, Tomas Reyna, M.D., Partner at Greyfen Bio Partners, will join Sablewing’s Board of Directors.\n\n' +
      'About Sablewing Therapeutics\nSablewing Therapeutics is developing small-molecule medicines that slow or reverse scarring in the kidney. The company is based in Boston.\n\n' +
      'Forward-Looking Statements\nThis press release contains forward-looking statements, including statements regarding the anticipated use of proceeds from the financing, the timing of the planned Phase 2 trial and the period through which Sablewing expects its cash to fund operations. Actual results may differ materially from those indicated by these statements as a result of various factors, including the need to raise additional capital, the uncertainties of clinical development and regulatory review. Sablewing undertakes no obligation to update these statements.\n\n' +
      'Investor and Media Contact\nCaroline Hesketh\nchesketh@sablewingtx.com',
    kind: 'round',
    rounds: [
      {
        company: 'Sablewing Therapeutics',
        amount: 75e6,
        roundType: 'series_c',
        lead: ['Greyfen Bio Partners'],
        other: ['Ostlund Capital', 'Marrow Peak Ventures', 'Charlesgate Ventures', 'Beacon Hill Life Sciences Fund'],
      },
    ],
  },
  {
    id: 'ub26-09',
    style: 'press',
    phenomenon:
      'company_newsroom_dateline,extension_of_seed_round,bringing_total_seed_to_trap,led_by_existing_investor,new_participation_from,loan_volume_trap,series_a_not_yet_trap,extension',
    title: 'Tern Ledger Adds $4 Million Seed Extension as Demand from Credit Unions Grows',
    source: 'Tern Ledger Newsroom',
    text:
      'CHARLOTTE, N.C., March 10, 2026 -- Tern Ledger, which automates loan-participation accounting for credit unions, today announced a $4 million extension of its seed round, bringing total seed financing to $11 million. The extension was led by existing investor Piedmont Crescent Ventures, with new participation from Catawba Fintech Partners.\n\n' +
      'Credit unions on the platform have bought or sold more than $2.3 billion in loan participations since Tern Ledger launched in 2023, and 30 new institutions signed contracts in the fourth quarter alone.\n\n' +
      '"We were not planning to raise this year," said CEO Aaron Whitlock. "Rather than rush into a Series A, we chose to extend the seed with the people who already know us and keep building."\n\n' +
      'About Tern Ledger\nTern Ledger is based in Charlotte and serves more than 140 credit unions in 22 states.\n\n' +
      'Media contact: news@ternledger.com',
    kind: 'round',
    rounds: [
      {
        company: 'Tern Ledger',
        amount: 4e6,
        roundType: 'extension',
        lead: ['Piedmont Crescent Ventures'],
        other: ['Catawba Fintech Partners'],
      },
    ],
  },
  {
    id: 'ub26-10',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,as_suffix,corporate_investor_asa_suffix,nok_with_usd_conversion,strategic_investment_from,order_value_trap,earlier_public_grant_same_company,listed_investor_fleet_trap,strategic',
    title: 'Havtorn Marine receives NOK 60 million strategic investment from Hvaler Offshore',
    source: 'Nordic Release Wire',
    text:
      'OSLO, Norway, March 9, 2026 /Nordic Release Wire/ -- Havtorn Marine AS, a developer of battery-hybrid retrofit systems for offshore supply vessels, today announced a NOK 60 million (approximately USD 5.7 million) strategic investment from Hvaler Offshore ASA. As part of the agreement, Hvaler Offshore will retrofit four of its platform supply vessels with Havtorn’s system over the next two years, an order valued at approximately NOK 45 million.\n\n' +
      'Havtorn’s system cuts fuel use on a typical supply vessel by around 20 percent during standby at offshore installations. The company received NOK 12 million in support from Enova for its first full-scale installation in 2024.\n\n' +
      '"Having a shipowner on our cap table tells the rest of the market that this works at sea, not just on paper," said Ingrid Solheim, CEO of Havtorn Marine.\n\n' +
      'About Hvaler Offshore\nHvaler Offshore ASA is listed on the Oslo Stock Exchange and operates a fleet of 34 offshore vessels serving energy installations in the North Sea.\n\n' +
      'Contact: Erik Vangsnes, +47 400 00 000',
    kind: 'round',
    rounds: [
      {
        company: 'Havtorn Marine',
        amount: 6e7,
        currency: 'NOK',
        roundType: 'strategic',
        other: ['Hvaler Offshore'],
      },
    ],
  },
  {
    id: 'ub26-11',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,ag_suffix,university_spin_off,chf_with_usd_conversion,investor_led_the_round_joined_by,unnamed_existing_investors,earlier_rounds_total_trap,earlier_grant_same_company,dams_trap,series_a',
    title: 'Glärnisch Robotics closes CHF 9.5 million Series A for dam and bridge inspection robots',
    source: 'Alpenwire',
    text:
      'ZURICH, Switzerland, March 10, 2026 /Alpenwire/ -- Glärnisch Robotics AG, an ETH Zurich spin-off that builds climbing robots for inspecting concrete dams and bridges, today announced the close of a CHF 9.5 million (USD 10.8 million) Series A financing round. Limmat Deep Tech led the round, joined by Uetliberg Capital and the company’s existing investors.\n\n' +
      'Glärnisch previously raised CHF 2.8 million in pre-seed and seed funding and received an Innosuisse innovation project grant in 2024. Its robots have inspected 120 dams in Switzerland, Austria and France, replacing rope-access teams on walls up to 200 metres high.\n\n' +
      '"Inspectors should be reading data, not hanging from ropes," said Dr. Selina Brunner, CEO of Glärnisch Robotics. The company will use the funds to build a fleet of 40 robots and open a service hub in Lyon.\n\n' +
      'Media contact: media@glaernisch-robotics.ch',
    kind: 'round',
    rounds: [
      {
        company: 'Glärnisch Robotics',
        amount: 9.5e6,
        currency: 'CHF',
        roundType: 'series_a',
        lead: ['Limmat Deep Tech'],
        other: ['Uetliberg Capital'],
      },
    ],
  },
  {
    id: 'ub26-12',
    style: 'blog',
    phenomenon:
      'company_blog_post,first_person_plural,m_suffix_amount,investor_led_the_round,named_angel_with_affiliation,unnamed_customer_angels,permit_days_trap,headcount_trap,pre_seed',
    title: 'Announcing our $2.1M pre-seed',
    source: 'Lintel Blog',
    text:
      'Posted March 9, 2026 by Sam Okafor, co-founder\n\n' +
      'Today we’re excited to share that Lintel has raised a $2.1M pre-seed round. Wren Hollow Capital led the round, and we’re grateful to Tamsin Reyes (founder of Framehouse), Oriel Fund and a handful of builders from our beta who wrote personal checks.\n\n' +
      'When we started Lintel a year ago, a permit for a single-family addition in our beta cities took 94 days on average. Builders using Lintel got theirs in 51. We do it by checking plans against each city’s code before they are submitted and by tracking every reviewer comment in one place.\n\n' +
      'What’s next: we’re hiring two engineers and a permit specialist, and adding Tucson and Mesa this spring. Lintel is a five-person team in Phoenix, and if this sounds like your kind of problem, write to us at hello@lintel.build.',
    kind: 'round',
    rounds: [
      {
        company: 'Lintel',
        amount: 2.1e6,
        roundType: 'pre_seed',
        lead: ['Wren Hollow Capital'],
        other: ['Tamsin Reyes', 'Oriel Fund'],
      },
    ],
  },
  {
    id: 'ub26-13',
    style: 'press',
    phenomenon:
      'japanese_release_in_english,inc_suffix,jpy_billion_with_usd_conversion,third_party_allotment,cumulative_funding_trap,gigawatts_trap,company_overview_block,lead_investor_comment_heading,series_b',
    title: 'Kumorigata Raises 1.2 Billion Yen in Series B to Expand Solar Output Forecasting',
    source: 'Asia Pacific Release Desk',
    text:
      'TOKYO, March 10, 2026 /Asia Pacific Release Desk/ -- Kumorigata Inc. (Headquarters: Chuo-ku, Tokyo; CEO: Haruto Ishizaki), which provides short-term solar output forecasts to power producers and grid operators, today announced that it has raised 1.2 billion yen (approximately US$8.1 million) in a Series B round through a third-party allotment of new shares. The round was led by Sumida River Capital, with participation from Hamarikyu Partners and Kanda Innovation Fund. This brings Kumorigata’s cumulative funding to 2.05 billion yen.\n\n' +
      'Background of the fund-raising\nJapan’s installed solar capacity now exceeds 90 gigawatts, and producers selling under the feed-in premium scheme pay for any gap between forecast and actual output. Kumorigata’s forecasts have reduced those imbalance charges by 30 percent for its customers.\n\n' +
      'Use of funds\nThe funds will be used to hire meteorologists and engineers, expand the service to wind power and enter the Taiwanese market.\n\n' +
      'Comment from the lead investor\nAyaka Morimoto, Partner, Sumida River Capital: "Kumorigata turns the weather into a number that a trading desk can act on."\n\n' +
      'Company overview\nCompany name: Kumorigata Inc.\nLocation: Chuo-ku, Tokyo\nEstablished: April 2021\nRepresentative: Haruto Ishizaki, CEO\nBusiness: Solar power output forecasting',
    kind: 'round',
    rounds: [
      {
        company: 'Kumorigata',
        amount: 1.2e9,
        currency: 'JPY',
        roundType: 'series_b',
        lead: ['Sumida River Capital'],
        other: ['Hamarikyu Partners', 'Kanda Innovation Fund'],
      },
    ],
  },
  {
    id: 'ub26-14',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,product_launch_headline,round_in_subheadline,company_also_announced,freight_spend_trap,invoice_value_trap,series_a',
    title: 'Lanternfish Launches Audit Copilot to Catch Freight Invoice Errors Before They Are Paid',
    source: 'Gulf Coast Newsline',
    text:
      'Company also announces $11 million Series A led by Marlin Rock Ventures\n\n' +
      'HOUSTON, March 10, 2026 /Gulf Coast Newsline/ -- Lanternfish, the freight audit and payment platform for mid-market shippers, today launched Audit Copilot, an assistant that reads carrier invoices, bills of lading and rate confirmations and flags overcharges before invoices are approved. The company also announced that it has raised $11 million in Series A funding led by Marlin Rock Ventures, with participation from Bayou City Seed and Galveston Bay Partners.\n\n' +
      'Lanternfish customers run more than $1.8 billion in annual freight spend through the platform. In early testing, Audit Copilot found errors on 6.2 percent of invoices, worth an average of $410 each.\n\n' +
      '"Shippers know they are being overbilled, they just cannot read every invoice," said Renata Solis, CEO of Lanternfish. "Now something can."\n\n' +
      'Audit Copilot is available today to all Lanternfish customers at no additional charge through June 30.',
    kind: 'round',
    rounds: [
      {
        company: 'Lanternfish',
        amount: 11e6,
        roundType: 'series_a',
        lead: ['Marlin Rock Ventures'],
        other: ['Bayou City Seed', 'Galveston Bay Partners'],
      },
    ],
  },
  {
    id: 'ub26-15',
    style: 'press',
    phenomenon:
      'canadian_release,inc_suffix,defined_terms,is_pleased_to_announce,cad_only_by_footnote,crown_corporation_participant,unnamed_existing_shareholders,workers_trap,investor_aum_trap,series_a',
    title: 'Birchrun Health Closes $15 Million Series A Financing',
    source: 'Maple Newsline',
    text:
      'TORONTO, March 9, 2026 /Maple Newsline/ - Birchrun Health Inc. ("Birchrun" or the "Company"), a provider of virtual physiotherapy for workplace injury claims, is pleased to announce that it has closed a $15 million Series A financing (the "Financing"). The Financing was led by Laurentian Peak Capital, with participation from BDC Capital and existing shareholders.\n\n' +
      'Proceeds of the Financing will be used to expand Birchrun’s services to British Columbia and Alberta and to integrate with provincial workers’ compensation boards. Birchrun has treated more than 48,000 injured workers since 2022 and says its patients return to work 23 days sooner on average.\n\n' +
      '"Every week an injured worker waits for a clinic appointment is a week of lost wages and lost output," said Élise Fortier, Chief Executive Officer of Birchrun.\n\n' +
      'About Laurentian Peak Capital\nLaurentian Peak Capital is a Montréal-based venture firm with over $900 million in assets under management.\n\n' +
      'All dollar amounts in this news release are in Canadian dollars unless otherwise stated.\n\n' +
      'For further information: Rachel Dubé, Birchrun Health Inc., media@birchrun.ca',
    kind: 'round',
    rounds: [
      {
        company: 'Birchrun Health',
        amount: 15e6,
        currency: 'CAD',
        roundType: 'series_a',
        lead: ['Laurentian Peak Capital'],
        other: ['BDC Capital'],
      },
    ],
  },
  {
    id: 'ub26-16',
    style: 'press',
    phenomenon:
      'australian_release,pty_ltd_suffix,aud_prefix,public_body_participant_with_acronym,existing_investor,mwh_trap,pipeline_trap,project_finance_trap,investor_fum_trap,series_a',
    title: 'Wattlebird Energy raises A$22 million Series A to build community batteries',
    source: 'Southern Cross Media Releases',
    text:
      'SYDNEY, 10 March 2026 — Wattlebird Energy Pty Ltd, which builds, owns and operates neighbourhood-scale batteries on local electricity networks, today announced it has raised A$22 million in a Series A round led by Jarrah Capital, with participation from the Clean Energy Finance Corporation (CEFC) and existing investor Coolabah Seed.\n\n' +
      'The capital will fund Wattlebird’s next 60 batteries in New South Wales and Victoria, adding 48 MWh of storage. The company has a pipeline of more than A$300 million in projects and is separately arranging project finance for its first operating portfolio.\n\n' +
      '"A battery at the end of the street soaks up rooftop solar at noon and gives it back at six," said Wattlebird CEO Bronwyn Achterberg. "We want one in every suburb that needs it."\n\n' +
      'About Jarrah Capital\nJarrah Capital is a Perth-based venture investor with A$1.1 billion in funds under management.\n\n' +
      'Media enquiries: Tom Castellano, 0491 570 006',
    kind: 'round',
    rounds: [
      {
        company: 'Wattlebird Energy',
        amount: 22e6,
        currency: 'AUD',
        roundType: 'series_a',
        lead: ['Jarrah Capital'],
        other: ['Clean Energy Finance Corporation', 'Coolabah Seed'],
      },
    ],
  },
  {
    id: 'ub26-17',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,ltd_suffix,co_lead_only_in_quote,proud_to_co_lead_alongside,with_participation_from_list_holds_leads,raised_to_date_trap,series_a',
    title: 'Duvdevan Security Raises $24 Million Series A to Secure the Firmware Supply Chain',
    source: 'Levant Tech Wire',
    text:
      'TEL AVIV, Israel, March 9, 2026 /Levant Tech Wire/ -- Duvdevan Security Ltd., a startup that scans device firmware for vulnerable and counterfeit components, today announced it has raised $24 million in a Series A funding round, with participation from Yarkon Ventures, Carmel Ridge Capital and Negev Angels Network. The company has now raised $31 million to date.\n\n' +
      '"Every connected device ships with dozens of third-party components that nobody inspects," said Noa Barak, CEO and co-founder of Duvdevan Security. "Our customers finally get a bill of materials they can trust."\n\n' +
      '"We are proud to co-lead this round alongside Carmel Ridge Capital," said Itai Segev, General Partner at Yarkon Ventures. "Duvdevan has already found issues in products that passed every other check."\n\n' +
      'Duvdevan will use the funding to open a U.S. office in Boston and double its research team of 30.\n\n' +
      'Media contact: press@duvdevan.security',
    kind: 'round',
    rounds: [
      {
        company: 'Duvdevan Security',
        amount: 24e6,
        roundType: 'series_a',
        lead: ['Yarkon Ventures', 'Carmel Ridge Capital'],
        other: ['Negev Angels Network'],
      },
    ],
  },
  {
    id: 'ub26-18',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,sas_suffix,eur_amount,public_body_through_fund_it_manages,unnamed_business_angels,containers_trap,stores_trap,seed',
    title: 'Sarcelle raises €7 million seed to bring reusable packaging to French supermarkets',
    source: 'Euro Release Wire',
    text:
      'PARIS, France, March 9, 2026 /Euro Release Wire/ -- Sarcelle SAS, the Paris-based start-up that runs a deposit-return system for reusable food packaging, today announced a €7 million seed round led by Canal Saint-Martin Ventures. Bpifrance, through the French Tech Seed fund it manages on behalf of the State, also invested, as did business angels from the food retail sector.\n\n' +
      'Sarcelle’s glass jars and trays are now used by 14 food brands and returned at 230 stores in Île-de-France and the Lyon area. More than 1.4 million containers have been washed and refilled since the service launched in 2024.\n\n' +
      '"Shoppers were ready long before the supply chain was," said Camille Rousset, co-founder and CEO of Sarcelle. The company plans to open a second washing centre near Lille this year.\n\n' +
      'About Sarcelle\nFounded in 2023, Sarcelle employs 42 people.',
    kind: 'round',
    rounds: [
      {
        company: 'Sarcelle',
        amount: 7e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Canal Saint-Martin Ventures'],
        other: ['Bpifrance'],
      },
    ],
  },
  {
    id: 'ub26-19',
    style: 'press',
    phenomenon:
      'singapore_release,pte_ltd_suffix,defined_short_name,us_dollar_prefix,pre_series_a,oversubscribed,gwh_trap,factories_trap,investor_aum_sgd_trap,unknown_type',
    title: 'Pandan Grid Raises US$9 Million Pre-Series A to Help Southeast Asian Factories Buy Renewable Power',
    source: 'Asia Pacific Release Desk',
    text:
      'SINGAPORE, 10 March 2026 /Asia Pacific Release Desk/ -- Pandan Grid Pte. Ltd. ("Pandan Grid"), a renewable-energy procurement platform for manufacturers in Southeast Asia, today announced the close of an oversubscribed US$9 million pre-Series A round. The round was led by Tanjong Pagar Ventures, with participation from Kallang Climate Fund and Jurong Hill Partners.\n\n' +
      'Pandan Grid has helped 70 factories in Vietnam, Malaysia and Thailand sign power purchase agreements covering 310 GWh of electricity a year, often for suppliers whose overseas customers demand lower-carbon inputs.\n\n' +
      '"Exporters are being asked for clean power by buyers in Europe and the U.S., and most of them have no one to ask how to get it," said Pandan Grid CEO Wei Ling Tan.\n\n' +
      'About Tanjong Pagar Ventures\nTanjong Pagar Ventures is a Singapore-based investor in sustainability and industrial technology with SGD 1.3 billion in assets under management.',
    kind: 'round',
    rounds: [
      {
        company: 'Pandan Grid',
        amount: 9e6,
        roundType: 'unknown',
        lead: ['Tanjong Pagar Ventures'],
        other: ['Kallang Climate Fund', 'Jurong Hill Partners'],
      },
    ],
  },
  {
    id: 'ub26-20',
    style: 'press',
    phenomenon:
      'british_english,ltd_suffix,university_spin_off,gbp_m_suffix,existing_and_new_investor_also_took_part,earlier_innovate_uk_grant_same_company,utility_strikes_trap,notes_to_editors,seed',
    title: 'Bristol quantum-sensing start-up Hollowstone raises £3.2m seed round',
    source: 'West Country Press Office',
    text:
      'BRISTOL, 10 March 2026 — Hollowstone Sensing Ltd, a University of Bristol spin-out developing quantum magnetometers that locate buried pipes and cables, has today announced a £3.2m seed round led by Avon Gorge Capital. Existing investor Clifton Angel Syndicate and new investor Severn Deep Tech Fund also took part.\n\n' +
      'The round follows a £500,000 Innovate UK Smart grant awarded to the company in 2025, which funded field trials with two utility contractors. Contractors in the UK strike buried cables and pipes tens of thousands of times a year, and each strike can cost from a few hundred pounds to several million.\n\n' +
      'Dr Amara Whitfield, chief executive of Hollowstone, said: “Today’s detectors guess. Ours measure. This funding takes us from trial units to a product crews can carry on site.”\n\n' +
      'Notes to editors\nHollowstone Sensing was founded in 2023 and is based at the Bristol and Bath Science Park. It employs 14 people.',
    kind: 'round',
    rounds: [
      {
        company: 'Hollowstone Sensing',
        amount: 3.2e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Avon Gorge Capital'],
        other: ['Clifton Angel Syndicate', 'Severn Deep Tech Fund'],
      },
    ],
  },
  {
    id: 'ub26-21',
    style: 'press',
    phenomenon:
      'irish_release,limited_suffix,eur_amount,investment_round_led_by,public_body_participant,participants_before_also_participated,total_raised_trap,admissions_trap,investor_boilerplate_other_company_round,series_b',
    title: 'Currach Health raises €40 million Series B to expand hospital-at-home platform across Europe',
    source: 'Liffey Newsline',
    text:
      'DUBLIN, Ireland – 9 March 2026 – Currach Health Limited, the Dublin-based provider of software and remote-monitoring services for hospital-at-home programmes, today announced a €40 million Series B investment round led by Liffey Growth Partners. Enterprise Ireland, Boyne Valley Capital and existing investors Connemara Ventures and Howth Head Capital also participated.\n\n' +
      'The funding brings the total raised by Currach Health to €58 million. Its platform is used by nine hospital groups in Ireland, the United Kingdom and the Netherlands, and has supported more than 25,000 patient admissions treated at home rather than on a ward.\n\n' +
      '"Every bed we free up is a patient off a trolley in an emergency department," said Currach Health CEO Siobhán Kearney.\n\n' +
      'About Liffey Growth Partners\nLiffey Growth Partners manages €1.6 billion for European technology companies at Series B and beyond. Last year it led the €55 million Series C of Glenasmole Logistics.\n\n' +
      'Media contact: Ciarán Doyle, press@currachhealth.ie',
    kind: 'round',
    rounds: [
      {
        company: 'Currach Health',
        amount: 40e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Liffey Growth Partners'],
        other: ['Enterprise Ireland', 'Boyne Valley Capital', 'Connemara Ventures', 'Howth Head Capital'],
      },
    ],
    prior: ['Glenasmole Logistics'],
  },
  {
    id: 'ub26-22',
    style: 'press',
    phenomenon:
      'indian_english,pvt_ltd_suffix,usd_first_with_tilde_inr_conversion,pre_series_a_capitalised,round_also_saw_participation_from,esop_pool_trap,teu_trap,speaking_on_the_fundraise,unknown_type',
    title: 'Sahyadri Freight Solutions raises USD 3.5 million in Pre-Series A round led by Marine Drive Capital',
    source: 'Bharat Release Network',
    text:
      'Mumbai, March 10, 2026: Sahyadri Freight Solutions Pvt. Ltd., a digital freight-forwarding platform for small and medium exporters, has raised USD 3.5 million (~INR 30 crore) in a Pre-Series A round led by Marine Drive Capital. The round also saw participation from Worli Seed Partners and existing investor Konkan Angels.\n\n' +
      'The company plans to deploy the capital towards technology, expanding its presence to the Chennai, Mundra and Kolkata ports and strengthening its leadership team. It will also set aside INR 4 crore for an expanded ESOP pool. The platform handled 18,000 TEUs of export cargo in FY25.\n\n' +
      'Speaking on the fundraise, Nikhil Sawant, Founder & CEO, Sahyadri Freight Solutions, said, "An exporter in Tiruppur should get the same freight visibility as a large corporate. This round helps us take that promise to four more ports."\n\n' +
      'For media queries: pr@sahyadrifreight.in',
    kind: 'round',
    rounds: [
      {
        company: 'Sahyadri Freight Solutions',
        amount: 3.5e6,
        roundType: 'unknown',
        lead: ['Marine Drive Capital'],
        other: ['Worli Seed Partners', 'Konkan Angels'],
      },
    ],
  },
  {
    id: 'ub26-23',
    style: 'press',
    phenomenon:
      'correction_reissue,wrong_amount_stated_first,corrected_release_follows,inc_suffix,turbines_trap,tons_trap,series_a',
    title: 'CORRECTION -- Ferrowind Raises $12 Million Series A to Scale Steel Tower Recycling',
    source: 'Lonestar Release Wire',
    text:
      'In the news release, "Ferrowind Raises $21 Million Series A to Scale Steel Tower Recycling," issued March 9, 2026 by Ferrowind, Inc. over Lonestar Release Wire, the amount of the financing was stated incorrectly in the headline and first paragraph. The correct amount is $12 million, not $21 million as previously stated. The corrected release follows:\n\n' +
      'Ferrowind Raises $12 Million Series A to Scale Steel Tower Recycling\n\n' +
      'TULSA, Okla., March 9, 2026 /Lonestar Release Wire/ -- Ferrowind, Inc., which dismantles decommissioned wind turbines and recycles their steel towers into rebar, today announced a $12 million Series A led by Red Fork Capital, with participation from Cimarron Industrial Partners.\n\n' +
      'Ferrowind has taken down more than 400 turbines across Oklahoma, Kansas and Texas and shipped 52,000 tons of steel to mills since 2022. The funding will pay for a second cutting crew and a processing yard near Amarillo.\n\n' +
      '"The first generation of wind farms is reaching retirement, and somebody has to take them apart responsibly," said Dwayne Colbert, CEO of Ferrowind.',
    kind: 'round',
    rounds: [
      {
        company: 'Ferrowind',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Red Fork Capital'],
        other: ['Cimarron Industrial Partners'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub26-24',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,signed_term_sheet,to_be_led_by,existing_investors_expected_to_participate,expected_to_close_q2,purchasing_volume_trap,forward_looking_statements,series_b',
    title: 'Okapi Dental Signs Term Sheet for $20 Million Series B Led by Stonecrop Health Partners',
    source: 'Northstar Newswire',
    text:
      'MINNEAPOLIS, March 9, 2026 /Northstar Newswire/ -- Okapi Dental, Inc., which provides practice-management software and group purchasing to independent dental offices, today announced that it has signed a term sheet for a $20 million Series B financing to be led by Stonecrop Health Partners. Existing investors Nicollet Ventures and Como Park Capital are expected to participate. The financing is expected to close in the second quarter of 2026, subject to confirmatory due diligence and customary closing conditions.\n\n' +
      'More than 2,100 practices use Okapi Dental, and its members bought $640 million of supplies through the company’s purchasing program last year.\n\n' +
      '"Independent dentists are competing with chains that have a procurement department. We are theirs," said CEO Marisa Lindgren.\n\n' +
      'Forward-Looking Statements\nStatements in this release about the expected size, timing and completion of the Series B financing are forward-looking. There can be no assurance that the financing will close on the terms described, or at all.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Okapi Dental',
        amount: 20e6,
        roundType: 'series_b',
        lead: ['Stonecrop Health Partners'],
        other: ['Nicollet Ventures', 'Como Park Capital'],
      },
    ],
  },
  {
    id: 'ub26-25',
    style: 'press',
    phenomenon:
      'british_english,ltd_suffix,defined_short_name,crowdfunding_round_opens,seeking_to_raise_up_to,pre_money_valuation_trap,minimum_investment_trap,pints_trap,capital_at_risk_warning,unknown_type',
    title: 'Marlpit Brewing opens £1.5m crowdfunding round to build Lancaster taproom',
    source: 'Marlpit Brewing News',
    text:
      'KENDAL, 9 March 2026 — Marlpit Brewing Ltd (“Marlpit”), the independent Cumbrian brewery behind Fellside Pale and Tarn Stout, today opens its first crowdfunding round on the Sharewell platform, seeking to raise up to £1.5 million to fund a new canning line and a taproom in Lancaster.\n\n' +
      'Investments start at £25, and the round will close on 14 April or earlier if fully subscribed. Existing shareholders will have 48 hours of priority access. The round values the brewery at £9 million pre-money.\n\n' +
      'Marlpit sold 1.9 million pints last year, up 35 per cent, and its beers are now stocked in 400 pubs across the North West. “Our drinkers have been asking how they can own a piece of the brewery for years,” said co-founder Hannah Garside. “From today, they can.”\n\n' +
      'Investing in early-stage businesses involves risks, including loss of capital, illiquidity and dilution. Please read the risk warning on the campaign page before investing.',
    kind: 'in_talks',
    rounds: [{ company: 'Marlpit Brewing', amount: 1.5e6, currency: 'GBP', roundType: 'unknown' }],
  },
  {
    id: 'ub26-26',
    style: 'press',
    phenomenon:
      'pr_wire_dateline,aps_suffix,intention_to_raise_up_to,financial_adviser_not_investor,investors_indicated_support_not_participants,earlier_series_a_same_company,public_loan_same_company,tonnes_trap,series_b',
    title: 'Vesterhav Aqua announces intention to raise up to €25 million in Series B financing',
    source: 'Nordic Release Wire',
    text:
      'AARHUS, Denmark, March 10, 2026 /Nordic Release Wire/ -- Vesterhav Aqua ApS, a producer of land-based recirculating aquaculture systems for rainbow trout, today announced its intention to raise up to €25 million in a Series B financing round to fund construction of its second production facility near Esbjerg. The company has appointed Aldermoor Partners as exclusive financial adviser for the process, which is expected to conclude by the end of the second quarter. Vesterhav’s existing investors, including Limfjord Capital, have indicated their support for the process.\n\n' +
      'Vesterhav’s first facility, near Herning, produced 1,200 tonnes of trout in 2025. The company raised €9 million in a Series A round in 2023 and received a DKK 15 million loan from the Danish Export and Investment Fund (EIFO) in 2024.\n\n' +
      '"Demand for Danish-raised fish from Danish supermarkets already exceeds what one facility can supply," said CEO Mette Kjærgaard.',
    kind: 'in_talks',
    rounds: [{ company: 'Vesterhav Aqua', amount: 25e6, currency: 'EUR', roundType: 'series_b' }],
  },
  {
    id: 'ub26-27',
    style: 'press',
    phenomenon:
      'indian_english,private_limited_suffix,binding_term_sheet_from,will_lead_the_round,in_discussions_with_existing_investors,rs_crore_with_usd_conversion,subject_to_regulatory_approvals,exporters_trap,series_b',
    title: 'Zarinest receives binding term sheet from Deccan Plateau Capital for Rs 120 crore Series B',
    source: 'Bharat Release Network',
    text:
      'Hyderabad, March 9, 2026: Zarinest Private Limited, a B2B marketplace connecting handloom and handicraft makers with overseas buyers, today announced that it has received a binding term sheet from Deccan Plateau Capital for a Series B round of Rs 120 crore (approx. USD 13.8 million). Deccan Plateau Capital will lead the round, and the company is in discussions with its existing investors regarding their participation. The transaction is subject to customary conditions and regulatory approvals and is expected to be completed within 60 days.\n\n' +
      'Zarinest works with over 9,000 weavers and artisans across Telangana, Andhra Pradesh and Odisha and shipped orders to buyers in 31 countries last year.\n\n' +
      'Commenting on the development, Farhana Qureshi, Founder & CEO, Zarinest, said, "Once the round closes, we will invest in quality labs and design studios in our three largest clusters."',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Zarinest',
        amount: 1.2e9,
        currency: 'INR',
        roundType: 'series_b',
        lead: ['Deccan Plateau Capital'],
      },
    ],
  },
  {
    id: 'ub26-28',
    style: 'press',
    phenomenon:
      'statement_regarding_press_speculation,ltd_suffix,confirms_early_discussions,no_size_decided,no_certainty,earlier_series_b_same_company,homes_trap,series_c',
    title: 'Statement regarding press speculation',
    source: 'Embervale Newsroom',
    text:
      'Embervale Ltd ("Embervale" or "the Company") notes recent press speculation regarding a potential new funding round. The Company confirms that it is in early discussions with a number of potential investors regarding a Series C financing. No decision has been made as to the size, timing or terms of any such financing, and there can be no certainty that any transaction will proceed. The Company does not intend to comment further on market rumour or speculation.\n\n' +
      'Embervale, which makes heat batteries that replace gas boilers in homes, raised £45m in a Series B round in 2024. Its batteries are installed in more than 18,000 homes in the UK.\n\n' +
      'Press enquiries: press@embervale.co.uk',
    kind: 'in_talks',
    rounds: [{ company: 'Embervale', amount: null, roundType: 'series_c' }],
  },
  // ── Other releases (rounds: []) ──────────────────────────────────────────────────────────────
  {
    id: 'ub26-29',
    style: 'press',
    phenomenon: 'product_launch,past_series_a_background,follows_raise_in_october,price_per_vessel_call_trap,pr_wire_dateline',
    title: 'Osprey Quay Launches Berth Planner to Cut Container Ship Waiting Times',
    source: 'Gulf Coast Newsline',
    text:
      'SAVANNAH, Ga., March 10, 2026 /Gulf Coast Newsline/ -- Osprey Quay, the port operations software company, today launched Berth Planner, which schedules berths, cranes and gangs for container terminals from a single live plan and re-plans automatically when a ship runs late.\n\n' +
      'In a six-month trial at two East Coast terminals, Berth Planner reduced average vessel waiting time at anchor from 19 hours to 7. The product is priced per vessel call and is available immediately.\n\n' +
      'The launch is Osprey Quay’s first major product release since it raised an $18 million Series A led by Tybee Island Ventures in October 2025.\n\n' +
      '"Terminals plan berths on whiteboards and spreadsheets that are out of date the moment a ship misses its window," said CEO Darnell Whitaker.\n\n' +
      'Media contact: media@ospreyquay.com',
    kind: 'other',
    rounds: [],
    prior: ['Osprey Quay'],
  },
  {
    id: 'ub26-30',
    style: 'press',
    phenomenon: 'partnership,deliveries_trap,raised_series_b_in_january_background,two_company_names,pr_wire_dateline',
    title: 'Cindervale and Northvale Pharmacy Partner on Same-Day Prescription Delivery',
    source: 'Northstar Newswire',
    text:
      'COLUMBUS, Ohio, March 9, 2026 /Northstar Newswire/ -- Cindervale, the same-day courier network for healthcare, and Northvale Pharmacy today announced a partnership under which Cindervale will handle same-day prescription delivery for 240 Northvale Pharmacy locations across Ohio, Indiana and Michigan.\n\n' +
      'The agreement is expected to cover more than 1.5 million deliveries a year once fully rolled out in September. Deliveries will be made in temperature-controlled vehicles, with signature capture for controlled substances.\n\n' +
      'Cindervale, which raised a $35 million Series B in January, now operates in 11 states. "Pharmacy delivery is where reliability matters most," said Cindervale CEO Brooke Haldane.\n\n' +
      'About Northvale Pharmacy\nNorthvale Pharmacy is a regional pharmacy chain founded in 1962 and headquartered in Columbus.',
    kind: 'other',
    rounds: [],
    prior: ['Cindervale'],
  },
  {
    id: 'ub26-31',
    style: 'press',
    phenomenon:
      'new_office,european_headquarters,hiring_plan_trap,funded_by_earlier_series_b_background,public_body_mentioned_not_investor,pr_wire_dateline',
    title: 'Quarryline Opens European Headquarters in Amsterdam',
    source: 'Euro Release Wire',
    text:
      'AMSTERDAM, March 10, 2026 /Euro Release Wire/ -- Quarryline, which provides emissions accounting software for construction materials suppliers, today opened its European headquarters in Amsterdam. The company plans to employ 60 people at the office by the end of 2027, in sales, customer success and engineering.\n\n' +
      'The expansion is funded in part by the $48 million Series B the company announced in October 2025, which was led by Sandpiper Growth. The Netherlands Foreign Investment Agency supported Quarryline in selecting the location.\n\n' +
      '"European producers face the strictest disclosure rules in the world, and they want a vendor on their own time zone," said Quarryline CEO Leonie Vos.\n\n' +
      'Press: press@quarryline.com',
    kind: 'other',
    rounds: [],
    prior: ['Quarryline'],
  },
  {
    id: 'ub26-32',
    style: 'press',
    phenomenon:
      'award,named_to_list,revenue_growth_trap,raised_to_date_background,investors_including_without_round,pr_wire_dateline',
    title: 'Stillwater Payroll Named to Fintech Review’s Fast 50 for Second Consecutive Year',
    source: 'Bayline Newswire',
    text:
      'PORTLAND, Ore., March 9, 2026 /Bayline Newswire/ -- Stillwater Payroll, a payroll and benefits platform for restaurants and hospitality businesses, today announced that it has been named to the Canal Street Fintech Review’s Fast 50 list for the second consecutive year. The list ranks private financial technology companies by three-year revenue growth.\n\n' +
      'Stillwater’s revenue grew 140 percent in 2025, and the company now pays more than 210,000 hourly workers each pay period, including tips distributed the same day.\n\n' +
      'Stillwater Payroll has raised $40 million to date from investors including Multnomah Ventures and Burnside Capital.\n\n' +
      '"Being recognised two years running is a credit to a team that treats every paycheck like it is their own," said CEO Graham Okoye.',
    kind: 'other',
    rounds: [],
    prior: ['Stillwater Payroll'],
  },
  {
    id: 'ub26-33',
    style: 'press',
    phenomenon:
      'customer_milestone,surpasses_hospitals,claims_value_trap,has_not_raised_since_series_a_background,pr_wire_dateline',
    title: 'Gristmill Health Surpasses 1,000 Rural Hospital Customers',
    source: 'Northstar Newswire',
    text:
      'OMAHA, Neb., March 10, 2026 /Northstar Newswire/ -- Gristmill Health, which provides revenue-cycle software and outsourced billing for critical access and rural hospitals, today announced that more than 1,000 hospitals now use its platform, up from 640 a year ago.\n\n' +
      'Hospitals on the platform submitted $6.4 billion in claims in 2025, and their average days in accounts receivable fell from 58 to 41 in their first year of use.\n\n' +
      'Gristmill has been profitable since 2024 and has not raised outside capital since its $16 million Series A in 2022. "Rural hospitals run on thin margins. Every day a claim sits unpaid matters," said CEO Lorna Baptiste.',
    kind: 'other',
    rounds: [],
    prior: ['Gristmill Health'],
  },
  {
    id: 'ub26-34',
    style: 'press',
    phenomenon:
      'company_acquires_startup,terms_not_disclosed,acquired_startup_seed_background,acquirer_series_c_background,employees_join_trap,pr_wire_dateline',
    title: 'Tessellate Robotics Acquires Vision-Inspection Startup Pickerel AI',
    source: 'Front Range PR Wire',
    text:
      'BOULDER, Colo., March 9, 2026 /Front Range PR Wire/ -- Tessellate Robotics, a maker of mobile robots for electronics assembly lines, today announced that it has acquired Pickerel AI, a developer of camera-based inspection software for printed circuit boards. Terms of the deal were not disclosed.\n\n' +
      'Pickerel’s 18 employees will join Tessellate, and its software will be built into Tessellate’s robots by the end of the year. Pickerel, founded in 2022, had raised $4 million in seed funding from Lakehead Ventures and Flatirons Seed.\n\n' +
      'The acquisition is Tessellate’s first and follows its $60 million Series C in 2025. "Our customers asked us to see defects, not just move boards around," said Tessellate CEO Ravi Menon.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Tessellate Robotics', 'Pickerel AI'],
  },
  {
    id: 'ub26-35',
    style: 'press',
    phenomenon:
      'vc_fund_final_close,oversubscribed_fund,fund_target_trap,aum_trap,fund_lp_suffix,portfolio_round_background,pr_wire_dateline',
    title: 'Corbel Ridge Capital Closes Oversubscribed $350 Million Fund III',
    source: 'Northstar Newswire',
    text:
      'NASHVILLE, Tenn., March 10, 2026 /Northstar Newswire/ -- Corbel Ridge Capital, an early-stage investor in healthcare services and software, today announced the final close of Corbel Ridge Capital Fund III, L.P., with $350 million in capital commitments, above its $275 million target. The firm now manages more than $800 million.\n\n' +
      'Fund III will write first checks of $3 million to $12 million into Series A and Series B companies. It has already made six investments, including leading the $22 million Series A of Mossgiel Health in January.\n\n' +
      'Limited partners in the fund include university endowments, hospital systems and family offices, the majority of them returning from Fund II.\n\n' +
      '"Healthcare founders need investors who know how a hospital actually buys," said Managing Partner Celia Marchbanks.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Mossgiel Health'],
  },
  {
    id: 'ub26-36',
    style: 'press',
    phenomenon:
      'executive_hire,cfo_appointment,previous_employer_ipo_background,series_c_background,next_stage_of_growth_not_a_round,pr_wire_dateline',
    title: 'Brightrail Appoints Dana Whitcombe as Chief Financial Officer',
    source: 'Hudson Press Relay',
    text:
      'NEW YORK, March 9, 2026 /Hudson Press Relay/ -- Brightrail, the commuter-benefits and transit-pass platform for employers, today announced the appointment of Dana Whitcombe as Chief Financial Officer, effective immediately.\n\n' +
      'Whitcombe was previously CFO of Kettlewell Systems, where she led the company through its $400 million initial public offering in 2021. At Brightrail she will oversee finance, legal and investor relations.\n\n' +
      'Brightrail raised a $90 million Series C led by Gantry Point Partners in 2025 and serves more than 4,000 employers. "Dana has taken a company public before, and she knows what it takes to build for the long run," said CEO Omar Fadel.\n\n' +
      '"I joined Brightrail because it is growing fast and profitably, which is rare," said Whitcombe.',
    kind: 'other',
    rounds: [],
    prior: ['Brightrail', 'Kettlewell Systems'],
  },
  {
    id: 'ub26-37',
    style: 'press',
    phenomenon:
      'public_grant_to_one_company_not_a_round,doe_award,selected_to_receive,cost_share_trap,inc_suffix,pr_wire_dateline',
    title: 'Calder Thermal Selected for $2.4 Million Department of Energy Award to Develop Low-Cost Industrial Heat Storage',
    source: 'Keystone Release Wire',
    text:
      'PITTSBURGH, March 10, 2026 /Keystone Release Wire/ -- Calder Thermal, Inc., which is developing firebrick thermal storage for steel and glass plants, today announced that it has been selected to receive a $2.4 million award from the U.S. Department of Energy’s Industrial Efficiency and Decarbonization Office.\n\n' +
      'The three-year project will build a 10-megawatt-hour demonstration unit at a glass plant in western Pennsylvania. The award requires a 20 percent cost share, or $600,000, from Calder Thermal and its project partners, including Carnegie Mellon University.\n\n' +
      '"Federal support lets us prove the technology at a scale that plant managers take seriously," said Calder Thermal CEO Ruth Abernathy. Award negotiations are expected to conclude this spring.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub26-38',
    style: 'press',
    phenomenon:
      'public_grant_to_one_company_not_a_round,innovate_uk_award,british_english,ltd_suffix,total_project_cost_trap,university_partner,notes_to_editors',
    title: 'Wyvern Biomaterials awarded £1.1m Innovate UK grant to scale seaweed-based packaging',
    source: 'Wyvern Biomaterials News',
    text:
      'CARDIFF, 9 March 2026 — Wyvern Biomaterials Ltd has been awarded £1.1m by Innovate UK, the UK’s innovation agency, to scale up production of its compostable seaweed-based film for fresh food packaging.\n\n' +
      'The two-year project, which has a total cost of £1.6m, will be carried out with Cardiff University and a Welsh food manufacturer, and will take the film from a pilot line to a production line capable of 500 tonnes a year.\n\n' +
      'Dr Rhian Pugh, founder and chief executive of Wyvern, said: “This award lets us prove that a plastic-free film can run on the same machines as the plastic it replaces.”\n\n' +
      'Notes to editors\nWyvern Biomaterials was founded in 2022 and is based in Cardiff. It employs 11 people.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub26-39',
    style: 'press',
    phenomenon:
      'ipo_pricing,inc_suffix,shares_times_price,gross_proceeds_trap,underwriters_option_trap,sec_registration,not_an_offer_legend,pr_wire_dateline',
    title: 'Marshgate Diagnostics Announces Pricing of Initial Public Offering',
    source: 'Bayline Newswire',
    text:
      'SAN DIEGO, March 9, 2026 /Bayline Newswire/ -- Marshgate Diagnostics, Inc., a developer of rapid molecular tests for sepsis, today announced the pricing of its initial public offering of 10,000,000 shares of its common stock at a public offering price of $17.00 per share. The gross proceeds to Marshgate from the offering are expected to be $170 million, before deducting underwriting discounts and commissions and other offering expenses. The shares are expected to begin trading on the Nasdaq Global Market on March 10, 2026 under the ticker symbol "MGDX." In addition, Marshgate has granted the underwriters a 30-day option to purchase up to an additional 1,500,000 shares at the public offering price.\n\n' +
      'Harlow Brothers & Co. and Pemberton Quayle are acting as joint book-running managers for the offering.\n\n' +
      'A registration statement relating to these securities has been declared effective by the Securities and Exchange Commission. This press release shall not constitute an offer to sell or the solicitation of an offer to buy these securities, nor shall there be any sale of these securities in any state or jurisdiction in which such offer, solicitation or sale would be unlawful.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub26-40',
    style: 'press',
    phenomenon:
      'indian_english,vc_fund_first_close,rs_crore_fund_target,green_shoe_option_trap,sebi_category_ii_aif,public_body_lp,portfolio_round_background',
    title: 'Kaveri Bridge Ventures announces first close of Rs 600 crore Fund II',
    source: 'Bharat Release Network',
    text:
      'Chennai, March 10, 2026: Kaveri Bridge Ventures, an early-stage venture capital firm investing in B2B software and manufacturing technology, today announced the first close of its second fund at Rs 350 crore, against a target corpus of Rs 600 crore (approx. USD 69 million) with a green-shoe option of Rs 200 crore. The fund is registered with SEBI as a Category II Alternative Investment Fund.\n\n' +
      'Limited partners in the first close include the Small Industries Development Bank of India (SIDBI), domestic family offices and founders from the firm’s first fund. Fund II will invest in 25 to 30 startups at the seed and pre-Series A stages, with cheques of Rs 4 crore to Rs 15 crore.\n\n' +
      'Kaveri Bridge’s Rs 250 crore Fund I backed 22 startups, including Thiruvizha Logistics, which raised a Rs 90 crore Series B led by Marina Crest Capital in 2025.\n\n' +
      'Speaking on the close, Lakshmi Narayanan, Managing Partner, Kaveri Bridge Ventures, said, "Founders outside the metros deserve patient, hands-on capital."',
    kind: 'fund_close',
    rounds: [],
    prior: ['Thiruvizha Logistics'],
  },
  {
    id: 'ub26-41',
    style: 'press',
    phenomenon:
      'definitive_agreement_to_acquire,cash_and_stock_price_trap,expected_to_close_q2,acquired_startup_raised_background,forward_looking_statements,pr_wire_dateline',
    title: 'Hollins Industrial to Acquire Inspection-Drone Maker Sparrowhawk Drones',
    source: 'Gulf Coast Newsline',
    text:
      'TULSA, Okla., March 10, 2026 /Gulf Coast Newsline/ -- Hollins Industrial Corp., a provider of maintenance and inspection services to refineries and chemical plants, today announced that it has entered into a definitive agreement to acquire Sparrowhawk Drones, Inc., a maker of drones that inspect flare stacks and storage tanks while plants keep running, for $140 million in cash and stock.\n\n' +
      'The transaction is expected to close in the second quarter of 2026, subject to regulatory approvals and customary closing conditions. Sparrowhawk, founded in 2019, has raised $38 million from investors including Osage Hills Ventures and Catoosa Capital, and will operate as a business unit of Hollins.\n\n' +
      '"Sparrowhawk lets our crews inspect a flare without shutting it down," said Hollins Industrial CEO Mark Redstone.\n\n' +
      'Forward-Looking Statements\nThis release contains forward-looking statements about the expected timing and benefits of the acquisition. Actual results may differ materially, including if the transaction does not close.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Sparrowhawk Drones'],
  },
  {
    id: 'ub26-42',
    style: 'press',
    phenomenon:
      'arr_milestone,arr_trap,nrr_trap,raised_to_date_and_latest_series_d_background,no_plans_to_raise,pr_wire_dateline',
    title: 'Tidewrack Surpasses $100 Million in Annual Recurring Revenue',
    source: 'Hudson Press Relay',
    text:
      'NEW YORK, March 10, 2026 /Hudson Press Relay/ -- Tidewrack, the contract management platform for commercial real estate owners, today announced that it has surpassed $100 million in annual recurring revenue, up from $61 million a year earlier. Net revenue retention was 128 percent in 2025.\n\n' +
      'Tidewrack has raised $210 million to date, most recently a $120 million Series D led by Palomar Crest in 2024. The company said it became cash-flow positive in the fourth quarter and has no plans to raise additional capital this year.\n\n' +
      '"We reached this milestone by selling to the people who sign the leases, not the people who file them," said CEO Beatriz Lund.',
    kind: 'other',
    rounds: [],
    prior: ['Tidewrack'],
  },
  {
    id: 'ub26-43',
    style: 'press',
    phenomenon:
      'biotech_conference_presentation,series_a_in_about_boilerplate_background,co_led_background,forward_looking_statements,pr_wire_dateline',
    title: 'Noctiluca Bio to Present Preclinical Data on NCB-118 at the Great Lakes Oncology Symposium',
    source: 'Helix PR Wire',
    text:
      'CAMBRIDGE, Mass., March 10, 2026 /Helix PR Wire/ -- Noctiluca Bio, a preclinical-stage company developing light-activated cancer therapies, today announced that it will present data on its lead candidate, NCB-118, in a poster session at the Great Lakes Oncology Symposium in Chicago on April 18, 2026.\n\n' +
      'The poster will describe tumor regression in three mouse models of head and neck cancer after a single activated dose.\n\n' +
      'About Noctiluca Bio\nNoctiluca Bio is based in Cambridge, Massachusetts, and is backed by a $62 million Series A financing co-led by Fenway Light Partners and Quabbin Ventures in 2025.\n\n' +
      'Forward-Looking Statements\nThis press release contains forward-looking statements regarding the development of NCB-118. These statements are subject to risks and uncertainties, and actual results may differ materially.',
    kind: 'other',
    rounds: [],
    prior: ['Noctiluca Bio'],
  },
  {
    id: 'ub26-44',
    style: 'press',
    phenomenon:
      'newsroom_release_list,newest_item_executive_hire,january_series_a_item_background,dated_items,award_item,office_item',
    title: 'Press releases',
    source: 'Wickerbay Newsroom',
    text:
      'Press releases\n\n' +
      'March 9, 2026 — Wickerbay Appoints Jorge Almeida as Chief Revenue Officer\nAlmeida, who built the enterprise sales team at a payroll software company, will lead Wickerbay’s sales, partnerships and customer success teams. Read more\n\n' +
      'February 24, 2026 — Wickerbay Named a Leader in Analyst Report on Procurement Software\nThe report evaluated 14 vendors on product capability and market presence. Read more\n\n' +
      'January 13, 2026 — Wickerbay Raises $22 Million Series A Led by Greenmarsh Capital\nThe funding will be used to expand Wickerbay’s supplier-onboarding product and grow its team in Denver and Lisbon. Read more\n\n' +
      'November 4, 2025 — Wickerbay Opens Office in Lisbon\nThe new office will house 25 engineers by the end of 2026. Read more',
    kind: 'other',
    rounds: [],
    prior: ['Wickerbay'],
  },
  {
    id: 'ub26-45',
    style: 'press',
    phenomenon:
      'canadian_release,supply_agreement,contract_value_trap,cad_footnote,inc_suffix,earlier_series_a_background,units_trap',
    title: 'Tamarack Ag Robotics Signs $30 Million Supply Agreement with Aspen Parkland Grain Co-operative',
    source: 'Maple Newsline',
    text:
      'SASKATOON, Saskatchewan, March 10, 2026 /Maple Newsline/ - Tamarack Ag Robotics Inc. ("Tamarack"), a developer of autonomous weeding machines for broadacre farms, is pleased to announce that it has signed a three-year agreement with Aspen Parkland Grain Co-operative to supply 250 autonomous weeding units to the co-operative’s members. The agreement is valued at approximately $30 million over its term.\n\n' +
      'Deliveries will begin ahead of the 2026 growing season. Tamarack closed its Series A in 2025 and currently builds its machines at a plant in Saskatoon, which it plans to expand.\n\n' +
      '"This is the largest order in our history and proof that prairie farmers are ready to give up spraying whole fields," said Tamarack CEO Jocelyn Paquette.\n\n' +
      'All figures are in Canadian dollars.',
    kind: 'other',
    rounds: [],
    prior: ['Tamarack Ag Robotics'],
  },
];
