// A twenty-eighth blind set for funding-round extraction: invented (companies, people, investors,
// outlets and sentences made up for this project; only cities, countries, regions, neighbourhoods and
// public bodies are real) on 2026-12-07 by a writer who had not read src/rounds and did not run the
// extractor. Dates are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" and
// "March 9" are 9 March 2026, "on the 9th" is the same day, "Thursday" is 12 March 2026, "last year" is
// 2025 and "the December quarter" is October–December 2025.
// Theme: US and Asia-Pacific deal coverage as feeds carry it.
// Styles: a US deal newsletter's short items (a "DEALS" list of four rounds beside a shutdown, a
// one-paragraph scoop, an "EXITS" list); US local business journals (Omaha with the round in the
// headline, the founder's farm-boy opening and the lead only in paragraph 3; Denver, where a CFO hire is
// the story and the round is disclosed in paragraph 3; Boston, where a robot launch is the story; a
// Seattle seed whose lead is named only in the founder's quote; Atlanta with the valuation in the
// headline; a Fargo corporate stake; Cedar Rapids acquiring a Des Moines startup; Austin product
// launch; Chicago employee tender offer; Houston fund close); US wire briefs (a New York Series C with a
// valuation; a Savannah loan refinancing with a "lender group led by"); a New Orleans PR-wire release
// with "About" boilerplate; Indian outlets ("Rs 18 crore" pre-Series A led by a family office, "$12
// million (around Rs 104 crore)" led by a two-wheeler maker's CVC arm, "Rs 90 lakh" seed after a state
// grant, "Rs 65 crore ($7.5 million)" Series A+ with a regulatory-filing share count, "Rs 50 crore in
// venture debt", an in-talks Series C "according to two people aware of the development", an NSE
// Emerge SME IPO with anchor investors, a Chennai AIF's first close with SIDBI as an LP, layoffs a year
// after a Series B, a D2C revenue run-rate); Singaporean outlets ("S$6 million (US$4.5 million)" seed
// with SEEDS Capital participating, a US$5 million bridge in convertible notes "ahead of Series B", a
// signed term sheet, a payroll acquisition); Indonesian ("IDR 150 billion (around US$9.2 million)" led
// by a conglomerate's CVC arm); Vietnamese ("VND 250 billion (about US$9.8 million)" led by a Korean
// distributor's venture unit); Japanese English editions ("1.5 billion yen … through a third-party
// allotment", "served as lead investor", "subscribed", a 320 million yen pre-Series A with the
// Development Bank of Japan, a CEO hire recalling a Series B); Korean ("attracted 12 billion won in
// pre-Series B investment" led by the Korea Development Bank with "cumulative investment", an IB-sources
// Series C with no lead chosen, a Seoul grant programme, a fund-of-funds GP selection); Australian
// ("A$12 million" led by a family's private investment office with Breakthrough Victoria, a quarterly
// funding tally); Chinese ("a Series B1 round of nearly RMB 200 million" led by a government-guided
// fund, "several hundred million yuan" led by a phone maker's CVC arm, a Hong Kong IPO filing under the
// specialist-technology rules); and an APAC deal sheet by city (IDR, a Ho Chi Minh City fund close, KRW,
// a Sydney acquisition, a Singapore pre-seed).
// Phenomena: local currencies first with USD conversions (INR crore and lakh, SGD, IDR, VND, JPY, KRW,
// AUD, CNY) and the reverse (USD first with a rupee conversion); rounds led by corporate venture arms,
// family offices and government funds; "bridge", "pre-Series A", "pre-Series B", "Series A+" and
// "Series B1" rounds; a "Series B2 is planned" and a "larger Series B later this year" beside a round; a
// valuation in the headline ("valued at $900 million after $75 million raise") and in a wire's lead;
// rounds reported as "raised"/"disclosed" inside a hire story and a product-launch story; the lead
// named only in a founder's quote ("When they offered to lead the round, the decision was easy"); a
// lead only in paragraph 3 after a hometown anecdote; named angels and public bodies as participants;
// investors that "subscribed" or "joined"; a single named investor with no "led" ("in pre-seed funding
// from A and B", "strategic investment", "venture debt from X"); amounts beside grain value, claims,
// stock found, tonnes, hectares, swaps, GMV, loan books, disbursals, orders, transaction volume,
// contract values, cumulative totals, earlier rounds of the same company, a state grant to the same
// company, revenue, ARR, fees per unit and a share-allotment price.
// In talks: an Indian Series C with an existing investor "likely to lead" and a new investor "expected to
// participate"; a US newsletter scoop "is raising … set to lead … hasn't closed"; a Korean "pushing to
// raise" with "has not yet chosen a lead investor"; a Singapore "signed a term sheet … to be led by …
// expected to close in April".
// Distractors (rounds: [] each): a Houston VC's $120 million second fund naming rounds it led and a
// Chennai AIF's Rs 250 crore first close (kind 'fund_close'); an Iowa acquisition of a startup that
// "had raised", a Singapore payroll company buying a Hanoi startup, and a newsletter's "EXITS" list
// (kind 'acquisition'); an NSE Emerge SME IPO with an anchor-investor raise and a Hong Kong IPO filing
// with the company's past rounds (kind 'ipo'); a Savannah cold-storage company's refinancing of an
// existing term loan with "no new borrowing"; an Australian quarterly funding tally naming the largest
// rounds; a Bengaluru SaaS company's layoffs recalling its Series B; a Seoul city grant programme naming
// a past recipient's later round; a coffee brand's revenue run-rate with "no immediate plans to raise";
// a Tokyo fintech's new CEO with its 2025 Series B; an Austin product launch with "has raised $16
// million to date"; a Chicago employee tender offer at the Series C valuation where "the company itself
// is not raising money"; a Korean fund-of-funds selecting GPs (all kind 'other' unless noted).
// Conventions (those of checks.ts, unseen-blind14.ts and unseen-blind20.ts): company as the text names it
// (its fullest name in the body, without "Inc."); amount in the currency first stated for the round (ISO
// code when not USD): "Rs 18 crore" is 1.8e8 INR, "Rs 90 lakh" 9e6 INR, "$12 million (around Rs 104
// crore)" 12e6 USD, "S$6 million" 6e6 SGD, "US$" is USD, "IDR 150 billion" 1.5e11 IDR, "VND 250 billion"
// 2.5e11 VND, "1.5 billion yen" 1.5e9 JPY, "12 billion won" 1.2e10 KRW, "A$12 million" 12e6 AUD, "RMB 200
// million" 2e8 CNY; "nearly"/"around"/"about" X is labelled at X; "several hundred million yuan" is
// amount null with no currency. "Raises $X at/valued at $Y" is labelled at $X. `lead` only where the
// text says who led or co-led (including "served as lead investor", "X led", "led the bridge" and a
// founder's "when they offered to lead the round, the decision was easy"), or, in talks, who is
// set/likely/to be led by; `lead: []` where a lead "has not yet been chosen"; no `lead` where the text
// names investors without saying who led. `other` for named participants, including named angels,
// public bodies (SEEDS Capital, the Development Bank of Japan, Breakthrough Victoria), a single investor
// named without "led" (a venture-debt fund, a corporate's strategic investment, "from A and B") and, in
// talks, an investor "expected to participate". Round types: pre-Series A, pre-Series B, Series A+, a
// stage-less "raised $X" and a "bridge round" are 'unknown'; "Series B1" is 'series_b' (as
// unseen-blind14.ts labels Series A-1 'series_a'); "an extension of its seed"/"seed extension" is
// 'extension'; a corporate's "strategic investment" is 'strategic'; "venture debt" is 'debt'. A round
// first disclosed in a hire story ("had not previously announced the round") is a new round. Companies
// in `prior` are those whose earlier funding a text mentions as background where that company raises
// nothing new in the text. Labelled by hand; a reader of each text should agree with every label.
// First look (2026-12-07 15:13, no rule changed for it; measured after the fixes for unseen-blind21.ts
// to unseen-blind26.ts): company F1 0.853 (P 0.78 / R 0.94), amount 96.8 %, type 96.2 %, lead F1
// 0.767, 6 false rounds (2 from IPOs, 4 background, 3 of them a quarter's largest rounds) and 3 wrong
// names. After the fixes (blind27-ways.test.ts): see README Quality. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND28: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub28-01',
    style: 'roundup',
    phenomenon:
      'us_deal_newsletter,four_items_one_text,m_suffix_amounts,lead_after_colon,x_led_joined_by,family_office_participant,stageless_raise,from_a_and_b_no_lead,shutdown_had_raised_trap,series_a,seed,unknown_type,pre_seed',
    title: 'Deals: forging lines, court clerks, oyster shells and greenhouse lights',
    source: 'Cap Table Daily',
    text:
      'DEALS\n\n' +
      '• Ferrowake, a Pittsburgh maker of control software for induction-forging lines, raised $14M in Series A funding led by Allegheny Iron Partners. Tri-Rivers Capital and Monongahela Angels participated.\n' +
      '• Quillmate (New York), an AI drafting assistant for state-court clerks: $3.5M seed. Lead: Bowery Stack Ventures.\n' +
      '• Saltmarsh Bio, a Charleston, S.C., developer of wound dressings made from oyster-shell compounds, raised $8.2M. Cooper River Fund led, joined by Kiawah Family Office.\n' +
      '• Lumenroot, a Minneapolis startup that schedules greenhouse lighting around hourly power prices, raised $2.1M in pre-seed funding from Boundary Waters Ventures and Nicollet Street Capital.\n\n' +
      'SHUTDOWNS\n\n' +
      '• Brightpaw Labs, the Austin pet-telehealth startup that raised $11M from investors including Pecan Grove Ventures, is winding down, its founder told customers in an email on Monday.',
    kind: 'round',
    rounds: [
      {
        company: 'Ferrowake',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Allegheny Iron Partners'],
        other: ['Tri-Rivers Capital', 'Monongahela Angels'],
      },
      { company: 'Quillmate', amount: 3.5e6, roundType: 'seed', lead: ['Bowery Stack Ventures'] },
      {
        company: 'Saltmarsh Bio',
        amount: 8.2e6,
        roundType: 'unknown',
        lead: ['Cooper River Fund'],
        other: ['Kiawah Family Office'],
      },
      {
        company: 'Lumenroot',
        amount: 2.1e6,
        roundType: 'pre_seed',
        other: ['Boundary Waters Ventures', 'Nicollet Street Capital'],
      },
    ],
    prior: ['Brightpaw Labs'],
  },
  {
    id: 'ub28-02',
    style: 'business',
    phenomenon:
      'us_local_business_journal,hometown_angle_lead_paragraphs,lead_in_paragraph_3,city_introduced_lead,cooperative_venture_arm_participant,grain_value_trap,subscription_price_trap,headcount_trap,series_a',
    title: 'Omaha grain-bin startup Binwise raises $9.5 million Series A',
    source: 'Midlands Business Ledger',
    text:
      'Tyler Haskett grew up climbing the grain bins on his family’s farm outside Norfolk, and his first paid job, at 14, was walking across the tops of them with a probe to check for spoiling corn. ' +
      '"Every farmer I know has lost a bin," he said. "My dad lost two in the same winter."\n\n' +
      'Haskett’s Omaha company, Binwise, sells wireless sensor cables that hang inside bins and report temperature and moisture to a phone app. It now has sensors in roughly 6,200 bins across Nebraska, Iowa, Kansas and the Dakotas, holding an estimated $900 million worth of grain. ' +
      'A monitoring subscription runs $18 per bin per month.\n\n' +
      'On Monday the company said it had raised $9.5 million in a Series A round led by Kansas City-based Switchgrass Capital. Ogallala Partners, a Lincoln seed fund that backed Binwise in 2023, and Cedar Valley Co-op Ventures, the investment arm of an Iowa grain cooperative, also invested.\n\n' +
      'Binwise has 31 employees, most of them in an office in the Blackstone District, and expects to reach 50 by next spring. Haskett said the company will stay in Omaha. "We’re two hours from my dad’s farm," he said. "That’s the point."',
    kind: 'round',
    rounds: [
      {
        company: 'Binwise',
        amount: 9.5e6,
        roundType: 'series_a',
        lead: ['Switchgrass Capital'],
        other: ['Ogallala Partners', 'Cedar Valley Co-op Ventures'],
      },
    ],
  },
  {
    id: 'ub28-03',
    style: 'wire',
    phenomenon:
      'us_wire_brief,dateline,valuation_in_headline_and_lead,valuing_the_company_at_trap,existing_investors_also_took_part,reporter_credit_names,series_c',
    title: 'Hospital billing startup Ledgerlight raises $41 million at $610 million valuation',
    source: 'Meridian Wire',
    text:
      'NEW YORK, March 9 (Meridian Wire) - Ledgerlight, a New York startup that automates payment reconciliation for hospital billing departments, said on Monday it had raised $41 million in a Series C round led by Halvard Growth Partners, valuing the company at $610 million. ' +
      'Existing investors Corbel Ventures and Nine Elms Capital also took part. (Reporting by Dana Whitcombe; Editing by Paul Arkwright)',
    kind: 'round',
    rounds: [
      {
        company: 'Ledgerlight',
        amount: 41e6,
        roundType: 'series_c',
        lead: ['Halvard Growth Partners'],
        other: ['Corbel Ventures', 'Nine Elms Capital'],
      },
    ],
  },
  {
    id: 'ub28-04',
    style: 'business',
    phenomenon:
      'us_local_business_journal,hire_story_headline,round_disclosed_in_paragraph_3,not_previously_announced,acquired_former_employer_trap,total_raised_trap,headcount_trap,series_b',
    title: 'Tessaline names former Quarrystone finance chief as CFO',
    source: 'Front Range Business Journal',
    text:
      'Denver-based Tessaline, which makes scheduling and compliance software for home-health agencies, has hired Renata Okafor as its chief financial officer. Okafor spent six years as CFO of Quarrystone, a Boulder payroll company that was sold to a private-equity firm in 2024.\n\n' +
      'Okafor will oversee Tessaline’s finance, legal and revenue-operations teams and report to co-founder and CEO Marcus Ellery. ' +
      '"Renata has taken a company through exactly the stage we’re entering," Ellery said.\n\n' +
      'Tessaline also disclosed that it raised an $18 million Series B late last year, led by Cherry Creek Growth, with participation from existing investors Larimer Square Ventures and Mile High Angels. ' +
      'The company had not previously announced the round. It has raised $31 million in total and employs 140 people.',
    kind: 'round',
    rounds: [
      {
        company: 'Tessaline',
        amount: 18e6,
        roundType: 'series_b',
        lead: ['Cherry Creek Growth'],
        other: ['Larimer Square Ventures', 'Mile High Angels'],
      },
    ],
  },
  {
    id: 'ub28-05',
    style: 'business',
    phenomenon:
      'us_regional_tech_outlet,product_launch_headline,round_alongside_launch,hospital_venture_arm_participant,stock_value_trap,lease_price_trap,earlier_seed_same_company,series_a',
    title: 'Boston startup Pellucid launches shelf-scanning robot for hospital pharmacies',
    source: 'Bay State Tech Journal',
    text:
      'Pellucid Robotics on Monday unveiled Vesta, a cart-sized robot that rolls through hospital pharmacy storerooms at night, reads every shelf label and flags expired or misplaced drugs. ' +
      'The Boston company says a pilot at two Massachusetts hospitals found $310,000 worth of expired stock in the first month.\n\n' +
      'Vesta will be leased for $4,500 a month per site. Pellucid was founded in 2023 by two former warehouse-robotics engineers and has 46 employees.\n\n' +
      'Alongside the launch, Pellucid said it has closed a $27 million Series A led by Fenway Deep Tech Partners, with Harborview Health Ventures, the venture arm of a Rhode Island hospital group, participating. ' +
      'The company raised a $6 million seed round in 2024 from Longwharf Capital.',
    kind: 'round',
    rounds: [
      {
        company: 'Pellucid Robotics',
        amount: 27e6,
        roundType: 'series_a',
        lead: ['Fenway Deep Tech Partners'],
        other: ['Harborview Health Ventures'],
      },
    ],
  },
  {
    id: 'ub28-06',
    style: 'business',
    phenomenon:
      'us_regional_startup_outlet,lead_only_in_founder_quote,offered_to_lead,named_angel_participant,arr_word_trap,tonnes_trap,seed',
    title: 'Seattle fisheries-data startup Netmark raises $5 million seed',
    source: 'Puget Sound Startup Wire',
    text:
      'Netmark, a Seattle startup that turns the catch logs of commercial fishing boats into data for seafood buyers and regulators, has raised $5 million in seed funding.\n\n' +
      '"We talked to a lot of funds that had never been on a boat," said co-founder and CEO Annika Sorvald, who spent four summers on her uncle’s longliner out of Dutch Harbor, Alaska. ' +
      '"Salish Bight Ventures was the first firm that asked about halibut quotas before it asked about our ARR. When they offered to lead the round, the decision was easy."\n\n' +
      'Angel investors including Birgit Halvorsen, a former chief executive of a Bellingham seafood processor, also put money in. ' +
      'Netmark’s software is used on 140 vessels, which landed about 38,000 tonnes of fish last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Netmark',
        amount: 5e6,
        roundType: 'seed',
        lead: ['Salish Bight Ventures'],
        other: ['Birgit Halvorsen'],
      },
    ],
  },
  {
    id: 'ub28-07',
    style: 'business',
    phenomenon:
      'indian_outlet,rs_crore,pre_series_a,family_office_lead,existing_investor_and_named_angel,revenue_crore_trap,artisans_count_trap,unknown_type',
    title: 'Jaipur block-print brand Chhaap raises Rs 18 crore in pre-Series A round',
    source: 'Pink City Startup Post',
    text:
      'Jaipur-based Chhaap, a direct-to-consumer brand selling hand-block-printed bedlinen and apparel, has raised Rs 18 crore in a pre-Series A round led by Kothari Family Office, the investment arm of textile exporter Harsh Kothari. ' +
      'Existing investor Amber Fort Ventures and a clutch of angels, among them actor-turned-investor Neha Bajwa, also participated.\n\n' +
      'Founded in 2021 by siblings Ritika and Kunal Saraf, Chhaap works with 420 artisans in Bagru and Sanganer and says it closed FY25 with revenue of Rs 36 crore. ' +
      'The brand will use the capital to open 12 stores in metro cities and to build a dyeing unit that recycles 80% of its water.',
    kind: 'round',
    rounds: [
      {
        company: 'Chhaap',
        amount: 1.8e8,
        currency: 'INR',
        roundType: 'unknown',
        lead: ['Kothari Family Office'],
        other: ['Amber Fort Ventures', 'Neha Bajwa'],
      },
    ],
  },
  {
    id: 'ub28-08',
    style: 'business',
    phenomenon:
      'indian_outlet,usd_first_with_rupee_conversion,corporate_venture_arm_lead,appositive_parent_company_trap,swaps_count_trap,earlier_seed_same_company_in_crore,series_a',
    title: 'EV battery-swap startup Badlo raises $12 million led by Sahyadri Motors’ venture arm',
    source: 'The Deccan Founder',
    text:
      'Pune-based Badlo, which runs battery-swapping stations for electric delivery scooters, has raised $12 million (around Rs 104 crore) in a Series A round led by Sahyadri Ventures, the corporate venture capital arm of two-wheeler maker Sahyadri Motors.\n\n' +
      'The round also saw participation from Mula-Mutha Capital and existing investor Koyna Seed Partners, the company said in a statement on Monday. ' +
      'Badlo operates 310 swap stations in Pune, Mumbai and Hyderabad and completes about 45,000 swaps a day. ' +
      'Co-founder Aditya Gokhale said the startup, which turned EBITDA-positive at the station level in December, plans to reach 1,000 stations by March 2027.\n\n' +
      'Badlo had raised Rs 22 crore in a seed round led by Koyna Seed Partners in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Badlo',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Sahyadri Ventures'],
        other: ['Mula-Mutha Capital', 'Koyna Seed Partners'],
      },
    ],
  },
  {
    id: 'ub28-09',
    style: 'business',
    phenomenon:
      'indian_outlet,rs_lakh,angel_network_lead,earlier_state_grant_same_company_in_lakh,price_per_acre_trap,acres_trap,seed',
    title: 'Madurai agritech Vayal raises Rs 90 lakh in seed funding',
    source: 'South Startup Times',
    text:
      'Madurai-based Vayal, which rents out drone-spraying services to paddy and banana farmers, has raised Rs 90 lakh in a seed round led by Vaigai Angels Network.\n\n' +
      'Chennai-based Kaveri Impact Fund also participated. The startup had earlier received a grant of Rs 25 lakh under a state government incubation scheme, founder S. Murugesan said.\n\n' +
      'Vayal has sprayed more than 18,000 acres since it started operations in 2024 and charges farmers Rs 450 an acre. It plans to add 30 drones and expand to Tirunelveli and Theni districts.',
    kind: 'round',
    rounds: [
      {
        company: 'Vayal',
        amount: 9e6,
        currency: 'INR',
        roundType: 'seed',
        lead: ['Vaigai Angels Network'],
        other: ['Kaveri Impact Fund'],
      },
    ],
  },
  {
    id: 'ub28-10',
    style: 'business',
    phenomenon:
      'indian_outlet,series_a_plus,rs_crore_with_usd_conversion,co_led_local_and_foreign,regulatory_filing_share_allotment_trap,indian_digit_grouping,gmv_trap,earlier_series_a_same_lead,unknown_type',
    title: 'B2B marketplace Thokbazaar raises Rs 65 crore in Series A+ round',
    source: 'Startup Ledger India',
    text:
      'Kolkata-based Thokbazaar, a wholesale ordering app for kirana stores in eastern India, has raised Rs 65 crore ($7.5 million) in a Series A+ round co-led by Hooghly Capital and Singapore-based Farrer Park Ventures.\n\n' +
      'The round comes 14 months after the startup raised $5 million in its Series A, also led by Hooghly Capital. ' +
      'According to regulatory filings accessed by Startup Ledger India, Thokbazaar allotted 2,140 compulsorily convertible preference shares at an issue price of Rs 3,03,738 each to raise the amount.\n\n' +
      'Thokbazaar claims a gross merchandise value run-rate of Rs 900 crore and serves 38,000 stores across West Bengal, Odisha, Bihar and Assam.',
    kind: 'round',
    rounds: [
      {
        company: 'Thokbazaar',
        amount: 6.5e8,
        currency: 'INR',
        roundType: 'unknown',
        lead: ['Hooghly Capital', 'Farrer Park Ventures'],
      },
    ],
  },
  {
    id: 'ub28-11',
    style: 'business',
    phenomenon:
      'singapore_outlet,sgd_prefix_with_usd_conversion,lead_in_second_paragraph,government_investment_arm_participant,named_angel_group,savings_trap,trucks_count_trap,seed',
    title: 'Singapore cold-chain startup Frostline raises S$6m seed',
    source: 'Marina Bay Startup Digest',
    text:
      'Singapore-based Frostline, which fits refrigerated trucks with sensors that log temperature and door openings for pharmaceutical and seafood shippers, has raised S$6 million (US$4.5 million) in a seed round.\n\n' +
      'The round was led by Tanjong Pagar Ventures, with participation from SEEDS Capital, the investment arm of Enterprise Singapore, and Kallang Angels. ' +
      'Frostline said its devices now monitor 1,800 trucks in Singapore and Malaysia, and that shippers using it have cut spoilage claims by S$2.3 million a year. ' +
      'Chief executive Wong Mei Ling said the funds will be used to enter Thailand and Vietnam.',
    kind: 'round',
    rounds: [
      {
        company: 'Frostline',
        amount: 6e6,
        currency: 'SGD',
        roundType: 'seed',
        lead: ['Tanjong Pagar Ventures'],
        other: ['SEEDS Capital', 'Kallang Angels'],
      },
    ],
  },
  {
    id: 'ub28-12',
    style: 'business',
    phenomenon:
      'singapore_outlet,bridge_round,ahead_of_series_b_trap,existing_investor_led_the_bridge,convertible_notes,beds_count_trap,earlier_series_a_same_company,unknown_type',
    title: 'Co-living operator Ruang Living raises US$5m bridge ahead of Series B',
    source: 'Asia Venture Report',
    text:
      'Ruang Living, a Singapore-headquartered co-living operator with 2,600 beds in Singapore, Jakarta and Ho Chi Minh City, has raised US$5 million in a bridge round as it prepares to raise a larger Series B later this year.\n\n' +
      'Existing investor Bukit Timah Capital led the bridge, with Orchard Road Partners also participating, chief executive Darren Teo told Asia Venture Report. ' +
      'The money, structured as convertible notes, will fund the fit-out of two buildings in Jakarta’s Kuningan district.\n\n' +
      '"We want to go into the Series B with both Jakarta sites full," Teo said. Ruang Living raised US$18 million in a Series A in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Ruang Living',
        amount: 5e6,
        roundType: 'unknown',
        lead: ['Bukit Timah Capital'],
        other: ['Orchard Road Partners'],
      },
    ],
  },
  {
    id: 'ub28-13',
    style: 'business',
    phenomenon:
      'indonesian_outlet,idr_billion_with_usd_conversion,has_secured,conglomerate_cvc_lead,foreign_and_existing_participants,parcels_count_trap,cost_multiple_trap,earlier_seed_same_company,series_a',
    title: 'Jakarta logistics startup Kirimin secures IDR 150 billion Series A',
    source: 'Nusantara Tech Daily',
    text:
      'Kirimin, a Jakarta-based startup that consolidates small shipments from online sellers in Java for delivery to eastern Indonesia, has secured IDR 150 billion (around US$9.2 million) in a Series A funding round.\n\n' +
      'The round was led by Garuda Sakti Ventures, the corporate venture capital arm of conglomerate Garuda Sakti Group, with participation from Singapore-based Serangoon Capital and existing investor Menteng Partners.\n\n' +
      'Kirimin says it ships 1.1 million parcels a month to Sulawesi, Maluku and Papua, where delivery can take up to three weeks and cost five times the Java rate. ' +
      'It plans to use the funds to open warehouses in Makassar and Sorong. In 2024 the company raised US$2.5 million in seed funding led by Menteng Partners.',
    kind: 'round',
    rounds: [
      {
        company: 'Kirimin',
        amount: 1.5e11,
        currency: 'IDR',
        roundType: 'series_a',
        lead: ['Garuda Sakti Ventures'],
        other: ['Serangoon Capital', 'Menteng Partners'],
      },
    ],
  },
  {
    id: 'ub28-14',
    style: 'business',
    phenomenon:
      'vietnamese_outlet,vnd_billion_with_usd_conversion,foreign_corporate_venture_unit_lead,also_joined_the_round,orders_trillion_vnd_trap,pharmacies_count_trap,series_a',
    title: 'Vietnamese pharmacy-software startup MedKho raises VND 250 billion in Series A',
    source: 'Saigon Startup Review',
    text:
      'Ho Chi Minh City-based MedKho, which supplies inventory and ordering software to independent pharmacies, has raised VND 250 billion (about US$9.8 million) in a Series A round led by Hanbit Partners, the venture unit of South Korean pharmaceutical distributor Hanbit Pharm.\n\n' +
      'Vietnam-focused fund Song Hong Capital and Japan’s Kamome Ventures also joined the round. ' +
      'MedKho says 7,400 pharmacies in 38 provinces use its platform, placing orders worth VND 1.2 trillion last year. ' +
      'Founder and CEO Tran Minh Khoa said the company would use the capital to build a next-day delivery network in the Mekong Delta.',
    kind: 'round',
    rounds: [
      {
        company: 'MedKho',
        amount: 2.5e11,
        currency: 'VND',
        roundType: 'series_a',
        lead: ['Hanbit Partners'],
        other: ['Song Hong Capital', 'Kamome Ventures'],
      },
    ],
  },
  {
    id: 'ub28-15',
    style: 'business',
    phenomenon:
      'japanese_english_edition,jpy_billion_yen_with_usd_conversion,third_party_allotment,served_as_lead_investor,also_subscribed,bank_vc_subsidiary_participant,cumulative_funding_trap,tonnes_trap,series_b',
    title: 'Osaka food-waste startup Kuraku raises 1.5 billion yen in Series B',
    source: 'Nippon Startup Times (English edition)',
    text:
      'Kuraku Inc., an Osaka-based startup that turns food waste from supermarkets and convenience stores into pig and poultry feed, announced on March 9 that it has raised 1.5 billion yen (about $10 million) in a Series B round through a third-party allotment of new shares.\n\n' +
      'Naniwa Growth Partners served as lead investor, and Setouchi Capital, the venture capital subsidiary of a Hiroshima regional bank, and trading company Tenmabashi Shoji also subscribed. ' +
      'The round brings Kuraku’s cumulative funding to 2.3 billion yen.\n\n' +
      'Kuraku operates two plants in Osaka Prefecture that process 60 tonnes of waste a day, and plans to open a third in Aichi Prefecture in 2027.',
    kind: 'round',
    rounds: [
      {
        company: 'Kuraku',
        amount: 1.5e9,
        currency: 'JPY',
        roundType: 'series_b',
        lead: ['Naniwa Growth Partners'],
        other: ['Setouchi Capital', 'Tenmabashi Shoji'],
      },
    ],
  },
  {
    id: 'ub28-16',
    style: 'business',
    phenomenon:
      'korean_outlet,krw_billion_won_with_usd_conversion,attracted_investment,on_the_9th,pre_series_b,state_run_bank_lead,cumulative_investment_trap,supply_contract_trap,unknown_type',
    title: 'Dalbit Robotics attracts 12 billion won in pre-Series B investment',
    source: 'Seoul Tech Herald',
    text:
      'Dalbit Robotics, a Pangyo-based developer of autonomous robots that inspect the inside of ships’ ballast tanks, announced on the 9th that it has attracted 12 billion won ($8.3 million) in pre-Series B investment.\n\n' +
      'The investment was led by the Korea Development Bank, with Hangang Investment and Busan-based Gwangalli Ventures participating. ' +
      'With this round, Dalbit Robotics’ cumulative investment has reached 21 billion won.\n\n' +
      'The company supplies robots to two of the country’s three largest shipbuilders and signed a 3.4 billion won supply contract with a Singaporean ship-repair yard in January. ' +
      '"We will use the funds to build a mass-production line in Ulsan," CEO Yoon Jae-hyun said.',
    kind: 'round',
    rounds: [
      {
        company: 'Dalbit Robotics',
        amount: 1.2e10,
        currency: 'KRW',
        roundType: 'unknown',
        lead: ['Korea Development Bank'],
        other: ['Hangang Investment', 'Gwangalli Ventures'],
      },
    ],
  },
  {
    id: 'ub28-17',
    style: 'business',
    phenomenon:
      'australian_outlet,aud_prefix_with_usd_conversion,family_private_investment_office_lead,state_government_fund_participant,existing_investors_also_took_part,hectares_trap,founder_hometown_angle,earlier_seed_same_company,series_a',
    title: 'Melbourne soil-carbon startup Loamlogic raises A$12m Series A',
    source: 'Southern Cross Startup Daily',
    text:
      'Melbourne-based Loamlogic, which uses handheld spectrometers and satellite data to measure carbon in farm soils, has raised A$12 million (US$7.8 million) in a Series A round led by Tallowood Capital, the private investment office of the Brennan family.\n\n' +
      'Government-backed investment fund Breakthrough Victoria and existing investors Yarra Bend Ventures and Mallee Seed Fund also took part. ' +
      'Loamlogic’s measurements underpin carbon projects on 1.4 million hectares in Victoria, New South Wales and Western Australia.\n\n' +
      'Co-founder Dr Hannah Whitlock, who grew up on a sheep station near Hay, said the company would open an office in Perth and hire 25 staff. ' +
      'Loamlogic raised a A$3.5 million seed round in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Loamlogic',
        amount: 12e6,
        currency: 'AUD',
        roundType: 'series_a',
        lead: ['Tallowood Capital'],
        other: ['Breakthrough Victoria', 'Yarra Bend Ventures', 'Mallee Seed Fund'],
      },
    ],
  },
  {
    id: 'ub28-18',
    style: 'business',
    phenomenon:
      'chinese_english_outlet,series_b1,nearly_rmb_with_usd_conversion,government_guided_fund_lead,existing_shareholder_participant,planned_b2_trap,earlier_series_a_rmb,monthly_output_trap,series_b',
    title: 'Suzhou chip-packaging startup Yunchuang Micro completes nearly RMB 200 million B1 round',
    source: 'China Hardtech Weekly',
    text:
      'Yunchuang Micro, a Suzhou-based developer of glass-substrate packaging for AI chips, has completed a Series B1 round of nearly RMB 200 million (about US$27.6 million).\n\n' +
      'The round was led by the Suzhou Industrial Park Semiconductor Industry Fund, a government-guided fund, with participation from Huangpu River Capital and existing shareholder Taihu Lake Ventures. ' +
      'Proceeds will be used to expand a pilot line in Suzhou that the company says can produce 5,000 substrates a month.\n\n' +
      'Founded in 2022 by former equipment engineers, Yunchuang Micro closed a RMB 120 million Series A in 2024. It said a Series B2 round is planned for the second half of the year.',
    kind: 'round',
    rounds: [
      {
        company: 'Yunchuang Micro',
        amount: 2e8,
        currency: 'CNY',
        roundType: 'series_b',
        lead: ['Suzhou Industrial Park Semiconductor Industry Fund'],
        other: ['Huangpu River Capital', 'Taihu Lake Ventures'],
      },
    ],
  },
  {
    id: 'ub28-19',
    style: 'business',
    phenomenon:
      'chinese_english_outlet,several_hundred_million_yuan_unstated_amount,phone_maker_cvc_lead,joined_by,units_shipped_trap,target_price_trap,series_a',
    title: 'Shenzhen home-robot maker Duoke Robotics raises several hundred million yuan in Series A',
    source: 'Pearl River Tech Brief',
    text:
      'Duoke Robotics, a Shenzhen startup building a two-armed robot that folds laundry and tidies homes, has closed a Series A round worth several hundred million yuan, the company said on Monday.\n\n' +
      'The round was led by Lingxi Capital, the corporate venture capital arm of smartphone maker Lingxi Technology, and joined by Nanshan Science Fund and Qianhai Horizon Ventures. ' +
      'Duoke said it had shipped 600 units to testers in Shenzhen and Hong Kong and aims to sell the robot for under RMB 30,000 next year.',
    kind: 'round',
    rounds: [
      {
        company: 'Duoke Robotics',
        amount: null,
        roundType: 'series_a',
        lead: ['Lingxi Capital'],
        other: ['Nanshan Science Fund', 'Qianhai Horizon Ventures'],
      },
    ],
  },
  {
    id: 'ub28-20',
    style: 'business',
    phenomenon:
      'us_local_business_journal,valuation_in_headline,amount_after_valuation,existing_backers_also_invested,earlier_valuation_trap,arr_trap,workers_count_trap,series_b',
    title: 'Payroll startup Fernway valued at $900 million after $75 million raise',
    source: 'Peachtree Business Chronicle',
    text:
      'Fernway, the Atlanta startup that runs payroll and benefits for franchise restaurant groups, is now valued at $900 million after a $75 million Series B round led by Oakhurst Capital, chief executive Danielle Mbeki said in an interview.\n\n' +
      'Existing backers Ponce City Ventures and Chattahoochee Growth also invested. ' +
      'The valuation is more than triple the $260 million Fernway was valued at when it raised its Series A in 2024.\n\n' +
      'Fernway processes payroll for about 210,000 restaurant workers, and its annual recurring revenue passed $40 million in January, Mbeki said.',
    kind: 'round',
    rounds: [
      {
        company: 'Fernway',
        amount: 75e6,
        roundType: 'series_b',
        lead: ['Oakhurst Capital'],
        other: ['Ponce City Ventures', 'Chattahoochee Growth'],
      },
    ],
  },
  {
    id: 'ub28-21',
    style: 'business',
    phenomenon:
      'us_trade_outlet,corporate_strategic_investment,investor_named_first,board_seat,no_option_to_buy,dealership_count_trap,founder_hometown_angle,earlier_series_a_same_company,strategic',
    title: 'Tractor maker Halloran takes $20 million stake in autonomy startup Furrowbot',
    source: 'Heartland Ag Business',
    text:
      'Halloran Equipment, the Moline, Illinois, maker of tractors and combines, has made a $20 million strategic investment in Furrowbot, a Fargo, North Dakota, startup that builds retrofit kits that let older tractors drive themselves during tillage and spraying.\n\n' +
      'The deal gives Halloran a seat on Furrowbot’s board and the right to sell the kits through its 340 dealerships in the U.S. and Canada. It does not include an option to buy the company, Furrowbot co-founder Lars Evenson said.\n\n' +
      'Evenson started the company with his brother-in-law after a harvest spent driving 16-hour days on the family farm near Casselton. Furrowbot has kits on 900 tractors. It raised an $11 million Series A led by Red River Ventures in 2024.',
    kind: 'round',
    rounds: [{ company: 'Furrowbot', amount: 20e6, roundType: 'strategic', other: ['Halloran Equipment'] }],
  },
  {
    id: 'ub28-22',
    style: 'business',
    phenomenon:
      'indian_outlet,venture_debt,debt_fund_named_without_led,loan_book_trap,disbursal_trap,npa_percentage_trap,earlier_series_b_same_company,debt',
    title: 'Lucknow fintech Udhaar Setu raises Rs 50 crore in venture debt',
    source: 'The Capital Street',
    text:
      'Lucknow-based Udhaar Setu, which offers working-capital loans to small pharmacies and hardware stores, has raised Rs 50 crore in venture debt from Trishul Venture Debt Fund.\n\n' +
      'The startup will use the funds to grow its loan book, which stood at Rs 340 crore at the end of December, co-founder Ankit Srivastava said. ' +
      'Udhaar Setu has disbursed more than Rs 1,200 crore since 2022 and says its gross non-performing assets are below 1.8%.\n\n' +
      'In 2025, it raised $15 million in a Series B led by Gomti Capital.',
    kind: 'round',
    rounds: [
      {
        company: 'Udhaar Setu',
        amount: 5e8,
        currency: 'INR',
        roundType: 'debt',
        other: ['Trishul Venture Debt Fund'],
      },
    ],
  },
  {
    id: 'ub28-23',
    style: 'press',
    phenomenon:
      'us_pr_wire_release,seed_extension,bringing_total_seed_funding_to_trap,lead_in_second_paragraph,returning_investor,payouts_trap,about_boilerplate_with_investor,extension',
    title: 'Stormcellar Raises $3 Million Seed Extension to Bring Parametric Hurricane Cover to More Gulf Coast Businesses',
    source: 'Crescent Newswire',
    text:
      'NEW ORLEANS, March 9, 2026 /Crescent Newswire/ -- Stormcellar, which sells parametric hurricane cover to small businesses, today announced a $3 million seed extension, bringing its total seed funding to $8.5 million.\n\n' +
      'Bayou Teche Capital led the extension, joined by Lakefront Angels and returning investor Magazine Street Ventures.\n\n' +
      'Stormcellar pays out automatically when a storm’s measured wind speed crosses set thresholds near a policyholder’s address. After last year’s storms it paid $1.9 million to 140 businesses, most within 72 hours.\n\n' +
      '"Small businesses don’t need an adjuster, they need cash on Monday morning," said Stormcellar co-founder and CEO Celeste Arceneaux.\n\n' +
      'About Stormcellar\nStormcellar is a New Orleans-based insurance technology company offering parametric storm cover to small businesses in Louisiana, Mississippi and Alabama.\n\n' +
      'About Bayou Teche Capital\nBayou Teche Capital is a Lafayette, Louisiana, venture firm investing in seed-stage companies across the Gulf South.',
    kind: 'round',
    rounds: [
      {
        company: 'Stormcellar',
        amount: 3e6,
        roundType: 'extension',
        lead: ['Bayou Teche Capital'],
        other: ['Lakefront Angels', 'Magazine Street Ventures'],
      },
    ],
  },
  {
    id: 'ub28-24',
    style: 'roundup',
    phenomenon:
      'apac_deal_sheet_by_city,idr_and_krw_items,fund_final_close_item_trap,acquisition_item_with_had_raised,x_led_the_round_semicolon_joined,from_a_and_b_no_lead,seed,series_a,pre_seed',
    title: 'APAC Deal Sheet: Jakarta, Ho Chi Minh City, Seoul, Sydney, Singapore',
    source: 'Monsoon Deal Sheet',
    text:
      'JAKARTA — Panenku, an app that lets fish farmers in Java buy feed on credit and sell their harvest to processors, raised IDR 48 billion (US$2.9 million) in a seed round led by Cikini Ventures. Depok Angels participated.\n\n' +
      'HO CHI MINH CITY — Lotus Bay Capital announced the final close of its second fund at US$65 million, above its US$50 million target.\n\n' +
      'SEOUL — Mobility-data startup Gilcha raised 5 billion won ($3.4 million) in Series A funding. Namsan Partners led the round; Mapo Ventures and Jongno Investment joined.\n\n' +
      'SYDNEY — Accounting-software company Ledgerbird acquired Canberra-based Receiptly, which had raised A$2 million from angels, for an undisclosed sum.\n\n' +
      'SINGAPORE — Halal-certification platform Sahkan raised US$1.2 million in pre-seed funding from Jurong Angels and Bencoolen Capital.',
    kind: 'round',
    rounds: [
      {
        company: 'Panenku',
        amount: 4.8e10,
        currency: 'IDR',
        roundType: 'seed',
        lead: ['Cikini Ventures'],
        other: ['Depok Angels'],
      },
      {
        company: 'Gilcha',
        amount: 5e9,
        currency: 'KRW',
        roundType: 'series_a',
        lead: ['Namsan Partners'],
        other: ['Mapo Ventures', 'Jongno Investment'],
      },
      {
        company: 'Sahkan',
        amount: 1.2e6,
        roundType: 'pre_seed',
        other: ['Jurong Angels', 'Bencoolen Capital'],
      },
    ],
    prior: ['Receiptly'],
  },
  {
    id: 'ub28-25',
    style: 'business',
    phenomenon:
      'japanese_regional_outlet,jpy_million_yen_with_usd_conversion,pre_series_a,government_bank_participant,regional_bank_fund_participant,price_per_room_trap,sales_forecast_trap,unknown_type',
    title: 'Fukuoka elder-care startup Mimamori Labs raises 320 million yen',
    source: 'Kyushu Startup Journal',
    text:
      'Mimamori Labs, a Fukuoka-based startup that uses ceiling-mounted radar sensors to detect falls and breathing problems in nursing-home residents without cameras, has raised 320 million yen (about $2.1 million) in a pre-Series A round.\n\n' +
      'The round was led by Hakata Bay Ventures, with the Development Bank of Japan and Tenjin Capital, a fund run by a Fukuoka regional bank, also investing. ' +
      'The sensors are installed in 2,300 rooms at 58 facilities. Mimamori Labs charges 1,800 yen per room per month and expects sales of 400 million yen in the fiscal year ending March 2027.',
    kind: 'round',
    rounds: [
      {
        company: 'Mimamori Labs',
        amount: 3.2e8,
        currency: 'JPY',
        roundType: 'unknown',
        lead: ['Hakata Bay Ventures'],
        other: ['Development Bank of Japan', 'Tenjin Capital'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub28-26',
    style: 'business',
    phenomenon:
      'indian_outlet,in_advanced_talks,people_aware_of_the_development,around_rs_crore,existing_investor_likely_to_lead,new_investor_expected_to_participate,valuation_crore_trap,revenue_trap,earlier_series_b_same_lead,series_c',
    title: 'Exclusive: Diagnostics startup Jaanch in talks to raise Rs 300 crore in Series C',
    source: 'The Capital Street',
    text:
      'Gurugram-based Jaanch, which runs home sample collection and diagnostic labs in 40 cities, is in advanced talks to raise around Rs 300 crore in its Series C round, according to two people aware of the development.\n\n' +
      'Existing investor Aravali Growth Fund is likely to lead the round, which could value the company at about Rs 2,400 crore, one of the people said. ' +
      'New investor Sabarmati Partners is also expected to participate. The terms are not final and could change, the second person said.\n\n' +
      'Jaanch did not respond to queries. The company last raised $18 million in a Series B led by Aravali Growth Fund in 2024. It reported revenue of Rs 212 crore in FY25.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Jaanch',
        amount: 3e9,
        currency: 'INR',
        roundType: 'series_c',
        lead: ['Aravali Growth Fund'],
        other: ['Sabarmati Partners'],
      },
    ],
  },
  {
    id: 'ub28-27',
    style: 'roundup',
    phenomenon:
      'us_newsletter_scoop,is_raising,post_money_valuation_trap,set_to_lead,has_not_closed,declined_to_comment,earlier_series_a_from_single_investor,series_b',
    title: 'Scoop: Hollowtree raising at ~$400M',
    source: 'Cap Table Daily',
    text:
      'Scoop: Hollowtree, the Brooklyn startup whose software lets small landlords screen tenants and collect rent, is raising a $60M Series B at a roughly $400M post-money valuation, two people familiar with the matter tell us. ' +
      'Greybarrow Capital is set to lead. The round hasn’t closed and terms could change; Hollowtree declined to comment.\n\n' +
      'Hollowtree raised a $14M Series A from Verrazano Ventures in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Hollowtree', amount: 60e6, roundType: 'series_b', lead: ['Greybarrow Capital'] }],
  },
  {
    id: 'ub28-28',
    style: 'business',
    phenomenon:
      'korean_outlet,pushing_to_raise,ib_industry_sources,on_the_9th,no_lead_chosen,pre_money_valuation_trap,transaction_volume_trap,earlier_series_b_with_lead,series_c',
    title: 'Secondhand fashion app Otgeori seeks 30 billion won Series C',
    source: 'Seoul Tech Herald',
    text:
      'Otgeori, the operator of a secondhand fashion app popular with shoppers in their 20s, is pushing to raise about 30 billion won in a Series C round, according to investment banking industry sources on the 9th.\n\n' +
      'The company has been meeting domestic venture capital firms and a Japanese e-commerce operator since January but has not yet chosen a lead investor, the sources said. It is seeking a pre-money valuation of around 250 billion won.\n\n' +
      'Otgeori’s transaction volume reached 410 billion won last year. Its last round, a 12 billion won Series B in 2024, was led by Cheonggye Partners.',
    kind: 'in_talks',
    rounds: [{ company: 'Otgeori', amount: 3e10, currency: 'KRW', roundType: 'series_c', lead: [] }],
  },
  {
    id: 'ub28-29',
    style: 'business',
    phenomenon:
      'singapore_outlet,signed_term_sheet,to_be_led_by,family_office_lead,expected_to_close_subject_to_due_diligence,square_feet_trap,earlier_series_a_same_company,series_b',
    title: 'Vertical farm Verdanta signs term sheet for US$20m Series B',
    source: 'Marina Bay Startup Digest',
    text:
      'Singapore vertical-farming company Verdanta has signed a term sheet for a US$20 million Series B round to be led by Al Noor Family Holdings, an Abu Dhabi family office, chief executive Priya Raman said on Monday. ' +
      'The round is expected to close in April, subject to due diligence.\n\n' +
      'Verdanta grows leafy greens in a 60,000-square-foot facility in Lim Chu Kang and supplies 120 supermarkets. It raised US$7 million in a Series A in 2023 and has since built a second farm in Johor.',
    kind: 'in_talks',
    rounds: [{ company: 'Verdanta', amount: 20e6, roundType: 'series_b', lead: ['Al Noor Family Holdings'] }],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub28-30',
    style: 'business',
    phenomenon: 'us_fund_close,second_fund,debut_fund_size_trap,check_size_trap,portfolio_rounds_led_and_co_led',
    title: 'Houston’s Bayou Bend Ventures closes $120 million second fund',
    source: 'Houston Venture Wire',
    text:
      'Houston-based Bayou Bend Ventures has closed its second fund at $120 million, more than double the size of its $55 million debut fund, the firm said on Monday.\n\n' +
      'Limited partners include several Texas family offices and a university endowment. ' +
      'The fund will write first checks of $1 million to $3 million in energy-software and industrial startups across the Gulf Coast.\n\n' +
      'From its first fund, Bayou Bend led the $7 million seed round of grid-analytics startup Wattline and co-led the $18 million Series A of pipeline-inspection company Sondera in 2025.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Wattline', 'Sondera'],
  },
  {
    id: 'ub28-31',
    style: 'business',
    phenomenon:
      'indian_aif_first_close,target_corpus_and_greenshoe_trap,public_lp_sidbi,cheque_size_trap,portfolio_company_series_b',
    title: 'Coromandel Capital marks Rs 250 crore first close of second fund',
    source: 'The Capital Street',
    text:
      'Chennai-based venture capital firm Coromandel Capital has marked the first close of its second fund at Rs 250 crore, against a target corpus of Rs 400 crore with a greenshoe option of Rs 200 crore.\n\n' +
      'The SEBI-registered Category II alternative investment fund counts the Small Industries Development Bank of India (SIDBI), through the Fund of Funds for Startups, among its limited partners, alongside family offices and domestic institutions. ' +
      'Coromandel plans to back 25 early-stage startups with cheques of Rs 8–20 crore.\n\n' +
      'Its first fund’s portfolio includes logistics startup Pattinam, which raised Rs 110 crore in a Series B last year.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Pattinam'],
  },
  {
    id: 'ub28-32',
    style: 'business',
    phenomenon:
      'us_local_business_journal,acquisition_terms_not_disclosed,had_raised_total_and_seed,about_to_raise_series_a_trap,founder_hometown_angle',
    title: 'Cedar Rapids software firm buys Des Moines civic-app startup Plotpoint',
    source: 'Corridor Business Weekly',
    text:
      'Hawkeye Data Systems, a Cedar Rapids company that sells records software to county governments, has acquired Plotpoint, a Des Moines startup whose app lets residents report potholes and broken streetlights. Terms were not disclosed.\n\n' +
      'Plotpoint, founded in 2021 by Ames native Jenna Voss, had raised $4.2 million, including a $3 million seed round led by Raccoon River Ventures in 2023. ' +
      'Its 14 employees will join Hawkeye, and Voss will become vice president of product.\n\n' +
      '"We were about to start raising a Series A," Voss said. "This got us to the same place faster."',
    kind: 'acquisition',
    rounds: [],
    prior: ['Plotpoint'],
  },
  {
    id: 'ub28-33',
    style: 'business',
    phenomenon:
      'singapore_acquirer_vietnamese_target,cash_and_stock,terms_not_disclosed,backer_led_series_a_of_target,acquirer_earlier_series_c,salaries_vnd_trap',
    title: 'Singapore’s Paylane buys Hanoi payroll startup Luongso',
    source: 'Asia Venture Report',
    text:
      'Singapore-based payroll and HR software company Paylane has acquired Luongso, a Hanoi startup that handles payroll and social-insurance filings for small Vietnamese employers, in a cash-and-stock deal, the companies said on Monday. Financial terms were not disclosed.\n\n' +
      'Luongso serves 3,100 employers and processes salaries of about VND 900 billion a month. Its backers, including Hoan Kiem Ventures, which led its US$3 million Series A in 2024, will receive Paylane shares.\n\n' +
      'Paylane, which raised US$40 million in a Series C last year, has now made four acquisitions in Southeast Asia.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Luongso', 'Paylane'],
  },
  {
    id: 'ub28-34',
    style: 'business',
    phenomenon:
      'indian_sme_ipo,nse_emerge,issue_size_rs_crore,fresh_issue_lakh_shares,price_band_trap,anchor_investors_raised_trap,revenue_profit_trap',
    title: 'Surat loom maker Reshamkar Industries’ Rs 42 crore SME IPO opens Thursday',
    source: 'Gujarat Markets Today',
    text:
      'Reshamkar Industries, a Surat-based maker of rapier looms and spare parts for textile mills, will open its initial public offering on the NSE Emerge platform on Thursday, aiming to raise Rs 42.3 crore.\n\n' +
      'The issue, entirely a fresh issue of 34.1 lakh shares, is priced in a band of Rs 118 to Rs 124 per share and closes on March 16. ' +
      'The company raised Rs 12 crore from anchor investors including Tapi River Fund and Gujarat Opportunities AIF on Monday, ahead of the issue.\n\n' +
      'Reshamkar reported revenue of Rs 96 crore and a net profit of Rs 8.7 crore in FY25. Its shares are expected to list on March 19.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub28-35',
    style: 'business',
    phenomenon:
      'chinese_company_hong_kong_ipo_filing,application_proof,specialist_technology_rules,could_raise_trap,loss_and_revenue_rmb_trap,past_rounds_more_than_rmb',
    title: 'Hangzhou autonomous-forklift maker Zhixing Robotics files for Hong Kong IPO',
    source: 'Pearl River Tech Brief',
    text:
      'Zhixing Robotics, a Hangzhou-based maker of autonomous forklifts for warehouses and factories, has filed for an initial public offering on the Main Board of the Hong Kong Stock Exchange under the listing rules for specialist technology companies, according to its application proof published on Monday.\n\n' +
      'The company did not disclose the size of the offering; people familiar with the matter have said it could raise about US$150 million. Zhixing lost RMB 312 million last year on revenue of RMB 870 million.\n\n' +
      'Before the filing, Zhixing raised more than RMB 1.5 billion from investors including Qiantang Capital and Xixi Lake Fund, most recently in a RMB 600 million round in 2025.',
    kind: 'ipo',
    rounds: [],
    prior: ['Zhixing Robotics'],
  },
  {
    id: 'ub28-36',
    style: 'wire',
    phenomenon:
      'us_wire_brief,debt_refinancing,existing_term_loan,lender_group_led_by_trap,maturity_and_margin,no_new_borrowing,pe_backed',
    title: 'Cold-storage operator Polar Harbor extends $60 million loan, cuts rate',
    source: 'Meridian Wire',
    text:
      'SAVANNAH, Ga., March 9 (Meridian Wire) - Polar Harbor Logistics, a privately held operator of cold-storage warehouses near the ports of Savannah and Charleston, said on Monday it had refinanced its existing $60 million term loan with its lender group led by Coastal Plains Bank, pushing the maturity out to 2030 from 2027 and cutting the interest margin by 75 basis points. ' +
      'The refinancing does not add new borrowing, the company said. Polar Harbor, which is backed by private-equity firm Marshgate Partners, operates 14 million cubic feet of storage. (Reporting by Dana Whitcombe)',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub28-37',
    style: 'business',
    phenomenon: 'australian_quarterly_funding_tally,aud_totals,largest_rounds_named,percentage_change_trap,analyst_quote',
    title: 'Australian startup funding falls 18% in the December quarter',
    source: 'Southern Cross Startup Daily',
    text:
      'Australian startups raised A$1.46 billion across 172 deals in the three months to December, down 18% from the September quarter, according to data compiled by research firm Gumleaf Insights.\n\n' +
      'The largest round of the quarter was the A$140 million Series C raised by Brisbane battery-recycling company Cyclet, followed by Sydney payroll platform Paysheaf’s A$95 million Series B and the A$60 million Series B of Adelaide space-imaging startup Skyquill Imaging. ' +
      'Seed-stage funding held up better, with 98 rounds worth a combined A$210 million.\n\n' +
      '"Investors are still writing cheques, they’re just writing fewer of them," Gumleaf analyst Tom Pearce said.',
    kind: 'other',
    rounds: [],
    prior: ['Cyclet', 'Paysheaf', 'Skyquill Imaging'],
  },
  {
    id: 'ub28-38',
    style: 'business',
    phenomenon:
      'indian_outlet,layoffs,less_than_a_year_after_raising,earlier_series_b_with_lead_and_participants,headcount_percentage_trap,internal_email',
    title: 'SaaS startup Bikri Labs lays off 22% of staff',
    source: 'The Capital Street',
    text:
      'Bengaluru-based Bikri Labs, which sells sales-automation software to consumer-goods distributors, has laid off about 60 employees, or roughly 22% of its workforce, the company confirmed on Monday.\n\n' +
      'The cuts, mostly in sales and customer support, come less than a year after the startup raised $25 million in a Series B round led by Nandi Hills Capital, with participation from existing investors Ulsoor Ventures and Cubbon Park Partners. ' +
      '"We over-hired for a market that took longer to arrive," co-founder Harsha Rao wrote in an internal email seen by The Capital Street. ' +
      'Affected employees will receive three months’ salary and extended health cover.',
    kind: 'other',
    rounds: [],
    prior: ['Bikri Labs'],
  },
  {
    id: 'ub28-39',
    style: 'business',
    phenomenon: 'korean_outlet,city_government_grant_programme,on_the_9th,grant_total_and_cap_trap,past_recipient_later_series_b',
    title: 'Seoul to give 10 billion won in grants to deep-tech startups',
    source: 'Seoul Tech Herald',
    text:
      'The Seoul Metropolitan Government said on the 9th that it will provide a total of 10 billion won in grants this year to 80 deep-tech startups under a new programme, with each company eligible for up to 200 million won.\n\n' +
      'Startups in artificial intelligence, robotics, biotechnology and quantum technology that are less than seven years old and headquartered in Seoul can apply until April 10. ' +
      'Selected companies will also get office space at a city-run campus in Yangjae and introductions to venture capital firms.\n\n' +
      'Last year’s pilot group included surgical-robot maker Sungmo Medical Robotics, which went on to attract 15 billion won in Series B investment led by Yeouido Partners in December.',
    kind: 'other',
    rounds: [],
    prior: ['Sungmo Medical Robotics'],
  },
  {
    id: 'ub28-40',
    style: 'business',
    phenomenon:
      'indian_outlet,revenue_run_rate_milestone,ebitda_positive,linkedin_post,last_raised_series_b,total_raised_to_date,no_plans_to_raise',
    title: 'Coffee brand Neelgiri Roasters crosses Rs 200 crore revenue run-rate',
    source: 'South Startup Times',
    text:
      'Bengaluru-based direct-to-consumer coffee brand Neelgiri Roasters has crossed an annualised revenue run-rate of Rs 200 crore and turned EBITDA-positive in February, founder Meera Subbaiah said in a LinkedIn post on Monday.\n\n' +
      'The brand, which sources beans from 140 estates in Chikmagalur and Coorg, sells through its website, quick-commerce apps and 32 cafés. ' +
      'Neelgiri last raised Rs 75 crore in a Series B led by Kabini Capital in 2024 and has raised about Rs 130 crore to date. Subbaiah said the company has no immediate plans to raise fresh capital.',
    kind: 'other',
    rounds: [],
    prior: ['Neelgiri Roasters'],
  },
  {
    id: 'ub28-41',
    style: 'business',
    phenomenon: 'japanese_english_edition,ceo_appointment,last_year_series_b_with_lead,cumulative_funding_trap,users_count_trap',
    title: 'Tokyo fintech Kakeibo Pay names former bank executive as CEO',
    source: 'Nippon Startup Times (English edition)',
    text:
      'Kakeibo Pay Inc., a Tokyo startup offering household-budget and bill-payment apps, announced on March 9 that Kenji Morimoto, a former managing executive officer at a major Japanese bank, will become chief executive on April 1. ' +
      'Founder Aya Ishikawa will become chairperson and chief product officer.\n\n' +
      'Kakeibo Pay has 1.9 million registered users. The company raised 2.8 billion yen in a Series B round led by Ochanomizu Capital in 2025, bringing its cumulative funding to 4.1 billion yen. ' +
      '"The next phase is about bank partnerships, and Morimoto-san knows that world better than anyone," Ishikawa said.',
    kind: 'other',
    rounds: [],
    prior: ['Kakeibo Pay'],
  },
  {
    id: 'ub28-42',
    style: 'business',
    phenomenon:
      'us_local_business_journal,product_launch,price_per_try_on_trap,returns_percentage_trap,founder_hometown_angle,raised_to_date_with_investors_including',
    title: 'Austin startup Threadkin launches virtual fitting room for Shopify stores',
    source: 'Capital City Business Review',
    text:
      'Threadkin, an Austin startup, on Monday launched a virtual fitting room that lets shoppers on Shopify stores see how a garment will drape on a body shaped like theirs, using two phone photos.\n\n' +
      'The tool costs merchants 4 cents per try-on and is already live on 230 stores, which saw returns fall by 19% in testing, co-founder Raúl Benavides said. ' +
      'Benavides, who grew up in Laredo working the register at his mother’s clothing shop, said the idea came from watching customers buy three sizes and return two.\n\n' +
      'Threadkin has raised $16 million to date from investors including Guadalupe Street Ventures and Zilker Capital.',
    kind: 'other',
    rounds: [],
    prior: ['Threadkin'],
  },
  {
    id: 'ub28-43',
    style: 'business',
    phenomenon:
      'us_local_business_journal,employee_tender_offer,valuation_trap,buyers_named,company_not_raising,matches_series_c_valuation_with_lead',
    title: 'Insurtech Canopyline lets employees sell up to $50 million in shares',
    source: 'Lakefront Business Journal',
    text:
      'Canopyline, the Chicago insurtech that sells renters’ and small-landlord insurance, is letting current and former employees sell up to $50 million worth of shares to outside investors in a tender offer at a $1.3 billion valuation, according to a memo to staff viewed by the Lakefront Business Journal.\n\n' +
      'Wacker Drive Capital and an unnamed sovereign wealth fund are buying the shares. ' +
      'The company itself is not raising money in the tender, and the valuation matches its 2025 Series C, which was led by Wacker Drive Capital.',
    kind: 'other',
    rounds: [],
    prior: ['Canopyline'],
  },
  {
    id: 'ub28-44',
    style: 'business',
    phenomenon:
      'korean_outlet,fund_of_funds_gp_selection,on_the_9th,combined_fund_size_trap,state_contribution_trap,gp_led_portfolio_series_a',
    title: 'Korea Fund of Funds picks 14 VCs for 620 billion won in new funds',
    source: 'Seoul Tech Herald',
    text:
      'Korea Venture Investment Corp. said on the 9th that it has selected 14 venture capital firms to manage new funds worth a combined 620 billion won, to which the state-backed Korea Fund of Funds will contribute 250 billion won.\n\n' +
      'The selected firms must form their funds within three months. Among them, Jamsil Venture Partners will raise a 60 billion won fund for climate-technology startups; the firm led the 9 billion won Series A of battery-recycling startup Ecocell Korea last year.',
    kind: 'other',
    rounds: [],
    prior: ['Ecocell Korea'],
  },
  {
    id: 'ub28-45',
    style: 'roundup',
    phenomenon:
      'us_deal_newsletter,exits_section,acquisition_with_price,had_raised_with_last_round_lead,undisclosed_amount,backers_included,exploring_sale_after_failing_to_raise_trap',
    title: 'Exits: Clearwell to Stonecrest, Pinfold to Greyhaven',
    source: 'Cap Table Daily',
    text:
      'EXITS\n\n' +
      '• Clearwell Health (Nashville), which makes discharge-planning software for hospitals, was acquired by Stonecrest Systems for $210M. Clearwell had raised $38M, most recently a $25M Series B led by Music Row Ventures.\n' +
      '• Pinfold, a Raleigh startup selling scheduling software to veterinary clinics, sold to Greyhaven Animal Health for an undisclosed amount. Backers included Oak City Seed.\n' +
      '• Gristmill AI is exploring a sale after failing to raise a Series B, per two people familiar.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Clearwell Health', 'Pinfold'],
  },
];
