// A nineteenth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "this week" and "last week" are early March 2026 and "last year" is 2025.
// Theme: one week of what a funding-news reader actually sees, weighted to what is hard: twelve
// roundups and newsletters carrying two to three rounds each, eighteen single-round texts (four of
// them in talks) and fifteen texts with no labelled round.
// Styles: a "Funding Friday" newsletter in paragraphs with a correction about last week's item; a
// fintech note in "•" bullets with "—" separators (one bullet a payment-volume milestone, not a
// round); a robotics list in "-" bullets with ":" and "Lead:" / "Also in:" fields; a markdown table
// (| Company | HQ | Amount | Round | Lead investor(s) |, "—" for an unnamed lead, "CHF 9M", "A$15M");
// plain "Company | Amount | Stage | Lead" lines ("undisclosed", "n/a", "(co-leads)"); a regional
// weekly "This week in Nordic tech" with city datelines in capitals (SEK, NOK, DKK, an acquisition
// paragraph with "had raised €8 million"); a sector newsletter "Climate deals of the week"
// ("Biggest:", "Smallest:", "Also:" with an IPO and an accelerator's per-startup cheque); a VC's
// weekly "Portfolio news" ("We led it", "that we co-led with", "led by X. We invested our pro
// rata", a portfolio company's sale); a weekly "ROUNDS / FUNDS / M&A / IPOs" digest (an IPO that
// "raised $180 million"); a Latin American roundup ("120 million Mexican pesos", "R$40 million
// (around US$7 million)"); a biotech digest (a crossover round, a launch "with a £28 million Series
// A", a clinical readout); a morning newsletter with "Venture capital deals", "Private equity
// deals" and "Product launches" sections ("Puget Trough Ventures led, joined by"); a one-sentence
// wire item; a two-sentence wire item with an agency dateline ("S$8 million"); a company blog's
// "Announcing our $18M Series A"; a PR-wire release with "About" boilerplate for the company and its
// lead, a "bringing total funding to" sentence and a "###" ending; Kenyan press ("KSh 650 million
// (about $5 million)"); South Australian press ("A$12 million", a state venture fund participating);
// a founder's LinkedIn post with emoji and hashtags; an investor's "Why we invested" post ("we're
// thrilled to lead"); a growth round at a valuation; a Belfast business page ("£9.5m (around
// $12m)"); a German forwarder's "€5 million strategic investment"; a pre-seed with two named angels;
// a headline-only wire item; a feature whose round is in its last paragraph; a French text ("annonce
// une levée de fonds de 6 millions d'euros en série A … menée par").
// Phenomena: names that are common words or compounds ("Slipway", "Lanternfish", "Kitefall",
// "Tidewell"); names with non-ASCII letters ("Snölykta", "Araucária Saúde", "Djurgården Kapital",
// "Bygdøy Invest"); an amount "undisclosed" (null) in a table line and an "undisclosed strategic investment"
// (null, 'strategic'); co-leads in a table cell, a plain line, a Portuguese seed and a UK biotech;
// "from X and a group of angels" (no lead); "raised … from a group led by X"; lead "—" and "n/a"
// (no lead); a crossover round and a growth round (no stage); amounts beside valuations, payment
// volume, billings, tank litres, farmers' loan sizes, kit and device prices, an industry's losses,
// salaries, a project-finance facility, an IPO's proceeds and an accelerator's cheque; earlier
// rounds of the same company. In-talks: "in talks to raise about $70 million in a Series C … is
// expected to lead" at a valuation; "has signed a term sheet for a €20 million Series A led by …
// expected to close next month"; an Indian "in talks to raise Rs 200 crore … is expected to lead",
// with a new investor "also in discussions"; a founder "officially out raising our Series A …
// targeting $15M … haven't picked a lead yet".
// Distractors: a launch log of five products with prices (one maker's Series A last year); a
// "Who's hiring" list ("Fresh off a $30M Series B led by … in January", "Raised an $8M seed in
// 2025"); layoffs at a sidewalk-robot maker with its 2024 Series B; a quarterly European venture
// report naming the quarter's biggest rounds; an M&A roundup (kind 'acquisition'; a target's total
// raised, an asset sale "after failing to raise a Series A"); a list of VC fund closes (kind
// 'fund_close'; "raised A$90 million for a debut fund", an opportunity fund that led a portfolio
// company's Series A last year); a university research office's list of faculty grants from
// federal agencies (and an internal "Seed Grant program"); a city's startup awards with prize money
// (the winner's seed last year); a federal loan-guarantee conditional commitment; a listed
// company's bitcoin treasury purchase funded partly by a convertible-note sale; a profitable
// company's buyback from early investors; an employee tender offer "led by" a secondary investor at
// a valuation above the last Series C; a podcast episode about "How we raised our seed in 2021"
// (a SAFE's cap, a sponsor's offer); a German text about a new office (revenue, "Eine neue
// Finanzierungsrunde sei derzeit nicht geplant").
// Conventions (those of checks.ts, unseen-blind10.ts and unseen-blind14.ts): company as the text
// names it; amount in the currency first stated (ISO code when not USD): "S$" SGD, "KSh" KES, "A$"
// AUD, "R$" BRL, "Mexican pesos" MXN, "Rs 200 crore" 2e9 INR; an "undisclosed" amount is null;
// `lead` only where the text says who led or co-led (or, in talks, who is expected to lead or leads
// a signed term sheet); a table's "—" or a line's "n/a" in the lead column and "did not say who led"
// give no `lead`; a founder's "haven't picked a lead yet" gives `lead: []`; `other` for named
// participants, including named angels; "we led" / "we co-led with X" / "we're thrilled to lead" in
// a VC's own newsletter or blog is led by that VC (named by its source or title, as unseen-blind10.ts
// labels "which we led"), and "We invested our pro rata" is not labelled as a participant (as
// unseen-blind10.ts). Round types: a crossover round, a growth round, a stage-less "£6m" and "raised
// … from a group led by X" are 'unknown'; a corporate's "strategic investment" is 'strategic'.
// Roundups that also carry a fund close, an acquisition or an IPO are kind 'round', and a company
// whose financing is background (a correction about last week's round, an acquired company's earlier
// funding, an IPO) is in `prior`. The French text reports a round and, as other languages are by
// checks.ts, is kind 'round' with no rounds; the German text reports none and is kind 'other'.
// Labelled by hand; a reader of each text should agree with every label.
// First look (2026-12-07 11:51, no rule changed for it; measured after the fixes for unseen-blind15.ts
// to unseen-blind18.ts; its writer, looking for how the sets are wired up, saw the first two comment
// lines of some *-ways.test.ts files and nothing of src/rounds): company F1 0.831 (P 0.88 / R 0.79),
// amount 97.2 %, type 97.1 %, lead F1 0.711, 3 false rounds (a loan guarantee read twice, "Fresh" of
// "Fresh off a $30M Series B") + 1 background (a newsletter's correction of last week's round) + 1
// wrong name. After the fixes (blind19-ways.test.ts): 0.933 · 95.1 % · 97.4 % · 0.897 · 1 background
// (the correction); still missed: a round with no figure, a crossover round named after another
// company, a growth round's lead in a later paragraph. A measurement, not a test: unseen.test.ts does
// not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND19: RoundCheck[] = [
  // ── Roundups and newsletters ─────────────────────────────────────────────────────────────────
  {
    id: 'ub19-01',
    style: 'roundup',
    phenomenon:
      'funding_friday_paragraphs,multi_round,existing_seed_backers_participated,eur_m_suffix,co_led_two_firms,from_fund_and_angels_no_lead,correction_about_last_weeks_round,series_a,seed,pre_seed',
    title: 'Funding Friday: three rounds we liked this week',
    source: 'The Seed Drill (newsletter)',
    text:
      'Funding Friday\n\n' +
      'Happy Friday. Three rounds caught our eye this week, plus a correction.\n\n' +
      'Brackenridge Health, a Pittsburgh startup that helps home-dialysis patients order supplies and track their treatments, raised $9.5 million in a Series A led by Monongahela Partners. ' +
      'Allegheny Seed and Strip District Angels, which backed the company’s seed round, also participated.\n\n' +
      'Over in Lisbon, Tessela closed a €3.2M seed round co-led by Alfama Capital and Tagus Row Ventures to build scheduling software for tile and stone installers. The company says 700 crews use it.\n\n' +
      'And Plotwright, which writes first drafts of planning applications for UK housebuilders, picked up $4M in pre-seed funding from Cheshire Lane Ventures and a group of angels that includes two former council planning officers.\n\n' +
      'A correction: last week we said Oxbow Freight’s $40M Series B was led by Canalside Capital. It was led by Canalside Growth. Sorry, Canalside.',
    kind: 'round',
    rounds: [
      {
        company: 'Brackenridge Health',
        amount: 9.5e6,
        roundType: 'series_a',
        lead: ['Monongahela Partners'],
        other: ['Allegheny Seed', 'Strip District Angels'],
      },
      { company: 'Tessela', amount: 3.2e6, currency: 'EUR', roundType: 'seed', lead: ['Alfama Capital', 'Tagus Row Ventures'] },
      { company: 'Plotwright', amount: 4e6, roundType: 'pre_seed', other: ['Cheshire Lane Ventures'] },
    ],
    prior: ['Oxbow Freight'],
  },
  {
    id: 'ub19-02',
    style: 'roundup',
    phenomenon:
      'bullets_em_dash_separators,multi_round,led_by_with_participant,milestone_bullet_not_round,payment_volume_trap,gbp_m_no_stage,from_fund_and_existing_investors,series_a,unknown_type',
    title: 'Deals in brief',
    source: 'Fintech Morning Note',
    text:
      'Deals in brief\n\n' +
      '• Ledgerbird — $14M Series A — Atlanta — accounts-payable automation for franchise owners — led by Peachtree Corner Capital, with Buckhead Fintech Fund\n' +
      '• Sallowmere — crossed $1B in annualised payment volume — London — no new funding\n' +
      '• Ninebark Pay — £6m — Manchester — pay-later plans for vet bills — from Irwell Street Capital and existing investors\n\n' +
      'Send deals to the usual address.',
    kind: 'round',
    rounds: [
      {
        company: 'Ledgerbird',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Peachtree Corner Capital'],
        other: ['Buckhead Fintech Fund'],
      },
      { company: 'Ninebark Pay', amount: 6e6, currency: 'GBP', roundType: 'unknown', other: ['Irwell Street Capital'] },
    ],
  },
  {
    id: 'ub19-03',
    style: 'roundup',
    phenomenon:
      'bullets_colon_separators,multi_round,lead_field_label,also_in_field_label,undisclosed_strategic_investment,amount_null,corporate_investor,series_b,strategic',
    title: 'This week’s robotics rounds',
    source: 'Actuator Notes',
    text:
      'This week’s robotics rounds:\n\n' +
      '- Grasswren Robotics: $31M Series B. Lead: Kestrel Bay Partners. Also in: Oldfield Ventures, Marrow Lane Capital. Makes robots that pick strawberries in polytunnels.\n' +
      '- Keelhaul Systems: undisclosed strategic investment from shipbuilder Arvonia Marine. Makes crawlers that weld ship hulls.\n\n' +
      'Missed one? Reply to this email.',
    kind: 'round',
    rounds: [
      {
        company: 'Grasswren Robotics',
        amount: 31e6,
        roundType: 'series_b',
        lead: ['Kestrel Bay Partners'],
        other: ['Oldfield Ventures', 'Marrow Lane Capital'],
      },
      { company: 'Keelhaul Systems', amount: null, roundType: 'strategic', other: ['Arvonia Marine'] },
    ],
  },
  {
    id: 'ub19-04',
    style: 'roundup',
    phenomenon:
      'markdown_table,multi_round,header_row,chf_prefix_m_suffix,aud_prefix,two_leads_in_one_cell,dash_for_no_lead,series_b,seed,series_a',
    title: 'Top rounds, week of 2 March',
    source: 'Series Sheet',
    text:
      'Top rounds, week of 2 March\n\n' +
      '| Company | HQ | Amount | Round | Lead investor(s) |\n' +
      '|---|---|---|---|---|\n' +
      '| Vellichor Bio | Boston | $62M | Series B | Charlesgate Life Sciences |\n' +
      '| Tiltyard | Zurich | CHF 9M | Seed | Limmatquai Ventures, Sihlpost Capital |\n' +
      '| Orchardline | Melbourne | A$15M | Series A | — |\n\n' +
      'Lead marked “—” where the company did not name one. Amounts as announced, not converted.',
    kind: 'round',
    rounds: [
      { company: 'Vellichor Bio', amount: 62e6, roundType: 'series_b', lead: ['Charlesgate Life Sciences'] },
      {
        company: 'Tiltyard',
        amount: 9e6,
        currency: 'CHF',
        roundType: 'seed',
        lead: ['Limmatquai Ventures', 'Sihlpost Capital'],
      },
      { company: 'Orchardline', amount: 15e6, currency: 'AUD', roundType: 'series_a' },
    ],
  },
  {
    id: 'ub19-05',
    style: 'roundup',
    phenomenon:
      'pipe_separated_plain_lines,multi_round,header_line,city_in_parentheses,undisclosed_amount,amount_null,n_a_lead,co_leads_marker,seed,pre_seed,series_b',
    title: 'Deal log — Midwest, March 2–6',
    source: 'Midwest Startup Tracker',
    text:
      'Deal log — Midwest, March 2–6\n\n' +
      'Company | Amount | Stage | Lead\n' +
      'Furrowline (Des Moines) | $5.1M | Seed | Raccoon River Capital\n' +
      'Hushbarn (Madison) | undisclosed | Pre-seed | n/a\n' +
      'Prairiebyte (Omaha) | $40M | Series B | Platte Fork Growth, Sandhill Crane Ventures (co-leads)\n\n' +
      'Source: company announcements and filings.',
    kind: 'round',
    rounds: [
      { company: 'Furrowline', amount: 5.1e6, roundType: 'seed', lead: ['Raccoon River Capital'] },
      { company: 'Hushbarn', amount: null, roundType: 'pre_seed' },
      {
        company: 'Prairiebyte',
        amount: 40e6,
        roundType: 'series_b',
        lead: ['Platte Fork Growth', 'Sandhill Crane Ventures'],
      },
    ],
  },
  {
    id: 'ub19-06',
    style: 'roundup',
    phenomenon:
      'regional_weekly_nordic,multi_round,capital_city_datelines,sek_prefix,nok_prefix,dkk_prefix,non_ascii_names,existing_backer_joined,did_not_say_who_led,from_a_group_led_by,acquisition_paragraph_had_raised,series_a,seed,unknown_type',
    title: 'This week in Nordic tech',
    source: 'Northern Lights Digest',
    text:
      'This week in Nordic tech\n\n' +
      'STOCKHOLM: Snölykta, which rents heat pumps to the landlords of older apartment blocks, has raised SEK 120 million in a Series A led by Djurgården Kapital. Existing backer Norrmalm Ventures joined.\n\n' +
      'OSLO: Fjellpakke, a parcel-locker network for rural Norway, closed a NOK 45 million seed round. Investors include Bygdøy Invest and Akerselva Partners; the company did not say who led.\n\n' +
      'COPENHAGEN: Havblik Foods, which makes fish-free “tuna” from fermented seaweed, raised DKK 30 million from a group led by Nyhavn Growth.\n\n' +
      'HELSINKI: In M&A news, the Tampere game studio Revontuli Play was bought by a Swedish publisher for an undisclosed sum. It had raised €8 million from investors since 2021.\n\n' +
      'That’s the week. Hej hej.',
    kind: 'round',
    rounds: [
      {
        company: 'Snölykta',
        amount: 120e6,
        currency: 'SEK',
        roundType: 'series_a',
        lead: ['Djurgården Kapital'],
        other: ['Norrmalm Ventures'],
      },
      {
        company: 'Fjellpakke',
        amount: 45e6,
        currency: 'NOK',
        roundType: 'seed',
        other: ['Bygdøy Invest', 'Akerselva Partners'],
      },
      { company: 'Havblik Foods', amount: 30e6, currency: 'DKK', roundType: 'unknown', lead: ['Nyhavn Growth'] },
    ],
    prior: ['Revontuli Play'],
  },
  {
    id: 'ub19-07',
    style: 'roundup',
    phenomenon:
      'sector_newsletter_climate,multi_round,biggest_smallest_labels,project_finance_facility_trap,gbp_m_suffix,ipo_line_trap,accelerator_cheque_trap,series_b,pre_seed',
    title: 'Climate deals of the week',
    source: 'Carbon Ledger Weekly',
    text:
      'Climate deals of the week\n\n' +
      'Biggest: Cinderfall Energy, which builds small geothermal plants that reuse abandoned oil wells in West Texas, raised a $48 million Series B led by Permian Transition Fund. ' +
      'Llano Estacado Capital and Caprock Ventures participated. The company separately has a $60 million project-finance facility from a regional bank, arranged last year.\n\n' +
      'Smallest: Mossgrid, a Glasgow startup that measures how much carbon peat bogs absorb after restoration, raised £1.1m in pre-seed funding led by Kelvingrove Angels.\n\n' +
      'Also: Saltgrass Storage’s $200 million IPO priced on Thursday, and Pylonworks opened applications for its next accelerator cohort, which gives each startup $120,000.',
    kind: 'round',
    rounds: [
      {
        company: 'Cinderfall Energy',
        amount: 48e6,
        roundType: 'series_b',
        lead: ['Permian Transition Fund'],
        other: ['Llano Estacado Capital', 'Caprock Ventures'],
      },
      { company: 'Mossgrid', amount: 1.1e6, currency: 'GBP', roundType: 'pre_seed', lead: ['Kelvingrove Angels'] },
    ],
    prior: ['Saltgrass Storage'],
  },
  {
    id: 'ub19-08',
    style: 'roundup',
    phenomenon:
      'vc_portfolio_newsletter,multi_round,we_led_it,investor_from_source,we_co_led_with_named_firm,led_by_other_firm_we_followed_on,portfolio_exit_line,series_a,series_b,seed',
    title: 'Portfolio news — week of 9 March',
    source: 'Wrenfield Ventures (weekly email to founders and LPs)',
    text:
      'Portfolio news — week of 9 March\n\n' +
      'Three of our companies announced rounds this week:\n\n' +
      'Tallowmark (shrink analytics for grocers) raised a $16M Series A. We led it, and Harborlight Capital joined.\n\n' +
      'Gannetry (air-cargo booking) raised a $42M Series B led by Osprey Point Growth. We invested our pro rata.\n\n' +
      'Lintwhite (software for laundromats) closed a $3M seed that we co-led with Spindle Fund.\n\n' +
      'And a goodbye: Cartwheel Kitchens was acquired by a national food-service distributor. Thank you to the team for five great years.\n\n' +
      '— The Wrenfield team',
    kind: 'round',
    rounds: [
      {
        company: 'Tallowmark',
        amount: 16e6,
        roundType: 'series_a',
        lead: ['Wrenfield Ventures'],
        other: ['Harborlight Capital'],
      },
      { company: 'Gannetry', amount: 42e6, roundType: 'series_b', lead: ['Osprey Point Growth'] },
      { company: 'Lintwhite', amount: 3e6, roundType: 'seed', lead: ['Wrenfield Ventures', 'Spindle Fund'] },
    ],
  },
  {
    id: 'ub19-09',
    style: 'roundup',
    phenomenon:
      'weekly_digest_sections,multi_round,rounds_funds_ma_ipos,co_led_two_firms,from_single_investor_no_lead,fund_close_line,acquisition_line_with_earlier_round,ipo_raised_trap,share_price_trap,series_a,seed',
    title: 'The Week in Deals: two rounds, a fund, a sale and a listing',
    source: 'Capital Flows (weekly)',
    text:
      'ROUNDS\n' +
      'Ferrocene Materials, a Cleveland startup making cathodes for iron-air batteries, raised $27 million in a Series A co-led by Cuyahoga Ventures and Lakeshore Industrial Partners.\n' +
      'Pennywhistle, a New Orleans app for booking live-music gigs at bars, raised $1.8 million in seed funding from Frenchmen Street Capital.\n\n' +
      'FUNDS\n' +
      'Halyard Point Capital closed its fourth fund at $310 million to back Series A companies in the Southeast.\n\n' +
      'M&A\n' +
      'Gristmill Analytics, which raised a $12 million Series A led by Bramblewood in 2024, was acquired by Orland Software for $95 million.\n\n' +
      'IPOs\n' +
      'Thornapple Medical raised $180 million in its Nasdaq IPO on Thursday, pricing shares at $17, the top of its range.',
    kind: 'round',
    rounds: [
      {
        company: 'Ferrocene Materials',
        amount: 27e6,
        roundType: 'series_a',
        lead: ['Cuyahoga Ventures', 'Lakeshore Industrial Partners'],
      },
      { company: 'Pennywhistle', amount: 1.8e6, roundType: 'seed', other: ['Frenchmen Street Capital'] },
    ],
    prior: ['Gristmill Analytics', 'Thornapple Medical'],
  },
  {
    id: 'ub19-10',
    style: 'roundup',
    phenomenon:
      'latam_roundup,multi_round,mexican_pesos_word,usd_conversion,brl_prefix,us_dollar_prefix,non_ascii_names,stage_not_said,round_also_included,series_a,unknown_type',
    title: 'LatAm funding roundup: pesos and reais',
    source: 'Andes & Pampas Tech Brief',
    text:
      'Two deals from Latin America this week.\n\n' +
      'Mexico City’s Tamalito, which gives corner shops credit to restock their shelves, raised 120 million Mexican pesos (about $6.6 million) in a Series A led by Chapultepec Capital. ' +
      'The round also included Roma Norte Ventures.\n\n' +
      'In Brazil, Curitiba’s Araucária Saúde raised R$40 million (around US$7 million) in a round led by Batel Investimentos to expand its network of low-cost dental clinics. ' +
      'The company did not say what stage the round was.',
    kind: 'round',
    rounds: [
      {
        company: 'Tamalito',
        amount: 120e6,
        currency: 'MXN',
        roundType: 'series_a',
        lead: ['Chapultepec Capital'],
        other: ['Roma Norte Ventures'],
      },
      { company: 'Araucária Saúde', amount: 40e6, currency: 'BRL', roundType: 'unknown', lead: ['Batel Investimentos'] },
    ],
  },
  {
    id: 'ub19-11',
    style: 'roundup',
    phenomenon:
      'biotech_digest,multi_round,crossover_round,ahead_of_possible_ipo,x_led_semicolon_joined,launched_with_series_a,gbp,co_led_two_firms,drug_code_trap,clinical_readout_not_round,unknown_type,series_a',
    title: 'Biotech financings: a crossover round and a Series A launch',
    source: 'Pipeline & Capital',
    text:
      'Financings\n\n' +
      'Quillmere Therapeutics (San Diego) raised $140 million in a crossover round ahead of a possible IPO. Torrey Pines Crossover Fund led; Del Mar Biofund and Coronado Life Partners joined. ' +
      'Quillmere’s lead drug, QM-201, for a rare kidney disease, reads out Phase 2 data in the summer.\n\n' +
      'Halcyra Bio (Cambridge, UK) launched with a £28 million Series A co-led by Fenland Life Sciences Ventures and Granta Park Capital to develop antibodies against fungal infections.\n\n' +
      'Clinical readouts\n\n' +
      'Stonewort Pharma said its psoriasis pill cut symptoms by 70% in a 300-patient trial; its shares rose 40%.',
    kind: 'round',
    rounds: [
      {
        company: 'Quillmere Therapeutics',
        amount: 140e6,
        roundType: 'unknown',
        lead: ['Torrey Pines Crossover Fund'],
        other: ['Del Mar Biofund', 'Coronado Life Partners'],
      },
      {
        company: 'Halcyra Bio',
        amount: 28e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Fenland Life Sciences Ventures', 'Granta Park Capital'],
      },
    ],
  },
  {
    id: 'ub19-12',
    style: 'roundup',
    phenomenon:
      'morning_newsletter_sections,multi_round,x_led_joined_by,from_two_investors_no_lead,private_equity_buyout_trap,product_price_trap,markets_line,series_a,seed',
    title: 'Morning Term Sheet: Tuesday, March 10',
    source: 'Morning Term Sheet',
    text:
      'Top of the morning\n' +
      'Markets were flat on Monday; chip stocks fell 2%.\n\n' +
      'Venture capital deals\n' +
      '• Lanternfish, a Seattle-based developer of underwater drones that inspect fish-farm nets, raised $11M in Series A funding. Puget Trough Ventures led, joined by Salish Sea Capital and Ballard Lock Partners.\n' +
      '• Rookery Health, a Chicago-based provider of at-home physical therapy for seniors, raised $3.3M in seed funding from Lakeview Angels and Pilsen Fund.\n\n' +
      'Private equity deals\n' +
      '• Gravelbend Partners acquired Tarnhill Paving, a Dayton-based road-repair contractor, for about $140M.\n\n' +
      'Product launches\n' +
      '• Lanternfish also introduced a $4,900 handheld version of its drone.',
    kind: 'round',
    rounds: [
      {
        company: 'Lanternfish',
        amount: 11e6,
        roundType: 'series_a',
        lead: ['Puget Trough Ventures'],
        other: ['Salish Sea Capital', 'Ballard Lock Partners'],
      },
      { company: 'Rookery Health', amount: 3.3e6, roundType: 'seed', other: ['Lakeview Angels', 'Pilsen Fund'] },
    ],
  },
  // ── Single rounds ────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub19-13',
    style: 'wire',
    phenomenon: 'wire_one_sentence,said_on_monday,series_b',
    text: 'Oakbrine, a Houston company that recovers lithium from oilfield wastewater, said on Monday it had raised $22 million in a Series B round led by Buffalo Bayou Energy Partners.',
    kind: 'round',
    rounds: [{ company: 'Oakbrine', amount: 22e6, roundType: 'series_b', lead: ['Buffalo Bayou Energy Partners'] }],
  },
  {
    id: 'ub19-14',
    style: 'wire',
    phenomenon: 'wire_two_sentences,agency_dateline,sgd_prefix,existing_investor_took_part,seed',
    text:
      'SINGAPORE, March 9 (Meridian Newswire) - Stallwise, a Singapore company that sells inventory software to hawker-centre stallholders, has raised S$8 million in a seed round led by Tanjong Pagar Ventures, the company said on Monday. ' +
      'Existing investor Changi Point Capital also took part.',
    kind: 'round',
    rounds: [
      {
        company: 'Stallwise',
        amount: 8e6,
        currency: 'SGD',
        roundType: 'seed',
        lead: ['Tanjong Pagar Ventures'],
        other: ['Changi Point Capital'],
      },
    ],
  },
  {
    id: 'ub19-15',
    style: 'blog',
    phenomenon:
      'company_blog_announcement,first_person_we,common_word_name,board_seat,seed_investors_invested_again,unnamed_angels,passenger_count_trap,hiring_count_trap,series_a',
    title: 'Announcing our $18M Series A',
    source: 'The Slipway Blog',
    text:
      'Today we’re announcing that Slipway has raised an $18M Series A.\n\n' +
      'We started Slipway three years ago because the ferry operators we grew up around, the small ones running two or three boats out to islands, were still selling tickets on paper and by phone. ' +
      'Today 140 operators in nine countries sell tickets, manage crews and plan refits with Slipway, and together they carried 11 million passengers last year.\n\n' +
      'The round was led by Bollard Capital, and we’re delighted to welcome their partner Ines Carrow to our board. ' +
      'Our seed investors, Lanyard Ventures and Sternway Fund, both invested again, as did a handful of angels who run ferry lines themselves.\n\n' +
      'We’ll use the money to open an office in Athens, build a crew-scheduling product and hire 25 people. If you want to help small ferries run like big airlines, we’re hiring.\n\n' +
      '— Marta Oyelaran and Finn Haldane, co-founders',
    kind: 'round',
    rounds: [
      {
        company: 'Slipway',
        amount: 18e6,
        roundType: 'series_a',
        lead: ['Bollard Capital'],
        other: ['Lanyard Ventures', 'Sternway Fund'],
      },
    ],
  },
  {
    id: 'ub19-16',
    style: 'press',
    phenomenon:
      'pr_wire_release,dateline_with_wire_name,new_and_existing_investors,bringing_total_funding_trap,industry_loss_trap,about_boilerplate_company_and_lead,lead_aum_trap,hash_ending,series_b',
    title: 'Assayline Announces $25 Million Series B to Expand Food-Fraud Testing',
    source: 'NewsTide Wire',
    text:
      'RALEIGH, N.C., March 10, 2026 /NewsTide Wire/ -- Assayline, a developer of handheld spectrometers that detect adulterated honey, olive oil and spices at the loading dock, today announced it has closed a $25 million Series B financing led by Triangle Park Growth Partners. ' +
      'The round included participation from new investor Haw River Capital and existing investors Neuse Ventures and Eno Angels Network, bringing Assayline’s total funding to $41 million.\n\n' +
      'Assayline will use the proceeds to expand its library of food fingerprints to 300 products and to open a laboratory in Rotterdam.\n\n' +
      '“Food fraud costs the industry an estimated $40 billion a year, and most of it is never caught,” said Dr. Kofi Mensah-Boateng, co-founder and CEO of Assayline.\n\n' +
      'About Assayline\n' +
      'Assayline, founded in 2021 and headquartered in Durham, North Carolina, makes testing tools used by food importers, grocers and regulators in 14 countries. For more information, visit assayline.example.\n\n' +
      'About Triangle Park Growth Partners\n' +
      'Triangle Park Growth Partners is a growth equity firm with $1.2 billion under management that invests in food, agriculture and industrial technology.\n\n' +
      '###',
    kind: 'round',
    rounds: [
      {
        company: 'Assayline',
        amount: 25e6,
        roundType: 'series_b',
        lead: ['Triangle Park Growth Partners'],
        other: ['Haw River Capital', 'Neuse Ventures', 'Eno Angels Network'],
      },
    ],
  },
  {
    id: 'ub19-17',
    style: 'business',
    phenomenon: 'kenyan_press,ksh_prefix,usd_conversion,also_took_part,loan_size_trap,farmer_count_trap,series_a',
    title: 'Nairobi agritech Shambaflow raises KSh 650 million',
    source: 'Nairobi Business Weekly',
    text:
      'Nairobi-based Shambaflow, which leases irrigation pumps to smallholder farmers on a pay-as-you-go basis, has raised KSh 650 million (about $5 million) in a Series A round led by Ngong Road Capital.\n\n' +
      'Mombasa-based Likoni Impact Fund and Kampala’s Entebbe Road Ventures also took part, the company said on Monday. ' +
      'Shambaflow, founded in 2022, says 38,000 farmers in Kenya and Uganda pay off their pumps through mobile money, with loans averaging KSh 42,000.\n\n' +
      'The firm will use the money to enter Tanzania.',
    kind: 'round',
    rounds: [
      {
        company: 'Shambaflow',
        amount: 650e6,
        currency: 'KES',
        roundType: 'series_a',
        lead: ['Ngong Road Capital'],
        other: ['Likoni Impact Fund', 'Entebbe Road Ventures'],
      },
    ],
  },
  {
    id: 'ub19-18',
    style: 'business',
    phenomenon:
      'australian_regional_press,aud_prefix,co_led_two_firms,state_fund_participates,litres_trap,winery_count_trap,series_a',
    title: 'Adelaide wine-tech startup Cellarhand raises A$12 million',
    source: 'SA Business Chronicle',
    text:
      'Adelaide startup Cellarhand, whose sensors monitor fermentation tanks for winemakers, has raised A$12 million in a Series A round co-led by Torrens Ventures and Barossa Growth Partners.\n\n' +
      'The South Australian Venture Capital Fund also invested. Cellarhand’s sensors are installed in 190 wineries across the Barossa, McLaren Vale and the Clare Valley and monitor more than 40 million litres of wine, chief executive Bec Lindqvist said.',
    kind: 'round',
    rounds: [
      {
        company: 'Cellarhand',
        amount: 12e6,
        currency: 'AUD',
        roundType: 'series_a',
        lead: ['Torrens Ventures', 'Barossa Growth Partners'],
        other: ['South Australian Venture Capital Fund'],
      },
    ],
  },
  {
    id: 'ub19-19',
    style: 'blog',
    phenomenon: 'linkedin_post,emoji,line_breaks,led_by_the_team_at,joining,household_count_trap,hashtags,seed',
    source: 'LinkedIn',
    text:
      'I’ve been sitting on this for 6 weeks 🤐\n\n' +
      'Today I can finally say it: Gridbloom has closed a $2.8M seed round! 🌱\n\n' +
      'Led by the amazing team at Hollowoak Ventures 🙌 with Pennant Row Capital and Brisk Angels joining.\n\n' +
      'Gridbloom helps apartment buildings share rooftop solar between tenants. We started in my kitchen in Baltimore 14 months ago. Now: 62 buildings, 4,100 households, 0 paper bills.\n\n' +
      'Next up:\n' +
      '👉 hiring 6 engineers\n' +
      '👉 launching in Philadelphia\n' +
      '👉 maybe a vacation (lol no)\n\n' +
      'Thank you to everyone who took a call, sent an intro, or told me no (you made the deck better).\n\n' +
      '#climatetech #seed #founderlife',
    kind: 'round',
    rounds: [
      {
        company: 'Gridbloom',
        amount: 2.8e6,
        roundType: 'seed',
        lead: ['Hollowoak Ventures'],
        other: ['Pennant Row Capital', 'Brisk Angels'],
      },
    ],
  },
  {
    id: 'ub19-20',
    style: 'blog',
    phenomenon:
      'investor_why_we_invested,thrilled_to_lead,investor_from_source,alongside_named_firms,seed_investor_returns,plant_count_trap,company_late_in_text,series_a',
    title: 'Why we invested in Clearlot',
    source: 'Harlow Fen Capital (blog)',
    text:
      'Every operations leader at a mid-sized manufacturer we spoke to last year told us the same thing: their quality data lives in forty spreadsheets and one person’s head.\n\n' +
      'Clearlot fixes that. Its software reads inspection reports, machine logs and supplier certificates and flags a bad batch before it ships. ' +
      'When we first met founders Aditi Rao and Sam Okafor, Clearlot was live in four plants. Today it is in 31.\n\n' +
      'That’s why we’re thrilled to lead Clearlot’s $10 million Series A, alongside Millrace Ventures and Clearlot’s seed investor, Ashgrove Capital. Our partner Lena Fairbairn joins the board.\n\n' +
      'Welcome to the Harlow Fen family, Clearlot.',
    kind: 'round',
    rounds: [
      {
        company: 'Clearlot',
        amount: 10e6,
        roundType: 'series_a',
        lead: ['Harlow Fen Capital'],
        other: ['Millrace Ventures', 'Ashgrove Capital'],
      },
    ],
  },
  {
    id: 'ub19-21',
    style: 'business',
    phenomenon:
      'growth_round,valuation_trap,billings_trap,x_led_semicolon_also_invested,earlier_series_b_same_company,common_word_name,unknown_type',
    title: 'Home-cleaning software maker Tidewell raises $85 million in growth round',
    text:
      'Tidewell, which makes scheduling and payroll software for home-cleaning companies, has raised $85 million in a growth round that values it at $1.1 billion, the Phoenix company said on Monday.\n\n' +
      'Camelback Summit Partners led the round; Sonoran Row Capital and existing investor Papago Ventures also invested. ' +
      'Tidewell said its roughly 9,000 customers together bill $2.4 billion a year through its software.\n\n' +
      'The company last raised a $30 million Series B in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Tidewell',
        amount: 85e6,
        roundType: 'unknown',
        lead: ['Camelback Summit Partners'],
        other: ['Sonoran Row Capital', 'Papago Ventures'],
      },
    ],
  },
  {
    id: 'ub19-22',
    style: 'business',
    phenomenon: 'uk_regional_business_page,gbp_m_suffix,usd_conversion,investment_was_led_by,jobs_count_trap,series_a',
    title: 'Belfast cyber firm Lagan Shield raises £9.5m',
    text:
      'Belfast cyber security firm Lagan Shield has raised £9.5m (around $12m) in a Series A funding round to expand into the US.\n\n' +
      'The investment was led by London’s Aldgate Pump Ventures, with Stranmillis Angels and existing backer Cathedral Quarter Capital also investing. ' +
      'Lagan Shield, which employs 48 people, protects the control systems of water and electricity utilities. It plans to create 60 jobs in Belfast over the next three years.',
    kind: 'round',
    rounds: [
      {
        company: 'Lagan Shield',
        amount: 9.5e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Aldgate Pump Ventures'],
        other: ['Stranmillis Angels', 'Cathedral Quarter Capital'],
      },
    ],
  },
  {
    id: 'ub19-23',
    style: 'business',
    phenomenon:
      'corporate_strategic_investment,investor_is_subject,eur,single_investor_no_led,rollout_agreement,earlier_seed_same_company,strategic',
    title: 'Bremen forwarder Hallberg backs pallet-scanning startup Palletgeist',
    text:
      'Hallberg Spedition, the family-owned Bremen freight forwarder, has made a €5 million strategic investment in Palletgeist, a Leipzig startup whose cameras count and measure pallets as they cross a warehouse dock door. ' +
      'Hallberg will roll out Palletgeist’s cameras at its 40 German depots this year, the companies said on Monday.\n\n' +
      'Palletgeist previously raised €2 million in seed funding from angel investors in Saxony.',
    kind: 'round',
    rounds: [{ company: 'Palletgeist', amount: 5e6, currency: 'EUR', roundType: 'strategic', other: ['Hallberg Spedition'] }],
  },
  {
    id: 'ub19-24',
    style: 'business',
    phenomenon: 'pre_seed,named_angels_with_roles,founder_background,per_seat_price_trap,pilot_count,pre_seed_funding_led_by',
    title: 'Former ICU nurse’s startup Chartbell raises $1.5M pre-seed',
    text:
      'Chartbell, a Nashville startup whose app helps nurses hand over patients at shift change, has raised $1.5 million in pre-seed funding led by Cumberland Gap Ventures. ' +
      'Angel investors including Rosalind Achebe, a former chief nursing officer at a Tennessee hospital system, and Derek Pham, the founder of a medical-staffing company, also invested.\n\n' +
      'Founder Tamika Rhodes spent 12 years as an intensive-care nurse. Chartbell is piloting its app on four hospital units and charges $12 per nurse per month.',
    kind: 'round',
    rounds: [
      {
        company: 'Chartbell',
        amount: 1.5e6,
        roundType: 'pre_seed',
        lead: ['Cumberland Gap Ventures'],
        other: ['Rosalind Achebe', 'Derek Pham'],
      },
    ],
  },
  {
    id: 'ub19-25',
    style: 'wire',
    phenomenon: 'headline_only,common_word_name,led_by_in_headline,purpose_clause,seed',
    text: 'Kitefall raises $9M seed led by Updraft Capital to fly blood samples between hospitals by drone',
    kind: 'round',
    rounds: [{ company: 'Kitefall', amount: 9e6, roundType: 'seed', lead: ['Updraft Capital'] }],
  },
  {
    id: 'ub19-26',
    style: 'business',
    phenomenon: 'feature_story,round_in_last_paragraph,founder_said,kit_price_trap,tap_count_trap,seed',
    title: 'The Vermont company putting sensors on maple lines',
    text:
      'In the hills outside Montpelier, a few dozen sugarmakers are tapping trees that have never been tapped before. ' +
      'They are doing it with sap sensors from Sugarbush Analytics, a four-year-old company founded by Hannah Lavigne, whose family has made maple syrup since the 1930s.\n\n' +
      'The sensors clip onto tubing lines and report vacuum leaks and sap flow to a phone, saving sugarmakers hours of walking the woods in snowshoes. ' +
      'About 600 sugarbushes in Vermont, New Hampshire and Quebec use them, covering some 1.4 million taps. A basic kit costs $350.\n\n' +
      '“A leak you find in an hour instead of a day is a lot of syrup,” Lavigne said.\n\n' +
      'The company now plans to sell to birch-syrup makers in Alaska and Finland. To pay for that, Sugarbush Analytics has raised $4 million in a seed round led by Winooski Ventures, Lavigne said, with Lake Champlain Angels also investing.',
    kind: 'round',
    rounds: [
      {
        company: 'Sugarbush Analytics',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Winooski Ventures'],
        other: ['Lake Champlain Angels'],
      },
    ],
  },
  {
    id: 'ub19-27',
    style: 'foreign',
    phenomenon: 'other_language,french,levee_de_fonds,millions_d_euros,serie_a,menee_par,public_bank_participant',
    title: 'La start-up bordelaise Vendangia lève 6 millions d’euros',
    text:
      'Vendangia, une start-up bordelaise qui développe des robots de taille pour la vigne, annonce une levée de fonds de 6 millions d’euros en série A. ' +
      'L’opération est menée par Garonne Capital, avec la participation de Chartrons Invest et de Bpifrance. ' +
      'La société, fondée en 2022, compte 35 salariés et prévoit de doubler ses effectifs d’ici 2028.',
    kind: 'round',
    rounds: [],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub19-28',
    style: 'business',
    phenomenon: 'in_talks,people_familiar,expected_to_lead,valuation_trap,terms_not_final,earlier_series_b_same_company,series_c',
    title: 'Claims-software maker Ferrulex in talks to raise at $600 million valuation',
    text:
      'Ferrulex, a Hartford startup whose software helps insurers settle car-damage claims from photos, is in talks to raise about $70 million in a Series C that would value it at around $600 million, according to two people familiar with the matter. ' +
      'Asylum Hill Partners is expected to lead the round, the people said.\n\n' +
      'The terms are not final and could change. Ferrulex raised a $25 million Series B in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Ferrulex', amount: 70e6, roundType: 'series_c', lead: ['Asylum Hill Partners'] }],
  },
  {
    id: 'ub19-29',
    style: 'business',
    phenomenon: 'in_talks,signed_term_sheet,led_by_in_pending_deal,expected_to_close_next_month,eur,due_diligence,series_a',
    title: 'Berlin’s Kiezbox signs term sheet for €20m Series A',
    text:
      'Kiezbox, a Berlin startup that runs shared parcel lockers in apartment-building courtyards, has signed a term sheet for a €20 million Series A led by Spree Delta Capital, two people with knowledge of the deal said. ' +
      'The round is expected to close next month, pending due diligence. Kiezbox co-founder Jana Voss declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Kiezbox', amount: 20e6, currency: 'EUR', roundType: 'series_a', lead: ['Spree Delta Capital'] }],
  },
  {
    id: 'ub19-30',
    style: 'business',
    phenomenon:
      'in_talks,indian_outlet,rs_crore,people_aware,existing_investor_expected_to_lead,new_investor_in_discussions,earlier_series_a_same_company,series_b',
    title: 'Tiffin startup Tiffinly in talks to raise Rs 200 crore',
    source: 'Mumbai Startup Wire',
    text:
      'Mumbai-based Tiffinly, which runs a subscription service for home-cooked lunch boxes delivered to offices, is in talks to raise Rs 200 crore in its Series B round, people aware of the development said. ' +
      'Existing investor Malabar Hill Capital is expected to lead the round, while a new investor, Powai Lake Partners, is also in discussions to take part.\n\n' +
      'The company had raised Rs 60 crore in its Series A in 2024. A Tiffinly spokesperson declined to comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Tiffinly',
        amount: 2e9,
        currency: 'INR',
        roundType: 'series_b',
        lead: ['Malabar Hill Capital'],
        other: ['Powai Lake Partners'],
      },
    ],
  },
  {
    id: 'ub19-31',
    style: 'blog',
    phenomenon: 'in_talks,founder_newsletter,out_raising,targeting_amount,no_lead_picked,lead_empty,revenue_multiple,series_a',
    title: 'We’re raising our Series A',
    source: 'Sprocketry (founder’s newsletter)',
    text:
      'Quick update for friends of Sprocketry: we’re officially out raising our Series A. We’re targeting $15M, and we haven’t picked a lead yet.\n\n' +
      'Since our seed in 2024, revenue is up 5x and we now service the e-bikes of 11 delivery fleets in three cities. ' +
      'If you know investors who care about urban logistics, I’d love an intro.\n\n' +
      '— Ravi Castellanos, CEO',
    kind: 'in_talks',
    rounds: [{ company: 'Sprocketry', amount: 15e6, roundType: 'series_a', lead: [] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub19-32',
    style: 'roundup',
    phenomenon: 'product_launch_list,prices_trap,subscription_price_trap,preorder_count,background_series_a',
    title: 'Launch log: five products that shipped this week',
    source: 'Gadget Bench',
    text:
      'Launch log\n\n' +
      '1. Fernwick Loop Buds — $129. Noise-cancelling earbuds with a 30-hour charging case.\n' +
      '2. Hearthly Cast — $349. A countertop oven that scans the barcodes on frozen meals and sets itself. Hearthly, which raised a $12M Series A last year, says pre-orders topped 20,000.\n' +
      '3. Trailmark GPS 2 — $199. A satellite messenger for hikers, now with two-way texting.\n' +
      '4. Inkpond Tablet — $599, or $12 a month for the note-sync service.\n' +
      '5. Mapleframe Desk — from $1,150. A standing desk made from Vermont hardwood.',
    kind: 'other',
    rounds: [],
    prior: ['Hearthly'],
  },
  {
    id: 'ub19-33',
    style: 'roundup',
    phenomenon:
      'whos_hiring_list,fresh_off_recent_series_b_background,raised_seed_in_2025_background,salary_band_trap,role_counts,backed_by_no_amount',
    title: 'Who’s hiring: five startups with open roles this month',
    source: 'Startup Jobs Weekly',
    text:
      'Who’s hiring\n\n' +
      'Quarrel Robotics (Pittsburgh) — 14 open roles in controls and field service. Fresh off a $30M Series B led by Three Rivers Growth in January.\n' +
      'Bluefin Ledger (Miami) — 6 roles, mostly sales. Backed by Biscayne Seed.\n' +
      'Saltbox Health (Portland, Maine) — 9 roles, including two nurse practitioners. Salary bands posted: $95k–$140k.\n' +
      'Ovenbird (remote) — 3 senior engineers; four-day week.\n' +
      'Gantrylane (Houston) — 11 roles at its new plant in Katy. Raised an $8M seed in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Quarrel Robotics', 'Bluefin Ledger', 'Gantrylane'],
  },
  {
    id: 'ub19-34',
    style: 'business',
    phenomenon:
      'layoffs_story,staff_percentage_trap,severance_trap,permits_not_renewed,background_series_b_with_lead,cash_runway',
    title: 'Sidewalk-robot maker Curbwise lays off 120 as city pilots end',
    text:
      'Curbwise, the Tucson maker of sidewalk delivery robots, is laying off 120 people, or about 40% of its staff, after two cities declined to renew its pilot permits, chief executive Lorna Vasquez said in a memo on Monday. ' +
      'The company will keep its 300 robots running on two university campuses, and departing staff will receive 12 weeks of pay.\n\n' +
      'Curbwise raised $64 million in a Series B led by Saguaro Peak Capital in 2024 and said last autumn that it had enough cash to last until 2027.',
    kind: 'other',
    rounds: [],
    prior: ['Curbwise'],
  },
  {
    id: 'ub19-35',
    style: 'business',
    phenomenon: 'quarterly_venture_report,eur_bn_aggregate,deal_count,biggest_deals_past_quarter,gbp_series_c_background',
    title: 'European startups raised €13.9bn in the fourth quarter, data show',
    source: 'Continental Capital Monitor',
    text:
      'Venture investment in European startups rose 6% to €13.9 billion in the fourth quarter of 2025, according to a report published on Monday by the data provider Kestrelgrid. ' +
      'The number of deals fell to 2,180, the lowest in five years, as money concentrated in fewer, larger rounds.\n\n' +
      'The quarter’s biggest deals were a €600 million Series D for the Paris AI lab Lumenarc, led by Quai Branly Partners, and a £310 million Series C for London’s Greyfriars Bio. ' +
      'Germany overtook France as the second-largest market after the UK.',
    kind: 'other',
    rounds: [],
    prior: ['Lumenarc', 'Greyfriars Bio'],
  },
  {
    id: 'ub19-36',
    style: 'roundup',
    phenomenon:
      'ma_roundup,acquisition,total_raised_background,undisclosed_sum,asset_sale_failed_to_raise,cash_and_stock,listed_buyer',
    title: 'M&A roundup: three software exits and a hardware rescue',
    source: 'Exit Watch',
    text:
      '• Pinemarten, a Denver maker of ticketing software for ski resorts, agreed to be acquired by the resort operator Alpenlodge Group for $210 million. Pinemarten had raised $34 million, most recently a Series B led by Telluride Row in 2023.\n' +
      '• Quibbler, an AI contract-review startup, was bought by the legal publisher Hartsell Vale for an undisclosed sum.\n' +
      '• Sootfall, a maker of chimney-inspection drones, sold its assets to a lender-backed buyer for $4 million after failing to raise a Series A.\n' +
      '• Listed payroll group Ambervale agreed to buy Shiftlark for $88 million in cash and stock.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Pinemarten'],
  },
  {
    id: 'ub19-37',
    style: 'roundup',
    phenomenon:
      'fund_close_list,fund_close,above_target,nok_billion,raised_for_debut_fund_trap,opportunity_fund,led_series_a_last_year_background',
    title: 'Fund closes this week',
    source: 'LP Corner',
    text:
      '• Ridgeback Forge Ventures closed its second fund at $180 million, above its $150 million target, to lead seed rounds in industrial software.\n' +
      '• Oslo’s Nordvik Kapital held a final close of NOK 1.2 billion for its third fund.\n' +
      '• Cassowary Capital, a Brisbane firm, raised A$90 million for a debut fund investing in agtech.\n' +
      '• Emberline Partners closed a $45 million opportunity fund to follow on in its best performers, including Tollgate AI, whose $20 million Series A it led last year.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Tollgate AI'],
  },
  {
    id: 'ub19-38',
    style: 'press',
    phenomenon: 'university_faculty_grants,federal_agencies,seed_grant_program_trap,over_five_years,no_company',
    title: 'Faculty research awards, spring 2026',
    source: 'Westbury State University, Office of Research',
    text:
      'The Office of Research congratulates the following faculty on new external awards:\n\n' +
      '• Prof. Adaeze Okonjo (Chemical Engineering): $1.2 million from the National Science Foundation for low-temperature ammonia catalysts.\n' +
      '• Dr. Marcus Lindqvist (Public Health): $2.8 million over five years from the National Institutes of Health to study heat stress in farmworkers.\n' +
      '• Prof. Yuki Tanabe (Mechanical Engineering): $450,000 from the Department of Energy for thermal storage in building walls.\n' +
      '• Dr. Renée Castell (Computer Science): $300,000 from the university’s internal Seed Grant program.\n\n' +
      'Faculty interested in licensing research results may contact the Technology Transfer Office.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub19-39',
    style: 'business',
    phenomenon: 'city_startup_awards,prize_money_trap,eur,public_vote_award,free_office_space,background_seed_with_lead',
    title: 'Rotterdam names winners of its Port City Startup Awards',
    text:
      'The City of Rotterdam on Monday named the winners of its annual startup awards, which carry a top prize of €50,000. ' +
      'First prize went to Kadewerk, which turns used ship ropes into insulation panels. Second prize, worth €25,000, went to Zeesluis Data, and a €10,000 public-vote award went to the bike-repair app Spaakmaat.\n\n' +
      'Kadewerk, founded in 2024, raised €1.4 million in a seed round led by Maasvlakte Ventures last year. ' +
      'The winners also get a year of free office space in the city’s Merwe-Vierhavens district.',
    kind: 'other',
    rounds: [],
    prior: ['Kadewerk'],
  },
  {
    id: 'ub19-40',
    style: 'business',
    phenomenon:
      'government_loan_guarantee,conditional_commitment,public_lender,not_final,jobs_count,background_series_c_with_lead',
    title: 'Energy Department offers $410 million loan guarantee to Ohio battery recycler',
    text:
      'The U.S. Department of Energy’s Loan Programs Office has offered a conditional commitment for a $410 million loan guarantee to Slagwell Materials to build a battery-recycling plant in Lordstown, Ohio, the department said on Monday. ' +
      'The guarantee would cover a loan from the Federal Financing Bank, and the commitment is not final until the company meets technical and financial conditions.\n\n' +
      'Slagwell, which raised a $90 million Series C led by Erie Shore Capital in 2025, expects the plant to employ 300 people.',
    kind: 'other',
    rounds: [],
    prior: ['Slagwell Materials'],
  },
  {
    id: 'ub19-41',
    style: 'wire',
    phenomenon: 'crypto_treasury_purchase,listed_company,bitcoin_count,convertible_note_sale_trap,share_price_move',
    title: 'Warehouse-software maker Quantrel buys $60 million of bitcoin for its treasury',
    text:
      'Quantrel Systems, the Nasdaq-listed maker of warehouse-management software, said on Monday it had bought about 700 bitcoin for roughly $60 million and would make the cryptocurrency its main treasury reserve asset. ' +
      'The company paid for the purchase with cash on hand and part of the proceeds of a $75 million convertible note sale in January. Its shares rose 14% in early trading.',
    kind: 'other',
    rounds: [],
    prior: ['Quantrel Systems'],
  },
  {
    id: 'ub19-42',
    style: 'business',
    phenomenon: 'share_buyback_private_company,own_cash,profitable,has_not_raised_since,background_series_a_with_lead',
    title: 'Profitable Fernleaf buys back $40 million of stock from early investors',
    text:
      'Fernleaf, the Minneapolis maker of bookkeeping software for churches and nonprofits, has bought back about $40 million of shares from its earliest investors and a few former employees, chief executive Odile Brandt said on Monday. ' +
      'The company paid for the buyback from its own cash. Fernleaf has been profitable since 2023 and has not raised outside money since a $15 million Series A led by Nicollet Mall Ventures in 2020.\n\n' +
      '“We would rather own more of the company than raise more money,” Brandt said.',
    kind: 'other',
    rounds: [],
    prior: ['Fernleaf'],
  },
  {
    id: 'ub19-43',
    style: 'business',
    phenomenon:
      'employee_tender_offer,tender_led_by_trap,no_new_shares,valuation_trap,previous_series_c_valuation_background,vested_stock_percentage',
    title: 'Codewharf staff to sell up to $250 million of shares in tender led by Stonegarth',
    text:
      'Employees of Codewharf, the San Francisco maker of AI coding assistants for banks, will be able to sell up to $250 million of their shares in a tender offer led by Stonegarth Capital, the company told staff on Monday. ' +
      'The tender values Codewharf at $4 billion, up from $2.6 billion in its Series C in October. The company will not issue new shares or receive any of the money.\n\n' +
      'Current employees with at least a year of service can sell up to 20% of their vested stock.',
    kind: 'other',
    rounds: [],
    prior: ['Codewharf'],
  },
  {
    id: 'ub19-44',
    style: 'blog',
    phenomenon: 'podcast_episode_notes,past_seed_2021,safe_cap_trap,chapter_timestamps,sponsor_offer,no_raise_since',
    title: 'Ep. 88: How we raised our seed in 2021 (and what we’d do differently now)',
    source: 'Bootstrapped to Backed (podcast)',
    text:
      'This week, host Priya Dammann talks to Elliot Brandvold, co-founder of the freight-audit startup Haulmark, about raising Haulmark’s $3.5 million seed round in the summer of 2021, when, as he puts it, “term sheets arrived before the second meeting.” ' +
      'They cover why Haulmark took money on a SAFE with a $30 million cap, what happened when the market turned in 2022, and how the company has grown since without raising again.\n\n' +
      'Chapters:\n' +
      '(00:00) Intro\n' +
      '(04:12) The 2021 seed: 11 days, 3 term sheets\n' +
      '(22:40) The cap that came back to bite\n' +
      '(38:05) Advice for founders raising in 2026\n\n' +
      'This episode is sponsored by Ledgerloop. Get three months free with the code BACKED.',
    kind: 'other',
    rounds: [],
    prior: ['Haulmark'],
  },
  {
    id: 'ub19-45',
    style: 'foreign',
    phenomenon: 'other_language,german,new_office,jobs_count,revenue_millionen_euro_trap,no_round_planned',
    title: 'Hamburger Start-up Kranich Logistik eröffnet Standort in Leipzig',
    text:
      'Das Hamburger Start-up Kranich Logistik, das Software für die Planung von Containerumschlägen entwickelt, eröffnet einen zweiten Standort in Leipzig. ' +
      'Dort sollen bis Ende des Jahres 25 neue Arbeitsplätze entstehen, teilte das Unternehmen am Montag mit. ' +
      'Kranich Logistik setzte im vergangenen Jahr nach eigenen Angaben 4,2 Millionen Euro um und schreibt seit 2025 schwarze Zahlen. ' +
      'Eine neue Finanzierungsrunde sei derzeit nicht geplant, sagte Geschäftsführerin Svenja Brückner.',
    kind: 'other',
    rounds: [],
  },
];
