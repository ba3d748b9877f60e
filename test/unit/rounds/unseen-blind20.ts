// A twentieth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "on the 9th" is the same day, "last year" is 2025.
// Theme: the everyday English-language startup press of many countries.
// Styles: Indian startup outlets ("Rs 45 Cr", "$6 million (around Rs 52 crore)", "led by … with
// participation from existing investors A and B", an ESOP buyback, a monthly funding tally, an
// acquisition "for an undisclosed sum", an in-talks Series C "according to people aware of the
// development"); Southeast Asian outlets ("SGD 4.2 million (US$3.1 million)" pre-Series A, "IDR 80
// billion", "VND 120 billion", a Manila/Kuala Lumpur/Bangkok deal sheet with PHP, RM and US$, a
// venture-debt fund's launch, an Indonesian edtech's layoffs, an Enterprise Singapore grant scheme);
// African outlets (a Lagos pre-seed, a Nairobi co-led seed with an earlier grant, a Cairo Series A
// "comprising $6 million in equity and $2 million in debt", an Accra startup in talks with no lead
// chosen); Gulf outlets (a Riyadh PR-wire release "SAR 30 million (US$8 million)" with "About"
// boilerplate and the state-owned Saudi Venture Capital Company participating, a Dubai wire brief
// with a valuation); Latin American outlets ("R$25 million (about US$4.4 million)", a Mexico City
// Series A beside a past MXN credit line, a Santiago seed extension "bringing total seed funding to");
// continental European outlets ("has secured €2.5 million in a seed round led by", a Lyon Series A with
// Bpifrance, a Swedish corporate's "SEK 40 million strategic investment", a Lisbon VC's first close
// with the European Investment Fund as an LP); UK business pages (a Leeds "£8m" Series A after an
// Innovate UK grant, a London insurer "in advanced talks" with a lead "set to lead"); US outlets (an
// Austin Series B at a post-money valuation, a founder's "We raised $4M" blog post, an acqui-hire);
// Australian and New Zealand outlets ("A$7 million", "NZ$3.2 million" with the government-owned
// New Zealand Growth Capital Partners co-investing, an ARR milestone); Canadian papers ("$5-million" with "All figures are in Canadian dollars", a Toronto
// company that "raised its prices" in C$); Japanese and Korean English editions ("600 million yen …
// through a third-party allotment of shares", "attracted KRW 15 billion in Series B investment" with
// "cumulative investment", a TSE Growth IPO, a Korean cathode maker's Texas plant).
// Phenomena: local currencies first with USD conversions in parentheses (INR crore, SGD, IDR, VND,
// SAR, BRL, EUR, SEK, GBP, AUD, NZD, CAD, JPY, KRW, PHP, MYR) and the reverse (USD first with a rupee
// conversion); common-word and native-language names ("Muster", "Ombrière", "Portcullis", "Skogsöga",
// "Harakeke Materials") and investors with diacritics ("Araucária Ventures", "Saône Angels"); named
// angels as participants; co-leads (a local and a foreign firm); "the equity portion was led by";
// investors "subscribing" in a Japanese allotment; "following on"; investors introduced by city
// ("Curitiba-based Araucária Ventures"); a single named investor with no "led" ("from X", a corporate's
// "strategic investment" with the investor named first); amounts beside revenue, ARR, orders,
// rent financed, savings, payments, premiums, tonnes, hectares, megawatts, cattle, headcount,
// valuations, cumulative totals, earlier rounds of the same company, an earlier grant to the same
// company and a past credit line. In-talks: an Indian Series C with a lead "expected to lead" and
// existing investors "likely to participate", a UK "in advanced talks" with a lead "set to lead", and
// an Accra startup whose "lead investor has not yet been chosen".
// Distractors: an Indian HR-tech acquired "for an undisclosed sum" (kind 'acquisition'); an acqui-hire
// of a US note-taking startup's team (kind 'acquisition'); a Lisbon VC's €60 million first close
// (kind 'fund_close'); a Singapore venture-debt fund's launch (kind 'fund_close'); a Sendai robot
// maker's IPO on the Tokyo Stock Exchange's Growth market (kind 'ipo'); an Enterprise Singapore grant
// scheme; "Indian startups raised $1.1 billion in February" naming the month's largest rounds; an
// Australian ARR milestone; an Indonesian edtech's layoffs with its 2024 Series B; a Korean cathode
// maker that "will invest $50 million in its Texas plant"; a Toronto software company that "raised its
// prices"; a Bengaluru fintech's ESOP buyback at its Series C valuation (all kind 'other' unless
// noted, every one with rounds: []).
// Conventions (those of checks.ts and unseen-blind14.ts): company as the text names it; amount in the
// currency first stated (ISO code when not USD): "Rs 45 Cr" is 4.5e8 INR, "$6 million (around Rs 52
// crore)" 6e6 USD, "R$25 million" 2.5e7 BRL, "RM12 million" 1.2e7 MYR, "US$" is USD, "$5-million" in a
// Canadian paper that says "All figures are in Canadian dollars" is 5e6 CAD; `lead` only where the
// text says who led or co-led (or, in talks, who is set/expected to lead; `lead: []` where "a lead
// investor has not yet been chosen"); `other` for named participants, including named angels, public
// bodies and a debt provider inside a round, and, in talks, an existing investor "expected to take
// part" / "likely to participate". Round types: pre-Series A is 'unknown'; "an extension of its seed
// round" is 'extension'; a corporate's "strategic investment" is 'strategic'; "a Series A round
// comprising $6 million in equity and $2 million in debt" is labelled at its $8 million total as
// 'series_a' with the equity portion's lead and the debt provider in `other`. Labelled by hand; a
// reader of each text should agree with every label.
// First look (2026-12-07 12:07, no rule changed for it; measured after the fixes for unseen-blind15.ts
// to unseen-blind19.ts): company F1 0.931 (P 0.96 / R 0.90), amount 100 %, type 92.3 %, lead F1
// 0.897, 1 false round (a public grant scheme's total, with a lead taken from a background round);
// missed: a deal sheet's three entries under "Manila — X, a …". After the fixes
// (blind20-ways.test.ts): 1.000 · 100 % · 93.1 % · 0.967 · 0 false rounds. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND20: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub20-01',
    style: 'business',
    phenomenon:
      'indian_outlet,rs_cr_abbreviation,led_by_with_participation_from_existing_investors_ab,revenue_crore_trap,credit_extended_trap,headcount_trap,earlier_seed_same_company,series_a',
    title: 'Agri-input startup Khetwise raises Rs 45 Cr in Series A led by Banyan Arc Capital',
    source: 'Malwa Startup Chronicle',
    text:
      'Indore-based Khetwise, which sells seeds, fertiliser and crop-protection products to farmers on credit through a network of village shops, has raised Rs 45 Cr in its Series A round led by Banyan Arc Capital, with participation from existing investors Narmada Seed Fund and Chambal Ventures.\n\n' +
      'The startup will use the funds to grow from 1,400 to 4,000 partner shops across Madhya Pradesh, Maharashtra and Rajasthan and to double its 120-member team, co-founder and CEO Pranjal Deshmukh said. ' +
      'Khetwise reported revenue of Rs 68 crore in FY25 and claims to have extended more than Rs 200 crore in input credit since its launch in 2022.\n\n' +
      'In 2024, it raised $2 million in a seed round led by Narmada Seed Fund.',
    kind: 'round',
    rounds: [
      {
        company: 'Khetwise',
        amount: 4.5e8,
        currency: 'INR',
        roundType: 'series_a',
        lead: ['Banyan Arc Capital'],
        other: ['Narmada Seed Fund', 'Chambal Ventures'],
      },
    ],
  },
  {
    id: 'ub20-02',
    style: 'business',
    phenomenon:
      'indian_outlet,usd_first_with_rupee_conversion,co_led_by,named_angel_participant,founder_company_name_trap,patients_trap,revenue_target_trap,seed',
    title: 'Kochi healthtech Nilavu Health raises $6 million in seed round',
    source: 'The Kerala Founder',
    text:
      'Kochi-based Nilavu Health, which runs remote cardiac monitoring for patients discharged from hospitals in tier-2 and tier-3 towns, has raised $6 million (around Rs 52 crore) in a seed round co-led by Periyar Capital and Malabar Coast Ventures.\n\n' +
      'Angel investor Suresh Varghese, founder of the diagnostics chain Thekkady Labs, also participated. ' +
      'Nilavu, founded in 2023 by cardiologist Dr Anjali Menon and engineer Rohan Pillai, says it monitors 9,000 patients a month through 65 partner hospitals and has 48 employees.\n\n' +
      'The company is targeting Rs 100 crore in annual revenue by FY28.',
    kind: 'round',
    rounds: [
      {
        company: 'Nilavu Health',
        amount: 6e6,
        roundType: 'seed',
        lead: ['Periyar Capital', 'Malabar Coast Ventures'],
        other: ['Suresh Varghese'],
      },
    ],
  },
  {
    id: 'ub20-03',
    style: 'business',
    phenomenon:
      'singapore_outlet,sgd_iso_prefix,usd_conversion,pre_series_a,returning_investor,orders_value_trap,headcount_trap,unknown_type',
    title: 'Tidewell nets S$4.2m pre-Series A to digitise ship chandlers',
    source: 'Lion City Tech Brief',
    text:
      'Singapore-based Tidewell, which runs an ordering platform that connects vessel operators with the ship chandlers who supply food, spare parts and stores to ships calling at the port, has raised SGD 4.2 million (US$3.1 million) in a pre-Series A round.\n\n' +
      'The round was led by Pasir Panjang Capital, with participation from Straits Angel Collective and returning investor Merlion Seed Lab. ' +
      'Tidewell says orders worth more than S$150 million have passed through the platform since 2023. It has 35 staff and plans to open offices in Rotterdam and Busan this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Tidewell',
        amount: 4.2e6,
        currency: 'SGD',
        roundType: 'unknown',
        lead: ['Pasir Panjang Capital'],
        other: ['Straits Angel Collective', 'Merlion Seed Lab'],
      },
    ],
  },
  {
    id: 'ub20-04',
    style: 'business',
    phenomenon:
      'indonesian_outlet,idr_billion_prefix,usd_conversion,has_secured,existing_investors_also_joined,investor_with_city,orders_trillion_trap,headcount_trap,earlier_seed_same_company,series_a',
    title: 'Warung restocking app Pasarloka secures IDR 80 billion Series A',
    source: 'Nusantara Tech Daily',
    text:
      'Jakarta-based Pasarloka, a B2B app that lets small grocery kiosks known as warung restock from distributors, has secured IDR 80 billion (about US$5 million) in a Series A round led by Kemang Ventures.\n\n' +
      'Existing investors Menteng Capital and Surabaya-based Tunjungan Partners also joined the round, the company said in a statement on Monday. ' +
      'Pasarloka serves 26,000 warung owners in Greater Jakarta and East Java and processed IDR 1.2 trillion in orders last year. Its headcount stands at 210.\n\n' +
      'The startup previously raised a US$1.5 million seed round in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Pasarloka',
        amount: 80e9,
        currency: 'IDR',
        roundType: 'series_a',
        lead: ['Kemang Ventures'],
        other: ['Menteng Capital', 'Tunjungan Partners'],
      },
    ],
  },
  {
    id: 'ub20-05',
    style: 'business',
    phenomenon:
      'vietnamese_outlet,vnd_billion_prefix,usd_conversion,seed_funding,investors_with_city_and_country,trucks_trap,tonnes_trap,seed',
    title: 'Cold-chain trucking startup Donghanh raises VND 120 billion seed round',
    source: 'Saigon Startup Review',
    text:
      'Donghanh, a Ho Chi Minh City startup that coordinates refrigerated trucking for seafood exporters in the Mekong Delta, has raised VND 120 billion (US$4.7 million) in seed funding.\n\n' +
      'The round was led by Saigon Delta Capital, with Hanoi-based Long Bien Partners and Japan’s Kansai Bridge Fund participating. ' +
      'Founded in 2024, Donghanh works with 340 refrigerated trucks and moved 52,000 tonnes of shrimp and pangasius last year. It plans to enter Thailand in 2027.',
    kind: 'round',
    rounds: [
      {
        company: 'Donghanh',
        amount: 120e9,
        currency: 'VND',
        roundType: 'seed',
        lead: ['Saigon Delta Capital'],
        other: ['Long Bien Partners', 'Kansai Bridge Fund'],
      },
    ],
  },
  {
    id: 'ub20-06',
    style: 'business',
    phenomenon:
      'nigerian_outlet,pre_seed,led_by,named_and_unnamed_participants,naira_savings_trap,users_trap,headcount_trap,pre_seed',
    title: 'Lagos fintech Ajopay raises $1.1m pre-seed to digitise market savings groups',
    source: 'Lagos Tech Dispatch',
    text:
      'Ajopay, a Lagos-based startup that digitises ajo, the rotating savings groups common among traders in the city’s markets, has raised $1.1 million in a pre-seed round led by Ikoyi Seed Partners.\n\n' +
      'Kano Angel Network, Accra-based Labadi Ventures and a group of Nigerian fintech operators also participated. ' +
      'The startup says 18,000 traders have saved more than ₦2.4 billion through its app since it launched in 2025. It has 14 employees.',
    kind: 'round',
    rounds: [
      {
        company: 'Ajopay',
        amount: 1.1e6,
        roundType: 'pre_seed',
        lead: ['Ikoyi Seed Partners'],
        other: ['Kano Angel Network', 'Labadi Ventures'],
      },
    ],
  },
  {
    id: 'ub20-07',
    style: 'business',
    phenomenon:
      'kenyan_outlet,co_led_by_local_and_foreign,earlier_grant_same_company,kes_price_trap,farmers_trap,cold_rooms_trap,seed',
    title: 'Solar cold-room startup Baridi Hubs closes $3.5m seed',
    source: 'Nairobi Business Wire',
    text:
      'Nairobi-based Baridi Hubs, which rents space in solar-powered cold rooms to smallholder farmers on a pay-per-crate basis, has closed a $3.5 million seed round co-led by Rift Valley Ventures and Amsterdam-based Polder Impact Fund, with participation from Mombasa Road Angels.\n\n' +
      'Farmers pay KES 45 per crate per day to store tomatoes, mangoes and leafy greens. The company runs 62 cold rooms used by 11,000 farmers in Kenya and Uganda.\n\n' +
      'Baridi Hubs won a $250,000 grant in an agricultural innovation challenge in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Baridi Hubs',
        amount: 3.5e6,
        roundType: 'seed',
        lead: ['Rift Valley Ventures', 'Polder Impact Fund'],
        other: ['Mombasa Road Angels'],
      },
    ],
  },
  {
    id: 'ub20-08',
    style: 'business',
    phenomenon:
      'egyptian_outlet,equity_and_debt_in_one_round,equity_portion_led_by,debt_provider_participant,egp_payments_trap,parking_spaces_trap,earlier_seed_same_company,series_a',
    title: 'Cairo parking app Rakna secures $8 million Series A',
    source: 'Delta Startup News',
    text:
      'Rakna, a Cairo startup that runs app-based parking in New Cairo and Sheikh Zayed City, has secured $8 million in a Series A round comprising $6 million in equity and $2 million in debt.\n\n' +
      'The equity portion was led by Nile Corniche Ventures, with participation from Alexandria-based Pharos Gate Capital and existing investor Zamalek Angels; the debt came from Heliopolis Credit Partners. ' +
      'Rakna manages 40,000 parking spaces and says it processed EGP 650 million in payments last year.\n\n' +
      'The company raised a $1.5 million seed round in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Rakna',
        amount: 8e6,
        roundType: 'series_a',
        lead: ['Nile Corniche Ventures'],
        other: ['Pharos Gate Capital', 'Zamalek Angels', 'Heliopolis Credit Partners'],
      },
    ],
  },
  {
    id: 'ub20-09',
    style: 'press',
    phenomenon:
      'saudi_press_release,sar_prefix,usd_conversion,today_announced_close,state_owned_investor_participates,about_boilerplate_lead_aum_trap,trips_trap,series_a',
    title: 'Darbline Closes SAR 30 Million Series A to Expand Digital Freight Marketplace Across the Kingdom',
    source: 'Gulf PR Newswire',
    text:
      'RIYADH, Saudi Arabia, March 9, 2026 — Darbline, a Riyadh-based digital freight marketplace for the Kingdom’s trucking sector, today announced the close of a SAR 30 million (US$8 million) Series A round led by Najd Horizon Capital. ' +
      'Saudi Venture Capital Company (SVC) and Dammam-based Eastern Gate Ventures also participated in the round.\n\n' +
      '"Saudi trucking is still run on phone calls and WhatsApp groups," said Faisal Al-Otaibi, co-founder and CEO of Darbline. ' +
      'Darbline connects 9,500 truck owners with 1,200 shippers and has completed more than 210,000 trips since 2023.\n\n' +
      'About Darbline\nDarbline is a digital freight marketplace headquartered in Riyadh.\n\n' +
      'About Najd Horizon Capital\nNajd Horizon Capital is a Riyadh-based venture capital firm with SAR 1.5 billion under management.',
    kind: 'round',
    rounds: [
      {
        company: 'Darbline',
        amount: 30e6,
        currency: 'SAR',
        roundType: 'series_a',
        lead: ['Najd Horizon Capital'],
        other: ['Saudi Venture Capital Company', 'Eastern Gate Ventures'],
      },
    ],
  },
  {
    id: 'ub20-10',
    style: 'wire',
    phenomenon:
      'dubai_wire_brief,valuation_trap,aed_rent_financed_trap,existing_investors_took_part,earlier_series_a_with_lead_same_company,headcount_trap,series_b',
    title: 'Dubai rent-instalment startup Nakhla Rent raises $22 million Series B',
    text:
      'DUBAI (Gulf Markets Wire) — Nakhla Rent, which lets tenants in the United Arab Emirates pay annual rent in monthly instalments instead of post-dated cheques, has raised $22 million in a Series B round led by Jumeirah Bay Partners at a valuation of $140 million, the company said on Monday. ' +
      'Existing investors Creek Harbour Ventures and Riyadh’s Wadi Hanifa Capital also took part.\n\n' +
      'Nakhla, which has 95 employees, says it has financed AED 2.1 billion in rent for 30,000 tenants since 2022. Its $7 million Series A was led by Creek Harbour Ventures in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Nakhla Rent',
        amount: 22e6,
        roundType: 'series_b',
        lead: ['Jumeirah Bay Partners'],
        other: ['Creek Harbour Ventures', 'Wadi Hanifa Capital'],
      },
    ],
  },
  {
    id: 'ub20-11',
    style: 'business',
    phenomenon:
      'brazilian_outlet_english,brl_r_dollar_prefix,usd_conversion,investors_with_city,diacritics_in_investor_name,revenue_forecast_trap,client_count_trap,series_a',
    title: 'Bookkeeping startup Balancete raises R$25 million Series A',
    source: 'LatAm Deal Report',
    text:
      'Balancete, a São Paulo startup that automates bookkeeping for small accounting firms, has raised R$25 million (about US$4.4 million) in a Series A round led by Pinheiros Capital. ' +
      'Curitiba-based Araucária Ventures and existing investor Faria Lima Seed also participated.\n\n' +
      'The company serves 1,800 accounting firms, which together keep the books of about 140,000 small businesses, and expects revenue of R$18 million this year. It has 70 employees.',
    kind: 'round',
    rounds: [
      {
        company: 'Balancete',
        amount: 25e6,
        currency: 'BRL',
        roundType: 'series_a',
        lead: ['Pinheiros Capital'],
        other: ['Araucária Ventures', 'Faria Lima Seed'],
      },
    ],
  },
  {
    id: 'ub20-12',
    style: 'business',
    phenomenon:
      'mexican_outlet_english,past_mxn_credit_line_trap,investors_with_city,employers_and_workers_trap,headcount_trap,series_a',
    title: 'Earned-wage startup Quincena raises $10 million Series A',
    source: 'LatAm Deal Report',
    text:
      'Quincena, a Mexico City fintech that gives factory workers early access to the wages they have already earned, has raised $10 million in a Series A round led by Monterrey-based Cerro de la Silla Capital, with participation from Guadalajara’s Chapala Ventures and Miami-based Brickell Key Partners.\n\n' +
      'The company, which works with 150 employers and 90,000 workers, secured a MXN 200 million credit line from a local lender last year to fund the advances. ' +
      'It was founded in 2023 and has 60 employees.',
    kind: 'round',
    rounds: [
      {
        company: 'Quincena',
        amount: 10e6,
        roundType: 'series_a',
        lead: ['Cerro de la Silla Capital'],
        other: ['Chapala Ventures', 'Brickell Key Partners'],
      },
    ],
  },
  {
    id: 'ub20-13',
    style: 'business',
    phenomenon:
      'chilean_outlet_english,us_dollar_prefix,extension_of_seed_round,led_by_existing_investor,bringing_total_seed_trap,earlier_public_grant_same_company,dams_trap,extension',
    title: 'Tailings-monitoring startup Relave extends seed round to US$5.5 million',
    source: 'Andes Startup Journal',
    text:
      'Relave, a Santiago-based startup whose sensors watch for leaks and movement in mine tailings dams, has closed a US$2.4 million extension of its seed round led by existing investor Andes Peak Ventures, bringing its total seed funding to US$5.5 million. ' +
      'New backers Valparaíso Angels and Lima-based Miraflores Capital also joined.\n\n' +
      'The startup’s sensors monitor 23 tailings dams in Chile and Peru. It had earlier received a grant from Chile’s development agency Corfo.',
    kind: 'round',
    rounds: [
      {
        company: 'Relave',
        amount: 2.4e6,
        roundType: 'extension',
        lead: ['Andes Peak Ventures'],
        other: ['Valparaíso Angels', 'Miraflores Capital'],
      },
    ],
  },
  {
    id: 'ub20-14',
    style: 'business',
    phenomenon:
      'german_outlet_english,has_secured_eur_prefix,in_a_round_led_by,public_body_participant,named_angel_participant,megawatts_trap,buildings_trap,earlier_pre_seed_same_company,seed',
    title: 'Berlin’s Stromkasten secures €2.5 million to share rooftop solar among tenants',
    source: 'Spree Startup Post',
    text:
      'Berlin-based Stromkasten has secured €2.5 million in a seed round led by Spree Harbour Ventures. ' +
      'The round also included IBB Ventures, the venture arm of the state bank Investitionsbank Berlin, and business angel Katrin Vogler, a former energy executive.\n\n' +
      'Stromkasten’s software lets landlords and owners’ associations split the power from rooftop solar panels among the tenants of a building and bill them for it. ' +
      'The company has 17 employees and manages 240 buildings with a combined 6 megawatts of panels. It raised €600,000 in pre-seed funding in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Stromkasten',
        amount: 2.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Spree Harbour Ventures'],
        other: ['IBB Ventures', 'Katrin Vogler'],
      },
    ],
  },
  {
    id: 'ub20-15',
    style: 'business',
    phenomenon:
      'french_outlet_english,common_word_name_with_accent,public_bank_participant,existing_investors_ab,revenue_trap,megawatts_trap,earlier_seed_same_company,series_a',
    title: 'Solar-canopy installer Ombrière raises €12 million',
    source: 'French Tech Weekly',
    text:
      'Ombrière, a Lyon company that installs solar canopies over supermarket car parks, has raised €12 million in a Series A round led by Paris-based Rive Gauche Partners, with participation from Bpifrance and existing investors Croix-Rousse Capital and Saône Angels.\n\n' +
      'Ombrière has built canopies over 85 car parks with a combined capacity of 40 megawatts and booked €9 million in revenue last year. ' +
      'It employs 55 people and raised a €3 million seed round in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Ombrière',
        amount: 12e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Rive Gauche Partners'],
        other: ['Bpifrance', 'Croix-Rousse Capital', 'Saône Angels'],
      },
    ],
  },
  {
    id: 'ub20-16',
    style: 'business',
    phenomenon:
      'swedish_outlet_english,corporate_strategic_investment,sek_prefix,eur_conversion,investor_named_first,stake_percentage_trap,hectares_trap,earlier_seed_with_investor_same_company,strategic',
    title: 'Forestry group Granvik Skog invests SEK 40 million in drone startup Skogsöga',
    source: 'Nordic Startup Ledger',
    text:
      'Norrland forestry group Granvik Skog has made a SEK 40 million (about €3.6 million) strategic investment in Skogsöga, an Umeå startup that uses drones and lidar to count and measure trees before timber sales. ' +
      'Granvik Skog will take a 15% stake and become Skogsöga’s largest customer, the companies said on Monday.\n\n' +
      'Skogsöga has surveyed 1.2 million hectares of forest in Sweden and Finland and had revenue of SEK 25 million last year. ' +
      'It raised SEK 12 million in a seed round from Luleå-based Bottenviken Kapital in 2024.',
    kind: 'round',
    rounds: [{ company: 'Skogsöga', amount: 40e6, currency: 'SEK', roundType: 'strategic', other: ['Granvik Skog'] }],
  },
  {
    id: 'ub20-17',
    style: 'business',
    phenomenon:
      'uk_business_page,gbp_m_suffix,start_up_hyphenated,earlier_innovate_uk_grant_same_company,existing_investors_took_part,eggs_trap,headcount_trap,series_a',
    title: 'Leeds egg-sexing start-up Hatchmark raises £8m',
    source: 'Yorkshire Business Desk',
    text:
      'Hatchmark, a Leeds start-up that uses cameras and machine learning to tell the sex of chicken eggs before they hatch, has raised £8m in a Series A round led by Harrogate-based Nidderdale Capital. ' +
      'Existing investors Kirkstall Ventures and Aire Valley Angels also took part.\n\n' +
      'The company, which received a £1.2m Innovate UK grant in 2024, has 38 staff. ' +
      'Its machines are installed at 11 hatcheries that together produce 300 million eggs a year.',
    kind: 'round',
    rounds: [
      {
        company: 'Hatchmark',
        amount: 8e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Nidderdale Capital'],
        other: ['Kirkstall Ventures', 'Aire Valley Angels'],
      },
    ],
  },
  {
    id: 'ub20-18',
    style: 'business',
    phenomenon:
      'us_local_business_journal,post_money_valuation_trap,arr_trap,city_customers_trap,round_also_included_existing_investors,earlier_series_a_same_company,headcount_trap,series_b',
    title: 'Austin’s Permitline raises $32M Series B at $210M valuation',
    source: 'Central Texas Business Record',
    text:
      'Permitline, an Austin company whose software lets city governments take building-permit applications and inspections online, has raised $32 million in Series B funding led by Lady Bird Capital at a post-money valuation of $210 million.\n\n' +
      'The round also included existing investors Barton Springs Ventures and Zilker Partners, chief executive Marcus Delgado said on Monday. ' +
      'Permitline counts 140 city governments as customers, has $18 million in annual recurring revenue and employs 110 people. It raised a $9 million Series A in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Permitline',
        amount: 32e6,
        roundType: 'series_b',
        lead: ['Lady Bird Capital'],
        other: ['Barton Springs Ventures', 'Zilker Partners'],
      },
    ],
  },
  {
    id: 'ub20-19',
    style: 'blog',
    phenomenon:
      'founder_blog_post,first_person_we_raised,m_suffix_amount,thrilled_to_have_join,earlier_pre_seed_k_suffix_same_company,gardens_trap,team_size_trap,seed',
    title: 'We raised $4M to help every school grow its own lunch',
    source: 'Sproutmap blog',
    text:
      'Today we’re announcing that Sproutmap has raised a $4M seed round. ' +
      'The round was led by Halfmoon Bay Ventures, and we’re thrilled to have Cobblestone Fund and Yesler Angels join us too.\n\n' +
      'Two years ago we started Sproutmap to help teachers plan, plant and harvest school vegetable gardens. Today 2,300 school gardens use it to schedule planting and track what their kids harvest. ' +
      'Last year we raised a $750K pre-seed from friends and former teachers; this round lets our team of 14 grow to 25.\n\n' +
      '— Nadia Okafor, co-founder and CEO',
    kind: 'round',
    rounds: [
      {
        company: 'Sproutmap',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Halfmoon Bay Ventures'],
        other: ['Cobblestone Fund', 'Yesler Angels'],
      },
    ],
  },
  {
    id: 'ub20-20',
    style: 'business',
    phenomenon:
      'australian_outlet,aud_a_dollar_prefix,common_word_name,unnamed_pastoralist_investors,earlier_government_grant_same_company,cattle_trap,stations_trap,earlier_pre_seed_same_company,seed',
    title: 'Cattle-tracking startup Muster raises A$7 million seed',
    source: 'Queensland Startup Review',
    text:
      'Muster, a Brisbane startup that makes solar-powered ear tags for tracking cattle across remote stations, has raised A$7 million in a seed round led by Darling Downs Ventures, with participation from Sydney’s Circular Quay Capital and a group of pastoralists.\n\n' +
      'Its tags track 180,000 head of cattle across 260 stations in Queensland and the Northern Territory. ' +
      'Muster, which has 21 staff, received a A$1.1 million Cooperative Research Centres Projects grant in 2025 and raised A$1.5 million in pre-seed funding when it was founded in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Muster',
        amount: 7e6,
        currency: 'AUD',
        roundType: 'seed',
        lead: ['Darling Downs Ventures'],
        other: ['Circular Quay Capital'],
      },
    ],
  },
  {
    id: 'ub20-21',
    style: 'business',
    phenomenon:
      'new_zealand_outlet,nzd_prefix,maori_word_name,government_owned_co_investor,sales_trap,tonnes_trap,headcount_trap,seed',
    title: 'Flax-composite maker Harakeke Materials raises NZ$3.2m',
    source: 'Aotearoa Tech Post',
    text:
      'Harakeke Materials, a Christchurch company that turns New Zealand flax fibre into lightweight panels for campervans and boat interiors, has raised NZ$3.2 million in a seed round led by Canterbury Plains Capital, with the government-owned New Zealand Growth Capital Partners co-investing.\n\n' +
      'The company made NZ$450,000 in sales last year, processes about 40 tonnes of flax a year and has 12 staff.',
    kind: 'round',
    rounds: [
      {
        company: 'Harakeke Materials',
        amount: 3.2e6,
        currency: 'NZD',
        roundType: 'seed',
        lead: ['Canterbury Plains Capital'],
        other: ['New Zealand Growth Capital Partners'],
      },
    ],
  },
  {
    id: 'ub20-22',
    style: 'business',
    phenomenon:
      'canadian_paper,hyphenated_dollar_million,all_figures_canadian_dollars_note,crown_corporation_participant,bins_trap,losses_trap,headcount_trap,seed',
    title: 'Saskatoon’s Grainpulse raises $5-million to keep stored grain from spoiling',
    source: 'The Prairie Financial Post',
    text:
      'Grainpulse, a Saskatoon company that sells wireless sensors that monitor moisture and temperature inside grain bins, has raised $5-million in seed funding in a round led by Regina’s Wascana Ventures. ' +
      'Calgary-based Bow River Angels and Export Development Canada also participated.\n\n' +
      'The company’s sensors are in 3,200 bins on 600 farms. Spoiled grain costs Prairie farmers an estimated $200-million a year, chief executive Tessa Lindqvist said. Grainpulse has 25 employees.\n\n' +
      'All figures are in Canadian dollars.',
    kind: 'round',
    rounds: [
      {
        company: 'Grainpulse',
        amount: 5e6,
        currency: 'CAD',
        roundType: 'seed',
        lead: ['Wascana Ventures'],
        other: ['Bow River Angels', 'Export Development Canada'],
      },
    ],
  },
  {
    id: 'ub20-23',
    style: 'business',
    phenomenon:
      'japanese_outlet_english,million_yen_word,usd_conversion,third_party_allotment,subscribing_investors,cumulative_total_trap,units_trap,headcount_trap,series_a',
    title: 'Care-robotics startup Tebukuro raises 600 million yen',
    source: 'Chubu Startup Times (English)',
    text:
      'Tebukuro, a Nagoya-based startup that makes powered gloves that help care workers lift and turn elderly residents, announced on March 9 that it has raised 600 million yen (about $4 million) in a Series A round through a third-party allotment of shares.\n\n' +
      'The round was led by Chubu Sora Capital, with Meieki Ventures and the regional bank-affiliated Atsuta Shinkin Capital also subscribing. ' +
      'The funding brings Tebukuro’s total raised to 950 million yen. The company has shipped 1,100 gloves to 320 care facilities and has 42 employees.',
    kind: 'round',
    rounds: [
      {
        company: 'Tebukuro',
        amount: 600e6,
        currency: 'JPY',
        roundType: 'series_a',
        lead: ['Chubu Sora Capital'],
        other: ['Meieki Ventures', 'Atsuta Shinkin Capital'],
      },
    ],
  },
  {
    id: 'ub20-24',
    style: 'business',
    phenomenon:
      'korean_outlet_english,attracted_krw_billion,on_the_9th,new_and_existing_investors,following_on,cumulative_investment_trap,learners_trap,revenue_trap,series_b',
    title: 'Dalbit Learning attracts KRW 15 billion in Series B investment',
    source: 'Seoul Startup Herald',
    text:
      'Dalbit Learning, which runs an AI Korean-language tutor for foreign learners, announced on the 9th that it has attracted KRW 15 billion in Series B investment.\n\n' +
      'The round was led by Yeouido Growth Partners, with Pangyo Tech Investment and Mapo Partners participating as new investors and existing investor Seongsu Ventures following on. ' +
      'With this round, Dalbit Learning’s cumulative investment has reached KRW 24 billion.\n\n' +
      'The company has 1.8 million learners in 40 countries and recorded revenue of KRW 9 billion last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Dalbit Learning',
        amount: 15e9,
        currency: 'KRW',
        roundType: 'series_b',
        lead: ['Yeouido Growth Partners'],
        other: ['Pangyo Tech Investment', 'Mapo Partners', 'Seongsu Ventures'],
      },
    ],
  },
  {
    id: 'ub20-25',
    style: 'roundup',
    phenomenon:
      'southeast_asia_deal_sheet,multi_round,php_prefix,rm_prefix_myr,us_dollar_conversions,co_led_two_firms,single_investor_from_no_led,tonnes_trap,seed_series_a_pre_seed',
    title: 'SEA Deal Sheet: Manila, Kuala Lumpur, Bangkok',
    source: 'The ASEAN Term Sheet',
    text:
      'SEA Deal Sheet\n\n' +
      '🇵🇭 Manila — Suki Ledger, a bookkeeping and credit app for sari-sari store owners, raised PHP 150 million (US$2.6 million) in a seed round led by Makati Row Ventures. Cebu-based Mactan Angels also invested.\n\n' +
      '🇲🇾 Kuala Lumpur — Sawitrack, which traces palm-oil fruit from smallholder farms to mills, closed an RM12 million (US$2.7 million) Series A co-led by Klang Valley Capital and Singapore’s Raffles Quay Partners. It tracks 400,000 tonnes of fruit bunches a year.\n\n' +
      '🇹🇭 Bangkok — Samlor Health, a home-nursing booking platform, picked up US$2 million in pre-seed funding from Chao Phraya Seed.\n\n' +
      'Send us your deals by Friday.',
    kind: 'round',
    rounds: [
      {
        company: 'Suki Ledger',
        amount: 150e6,
        currency: 'PHP',
        roundType: 'seed',
        lead: ['Makati Row Ventures'],
        other: ['Mactan Angels'],
      },
      {
        company: 'Sawitrack',
        amount: 12e6,
        currency: 'MYR',
        roundType: 'series_a',
        lead: ['Klang Valley Capital', 'Raffles Quay Partners'],
      },
      { company: 'Samlor Health', amount: 2e6, roundType: 'pre_seed', other: ['Chao Phraya Seed'] },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub20-26',
    style: 'business',
    phenomenon:
      'in_talks,indian_outlet,people_aware_of_the_development,usd_first_with_rupee_conversion,expected_to_lead,existing_investors_likely_to_participate,valuation_trap,earlier_series_b_valuation_trap,revenue_crore_trap,series_c',
    title: 'EV-leasing startup Raftaar Fleet in talks to raise $40 Mn in Series C',
    source: 'Capital Street India',
    text:
      'Gurugram-based Raftaar Fleet, which leases electric scooters to delivery riders working for food and grocery apps, is in talks to raise $40 million (about Rs 350 crore) in its Series C round, according to people aware of the development.\n\n' +
      'Singapore-based Orchard Arc Capital is expected to lead the round, while existing investors Aravalli Partners and Cyber Hub Ventures are likely to participate, the people said. ' +
      'The round could value Raftaar at around $300 million, up from $120 million at its Series B in 2024.\n\n' +
      'Raftaar leases 22,000 scooters across eight cities and reported revenue of Rs 240 crore in FY25. The company did not respond to queries.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Raftaar Fleet',
        amount: 40e6,
        roundType: 'series_c',
        lead: ['Orchard Arc Capital'],
        other: ['Aravalli Partners', 'Cyber Hub Ventures'],
      },
    ],
  },
  {
    id: 'ub20-27',
    style: 'business',
    phenomenon:
      'in_talks,uk_business_page,common_word_name,in_advanced_talks,gbp_m_suffix,set_to_lead,valuation_trap,premiums_trap,earlier_series_a_with_lead_same_company,series_b',
    title: 'Cyber insurer Portcullis in advanced talks over £25m Series B',
    text:
      'Portcullis, the London start-up that sells cyber insurance to dental surgeries and GP practices, is in advanced talks to raise £25m in a Series B round that would value it at about £180m, according to people familiar with the matter. ' +
      'Thameside Growth is set to lead the round, the people said.\n\n' +
      'Portcullis covers about 6,000 practices and wrote £40m of premiums last year. It raised £9m in a Series A led by Ludgate Hill Ventures in 2024. ' +
      'Portcullis and Thameside Growth declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Portcullis', amount: 25e6, currency: 'GBP', roundType: 'series_b', lead: ['Thameside Growth'] }],
  },
  {
    id: 'ub20-28',
    style: 'business',
    phenomenon:
      'in_talks,ghanaian_outlet,in_talks_per_people_with_knowledge,lead_not_yet_chosen,existing_investor_expected_to_take_part,cedi_fares_trap,riders_trap,series_a',
    title: 'Accra transit-payments startup Trotro Pay in talks for $12 million Series A',
    source: 'Gold Coast Tech Report',
    text:
      'Trotro Pay, an Accra startup whose tap-to-pay cards are used on the city’s shared minibuses, is in talks to raise around $12 million in a Series A round, according to two people with knowledge of the talks.\n\n' +
      'Existing investor Labone Capital is expected to take part, but a lead investor has not yet been chosen, one of the people said. ' +
      'Trotro Pay says 400,000 riders paid GH₵ 90 million in fares through its cards last year.',
    kind: 'in_talks',
    rounds: [{ company: 'Trotro Pay', amount: 12e6, roundType: 'series_a', lead: [], other: ['Labone Capital'] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub20-29',
    style: 'business',
    phenomenon:
      'acquisition_undisclosed_sum,indian_outlet,listed_acquirer,acquirer_revenue_trap,background_seed_rs_crore_with_lead,employees_join',
    title: 'Hyderabad HR-tech startup Shiftsathi acquired by Godavari Infotech',
    source: 'Capital Street India',
    text:
      'Listed IT services firm Godavari Infotech has acquired Hyderabad-based Shiftsathi, which makes shift-scheduling and attendance software for factories and warehouses, for an undisclosed sum, the companies said on Monday.\n\n' +
      'All 60 of Shiftsathi’s employees will join Godavari, which reported revenue of Rs 1,400 crore in FY25. ' +
      'Shiftsathi had raised Rs 8 crore in a seed round led by Charminar Angels in 2023.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Shiftsathi'],
  },
  {
    id: 'ub20-30',
    style: 'business',
    phenomenon: 'acqui_hire,app_shutdown,terms_not_disclosed,background_seed_with_lead,acquirer_past_valuation_round,team_size',
    title: 'Brightfold hires team behind meeting-notes app Murmur',
    text:
      'Brightfold, the San Francisco design-software company, has hired the 11-person team behind Murmur, an AI app that writes up notes from video meetings, in what Murmur’s founders called an acqui-hire. ' +
      'Murmur will shut its app down on April 30, and terms were not disclosed.\n\n' +
      'Murmur had raised $3.5 million in a seed round led by Tenderloin Ventures in 2024. ' +
      'Brightfold was valued at $2.4 billion in its Series D last year.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Murmur', 'Brightfold'],
  },
  {
    id: 'ub20-31',
    style: 'business',
    phenomenon:
      'vc_fund_first_close,eur_fund_target_trap,ticket_size_trap,public_body_lp,previous_fund_size_trap,background_portfolio_seed_led_by_fund',
    title: 'Lisbon’s Alfama Ventures holds €60 million first close of second fund',
    source: 'Iberian Startup Wire',
    text:
      'Lisbon-based venture capital firm Alfama Ventures has held a €60 million first close of its second fund, which is targeting €100 million, the firm said on Monday. ' +
      'The European Investment Fund and a group of Portuguese family offices are among its limited partners.\n\n' +
      'Fund II will write pre-seed and seed cheques of €500,000 to €3 million in software startups in Portugal and Spain. ' +
      'Alfama’s first fund, of €40 million, backed 22 companies, including Porto-based Azulejo Labs, whose €4 million seed round Alfama led last year.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Azulejo Labs'],
  },
  {
    id: 'ub20-32',
    style: 'business',
    phenomenon:
      'ipo,tse_growth_market,offering_size_yen_trap,share_price_trap,market_cap_trap,background_vc_total,background_series_c_with_lead',
    title: 'Sendai robot maker Mizuhiki Robotics jumps 28% in Tokyo debut',
    source: 'Tohoku Business Times (English)',
    text:
      'Shares of Mizuhiki Robotics, a Sendai-based maker of inspection robots for bridges and tunnels, rose 28% on their debut on the Tokyo Stock Exchange’s Growth market on March 9. ' +
      'The company raised 4.2 billion yen through the initial public offering, pricing its shares at 1,350 yen, and ended the day with a market capitalisation of about 38 billion yen.\n\n' +
      'Mizuhiki had raised about 2.5 billion yen from venture capital firms before the listing, including a 1.2 billion yen Series C led by Aoba Dori Capital in 2024.',
    kind: 'ipo',
    rounds: [],
    prior: ['Mizuhiki Robotics'],
  },
  {
    id: 'ub20-33',
    style: 'business',
    phenomenon:
      'government_grant_programme,sgd_programme_total_trap,per_company_cap_trap,cohort_not_yet_named,background_past_recipient_series_a_with_lead',
    title: 'Enterprise Singapore opens S$50 million scheme for food-tech pilots',
    source: 'Lion City Tech Brief',
    text:
      'Enterprise Singapore has opened applications for a S$50 million grant scheme that will pay for food-technology startups to run pilot production lines with local manufacturers. ' +
      'Each company can receive up to S$500,000, and the first cohort of about 20 companies will be announced in June.\n\n' +
      'Among the recipients of last year’s smaller pilot programme was Kelong Foods, which makes fish-free seafood from fermented fungi and later raised a S$6 million Series A led by Changi Reach Ventures.',
    kind: 'other',
    rounds: [],
    prior: ['Kelong Foods'],
  },
  {
    id: 'ub20-34',
    style: 'business',
    phenomenon:
      'monthly_funding_statistics,indian_outlet,aggregate_total_trap,deal_count,percent_change,largest_rounds_named_past,seed_stage_total_trap',
    title: 'Indian startups raised $1.1 billion in February, down 18% from January',
    source: 'Capital Street India',
    text:
      'Indian startups raised $1.1 billion across 82 deals in February, down 18% from $1.34 billion in January, according to data from the tracker DealTally.\n\n' +
      'The month’s largest rounds were travel platform Yatrika’s $150 million Series D led by Marine Drive Partners and lending startup Paisabridge’s Rs 400 crore Series C. ' +
      'Seed-stage funding fell to $60 million, the lowest monthly figure in two years. Bengaluru accounted for 41% of the money raised.',
    kind: 'other',
    rounds: [],
    prior: ['Yatrika', 'Paisabridge'],
  },
  {
    id: 'ub20-35',
    style: 'business',
    phenomenon:
      'venture_debt_fund_launch,fund_size_trap,loan_size_trap,previous_fund_size_trap,background_venture_debt_alongside_series_b',
    title: 'Marina Crest launches $150 million venture-debt fund for Southeast Asia',
    source: 'The ASEAN Term Sheet',
    text:
      'Singapore-based Marina Crest Debt Partners has launched a $150 million venture-debt fund that will lend $2 million to $15 million to Series A to Series C startups in Southeast Asia, managing partner Clarissa Tan said on Monday.\n\n' +
      'Its first fund, of $80 million, lent to 18 companies, including Jakarta logistics startup Kirimcepat, which drew $5 million in venture debt alongside its Series B in 2024.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Kirimcepat'],
  },
  {
    id: 'ub20-36',
    style: 'business',
    phenomenon: 'revenue_milestone,aud_arr_trap,profitability,no_plans_to_raise,background_series_b_with_lead,headcount_trap',
    title: 'Tradie software firm Tradiebook passes A$50 million in annual recurring revenue',
    source: 'Melbourne Startup Daily',
    text:
      'Tradiebook, the Melbourne company whose app handles quoting, scheduling and invoicing for plumbers and electricians, has passed A$50 million in annual recurring revenue and turned profitable in the December quarter, co-founder Liam Costa said on Monday.\n\n' +
      'The company, which has 320 staff, last raised money in 2024, a A$35 million Series B led by Yarra Bend Capital, and has no plans to raise again this year.',
    kind: 'other',
    rounds: [],
    prior: ['Tradiebook'],
  },
  {
    id: 'ub20-37',
    style: 'business',
    phenomenon: 'layoffs_story,indonesian_outlet,staff_fraction_trap,background_series_b_with_lead,subscribers_trap',
    title: 'Jakarta edtech Tugasin lays off 200 staff',
    source: 'Nusantara Tech Daily',
    text:
      'Tugasin, a Jakarta-based homework-help app for secondary-school students, has laid off about 200 employees, roughly a third of its workforce, the company confirmed on Monday.\n\n' +
      'Paid subscribers fell to 310,000 last year from 520,000 in 2024 as schools returned to in-person tutoring. ' +
      'Tugasin raised a $30 million Series B led by Senayan Growth Partners in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Tugasin'],
  },
  {
    id: 'ub20-38',
    style: 'business',
    phenomenon:
      'capital_expenditure_will_invest_in_plant,korean_outlet_english,on_the_9th,jobs_trap,capacity_tonnes_trap,funded_from_cash,background_series_c_krw_with_lead',
    title: 'Haneul Cathode to invest $50 million in its Texas plant',
    source: 'Seoul Startup Herald',
    text:
      'Haneul Cathode, a Seoul-based maker of cathode materials for electric-vehicle batteries, said on the 9th that it will invest $50 million in its Texas plant in Temple, adding 120 jobs and raising annual capacity to 8,000 tonnes.\n\n' +
      'The expansion will be funded from cash on hand, the company said. ' +
      'Haneul Cathode attracted KRW 90 billion in a Series C round led by Gangnam Frontier Investment last year.',
    kind: 'other',
    rounds: [],
    prior: ['Haneul Cathode'],
  },
  {
    id: 'ub20-39',
    style: 'business',
    phenomenon: 'raised_its_prices,canadian_paper,cad_price_trap,customers_trap,background_series_b_cad_with_lead',
    title: 'Ledgerloom raises its prices for the first time since 2022',
    source: 'The Prairie Financial Post',
    text:
      'Ledgerloom, the Toronto company that sells bookkeeping software to small businesses, has raised its prices for the first time since 2022, lifting its basic plan to C$39 a month from C$29 starting in April.\n\n' +
      'The company, which has 48,000 small-business customers, said rising cloud-hosting costs were to blame. ' +
      'Ledgerloom raised C$40 million in a Series B led by Yonge Street Partners in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Ledgerloom'],
  },
  {
    id: 'ub20-40',
    style: 'business',
    phenomenon:
      'esop_buyback,indian_outlet,buyback_rs_crore_trap,employee_count_trap,series_c_valuation_trap,background_series_c_with_lead',
    title: 'Bengaluru fintech Chillarpay announces Rs 25 crore ESOP buyback',
    source: 'Mumbai Startup Wire',
    text:
      'Bengaluru-based Chillarpay, which offers small-ticket loans to kirana store owners, has announced an ESOP buyback of up to Rs 25 crore for about 300 current and former employees, the company said on Monday.\n\n' +
      'Shares will be bought back at a price based on its Series C valuation of $420 million. ' +
      'Chillarpay raised $55 million in that round, which was led by Cubbon Park Capital, in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Chillarpay'],
  },
];
