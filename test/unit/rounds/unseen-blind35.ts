// A thirty-fifth blind set for funding-round extraction: invented (companies, people, investors, funds,
// accelerators, universities, sovereign and corporate investors, data firms, newsletters, podcasts,
// papers, charities, awards and sentences made up for this project; only cities, countries, regions,
// streets and public registries — the SEC and its Form D, Companies House, the province of Ontario, the
// state of California, Nasdaq, the NYSE, the Delaware courts — are real, as settings) on 2026-12-07 by a
// writer who had not read src/rounds and did not run the extractor. Dates are written for the eval's
// fixed publish date (2026-03-10, a Tuesday): "today" and "Tuesday" are 10 March 2026, "yesterday" and
// "Monday" 9 March, "last week" 2–6 March, "Saturday" 7 March, "February", "January" and "March 6" are of
// 2026, "last year" is 2025 and "in April"/"April 1" is April 2026.
// Theme: deal trackers and data-flavoured coverage.
// Styles: a bot-written SEC Form D note ("X disclosed in a Form D filing that it raised $Y of a $Z
// offering", with filing fields in sentences and an auto-generated sign-off); the same bot on a venture
// fund's own Form D (a pooled investment fund); a weekly deals list with one line per deal ("• Company
// (City) — €14M Series A, led by X; Y participating") with FUNDS and M&A sections and a "By the numbers"
// line; a pipe-separated deal-tracker table pasted as text (Date | Company | City | Stage | Amount | Lead |
// Also in) with notes under it; a tab-separated spreadsheet export (company, hq, round_type, amount,
// currency, lead_investor, announced) with a blank lead cell; a "10 startups that raised this week"
// listicle with numbered headings; a Crunchbase-News-style exclusive with valuation, total funding "per
// Dealgrid data" and a sector statistic; a "DEAL OF THE DAY" key-value card (Round, Amount, Lead, Others,
// Post-money valuation, Total raised to date, ARR, Employees); a Companies House share-allotment story;
// an accelerator demo-day recap naming three alumni's follow-on rounds; a sovereign wealth fund's
// strategic investment in a private company; a corporate venture arm's Series A in a press release with
// "About" sections; a university spinout's seed on the university's news page; a podcast transcript
// snippet with timestamps; an investor's numbered portfolio-update thread on X; a regional paper's
// business briefs column; a biotech press release whose "About" boilerplate recalls the Series A and
// seed; a job ad's "About us" (background); "people familiar" in-talks reporting; business pages in
// Singapore, Lagos, Kochi, Tokyo, Seoul, Jakarta, Vilnius, Seattle and Detroit.
// Phenomena: seed, pre-seed, seed-plus, seed extension, pre-Series A, Series A/B/C/D, a Series C
// extension, a down round with the old and new valuations, venture debt with a drawn tranche, a
// sovereign fund's and a corporate venture arm's investments, an undisclosed amount in a table cell, a
// Form D's amount sold beside its offering; amounts as "$4.35 million of a $6 million offering", "€14M",
// "C$6.5M", "£2.8M", "Undisclosed", "4200000" with a currency column, "S$12 million (US$8.9 million)",
// "₦1.6 billion (about $1.1 million)", "Rs 90 lakh", "300 million yen (about $2 million)", "KRW 15
// billion", "A$15M", "twelve million dollars" spoken, "£3.1m" derived from shares × price; leads as "led
// by X", "X led", "X and Y co-led", "(co-lead)" in a table cell, a "Lead" column or key, "led by us at
// X", "investors led by X", "Existing investor X led", "The extension was led by X", "is expected to
// lead" in talks; participants as "Y participating", "Also in" and "Others" columns, "@handle (Name)",
// "came back in for their pro rata", "also took part", "joined existing investors". Amounts beside the
// rounds that are not rounds: ARR and revenue, valuations (post-money, down from, implied), totals to
// date and cumulative investment, market sizes, an order backlog, payments and freight volumes, an
// accelerator's standard cheque, a minimum investment, a fund's deployment, a university's stake and
// research grants, a company's earlier rounds, a planned future round ("plans to raise a Rs 8 crore seed
// next year"), a weekly total and median, rents and prices, a sector's annual funding.
// In talks: a London payroll fintech "in talks to raise about $250 million" at "roughly $4 billion",
// with X "expected to lead" and an existing backer "likely to participate".
// Distractors (rounds: [] each): a job ad's "We recently raised a $14M Series A led by X" (background,
// kind 'other'); a venture fund's Form D for its Fund III (kind 'fund_close'); a Nasdaq IPO filing with
// a placeholder size (kind 'ipo'); a SPAC merger with a trust account and a PIPE "led by" an investor
// (kind 'ipo'); a listed company buying a startup for $320 million (kind 'acquisition'); Ontario's C$80
// million grant programme with no recipient named; a quarterly venture report naming the quarter's
// largest round; a company passing $100 million ARR that recalls its Series B ("We're not raising"); a
// private-equity-owned brickmaker refinancing its loans; an employee tender offer "led by" an investor
// (no new shares); an early backer's secondary sale of its stake; a layoff note recalling a Series C; a
// venture firm suing a startup over a term sheet for a Series B it was to lead; a Chapter 11 filing with
// total funding raised and DIP financing; a crypto protocol's public token sale to 14,500 wallets; a
// charity's 24-hour appeal; an innovation prize; a state contract award for a startup "not currently
// raising".
// Conventions (those of checks.ts's types and of unseen-blind13.ts, unseen-blind27.ts, unseen-blind29.ts,
// unseen-blind30.ts and unseen-blind33.ts, as far as the writer read them): company as the text names it
// (the "@handle (Name)" name in the investor's thread; the guest's company in the podcast); amount in the
// currency first stated for the round (ISO code when not USD): "S$12 million (US$8.9 million)" is 1.2e7
// SGD, "₦1.6 billion (about $1.1 million)" 1.6e9 NGN, "Rs 90 lakh" 9e6 INR, "300 million yen (about $2
// million)" 3e8 JPY, "KRW 15 billion" 1.5e10 KRW, "C$6.5M" 6.5e6 CAD, "A$15M" 1.5e7 AUD; in the
// spreadsheet export the amount column in the currency column's code; "Undisclosed" is null; "about" X at
// X. The Form D is labelled at the amount sold ($4.35 million), not the offering ($6 million), as
// unseen-blind13.ts labels its Form D, with type 'unknown' and no lead (the filing names no investors);
// the Companies House allotment at its stated total (£3.1m), 'unknown'. The Series C extension is
// 'extension' at its new money ($35 million, not the round's $135 million total); the seed extension is
// 'extension'; "seed-plus" is 'seed' (as unseen-blind27.ts labels "seed+"); pre-Series A is 'unknown'
// (as unseen-blind13.ts, unseen-blind16.ts and unseen-blind20.ts label it); the down round by its stage
// ('series_c'); the sovereign fund's "will invest $400 million … for a minority stake" is 'strategic'
// with the fund in `other` (as checks.ts labels a state investor's stake purchase); the corporate venture
// arm by the arm's name as lead; venture debt is 'debt' at the facility's size ($75 million, not the $30
// million drawn at closing), the lender in `other`; a stage-less raise is 'unknown'. `lead` only where the
// text, a table's Lead column or a card's Lead key says who led or co-led (or, in talks, who is expected
// to lead); no `lead` where none is named (the Form D, the allotment, the blank export cell, "from X" with
// no "led", the venture-debt row whose Lead cell is "—"). `other` for every other named participant,
// including "Also in"/"Others" cells, angels by their own names, an accelerator's fund that "also
// invested", existing investors who "came back in", and in talks an existing backer "likely to
// participate". Not rounds: the accelerator's standard cheque to every company in a cohort; a grant
// company Verdigrid won last year (not part of its Series B); the planned Rs 8 crore seed (no talks
// reported); a SPAC's PIPE and trust; DIP financing; a tender offer and a secondary sale (no money to the
// company); a refinancing by a mature PE-owned company (no new money); a public token sale "raised" from
// 14,500 wallets — labelled kind 'other', rounds: [] with the protocol in `prior` for its 2024 seed, as
// unseen-blind16.ts and unseen-blind29.ts say public token sales are not rounds (a reader who counts a
// public sale as the protocol's funding would label 3.2e7 'unknown'). A job ad's "recently raised" round
// is background (kind 'other', `prior`), as unseen-blind33.ts labels its job post. `prior` lists other
// companies whose funding the text recalls (a portfolio company's 2024 seed, a report's largest round)
// and, in a distractor, its own company where the text recalls its funding; the acquired, listed,
// bankrupt, sued and tendering companies are in `prior`. Labelled by hand; a reader of each text should
// agree with every label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND35: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub35-01',
    style: 'wire',
    phenomenon:
      'bot_form_d_note,disclosed_in_form_d,amount_sold_of_offering,offering_size_trap,minimum_investment_trap,investor_count,related_persons_not_investors,auto_generated_signoff,no_investors_named,unknown',
    title: 'Quillfeather Analytics raises $4.35 million, SEC filing shows',
    source: 'FilingPulse',
    text:
      'Quillfeather Analytics disclosed in a Form D filing that it raised $4.35 million of a $6 million offering.\n\n' +
      'The filing, made with the Securities and Exchange Commission on March 6, lists the securities offered as equity and gives February 18 as the date of first sale. Fourteen investors have bought into the offering so far, and the minimum investment accepted from an outside investor was $25,000. ' +
      'Rosalind Achebe is named as chief executive; Tomas Vireo and Hana Okonkwo are listed as directors. ' +
      'Quillfeather Analytics is based in Boise, Idaho, and makes forecasting software for irrigation districts.\n\n' +
      'This story was generated automatically by FilingPulse from public SEC data.',
    kind: 'round',
    rounds: [{ company: 'Quillfeather Analytics', amount: 4.35e6, roundType: 'unknown' }],
  },
  {
    id: 'ub35-02',
    style: 'roundup',
    phenomenon:
      'weekly_deals_list,one_line_per_deal,company_city_parenthesis,em_dash_amount_type,led_by_semicolon_participating,eur_m,cad_m,existing_investor_participating,angels_including,valuation_trap,fund_section_trap,m_and_a_section_trap,weekly_total_and_median_trap,series_a,series_b,seed,pre_seed,series_d',
    title: 'The Tally: every round we tracked, March 2–6',
    source: 'Roundsheet Weekly',
    text:
      'ROUNDS\n' +
      '• Ferrowind (Aarhus) — €14M Series A, led by Skagen Growth; Limfjord Ventures participating\n' +
      '• Moltana Health (Nashville) — $31M Series B, led by Cumberland Row; Harpeth Capital and existing investor Hermitage Fund participating\n' +
      '• Tidewrit (Halifax) — C$6.5M seed, led by Bluenose Partners\n' +
      '• Paxlane (Warsaw) — $3M pre-seed; angels including Zofia Brandt participating\n' +
      '• Orbisfield (Austin) — $120M Series D at a $1.9B valuation, led by Longhorn Crossing; Pecan Street Partners participating\n\n' +
      'FUNDS\n' +
      '• Ashgrove Peak Capital (Boston) — closed Fund III at $210M\n\n' +
      'M&A\n' +
      '• Gridmont acquired Voltara (Columbus) for $85M\n\n' +
      'By the numbers: 5 rounds, about $174M in disclosed funding, median round about $15M.',
    kind: 'round',
    rounds: [
      {
        company: 'Ferrowind',
        amount: 14e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Skagen Growth'],
        other: ['Limfjord Ventures'],
      },
      {
        company: 'Moltana Health',
        amount: 31e6,
        roundType: 'series_b',
        lead: ['Cumberland Row'],
        other: ['Harpeth Capital', 'Hermitage Fund'],
      },
      { company: 'Tidewrit', amount: 6.5e6, currency: 'CAD', roundType: 'seed', lead: ['Bluenose Partners'] },
      { company: 'Paxlane', amount: 3e6, roundType: 'pre_seed', other: ['Zofia Brandt'] },
      {
        company: 'Orbisfield',
        amount: 120e6,
        roundType: 'series_d',
        lead: ['Longhorn Crossing'],
        other: ['Pecan Street Partners'],
      },
    ],
  },
  {
    id: 'ub35-03',
    style: 'roundup',
    phenomenon:
      'pipe_separated_table,header_row,lead_column,also_in_column,co_lead_in_cell,undisclosed_cell,venture_debt_row_no_lead,gbp_m,eur_m,post_money_note_trap,equity_to_date_note_trap,seed,series_a,series_b,debt',
    title: 'Deal tracker, week 10',
    source: 'The Cap Table',
    text:
      'Pasted from our tracker. Amounts as announced.\n\n' +
      'Date | Company | City | Stage | Amount | Lead | Also in\n' +
      '03-09 | Brackenly | Leeds | Seed | £2.8M | Aire Valley Ventures | Calder Angels\n' +
      '03-09 | Sorrelink | Lisbon | Series A | €9M | Tejo Capital, Alfama Partners (co-lead) | —\n' +
      '03-06 | Quantigo | Bengaluru | Series B | $42M | Nandi Growth | Cubbon Park Ventures\n' +
      '03-06 | Hollowpine | Denver | Venture debt | $25M | — | Front Range Credit\n' +
      '03-05 | Myrrhic Labs | Tel Aviv | Series A | Undisclosed | Jaffa Road Ventures | —\n\n' +
      'Notes: Quantigo’s round values it at $310M post-money. Hollowpine’s facility sits alongside the $60M it has raised in equity to date.',
    kind: 'round',
    rounds: [
      {
        company: 'Brackenly',
        amount: 2.8e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Aire Valley Ventures'],
        other: ['Calder Angels'],
      },
      {
        company: 'Sorrelink',
        amount: 9e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Tejo Capital', 'Alfama Partners'],
      },
      {
        company: 'Quantigo',
        amount: 42e6,
        roundType: 'series_b',
        lead: ['Nandi Growth'],
        other: ['Cubbon Park Ventures'],
      },
      { company: 'Hollowpine', amount: 25e6, roundType: 'debt', other: ['Front Range Credit'] },
      { company: 'Myrrhic Labs', amount: null, roundType: 'series_a', lead: ['Jaffa Road Ventures'] },
    ],
  },
  {
    id: 'ub35-04',
    style: 'roundup',
    phenomenon:
      'listicle_ten_startups,numbered_headings_with_amount,ten_rounds_one_text,x_led,x_led_with_y_participating,co_led,from_x_no_lead,valuation_trap,total_to_date_trap,arr_trap,grant_trap,seed_extension,gbp_m,cad_m,aud_m,eur_m,series_a,seed,series_b,series_c,pre_seed,extension',
    title: '10 startups that raised this week',
    source: 'Ledgerline',
    text:
      'Ten rounds from the past few days, from a $2.5M pre-seed in Nairobi to a $110M Series C in New York.\n\n' +
      '1. Brightcask — $18M Series A\n' +
      'The Louisville company puts RFID tags and humidity sensors on whiskey barrels; it tracks about 400,000 of them. Ohio Falls Ventures led the round.\n\n' +
      '2. Petalwire — $7.5M seed\n' +
      'Chicago-based Petalwire sells florists software for wedding orders. Lakeshore Ridge Capital led, with Prairie Lantern Fund participating.\n\n' +
      '3. Glassmoth Bio — $62M Series B\n' +
      'The San Diego biotech is developing an inhaled treatment for lung fibrosis. Coronado Life Partners and Mission Bay Bio co-led.\n\n' +
      '4. Cobbleroad — £4M seed\n' +
      'Manchester’s Cobbleroad, which makes booking software for MOT garages, raised its seed from Irwell Ventures.\n\n' +
      '5. Fennimore AI — $110M Series C\n' +
      'Hudson Spire Partners led the round, which values the New York contract-review startup at $1.4B. Fennimore AI has now raised $175M in total.\n\n' +
      '6. Kitewell — $2.5M pre-seed\n' +
      'Savannah Arc Capital led Kitewell’s pre-seed; Westlands Angels also invested. The Nairobi startup lends to boda-boda riders against their daily earnings.\n\n' +
      '7. Ledgerbird — C$20M Series A\n' +
      'Toronto’s Ledgerbird, which automates sales-tax filing for Canadian online shops, is at C$9M in annual recurring revenue. Don Valley Ventures led.\n\n' +
      '8. Saltpan Energy — A$15M Series A\n' +
      'Torrens Capital led the Adelaide battery-recycling startup’s round, with Fleurieu Partners joining.\n\n' +
      '9. Ursa Minor Robotics — $9M seed extension\n' +
      'The Pittsburgh company, which builds robots that inspect sewer pipes, extended its seed with money from existing investors Three Rivers Angels and Allegheny Forge. It raised a $6M seed a year ago.\n\n' +
      '10. Verdigrid — €30M Series B\n' +
      'Berlin-based Verdigrid, which forecasts grid congestion for network operators, raised its Series B in a round led by Spree Capital. It also won a €5M federal research grant last year.',
    kind: 'round',
    rounds: [
      { company: 'Brightcask', amount: 18e6, roundType: 'series_a', lead: ['Ohio Falls Ventures'] },
      {
        company: 'Petalwire',
        amount: 7.5e6,
        roundType: 'seed',
        lead: ['Lakeshore Ridge Capital'],
        other: ['Prairie Lantern Fund'],
      },
      {
        company: 'Glassmoth Bio',
        amount: 62e6,
        roundType: 'series_b',
        lead: ['Coronado Life Partners', 'Mission Bay Bio'],
      },
      { company: 'Cobbleroad', amount: 4e6, currency: 'GBP', roundType: 'seed', other: ['Irwell Ventures'] },
      { company: 'Fennimore AI', amount: 110e6, roundType: 'series_c', lead: ['Hudson Spire Partners'] },
      {
        company: 'Kitewell',
        amount: 2.5e6,
        roundType: 'pre_seed',
        lead: ['Savannah Arc Capital'],
        other: ['Westlands Angels'],
      },
      { company: 'Ledgerbird', amount: 20e6, currency: 'CAD', roundType: 'series_a', lead: ['Don Valley Ventures'] },
      {
        company: 'Saltpan Energy',
        amount: 15e6,
        currency: 'AUD',
        roundType: 'series_a',
        lead: ['Torrens Capital'],
        other: ['Fleurieu Partners'],
      },
      {
        company: 'Ursa Minor Robotics',
        amount: 9e6,
        roundType: 'extension',
        other: ['Three Rivers Angels', 'Allegheny Forge'],
      },
      { company: 'Verdigrid', amount: 30e6, currency: 'EUR', roundType: 'series_b', lead: ['Spree Capital'] },
    ],
  },
  {
    id: 'ub35-05',
    style: 'business',
    phenomenon:
      'data_outlet_exclusive,title_case_headline,post_money_valuation_trap,total_funding_per_data_trap,earlier_series_a_with_lead,new_and_existing_investors,arr_trap,freight_spend_trap,sector_statistic_trap,series_b',
    title: 'Exclusive: Kestrelane Lands $65M Series B At $540M Valuation As Freight-Audit Software Heats Up',
    source: 'Dealgrid News',
    text:
      'Kestrelane, a Chicago-based startup that audits freight invoices for shippers, has raised a $65 million Series B at a $540 million post-money valuation, the company told Dealgrid News exclusively.\n\n' +
      'Thornbury Growth led the round, with participation from new investor Marquette Ridge and existing backers Wabash Street Ventures and Lockport Capital. The raise brings Kestrelane’s total funding to $97 million, per Dealgrid data. The company previously raised a $24 million Series A led by Wabash Street in 2024.\n\n' +
      'Kestrelane audited more than $11 billion in freight spend last year and roughly tripled its annual recurring revenue to $18 million, co-founder and CEO Priya Venkataraman said. The new money will go into an AI model that reads carrier contracts and into a sales team in Europe.\n\n' +
      'The bigger picture: Logistics software startups raised $4.3 billion globally last year, down 9% from 2024, according to Dealgrid data, even as the number of rounds above $50 million rose.',
    kind: 'round',
    rounds: [
      {
        company: 'Kestrelane',
        amount: 65e6,
        roundType: 'series_b',
        lead: ['Thornbury Growth'],
        other: ['Marquette Ridge', 'Wabash Street Ventures', 'Lockport Capital'],
      },
    ],
  },
  {
    id: 'ub35-06',
    style: 'business',
    phenomenon:
      'accelerator_demo_day_recap,three_follow_on_rounds,accelerator_standard_cheque_trap,zar_cheque_trap,accelerator_fund_also_invested,from_x_and_y_no_lead,co_led,cohort_revenue_trap,seed,pre_seed,series_a',
    title: 'Harbourline demo day: 16 pitches and three follow-on rounds',
    source: 'Cape Town Tech Desk',
    text:
      'Sixteen companies from Harbourline’s summer cohort pitched to about 300 investors at a converted warehouse in Woodstock, Cape Town, on Monday. Each company in the programme receives R1.5 million for 7% of its equity when it joins.\n\n' +
      'Three alumni used the stage to announce follow-on rounds. Spazaflow, which supplies informal grocers in Khayelitsha and Soweto with stock on credit, has raised a $4 million seed round led by Table Bay Ventures; Harbourline Capital, the accelerator’s own fund, also invested. ' +
      'Meshkraal, which builds mesh Wi-Fi networks for townships, closed $1.8 million in pre-seed funding from Karoo Angels and Fynbos Capital. ' +
      'And Tidepool Health, from the 2024 cohort, announced a $12 million Series A co-led by Signal Hill Partners and Nairobi-based Rift Valley Growth.\n\n' +
      'The 16 companies in the cohort have combined annual revenue of R48 million, Harbourline said. Applications for the next batch open in April.',
    kind: 'round',
    rounds: [
      {
        company: 'Spazaflow',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Table Bay Ventures'],
        other: ['Harbourline Capital'],
      },
      { company: 'Meshkraal', amount: 1.8e6, roundType: 'pre_seed', other: ['Karoo Angels', 'Fynbos Capital'] },
      {
        company: 'Tidepool Health',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Signal Hill Partners', 'Rift Valley Growth'],
      },
    ],
  },
  {
    id: 'ub35-07',
    style: 'wire',
    phenomenon:
      'sovereign_wealth_fund,strategic_minority_stake,will_invest,valuation_trap,funding_to_date_trap,order_backlog_trap,market_size_trap,plant_in_investor_country,strategic',
    title: 'Saudi state fund to invest $400 million in transformer maker Helioforge',
    text:
      'Najd Future Fund, a Riyadh-based sovereign wealth fund, will invest $400 million in Helioforge, a privately held California maker of solid-state power transformers, for a minority stake, the two said on Tuesday.\n\n' +
      'The investment values Helioforge at about $3.2 billion, a person familiar with the terms said. As part of the agreement, Helioforge will build an assembly plant near Dammam to supply grid operators in the Gulf.\n\n' +
      'Helioforge, based in Fremont, has raised about $520 million from venture investors since 2019. It says demand from data centres has pushed its order backlog to $1.1 billion. The global market for power transformers is worth about $60 billion a year, according to industry estimates.',
    kind: 'round',
    rounds: [{ company: 'Helioforge', amount: 400e6, roundType: 'strategic', other: ['Najd Future Fund'] }],
  },
  {
    id: 'ub35-08',
    style: 'press',
    phenomenon:
      'press_release_invented_wire,corporate_venture_arm_lead,arm_described_by_parent,existing_investors_also_took_part,eur_m,about_boilerplate,parent_revenue_trap,fleet_size_trap,series_a',
    title: 'Palletwise Raises €16 Million Series A Led by Kranich Ventures',
    text:
      'ROTTERDAM, March 10, 2026 /Harbor Newswire/ -- Palletwise, a Rotterdam-based developer of software that plans container loading for freight forwarders, today announced a €16 million Series A led by Kranich Ventures, the corporate venture arm of Hamburg shipping group Kranich Line. Existing investors Nieuwe Haven Ventures and Delfshaven Partners also took part.\n\n' +
      'Palletwise plans more than two million container loads a year and says its customers ship 12% less empty space on average. The company will use the funding to expand into Asia and to double its engineering team.\n\n' +
      '“Every forwarder we talk to is paying to ship air,” said Ute Sommer, managing director of Kranich Ventures. “Palletwise fixes that with software they can roll out in a week.”\n\n' +
      'About Palletwise\n' +
      'Founded in 2021, Palletwise serves more than 300 freight forwarders in 18 countries.\n\n' +
      'About Kranich Ventures\n' +
      'Kranich Ventures invests in logistics and maritime technology on behalf of Kranich Line, which operates 140 vessels and reported revenue of €9.8 billion in 2025.',
    kind: 'round',
    rounds: [
      {
        company: 'Palletwise',
        amount: 16e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Kranich Ventures'],
        other: ['Nieuwe Haven Ventures', 'Delfshaven Partners'],
      },
    ],
  },
  {
    id: 'ub35-09',
    style: 'blog',
    phenomenon:
      'university_news_page,spinout,gbp_lowercase_m,university_fund_participant,angel_syndicate,research_grants_trap,university_stake_trap,market_size_trap,seed',
    title: 'Clydeside spinout Photarra raises £5.2m seed to commercialise laser gas sensor',
    source: 'Clydeside Institute of Technology News',
    text:
      'Photarra, a spinout from the Clydeside Institute of Technology’s photonics group, has raised £5.2m in a seed round led by Firth Capital. Clydeside Enterprise Fund, the institute’s own investment vehicle, and Glasgow-based angel syndicate Merchant City Angels also invested.\n\n' +
      'The company was founded in 2024 by Dr Ishbel Munro and Dr Kwame Asante to commercialise a laser-based methane sensor developed over eight years of research in the group’s labs, work supported by about £3m in public research grants. The institute holds a 15% stake in the company.\n\n' +
      'Photarra will use the funding to hire 12 engineers in Glasgow and ship its first sensors to gas utilities in 2027. The market for industrial gas sensing is estimated at $3bn a year.',
    kind: 'round',
    rounds: [
      {
        company: 'Photarra',
        amount: 5.2e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Firth Capital'],
        other: ['Clydeside Enterprise Fund', 'Merchant City Angels'],
      },
    ],
  },
  {
    id: 'ub35-10',
    style: 'blog',
    phenomenon:
      'podcast_transcript_snippet,timestamps,speaker_labels,amount_spelled_out_in_speech,closed_last_week,seed_investors_came_back_in,arr_spoken_trap,earlier_seed_spoken_trap,series_a',
    title: 'Episode 212: Desalination’s software problem (transcript excerpt)',
    source: 'The Cap Stack Podcast',
    text:
      '[00:14:32] MAYA OKONJO (host): Before we get into pricing — you have news.\n' +
      '[00:14:36] NADIA FERREIRA (CEO, Brineworks): We do. We closed our Series A last week. Twelve million dollars, led by Saltmarsh Capital, and our seed investors at Quay Street Ventures came back in for their pro rata.\n' +
      '[00:14:51] MAYA OKONJO: Congratulations. Where’s the business today?\n' +
      '[00:14:54] NADIA FERREIRA: We crossed four million in ARR in January, and we’re running in 60 desalination plants.\n' +
      '[00:15:03] MAYA OKONJO: And the seed — how much was that?\n' +
      '[00:15:06] NADIA FERREIRA: Two and a half million, back in 2024. It feels like a different company.',
    kind: 'round',
    rounds: [
      {
        company: 'Brineworks',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Saltmarsh Capital'],
        other: ['Quay Street Ventures'],
      },
    ],
  },
  {
    id: 'ub35-11',
    style: 'blog',
    phenomenon:
      'investor_portfolio_update_thread,numbered_posts,led_by_us_at_x,handle_with_name_in_brackets,angel_by_handle,arr_trap,portfolio_company_seed_background,fund_deployment_trap,check_size_trap,seed',
    source: 'X',
    text:
      'Portfolio update 🧵 (March)\n\n' +
      '1/ Huge month. @plinthhq (Plinth) announced its $7M seed today — led by us at Garnet Hill Ventures, with @oakbarrelvc (Oak Barrel Capital) and @dana_okafor (Dana Okafor) joining. 🏗️\n\n' +
      '2/ 18 months ago Plinth was three people in a Pittsburgh garage. Today: 40 general contractors on the platform, $1.2M ARR, zero churned logos.\n\n' +
      '3/ Elsewhere in the portfolio: @corvina_app (Corvina, which we backed at seed in ’24) crossed 1M downloads, and Fund II is now 60% deployed across 22 companies.\n\n' +
      '4/ We write $500k–$2M first checks into construction and industrial software. DMs open.',
    kind: 'round',
    rounds: [
      {
        company: 'Plinth',
        amount: 7e6,
        roundType: 'seed',
        lead: ['Garnet Hill Ventures'],
        other: ['Oak Barrel Capital', 'Dana Okafor'],
      },
    ],
    prior: ['Corvina'],
  },
  {
    id: 'ub35-12',
    style: 'business',
    phenomenon:
      'regional_paper_business_briefs,several_briefs_one_round,investors_led_by_angel_network,no_stage,renovation_cost_trap,hires_trap,unknown',
    title: 'Business briefs',
    source: 'Spokane Valley Ledger',
    text:
      'Software firm raises $2.4 million\n' +
      'Tamarind Route, a Spokane company that makes route-planning software for school bus fleets, has raised $2.4 million from investors led by Palouse Angel Network, the company said Monday. Chief executive Lorna Beck said the money will pay for 10 new hires at its office on East Sprague Avenue. The company’s software plans routes for 1,900 buses in six states.\n\n' +
      'Hardware store to open second location\n' +
      'Holloway Hardware will open its second store in Spokane Valley on March 21. The family-owned business spent about $1.8 million renovating a former grocery building, owner Dale Holloway said.\n\n' +
      'Business council names new chair\n' +
      'The Riverside Business Council has named Ana Villaseñor, a partner at the accounting firm Villaseñor & Kim, as chair of its board for 2026.',
    kind: 'round',
    rounds: [{ company: 'Tamarind Route', amount: 2.4e6, roundType: 'unknown', lead: ['Palouse Angel Network'] }],
  },
  {
    id: 'ub35-13',
    style: 'press',
    phenomenon:
      'biotech_press_release,closing_of_financing,new_investors_joined_existing,about_boilerplate_old_rounds,raised_since_inception_trap,aum_trap,series_b',
    title: 'Veridane Therapeutics Closes $48 Million Series B Financing',
    text:
      'BOSTON, March 10, 2026 /Harbor Newswire/ -- Veridane Therapeutics, a biotechnology company developing oral treatments for kidney fibrosis, today announced the closing of a $48 million Series B financing led by Charlesgate Bio Partners. New investors Fenway Cross Capital and Longwood Avenue Ventures joined existing investors Beacon Hill Life Sciences and Tremont Health Fund in the round.\n\n' +
      'Proceeds will fund a Phase 2 trial of VRD-204, the company’s lead candidate, in patients with chronic kidney disease, with data expected in 2028.\n\n' +
      '“This financing takes us through our first efficacy readout,” said Helen Marchetti, Ph.D., chief executive of Veridane.\n\n' +
      'About Veridane Therapeutics\n' +
      'Founded in 2021 and based in Boston, Veridane has raised $78 million since inception, including a $22 million Series A led by Beacon Hill Life Sciences in 2023 and an $8 million seed round. For more information, visit the company’s website.\n\n' +
      'About Charlesgate Bio Partners\n' +
      'Charlesgate Bio Partners is a Boston-based venture firm with $1.6 billion under management that invests in early- and mid-stage therapeutics companies.',
    kind: 'round',
    rounds: [
      {
        company: 'Veridane Therapeutics',
        amount: 48e6,
        roundType: 'series_b',
        lead: ['Charlesgate Bio Partners'],
        other: ['Fenway Cross Capital', 'Longwood Avenue Ventures', 'Beacon Hill Life Sciences', 'Tremont Health Fund'],
      },
    ],
  },
  {
    id: 'ub35-14',
    style: 'business',
    phenomenon:
      'down_round,lower_valuation_in_title,new_vs_old_valuation_trap,existing_investor_led,arr_trap,layoffs_background,series_c',
    title: 'Nimbusly raises $40 million at a lower valuation',
    text:
      'Nimbusly, the Seattle-based maker of cloud cost-management software, has raised $40 million in a Series C round that values the company at $600 million, down from the $1.1 billion valuation it received in its Series B in 2022.\n\n' +
      'Existing investor Alki Point Partners led the round, with Queen Anne Capital and Salmon Bay Ventures also participating. Chief executive Dmitri Halvorsen said the company accepted the lower price rather than take on debt or impose structured terms on its earlier investors.\n\n' +
      'Nimbusly’s annual recurring revenue is about $55 million, up 30% from a year ago, Halvorsen said. The company cut about 15% of its staff in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Nimbusly',
        amount: 40e6,
        roundType: 'series_c',
        lead: ['Alki Point Partners'],
        other: ['Queen Anne Capital', 'Salmon Bay Ventures'],
      },
    ],
  },
  {
    id: 'ub35-15',
    style: 'wire',
    phenomenon:
      'series_c_extension,adds_to_series_c,bringing_round_to_trap,extension_led_by,first_close_tranche_background_lead_trap,total_raised_trap,fleet_count,extension',
    title: 'Gantrex adds $35 million to Series C, bringing round to $135 million',
    text:
      'Gantrex, the Detroit-based developer of autonomous yard trucks, said on Tuesday it had added $35 million to its Series C, bringing the round’s total to $135 million.\n\n' +
      'The extension was led by Rouge River Capital, with participation from Belle Isle Ventures. Gantrex closed the first $100 million of the Series C in October in a tranche led by Woodward Growth Partners.\n\n' +
      'The company has raised $260 million in total and runs 140 driverless trucks at 22 distribution centres.',
    kind: 'round',
    rounds: [
      {
        company: 'Gantrex',
        amount: 35e6,
        roundType: 'extension',
        lead: ['Rouge River Capital'],
        other: ['Belle Isle Ventures'],
      },
    ],
  },
  {
    id: 'ub35-16',
    style: 'business',
    phenomenon: 'seed_plus,eur_m,angel_with_diacritics,earlier_seed_same_lead_trap,revenue_trap,market_size_trap,seed',
    title: 'Kaldera Systems bags €3.5 million seed-plus round for heat-pump installer software',
    text:
      'Vilnius-based Kaldera Systems, which makes scheduling and quoting software for heat-pump installers, has raised a €3.5 million seed-plus round led by Neris Ventures. Baltic Oak Fund and angel investor Rūta Jankauskienė also joined.\n\n' +
      'The round follows a €1.8 million seed the company raised from Neris Ventures in 2024. About 900 installers in Lithuania, Poland and Germany use Kaldera’s software, and the company’s revenue tripled last year to €2.1 million.\n\n' +
      'Europe’s heat-pump market is worth about €40 billion a year, according to industry figures.',
    kind: 'round',
    rounds: [
      {
        company: 'Kaldera Systems',
        amount: 3.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Neris Ventures'],
        other: ['Baltic Oak Fund', 'Rūta Jankauskienė'],
      },
    ],
  },
  {
    id: 'ub35-17',
    style: 'business',
    phenomenon: 'pre_series_a,jakarta,singapore_investor,existing_investor,gmv_trap,market_size_trap,unknown',
    title: 'Jakarta’s Panganku raises $5.5 million pre-Series A',
    text:
      'Panganku, a Jakarta-based startup that supplies fresh produce to small restaurants and warungs, has raised $5.5 million in a pre-Series A round led by Menteng Ventures, with participation from Singapore-based Orchard Gate Capital and existing investor Kemang Seed Fund.\n\n' +
      'The company delivers to about 9,000 food businesses in Greater Jakarta and Bandung and handled $40 million in gross merchandise value last year. It will use the money to open two cold-storage hubs in Surabaya.\n\n' +
      'Indonesia’s food-service market is worth an estimated $50 billion a year.',
    kind: 'round',
    rounds: [
      {
        company: 'Panganku',
        amount: 5.5e6,
        roundType: 'unknown',
        lead: ['Menteng Ventures'],
        other: ['Orchard Gate Capital', 'Kemang Seed Fund'],
      },
    ],
  },
  {
    id: 'ub35-18',
    style: 'business',
    phenomenon: 'sgd_with_usd_conversion,other_investors_include,monthly_rent_trap,earlier_seed_trap,series_a',
    title: 'Tembusu Robotics raises S$12 million Series A to automate hawker-centre dishwashing',
    text:
      'Singapore-based Tembusu Robotics has raised S$12 million (US$8.9 million) in a Series A round led by Straits Harbour Ventures, it said on Tuesday. Other investors include Bukit Timah Capital and Clementi Partners.\n\n' +
      'The company rents dishwashing robots to hawker centres and food courts for about S$3,000 a month each and has 180 in service. It plans to expand to Malaysia and Thailand this year. Its previous funding was a S$2.5 million seed round in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Tembusu Robotics',
        amount: 12e6,
        currency: 'SGD',
        roundType: 'series_a',
        lead: ['Straits Harbour Ventures'],
        other: ['Bukit Timah Capital', 'Clementi Partners'],
      },
    ],
  },
  {
    id: 'ub35-19',
    style: 'business',
    phenomenon: 'ngn_with_usd_conversion,naira_sign_billion,lagos_outlet,payments_volume_trap,merchant_count,seed',
    title: 'Owoflow raises ₦1.6 billion seed to help market traders accept transfers',
    text:
      'Lagos-based fintech Owoflow has raised ₦1.6 billion (about $1.1 million) in a seed round led by Lekki Bridge Capital, with participation from Yaba Angels Network and Abuja-based Zuma Rock Ventures.\n\n' +
      'Owoflow gives market traders a shared point-of-sale account that splits incoming bank transfers between stallholders. About 45,000 traders in Lagos, Ibadan and Onitsha use it, and it processed ₦120 billion in payments last year, the company said.',
    kind: 'round',
    rounds: [
      {
        company: 'Owoflow',
        amount: 1.6e9,
        currency: 'NGN',
        roundType: 'seed',
        lead: ['Lekki Bridge Capital'],
        other: ['Yaba Angels Network', 'Zuma Rock Ventures'],
      },
    ],
  },
  {
    id: 'ub35-20',
    style: 'business',
    phenomenon: 'inr_lakh,rs_lakh,kochi,planned_future_round_crore_trap,market_size_trap,shop_count,pre_seed',
    title: 'Kochi-based Chaya Labs raises Rs 90 lakh in pre-seed round',
    text:
      'Chaya Labs, a Kochi-based startup building voice-based bookkeeping for tea shops and kirana stores, has raised Rs 90 lakh in a pre-seed round led by Malabar Angels, with participation from Periyar Ventures.\n\n' +
      'Shop owners record sales and credit in Malayalam or Tamil by speaking into the app, which turns them into ledgers. About 6,000 shops use it, and the company wants to reach 50,000 by the end of next year. It plans to raise a Rs 8 crore seed round next year, co-founder Anjali Menon said.\n\n' +
      'India’s small-retail market is estimated to be worth more than $800 billion.',
    kind: 'round',
    rounds: [
      {
        company: 'Chaya Labs',
        amount: 9e6,
        currency: 'INR',
        roundType: 'pre_seed',
        lead: ['Malabar Angels'],
        other: ['Periyar Ventures'],
      },
    ],
  },
  {
    id: 'ub35-21',
    style: 'business',
    phenomenon: 'jpy_million_yen_with_usd_conversion,osaka_investor,angel_by_name,rooftop_count,market_size_yen_trap,seed',
    title: 'Tokyo’s Kumoya raises 300 million yen seed for rooftop farm sensors',
    text:
      'Kumoya, a Tokyo startup that makes sensors and software for rooftop vegetable farms, has raised 300 million yen (about $2 million) in a seed round led by Sumida Ventures, with Osaka-based Dojima Capital and angel investor Haruto Sakamoto also participating.\n\n' +
      'Kumoya’s systems run on 85 rooftops, mostly on supermarkets and schools in Tokyo and Yokohama. The company says Japan’s market for urban farming equipment will reach 120 billion yen by 2030.',
    kind: 'round',
    rounds: [
      {
        company: 'Kumoya',
        amount: 3e8,
        currency: 'JPY',
        roundType: 'seed',
        lead: ['Sumida Ventures'],
        other: ['Dojima Capital', 'Haruto Sakamoto'],
      },
    ],
  },
  {
    id: 'ub35-22',
    style: 'business',
    phenomenon: 'krw_billion,attracted_series_b_investment,said_on_the_10th,cumulative_investment_trap,revenue_krw_trap,series_b',
    title: 'Dalbit Mobility attracts KRW 15 billion in Series B investment',
    text:
      'Dalbit Mobility, a Seoul-based developer of on-demand shuttle software for large apartment complexes, said on the 10th that it has attracted KRW 15 billion in Series B investment.\n\n' +
      'The round was led by Hangang Partners, with Gangnam Gate Investment and existing investor Mapo Ventures participating. Dalbit Mobility’s cumulative investment now stands at KRW 24 billion. The company recorded revenue of KRW 9.2 billion last year and runs shuttles at 310 complexes in Seoul and Gyeonggi Province.',
    kind: 'round',
    rounds: [
      {
        company: 'Dalbit Mobility',
        amount: 15e9,
        currency: 'KRW',
        roundType: 'series_b',
        lead: ['Hangang Partners'],
        other: ['Gangnam Gate Investment', 'Mapo Ventures'],
      },
    ],
  },
  {
    id: 'ub35-23',
    style: 'roundup',
    phenomenon:
      'deal_of_the_day_card,key_value_fields,round_key,lead_key,others_key,post_money_trap,total_raised_to_date_trap,arr_trap,market_estimate_trap,series_a',
    title: 'DEAL OF THE DAY: Sablecrest',
    source: 'Roundsheet Daily',
    text:
      'DEAL OF THE DAY\n\n' +
      'Company: Sablecrest\n' +
      'HQ: Minneapolis\n' +
      'What it does: Claims-automation software for dental practices\n' +
      'Round: Series A\n' +
      'Amount: $20M\n' +
      'Lead: Stone Arch Capital\n' +
      'Others: Lake Harriet Partners, Dinkytown Angels\n' +
      'Post-money valuation: $95M\n' +
      'Total raised to date: $27M\n' +
      'ARR: $6.5M\n' +
      'Employees: 48\n\n' +
      'Why it matters: US dental practices write off about $4B a year in denied insurance claims, Sablecrest estimates.',
    kind: 'round',
    rounds: [
      {
        company: 'Sablecrest',
        amount: 20e6,
        roundType: 'series_a',
        lead: ['Stone Arch Capital'],
        other: ['Lake Harriet Partners', 'Dinkytown Angels'],
      },
    ],
  },
  {
    id: 'ub35-24',
    style: 'wire',
    phenomenon:
      'venture_debt_facility,secures_facility_from_lender,drawn_at_closing_trap,milestone_tranche,earlier_series_b_trap,debt',
    title: 'Corrigan Solar secures $75 million venture debt facility',
    text:
      'Corrigan Solar, an Albuquerque-based developer of community solar projects on tribal and rural land, said on Tuesday it had secured a $75 million venture debt facility from Rio Grande Credit Partners.\n\n' +
      'Corrigan drew $30 million at closing; the rest will be available over 18 months as projects reach construction milestones. The company raised a $45 million Series B last year and has 210 megawatts of projects in development.',
    kind: 'round',
    rounds: [{ company: 'Corrigan Solar', amount: 75e6, roundType: 'debt', other: ['Rio Grande Credit Partners'] }],
  },
  {
    id: 'ub35-25',
    style: 'roundup',
    phenomenon:
      'tab_separated_export,header_row,amount_as_plain_integer,currency_column,snake_case_round_type,blank_lead_cell,row_count_footer,aud,eur,gbp,seed,series_a,series_b,pre_seed',
    title: 'Raw export: new rounds logged March 9',
    source: 'Fundlog',
    text:
      'company\thq\tround_type\tamount\tcurrency\tlead_investor\tannounced\n' +
      'Quiverline\tMelbourne\tseed\t4200000\tAUD\tYarra Bend Ventures\t2026-03-09\n' +
      'Hestiaflow\tDublin\tseries_a\t11000000\tEUR\tLiffey Row Capital\t2026-03-09\n' +
      'Brambleton Bio\tRaleigh\tseries_b\t54000000\tUSD\tOak City Life Partners\t2026-03-09\n' +
      'Tarnwick\tCardiff\tpre_seed\t750000\tGBP\t\t2026-03-09\n\n' +
      '# 4 rows. Amounts in the currency announced; lead_investor left blank where none was disclosed.',
    kind: 'round',
    rounds: [
      { company: 'Quiverline', amount: 4.2e6, currency: 'AUD', roundType: 'seed', lead: ['Yarra Bend Ventures'] },
      { company: 'Hestiaflow', amount: 11e6, currency: 'EUR', roundType: 'series_a', lead: ['Liffey Row Capital'] },
      { company: 'Brambleton Bio', amount: 54e6, roundType: 'series_b', lead: ['Oak City Life Partners'] },
      { company: 'Tarnwick', amount: 7.5e5, currency: 'GBP', roundType: 'pre_seed' },
    ],
  },
  {
    id: 'ub35-26',
    style: 'business',
    phenomenon:
      'companies_house_share_allotment,unannounced_round,shares_times_price,no_investors_named,earlier_seed_lead_as_shareholder_trap,accounts_revenue_loss_trap,gbp_lowercase_m,unknown',
    title: 'Filings show Orrinvale raised £3.1m in February',
    text:
      'Orrinvale, the Bristol-based maker of software that manages battery swaps for e-cargo bikes, raised £3.1m in new equity last month, according to a share allotment filed at Companies House.\n\n' +
      'The filing shows 412,000 new shares issued at £7.52 each on 24 February. The company has not announced the round, and the filing does not name the new investors. Avon Gorge Ventures, which led Orrinvale’s £1.2m seed in 2024, remains its largest outside shareholder.\n\n' +
      'Orrinvale’s latest accounts show revenue of £640,000 for 2024 and a loss of £1.9m.',
    kind: 'round',
    rounds: [{ company: 'Orrinvale', amount: 3.1e6, currency: 'GBP', roundType: 'unknown' }],
  },
  // ── In talks ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub35-27',
    style: 'business',
    phenomenon:
      'in_talks,people_familiar,about_amount,would_value_trap,expected_to_lead,existing_backer_likely_to_participate,earlier_valuation_trap,payroll_volume_trap,revenue_trap,unknown',
    title: 'Payroll fintech Ravelstone in talks to raise funds at $4 billion valuation',
    text:
      'Ravelstone, the London-based provider of cross-border payroll software, is in talks to raise about $250 million in a round that would value it at roughly $4 billion, according to people familiar with the matter.\n\n' +
      'Coppergate Capital is expected to lead the investment, while existing backer Blue Heron Partners is likely to participate, the people said, asking not to be identified because the talks are private. Terms could still change.\n\n' +
      'The valuation would be up from the $2.6 billion Ravelstone fetched in a 2024 funding round. The company pays about $30 billion in salaries a year on behalf of its clients and has annualised revenue of around $180 million, one of the people said. Ravelstone and Coppergate declined to comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Ravelstone',
        amount: 250e6,
        roundType: 'unknown',
        lead: ['Coppergate Capital'],
        other: ['Blue Heron Partners'],
      },
    ],
  },
  // ── Background and distractors ──────────────────────────────────────────────────────────────
  {
    id: 'ub35-28',
    style: 'blog',
    phenomenon: 'job_ad,about_us,recently_raised_series_a_with_lead,team_size,salary_range_trap,background',
    title: 'Senior Backend Engineer (Remote, EU)',
    source: 'Ternhollow Careers',
    text:
      'About us\n' +
      'Ternhollow builds software that lets small ferry operators sell tickets, manage crews and report to port authorities. We recently raised a $14M Series A led by Redwater Partners, and we’re growing the team from 25 to 45 people this year.\n\n' +
      'The role\n' +
      'You’ll own our booking API and the services behind it, working with a team of six engineers across Lisbon, Split and Tallinn.\n\n' +
      'Compensation\n' +
      '€85,000–€105,000 plus equity, 30 days of holiday and a €1,500 yearly learning budget.',
    kind: 'other',
    rounds: [],
    prior: ['Ternhollow'],
  },
  {
    id: 'ub35-29',
    style: 'wire',
    phenomenon:
      'bot_form_d_note,venture_fund_form_d,pooled_investment_fund,disclosed_in_form_d,amount_sold_of_offering_trap,minimum_investment_trap,previous_fund_trap,fund_close',
    title: 'Halyard Creek Capital Fund III raises $88 million, SEC filing shows',
    source: 'FilingPulse',
    text:
      'Halyard Creek Capital Fund III, L.P. disclosed in a Form D filing that it raised $88 million of a $150 million offering.\n\n' +
      'The filing, made with the Securities and Exchange Commission on March 5, describes the issuer as a pooled investment fund and gives January 12 as the date of first sale. Sixty-one investors have taken part so far, and the minimum investment accepted from an outside investor was $250,000. ' +
      'The fund is managed by Halyard Creek Capital of Charleston, South Carolina, whose previous fund closed at $120 million in 2022.\n\n' +
      'This story was generated automatically by FilingPulse from public SEC data.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub35-30',
    style: 'wire',
    phenomenon:
      'ipo_filing,placeholder_offering_size,revenue_and_loss_trap,private_funding_to_date_trap,last_private_round_valuation_trap,ipo',
    title: 'Tallowbrook files for Nasdaq IPO, reveals $212 million in 2025 revenue',
    text:
      'Tallowbrook, the maker of compliance software for community banks, filed publicly on Monday for an initial public offering on the Nasdaq under the ticker TLWB.\n\n' +
      'The filing lists a placeholder offering size of $100 million, a figure that typically changes. Revenue grew 41% to $212 million last year, while the net loss narrowed to $38 million.\n\n' +
      'Tallowbrook has raised about $390 million from private investors, most recently a $150 million Series D in 2024 that valued it at $2.7 billion. Two large Wall Street banks are leading the offering.',
    kind: 'ipo',
    rounds: [],
    prior: ['Tallowbrook'],
  },
  {
    id: 'ub35-31',
    style: 'business',
    phenomenon:
      'spac_merger,blank_check_company,trust_account_trap,pipe_led_by_trap,combined_valuation_trap,venture_funding_to_date_trap,ipo',
    title: 'Hydrolume to go public through $1.2 billion SPAC merger',
    text:
      'Hydrolume, a maker of hydrogen fuel cells for warehouse forklifts, has agreed to go public through a merger with Crestmoor Acquisition Corp, a blank-check company listed on the NYSE, in a deal that values the combined company at $1.2 billion.\n\n' +
      'The deal is expected to give Hydrolume up to $245 million in gross proceeds: $190 million held in Crestmoor’s trust account, assuming no shareholders redeem, and a $55 million PIPE led by Bellhaven Partners.\n\n' +
      'Hydrolume has raised $130 million from venture investors since 2019. The merger is expected to close in the third quarter.',
    kind: 'ipo',
    rounds: [],
    prior: ['Hydrolume'],
  },
  {
    id: 'ub35-32',
    style: 'wire',
    phenomenon:
      'acquisition_with_price,cash_and_stock,acquired_company_funding_trap,series_b_background,share_move_trap,acquisition',
    title: 'Meridel to buy scheduling startup Stackform for $320 million',
    text:
      'Meridel, the listed maker of field-service software, said on Tuesday it had agreed to buy Stackform, an Atlanta startup whose app schedules home-repair crews, for $320 million in cash and stock.\n\n' +
      'Stackform, founded in 2019, had raised $58 million from investors including Peachtree Crossing Ventures, most recently a $35 million Series B in 2023. The deal is expected to close in the second quarter. Meridel’s shares rose 3% in early trading.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Stackform'],
  },
  {
    id: 'ub35-33',
    style: 'business',
    phenomenon:
      'government_grant_programme_total,cad_programme,grants_up_to_trap,matching_funding_trap,no_recipient_named,applications_open',
    title: 'Ontario opens C$80 million grant programme for energy-efficient computing startups',
    text:
      'The province of Ontario will hand out C$80 million over three years to startups that cut the energy used by data centres, under a programme announced on Monday.\n\n' +
      'The Clean Compute Challenge will award grants of up to C$2 million each, and recipients must match every dollar with private funding. Applications open on April 1, and the first recipients will be named in the autumn. Officials expect to fund between 40 and 60 companies.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub35-34',
    style: 'business',
    phenomenon:
      'quarterly_vc_report,deal_count_and_total,ai_share_trap,largest_round_of_quarter_background,median_valuation_trap,seed_count_trap,statistics',
    title: 'Q4 venture report: AI took more than half of US startup funding',
    text:
      'US startups raised $61.4 billion across 3,280 deals in the fourth quarter of 2025, according to the quarterly Venture Monitor from data firm Dealgrid. Dollar volume rose 8% from the third quarter while the number of deals fell 6%.\n\n' +
      'AI companies took $31.9 billion, or 52% of the total. The largest round of the quarter was Verakai’s $4 billion Series F, led by Meridian Arch. ' +
      'Seed deal count fell to 1,140, the lowest since 2017, and the median Series A pre-money valuation rose to $48 million.',
    kind: 'other',
    rounds: [],
    prior: ['Verakai'],
  },
  {
    id: 'ub35-35',
    style: 'business',
    phenomenon: 'arr_milestone,profitability,recalls_series_b_with_lead,not_raising_quote,net_revenue_retention_trap,background',
    title: 'Hexwell passes $100 million in annual recurring revenue',
    text:
      'Hexwell, the Denver-based maker of inventory software for auto-parts retailers, said on Tuesday that its annual recurring revenue passed $100 million in February, up from $58 million a year earlier.\n\n' +
      'The company is profitable on an operating basis and has not touched most of the $60 million Series B it raised in 2024 in a round led by Larimer Square Partners, chief executive Ama Boateng said. “We’re not raising,” she said. Net revenue retention stood at 128%.',
    kind: 'other',
    rounds: [],
    prior: ['Hexwell'],
  },
  {
    id: 'ub35-36',
    style: 'business',
    phenomenon:
      'debt_refinancing,pe_owned_mature_company,term_loan_and_revolver_trap,replaces_existing_borrowings,no_new_money,revenue_trap',
    title: 'Kilnworth refinances $480 million of loans',
    text:
      'Kilnworth, the brick and roof-tile maker owned by private-equity firm Stourvale Partners since 2019, has refinanced its debt with a new $420 million term loan and a $60 million revolving credit facility from a group of banks, the company said on Monday.\n\n' +
      'The new loans replace borrowings that were due in 2027 and cut Kilnworth’s interest margin by about 0.75 percentage points; its total debt is roughly unchanged. Kilnworth runs 14 plants in the US Midwest and had revenue of $1.1 billion last year.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub35-37',
    style: 'wire',
    phenomenon:
      'employee_tender_offer,led_by_buyer_trap,no_new_shares,company_receives_nothing,tender_valuation_trap,last_primary_round_background',
    title: 'Lumacore employees to sell up to $500 million of stock at $12 billion valuation',
    text:
      'Lumacore, the maker of AI software for chip design, said on Tuesday that current and former employees can sell up to $500 million of their shares to a group of investors led by Greystone Meadow Capital, in a tender offer that values the company at $12 billion.\n\n' +
      'Lumacore will not issue new shares and will receive no proceeds. It last raised primary capital in 2025, a $300 million Series E at a $7.5 billion valuation.',
    kind: 'other',
    rounds: [],
    prior: ['Lumacore'],
  },
  {
    id: 'ub35-38',
    style: 'business',
    phenomenon:
      'secondary_sale_of_stake,early_backer_exits,implied_valuation_trap,company_receives_nothing,early_seed_background,return_multiple_trap',
    title: 'Copperleaf Ventures sells Sundial Freight stake for about $180 million',
    text:
      'Copperleaf Ventures has sold its entire 9% stake in Sundial Freight, the Memphis-based digital freight broker, to Bascom Lane Secondaries for about $180 million, according to two people familiar with the deal. The price values Sundial Freight at roughly $2 billion.\n\n' +
      'The sale involved only existing shares, and Sundial Freight received no money. Copperleaf led Sundial’s $6 million seed round in 2018 and has made about 30 times its money, one of the people said.',
    kind: 'other',
    rounds: [],
    prior: ['Sundial Freight'],
  },
  {
    id: 'ub35-39',
    style: 'business',
    phenomenon:
      'layoff_note,staff_share_trap,recalls_series_c_with_lead,total_raised_trap,runway_quote,severance_trap,background',
    title: 'Crestvale Home cuts 120 jobs',
    text:
      'Crestvale Home, the Phoenix-based online home-insurance startup, is laying off 120 employees, about a quarter of its staff, according to an internal memo seen by this newspaper.\n\n' +
      'The company raised $85 million in a Series C led by Camelback Growth in 2024 and has raised $160 million in total. Chief executive Marisol Estrada wrote that the cuts would extend the company’s runway into 2028. Departing staff will receive 10 weeks of severance.',
    kind: 'other',
    rounds: [],
    prior: ['Crestvale Home'],
  },
  {
    id: 'ub35-40',
    style: 'business',
    phenomenon:
      'lawsuit_investor_vs_startup,term_sheet_series_b_was_to_lead_trap,exclusivity_clause,rival_round_background,damages_trap,background',
    title: 'Venture firm sues Ardenfield, saying it broke a term sheet',
    text:
      'Venture firm Hollins Park Capital has sued Ardenfield, an Austin maker of hospital staffing software, in the Delaware Court of Chancery, alleging the startup broke an exclusivity clause in a term sheet for a $25 million Series B that Hollins Park was to lead.\n\n' +
      'According to the complaint, Ardenfield signed the term sheet in November and then closed a round with a different investor in January. Hollins Park is seeking $4 million in damages and legal costs. Ardenfield said the term sheet was non-binding and that the suit had no merit.',
    kind: 'other',
    rounds: [],
    prior: ['Ardenfield'],
  },
  {
    id: 'ub35-41',
    style: 'wire',
    phenomenon:
      'chapter_11_filing,assets_and_liabilities_ranges_trap,total_funding_raised_trap,investors_named_background,dip_financing_trap,background',
    title: 'Battery-swap startup Voltkin files for Chapter 11 after raising $210 million',
    text:
      'Voltkin, which rents swappable batteries to delivery riders in US cities, filed for Chapter 11 bankruptcy protection in Delaware on Monday, listing assets of $10 million to $50 million and liabilities of $50 million to $100 million.\n\n' +
      'The company has raised about $210 million from investors since 2020, including Halsted Ventures and Fulton Street Partners. It has arranged $8 million in debtor-in-possession financing from existing lender Wexmoor Credit to keep operating while it looks for a buyer.',
    kind: 'other',
    rounds: [],
    prior: ['Voltkin'],
  },
  {
    id: 'ub35-42',
    style: 'wire',
    phenomenon:
      'public_token_sale,raised_from_wallets_trap,token_price_trap,fully_diluted_valuation_trap,foundation_ran_sale,earlier_seed_with_lead_background',
    title: 'Orbwell Network raises $32 million in public token sale',
    text:
      'Orbwell Network, a decentralized protocol for renting out idle GPUs, said its public sale of ORB tokens raised $32 million from about 14,500 wallets in 48 hours. Tokens were sold at $0.08 each, implying a fully diluted valuation of $800 million, and unlock over 12 months.\n\n' +
      'The Orbwell Foundation, which ran the sale, said the proceeds would fund grants to developers building on the network. Orbwell raised a $9 million seed round led by Cinderhill Crypto in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Orbwell Network'],
  },
  {
    id: 'ub35-43',
    style: 'business',
    phenomenon: 'charity_appeal,raised_from_donors_trap,beat_target_trap,matched_donations_trap,not_a_company',
    title: 'Coding-club charity raises £1.2m in 24-hour appeal',
    text:
      'Byte Forward, a Leeds charity that runs free coding clubs for teenagers, raised £1.2m from more than 9,000 donors in a 24-hour online appeal that ended on Saturday, beating its £750,000 target.\n\n' +
      'A group of local tech founders matched donations up to £300,000. The charity says the money will pay for 40 new clubs across Yorkshire over the next two years.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub35-44',
    style: 'business',
    phenomenon: 'innovation_prize,top_prize_trap,runners_up_trap,earlier_seed_background,prize',
    title: 'Kisumu water-kiosk startup wins $500,000 innovation prize',
    text:
      'Majiwell, a Kisumu-based startup that runs solar-powered water kiosks in villages around Lake Victoria, won the $500,000 top prize at the Lakeside Water Innovation Awards on Saturday. Two runners-up, from Kampala and Mwanza, took $100,000 each.\n\n' +
      'Majiwell, which raised a $1.5 million seed round last year, said it would use the prize money to build 60 more kiosks.',
    kind: 'other',
    rounds: [],
    prior: ['Majiwell'],
  },
  {
    id: 'ub35-45',
    style: 'wire',
    phenomenon: 'state_contract_award,contract_value_trap,options_ceiling_trap,not_currently_raising,contract',
    title: 'Skyvane wins $96 million California contract for wildfire-detection drones',
    text:
      'Skyvane, a Sacramento-based startup that flies long-endurance drones to spot wildfires, has been awarded a five-year, $96 million contract by the state of California to patrol forests in the Sierra Nevada during fire season.\n\n' +
      'The contract could grow to $140 million if the state exercises all its options. Skyvane, which employs 80 people, said it is not currently raising money.',
    kind: 'other',
    rounds: [],
  },
];
