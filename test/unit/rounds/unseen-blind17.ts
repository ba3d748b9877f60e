// A seventeenth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "last week" is early March 2026, "last year" and "last spring" are 2025.
// Theme: what RSS/Atom feed items look like when a digest bot reads them, a title plus a short
// description. Styles: Google-News items whose title ends " - Outlet Name" and whose description
// only repeats the title and the outlet (one a cluster of two outlets' headlines); aggregator titles
// with a leading tag ("Exclusive:", "Scoop:", "Funding:", "[Deal]", 🚀, 🪙); teasers cut off
// mid-sentence with "…", "[…]", "[+]", "Read more »", "Continue reading", "Weiterlesen"; WordPress
// boilerplate ("The post X appeared first on Y.", Spanish "La entrada X se publicó primero en Y.",
// French "Cet article est apparu en premier sur Y."); "Subscribe to our newsletter", "Photo: …",
// "(Image credit: …)"; a description that is only a byline and a date; a leftover HTML entity
// ("&#8217;"); Title Case headlines ("Kestrel Grid Raises $20 Million Series B To Expand Into
// Europe", a VC's "Closes $400M Fund III", an IPO filing); an all-caps wire slug ("UPDATE 1-KEELWELD
// ROBOTICS RAISES $32 MLN …") over a mixed-case body with "(Adds …)" and "(Reporting by …)"; a PR-wire
// description opening with a dateline ("SAN FRANCISCO, March 9, 2026 /PRNewswire/ --") and cut off
// in the middle of an investor's name; a newsletter's "Monday money" item with three rounds and a
// combined total; a podcast episode; an opinion column; German, Spanish, Portuguese and French items.
// Phenomena: the amount only in the title and the lead only in the description; a title repeated
// inside its description (one round, not two); a description cut off before any amount (amount null);
// names that are common words ("Tallyho", "Elevenses", "Plinth", "Cuadrante"), with digits
// ("Kovo3D", "3Fold Materials"), dotted ("Mossgate.io"), two words ("Kestrel Grid", "Tern Health") and
// "AI"-suffixed ("Cartograph AI", "Granary AI", "Clausewell AI"); amounts as "$9.5M", "US$20 million",
// "$6 million (£4.7m)", "£4.5m", "S$8 million (US$6 million)", "C$15-million", "Rs 50 crore", "€15 Mio."
// and "15 Millionen Euro", "3 millones de euros", "R$ 40 milhões", "$32 MLN"; lead wordings "led by",
// "co-led by", "X led the round", "with X leading", "spearheaded by", "Angeführt wird die Runde von",
// "liderada por", "liderada pela", "($22M Series A, led by X)"; a single named investor with no lead
// ("raised the money from A and B", "from X, terms undisclosed", "strategic investment from X", "credit
// facility from X"). In-talks: a "Scoop:" ("in talks … expected to lead"), an AI lab "in talks to
// raise … set to lead", a London insurtech "sounding out investors … a lead investor has not yet been
// chosen", and an Indian "advanced talks … Rs 250 crore … likely to lead".
// Distractors: a cloud contract between a big-tech company and an AI lab, a CHIPS Act grant to a
// chipmaker, an EU antitrust fine, a unicorn's employee tender offer "led by" an existing investor, an
// early backer's secondary sale at a valuation, an AI lab's valuation in talks over a sale of existing
// shares (no new money, so not in talks), "X to buy Y for $Z" (kind 'acquisition'), a SPAC merger and
// an IPO filing (kind 'ipo'), a crypto token launch, a VC's Fund III and a French fund's final close
// (kind 'fund_close'), layoffs with the total raised, a federal grant programme, an earnings report
// ("raises outlook", buyback), a streaming service that "raises prices", a utility's bond sale, a
// CFO hire, an accelerator's Demo Day with its standard cheque, a podcast about a past Series A, a
// "biggest rounds of February" list, and an opinion column on Series A sizes.
// Conventions (those of checks.ts, unseen-blind12.ts and unseen-blind14.ts): company as the text names
// it, without the " - Outlet" suffix or a tag; amount in the currency first stated (ISO code when not
// USD): "$6 million (£4.7m)" is 6e6 USD, "S$8 million (US$6 million)" 8e6 SGD, "US$20 million" 20e6
// USD, "Rs 50 crore" 5e8 INR, "R$ 40 milhões" 40e6 BRL; an amount stated only in the title counts; a
// round whose amount the teaser cuts off is amount null; `lead` only where the text says who led or
// co-led (or, in talks, who is expected/set/likely to lead), `lead: []` where a lead "has not yet been
// chosen"; `other` for named participants, not for a name the teaser cuts off ("Presidio …") nor for
// photo credits, bylines or outlets. Round types: a "seed extension" is 'extension'; an AI lab's "new
// funding" is 'unknown'; a corporate's "strategic investment" 'strategic'; a "credit facility" 'debt'.
// Non-English rounds are labelled as rounds like English ones. The tender offer, the secondary sale and
// the share-sale talks raise no money for the company, so they have no round. Labelled by hand; a
// reader of each text should agree with every label.
// First look (2026-12-07 11:23, no rule changed for it; measured after the fixes for unseen-blind15.ts
// and unseen-blind16.ts): company F1 0.900 (P 0.90 / R 0.90), amount 96.0 %, type 96.2 %, lead F1
// 0.909, 1 false round (an aggregator's " - The Wire Desk" read as the company of a share-sale
// valuation) + 1 background ("How Dunmore raised its Series A") + 1 wrong name (a newsletter title's
// combined total); the three rounds missed are the texts in German, Spanish and Portuguese (read as no
// rounds by design). After the fixes (blind15-ways.test.ts): 0.947 · 100 % · 100 % · 0.909 · 0 false
// rounds, 0 wrong names. A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND17: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub17-01',
    style: 'business',
    phenomenon:
      'google_news_item,outlet_suffix_in_title,description_repeats_title_and_outlet,common_word_name,no_lead_stated,series_a',
    title: 'Tallyho raises $18 million Series A to automate restaurant inventory - Lakeshore Business Journal',
    source: 'Google News · "series a"',
    text: 'Tallyho raises $18 million Series A to automate restaurant inventory  Lakeshore Business Journal',
    kind: 'round',
    rounds: [{ company: 'Tallyho', amount: 18e6, roundType: 'series_a' }],
  },
  {
    id: 'ub17-02',
    style: 'business',
    phenomenon:
      'title_case_headline,amount_only_in_title,lead_only_in_description,company_only_possessive_in_description,continue_reading_teaser,seed',
    title: 'Brinewell Secures $9.5M Seed Round To Bring Desalination To Small Farms',
    source: 'Furrow & Field Tech',
    text:
      'The round was led by Saltmarsh Ventures, with participation from Oyster Point Capital and a group of farmers from California’s Central Valley. ' +
      'Brinewell’s solar-powered units turn salty groundwater into irrigation water for growers whose wells have … Continue reading',
    kind: 'round',
    rounds: [
      {
        company: 'Brinewell',
        amount: 9.5e6,
        roundType: 'seed',
        lead: ['Saltmarsh Ventures'],
        other: ['Oyster Point Capital'],
      },
    ],
  },
  {
    id: 'ub17-03',
    style: 'business',
    phenomenon:
      'exclusive_tag,common_word_name,told_outlet,existing_investors_also_took_part,teaser_cut_before_valuation,series_b',
    title: 'Exclusive: Elevenses raises $40 million as payroll for gig platforms heats up',
    source: 'The Ledger Line',
    text:
      'Elevenses, a San Francisco startup that pays workers on behalf of gig-economy platforms in 30 countries, has raised $40 million in a Series B round led by Larkspur Growth, the company told The Ledger Line. ' +
      'Existing investors Pinecrest Ventures and Tollhouse Capital also took part in the round, which chief executive Ruth Adeyemi said values the company at more than …',
    kind: 'round',
    rounds: [
      {
        company: 'Elevenses',
        amount: 40e6,
        roundType: 'series_b',
        lead: ['Larkspur Growth'],
        other: ['Pinecrest Ventures', 'Tollhouse Capital'],
      },
    ],
  },
  {
    id: 'ub17-04',
    style: 'roundup',
    phenomenon: 'bracket_deal_tag,name_with_digit,eur_m_suffix,state_fund_participates,read_more_marker,seed',
    title: '[Deal] Kovo3D raises €4M seed to 3D-print spare parts for rail',
    source: 'CEE Startup Digest',
    text:
      'Ostrava-based Kovo3D has raised €4 million in a seed round led by Landek Ventures, with the Czech state-owned National Development Fund also investing. ' +
      'The company prints certified metal spare parts on demand for rail operators and tram networks, cutting lead times from months to days. Read more »',
    kind: 'round',
    rounds: [
      {
        company: 'Kovo3D',
        amount: 4e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Landek Ventures'],
        other: ['National Development Fund'],
      },
    ],
  },
  {
    id: 'ub17-05',
    style: 'blog',
    phenomenon:
      'emoji_first_title,dotted_name,usd_first_gbp_conversion,uk_company_in_dollars,x_led_the_round,sensor_count_trap,seed',
    title: '🚀 Mossgate.io raises $6M seed to help landlords track damp and mould',
    source: 'Founders Feed',
    text:
      'Mossgate.io, a London startup whose battery-powered sensors warn landlords and housing associations about damp before mould appears, has raised $6 million (£4.7m) in seed funding. ' +
      'Hoxton Rail Ventures led the round, with Limehouse Cut Capital participating. The company said its sensors are in 14,000 homes. 👉 Read the full story',
    kind: 'round',
    rounds: [
      {
        company: 'Mossgate.io',
        amount: 6e6,
        roundType: 'seed',
        lead: ['Hoxton Rail Ventures'],
        other: ['Limehouse Cut Capital'],
      },
    ],
  },
  {
    id: 'ub17-06',
    style: 'business',
    phenomenon:
      'title_case_headline,description_repeats_title,two_word_name,co_led_by,earlier_series_a_same_company,bracket_ellipsis,the_post_appeared_first_on,series_b',
    title: 'Kestrel Grid Raises $20 Million Series B To Expand Into Europe',
    source: 'GridBeat',
    text:
      'Kestrel Grid Raises $20 Million Series B To Expand Into Europe\n\n' +
      'Kestrel Grid, the Austin-based developer of software that helps utilities plan where to connect new solar and battery projects, announced Monday it has raised $20 million in a Series B round co-led by Pecos Energy Ventures and Redbird Hollow Capital. ' +
      'The company, which raised a $7 million Series A in 2024, will open an office in Amsterdam […]\n\n' +
      'The post Kestrel Grid Raises $20 Million Series B To Expand Into Europe appeared first on GridBeat.',
    kind: 'round',
    rounds: [
      {
        company: 'Kestrel Grid',
        amount: 20e6,
        roundType: 'series_b',
        lead: ['Pecos Energy Ventures', 'Redbird Hollow Capital'],
      },
    ],
  },
  {
    id: 'ub17-07',
    style: 'wire',
    phenomenon:
      'all_caps_wire_slug,update_1_prefix,mln_abbreviation,adds_note,mixed_case_body,reporting_by_trailer,workforce_trap,series_c',
    title: 'UPDATE 1-KEELWELD ROBOTICS RAISES $32 MLN IN SERIES C LED BY QUARRYSTONE',
    source: 'Tidewater Wire — Technology',
    text:
      '(Adds CEO comment, details on hiring)\n\n' +
      'March 9 (Tidewater Wire) - Keelweld Robotics, a Pittsburgh maker of robots that weld steel ship hulls, said on Monday it raised $32 million in a Series C funding round led by Quarrystone Partners.\n\n' +
      'Existing investor Monongahela Forge Fund also participated, the company said. ' +
      'Chief executive Lena Marsh said Keelweld would use the money to double its 140-person workforce and to build robots for two shipyards in Virginia.\n\n' +
      '(Reporting by Tom Ekwueme; Editing by Carla Bissett)',
    kind: 'round',
    rounds: [
      {
        company: 'Keelweld Robotics',
        amount: 32e6,
        roundType: 'series_c',
        lead: ['Quarrystone Partners'],
        other: ['Monongahela Forge Fund'],
      },
    ],
  },
  {
    id: 'ub17-08',
    style: 'press',
    phenomenon:
      'pr_wire_dateline_description,title_case_announces,new_and_existing_investors,truncated_investor_name_not_labelled,series_b',
    title: 'Pellucid Health Announces $25 Million Series B Financing to Expand Home Dialysis Monitoring',
    source: 'Press releases · Health (wire feed)',
    text:
      'SAN FRANCISCO, March 9, 2026 /PRNewswire/ -- Pellucid Health, a provider of remote monitoring for patients on home dialysis, today announced the close of a $25 million Series B financing led by Embarcadero Health Partners, ' +
      'with participation from new investor Twin Peaks Capital and existing investors Presidio …',
    kind: 'round',
    rounds: [
      {
        company: 'Pellucid Health',
        amount: 25e6,
        roundType: 'series_b',
        lead: ['Embarcadero Health Partners'],
        other: ['Twin Peaks Capital'],
      },
    ],
  },
  {
    id: 'ub17-09',
    style: 'business',
    phenomenon: 'description_only_byline_and_date,everything_in_title,m_suffix_amount,led_by_in_title,series_a',
    title: 'Driftline raises $12M Series A led by Copperfield Ventures to build flood maps for insurers',
    source: 'Coastline Tech',
    text: 'By Marisa Quell | March 9, 2026',
    kind: 'round',
    rounds: [{ company: 'Driftline', amount: 12e6, roundType: 'series_a', lead: ['Copperfield Ventures'] }],
  },
  {
    id: 'ub17-10',
    style: 'business',
    phenomenon:
      'photo_caption_first,image_credit_company,gbp_m_suffix,html_entity_leftover,subscribe_boilerplate,bags_headline,seed',
    title: 'Finchwork bags £4.5m to bring payroll to UK nurseries',
    source: 'North West Startup Bulletin',
    text:
      'Photo: Finchwork co-founders Hannah Lyle and Dev Mistry (Image credit: Finchwork)\n\n' +
      'Manchester-based Finchwork has raised £4.5m in a seed round led by Irwell Capital, with Ancoats Angels also investing. ' +
      'The startup&#8217;s software handles payroll, funded-hours claims and parent invoices for 300 nurseries across England.\n\n' +
      'Subscribe to our newsletter for the week’s biggest deals in the North West.',
    kind: 'round',
    rounds: [
      {
        company: 'Finchwork',
        amount: 4.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Irwell Capital'],
        other: ['Ancoats Angels'],
      },
    ],
  },
  {
    id: 'ub17-11',
    style: 'business',
    phenomenon:
      'google_news_item,outlet_suffix_in_title,indian_outlet,rs_crore_no_conversion,spearheaded_by,bracket_ellipsis_after_participant,series_a',
    title: 'Chennai-based Velaithalam raises Rs 50 crore in Series A - The Startup Scroll',
    source: 'Google News · startup funding India',
    text:
      'Chennai-based Velaithalam, which connects factories with blue-collar workers in Tamil Nadu and Karnataka, has raised Rs 50 crore in a Series A funding round spearheaded by Adyar Capital. ' +
      'The round also saw participation from existing investors Kaveri Seed Fund and […]',
    kind: 'round',
    rounds: [
      {
        company: 'Velaithalam',
        amount: 500e6,
        currency: 'INR',
        roundType: 'series_a',
        lead: ['Adyar Capital'],
        other: ['Kaveri Seed Fund'],
      },
    ],
  },
  {
    id: 'ub17-12',
    style: 'business',
    phenomenon:
      'singapore_outlet,sgd_prefix_first,usd_conversion_in_parentheses,with_x_leading,image_credit,the_post_appeared_first_on,seed',
    title: 'Singapore’s Pandan Labs raises S$8 million seed to digitise hawker supply orders',
    source: 'Lion City Startups',
    text:
      'Pandan Labs, which lets hawker stalls order ingredients from wholesalers through a chat app, has raised S$8 million (US$6 million) in seed funding, with Telok Ayer Ventures leading. ' +
      'Kallang Angels and several food-and-beverage operators also invested. (Image credit: Pandan Labs)\n\n' +
      'The post Singapore’s Pandan Labs raises S$8 million seed to digitise hawker supply orders appeared first on Lion City Startups.',
    kind: 'round',
    rounds: [
      {
        company: 'Pandan Labs',
        amount: 8e6,
        currency: 'SGD',
        roundType: 'seed',
        lead: ['Telok Ayer Ventures'],
        other: ['Kallang Angels'],
      },
    ],
  },
  {
    id: 'ub17-13',
    style: 'business',
    phenomenon:
      'google_news_item,outlet_suffix_in_title,cad_prefix_hyphenated_million,crown_corporation_participant,ellipsis_teaser,series_a',
    title: 'Northmark closes C$15-million Series A for wildfire-smoke air filters - Pacific Rim Business Daily',
    source: 'Google News · Canada venture',
    text:
      'Vancouver-based Northmark, which makes low-cost air filters for schools and care homes in wildfire regions, has closed a C$15-million Series A financing led by Burrard Inlet Capital. ' +
      'BDC Capital also participated. The company said it would use the money to …',
    kind: 'round',
    rounds: [
      {
        company: 'Northmark',
        amount: 15e6,
        currency: 'CAD',
        roundType: 'series_a',
        lead: ['Burrard Inlet Capital'],
        other: ['BDC Capital'],
      },
    ],
  },
  {
    id: 'ub17-14',
    style: 'foreign',
    phenomenon:
      'german_item,eur_mio_in_title,millionen_euro_in_body,angefuehrt_von,bestandsinvestor,public_vc_participant,weiterlesen_marker,series_a',
    title: 'Münchner Startup Quellwerk sichert sich €15 Mio. in Series-A-Runde',
    source: 'Startup-Ticker Süd',
    text:
      'Das Münchner Startup Quellwerk, das mit Akustiksensoren Lecks in kommunalen Wassernetzen aufspürt, hat in einer Series-A-Finanzierungsrunde 15 Millionen Euro eingesammelt. ' +
      'Angeführt wird die Runde von Isarwinkel Ventures; außerdem beteiligen sich der Bestandsinvestor Schwabinger Seed und Bayern Kapital. ' +
      'Mit dem Geld will Quellwerk nach Österreich und in die Schweiz expandieren … Weiterlesen',
    kind: 'round',
    rounds: [
      {
        company: 'Quellwerk',
        amount: 15e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Isarwinkel Ventures'],
        other: ['Schwabinger Seed', 'Bayern Kapital'],
      },
    ],
  },
  {
    id: 'ub17-15',
    style: 'foreign',
    phenomenon:
      'spanish_item,millones_de_euros,ronda_semilla,liderada_por,con_la_participacion_de,dot_thousands_trap,foto_credit,la_entrada_se_publico_primero_en,seed',
    title: 'La startup madrileña Cuadrante levanta 3 millones de euros en una ronda semilla',
    source: 'Boletín Emprendedor',
    text:
      'Cuadrante, que desarrolla un software para gestionar comunidades de vecinos, ha cerrado una ronda semilla de 3 millones de euros liderada por Retiro Capital, con la participación de Lavapiés Ventures y un grupo de business angels. ' +
      'La compañía, fundada en 2024 por los hermanos Lucía y Pablo Ferrán, gestiona ya más de 2.000 fincas en Madrid y Valencia. (Foto: Cuadrante)\n\n' +
      'La entrada La startup madrileña Cuadrante levanta 3 millones de euros en una ronda semilla se publicó primero en Boletín Emprendedor.',
    kind: 'round',
    rounds: [
      {
        company: 'Cuadrante',
        amount: 3e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Retiro Capital'],
        other: ['Lavapiés Ventures'],
      },
    ],
  },
  {
    id: 'ub17-16',
    style: 'foreign',
    phenomenon: 'portuguese_item,brl_prefix_milhoes,capta_verb,liderada_pela,teve_a_participacao_da,plus_marker_teaser,series_a',
    title: 'Fintech paulista Caderneta Pay capta R$ 40 milhões em rodada série A',
    source: 'Radar de Startups',
    text:
      'A Caderneta Pay, fintech de São Paulo que oferece crédito a pequenos comerciantes com base nas vendas recebidas via Pix, captou R$ 40 milhões em uma rodada série A liderada pela Ipê Roxo Capital. ' +
      'A rodada teve ainda a participação da Jabuticaba Ventures e de investidores-anjo. Fundada em 2023, a empresa diz ter concedido … [+]',
    kind: 'round',
    rounds: [
      {
        company: 'Caderneta Pay',
        amount: 40e6,
        currency: 'BRL',
        roundType: 'series_a',
        lead: ['Ipê Roxo Capital'],
        other: ['Jabuticaba Ventures'],
      },
    ],
  },
  {
    id: 'ub17-17',
    style: 'roundup',
    phenomenon:
      'newsletter_item,multi_round,combined_total_in_title_trap,parenthetical_amount_and_lead,seed_extension_no_lead,common_word_name,paywall_trailer,series_a,seed',
    title: 'Monday money: Kelso, Orbitware and Plinth raise a combined $41M',
    source: 'The Cap Table (newsletter)',
    text:
      'Kelso ($22M Series A, led by Tarn Valley Partners) makes inspection software for highway bridges. ' +
      'Orbitware ($11M seed, led by Ridgeback Capital, with Hollins Fund) sells ground-station time to small satellite operators. ' +
      'Plinth ($8M seed extension) builds … The full roundup is for paid subscribers.',
    kind: 'round',
    rounds: [
      { company: 'Kelso', amount: 22e6, roundType: 'series_a', lead: ['Tarn Valley Partners'] },
      { company: 'Orbitware', amount: 11e6, roundType: 'seed', lead: ['Ridgeback Capital'], other: ['Hollins Fund'] },
      { company: 'Plinth', amount: 8e6, roundType: 'extension' },
    ],
  },
  {
    id: 'ub17-18',
    style: 'business',
    phenomenon: 'outlet_suffix_in_title,ai_suffix_name,raised_the_money_from_a_and_b,no_lead,amount_only_in_title,pre_seed',
    title: 'Cartograph AI raises $3.2M pre-seed to turn zoning codes into maps - Civic Tech Weekly',
    source: 'Google News · civic tech',
    text:
      'Cartograph AI, founded last year by two former Philadelphia city planners, raised the money from Schuylkill Seed and Fishtown Angels, the company said on Monday. ' +
      'Its software reads municipal zoning codes and turns them into searchable maps for developers …',
    kind: 'round',
    rounds: [
      {
        company: 'Cartograph AI',
        amount: 3.2e6,
        roundType: 'pre_seed',
        other: ['Schuylkill Seed', 'Fishtown Angels'],
      },
    ],
  },
  {
    id: 'ub17-19',
    style: 'business',
    phenomenon:
      'name_starting_with_digit,lands_headline,x_led_the_round,corporate_participant,continue_reading_in_brackets,series_b',
    title: '3Fold Materials lands $27 million Series B for low-carbon cement additive',
    source: 'Southeast Tech Wire',
    text:
      'Atlanta-based 3Fold Materials said Monday it had raised $27 million in a Series B round. ' +
      'Chattahoochee Partners led the round, with participation from cement maker Piedmont Aggregates and … [Continue reading]',
    kind: 'round',
    rounds: [
      {
        company: '3Fold Materials',
        amount: 27e6,
        roundType: 'series_b',
        lead: ['Chattahoochee Partners'],
        other: ['Piedmont Aggregates'],
      },
    ],
  },
  {
    id: 'ub17-20',
    style: 'roundup',
    phenomenon:
      'funding_tag,investor_first_headline,ai_suffix_name,strategic_investment_from_corporate,earlier_seed_same_company,elevator_count_trap,photo_credit,strategic',
    title: 'Funding: Grain trader Verdance Group backs Granary AI with $10M strategic investment',
    source: 'AgriFood Deals',
    text:
      'Granary AI, which uses sensors and machine learning to predict spoilage in grain silos, said it had received a $10 million strategic investment from Verdance Group, the Minneapolis grain trader. ' +
      'Verdance will roll out Granary’s sensors across its 80 elevators in the Midwest. ' +
      'Granary AI previously raised a $4 million seed round from Kettle Moraine Ventures. Photo: Granary AI',
    kind: 'round',
    rounds: [{ company: 'Granary AI', amount: 10e6, roundType: 'strategic', other: ['Verdance Group'] }],
  },
  {
    id: 'ub17-21',
    style: 'business',
    phenomenon: 'credit_facility,secures_headline,debt_provider_named,read_full_story_trailer,debt',
    title: 'Solwick secures $50M debt facility to finance home batteries',
    source: 'Sunbelt Energy Times',
    text:
      'Solwick, a Phoenix company that installs home batteries and sells the stored power back to utilities during heat waves, has secured a $50 million credit facility from Mesa Verde Credit Partners. ' +
      'The company will draw on the facility to pay for batteries as customers sign up. Read the full story at Sunbelt Energy Times.',
    kind: 'round',
    rounds: [{ company: 'Solwick', amount: 50e6, roundType: 'debt', other: ['Mesa Verde Credit Partners'] }],
  },
  {
    id: 'ub17-22',
    style: 'business',
    phenomenon:
      'teaser_cut_before_amount,amount_null,no_amount_in_title,led_by,angel_group_participant,read_more_marker,series_a',
    title: 'Cystline Bio closes Series A to take kidney drug into the clinic',
    source: 'BioPulse Daily',
    text:
      'Cystline Bio, a Boston biotech developing an oral drug for polycystic kidney disease, has closed a Series A round led by Beacon Hill Bio Partners, the company said on Monday. ' +
      'Charles River Angels also took part. The … [Read more]',
    kind: 'round',
    rounds: [
      {
        company: 'Cystline Bio',
        amount: null,
        roundType: 'series_a',
        lead: ['Beacon Hill Bio Partners'],
        other: ['Charles River Angels'],
      },
    ],
  },
  {
    id: 'ub17-23',
    style: 'business',
    phenomenon: 'southeast_asia_outlet,us_dollar_prefix,lead_only_in_description,shop_count_trap,photo_and_image_credit,series_b',
    title: 'Jakarta’s Gudangria raises US$20 million Series B',
    source: 'SEA Deal Wire',
    text:
      'Indonesian B2B grocery platform Gudangria has raised US$20 million in a Series B round led by Kemang Growth Partners, with participation from Sunda Strait Capital and existing investors. ' +
      'Gudangria supplies 45,000 small shops in Java with rice, cooking oil and instant noodles on 14-day credit.\n\n' +
      'Photo: Gudangria’s warehouse in Bekasi. (Image credit: Gudangria)',
    kind: 'round',
    rounds: [
      {
        company: 'Gudangria',
        amount: 20e6,
        roundType: 'series_b',
        lead: ['Kemang Growth Partners'],
        other: ['Sunda Strait Capital'],
      },
    ],
  },
  {
    id: 'ub17-24',
    style: 'business',
    phenomenon:
      'google_news_item,outlet_suffix_in_title,description_repeats_title_and_outlet,terms_undisclosed,amount_null,from_x_not_led,two_word_name,series_a',
    title: 'Tern Health raises Series A from Ferrybridge Partners, terms undisclosed - Healthbeat Daily',
    source: 'Google News · healthtech funding',
    text: 'Tern Health raises Series A from Ferrybridge Partners, terms undisclosed  Healthbeat Daily',
    kind: 'round',
    rounds: [{ company: 'Tern Health', amount: null, roundType: 'series_a', other: ['Ferrybridge Partners'] }],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub17-25',
    style: 'roundup',
    phenomenon: 'in_talks,scoop_tag,ai_suffix_name,valuation_trap,expected_to_lead,subscribe_to_read_trailer,series_c',
    title: 'Scoop: Clausewell AI in talks to raise $100M at $1B valuation',
    source: 'The Deal Sheet',
    text:
      'Clausewell AI, which builds agents that mark up contracts for in-house legal teams, is in talks to raise about $100 million in a Series C round that would value it at $1 billion, according to two people familiar with the discussions. ' +
      'Harrowgate Capital is expected to lead, the people said. Clausewell declined to comment. Subscribe to read the rest of this scoop.',
    kind: 'in_talks',
    rounds: [{ company: 'Clausewell AI', amount: 100e6, roundType: 'series_c', lead: ['Harrowgate Capital'] }],
  },
  {
    id: 'ub17-26',
    style: 'business',
    phenomenon: 'in_talks,ai_lab,outlet_suffix_in_title,set_to_lead,new_funding_no_stage,ellipsis_teaser,unknown_type',
    title: 'AI lab Meridian Reasoning in talks to raise $500 million, Tidemark Partners set to lead - The Wire Desk',
    source: 'Google News · AI funding',
    text:
      'Meridian Reasoning, a two-year-old AI lab based in London and Toronto, is in talks to raise $500 million in new funding, with Tidemark Partners set to lead, according to people familiar with the matter. ' +
      'The round would more than triple …',
    kind: 'in_talks',
    rounds: [{ company: 'Meridian Reasoning', amount: 500e6, roundType: 'unknown', lead: ['Tidemark Partners'] }],
  },
  {
    id: 'ub17-27',
    style: 'business',
    phenomenon:
      'in_talks,exclusive_tag,sounding_out_investors,gbp_m_suffix,lead_not_yet_chosen,existing_backer_expected_to_take_part,series_b',
    title: 'Exclusive: London insurtech Gablewise sounds out investors for £25m Series B',
    source: 'City Fintech Journal',
    text:
      'Gablewise, which sells buildings insurance to landlords of blocks of flats, has begun sounding out investors for a £25m Series B, two people close to the company said. ' +
      'A lead investor has not yet been chosen. Existing backer Aldgate Pump Ventures is expected to take part …',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Gablewise',
        amount: 25e6,
        currency: 'GBP',
        roundType: 'series_b',
        lead: [],
        other: ['Aldgate Pump Ventures'],
      },
    ],
  },
  {
    id: 'ub17-28',
    style: 'business',
    phenomenon: 'in_talks,outlet_suffix_in_title,indian_outlet,advanced_talks,rs_crore,likely_to_lead,people_aware,series_c',
    title: 'Ghatpass Logistics in advanced talks to raise Rs 250 crore; Sahyadri Capital likely to lead - The Startup Scroll',
    source: 'Google News · startup funding India',
    text:
      'Pune-based Ghatpass Logistics, which runs a freight marketplace for mid-sized trucks, is in advanced talks to raise Rs 250 crore in its Series C round, with Sahyadri Capital likely to lead, people aware of the matter said. ' +
      'Existing investors are also expected to …',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Ghatpass Logistics',
        amount: 2.5e9,
        currency: 'INR',
        roundType: 'series_c',
        lead: ['Sahyadri Capital'],
      },
    ],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub17-29',
    style: 'business',
    phenomenon: 'big_tech_cloud_deal,contract_value_trap,title_case_headline,background_series_d_with_lead,continue_reading',
    title: 'Stratosfer Signs $12 Billion Cloud Deal With AI Lab Halvard Labs',
    source: 'Infra Ledger',
    text:
      'Stratosfer said on Monday that Halvard Labs had agreed to spend $12 billion over five years on computing capacity in Stratosfer’s data centers, one of the largest cloud contracts ever signed. ' +
      'Halvard, which raised $2 billion in a Series D led by Bellhaven Partners last year, will get early access to Stratosfer’s next-generation AI chips. Continue reading…',
    kind: 'other',
    rounds: [],
    prior: ['Halvard Labs'],
  },
  {
    id: 'ub17-30',
    style: 'wire',
    phenomenon: 'chips_act_grant,public_body,up_to_amount,plant_cost_trap,outlet_suffix_in_title,photo_credit',
    title: 'Commerce Department to award up to $1.4 billion to Tessaron Semiconductor for Ohio plant - Great Lakes Wire',
    source: 'Google News · semiconductors',
    text:
      'The U.S. Department of Commerce said on Monday it had signed a preliminary agreement to provide Tessaron Semiconductor with up to $1.4 billion in grants under the CHIPS and Science Act for a $9 billion chip-packaging plant near Columbus, Ohio. ' +
      'The plant is expected to employ 2,000 people … (Photo: Tessaron Semiconductor)',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub17-31',
    style: 'wire',
    phenomenon: 'antitrust_fine,eur_billion,google_news_cluster_two_outlets,outlet_suffix_in_title,appeal',
    title: 'EU fines Omnivue €1.2 billion over search-ad practices - Brussels Ledger',
    source: 'Google News · technology',
    text:
      'EU fines Omnivue €1.2 billion over search-ad practices  Brussels Ledger\n' +
      'Omnivue to appeal European Commission’s ad-tech fine  Tidewater Wire',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub17-32',
    style: 'business',
    phenomenon:
      'unicorn_employee_tender_offer,tender_led_by_existing_investor_trap,valuation_trap,not_raising_new_money,background_series_d,subscribe_boilerplate',
    title: 'Wagecraft offers employees liquidity in $300M tender at $9B valuation',
    source: 'Fintech Frontline',
    text:
      'Wagecraft, the payroll and benefits unicorn, will buy back up to $300 million of shares from current and former employees in a tender offer that values the company at $9 billion, it told staff on Monday. ' +
      'The tender is led by existing investor Bramwell Growth, which will buy most of the shares. ' +
      'Wagecraft is not raising new money; its last primary round was a $250 million Series D in 2024. Subscribe to Fintech Frontline for more.',
    kind: 'other',
    rounds: [],
    prior: ['Wagecraft'],
  },
  {
    id: 'ub17-33',
    style: 'business',
    phenomenon: 'secondary_sale_by_early_backer,valuation_trap,secondaries_buyer,no_new_shares,background_series_c_with_lead',
    title: 'Early backer sells Quarry Health stake at $2.4 billion valuation',
    source: 'Health Capital Brief',
    text:
      'Linthwaite Ventures has sold about a third of its stake in Quarry Health to Saltire Secondaries in a deal that values the telehealth company at $2.4 billion, people familiar with the transaction said. ' +
      'No new shares were issued. Quarry Health raised $120 million in a Series C led by Linthwaite in 2024 …',
    kind: 'other',
    rounds: [],
    prior: ['Quarry Health'],
  },
  {
    id: 'ub17-34',
    style: 'wire',
    phenomenon:
      'ai_lab_valuation_talks,share_sale_of_existing_shares,in_talks_not_a_round,no_new_money,outlet_suffix_in_title,background_raise_last_year',
    title: 'Orrery AI valuation could top $80 billion in employee share-sale talks - The Wire Desk',
    source: 'Google News · AI funding',
    text:
      'Orrery AI is in talks with investors about a sale of shares held by employees and early backers that would value the AI lab at more than $80 billion, people familiar with the matter said. ' +
      'The company would not raise new money in the deal, which could be completed next month. Orrery raised $6 billion last year …',
    kind: 'other',
    rounds: [],
    prior: ['Orrery AI'],
  },
  {
    id: 'ub17-35',
    style: 'wire',
    phenomenon: 'acquisition_title_to_buy_for,cash_and_stock,target_total_raised,background_series_b_lead,continue_reading_arrow',
    title: 'Ashcombe Systems to buy data startup Corvid Analytics for $450 million',
    source: 'Enterprise Deals Wire',
    text:
      'Ashcombe Systems said on Monday it had agreed to acquire Corvid Analytics, whose software cleans and labels sensor data for factories, for $450 million in cash and stock. ' +
      'Corvid had raised $70 million from investors including Fernhill Capital, which led its Series B in 2024. ' +
      'The deal is expected to close in the second quarter. Continue reading →',
    kind: 'acquisition',
    rounds: [],
    prior: ['Corvid Analytics'],
  },
  {
    id: 'ub17-36',
    style: 'business',
    phenomenon:
      'spac_merger,blank_check_company,trust_account_trap,combined_valuation_trap,background_series_b_with_lead,image_credit',
    title: 'Fusion startup Brightfurnace to go public via $1.6 billion SPAC merger',
    source: 'Energy Transition Wire',
    text:
      'Brightfurnace, which is building a compact fusion reactor in Tennessee, will merge with Lodestar Acquisition Corp., a Nasdaq-listed blank-check company, in a deal that values the combined company at $1.6 billion, the companies said on Monday. ' +
      'Lodestar holds about $276 million in its trust account. ' +
      'Brightfurnace raised $85 million in a Series B led by Cumberland Gap Ventures in 2024. (Image credit: Brightfurnace)',
    kind: 'ipo',
    rounds: [],
    prior: ['Brightfurnace'],
  },
  {
    id: 'ub17-37',
    style: 'business',
    phenomenon:
      'ipo_filing,title_case_headline,revenue_in_title_trap,net_loss_trap,background_series_d_with_lead_and_valuation,ticker',
    title: 'Tillcraft Files For Nasdaq IPO, Reveals $180 Million In Annual Revenue',
    source: 'IPO Watch Daily',
    text:
      'Tillcraft, the Atlanta-based maker of point-of-sale software for independent retailers, filed publicly for an initial public offering on Monday. ' +
      'The company reported revenue of $180 million for 2025, up 41%, and a net loss of $22 million. ' +
      'Tillcraft last raised $140 million in a Series D led by Crestmoor Partners in 2024 at a $3.1 billion valuation. It plans to list under the ticker "TLCR".',
    kind: 'ipo',
    rounds: [],
    prior: ['Tillcraft'],
  },
  {
    id: 'ub17-38',
    style: 'business',
    phenomenon:
      'crypto_token_launch,emoji_first_title,airdrop,fully_diluted_valuation_trap,foundation_vs_labs,background_series_a_with_lead',
    title: '🪙 Knotwork launches KNOT token with airdrop to 400,000 wallets',
    source: 'Chain Brief',
    text:
      'The Knotwork Foundation said on Monday that its KNOT token would begin trading on several exchanges, with 12% of the supply airdropped to early users of the Knotwork protocol. ' +
      'The token’s fully diluted valuation was about $900 million in early trading. ' +
      'Knotwork Labs, the company that built the protocol, raised a $25 million Series A led by Obsidian Row in 2024. Not financial advice.',
    kind: 'other',
    rounds: [],
    prior: ['Knotwork Labs'],
  },
  {
    id: 'ub17-39',
    style: 'business',
    phenomenon:
      'vc_fund_close,title_case_headline,fund_iii,oversubscribed,will_lead_rounds_trap,check_range,the_post_appeared_first_on',
    title: 'Marlpit Ventures Closes $400M Fund III To Back Seed-Stage Climate Startups',
    source: 'Climate Capital Wire',
    text:
      'The Boston firm said Fund III was oversubscribed and will write first checks of $2 million to $5 million, leading seed and Series A rounds in grid, industrial and food companies.\n\n' +
      'The post Marlpit Ventures Closes $400M Fund III To Back Seed-Stage Climate Startups appeared first on Climate Capital Wire.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub17-40',
    style: 'business',
    phenomenon:
      'layoffs,outlet_suffix_in_title,staff_percentage,raised_to_date_trap,background_series_b_with_lead,ellipsis_teaser',
    title: 'Quillfeather cuts 25% of staff as growth slows - Bay Startup Beat',
    source: 'Google News · startups',
    text:
      'Quillfeather, the AI note-taking app for therapists, has laid off about 60 employees, roughly a quarter of its workforce, chief executive Omar Haddad told staff on Monday. ' +
      'The company has raised $95 million to date, most recently a $60 million Series B led by Greenhaven Partners in 2025 …',
    kind: 'other',
    rounds: [],
    prior: ['Quillfeather'],
  },
  {
    id: 'ub17-41',
    style: 'business',
    phenomenon:
      'government_grant_programme,public_body,cad_prefix_hyphenated_million,non_repayable_contributions,no_awardees_named',
    title: 'Ottawa opens C$200-million program for clean-tech manufacturing pilots',
    source: 'Maple Ledger',
    text:
      'Innovation, Science and Economic Development Canada said on Monday that manufacturers can now apply for non-repayable contributions of up to C$10 million each from a new C$200-million clean-technology pilot program. ' +
      'Applications close June 30, and the first projects are expected to be announced in the fall.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub17-42',
    style: 'wire',
    phenomenon: 'earnings_report,raises_outlook_trap,revenue_trap,estimates_trap,share_buyback',
    title: 'Cobaltline Q4 revenue jumps 31% on AI chip demand; company raises outlook',
    source: 'Markets Wire',
    text:
      'Cobaltline Inc. reported fourth-quarter revenue of $4.2 billion on Monday, up 31% from a year earlier and ahead of analysts’ estimates of $3.9 billion. ' +
      'The chip-equipment maker raised its full-year revenue forecast to $17 billion and announced a $1 billion share buyback. Shares rose 6% in after-hours trading.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub17-43',
    style: 'foreign',
    phenomenon:
      'french_item,fund_final_close,millions_d_euros,ticket_range_trap,public_body_lp,cet_article_est_apparu_en_premier_sur',
    title: 'Le fonds lyonnais Rhône Amont Capital boucle un véhicule de 150 millions d’euros',
    source: 'Le Fil des Startups',
    text:
      'La société de gestion lyonnaise Rhône Amont Capital annonce le closing final de son deuxième fonds, doté de 150 millions d’euros. ' +
      'Le véhicule investira des tickets de 1 à 5 millions d’euros en amorçage et en série A dans des startups industrielles et de la santé. ' +
      'Bpifrance et plusieurs family offices de la région figurent parmi les souscripteurs.\n\n' +
      'Cet article est apparu en premier sur Le Fil des Startups.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub17-44',
    style: 'business',
    phenomenon: 'raises_prices,raise_verb_trap,title_case_headline,price_trap,image_credit',
    title: 'Flickwell Raises Prices Of Ad-Free Plan To $15.99 A Month',
    source: 'Streaming Insider',
    text: 'Flickwell, the video-streaming service, will raise the price of its ad-free plan by $2 to $15.99 a month in the US from April 1, the company said in an email to subscribers on Monday. (Image credit: Flickwell)',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub17-45',
    style: 'blog',
    phenomenon: 'podcast_episode,past_series_a_with_lead,last_spring,listen_on_trailer',
    title: 'Ep. 212: How Dunmore raised its Series A in a down market',
    source: 'Zero to Term Sheet (podcast)',
    text:
      'This week we talk to Alisha Kerr, co-founder of Dunmore, which raised a $14 million Series A led by Wexcombe Ventures last spring. ' +
      'We cover the 90 investor meetings, the term sheet that fell through, and why she’d raise less next time. Listen on your favourite podcast app.',
    kind: 'other',
    rounds: [],
    prior: ['Dunmore'],
  },
  {
    id: 'ub17-46',
    style: 'roundup',
    phenomenon: 'listicle_past_month,largest_rounds_named,background_rounds_with_lead,continue_reading',
    title: 'The 5 biggest startup rounds of February',
    source: 'Weekly Venture Digest',
    text:
      'February’s largest deals included Ferrovane Freight’s $210 million Series D led by Keelhaul Capital and Thornbury Bio’s $150 million Series C. ' +
      'Here are the rest, plus the sectors that … Continue reading',
    kind: 'other',
    rounds: [],
    prior: ['Ferrovane Freight', 'Thornbury Bio'],
  },
  {
    id: 'ub17-47',
    style: 'wire',
    phenomenon: 'utility_bond_sale,raises_verb_trap,senior_notes,order_book_trap,use_of_proceeds',
    title: 'Brightwater Utilities raises $2bn in bond sale to fund grid upgrades',
    source: 'Credit Markets Wire',
    text:
      'Brightwater Utilities sold $2 billion of senior notes in three tranches on Monday, with orders peaking at $7.5 billion, according to a person familiar with the deal. ' +
      'The proceeds will fund substation and transmission upgrades across its service area in Georgia and the Carolinas.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub17-48',
    style: 'business',
    phenomenon: 'exclusive_tag,executive_hire,possible_ipo_not_filing,background_series_c_with_lead,big_tech_name_in_title',
    title: 'Exclusive: Former Stratosfer finance chief joins Loomwright as CFO ahead of possible IPO',
    source: 'Construction Tech Insider',
    text:
      'Loomwright, the construction-payments startup, has hired Dana Okafor, who spent six years as a finance chief at Stratosfer, as its chief financial officer, the company told us. ' +
      'Loomwright raised a $90 million Series C led by Parkgate Growth last year and has said it could go public as soon as 2027 …',
    kind: 'other',
    rounds: [],
    prior: ['Loomwright'],
  },
  {
    id: 'ub17-49',
    style: 'business',
    phenomenon:
      'accelerator_demo_day,standard_cheque_for_equity,cohort_count,startups_named_without_new_money,image_credit_in_brackets',
    title: 'Demo Day: 14 startups pitch at Harbourline Accelerator’s winter cohort',
    source: 'Bay Startup Beat',
    text:
      'Fourteen companies presented at Harbourline Accelerator’s winter Demo Day in Oakland on Monday, from a robot that sorts construction waste to an app that books interpreters for hospitals. ' +
      'Each joined the programme in October with $125,000 from the accelerator in exchange for 7% equity. ' +
      'Highlights included Pennywell, which helps renters build credit, and Saltbox, which … [Image credit: Harbourline Accelerator]',
    kind: 'other',
    rounds: [],
    prior: ['Pennywell', 'Saltbox'],
  },
  {
    id: 'ub17-50',
    style: 'blog',
    phenomenon: 'opinion_column,generic_round_sizes,arr_thresholds,no_company,continue_reading',
    title: 'Opinion: The Series A crunch is back, and founders should plan for it',
    source: 'Founder Notes',
    text:
      'Two years ago, a software startup with $1 million in annual recurring revenue could expect to raise a Series A of $8 million to $12 million within a few months. ' +
      'Today, many investors want to see $3 million before they take a meeting, and … Continue reading',
    kind: 'other',
    rounds: [],
  },
];
