// A twenty-seventh blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions, universities, stock exchanges
// and public bodies are real) on 2026-12-07 by a writer who had not read src/rounds and did not run the
// extractor. Dates are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is
// 9 March 2026, "this week" is the week of 9 March, "last week" is early March 2026, "last year" is 2025.
// Theme: the European startup press on an ordinary fortnight, as its RSS feeds carry it: daily funding
// stories of three to six paragraphs with the round in the first or second paragraph, and weekly
// round-ups listing several deals in one text.
// Styles: DACH outlets (a Berlin Series A with the EIC Fund, a Munich Series B with Bayern Kapital and a
// valuation "put at" by people close to the company, a Vienna seed with Austria Wirtschaftsservice, a
// Lausanne "Series A extension" in CHF, a Geneva insurer's "strategic investment" as a wire brief, a
// Berlin term sheet); UK outlets (a London seed "backed by" two funds and angels, a Manchester venture
// debt facility, an Edinburgh press release with "About" boilerplate led by the Scottish National
// Investment Bank, a London "in talks" Series B); Nordic outlets ("SEK 85 million (about €7.5 million)"
// with Almi Invest GreenTech "joined by", a Trondheim "NOK 60 million seed+" with Investinor, an Aarhus
// "DKK 40 million" pre-Series A co-led by EIFO, an Oulu Series A with a separate Business Finland grant,
// a Stockholm company "sounding out" investors with no lead); French, Iberian and Benelux outlets (a
// Nantes Series B "comprising" equity and venture debt from the European Investment Bank with Bpifrance,
// a Valencia seed including an ENISA participative loan, a Porto pre-seed co-led with Banco Português de
// Fomento, an Amsterdam seed co-led by a Dutch and a Belgian firm, a Paris Series C "set to" be led);
// Irish, CEE and Baltic outlets (a Cork Series A with Enterprise Ireland "alongside", a Wrocław "PLN 18
// million (around €4.2 million)", a Tallinn seed with founders of other startups as angels, a Vilnius
// "bridge", a Cluj Series A with the EBRD); weekly round-ups (a Nordic bullet list in SEK, NOK, DKK and
// EUR with an acquisition bullet; a UK paragraph round-up with a seed+, a Series A top-up and two small
// deals with the Development Bank of Wales and Scottish Enterprise; a DACH list "Name (City) — amount";
// a CEE and Baltic round-up with PLN, EUR and a "$4.5 million (about €4.1 million)" and a fund's first
// close inside it).
// Phenomena: angels named with their companies ("Dorothea Kleist (founder of the pump maker Kleist
// Fluidtechnik)"), so a company name sits inside the investor list; public co-investors (EIC Fund,
// Bayern Kapital, EIFO, Investinor, Nysnø Climate Investments, Almi Invest, Tesi, Bpifrance, ENISA,
// Banco Português de Fomento, Enterprise Ireland, Scottish National Investment Bank, Development Bank of
// Wales, Scottish Enterprise, Austria Wirtschaftsservice, High-Tech Gründerfonds, Altum, Hiventures, EBRD,
// European Investment Bank); investors introduced by city ("Stavanger-based", "Graz-based", "Warsaw-
// based"); leads named in a second paragraph or sentence ("The round was led by", "X led the round");
// "alongside", "joined by", "backed by", "with participation from", "following on", "returned for",
// "took part again", "put up the money"; amounts in EUR, GBP, CHF, SEK, NOK, DKK, PLN and USD, with and
// without conversions ("€6M", "£900k"); amounts beside order books, invoices financed, credit lines,
// grants, fees per hectare, revenue, payments processed, tonnes, megawatts, kilometres, valuations, the
// total of an extended Series A and the earlier rounds of the same company or of an investor's portfolio
// company. In-talks: a London "in talks … expected to lead … likely to participate", a Paris "is raising
// … set to lead … expected to take part", a Stockholm "no lead investor has been chosen" with an existing
// investor that "has said it will take part", and a Berlin "signed a term sheet … set to lead".
// Distractors: a Copenhagen VC's €180 million third fund (kind 'fund_close'); a Warsaw VC's first close of
// a PLN fund with PFR Ventures as an LP (kind 'fund_close'); the European Investment Fund's commitment to
// a Riga fund (kind 'fund_close'); a Lyon software group's acquisition of a Seville startup and a German
// drive maker's acquisition of an Odense drone startup (kind 'acquisition'); an Uppsala company's listing
// on Nasdaq First North and a Zug company's first day on the SIX Swiss Exchange (kind 'ipo'); a Berlin
// e-bike subscription startup's shutdown recalling its Series A and bridge; a London fintech's layoffs
// with its 2024 Series B; a data provider's European Q4 2025 totals naming the quarter's largest rounds;
// a CDTI co-investment programme's €250 million budget; a Finnish startup's €30 million supply contract
// with a utility; a Zurich startup's employee secondary sale at its Series C valuation; a Barcelona
// startup's profitability "without raising since its seed"; a Dutch scaleup's new CFO; a Berlin startup
// "raising its headcount" in a new Lisbon office (all kind 'other' unless noted, every one with rounds: []).
// Conventions (those of checks.ts, unseen-blind14.ts and unseen-blind20.ts): company as the text names it
// ("Cerceau Robotics" when the title says "Cerceau"); amount in the currency first stated for the round
// (ISO code when not USD): "SEK 85 million (about €7.5 million)" is 8.5e7 SEK, "$4.5 million (about €4.1
// million)" 4.5e6 USD, "£900k" 9e5 GBP, "up to €20 million" 2e7 EUR; `lead` only where the text says who
// led or co-led (or, in talks, who is set/expected to lead; `lead: []` where "no lead investor has been
// chosen"); `other` for every other named participant: funds, corporates, public bodies (by the name the
// text gives them, e.g. 'Austria Wirtschaftsservice' for "Austria Wirtschaftsservice (aws)"), a debt
// provider inside a round, and angels by their own names, never the companies in the parentheses after
// them; in talks, an existing investor "likely to participate" / "expected to take part" / that "has said it
// will take part" is in `other`. A single named investor with no "led" ("from X", "a £15m facility from
// X", "strategic investment") goes in `other`. Round types: "seed+" is 'seed' (a second seed round, not an
// extension); "Series A extension" and a Series A "top-up" are 'extension', labelled at the new money, not
// the round's new total; pre-Series A, a "bridge" and a stage-less raise are 'unknown'; a stand-alone venture
// debt facility is 'debt'; a corporate's "strategic investment" is 'strategic'; "a €30 million Series B round,
// comprising €22 million in equity and €8 million in venture debt" is labelled at its €30 million total as
// 'series_b' with the equity's lead and the lender in `other` (as unseen-blind20.ts labels its Cairo Series
// A). A public grant or R&D funding the text says was granted "separately" is not part of the round, nor is
// a bank's credit line "not part of the new round"; the roundups' acquisition bullet and fund close are not
// rounds. `prior` lists companies other than a labelled round's company whose funding the text recalls
// (an investor's portfolio company, a report's largest deals, a distractor's company). Labelled by hand; a
// reader of each text should agree with every label.
// First look (2026-12-07 15:13, no rule changed for it; measured after the fixes for unseen-blind21.ts
// to unseen-blind26.ts): company F1 0.927 (P 0.95 / R 0.90), amount 100 %, type 100 %, lead F1 0.886,
// 2 false rounds (a listing's offering, a background seed). After the fixes (blind27-ways.test.ts):
// see README Quality. A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND27: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub27-01',
    style: 'business',
    phenomenon:
      'dach_outlet,led_by_city_based,took_part_again,alongside_public_fund,angels_with_companies_in_parentheses,share_of_electricity_trap,earlier_seed_same_company,headcount_trap,series_a',
    title: 'Kolbenwerk raises €14m Series A to predict compressor failures',
    source: 'Spree Startup Review',
    text:
      'Berlin-based Kolbenwerk, which builds software that predicts when industrial air compressors are about to fail, has raised €14 million in a Series A round led by Munich-based Isarbrück Ventures.\n\n' +
      'Existing investors Havelland Seed and Tempelhof Tech Partners took part again, alongside the EIC Fund. ' +
      'Angel investors in the round include Dorothea Kleist (founder of the pump maker Kleist Fluidtechnik) and Jonas Brandauer (former CTO of Lagerpilot).\n\n' +
      'Kolbenwerk says compressed air accounts for about a tenth of the electricity used by German industry, and that its 140 customers, mostly mid-sized manufacturers in Baden-Württemberg and Bavaria, have cut unplanned compressor downtime by a third. ' +
      'It fitted sensors to its 2,000th machine in January.\n\n' +
      'The company, founded in 2022 by Leonie Sattler and Malik Hoxha, raised a €3.1 million seed round led by Havelland Seed in 2024. ' +
      'It plans to use the new money to open an office in Milan and to grow its team from 38 to 70 people by the end of next year.',
    kind: 'round',
    rounds: [
      {
        company: 'Kolbenwerk',
        amount: 14e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Isarbrück Ventures'],
        other: ['Havelland Seed', 'Tempelhof Tech Partners', 'EIC Fund', 'Dorothea Kleist', 'Jonas Brandauer'],
      },
    ],
  },
  {
    id: 'ub27-02',
    style: 'business',
    phenomenon:
      'uk_outlet,backed_by_no_lead,angels_with_companies_in_parentheses,angel_described_by_role,homes_count_trap,upgrade_cost_trap,works_managed_trap,seed',
    title: 'Hearthstock bags £3.2m seed to help small landlords retrofit rental homes',
    source: 'Thames Tech Daily',
    text:
      'London-based Hearthstock, a platform that plans and manages energy-efficiency upgrades for landlords with small portfolios, has raised £3.2m in seed funding backed by Ditchling Ventures, Old Kent Road Capital and a group of angel investors.\n\n' +
      'The angels include Priya Raman (founder of the lettings app Keyfob), Tom Ashdown (former chief operating officer of Rentwell) and Olumide Fashola, a partner at the property firm Fashola Estates.\n\n' +
      'Hearthstock estimates that more than two million privately rented homes in England would fail a proposed minimum energy-performance standard of band C, with typical upgrade costs of about £8,000 a property. ' +
      'Landlords pay a fixed fee per property, and the company takes a margin on the installer work it books.\n\n' +
      'Co-founder Hannah Okafor said Hearthstock had already managed £11m of upgrade works and would use the seed money to expand from London and the South East into the Midlands and to hire 12 people.',
    kind: 'round',
    rounds: [
      {
        company: 'Hearthstock',
        amount: 3.2e6,
        currency: 'GBP',
        roundType: 'seed',
        other: ['Ditchling Ventures', 'Old Kent Road Capital', 'Priya Raman', 'Tom Ashdown', 'Olumide Fashola'],
      },
    ],
  },
  {
    id: 'ub27-03',
    style: 'business',
    phenomenon:
      'nordic_outlet,sek_first_with_eur_conversion,joined_by,public_fund_participant,family_office_ampersand,returning_seed_lead,order_book_trap,fuel_litres_trap,series_a',
    title: 'Gothenburg’s Skärvik Marine raises SEK 85 million for electric workboats',
    source: 'Nordic Founder Wire',
    text:
      'Gothenburg-based Skärvik Marine, which designs battery-electric workboats for fish farms and harbour operators, has closed an SEK 85 million (about €7.5 million) Series A round.\n\n' +
      'The round was led by Oslo-based Bryggen Climate Partners, joined by Almi Invest GreenTech and the Swedish family office Fröberg & Söner. ' +
      'Existing backer Hisingen Ventures, which led the company’s seed round in 2023, also invested.\n\n' +
      'Skärvik has delivered 14 boats to customers in Sweden and Norway and has an order book worth SEK 120 million, according to chief executive Elin Marklund. ' +
      'Each vessel replaces a diesel boat that burns up to 40,000 litres of fuel a year, she said.\n\n' +
      'The company will use the funds to expand its yard in Uddevalla and to develop a larger, 15-metre model.',
    kind: 'round',
    rounds: [
      {
        company: 'Skärvik Marine',
        amount: 8.5e7,
        currency: 'SEK',
        roundType: 'series_a',
        lead: ['Bryggen Climate Partners'],
        other: ['Almi Invest GreenTech', 'Fröberg & Söner', 'Hisingen Ventures'],
      },
    ],
  },
  {
    id: 'ub27-04',
    style: 'business',
    phenomenon:
      'nordic_outlet,nok,seed_plus,lead_in_second_paragraph,state_owned_investor,returning_angel_with_company,earlier_seed_same_company,vessel_day_cost_trap,seed',
    title: 'Trondheim’s Lysfjord lands NOK 60 million seed+ round',
    source: 'Fjord & Capital',
    text:
      'Lysfjord, a Trondheim startup whose software plans and schedules the work of subsea inspection drones, has raised NOK 60 million in what it calls a seed+ round.\n\n' +
      'Stavanger-based Rogaland Deeptech Fund led the round, with participation from the state-owned Investinor and from returning investors Nidelva Capital and Kristian Haugland (co-founder of Sjøsyn). ' +
      'Lysfjord raised NOK 18 million in a seed round in 2024.\n\n' +
      'The company says its software has planned more than 3,500 inspection dives for offshore wind and aquaculture operators, cutting the number of vessel days needed by up to 30 per cent. ' +
      'A day of vessel time can cost NOK 500,000, according to Lysfjord.\n\n' +
      'Chief executive Ingrid Vold said the money would take the team to 30 people and pay for a first office outside Norway, in Aberdeen.',
    kind: 'round',
    rounds: [
      {
        company: 'Lysfjord',
        amount: 6e7,
        currency: 'NOK',
        roundType: 'seed',
        lead: ['Rogaland Deeptech Fund'],
        other: ['Investinor', 'Nidelva Capital', 'Kristian Haugland'],
      },
    ],
  },
  {
    id: 'ub27-05',
    style: 'business',
    phenomenon:
      'nordic_outlet,dkk_first_with_eur_conversion,pre_series_a,co_led_with_public_fund,also_backing,angel_with_company,earlier_grant_same_company,tonnes_trap,unknown_type',
    title: 'Aarhus startup Kornblad raises DKK 40 million pre-Series A',
    source: 'Copenhagen Startup Post',
    text:
      'Kornblad, an Aarhus-based company that uses fermentation to turn brewers’ spent grain into a protein ingredient for bakeries, has raised DKK 40 million (approximately €5.4 million) in a pre-Series A round co-led by Danish venture firm Marselis Bio Capital and EIFO, Denmark’s Export and Investment Fund.\n\n' +
      'Also backing the round are the Swedish food investor Smörgås Ventures and Lotte Brandt (founder of the organic bakery chain Brandts Brød).\n\n' +
      'Kornblad processes 15 tonnes of spent grain a week at a pilot plant in Aarhus and has signed offtake letters with two industrial bakeries. ' +
      'It says Danish breweries produce more than 200,000 tonnes of the by-product a year, most of which ends up as animal feed.\n\n' +
      'The company received a DKK 9 million grant from Innovation Fund Denmark in 2024. The new money will pay for a demonstration plant in Horsens due to open next year.',
    kind: 'round',
    rounds: [
      {
        company: 'Kornblad',
        amount: 4e7,
        currency: 'DKK',
        roundType: 'unknown',
        lead: ['Marselis Bio Capital', 'EIFO'],
        other: ['Smörgås Ventures', 'Lotte Brandt'],
      },
    ],
  },
  {
    id: 'ub27-06',
    style: 'business',
    phenomenon:
      'dach_outlet,chf,series_a_extension,bringing_total_trap,new_investor_led_extension,following_on,angel_with_company,first_close_same_company,company_longer_than_title,extension',
    title: 'Lausanne robotics spin-off Cerceau adds CHF 9 million to its Series A',
    source: 'Alpine Venture Ledger',
    text:
      'Cerceau Robotics, an EPFL spin-off that builds robotic arms for handling hazardous samples in hospital laboratories, has raised CHF 9 million in a Series A extension, bringing its total Series A to CHF 21 million.\n\n' +
      'The extension was led by new investor Léman Health Partners, with existing investors Jura Deep Tech and Zugerberg Capital following on. ' +
      'Christophe Vautrin (founder of the lab-automation firm Vautrin Instruments) joined as an angel.\n\n' +
      'Cerceau closed the first CHF 12 million of its Series A in June last year in a round led by Jura Deep Tech. ' +
      'Since then it has installed systems in 11 hospital labs in Switzerland and Germany and obtained CE marking for its second product.\n\n' +
      'The company employs 52 people in Lausanne and plans to set up a US subsidiary in Boston this year, chief executive Anouk Perrenoud said.',
    kind: 'round',
    rounds: [
      {
        company: 'Cerceau Robotics',
        amount: 9e6,
        currency: 'CHF',
        roundType: 'extension',
        lead: ['Léman Health Partners'],
        other: ['Jura Deep Tech', 'Zugerberg Capital', 'Christophe Vautrin'],
      },
    ],
  },
  {
    id: 'ub27-07',
    style: 'business',
    phenomenon:
      'french_outlet,equity_and_venture_debt_in_one_round,eib_lender,bpifrance_participant,participants_in_second_paragraph,tonnes_trap,earlier_series_a_same_company,series_b',
    title: 'Nantes battery-recycling startup Recharbon raises €30 million Series B',
    source: 'Hexagone Startup Journal',
    text:
      'Recharbon, a Nantes-based startup that recovers graphite and lithium from end-of-life electric-vehicle batteries, has raised a €30 million Series B round, comprising €22 million in equity and €8 million in venture debt from the European Investment Bank.\n\n' +
      'The equity portion was led by Amsterdam-based Polder Circular Capital, with participation from Bpifrance and existing investors Loire Impact and Erdre Ventures.\n\n' +
      'Recharbon runs a pilot line in Saint-Nazaire that can process 1,200 tonnes of black mass a year and plans to reach 10,000 tonnes at a new plant by 2028. ' +
      'It has signed a multi-year supply agreement with a European carmaker that it declined to name.\n\n' +
      'The company raised a €7 million Series A in 2023. Founder and chief executive Mathilde Guérin said the EIB loan, repayable over seven years, let Recharbon "fund the plant without diluting the team further".',
    kind: 'round',
    rounds: [
      {
        company: 'Recharbon',
        amount: 30e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Polder Circular Capital'],
        other: ['European Investment Bank', 'Bpifrance', 'Loire Impact', 'Erdre Ventures'],
      },
    ],
  },
  {
    id: 'ub27-08',
    style: 'business',
    phenomenon:
      'iberian_outlet,led_by_city_possessive,participative_loan_inside_round,public_lender_participant,angel_with_company,hectares_trap,price_per_hectare_trap,earlier_pre_seed_same_company,seed',
    title: 'Valencia agritech Regadía closes €4.5 million seed round',
    source: 'Iberia Venture Post',
    text:
      'Regadía, a Valencia-based startup whose soil sensors and software tell citrus growers when and how much to irrigate, has closed a €4.5 million seed round led by Barcelona’s Tramuntana Capital.\n\n' +
      'Madrid-based Castellana Agrifood Ventures and the angel investor Jordi Puigvert (founder of the irrigation-equipment maker Puigvert Reg) also invested. ' +
      'The round includes a €500,000 participative loan from ENISA, the Spanish state agency that lends to startups.\n\n' +
      'Regadía’s sensors are installed on 9,000 hectares of orchards in the Valencian Community and Murcia, and the company says growers using them have cut water use by 22 per cent on average. ' +
      'It charges €38 per hectare per year.\n\n' +
      'Founded in 2022 by agronomist Lucía Ferrandis and engineer Pau Climent, Regadía previously raised €900,000 in a pre-seed round from local angels. It plans to enter Morocco and Portugal next year.',
    kind: 'round',
    rounds: [
      {
        company: 'Regadía',
        amount: 4.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Tramuntana Capital'],
        other: ['Castellana Agrifood Ventures', 'Jordi Puigvert', 'ENISA'],
      },
    ],
  },
  {
    id: 'ub27-09',
    style: 'business',
    phenomenon:
      'iberian_outlet,co_led_by_two_cities,national_promotional_bank_participant,angels_with_companies_in_parentheses,berth_nights_trap,payment_fee_trap,pre_seed',
    title: 'Porto’s Maré Alta gets €2 million pre-seed to take marina bookings online',
    source: 'Tagus Tech Notes',
    text:
      'Maré Alta, a Porto startup building software that lets small ports and marinas take berth bookings and collect fees online, has raised €2 million in pre-seed funding.\n\n' +
      'The round was co-led by Lisbon-based Alfama Ventures and the Galician fund Rías Baixas Capital, and also drew Banco Português de Fomento, Portugal’s national promotional bank, and a group of angels including Rui Espinheira (co-founder of the travel marketplace Rotaviva) and Sofia Meireles (former head of product at Cais Digital).\n\n' +
      'Maré Alta works with 23 marinas in Portugal, Spain and France that together sell about 40,000 berth-nights a year. ' +
      'It charges a monthly subscription plus a 1.5 per cent fee on payments.\n\n' +
      'Chief executive Duarte Vilaça said the money would go towards hiring eight engineers and launching in Italy and Croatia this summer.',
    kind: 'round',
    rounds: [
      {
        company: 'Maré Alta',
        amount: 2e6,
        currency: 'EUR',
        roundType: 'pre_seed',
        lead: ['Alfama Ventures', 'Rías Baixas Capital'],
        other: ['Banco Português de Fomento', 'Rui Espinheira', 'Sofia Meireles'],
      },
    ],
  },
  {
    id: 'ub27-10',
    style: 'business',
    phenomenon:
      'cee_outlet,pln_first_with_eur_conversion,returned_for_the_round,joined_by,foreign_investor,angel_with_company,workers_trap,earlier_grant_same_company,headcount_trap,series_a',
    title: 'Wrocław’s Taktomat raises PLN 18 million Series A for factory shift planning',
    source: 'Vistula Tech Review',
    text:
      'Taktomat, a Wrocław-based startup whose software plans shifts on factory production lines, has raised PLN 18 million (around €4.2 million) in a Series A round led by Warsaw-based Wisła Growth Partners.\n\n' +
      'Kraków fund Wawel Seed Capital, which backed the company’s pre-seed, returned for the round, joined by the Czech investor Vltava Industrial Ventures and Marek Zieliński (founder of the logistics software company Paletix).\n\n' +
      'Taktomat says 65 factories in Poland, Czechia and Slovakia use its system to schedule a combined 48,000 workers. ' +
      'In 2024 it received a PLN 2.4 million grant from the National Centre for Research and Development (NCBR) to develop its forecasting models.\n\n' +
      'The company will use the money to open a sales office in Munich and to double its headcount to 80, co-founder Agata Lewandowska said.',
    kind: 'round',
    rounds: [
      {
        company: 'Taktomat',
        amount: 1.8e7,
        currency: 'PLN',
        roundType: 'series_a',
        lead: ['Wisła Growth Partners'],
        other: ['Wawel Seed Capital', 'Vltava Industrial Ventures', 'Marek Zieliński'],
      },
    ],
  },
  {
    id: 'ub27-11',
    style: 'business',
    phenomenon:
      'baltic_outlet,m_suffix_euro_amount,founders_of_other_startups_as_angels,investors_in_one_long_sentence,declarations_trap,duty_threshold_trap,earlier_pre_seed_same_company,seed',
    title: 'Tallinn’s Tollivõti raises €6M seed to automate customs paperwork',
    source: 'Baltic Startup Desk',
    text:
      'Estonian startup Tollivõti has raised a €6M seed round to expand its software that fills in customs declarations for e-commerce parcels leaving and entering the EU. ' +
      'The round was led by London-based Holloway Road Ventures, with participation from Helsinki’s Kallio Capital, Riga-based Daugava Angels and several founders from the Estonian startup scene, among them Kaarel Tamm (co-founder of Pakiraam) and Liis Org (founder of Sõidurada).\n\n' +
      'Tallinn-based Tollivõti says it files around 1.3 million declarations a month for 400 online retailers, up from 200,000 a year ago. ' +
      'The end of the €150 duty exemption for low-value parcels will sharply increase the paperwork for sellers, co-founder and chief executive Martin Kask said.\n\n' +
      'The company raised €1.1M in pre-seed funding in 2024. It now employs 27 people and plans to open an office in Warsaw.',
    kind: 'round',
    rounds: [
      {
        company: 'Tollivõti',
        amount: 6e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Holloway Road Ventures'],
        other: ['Kallio Capital', 'Daugava Angels', 'Kaarel Tamm', 'Liis Org'],
      },
    ],
  },
  {
    id: 'ub27-12',
    style: 'business',
    phenomenon:
      'baltic_outlet,bridge_round,from_existing_investors,put_up_the_money,foreign_angel_with_company,credit_line_not_part_of_round_trap,invoices_financed_trap,earlier_seed_same_company,unknown_type',
    title: 'Vilnius fintech Kvitas raises €1.8m bridge ahead of Series A',
    source: 'Nemunas Tech Weekly',
    text:
      'Kvitas, a Vilnius-based company that advances cash against the invoices of small exporters, has raised a €1.8 million bridge round from existing investors as it prepares a larger raise.\n\n' +
      'Neris Capital and Trakai Ventures, both of which invested in Kvitas’s €4 million seed round in 2024, put up the money, alongside the Danish angel investor Mads Kirkegaard (founder of the payments firm Betalbro).\n\n' +
      'Kvitas has financed more than €160 million of invoices since it launched in 2022. It funds them through a €50 million credit line from a German bank, which was not part of the new round. ' +
      'Chief executive Rūta Jankauskaitė said the company had been profitable on a monthly basis since October.\n\n' +
      '"The bridge gives us room to pick the right partner for the Series A rather than the first one who says yes," she said.',
    kind: 'round',
    rounds: [
      {
        company: 'Kvitas',
        amount: 1.8e6,
        currency: 'EUR',
        roundType: 'unknown',
        other: ['Neris Capital', 'Trakai Ventures', 'Mads Kirkegaard'],
      },
    ],
  },
  {
    id: 'ub27-13',
    style: 'business',
    phenomenon:
      'nordic_outlet,state_investment_company_participant,separate_public_rd_funding_trap,kilometres_trap,earlier_seed_same_company,series_a',
    title: 'Oulu’s Routa Sensing closes €11m Series A for frost-damage radar',
    source: 'Helsinki Growth Journal',
    text:
      'Routa Sensing, an Oulu-based maker of radar sensors that measure frost depth and bearing capacity under roads, has closed an €11 million Series A round led by Stockholm-based Mälaren Infra Ventures. ' +
      'Existing investors Oulujoki Seed Fund and Tesi (Finnish Industry Investment) also participated.\n\n' +
      'Separately, Business Finland has granted the company €2.5 million in R&D funding for a project with the Finnish Transport Infrastructure Agency, which will test the sensors on 400 kilometres of highway.\n\n' +
      'Nordic road authorities spend heavily every spring repairing frost heave, and the weight limits imposed during the thaw cost the forestry and haulage industries dearly, chief executive Aleksi Heikkilä said. ' +
      'Routa’s sensors are installed under roads in Finland, Sweden and Norway.\n\n' +
      'The company raised €3 million in seed funding in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Routa Sensing',
        amount: 11e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Mälaren Infra Ventures'],
        other: ['Oulujoki Seed Fund', 'Tesi'],
      },
    ],
  },
  {
    id: 'ub27-14',
    style: 'business',
    phenomenon:
      'dach_outlet,us_lead,state_owned_vc_participant,valuation_put_at_trap,revenue_trap,kilometres_trap,earlier_series_a_same_company,university_spin_off,series_b',
    title: 'Munich’s Himmelsgrund raises €40 million Series B to watch railways from orbit',
    source: 'Isar Tech Bulletin',
    text:
      'Himmelsgrund, a Munich company that turns radar satellite images into daily maps of ground movement for railway and pipeline operators, has raised €40 million in a Series B round led by San Francisco-based Cobblestone Growth.\n\n' +
      'Existing investors Isartal Ventures, Nymphenburg Capital and Bayern Kapital also took part, the company said on Monday. ' +
      'It did not disclose its valuation, but two people close to the company put it at about €250 million after the investment.\n\n' +
      'Himmelsgrund monitors 38,000 kilometres of track and 12,000 kilometres of pipeline for customers that include several European rail infrastructure managers. It says it had €9 million in revenue last year.\n\n' +
      'The company was spun out of the Technical University of Munich in 2020 and raised a €15 million Series A in 2023. ' +
      'It plans to use the new funding to add a second satellite-data supplier and to expand into North America.',
    kind: 'round',
    rounds: [
      {
        company: 'Himmelsgrund',
        amount: 40e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Cobblestone Growth'],
        other: ['Isartal Ventures', 'Nymphenburg Capital', 'Bayern Kapital'],
      },
    ],
  },
  {
    id: 'ub27-15',
    style: 'business',
    phenomenon:
      'benelux_outlet,co_led_dutch_and_belgian,angels_with_companies_in_parentheses,angel_without_company,procurement_market_trap,bids_trap,seed',
    title: 'Amsterdam’s Zeefwerk raises €5 million to write tender bids with AI',
    source: 'Amstel Tech Courant',
    text:
      'Zeefwerk, an Amsterdam startup that uses language models to draft responses to public tenders, has raised €5 million in a seed round co-led by Rotterdam’s Maasvlakte Ventures and the Belgian firm Scheldt Capital.\n\n' +
      'Angel investors Pieter-Jan Hoogeveen (founder of Tenderlijn), Noor El Idrissi (chief executive of Kadervorm) and Fenna de Wit also joined the round.\n\n' +
      'Public bodies in the EU spend roughly €2 trillion a year on works, goods and services through procurement, and writing a bid can take a small engineering or IT firm weeks. ' +
      'Zeefwerk’s customers submitted 1,900 bids through the platform last year and say they spend about half as long on each one.\n\n' +
      'The company was founded in 2024 by Sanne Brouwer and Yusuf Demir and has 19 employees.',
    kind: 'round',
    rounds: [
      {
        company: 'Zeefwerk',
        amount: 5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Maasvlakte Ventures', 'Scheldt Capital'],
        other: ['Pieter-Jan Hoogeveen', 'Noor El Idrissi', 'Fenna de Wit'],
      },
    ],
  },
  {
    id: 'ub27-16',
    style: 'business',
    phenomenon:
      'irish_outlet,lead_in_second_paragraph,alongside_public_agency,us_participant,earlier_seed_and_eic_grant_same_company,series_a',
    title: 'Cork medtech Lúibín Medical raises €8m Series A',
    source: 'Shannon Tech Review',
    text:
      'Cork-based Lúibín Medical, which is developing a urinary catheter that detects early signs of infection in hospital patients, has raised €8 million in a Series A round.\n\n' +
      'The round was led by Dublin venture firm Liffeyside Capital, alongside Enterprise Ireland, existing investor Lee Valley Angels and the US medtech investor Charlesgate Medical Partners.\n\n' +
      'Catheter-associated infections are among the most common infections picked up in hospital, and Lúibín says its sensor can flag one up to two days before symptoms appear. ' +
      'The company plans to start a first-in-human study at two Irish hospitals in the second half of the year and to apply for CE marking in 2028.\n\n' +
      'Lúibín previously raised €2.3 million in seed funding and received a €2.5 million grant from the EIC Accelerator in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Lúibín Medical',
        amount: 8e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Liffeyside Capital'],
        other: ['Enterprise Ireland', 'Lee Valley Angels', 'Charlesgate Medical Partners'],
      },
    ],
  },
  {
    id: 'ub27-17',
    style: 'business',
    phenomenon:
      'dach_outlet,lead_in_own_sentence,promotional_bank_with_abbreviation,took_part_through_programme,foreign_participant,angel_with_company,project_debt_without_amount,megawatts_trap,seed',
    title: 'Vienna’s Dachgarten Energie raises €3.5 million for rooftop solar on apartment blocks',
    source: 'Danube Startup Journal',
    text:
      'Vienna-based Dachgarten Energie, which installs solar panels on the roofs of apartment blocks and sells the power to the tenants below, has raised €3.5 million in a seed round.\n\n' +
      'Graz-based Schlossberg Ventures led the round. Austria Wirtschaftsservice (aws), the federal promotional bank, took part through its seed financing programme, alongside the Slovenian investor Ljubljanica Capital and Markus Oberhuber (founder of the heat-pump installer Oberhuber Wärme).\n\n' +
      'The panels themselves are financed with bank loans at project level, chief executive Theresa Lanz said: "Equity builds the company; project debt builds the roofs."\n\n' +
      'Dachgarten has 62 buildings under contract in Vienna and Lower Austria with a combined capacity of 4.8 megawatts, and expects to pass 150 buildings by the end of the year.',
    kind: 'round',
    rounds: [
      {
        company: 'Dachgarten Energie',
        amount: 3.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Schlossberg Ventures'],
        other: ['Austria Wirtschaftsservice', 'Ljubljanica Capital', 'Markus Oberhuber'],
      },
    ],
  },
  {
    id: 'ub27-18',
    style: 'press',
    phenomenon:
      'press_release,dateline,led_by_public_bank,with_participation_from,about_boilerplate,investor_portfolio_round_trap,aum_trap,earlier_seed_same_company,university_spin_out,series_a',
    title: 'Firthline Genomics raises £6 million Series A led by the Scottish National Investment Bank',
    source: 'Saltire Newswire',
    text:
      'EDINBURGH, 9 March 2026 — Firthline Genomics, which makes rapid DNA tests that identify the species and origin of fish at ports and processing plants, today announced a £6 million Series A round led by the Scottish National Investment Bank, with participation from Clydeside Ventures, Lofoten Blue Capital and existing investor Calton Hill Angels.\n\n' +
      '"Seafood fraud costs honest fishers and processors dearly, and until now checking a catch meant waiting days for a lab," said Dr Morag Lindsay, co-founder and chief executive of Firthline Genomics. "Our handheld test gives an answer on the quayside in 40 minutes."\n\n' +
      '"Firthline is exactly the kind of Scottish science company we exist to back," said Euan Baird, investment director at the Scottish National Investment Bank.\n\n' +
      'About Firthline Genomics\n' +
      'Firthline Genomics was spun out of the University of Edinburgh in 2021. Its tests are used by enforcement officers in three countries and by two of the UK’s largest fish processors. The company raised a £1.5 million seed round in 2023.\n\n' +
      'About Clydeside Ventures\n' +
      'Clydeside Ventures is a Glasgow-based early-stage investor with £120 million under management. Its portfolio includes Kelpline, which raised a £20 million Series B in 2025.\n\n' +
      'Media contact: press@firthline.example',
    kind: 'round',
    rounds: [
      {
        company: 'Firthline Genomics',
        amount: 6e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Scottish National Investment Bank'],
        other: ['Clydeside Ventures', 'Lofoten Blue Capital', 'Calton Hill Angels'],
      },
    ],
    prior: ['Kelpline'],
  },
  {
    id: 'ub27-19',
    style: 'business',
    phenomenon:
      'uk_outlet,venture_debt_facility,facility_from_lender,drawn_in_tranches,earlier_series_a_same_company,advances_paid_out_trap,debt',
    title: 'Manchester’s Ledgerlark secures £15m venture debt facility',
    source: 'Irwell Business Daily',
    text:
      'Ledgerlark, a Manchester-based company that lets shift workers draw part of their earned pay before payday, has secured a £15m venture debt facility from London-based lender Bankside Growth Credit.\n\n' +
      'The facility, which can be drawn in tranches over three years, comes 14 months after Ledgerlark raised a £12m Series A led by Deansgate Ventures. ' +
      'Chief financial officer Aisha Rahman said the company chose debt over a new equity round because it expects to break even in 2027.\n\n' +
      'Ledgerlark works with 180 employers, including care-home groups and logistics companies, and says it paid out £240m in advances last year. ' +
      'It will use the money to expand into Ireland and to build a version of its app for agency staff working in the NHS.',
    kind: 'round',
    rounds: [{ company: 'Ledgerlark', amount: 15e6, currency: 'GBP', roundType: 'debt', other: ['Bankside Growth Credit'] }],
  },
  {
    id: 'ub27-20',
    style: 'business',
    phenomenon:
      'cee_outlet,lead_in_second_paragraph,joined_by_development_bank_with_abbreviation,foreign_participant,angel_with_company,hectares_trap,subscription_price_trap,series_a',
    title: 'Cluj startup Brazda raises €3m Series A with EBRD backing',
    source: 'Carpathian Startup Review',
    text:
      'Brazda, a Cluj-Napoca-based startup that sells farm-management software to mid-sized crop farmers in Romania and Bulgaria, has raised €3 million in a Series A round.\n\n' +
      'Bucharest’s Dâmbovița Capital led the round, joined by the European Bank for Reconstruction and Development (EBRD) and the Bulgarian fund Vitosha Seed Partners. ' +
      'Angel investor Andrei Mureșan (founder of the farm-equipment dealer Agrimureș) also put money in.\n\n' +
      'Brazda’s software is used on 310,000 hectares of wheat, maize and sunflower. Farmers pay €4 per hectare a year for the basic plan.\n\n' +
      'Co-founder Ioana Rusu said the company would use the funds to add yield forecasting and to enter Serbia and Hungary.',
    kind: 'round',
    rounds: [
      {
        company: 'Brazda',
        amount: 3e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Dâmbovița Capital'],
        other: ['European Bank for Reconstruction and Development', 'Vitosha Seed Partners', 'Andrei Mureșan'],
      },
    ],
  },
  {
    id: 'ub27-21',
    style: 'wire',
    phenomenon:
      'dach_wire_brief,corporate_strategic_investment,investor_named_first,distribution_agreement,policyholders_trap,earlier_seed_same_company,strategic',
    title: 'Geneva insurer Rhône Mutuelle invests CHF 5 million in cyber-risk startup Veillée',
    source: 'Alpine Venture Ledger',
    text:
      'Rhône Mutuelle, a Geneva-based insurer, has made a CHF 5 million strategic investment in Veillée, a Lausanne startup that scores small companies’ exposure to cyberattacks for insurers.\n\n' +
      'The investment, Veillée’s first from a corporate, comes with a distribution agreement under which Rhône Mutuelle will offer the startup’s scanning service to its 40,000 business policyholders in French-speaking Switzerland. Terms of the distribution deal were not disclosed.\n\n' +
      'Veillée raised CHF 4 million in seed funding in 2024 from Vaud-based Lavaux Ventures and angel investors. It employs 21 people.',
    kind: 'round',
    rounds: [{ company: 'Veillée', amount: 5e6, currency: 'CHF', roundType: 'strategic', other: ['Rhône Mutuelle'] }],
  },
  // ── Round-ups ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub27-22',
    style: 'roundup',
    phenomenon:
      'nordic_weekly_roundup,bullets_with_city_dash,sek_nok_dkk_eur_in_one_text,sek_with_eur_conversion,public_funds_participating,backed_by_angels_with_companies,acquisition_bullet_trap,seed,series_a,pre_seed',
    title: 'Nordic funding round-up: five deals from the first week of March',
    source: 'Nordic Founder Wire',
    text:
      'Here are the Nordic startup deals we tracked this week.\n\n' +
      '• Stockholm — Vinterhamn, a payroll and pension platform for restaurant and hotel employers, raised SEK 30 million (€2.7 million) in a seed round led by Kungsholmen Capital, with participation from Almi Invest.\n' +
      '• Oslo — Kjølvann, which builds systems that recover waste heat from data centres for district heating, closed a NOK 110 million Series A led by the Danish climate investor Øresund Heat Partners. Existing investor Nysnø Climate Investments also joined.\n' +
      '• Copenhagen — Bølgeslag Health, a digital rehabilitation clinic for shoulder injuries, raised DKK 15 million in a pre-seed round backed by angels including Henrik Munk (founder of Kvittering) and Camilla Thygesen (former CPO of Kastrup Pay).\n' +
      '• Helsinki — Kaamos Analytics, which forecasts energy use in heated warehouses, raised €3.2 million in a seed round led by Suomenlinna Ventures.\n' +
      '• Reykjavík — In M&A, the Icelandic fishing-software company Aflakló was acquired by the Norwegian group Havbruk Data for an undisclosed sum.\n\n' +
      'Got a deal we missed? Send it to our tips line.',
    kind: 'round',
    rounds: [
      {
        company: 'Vinterhamn',
        amount: 3e7,
        currency: 'SEK',
        roundType: 'seed',
        lead: ['Kungsholmen Capital'],
        other: ['Almi Invest'],
      },
      {
        company: 'Kjølvann',
        amount: 1.1e8,
        currency: 'NOK',
        roundType: 'series_a',
        lead: ['Øresund Heat Partners'],
        other: ['Nysnø Climate Investments'],
      },
      {
        company: 'Bølgeslag Health',
        amount: 1.5e7,
        currency: 'DKK',
        roundType: 'pre_seed',
        other: ['Henrik Munk', 'Camilla Thygesen'],
      },
      { company: 'Kaamos Analytics', amount: 3.2e6, currency: 'EUR', roundType: 'seed', lead: ['Suomenlinna Ventures'] },
    ],
  },
  {
    id: 'ub27-23',
    style: 'roundup',
    phenomenon:
      'uk_weekly_roundup,paragraphs,seed_plus,series_a_top_up_with_new_total,followed_their_money,angels_as_founders_of_named_app,k_suffix_amount,public_lenders_in_small_deals,from_x_and_y_no_lead,series_a,seed,extension,pre_seed',
    title: 'UK funding round-up: Brickfield, Sorrel Health and Quayline raise',
    source: 'Thames Tech Daily',
    text:
      'It was a busy week for UK early-stage deals, with three rounds above £5m and a clutch of smaller raises.\n\n' +
      'Brickfield, a Leeds-based startup that uses computer vision to check brickwork on building sites, raised £7.5m in a Series A led by Aire Valley Capital. Existing investors Calder Seed and Otley Road Partners followed their money.\n\n' +
      'London’s Sorrel Health, which runs virtual menopause clinics paid for by employers, closed a £5.2m seed+ round led by Primrose Hill Capital. The founders of the wellbeing app Stillwater, Nadia Bloom and Ed Carver, invested as angels.\n\n' +
      'Quayline, a Bristol-based developer of remote-control software for port cranes, extended its Series A with a £6m top-up from Severnside Ventures and existing backer Avon Gorge Capital, taking the round to £16m.\n\n' +
      'Among the smaller deals, Glasgow’s Peatline, which maps peat depth with drones, raised £900k in pre-seed funding from Scottish Enterprise and the angel syndicate Kelvingrove Angels, and Cardiff-based Glanfa Robotics raised a £1.4m seed round from the Development Bank of Wales and Bute Park Ventures.',
    kind: 'round',
    rounds: [
      {
        company: 'Brickfield',
        amount: 7.5e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Aire Valley Capital'],
        other: ['Calder Seed', 'Otley Road Partners'],
      },
      {
        company: 'Sorrel Health',
        amount: 5.2e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Primrose Hill Capital'],
        other: ['Nadia Bloom', 'Ed Carver'],
      },
      {
        company: 'Quayline',
        amount: 6e6,
        currency: 'GBP',
        roundType: 'extension',
        other: ['Severnside Ventures', 'Avon Gorge Capital'],
      },
      {
        company: 'Peatline',
        amount: 9e5,
        currency: 'GBP',
        roundType: 'pre_seed',
        other: ['Scottish Enterprise', 'Kelvingrove Angels'],
      },
      {
        company: 'Glanfa Robotics',
        amount: 1.4e6,
        currency: 'GBP',
        roundType: 'seed',
        other: ['Development Bank of Wales', 'Bute Park Ventures'],
      },
    ],
  },
  {
    id: 'ub27-24',
    style: 'roundup',
    phenomenon:
      'dach_weekly_roundup,name_city_dash_amount_items,chf_and_eur_in_one_text,public_private_seed_fund_lead,bridge_from_existing_investors,co_led_dach_and_dutch,series_b,seed,series_a,unknown_type',
    title: 'DACH deals of the week: CHF 25m for Zurich’s Gletscherdata, and three more',
    source: 'Alpine Venture Ledger',
    text:
      'Our weekly list of rounds announced in Germany, Austria and Switzerland.\n\n' +
      'Gletscherdata (Zurich) — CHF 25 million Series B for its software that forecasts electricity demand for Swiss and German utilities. Led by Basel-based Rheinknie Partners, with participation from Limmat Growth. The company says it now forecasts load for 140 utilities.\n\n' +
      'Schwarzwald Sensorik (Freiburg) — €4 million seed round for vibration sensors that monitor timber buildings as they settle. High-Tech Gründerfonds led, alongside Feldberg Angels.\n\n' +
      'Kranich Mobility (Linz) — €2.5 million bridge from existing investors Pöstlingberg Ventures and Traun Capital, ahead of a Series A the company plans to raise next year. Kranich sells route-planning software to rural bus operators.\n\n' +
      'Wolkenbruch AI (Hamburg) — €12 million Series A co-led by Alster Ventures and the Dutch fund Veluwe Capital for its models that predict flash flooding street by street.',
    kind: 'round',
    rounds: [
      {
        company: 'Gletscherdata',
        amount: 25e6,
        currency: 'CHF',
        roundType: 'series_b',
        lead: ['Rheinknie Partners'],
        other: ['Limmat Growth'],
      },
      {
        company: 'Schwarzwald Sensorik',
        amount: 4e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['High-Tech Gründerfonds'],
        other: ['Feldberg Angels'],
      },
      {
        company: 'Kranich Mobility',
        amount: 2.5e6,
        currency: 'EUR',
        roundType: 'unknown',
        other: ['Pöstlingberg Ventures', 'Traun Capital'],
      },
      {
        company: 'Wolkenbruch AI',
        amount: 12e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Alster Ventures', 'Veluwe Capital'],
      },
    ],
  },
  {
    id: 'ub27-25',
    style: 'roundup',
    phenomenon:
      'cee_baltic_roundup,paragraphs_by_country,pln_with_usd_conversion,usd_first_with_eur_conversion,co_led_with_state_development_agency,on_the_cap_table_angels,state_vc_no_lead,fund_first_close_trap,seed,pre_seed,series_a,unknown_type',
    title: 'CEE & Baltics funding round-up: week 10',
    source: 'CEE Deal Desk',
    text:
      'In Poland, Polisomat, a Poznań-based startup that lets small businesses compare and buy liability insurance online, raised PLN 12 million (about $3 million) in a seed round led by Malta Lake Ventures. ' +
      'Also on the cap table are the Gdańsk angels Tomasz Wrona (founder of Fakturio) and Ewa Dąbek.\n\n' +
      'In Latvia, Riga-based Kvēle Robotics, which builds welding robots for small metal workshops, closed a €2.2 million pre-seed round co-led by the Estonian firm Toompea Capital and Altum, the Latvian state development finance institution.\n\n' +
      'Prague-based Kotva Learning, which sells maths tutoring software to Czech and Slovak schools, raised $4.5 million (about €4.1 million) in a Series A led by Vienna’s Ringstrasse Ventures.\n\n' +
      'In Hungary, Budapest-based Fuvarbot, whose app matches small hauliers with return loads, raised €1.5 million from the state-owned Hiventures and Buda Hills Capital.\n\n' +
      'Meanwhile, Bratislava’s Danubia Seed Partners announced the first close of its second fund at €40 million.',
    kind: 'round',
    rounds: [
      {
        company: 'Polisomat',
        amount: 1.2e7,
        currency: 'PLN',
        roundType: 'seed',
        lead: ['Malta Lake Ventures'],
        other: ['Tomasz Wrona', 'Ewa Dąbek'],
      },
      {
        company: 'Kvēle Robotics',
        amount: 2.2e6,
        currency: 'EUR',
        roundType: 'pre_seed',
        lead: ['Toompea Capital', 'Altum'],
      },
      { company: 'Kotva Learning', amount: 4.5e6, roundType: 'series_a', lead: ['Ringstrasse Ventures'] },
      {
        company: 'Fuvarbot',
        amount: 1.5e6,
        currency: 'EUR',
        roundType: 'unknown',
        other: ['Hiventures', 'Buda Hills Capital'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub27-26',
    style: 'business',
    phenomenon:
      'uk_outlet,in_talks,people_familiar,expected_to_lead,existing_investors_likely_to_participate,valuation_trap,payments_processed_trap,earlier_series_a_same_company,series_b',
    title: 'Payroll payments startup Quillon in talks to raise £40m Series B',
    source: 'City Fintech Insider',
    text:
      'Quillon, the London-based company that handles cross-border payroll payments for staffing agencies, is in talks to raise about £40m in a Series B round, according to three people familiar with the matter.\n\n' +
      'US growth investor Saltmarsh Growth is expected to lead the round, which would value Quillon at around £300m, the people said. ' +
      'Existing investors Borough Market Ventures and Southwark Seed are likely to participate. Terms could still change and nothing has been signed.\n\n' +
      'Quillon raised a £14m Series A in 2024 led by Borough Market Ventures. It says it processes £2.1bn of payments a year for more than 600 agencies.\n\n' +
      'Quillon and Saltmarsh Growth declined to comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Quillon',
        amount: 40e6,
        currency: 'GBP',
        roundType: 'series_b',
        lead: ['Saltmarsh Growth'],
        other: ['Borough Market Ventures', 'Southwark Seed'],
      },
    ],
  },
  {
    id: 'ub27-27',
    style: 'business',
    phenomenon:
      'french_outlet,in_talks,is_raising,set_to_lead,public_bank_expected_to_take_part,regulation_context,earlier_series_b_same_company,series_c',
    title: 'Construction carbon software maker Gabarit said to be raising €50m Series C',
    source: 'Hexagone Startup Journal',
    text:
      'Gabarit, a Paris-based startup that calculates the carbon footprint of building projects, is raising a Series C of around €50 million, according to two sources close to the deal.\n\n' +
      'Lyon-based Croix-Rousse Partners is set to lead the round, and Bpifrance is expected to take part. A term sheet is being negotiated, one of the sources said, and the round may not close before the summer.\n\n' +
      'France’s RE2020 building rules, which cap the lifecycle emissions of new buildings, have made carbon calculations compulsory for developers, and Gabarit says its software was used on 11,000 building permits last year. ' +
      'The company raised an €18 million Series B in 2024.\n\n' +
      'Gabarit did not respond to a request for comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Gabarit',
        amount: 50e6,
        currency: 'EUR',
        roundType: 'series_c',
        lead: ['Croix-Rousse Partners'],
        other: ['Bpifrance'],
      },
    ],
  },
  {
    id: 'ub27-28',
    style: 'business',
    phenomenon:
      'nordic_outlet,in_talks,sounding_out_investors,up_to_amount,no_lead_chosen,existing_investor_said_it_will_take_part,earlier_series_a_same_company,series_b',
    title: 'Stockholm’s Tallbarr sounds out investors for SEK 200 million round',
    source: 'Nordic Founder Wire',
    text:
      'Tallbarr, a Stockholm company whose drones measure the volume of standing timber for forest owners, has begun talks with investors about raising up to SEK 200 million in a Series B, chief executive Johan Ekdahl said.\n\n' +
      '"We have had first meetings with around twenty funds and hope to have a lead by the summer," Ekdahl said. No lead investor has been chosen. ' +
      'Existing investor Norrland Skog Invest has said it will take part.\n\n' +
      'Tallbarr raised SEK 70 million in a Series A in 2024. Its drones surveyed 1.2 million hectares of forest in Sweden and Finland last year.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Tallbarr',
        amount: 2e8,
        currency: 'SEK',
        roundType: 'series_b',
        lead: [],
        other: ['Norrland Skog Invest'],
      },
    ],
  },
  {
    id: 'ub27-29',
    style: 'business',
    phenomenon:
      'dach_outlet,in_talks,term_sheet_signed,set_to_lead,up_to_amount,shareholder_email_seen,earlier_seed_same_company,merchants_trap,series_a',
    title: 'Berlin’s Kiezkasse signs term sheet for Series A of up to €20m',
    source: 'Spree Startup Review',
    text:
      'Kiezkasse, a Berlin startup whose tablet till system is used by corner shops and kiosks, has signed a term sheet for a Series A of up to €20 million, according to an email to shareholders seen by Spree Startup Review.\n\n' +
      'London-based Marylebone Ventures is set to lead the round, the email says. The deal is expected to close in April, subject to due diligence.\n\n' +
      'Kiezkasse’s tills are in 4,300 shops in Berlin, Hamburg and the Ruhr, and process about €900 million in sales a year. ' +
      'The company raised a €4 million seed round in 2024 led by Kreuzberg Kapital.\n\n' +
      'Co-founder Serkan Aydın declined to comment on the term sheet.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Kiezkasse',
        amount: 20e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Marylebone Ventures'],
      },
    ],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub27-30',
    style: 'business',
    phenomenon: 'vc_fund_close,above_target,lps_include_public_bodies,cheque_size_trap,portfolio_rounds_led_trap,fund_close',
    title: 'Copenhagen’s Strandvejen Ventures closes €180m third fund',
    source: 'Copenhagen Startup Post',
    text:
      'Strandvejen Ventures, a Copenhagen-based early-stage investor, has closed its third fund at €180 million, above its €150 million target.\n\n' +
      'Limited partners include EIFO, the European Investment Fund and several Danish pension funds, the firm said on Monday. ' +
      'The fund will write first cheques of €1 million to €4 million at seed and Series A, mainly in the Nordics and the Baltics.\n\n' +
      'Strandvejen led the €9 million Series A of Aarhus robotics company Lagerhjerte in 2024 and was an early backer of the payroll firm Lønløb, which raised a €60 million Series B last year.\n\n' +
      '"Nordic founders are building bigger companies earlier than ever, and they need partners who can keep up," managing partner Sofie Krogh said.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Lagerhjerte', 'Lønløb'],
  },
  {
    id: 'ub27-31',
    style: 'business',
    phenomenon:
      'vc_first_close,pln_fund,public_fund_of_funds_lp,target_size_trap,ticket_size_trap,portfolio_round_trap,fund_close',
    title: 'Mokotów Capital holds PLN 200 million first close with PFR Ventures',
    source: 'Vistula Tech Review',
    text:
      'Warsaw-based Mokotów Capital has held the first close of its second fund at PLN 200 million, with PFR Ventures, the state-owned fund-of-funds manager, as its largest limited partner.\n\n' +
      'The firm is aiming for a final close of PLN 300 million by the end of the year and plans to invest between PLN 2 million and PLN 10 million per company in around 25 Polish software startups.\n\n' +
      'Mokotów’s first fund backed Kasownik, a payments company that raised a PLN 40 million Series A last year, and the HR platform Grafikon.\n\n' +
      'Partner Joanna Sobczak said the new fund would also keep money aside for follow-on rounds.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Kasownik'],
  },
  {
    id: 'ub27-32',
    style: 'wire',
    phenomenon: 'public_lp_commitment,fund_target_trap,national_agency_commitment,baltic,fund_close',
    title: 'EIF commits €40 million to Riga’s Gauja Growth Fund II',
    source: 'Baltic Startup Desk',
    text:
      'The European Investment Fund has committed €40 million to Gauja Growth Fund II, a Riga-based venture fund that is targeting €150 million for Series A and Series B investments in the Baltics and Poland.\n\n' +
      'Altum, the Latvian state development finance institution, is committing a further €15 million, fund manager Gauja Partners said on Monday. ' +
      'The fund expects to hold its first close in the second quarter and to make 15 to 20 investments.\n\n' +
      'Gauja Partners’ first fund, which closed at €65 million in 2021, is fully invested.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub27-33',
    style: 'business',
    phenomenon: 'acquisition,cash_and_shares_price_trap,bars_count_trap,target_total_raised_and_series_a_recalled,acquisition',
    title: 'Lyon’s Canut Systems buys Seville booking startup Azahar Reservas for €35 million',
    source: 'Iberia Venture Post',
    text:
      'Lyon-based software group Canut Systems has acquired Azahar Reservas, a Seville startup that makes table-booking and ordering software for tapas bars, for €35 million in cash and shares.\n\n' +
      'Azahar’s software is used by 6,200 bars and restaurants in Spain and Portugal. Its 70 employees will join Canut, and its founders, Carmen Ruiz and Álvaro Lerma, will run the group’s Iberian business.\n\n' +
      'Azahar had raised €6 million in total, including a €4.5 million Series A led by Guadalquivir Ventures in 2023. ' +
      'Canut, which is owned by a private equity firm, has made five acquisitions in the past two years.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Azahar Reservas'],
  },
  {
    id: 'ub27-34',
    style: 'business',
    phenomenon: 'acquisition,undisclosed_sum,investors_exit,earlier_seed_recalled,headcount_trap,acquisition',
    title: 'German drive maker Halbach Antriebe acquires Odense drone-inspection startup Vingefang',
    source: 'Copenhagen Startup Post',
    text:
      'Halbach Antriebe, a family-owned German maker of gearboxes for wind turbines, has acquired Vingefang, an Odense startup whose drones inspect the inside of turbine nacelles, for an undisclosed sum.\n\n' +
      'Vingefang’s 24 employees will stay in Odense. Its investors, including Fynske Seed, which led its DKK 20 million seed round in 2023, are selling their entire stakes.\n\n' +
      '"We were buying Vingefang’s inspections already; now we are buying the team," Halbach chief executive Gerd Halbach said.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Vingefang'],
  },
  {
    id: 'ub27-35',
    style: 'business',
    phenomenon:
      'ipo,nasdaq_first_north,offering_size_trap,cornerstone_investors_trap,price_range_trap,earlier_vc_funding_recalled,ipo',
    title: 'Uppsala diagnostics company Fyrisdiagnostik to list on First North',
    source: 'Nordic Founder Wire',
    text:
      'Fyrisdiagnostik, an Uppsala company that makes blood tests for sepsis, plans to list its shares on Nasdaq First North Growth Market and to raise SEK 250 million in the offering, it said on Monday.\n\n' +
      'Cornerstone investors, among them the Swedish pension fund manager Kvarnholmen Pension and the life-sciences investor Ekeby Capital, have committed to buy shares worth SEK 110 million. ' +
      'The price range has been set at SEK 38 to SEK 42 a share, and trading is expected to start on 19 March.\n\n' +
      'Fyrisdiagnostik has raised SEK 180 million from venture investors since it was founded in 2018, most recently in a SEK 95 million round in 2024.',
    kind: 'ipo',
    rounds: [],
    prior: ['Fyrisdiagnostik'],
  },
  {
    id: 'ub27-36',
    style: 'wire',
    phenomenon: 'ipo,six_swiss_exchange,first_day_trading,proceeds_trap,market_value_trap,earlier_series_c_recalled,ipo',
    title: 'Zug’s Baarburg Bio jumps 18% on SIX debut',
    source: 'Alpine Venture Ledger',
    text:
      'Shares in Baarburg Bio, a Zug-based developer of antibodies for autoimmune diseases, rose 18 per cent on their first day of trading on the SIX Swiss Exchange on Monday, giving the company a market value of about CHF 1.4 billion.\n\n' +
      'The company raised CHF 320 million in the initial public offering, the largest Swiss biotech listing in four years.\n\n' +
      'Baarburg had raised CHF 150 million in a Series C in 2023 led by Pilatus Life Sciences.',
    kind: 'ipo',
    rounds: [],
    prior: ['Baarburg Bio'],
  },
  {
    id: 'ub27-37',
    style: 'business',
    phenomenon: 'shutdown,series_a_and_bridge_recalled,failed_series_b,subscribers_trap,other',
    title: 'Berlin e-bike subscription startup Radabo to shut down',
    source: 'Spree Startup Review',
    text:
      'Radabo, a Berlin startup that rented e-bikes to commuters for a monthly fee, will shut down at the end of March after failing to raise new money, co-founder Jana Pohl said in a post on LinkedIn.\n\n' +
      'The company raised a €25 million Series A in 2022 led by London’s Hoxton Square Capital and a €10 million bridge from existing investors in 2024. ' +
      'Talks about a Series B collapsed in January, Pohl wrote.\n\n' +
      'Radabo had about 14,000 subscribers in Berlin, Hamburg and Cologne. Its 90 employees have been told they will lose their jobs, and its fleet of 16,000 bikes will be sold.',
    kind: 'other',
    rounds: [],
    prior: ['Radabo'],
  },
  {
    id: 'ub27-38',
    style: 'business',
    phenomenon: 'layoffs,percentage_of_staff,series_b_recalled,runway_trap,other',
    title: 'Fintech Pennyroyal cuts 18% of staff',
    source: 'City Fintech Insider',
    text:
      'Pennyroyal, the London-based savings app for renters, is cutting 40 jobs, or 18 per cent of its workforce, chief executive Daniel Achterberg told staff on Monday.\n\n' +
      'Most of the cuts fall on the marketing and customer-support teams. Pennyroyal will also close its Amsterdam office and pause its launch in the Netherlands.\n\n' +
      'The company raised a £30m Series B in 2024 led by Lambeth Growth Partners. Achterberg said it had enough cash to last until 2028 and did not need to raise again soon.',
    kind: 'other',
    rounds: [],
    prior: ['Pennyroyal'],
  },
  {
    id: 'ub27-39',
    style: 'business',
    phenomenon: 'quarterly_vc_report,european_total,country_totals,largest_deals_named,percentages_trap,data_provider,other',
    title: 'European startup funding slipped 8% in the fourth quarter, data show',
    source: 'Continental Tech Monitor',
    text:
      'European startups raised €12.7 billion in the fourth quarter of 2025, 8 per cent less than in the previous quarter, according to final figures published on Monday by the data provider Meridian Ledger.\n\n' +
      'The UK remained the largest market with £4.1 billion, followed by Germany with €2.6 billion and France with €2.2 billion. Deal numbers fell more steeply than amounts, as seed rounds became scarcer.\n\n' +
      'The quarter’s largest rounds were the €520 million Series C of Paris-based Orlanne AI, a €310 million raise by the Swedish heat-storage company Värmebank and the €240 million Series B of the Munich defence-drone maker Falkenhorst.\n\n' +
      '"Money is concentrating in fewer, larger deals," said Meridian Ledger analyst Katrin Vos.',
    kind: 'other',
    rounds: [],
    prior: ['Orlanne AI', 'Värmebank', 'Falkenhorst'],
  },
  {
    id: 'ub27-40',
    style: 'business',
    phenomenon: 'government_programme_budget,public_agency,co_investment_per_company_trap,matching_ratio_trap,other',
    title: 'Spain approves €250 million CDTI programme to co-invest in deep-tech startups',
    source: 'Iberia Venture Post',
    text:
      'The Spanish government has approved a €250 million budget for a new programme run by CDTI, the state innovation agency, that will co-invest alongside private venture funds in deep-tech startups over the next four years.\n\n' +
      'CDTI will put in up to €3 million per company and at most one euro for every euro from private investors, the science ministry said on Monday. ' +
      'Startups in quantum computing, semiconductors, space and biotechnology will be eligible.\n\n' +
      'The first call for venture funds wishing to co-invest will open in May.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub27-41',
    style: 'business',
    phenomenon: 'corporate_partnership,contract_value_trap,megawatt_hours_trap,series_a_recalled,other',
    title: 'Finnish startup Sähkösilta wins €30 million battery contract from Pohjoisvirta',
    source: 'Helsinki Growth Journal',
    text:
      'Sähkösilta, a Tampere startup that builds grid-scale battery systems, has signed a contract worth €30 million with the Finnish utility Pohjoisvirta to supply and operate batteries at six substations over five years.\n\n' +
      'The batteries will have a combined capacity of 120 megawatt-hours and will help balance power from wind farms in Ostrobothnia, the companies said.\n\n' +
      'Sähkösilta raised an €8 million Series A last spring led by Näsijärvi Capital. It says the contract more than doubles its order book.',
    kind: 'other',
    rounds: [],
    prior: ['Sähkösilta'],
  },
  {
    id: 'ub27-42',
    style: 'business',
    phenomenon: 'employee_secondary_sale,no_new_money,series_c_valuation_recalled,buyers_named_trap,other',
    title: 'Zurich’s Limmatwerk lets staff sell CHF 15 million of shares',
    source: 'Alpine Venture Ledger',
    text:
      'Limmatwerk, a Zurich company that makes software for planning hospital staff rotas, has let current and former employees sell CHF 15 million of shares to existing investors, including Uetliberg Growth and Seefeld Partners.\n\n' +
      'The shares changed hands at the valuation of its CHF 60 million Series C in 2025. No new money went to the company, chief executive Reto Gysi said.\n\n' +
      '"People who joined us at 20 employees should not have to wait for an IPO to buy a flat," Gysi said.',
    kind: 'other',
    rounds: [],
    prior: ['Limmatwerk'],
  },
  {
    id: 'ub27-43',
    style: 'business',
    phenomenon: 'profitability_milestone,has_not_raised_since,seed_recalled,revenue_trap,other',
    title: 'Barcelona’s Tasca Labs turns profitable without raising since its seed',
    source: 'Iberia Venture Post',
    text:
      'Tasca Labs, a Barcelona startup that sells stock-management software to independent wine shops, says it turned a profit in the fourth quarter of 2025 and expects to be profitable for the whole of this year.\n\n' +
      'The company has not raised money since its €3 million seed round in 2023, led by Montjuïc Ventures, and says it has no plans to raise again.\n\n' +
      'Revenue grew to €5.8 million last year, from €2.9 million in 2024, co-founder Núria Sala said. Tasca Labs has 48 employees.',
    kind: 'other',
    rounds: [],
    prior: ['Tasca Labs'],
  },
  {
    id: 'ub27-44',
    style: 'business',
    phenomenon: 'executive_hire,ipo_speculation,series_c_recalled,other',
    title: 'Utrecht scaleup Dijkwacht hires former bank executive as CFO',
    source: 'Amstel Tech Courant',
    text:
      'Dijkwacht, a Utrecht company that monitors dikes and levees with fibre-optic sensors, has appointed Marieke Lodewijks, a former finance director at a Dutch bank, as chief financial officer.\n\n' +
      'The hire is likely to fuel speculation about a stock-market listing. Dijkwacht raised a €70 million Series C last year led by Oosterschelde Capital and has said it could go public "within three years".\n\n' +
      'The company monitors about 1,100 kilometres of flood defences in the Netherlands, Germany and the UK.',
    kind: 'other',
    rounds: [],
    prior: ['Dijkwacht'],
  },
  {
    id: 'ub27-45',
    style: 'business',
    phenomenon: 'office_opening,raising_headcount_wording,raised_the_bar_wording,series_b_recalled,other',
    title: 'Berlin’s Kachelwerk opens Lisbon hub, raising headcount to 260',
    source: 'Tagus Tech Notes',
    text:
      'Kachelwerk, a Berlin company that sells software to tile and flooring installers, has opened an engineering hub in Lisbon, raising its total headcount to 260.\n\n' +
      'The Lisbon office will employ 40 people by the end of the year. "Portugal has raised the bar for what a second engineering location can be," chief technology officer Lena Vogt said.\n\n' +
      'Kachelwerk raised a €32 million Series B in 2025 led by Friedrichshain Growth.',
    kind: 'other',
    rounds: [],
    prior: ['Kachelwerk'],
  },
];
