// A twenty-ninth blind set for funding-round extraction: invented (companies, people, investors,
// outlets, PR wires and sentences made up for this project; only cities, countries, regions, places,
// stock exchanges and public bodies — IFC, British International Investment, Proparco, FMO, CORFO, the
// Israel Innovation Authority, the Central Bank of Egypt — are real) on 2026-12-07 by a writer who had
// not read src/rounds and did not run the extractor. Dates are written for the eval's fixed publish
// date (2026-03-10, a Tuesday): "Monday" and "March 9" are 9 March 2026, "the week to March 8" is the
// week before, "February" is February 2026, "last year" is 2025 and "by June" is June 2026.
// Theme: Latin America, Africa and the Middle East as English-language feeds carry their deal news,
// plus the crypto/web3 trade press.
// Styles: Latin American outlets in English (a São Paulo wire item in one sentence with "R$85 million
// (about US$15 million)"; a Mexico City feature that opens at a street-market fruit stall and reaches
// the round in paragraph 4; a Recife feature on installment credit with the round in paragraph 4 and B3
// as a far-off thought; a Santiago seed in CLP with an earlier CORFO grant; a Montevideo Series C with a
// valuation from "a person familiar"; a Bogotá PR-wire release led by IFC with "About" boilerplate and
// a fund manager's AUM; a Mexico City earned-wage startup whose Series A "comprises" equity and a credit
// facility; a "Pulso Latam" emoji list by city in MX$, COP, US$ and R$ with an EXIT line); African
// outlets (a weekly "Deal Memo" numbered list in ₦, KSh, EGP and R with a "BY THE NUMBERS" block; a
// Lagos headline-only company with the body saying "The Lagos-based startup"; a Nairobi founder's post
// on a seed extension; a BII-led Series B in a pay-as-you-go fridge company; a Proparco venture-debt
// loan in euros with a CFA conversion; a Cape Town brand's revenue-based financing in rand; a Cairo
// pre-Series A led by a bank's venture arm; a Casablanca bridge; an Abuja seed in dollars with a naira
// conversion; a Mombasa pre-seed in shillings "from" three backers; a Lagos conglomerate's strategic
// stake in an Accra payments company; a Johannesburg PR-wire release led by a mining group's CVC arm);
// Middle East outlets (a Dubai Series A in AED led by a state-owned Abu Dhabi vehicle; a Riyadh Series B
// in SAR led by a retailer's CVC arm with Nomu listing ambitions; a Jeddah venture-debt facility in SAR;
// a Manama Series A in BHD led by a government-owned vehicle; an Amman seed "anchored by" a Kuwaiti
// family office "which led it"; a numbered MENA memo in SAR, USD and EUR with a statistics line and a
// fund close); Israeli tech press (a Series A2 in dollars with a NIS conversion; a seed "out of stealth"
// with a separate Innovation Authority grant); crypto/web3 press (a newsletter with "RAISES" and "NOT
// RAISES" emoji sections; a Gulf-to-Africa remittance network's token round; a Nairobi seed structured
// as equity with token warrants; a Mexico City stablecoin-remittance company's equity-only Series A; a
// newsletter scoop "raising at ~$500M").
// Phenomena: local currencies first with USD conversions (BRL "R$", MXN "pesos" and "MX$", COP, CLP,
// NGN "₦", KES "KSh", ZAR "R", EGP, AED, SAR, BHD, EUR with a CFA conversion) and USD first with local
// conversions (COP, NIS, KSh, ₦); rounds led by a state-owned investment vehicle and a government-owned
// one, DFIs (IFC, British International Investment, FMO in talks; Proparco as a lender), corporate venture
// arms (a retailer's, a bank's, a building-materials distributor's, a mining group's) and a family
// office; leads as "led by", "co-led by", "X led the round", "X led", "Lead: X", "led it", "anchored by
// X, which led it with a $3 million cheque", "has led a … round in"; "with participation from", "joined",
// "came in", "came back in", "drew", "put in the rest", "bought tokens"; "pre-seed", "seed extension",
// "Series A2", "pre-Series A", "bridge", venture debt, revenue-based financing, a strategic round, a
// strategic investment for a minority stake, a token round; the company named only in the headline;
// first-person "We’ve raised"; amounts beside the round that are not rounds: TVL, trading volume, an
// airdrop, a hackathon prize pool, bug bounties, remittance volume, customer balances, GMV, receivables
// and credit books, payments processed, premiums, claims paid, goods handled, shipments' value, fuel
// savings, fares, subscription prices, revenue, valuations, an investor's share of the round, a manager's
// AUM, grants to the same company, a prize the same company won, a planned Series A, the earlier rounds
// of the same company, a rival's round, an exit's price and its company's funding, and a statistics line.
// In talks: a Dubai Series B that an Abu Dhabi state-backed investor "is expected to lead" with an
// existing investor "likely to participate"; a São Paulo Series C "said to be raising … has not picked a
// lead"; a Lagos term sheet "to be led by FMO" with an existing investor "expected to take part"; a
// newsletter scoop on a Tel Aviv crypto-security company "raising about $45M … set to lead".
// Distractors (rounds: [] each): a Nairobi VC's $85 million second fund with IFC and BII as anchor
// investors, naming rounds it led, and a Riyadh VC's SAR 750 million second fund (kind 'fund_close'); an
// Abu Dhabi payments company buying a Cairo startup that "had raised" (kind 'acquisition'); a Tadawul IPO
// "raising SAR 1.4 billion" with a pre-IPO round in 2024, and an Israeli company's SPAC merger with a
// trust account and a PIPE "anchored by" an investor (kind 'ipo'); an African 2025 funding tally naming
// the largest equity and debt deals and a JSE listing; a crypto project's public token sale to 11,000
// wallets, with its developer's earlier seed; a B3-listed company's bitcoin treasury purchase; a CORFO
// grant call naming a past recipient's later seed (all kind 'other').
// Conventions (those of checks.ts, unseen-blind14.ts, unseen-blind20.ts and unseen-blind27.ts): company as
// the text names it (the headline's name where the body only says "The Lagos-based startup"; the
// company in a founder's post from the post itself); amount in the currency first stated for the round
// (ISO code when not USD): "R$85 million (about US$15 million)" is 8.5e7 BRL, "180 million pesos" 1.8e8
// MXN, "MX$95 million" 9.5e7 MXN, "COP 40 billion" 4e10 COP, "CLP 3.8 billion" 3.8e9 CLP, "₦4.6 billion"
// 4.6e9 NGN, "KSh 260 million" 2.6e8 KES, "R70 million" 7e7 ZAR, "EGP 95 million" 9.5e7 EGP, "AED 55
// million" 5.5e7 AED, "SAR 75 million" 7.5e7 SAR, "BHD 3.4 million" 3.4e6 BHD, "€8 million (about CFA 5.2
// billion)" 8e6 EUR; "US$12 million (approximately COP 47 billion)", "$18 million (about NIS 65
// million)", "$25 million (KSh 3.2 billion)" and "$1.5 million (₦2.2 billion)" are USD; "about"/"around"
// X is labelled at X. A Series A "comprising $15 million in equity and a $35 million credit facility" is
// labelled at its $50 million total as 'series_a', with the equity's lead and the lender in `other` (as
// unseen-blind20.ts and unseen-blind27.ts label theirs). `lead` only where the text says who led or
// co-led ("anchored by X, which led it" is a lead; IFC and BII as a fund's "anchor investors" and a
// PIPE "anchored by" an investor are not rounds at all), or, in talks, who is expected/set/to be led
// by; `lead: []` where the company "has not picked a lead"; no `lead` where investors are named without
// saying who led. `other` for every other named participant: funds, angels by their own names, a
// corporate's strategic investment, a lender in venture debt (Proparco) or revenue-based financing, and,
// in talks, an existing investor "likely to participate" / "expected to take part". Round types:
// "Series A2" is 'series_a'; pre-Series A, a bridge, a stage-less raise and a stage-less crypto raise
// ("raising about $45M") are 'unknown'; "seed extension" is 'extension'; "emerged from stealth with $9
// million in seed funding" is 'seed'; venture debt is 'debt'; revenue-based financing is 'non_dilutive'
// (as unseen-blind12.ts labels it); a corporate's "strategic investment" and a crypto "strategic round"
// from market makers are 'strategic' (as unseen-blind11.ts labels its strategic token round); a seed
// "structured as equity with token warrants" is 'seed' (the stage named wins). Crypto: a token round
// that investors (a named lead, a fund, a market maker) buy into with lock-ups is a round ('unknown' when
// it names no stage); a public token sale to thousands of wallets, an airdrop, TVL, trading volume, a
// hackathon prize pool, bug bounties and a listed company's bitcoin treasury purchase are not rounds (as
// unseen-blind16.ts says of token sales). A grant to a company that also raises (Shomrion, Branquia,
// Watta Power) is not part of its round. `prior` lists companies other than a labelled round's company
// whose funding the text recalls (a rival, an exit's company, a fund's portfolio companies, a report's
// largest deals, a distractor's company). Labelled by hand; a reader of each text should agree with
// every label.
// First look (2026-12-07 17:15, no rule changed for it; measured after the fixes for unseen-blind21.ts
// to unseen-blind28.ts): company F1 0.925 (P 0.93 / R 0.91), amount 95.3 %, type 100 %, lead F1 0.779,
// 0 false rounds and 3 wrong names. After the fixes (blind29-ways.test.ts): see README Quality. A
// measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND29: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub29-01',
    style: 'roundup',
    phenomenon:
      'african_deal_newsletter,numbered_list,four_rounds_one_text,ngn_with_usd_conversion,kes_with_usd_conversion,egp_with_usd_conversion,zar_r_prefix,lead_after_colon,came_in,from_a_and_b_no_lead,co_led,monthly_statistic_trap,fund_first_close_trap,seed,pre_seed,unknown_type,series_a',
    title: 'Deal Memo: Lagos payroll, Nairobi cold rooms, Cairo tutors, Joburg tow trucks',
    source: 'Continental Deal Memo',
    text:
      'THIS WEEK’S DEALS\n\n' +
      '1. Salarimo (Lagos) — payroll and pension remittances for small employers — raised ₦4.6 billion (about $3 million) in seed funding led by Ikoyi Bridge Capital. Lekki Angels Network and Yaba Syndicate also came in.\n' +
      '2. Baridi Hub, a Nairobi company renting solar-powered cold rooms to fish traders around Lake Victoria: KSh 260 million (~$2m) pre-seed. Lead: Westlands Catalyst Fund.\n' +
      '3. Cairo’s Ostazy, which matches secondary-school students with vetted tutors, picked up EGP 95 million ($1.9 million) from Zamalek Ventures and Nile Delta Angels.\n' +
      '4. Haulhoek, a Johannesburg dispatch platform for tow trucks and roadside assistance, closed a R70 million Series A co-led by Braamfontein Capital and Umhlanga Growth Partners.\n\n' +
      'BY THE NUMBERS\n\n' +
      '• $412 million: what African startups raised across 61 disclosed deals in February, according to tracker Kowe Data.\n' +
      '• $24 million: the first close of Accra-based Volta Seed Partners’ second fund.',
    kind: 'round',
    rounds: [
      {
        company: 'Salarimo',
        amount: 4.6e9,
        currency: 'NGN',
        roundType: 'seed',
        lead: ['Ikoyi Bridge Capital'],
        other: ['Lekki Angels Network', 'Yaba Syndicate'],
      },
      { company: 'Baridi Hub', amount: 2.6e8, currency: 'KES', roundType: 'pre_seed', lead: ['Westlands Catalyst Fund'] },
      {
        company: 'Ostazy',
        amount: 9.5e7,
        currency: 'EGP',
        roundType: 'unknown',
        other: ['Zamalek Ventures', 'Nile Delta Angels'],
      },
      {
        company: 'Haulhoek',
        amount: 7e7,
        currency: 'ZAR',
        roundType: 'series_a',
        lead: ['Braamfontein Capital', 'Umhlanga Growth Partners'],
      },
    ],
  },
  {
    id: 'ub29-02',
    style: 'wire',
    phenomenon:
      'brazilian_wire_in_english,one_sentence_item,dateline,brl_r_dollar_with_usd_conversion,existing_investors_also_taking_part,series_b',
    title: 'Fretali raises R$85 million Series B for its truck-freight marketplace',
    source: 'Paulista Tech Wire',
    text: 'SÃO PAULO, March 9 (Paulista Tech Wire) - Fretali, a São Paulo marketplace that matches agribusiness shippers with independent truck drivers, said on Monday it had raised R$85 million (about US$15 million) in a Series B round led by Cerrado Growth Capital, with existing investors Pinheiros Ventures and Vila Madalena Capital also taking part.',
    kind: 'round',
    rounds: [
      {
        company: 'Fretali',
        amount: 8.5e7,
        currency: 'BRL',
        roundType: 'series_b',
        lead: ['Cerrado Growth Capital'],
        other: ['Pinheiros Ventures', 'Vila Madalena Capital'],
      },
    ],
  },
  {
    id: 'ub29-03',
    style: 'business',
    phenomenon:
      'mexican_feature,vendor_anecdote_lede,round_in_paragraph_4,mxn_pesos_word_with_usd_conversion,co_led,co_lead_led_earlier_seed,bank_venture_arm_participant,rival_round_trap,payments_processed_trap,series_a',
    title: 'The app that put card payments on Mexico City’s street markets',
    source: 'Tepeyac Business Daily',
    text:
      'On Tuesday mornings, Rosa Elena Paredes sets up her fruit stall at the tianguis in Iztapalapa before 6 a.m. For twenty years she took only cash. "People would walk away if they didn’t have coins," she said. Since last spring she has had a small QR code taped to her scale.\n\n' +
      'The code comes from Tianguix, a Mexico City startup founded in 2022 by Andrés Villaseñor and Mariana Okamoto that lets street-market vendors take card and transfer payments and order stock on credit from wholesalers at the Central de Abasto. It counts about 180,000 vendors in 14 states, who processed 3.2 billion pesos in payments through the app last year.\n\n' +
      'Tianguix is not alone. Puestopay, a rival backed by US investors, raised $40 million last year and has been signing up vendors in Guadalajara and Puebla with zero-fee offers.\n\n' +
      'To keep pace, Tianguix said on Monday it had raised 180 million pesos (about $10.4 million) in a Series A round co-led by Chapultepec Row Capital and Cumbres Fund, which led the company’s $3 million seed in 2024. Mixteca Labs, the venture arm of regional lender Banco Mixteca, also invested.\n\n' +
      'Villaseñor said the money would go into a product that lets vendors buy stock in the morning and repay at the end of the day. "Our vendors are small, but they turn their inventory every 24 hours," he said.',
    kind: 'round',
    rounds: [
      {
        company: 'Tianguix',
        amount: 1.8e8,
        currency: 'MXN',
        roundType: 'series_a',
        lead: ['Chapultepec Row Capital', 'Cumbres Fund'],
        other: ['Mixteca Labs'],
      },
    ],
    prior: ['Puestopay'],
  },
  {
    id: 'ub29-04',
    style: 'press',
    phenomenon:
      'colombian_pr_wire_release,dateline,usd_first_with_cop_conversion,dfi_lead_ifc,city_introduced_participant,inputs_financed_cop_trap,about_boilerplate_investor_aum_trap,series_a',
    title: 'Veredata Raises US$12 Million Series A Led by IFC to Bring Credit Data to Colombia’s Coffee Growers',
    source: 'Andes Newswire',
    text:
      'BOGOTÁ, Colombia, March 9, 2026 /Andes Newswire/ -- Veredata, a data platform that helps coffee cooperatives and lenders assess the creditworthiness of smallholder farmers, today announced a US$12 million (approximately COP 47 billion) Series A led by IFC, with participation from Medellín-based Poblado Ventures and Candelaria Impact Partners.\n\n' +
      'Veredata combines satellite imagery, cooperative delivery records and weather data to score farms that have no formal credit history. Lenders using its scores have financed COP 210 billion in fertilizer and seedlings for 38,000 farmers in Huila, Cauca and Nariño since 2023.\n\n' +
      '"A coffee farmer with three hectares and thirty years of harvests is not a risky borrower. She is an invisible one," said Catalina Restrepo Uribe, co-founder and CEO of Veredata.\n\n' +
      'The company will use the funds to add cocoa and avocado growers and to open an office in Lima.\n\n' +
      'About Veredata\nFounded in 2021 and headquartered in Bogotá, Veredata works with 46 cooperatives and nine lenders in Colombia and Peru.\n\n' +
      'About Poblado Ventures\nPoblado Ventures is a Medellín-based venture capital firm with US$180 million under management across three funds, investing in seed and Series A companies in the Andean region.',
    kind: 'round',
    rounds: [
      {
        company: 'Veredata',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['IFC'],
        other: ['Poblado Ventures', 'Candelaria Impact Partners'],
      },
    ],
  },
  {
    id: 'ub29-05',
    style: 'blog',
    phenomenon:
      'founder_post,first_person_we_have_raised,company_named_in_first_line,seed_extension,x_led_it,came_back_in,named_angel,earlier_seed_same_company,monthly_orders_kes_trap,extension',
    title: 'More runway, more pharmacies',
    source: 'Dawapoint Blog',
    text:
      'I’m Wanjiru, co-founder and CEO of Dawapoint. Two years ago, when we raised our $5 million seed, about 900 pharmacies in Nairobi ordered their stock through us. Today it is 6,400 pharmacies across Kenya and Uganda, and together they order around KSh 1.1 billion of medicines through Dawapoint every month.\n\n' +
      'We’ve raised a $2.4 million seed extension to keep going until our Series A. Ngong Road Ventures led it. Our seed investors at Kilimani Capital came back in, and we welcomed Achieng Odhiambo, who spent 15 years running pharmacy distribution in western Kenya, as an angel.\n\n' +
      'The money goes into two things: a warehouse in Kisumu, and a way for pharmacies that can’t pay upfront to buy on 30-day terms. If you run a pharmacy and want to try it, my inbox is open.',
    kind: 'round',
    rounds: [
      {
        company: 'Dawapoint',
        amount: 2.4e6,
        roundType: 'extension',
        lead: ['Ngong Road Ventures'],
        other: ['Kilimani Capital', 'Achieng Odhiambo'],
      },
    ],
  },
  {
    id: 'ub29-06',
    style: 'wire',
    phenomenon:
      'nigerian_outlet,company_only_in_headline,body_says_the_lagos_based_startup,amount_and_type_only_in_headline,x_led_the_round_y_joined,goods_value_ngn_trap,series_a',
    title: 'Lagos warehousing startup Kobowa raises $7 million Series A',
    source: 'Naija Tech Brief',
    text:
      'The Lagos-based startup, which runs shared warehouses and next-day delivery for small online sellers in Nigeria and Ghana, said on Monday that Marina Harbour Capital led the round and Ikeja Growth Fund joined it. ' +
      'Goods worth ₦48 billion passed through its four hubs last year, and it plans to open two more, in Abuja and Kumasi, by September.',
    kind: 'round',
    rounds: [
      {
        company: 'Kobowa',
        amount: 7e6,
        roundType: 'series_a',
        lead: ['Marina Harbour Capital'],
        other: ['Ikeja Growth Fund'],
      },
    ],
  },
  {
    id: 'ub29-07',
    style: 'business',
    phenomenon:
      'gulf_business_daily,aed_with_usd_conversion,state_owned_vehicle_lead,existing_investors_also_participated,city_introduced_participant,earlier_seed_same_company,fuel_savings_aed_trap,series_a',
    title: 'Dubai fleet-software firm Darbuna raises AED 55m Series A led by Abu Dhabi state investor',
    source: 'Gulf Ledger',
    text:
      'Dubai-based Darbuna, which sells route-planning and fuel-monitoring software to delivery companies and school-bus operators, has raised AED 55 million ($15 million) in a Series A round led by Liwa Strategic Investments, a state-owned investment vehicle in Abu Dhabi.\n\n' +
      'Existing investors Jumeirah Seed Partners and Riyadh-based Olaya Ventures also participated, the company said on Monday. Darbuna raised $4 million in seed funding in 2024.\n\n' +
      'The software runs on 14,000 vehicles in the UAE, Saudi Arabia and Oman, and Darbuna says customers have cut fuel bills by an average of 11%, or about AED 2,300 per vehicle a year. Chief executive Faisal Al Hammadi said the company would open an office in Riyadh in the second quarter.',
    kind: 'round',
    rounds: [
      {
        company: 'Darbuna',
        amount: 5.5e7,
        currency: 'AED',
        roundType: 'series_a',
        lead: ['Liwa Strategic Investments'],
        other: ['Jumeirah Seed Partners', 'Olaya Ventures'],
      },
    ],
  },
  {
    id: 'ub29-08',
    style: 'business',
    phenomenon:
      'saudi_business_outlet,sar_with_usd_conversion,retailer_cvc_lead,also_took_part,per_worker_fee_sar_trap,nomu_listing_ambition_trap,series_b',
    title: 'Riyadh shift-scheduling startup Nawbah closes SAR 75 million Series B',
    source: 'Riyadh Business Review',
    text:
      'Nawbah, a Riyadh-based startup whose app schedules and pays hourly staff at restaurants, malls and hospitals, has closed a SAR 75 million (US$20 million) Series B round led by Qimmah Ventures, the corporate venture capital arm of retailer Qimmah Group. Sadu Capital and Wadi Hanifa Partners also took part.\n\n' +
      'The app schedules about 220,000 workers for 1,300 employers, who pay SAR 12 per worker each month. Founder Reem Al-Otaibi said the company was profitable in the fourth quarter and wanted to be ready for a listing on Nomu, the Saudi Exchange’s parallel market, within three years. ' +
      '"We’re not in a hurry, but we are building the company as if we will be public," she said.',
    kind: 'round',
    rounds: [
      {
        company: 'Nawbah',
        amount: 7.5e7,
        currency: 'SAR',
        roundType: 'series_b',
        lead: ['Qimmah Ventures'],
        other: ['Sadu Capital', 'Wadi Hanifa Partners'],
      },
    ],
  },
  {
    id: 'ub29-09',
    style: 'business',
    phenomenon:
      'israeli_tech_press,series_a2,usd_first_with_nis_conversion,x_led_the_round,existing_investors_participation,earlier_series_a_same_company_other_lead,total_funding_trap,kilometres_trap,series_a',
    title: 'Dalfon raises $18 million Series A2 for acoustic pipe-leak sensors',
    source: 'Carmel Tech Dispatch',
    text:
      'Herzliya-based Dalfon, which makes acoustic sensors that clip onto municipal water pipes and listen for leaks, has raised $18 million (about NIS 65 million) in a Series A2 round. Sharon Plain Ventures led the round, with participation from existing investors Yarkon Capital and Negev Deep Tech.\n\n' +
      'The new money comes 14 months after Dalfon’s $11 million Series A, led by Yarkon Capital, and brings its total funding to $33 million. The company’s sensors cover 9,000 kilometres of pipe in Israel, Cyprus and Portugal; utilities using them say they lose about a fifth less water.\n\n' +
      'Dalfon has 48 employees, 35 of them in Israel, and plans to open a sales office in Madrid.',
    kind: 'round',
    rounds: [
      {
        company: 'Dalfon',
        amount: 18e6,
        roundType: 'series_a',
        lead: ['Sharon Plain Ventures'],
        other: ['Yarkon Capital', 'Negev Deep Tech'],
      },
    ],
  },
  {
    id: 'ub29-10',
    style: 'roundup',
    phenomenon:
      'crypto_newsletter,emoji_sections,raises_and_not_raises,m_suffix_amounts,strategic_round_market_makers,pre_seed_from_single_fund,tvl_trap,trading_volume_trap,airdrop_trap,hackathon_prize_trap,seed,strategic,pre_seed',
    title: 'Gasline #412: a seed, a strategic round and a lot of TVL',
    source: 'Gasline',
    text:
      '💸 RAISES\n\n' +
      '• Kestrelis, which builds social-recovery tools for self-custody wallets, raised a $6.5M seed led by Ironveld Digital, with participation from Saltpan Capital and a handful of angels.\n' +
      '• Orvane, a perpetuals exchange for emerging-market currency pairs such as USD/NGN and USD/BRL, closed a $15M strategic round with market makers Delphic Flow and Tessellate Trading.\n' +
      '• Stablecoin payroll startup Paycairn (Johannesburg) got $3M in pre-seed funding from Kinship Crypto Fund.\n\n' +
      '📊 NOT RAISES\n\n' +
      '• Yieldcrest’s lending vaults passed $420M in TVL.\n' +
      '• Glintswap did $1.8B in volume last week, a record.\n' +
      '• The Marlo DAO voted to airdrop 12M MRL (~$3.1M) to early users.\n' +
      '• Teams split a $250K prize pool at the Dubai Builders Hackathon; a Beirut team building onchain rent receipts took the $50K top prize.',
    kind: 'round',
    rounds: [
      {
        company: 'Kestrelis',
        amount: 6.5e6,
        roundType: 'seed',
        lead: ['Ironveld Digital'],
        other: ['Saltpan Capital'],
      },
      { company: 'Orvane', amount: 15e6, roundType: 'strategic', other: ['Delphic Flow', 'Tessellate Trading'] },
      { company: 'Paycairn', amount: 3e6, roundType: 'pre_seed', other: ['Kinship Crypto Fund'] },
    ],
  },
  {
    id: 'ub29-11',
    style: 'business',
    phenomenon:
      'crypto_trade_press,token_round_led_by,market_maker_participant,bought_tokens,lock_up_terms,foundation_named,remittance_volume_trap,bug_bounty_trap,earlier_seed_same_company,unknown_type',
    title: 'Gulf-to-Africa remittance network Sendaro raises $11 million token round ahead of mainnet',
    source: 'Ledger Lines',
    text:
      'Sendaro, which runs a blockchain-based remittance corridor from the Gulf to East Africa, has raised $11 million in a token round led by Obsidian Reef Capital. Dune Runner Ventures and the market maker Quartzline also bought SDR tokens, which are locked for 12 months and then unlock monthly over two years.\n\n' +
      'The Sendaro Foundation said its corridor carried $640 million in remittances last year, mostly from workers in the UAE and Saudi Arabia sending money to families in Kenya, Uganda and Ethiopia. SDR is expected to start trading after the network’s mainnet launch in May.\n\n' +
      'Sendaro raised a $4 million seed round in 2024. It is also offering up to $500,000 in bug bounties for flaws in its bridge contracts before launch.',
    kind: 'round',
    rounds: [
      {
        company: 'Sendaro',
        amount: 11e6,
        roundType: 'unknown',
        lead: ['Obsidian Reef Capital'],
        other: ['Dune Runner Ventures', 'Quartzline'],
      },
    ],
  },
  {
    id: 'ub29-12',
    style: 'business',
    phenomenon:
      'east_african_business_outlet,dfi_lead_bii,investor_named_first_has_led_in,abbreviation_in_parentheses,usd_first_with_kes_conversion,company_said_participants,daily_instalment_kes_trap,receivables_book_trap,series_b',
    title: 'BII leads $25 million Series B in Kenyan solar-fridge company Jualink',
    source: 'Rift Valley Business Times',
    text:
      'British International Investment (BII), the UK’s development finance institution, has led a $25 million (KSh 3.2 billion) Series B round in Jualink, a Nairobi-based company that sells solar-powered refrigerators to shopkeepers and fishmongers on pay-as-you-go plans.\n\n' +
      'Lake Naivasha Capital and Kampala-based Entebbe Road Partners also invested, Jualink said on Monday.\n\n' +
      'Customers pay for the fridges in daily instalments of about KSh 90 over two years. Jualink has sold 84,000 units in Kenya, Uganda and Tanzania, and its receivables book stood at $38 million at the end of December. ' +
      'Chief executive Brian Kiprono said the new money would pay for an assembly plant in Athi River able to build 3,000 fridges a month.',
    kind: 'round',
    rounds: [
      {
        company: 'Jualink',
        amount: 25e6,
        roundType: 'series_b',
        lead: ['British International Investment'],
        other: ['Lake Naivasha Capital', 'Entebbe Road Partners'],
      },
    ],
  },
  {
    id: 'ub29-13',
    style: 'business',
    phenomenon:
      'francophone_african_outlet_in_english,venture_debt_from_dfi,lender_named_without_led,eur_with_cfa_conversion,gmv_cfa_trap,earlier_series_a_same_company,debt',
    title: 'Proparco lends €8 million to Ivorian wholesale platform Grossika',
    source: 'Lagune Tech Review',
    text:
      'Abidjan-based Grossika, which supplies rice, cooking oil and sugar to neighbourhood shops in Côte d’Ivoire and Senegal, has raised €8 million (about CFA 5.2 billion) in venture debt from Proparco, the French development finance institution.\n\n' +
      'The facility will finance inventory and the credit Grossika extends to shopkeepers, co-founder Aminata Koné said. Grossika delivers to 14,000 shops and recorded gross merchandise value of CFA 61 billion in 2025.\n\n' +
      'The company raised a $9 million Series A led by Plateau Ventures in 2024.',
    kind: 'round',
    rounds: [{ company: 'Grossika', amount: 8e6, currency: 'EUR', roundType: 'debt', other: ['Proparco'] }],
  },
  {
    id: 'ub29-14',
    style: 'business',
    phenomenon:
      'south_african_outlet,revenue_based_financing,zar_r_prefix_with_usd_conversion,provider_named_without_led,repayment_multiple_trap,revenue_zar_trap,non_dilutive',
    title: 'Cape Town skincare brand Rooilip Botanicals takes R45m in revenue-based financing',
    source: 'Cape Tech Tribune',
    text:
      'Rooilip Botanicals, a Cape Town skincare brand that sells rooibos- and buchu-based products online and through pharmacy chains, has secured R45 million (about $2.4 million) in revenue-based financing from Tafelberg Revenue Capital.\n\n' +
      'Rooilip will repay the advance with 6% of its monthly sales until it has returned 1.15 times the amount, co-founder Lindiwe Dlamini said. "We didn’t want to sell equity at today’s valuations, and we know what our sales look like every month," she said.\n\n' +
      'The brand turned over R160 million last year and will use the money to buy stock for launches in Kenya and Nigeria.',
    kind: 'round',
    rounds: [
      {
        company: 'Rooilip Botanicals',
        amount: 4.5e7,
        currency: 'ZAR',
        roundType: 'non_dilutive',
        other: ['Tafelberg Revenue Capital'],
      },
    ],
  },
  {
    id: 'ub29-15',
    style: 'business',
    phenomenon:
      'chilean_outlet,clp_billion_with_usd_conversion,with_participation_from,fish_count_trap,industry_exports_trap,earlier_corfo_grant_same_company,seed',
    title: 'Puerto Montt salmon-health startup Branquia raises CLP 3.8 billion seed',
    source: 'Santiago Startup Post',
    text:
      'Branquia, a Puerto Montt-based startup that uses underwater cameras and machine learning to spot sea lice and gill disease in salmon pens, has raised CLP 3.8 billion (about US$4 million) in a seed round led by Andes Austral Ventures, with participation from Valparaíso Capital.\n\n' +
      'Its cameras watch 310 pens holding roughly 95 million fish for six farming companies in the Los Lagos and Aysén regions, in an industry that exports more than US$6 billion of salmon a year.\n\n' +
      'Branquia previously won a CLP 60 million grant from CORFO, the state development agency. Co-founder Ignacio Fuenzalida said the new money would pay for a sales team in Norway.',
    kind: 'round',
    rounds: [
      {
        company: 'Branquia',
        amount: 3.8e9,
        currency: 'CLP',
        roundType: 'seed',
        lead: ['Andes Austral Ventures'],
        other: ['Valparaíso Capital'],
      },
    ],
  },
  {
    id: 'ub29-16',
    style: 'business',
    phenomenon:
      'egyptian_outlet,egp_with_usd_conversion,pre_series_a,bank_venture_arm_lead,appositive_parent_bank_trap,city_introduced_angels,tickets_count_trap,fare_egp_trap,unknown_type',
    title: 'Cairo microbus-booking app Mikroo raises EGP 150 million pre-Series A',
    source: 'Nile Tech Digest',
    text:
      'Mikroo, a Cairo-based app that lets passengers book seats on intercity microbuses, has raised EGP 150 million (around $3 million) in a pre-Series A round led by Misr Horizon Ventures, the venture arm of Delta Commercial Bank. Alexandria-based Stanley Bay Angels also took part.\n\n' +
      'Mikroo says it sells about 900,000 tickets a month on 240 routes, at an average fare of EGP 85, and takes a commission from drivers’ associations. Co-founder Karim Abdelaziz said the company would use the round to add routes to Upper Egypt and launch in Jordan.',
    kind: 'round',
    rounds: [
      {
        company: 'Mikroo',
        amount: 1.5e8,
        currency: 'EGP',
        roundType: 'unknown',
        lead: ['Misr Horizon Ventures'],
        other: ['Stanley Bay Angels'],
      },
    ],
  },
  {
    id: 'ub29-17',
    style: 'business',
    phenomenon:
      'maghreb_outlet,bridge_round,ahead_of_series_a,existing_investor_led_the_bridge,semicolon_also_took_part,planned_series_a_amount_trap,subscription_price_mad_trap,unknown_type',
    title: 'Casablanca edtech Revizo raises $4 million bridge ahead of Series A',
    source: 'Maghreb Startup Review',
    text:
      'Revizo, a Casablanca startup whose app helps Moroccan high-school students prepare for the baccalauréat, has raised a $4 million bridge round.\n\n' +
      'Anfa Growth Partners, which led Revizo’s seed, led the bridge; Rabat-based Oudaya Ventures also took part. The company plans to raise a Series A of around $15 million in the second half of the year, co-founder Salma Bennani said.\n\n' +
      'Revizo has 420,000 monthly users, of whom 60,000 pay MAD 49 a month.',
    kind: 'round',
    rounds: [
      {
        company: 'Revizo',
        amount: 4e6,
        roundType: 'unknown',
        lead: ['Anfa Growth Partners'],
        other: ['Oudaya Ventures'],
      },
    ],
  },
  {
    id: 'ub29-18',
    style: 'business',
    phenomenon:
      'levant_outlet,anchored_by_which_led_it,family_office_lead,investor_share_of_round_trap,put_in_the_rest,city_introduced_participants,shipments_value_trap,seed',
    title: 'Amman refrigerated-trucking marketplace Tarrood raises $5 million seed',
    source: 'Levant Startup Wire',
    text:
      'Amman-based Tarrood, which runs an online marketplace for refrigerated trucking between Jordan, Iraq and Saudi Arabia, has raised $5 million in seed funding.\n\n' +
      'The round was anchored by Kuwait’s Al-Sabeel Family Office, which led it with a $3 million cheque. Beirut-based Hamra Street Ventures and Amman’s Jabal Capital put in the rest.\n\n' +
      'About 1,100 trucks are registered on Tarrood, and shipments worth $270 million moved through the platform last year, mostly produce and dairy. Founder Laith Haddad said the company would open offices in Baghdad and Dammam.',
    kind: 'round',
    rounds: [
      {
        company: 'Tarrood',
        amount: 5e6,
        roundType: 'seed',
        lead: ['Al-Sabeel Family Office'],
        other: ['Hamra Street Ventures', 'Jabal Capital'],
      },
    ],
  },
  {
    id: 'ub29-19',
    style: 'business',
    phenomenon:
      'nigerian_outlet,usd_first_with_ngn_conversion,city_introduced_participants,premium_range_ngn_trap,claims_paid_ngn_trap,members_count_trap,seed',
    title: 'Abuja health-insurance startup Kulawa raises $1.5 million seed',
    source: 'Eko Startup Times',
    text:
      'Kulawa, an Abuja-based startup selling health insurance to market traders in weekly instalments, has raised $1.5 million (₦2.2 billion) in a seed round led by Jabi Lake Capital. Ibadan’s Bodija Angels and Accra-based Labone Ventures also participated.\n\n' +
      'The company has 52,000 members who pay premiums of ₦1,500 to ₦4,000 a week, and it has paid out claims worth ₦310 million since it launched in 2023. Founder Hauwa Bello said Kulawa would use the money to sign up more hospitals in Kano and Kaduna.',
    kind: 'round',
    rounds: [
      {
        company: 'Kulawa',
        amount: 1.5e6,
        roundType: 'seed',
        lead: ['Jabi Lake Capital'],
        other: ['Bodija Angels', 'Labone Ventures'],
      },
    ],
  },
  {
    id: 'ub29-20',
    style: 'business',
    phenomenon:
      'kenyan_outlet,kes_ksh_with_usd_conversion,pre_seed_from_three_backers_no_lead,unnamed_diaspora_investors,earnings_kes_trap,pitch_prize_same_company_trap,pre_seed',
    title: 'Mombasa boat-repair marketplace Ngalawa raises KSh 130 million pre-seed',
    source: 'Kenya Startup Ledger',
    text:
      'Ngalawa, a Mombasa-based marketplace that connects fishing-boat owners on the Kenyan and Tanzanian coast with mechanics and spare-parts dealers, has raised KSh 130 million ($1 million) in pre-seed funding from Nyali Ventures, Diani Coast Angels and a group of Kenyan investors in the UK.\n\n' +
      'Mechanics on the platform earned KSh 45 million last year, co-founder Fatma Swaleh said. Ngalawa won a $50,000 prize at a blue-economy pitch competition in Nairobi in 2025 and will use the new funds to expand to Zanzibar and Tanga.',
    kind: 'round',
    rounds: [
      {
        company: 'Ngalawa',
        amount: 1.3e8,
        currency: 'KES',
        roundType: 'pre_seed',
        other: ['Nyali Ventures', 'Diani Coast Angels'],
      },
    ],
  },
  {
    id: 'ub29-21',
    style: 'business',
    phenomenon:
      'brazilian_feature_in_english,store_owner_anecdote_lede,round_in_paragraph_4,brl_with_usd_conversion,building_materials_cvc_lead,existing_investor_also_took_part,purchases_financed_brl_trap,earlier_seed_brl_same_company,b3_listing_someday_trap,series_a',
    title: 'How a Recife startup is bringing installment credit to hardware stores in the Northeast',
    source: 'Rio-São Paulo Startup Review',
    text:
      'When Josinaldo Ferreira’s customers in Caruaru want to build an extra room, they rarely have the cash for bricks, cement and roof tiles all at once. For years he sold on a paper ledger, writing down who owed what and hoping they would come back.\n\n' +
      'Tijolim, founded in Recife in 2022 by former bank analysts Larissa Cavalcanti and Tiago Moura, replaced his ledger with an app. Store owners like Ferreira can offer customers up to 12 monthly installments; Tijolim pays the store upfront and collects the installments through Pix.\n\n' +
      'The model has grown quickly. Tijolim has financed R$420 million in purchases at 5,800 stores across nine states since launch, and says fewer than 4% of installments are more than 90 days late. It raised an R$8 million seed round led by Olinda Seed in 2023.\n\n' +
      'On Monday, Tijolim said it had raised R$40 million (about US$7 million) in a Series A led by Boa Viagem Ventures, the corporate venture arm of building-materials distributor Grupo Marreta. Olinda Seed also took part.\n\n' +
      'Cavalcanti said the company wanted to reach profitability before thinking about an eventual listing on B3. "That is a conversation for 2030," she said.',
    kind: 'round',
    rounds: [
      {
        company: 'Tijolim',
        amount: 4e7,
        currency: 'BRL',
        roundType: 'series_a',
        lead: ['Boa Viagem Ventures'],
        other: ['Olinda Seed'],
      },
    ],
  },
  {
    id: 'ub29-22',
    style: 'business',
    phenomenon:
      'rio_de_la_plata_outlet,city_introduced_lead,also_invested,valuation_from_person_familiar_trap,revenue_forecast_trap,engineers_count_trap,series_c',
    title: 'Montevideo software-testing firm Probasur raises $32 million Series C',
    source: 'Rio de la Plata Tech',
    text:
      'Probasur, a Montevideo-based company that supplies software-testing teams to banks and retailers in the US and Latin America, said on Monday it had raised $32 million in a Series C round led by New York-based Hudson Quay Growth.\n\n' +
      'Pocitos Capital and Buenos Aires-based Palermo Soho Ventures also invested. The round values Probasur at about $410 million, according to a person familiar with the deal.\n\n' +
      'The company employs 1,400 engineers in Uruguay, Argentina and Colombia and expects revenue of $58 million this year. Chief executive Martín Echeverry said Probasur would use part of the money to buy smaller testing firms in Mexico.',
    kind: 'round',
    rounds: [
      {
        company: 'Probasur',
        amount: 32e6,
        roundType: 'series_c',
        lead: ['Hudson Quay Growth'],
        other: ['Pocitos Capital', 'Palermo Soho Ventures'],
      },
    ],
  },
  {
    id: 'ub29-23',
    style: 'business',
    phenomenon:
      'israeli_tech_press,emerged_from_stealth_with,co_led,named_angel_with_former_role,separate_innovation_authority_grant_nis_trap,founders_named,seed',
    title: 'Shomrion emerges from stealth with $9 million to police AI agents’ access to company data',
    source: 'Carmel Tech Dispatch',
    text:
      'Tel Aviv-based Shomrion came out of stealth on Monday with $9 million in seed funding co-led by Jaffa Port Ventures and Sand Hill Quarry Partners. Angel investors including Yoav Breslauer, a former chief information security officer at a large Israeli bank, also took part.\n\n' +
      'Shomrion’s software sits between a company’s internal systems and the AI agents its employees use, and stops agents from reading or sending data they are not supposed to. It is being tested by two banks and an insurer.\n\n' +
      'The company was founded last year by Noa Friedman, Itay Golan and Ruth Sasson. It separately received a NIS 2.4 million grant from the Israel Innovation Authority.',
    kind: 'round',
    rounds: [
      {
        company: 'Shomrion',
        amount: 9e6,
        roundType: 'seed',
        lead: ['Jaffa Port Ventures', 'Sand Hill Quarry Partners'],
        other: ['Yoav Breslauer'],
      },
    ],
  },
  {
    id: 'ub29-24',
    style: 'business',
    phenomenon:
      'gulf_business_daily,bhd_with_usd_conversion,government_owned_vehicle_lead,round_also_drew,country_introduced_participant,gross_premiums_bhd_trap,series_a',
    title: 'Bahraini insurtech Amaniq raises BHD 3.4m Series A led by state investment vehicle',
    source: 'Gulf Ledger',
    text:
      'Manama-based Amaniq, which sells car and travel insurance through banking and telecom apps across the Gulf, has raised BHD 3.4 million ($9 million) in a Series A round led by Muharraq Bay Capital, an investment vehicle owned by the Government of Bahrain.\n\n' +
      'The round also drew Kuwait’s Salmiya Ventures and Dubai-based Deira Partners. Amaniq said it had written policies with gross premiums of BHD 11 million last year and would use the funds to enter Saudi Arabia.',
    kind: 'round',
    rounds: [
      {
        company: 'Amaniq',
        amount: 3.4e6,
        currency: 'BHD',
        roundType: 'series_a',
        lead: ['Muharraq Bay Capital'],
        other: ['Salmiya Ventures', 'Deira Partners'],
      },
    ],
  },
  {
    id: 'ub29-25',
    style: 'business',
    phenomenon:
      'latam_crypto_outlet,stablecoin_company_equity_round,equity_only_no_token,crypto_funds_participants,remittance_volume_trap,national_remittance_total_trap,customer_balances_trap,series_a',
    title: 'Remezza raises $22 million Series A to move US-Mexico remittances over stablecoins',
    source: 'Cripto LatAm Weekly',
    text:
      'Mexico City-based Remezza, which lets Mexican workers in the US send dollar stablecoins that their families can cash out at convenience stores, has raised $22 million in a Series A led by Coyoacán Digital Partners. Crypto funds Blockmere Capital and Marigold Chain Fund also participated.\n\n' +
      'The round was equity only; Remezza has no token and no plans to launch one, chief executive Diego Saldívar said. The company moved $1.3 billion in remittances last year, a small slice of the more than $60 billion that flows from the US to Mexico each year, and holds about $35 million in customer balances.',
    kind: 'round',
    rounds: [
      {
        company: 'Remezza',
        amount: 22e6,
        roundType: 'series_a',
        lead: ['Coyoacán Digital Partners'],
        other: ['Blockmere Capital', 'Marigold Chain Fund'],
      },
    ],
  },
  {
    id: 'ub29-26',
    style: 'business',
    phenomenon:
      'crypto_trade_press,seed_structured_as_equity_with_token_warrants,city_introduced_lead,named_angel,tvl_deposits_trap,no_token_date,seed',
    title: 'Nairobi’s Mzunguko raises $6 million seed to move savings groups onchain',
    source: 'Ledger Lines',
    text:
      'Mzunguko, a Nairobi startup that gives chamas, Kenya’s informal savings groups, software to pool and lend money in dollar stablecoins, has raised a $6 million seed round structured as equity with token warrants.\n\n' +
      'Kigali-based Nyungwe Digital led the round, and Lamu Blockchain Fund and angel investor Otieno Kamau also took part. About 4,300 groups use Mzunguko, and its smart contracts hold about $19 million in deposits, a figure the company reports as its TVL.\n\n' +
      'The warrants give investors the right to receive tokens if Mzunguko launches one; the company said it has no date for that.',
    kind: 'round',
    rounds: [
      {
        company: 'Mzunguko',
        amount: 6e6,
        roundType: 'seed',
        lead: ['Nyungwe Digital'],
        other: ['Lamu Blockchain Fund', 'Otieno Kamau'],
      },
    ],
  },
  {
    id: 'ub29-27',
    style: 'business',
    phenomenon:
      'saudi_business_outlet,venture_debt_facility,sar_with_usd_conversion,lender_named_without_led,orders_count_trap,earlier_series_b_same_company,no_new_equity_this_year,debt',
    title: 'Jeddah grocery app Dukkanah secures SAR 40 million venture debt facility',
    source: 'Riyadh Business Review',
    text:
      'Dukkanah, a Jeddah-based quick-commerce grocery app, has secured a SAR 40 million (about $10.7 million) venture debt facility from Corniche Credit Partners to open 12 new dark stores in Jeddah, Mecca and Medina.\n\n' +
      'The company delivers about 1.2 million orders a month. It raised a $30 million Series B led by Hejaz Growth in 2025, and chief executive Omar Al-Harbi said it did not need new equity this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Dukkanah',
        amount: 4e7,
        currency: 'SAR',
        roundType: 'debt',
        other: ['Corniche Credit Partners'],
      },
    ],
  },
  {
    id: 'ub29-28',
    style: 'roundup',
    phenomenon:
      'latam_deal_newsletter,flag_emoji_city_datelines,four_rounds_one_text,mx_dollar_prefix,cop_with_usd_conversion,co_led,from_a_and_b_no_lead,brl_seed_extension,exit_line_had_raised,seed,series_a,pre_seed,extension',
    title: 'Pulso Latam: four rounds and an exit',
    source: 'Pulso Latam',
    text:
      '🇲🇽 GUADALAJARA — Refaccio, a B2B marketplace where auto-repair shops buy parts, raised MX$95 million (about US$5.5 million) in a seed round led by Tapatío Ventures. Zapopan Angels participated.\n\n' +
      '🇨🇴 MEDELLÍN — Tiendaflow, which finances inventory for corner shops, closed a COP 40 billion (around US$10 million) Series A co-led by Laureles Capital and Bogotá-based Usaquén Partners.\n\n' +
      '🇵🇪 LIMA — Health-records startup Historix raised US$2.3 million in pre-seed funding from Miraflores Ventures and Barranco Angels.\n\n' +
      '🇧🇷 BELO HORIZONTE — Pastagem, which sells pasture-monitoring software to cattle ranchers, raised an R$18 million seed extension led by Savassi Capital.\n\n' +
      'EXIT — Santiago payroll company Sueldix was bought by Mexico’s Nomix Group for US$60 million. Sueldix had raised US$12 million from investors including Providencia Ventures.',
    kind: 'round',
    rounds: [
      {
        company: 'Refaccio',
        amount: 9.5e7,
        currency: 'MXN',
        roundType: 'seed',
        lead: ['Tapatío Ventures'],
        other: ['Zapopan Angels'],
      },
      {
        company: 'Tiendaflow',
        amount: 4e10,
        currency: 'COP',
        roundType: 'series_a',
        lead: ['Laureles Capital', 'Usaquén Partners'],
      },
      { company: 'Historix', amount: 2.3e6, roundType: 'pre_seed', other: ['Miraflores Ventures', 'Barranco Angels'] },
      { company: 'Pastagem', amount: 1.8e7, currency: 'BRL', roundType: 'extension', lead: ['Savassi Capital'] },
    ],
    prior: ['Sueldix'],
  },
  {
    id: 'ub29-29',
    style: 'roundup',
    phenomenon:
      'mena_funding_memo,numbered_city_lines,four_rounds_one_text,sar_without_conversion,pre_series_a,x_led_short,x_led_semicolon_y_joined,eur_from_a_and_b_no_lead,monthly_statistic_trap,fund_final_close_trap,unknown_type,seed,series_a',
    title: 'MENA Funding Memo: the week to March 8',
    source: 'MENA Money Memo',
    text:
      '1) RIYADH — Nukhbah Health, a platform for booking nurses and physiotherapists at home, raised SAR 28 million in a pre-Series A round. Najd Plateau Capital led.\n' +
      '2) DUBAI — Farahpay, which handles payments and contracts for wedding and events suppliers, closed a $3.2 million seed. Jebel Ali Seed Fund led; Al Quoz Angels joined.\n' +
      '3) CAIRO — Qomash, a B2B wholesale marketplace for fabrics and garments, raised $7 million in a Series A led by Gezira Capital, with participation from Maadi Ventures.\n' +
      '4) TUNIS — Drone-inspection firm Nasrvision raised €2 million from Carthage Seed and Sidi Bou Ventures.\n\n' +
      'ALSO\n' +
      '• MENA startups raised $390 million in February across 44 deals, per Sarh Analytics.\n' +
      '• Riyadh-based Rawdah Partners held the final close of its second fund at $150 million.',
    kind: 'round',
    rounds: [
      {
        company: 'Nukhbah Health',
        amount: 2.8e7,
        currency: 'SAR',
        roundType: 'unknown',
        lead: ['Najd Plateau Capital'],
      },
      {
        company: 'Farahpay',
        amount: 3.2e6,
        roundType: 'seed',
        lead: ['Jebel Ali Seed Fund'],
        other: ['Al Quoz Angels'],
      },
      { company: 'Qomash', amount: 7e6, roundType: 'series_a', lead: ['Gezira Capital'], other: ['Maadi Ventures'] },
      {
        company: 'Nasrvision',
        amount: 2e6,
        currency: 'EUR',
        roundType: 'unknown',
        other: ['Carthage Seed', 'Sidi Bou Ventures'],
      },
    ],
  },
  {
    id: 'ub29-30',
    style: 'press',
    phenomenon:
      'south_african_pr_wire_release,dateline,zar_r_prefix_with_usd_conversion,mining_group_cvc_lead,existing_investor_also_participated,workers_and_vehicles_count_trap,about_boilerplate_investor_aum_zar_trap,series_a',
    title: 'Shaftline Raises R120 Million Series A to Track Underground Mine Workers in Real Time',
    source: 'Highveld Release Wire',
    text:
      'JOHANNESBURG, South Africa, March 9, 2026 /Highveld Release Wire/ -- Shaftline, a Johannesburg developer of underground positioning and collision-warning systems for mines, today announced a R120 million (approximately US$6.5 million) Series A led by Reef Horizon Ventures, the corporate venture capital arm of mining group Reef Horizon Holdings. Existing investor Melville Koppies Capital also participated.\n\n' +
      'Shaftline’s tags and underground mesh network are installed in 11 mines in South Africa, Zambia and Ghana and track 23,000 workers and 1,900 vehicles.\n\n' +
      '"Every shift, a mine manager should know where every person is. Most still cannot," said Thandeka Mokoena, CEO of Shaftline.\n\n' +
      'About Shaftline\nShaftline was founded in 2020 by three mining engineers and employs 85 people in Johannesburg and Rustenburg.\n\n' +
      'About Reef Horizon Ventures\nReef Horizon Ventures manages R1.5 billion on behalf of Reef Horizon Holdings and has invested in 14 mining-technology companies since 2019.',
    kind: 'round',
    rounds: [
      {
        company: 'Shaftline',
        amount: 1.2e8,
        currency: 'ZAR',
        roundType: 'series_a',
        lead: ['Reef Horizon Ventures'],
        other: ['Melville Koppies Capital'],
      },
    ],
  },
  {
    id: 'ub29-31',
    style: 'business',
    phenomenon:
      'mexican_business_outlet,series_a_comprising_equity_and_credit_facility,labelled_at_total,led_the_equity_portion,lender_in_other,advances_pesos_trap,series_a',
    title: 'Mexican earned-wage startup Adelantix raises $50 million in equity and debt',
    source: 'Tepeyac Business Daily',
    text:
      'Adelantix, a Mexico City startup that lets factory and warehouse workers draw part of their wages before payday, has raised $50 million in a Series A round comprising $15 million in equity and a $35 million credit facility.\n\n' +
      'Reforma Avenue Capital led the equity portion, with Condesa Seed and Santa Fe Fintech Fund participating. The credit facility comes from New York-based lender Bowline Credit.\n\n' +
      'Adelantix has advanced 4.8 billion pesos to about 210,000 workers at 340 employers since 2023, and charges a flat fee per advance rather than interest.',
    kind: 'round',
    rounds: [
      {
        company: 'Adelantix',
        amount: 50e6,
        roundType: 'series_a',
        lead: ['Reforma Avenue Capital'],
        other: ['Condesa Seed', 'Santa Fe Fintech Fund', 'Bowline Credit'],
      },
    ],
  },
  {
    id: 'ub29-32',
    style: 'business',
    phenomenon:
      'nigerian_outlet,conglomerate_strategic_investment,investor_named_first,minority_stake_board_seat,ghs_monthly_volume_trap,merchants_count_trap,strategic',
    title: 'Nigerian conglomerate Olumide Holdings takes $10 million stake in Accra payments firm Tsenpay',
    source: 'Naija Tech Brief',
    text:
      'Olumide Holdings, the Lagos conglomerate with businesses in cement, shipping and telecoms, has made a $10 million strategic investment in Tsenpay, an Accra-based company that lets Ghanaian businesses collect payments by mobile money, card and bank transfer.\n\n' +
      'The investment, for a minority stake, gives Olumide a seat on Tsenpay’s board, and the two plan to roll out Tsenpay’s checkout to Olumide’s distributors in Ghana and Nigeria, Tsenpay chief executive Kwabena Asante-Mensah said. Tsenpay processes about GHS 900 million a month for 7,500 merchants.',
    kind: 'round',
    rounds: [{ company: 'Tsenpay', amount: 10e6, roundType: 'strategic', other: ['Olumide Holdings'] }],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub29-33',
    style: 'business',
    phenomenon:
      'gulf_business_daily,in_talks,three_people_familiar,state_backed_investor_expected_to_lead,existing_investor_likely_to_participate,valuation_trap,earlier_series_a_same_lead,series_b',
    title: 'Dubai’s Qalamly in talks to raise $100 million with Abu Dhabi state investor set to lead',
    source: 'Gulf Ledger',
    text:
      'Qalamly, a Dubai-based startup whose software automates bookkeeping and VAT filings for small businesses in the Gulf, is in talks to raise about $100 million in a Series B round, according to three people familiar with the matter.\n\n' +
      'Yas Crescent Investments, an Abu Dhabi state-backed investor, is expected to lead the round, the people said, and existing investor Al Seef Capital is likely to participate. The deal would value Qalamly at around $600 million. Talks are advanced but terms could change, one of the people said.\n\n' +
      'Qalamly declined to comment. The company raised a $28 million Series A led by Al Seef Capital in 2024.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Qalamly',
        amount: 100e6,
        roundType: 'series_b',
        lead: ['Yas Crescent Investments'],
        other: ['Al Seef Capital'],
      },
    ],
  },
  {
    id: 'ub29-34',
    style: 'wire',
    phenomenon:
      'brazilian_wire_in_english,said_to_be_raising,around_brl_with_usd_conversion,has_not_picked_a_lead,credit_portfolio_trap,account_holders_trap,earlier_series_b_brl_with_lead,series_c',
    title: 'Truckers’ digital bank Estradeiro said to be raising R$300 million',
    source: 'Paulista Tech Wire',
    text:
      'Estradeiro, a São Paulo digital bank for independent truck drivers, is said to be raising around R$300 million (about US$52 million) in a Series C round, according to two people with knowledge of the talks.\n\n' +
      'The company has met local and US growth investors but has not picked a lead, one of the people said. Estradeiro has 1.4 million account holders and a credit portfolio of R$2.1 billion. It last raised R$150 million in a Series B led by Jardins Capital in 2024. Estradeiro declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Estradeiro', amount: 3e8, currency: 'BRL', roundType: 'series_c', lead: [] }],
  },
  {
    id: 'ub29-35',
    style: 'business',
    phenomenon:
      'nigerian_outlet,signed_term_sheet,to_be_led_by_dfi_fmo,usd_first_with_ngn_conversion,existing_investor_expected_to_take_part,expected_to_close_by_june,separate_federal_grant_ngn_trap,series_b',
    title: 'Lagos mini-grid developer Watta Power signs term sheet for $20 million Series B',
    source: 'Eko Startup Times',
    text:
      'Watta Power, which builds and runs solar mini-grids for markets and factory clusters in southwest Nigeria, has signed a term sheet for a $20 million (about ₦30 billion) Series B round to be led by FMO, the Dutch development bank, chief executive Tobiloba Akande said on Monday.\n\n' +
      'Existing investor Ogun Valley Capital is expected to take part, and the round should close by June, Akande said. Watta Power runs 46 mini-grids serving 31,000 businesses and households. It received a ₦1.8 billion performance-based grant under a federal rural electrification programme last year.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Watta Power',
        amount: 20e6,
        roundType: 'series_b',
        lead: ['FMO'],
        other: ['Ogun Valley Capital'],
      },
    ],
  },
  {
    id: 'ub29-36',
    style: 'roundup',
    phenomenon:
      'crypto_newsletter_scoop,is_raising,valuation_in_title_trap,set_to_lead,nothing_signed,no_token,screened_volume_trap,earlier_series_a_same_company,unknown_type',
    title: 'Scoop: Nitzotz Labs raising at ~$500M',
    source: 'Gasline',
    text:
      'Scoop: Nitzotz Labs, the Tel Aviv company whose transaction-screening software is built into several popular crypto wallets, is raising about $45M at a valuation of around $500M, three people familiar with the deal tell us. Bastion Orchard Capital is set to lead. Nothing is signed yet.\n\n' +
      'No token here: Nitzotz sells software licences. Its tools screened about $90B in transactions last year. The company raised a $14M Series A in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Nitzotz Labs', amount: 45e6, roundType: 'unknown', lead: ['Bastion Orchard Capital'] }],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub29-37',
    style: 'business',
    phenomenon:
      'african_vc_fund_close,second_fund,dfi_anchor_investors_lps_trap,cheque_size_trap,portfolio_rounds_led_and_co_led',
    title: 'Nairobi’s Acacia Line Ventures closes $85 million second fund, with IFC and BII as anchors',
    source: 'Rift Valley Business Times',
    text:
      'Nairobi-based Acacia Line Ventures has closed its second fund at $85 million, more than twice the size of its first, with IFC and British International Investment as anchor investors, the firm said on Monday.\n\n' +
      'The fund will write first cheques of $500,000 to $3 million into startups in East and West Africa, and keep about half its capital for follow-on rounds.\n\n' +
      'From its first fund, Acacia Line led the $4 million seed round of Kampala motorbike-logistics startup Bodaflex and co-led the $12 million Series A of Lagos lending startup Kredimart in 2025.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Bodaflex', 'Kredimart'],
  },
  {
    id: 'ub29-38',
    style: 'business',
    phenomenon:
      'gulf_acquirer_egyptian_target,cash_and_shares,had_raised_with_series_a_lead,central_bank_approval,acquirer_payments_volume_aed_trap',
    title: 'Abu Dhabi’s Qantara Payments to buy Cairo e-invoicing startup Kashfi for $65 million',
    source: 'Nile Tech Digest',
    text:
      'Abu Dhabi-based Qantara Payments has agreed to acquire Kashfi, a Cairo startup that lets small merchants issue electronic invoices and collect payments, for about $65 million in cash and shares, the companies said on Monday.\n\n' +
      'Kashfi had raised $14 million from investors including Giza Plateau Ventures, which led its $9 million Series A in 2024. The deal needs approval from the Central Bank of Egypt. Qantara processed AED 40 billion in payments last year.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Kashfi'],
  },
  {
    id: 'ub29-39',
    style: 'business',
    phenomenon:
      'saudi_ipo_tadawul,priced_at_top_of_range,raising_sar_with_usd_conversion,market_value_trap,oversubscription_trap,pre_ipo_round_in_2024',
    title: 'Mawqid Foods prices Saudi IPO at top of range, raising SAR 1.4 billion',
    source: 'Riyadh Business Review',
    text:
      'Mawqid Foods, a Riyadh operator of cloud kitchens and restaurant brands, has priced its initial public offering on the main market of the Saudi Exchange (Tadawul) at SAR 46 per share, the top of its indicated range, raising SAR 1.4 billion ($373 million).\n\n' +
      'The offering values Mawqid at about SAR 5.5 billion. Institutional orders covered the shares on offer 32 times, according to the lead manager. Trading is expected to start on March 17.\n\n' +
      'Mawqid raised SAR 300 million in a pre-IPO round from Thumama Partners in 2024.',
    kind: 'ipo',
    rounds: [],
    prior: ['Mawqid Foods'],
  },
  {
    id: 'ub29-40',
    style: 'business',
    phenomenon:
      'israeli_company_spac_merger,nasdaq_listing,combined_valuation_trap,trust_account_trap,pipe_anchored_by_trap,tase_dual_listing,had_raised_with_investors_including',
    title: 'Israeli hospital-drone maker Nachshol Robotics to go public through $1.1 billion SPAC deal',
    source: 'Carmel Tech Dispatch',
    text:
      'Petah Tikva-based Nachshol Robotics, which makes drones that carry medicines and lab samples between hospital buildings, will list on Nasdaq through a merger with Granite Harbor Acquisition Corp., a special purpose acquisition company, in a deal valuing the combined company at $1.1 billion.\n\n' +
      'The deal is expected to provide about $180 million in gross proceeds: $120 million held in the SPAC’s trust account, assuming no redemptions, and a $60 million PIPE anchored by Tamar Bay Capital. Nachshol also plans a dual listing on the Tel Aviv Stock Exchange.\n\n' +
      'Before the deal, Nachshol had raised $70 million from investors including Kinneret Growth.',
    kind: 'ipo',
    rounds: [],
    prior: ['Nachshol Robotics'],
  },
  {
    id: 'ub29-41',
    style: 'business',
    phenomenon:
      'african_annual_funding_tally,aggregate_statistics,debt_share_trap,largest_equity_round_named,largest_debt_deal_named,jse_listing_raise_zar',
    title: 'African startups raised $3.2 billion in 2025, down 7%',
    source: 'Continental Deal Memo',
    text:
      'Startups in Africa raised $3.2 billion in 2025, 7% less than in 2024, according to the annual report of Lagos-based tracker Kowe Data. Debt made up $1.1 billion of the total, its largest share yet.\n\n' +
      'Nigeria, Kenya, Egypt and South Africa took 78% of the money. The largest equity round was the $110 million Series C of Nairobi electric-motorbike company Pikipiki Volt; the largest debt deal was a $75 million facility for Lagos solar installer Sunkeep.\n\n' +
      'Cape Town software company Mfundo Systems raised R900 million when it listed on the JSE in November, the year’s only African tech IPO.',
    kind: 'other',
    rounds: [],
    prior: ['Pikipiki Volt', 'Sunkeep', 'Mfundo Systems'],
  },
  {
    id: 'ub29-42',
    style: 'business',
    phenomenon:
      'crypto_trade_press,public_token_sale,raises_in_title_trap,wallets_count,token_price_and_count,unlock_schedule,developer_company_earlier_seed',
    title: 'Fenlow raises $18 million in public token sale as 11,000 wallets pile in',
    source: 'Ledger Lines',
    text:
      'Fenlow, a project building a lending market for tokenised gold, sold 60 million FNL tokens to the public over 72 hours at $0.30 each, raising $18 million from about 11,000 wallets, the Fenlow Foundation said on Monday.\n\n' +
      'Buyers in the US and several other countries were excluded. A quarter of the tokens unlock when FNL starts trading in April and the rest over a year.\n\n' +
      'Fenlow Labs, the Dubai company that develops the protocol, raised a $5 million seed round led by Copperkey Capital in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Fenlow Labs'],
  },
  {
    id: 'ub29-43',
    style: 'business',
    phenomenon:
      'latam_crypto_outlet,b3_listed_company,bitcoin_treasury_purchase,brl_with_usd_conversion,treasury_holdings_value_trap,market_cap_trap,cash_on_hand_no_issuance',
    title: 'B3-listed payments firm Cobrazul buys 600 bitcoin for its treasury',
    source: 'Cripto LatAm Weekly',
    text:
      'Cobrazul, a Porto Alegre payments company listed on B3, said on Monday it had bought 600 bitcoin for about R$310 million (US$54 million), taking its treasury holdings to 1,150 bitcoin, worth roughly US$100 million at current prices.\n\n' +
      'The purchase was paid for with cash on hand, chief financial officer Helena Weiss said, and the company does not plan to issue new shares or debt to buy more. Cobrazul has a market capitalisation of about R$4 billion; its shares rose 9% on Monday.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub29-44',
    style: 'business',
    phenomenon:
      'chilean_outlet,government_grant_programme,clp_with_usd_conversion,programme_total_and_cap_trap,past_recipient_later_seed_with_lead',
    title: 'CORFO opens CLP 15 billion call for deep-tech startups',
    source: 'Santiago Startup Post',
    text:
      'Chile’s state development agency, CORFO, said on Monday it will award up to CLP 15 billion (about US$16 million) in grants this year to deep-tech startups working on lithium, copper, astronomy data and food technology, with up to CLP 400 million for each company.\n\n' +
      'Applications close on May 8. Startups must be less than eight years old and have at least one researcher on staff.\n\n' +
      'A 2024 grant recipient, Antofagasta-based brine-sensor maker Salarix, went on to raise a US$6 million seed round led by Atacama Ridge Capital last year.',
    kind: 'other',
    rounds: [],
    prior: ['Salarix'],
  },
  {
    id: 'ub29-45',
    style: 'business',
    phenomenon:
      'saudi_vc_fund_close,final_close_above_target,sar_with_usd_conversion,government_fund_of_funds_lp,ticket_size_sar_trap,portfolio_company_series_b',
    title: 'Riyadh’s Wadi Nakhla Capital closes SAR 750 million second fund',
    source: 'Najd Business Daily',
    text:
      'Riyadh-based venture firm Wadi Nakhla Capital has held the final close of its second fund at SAR 750 million ($200 million), above its SAR 600 million target, the firm said on Monday.\n\n' +
      'A government-backed fund of funds and several Saudi family offices are among its limited partners. The fund will invest SAR 20 million to SAR 75 million per company in Series A and B rounds in Saudi Arabia and the wider Gulf.\n\n' +
      'Its first fund backed logistics platform Tarhal, which raised a $45 million Series B last year.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Tarhal'],
  },
];
