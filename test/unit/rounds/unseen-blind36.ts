// A thirty-sixth blind set for funding-round extraction: invented (companies, people, investors, funds,
// outlets, newsrooms, universities, TV stations, clubs, awards and sentences made up for this project; only
// cities, countries, regions and the ASX are real, as settings) on 2026-12-07 by a writer who had not read
// src/rounds and did not run the extractor. Dates are written for the eval's fixed publish date
// (2026-03-10, a Tuesday): "today" is 10 March 2026, "yesterday", "Monday" and "last night" 9 March,
// "Sunday" 8 March, "Saturday" 7 March, "last year" and "last summer" are of 2025.
// Theme: how real news sites' feeds deliver funding stories to a reader bot — an RSS item's title (in
// `title`) plus a short description (in `text`), often cut off with "…", "[…]", "[Read more]", "Read
// more" or "Continue reading →", and carrying leftovers of the page: "Share this article", a share bar,
// "Photo: …" captions before or after the text, bylines ("By … | March 9, 2026", "By …, Business
// Reporter"), datelines ("BOISE, Idaho —", "NAIROBI —", "MANCHESTER, UK, 9 March 2026 —"), "Related: …"
// and "Read more: …" links, "The post … appeared first on …" (and its German form "Der Beitrag …
// erschien zuerst auf …"), a paywall line, a copyright line, a crypto site's disclaimer.
// Styles: a national newspaper's business section (three items); trade magazines for logistics, retail,
// grocery, energy, renal care and hospital staffing, and health IT; regional TV stations' sites (Boise,
// Cincinnati); university news offices (a spinout's pre-seed, a grant programme); city business journals
// (Phoenix, Denver, Detroit, Seattle); European startup sites in English (Lisbon, Tallinn, a Nordic one);
// an African site (Nairobi, a top-10 list) and an off-grid energy site; a Latin American site in English;
// an Indian startup site; a Central European digest; Australian sites (a Series A, an IPO); crypto sites;
// gaming sites; sports business sites; VC firms' blogs ("Why we led …", "Announcing Fund III"); company
// newsrooms (UK seed release, US Series C release, an ARR milestone); a business site's rumour; an
// Austrian startup blog in German.
// Phenomena: the company named in title and description; only in the description under a generic title
// ("Unstaffed mini-store operator raises $18M …", "Boise company turning potato peels …"); only in the
// title, with "The startup", "The firm" or "The Nashville company" in the description; with a legal
// suffix ("Sonnkehr GmbH", "Ostralga S.A.", "Loomstack Ltd", "Paywattle Ltd"); a name that is a common
// word (Mosaic, beside "a mosaic of supplier price lists"; Grandstand; Ember, beside "the embers of the
// state’s steel industry"); a name with a dot or a number (Nine.io, Aisle42). Seed, pre-seed, Series A,
// B, C and D, a crypto strategic round, an extension, venture debt, a round whose type is not given and
// a lead cut off by the truncation ("in a round led by […]"), a three-company roundup whose third item
// is cut off before its amount. Amounts as "$7.5m", "US$12 million", "$18 million", "€6 million",
// "$22M", "£3.2mn", "A$9m (US$5.9m)", "₹45 crore (about $5.2 million)", "R$30 milhões" only inside a
// founder's Portuguese quote in an English item, "$110 million", an amount given only in the title, and
// "€1,5 Mio." in the German item. Leads as "co-led by", "X and Y co-led the round", "led by X alongside
// Y", "with X leading", "X, which led the round, was joined by", "The round, anchored by X, also drew",
// "X led the round; Y also invested", "X led the round, with Y joining", "has led the … seed round in"
// (a VC's own post), a quote "com a X liderando a rodada". Amounts beside the round that are not rounds:
// showroom and kiosk counts, weekly sales, recovered overbilling, shifts filled, a settled-payroll figure,
// a truncated "$250,000 …" award, totals raised, a valuation, revenue, a round's size beside its
// extension, the company's own earlier Series B, megawatt-hours, market figures in "Related:" links.
// In talks: a Dallas drone-delivery company "in early talks to raise about $200m at a valuation of around
// $2.5bn", with an investor that "held discussions" (not a lead, not a participant).
// Distractors (rounds: [] each; kind 'other' unless noted): a VC's Fund III close naming a portfolio
// company's round (kind 'fund_close'); a point-of-sale maker acquiring a startup that raised a Series A
// in 2024 (kind 'acquisition'); an ASX IPO recalling the company's Series A (kind 'ipo'); a university's
// grant programme for student founders (no recipient); a government loan to a carmaker's Sunderland
// plant; a company newsroom's ARR milestone recalling its Series B; a Cincinnati layoff story recalling a
// Series B; "The 10 best-funded African startups of 2025", cut off at the third; early backers' secondary
// sale to a growth investor; a Bristol football club's stadium financing "led by" a private placement; a
// lending protocol's exploit recalling its seed; an indie game's $50,000 prize; a "Startup of the Year"
// award recalling a Series A; a health-IT partnership recalling last year's raise; a solar-kit price cut
// recalling last year's financing; and a German-language item reporting a seed round.
// Other languages: the German item is labelled as checks.ts labels its other-language texts that report
// rounds: style 'foreign', kind 'round', rounds: [].
// Conventions (those of checks.ts, unseen-blind30.ts and unseen-blind33.ts, as far as the writer read
// them, and unseen-blind26.ts on legal suffixes): company as the text names it, without its legal suffix
// ("Sonnkehr GmbH" is "Sonnkehr", "Ostralga S.A." "Ostralga", "Loomstack Ltd" "Loomstack"), from the title
// where the description says only "The startup"/"The firm"/"The Nashville company"; amount in the
// currency first stated for the round (ISO code when not USD): "A$9m (US$5.9m)" is 9e6 AUD, "₹45 crore
// (about $5.2 million)" 4.5e8 INR, "£3.2mn" 3.2e6 GBP, "R$30 milhões" in the quote 3e7 BRL, "US$12
// million" 1.2e7 USD, "about $200m" (in talks) 2e8; an amount given only in the title is the round's
// amount; an extension at its new money ("added $20m to its Series B, bringing the round to $65m" is 2e7,
// 'extension'); venture debt is 'debt' with the lender in `other`; a crypto "strategic round" is
// 'strategic'; a raise with no stage named is 'unknown'. `lead` only where the text says who led, co-led
// or anchored the round ("The round, anchored by X" is read as X leading); no `lead` where the lead's
// name is cut off ("a round led by […]") or not given. `other` for every other named participant
// (funds, angels by their own names, existing investors that took part, a lender); not for an investor
// that merely "held discussions" in a rumour. In the Detroit roundup the third company, cut off before its
// amount, is labelled from the title ("… and Fernwick raise funding") with amount null and type
// 'unknown'. Page leftovers are not news: "The post … appeared first on …" repeating the title is the
// same round, not a second one, and a "Related:" link's headline about another company's raise is that
// company's background (`prior`), not a round of this item. `prior` lists companies whose funding the
// text recalls as background (other companies in round items; in a distractor, its own company where
// the text recalls its earlier rounds). Labelled by hand; a reader of each text should agree with every
// label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND36: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub36-01',
    style: 'business',
    phenomenon:
      'national_newspaper_business_feed,rss_title_and_description,common_word_company_name,common_word_in_lowercase_trap,dollar_m_amount,co_led_by,showroom_count_trap,ellipsis_truncation,share_this_article_leftover,series_a',
    title: 'Mosaic, the start-up that lets shoppers preview a tiled bathroom, raises $7.5m',
    source: 'The Morning Courier — Business',
    text:
      'Mosaic, an Atlanta start-up whose software shows tile-shop customers a photo-real render of their finished bathroom before a single tile is laid, has raised $7.5m in a Series A round co-led by Brookhollow Ventures and Larchmont Row Capital. ' +
      'Tile shops juggle a mosaic of supplier price lists, said chief executive Renée Dubois, and 900 showrooms in 14 states now use the app to quote jobs. The company will spend the money on …\n\n' +
      'Share this article',
    kind: 'round',
    rounds: [
      {
        company: 'Mosaic',
        amount: 7.5e6,
        roundType: 'series_a',
        lead: ['Brookhollow Ventures', 'Larchmont Row Capital'],
      },
    ],
  },
  {
    id: 'ub36-02',
    style: 'business',
    phenomenon:
      'logistics_trade_magazine,us_dollar_prefix_amount,led_by_x_alongside_existing_investors,recovered_overbilling_trap,bracket_ellipsis_truncation,the_post_appeared_first_on_repeats_title,series_a',
    title: 'Freight audit platform Tallyrate lands US$12 million Series A',
    source: 'Freight Flow Weekly',
    text:
      'Chicago-based Tallyrate, which checks carrier invoices against contracted rates for mid-sized shippers, has closed a US$12 million Series A led by Corrigan Freight Ventures alongside existing investors Lakeshore Seed and Wabash Street Angels. ' +
      'The company says its customers recovered US$31 million in overbilled freight charges last year, […]\n\n' +
      'The post Freight audit platform Tallyrate lands US$12 million Series A appeared first on Freight Flow Weekly.',
    kind: 'round',
    rounds: [
      {
        company: 'Tallyrate',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Corrigan Freight Ventures'],
        other: ['Lakeshore Seed', 'Wabash Street Angels'],
      },
    ],
  },
  {
    id: 'ub36-03',
    style: 'business',
    phenomenon:
      'retail_trade_magazine,generic_title_no_company,company_only_in_description,photo_caption_first,with_x_leading,kiosk_count_trap,weekly_sales_trap,ellipsis_truncation,series_b',
    title: 'Unstaffed mini-store operator raises $18M to reach hospitals and campuses',
    source: 'Store Floor Insider',
    text:
      'Photo: A Pocketshelf kiosk in the lobby of a Minneapolis office tower. Courtesy of Pocketshelf\n\n' +
      'Pocketshelf, which runs camera-monitored, unstaffed mini-stores in office lobbies and hospital wards, has raised $18 million in Series B funding, with Marlowe Retail Partners leading. ' +
      'The Minneapolis company operates 640 of the kiosks, which average $1,900 in weekly sales, and plans to …',
    kind: 'round',
    rounds: [{ company: 'Pocketshelf', amount: 18e6, roundType: 'series_b', lead: ['Marlowe Retail Partners'] }],
  },
  {
    id: 'ub36-04',
    style: 'business',
    phenomenon:
      'energy_trade_magazine,legal_suffix_gmbh,eur_million_amount,led_by_with_participation_from,output_percentage_trap,bracket_ellipsis_truncation,related_link_leftover,seed',
    title: 'Sonnkehr GmbH raises €6 million seed round for waterless solar-cleaning robots',
    source: 'Solar Asset Journal',
    text:
      'Freiburg-based Sonnkehr GmbH has raised €6 million in a seed round led by Dreisam Climate Capital, with participation from Breisgau Business Angels and Kaiserstuhl Energie Ventures. ' +
      'The start-up’s robots clean utility-scale solar parks without water, which it says can lift output at dusty sites in southern Spain by up to 7% […]\n\n' +
      'Related: Soiling losses at Spanish solar parks hit record in 2025',
    kind: 'round',
    rounds: [
      {
        company: 'Sonnkehr',
        amount: 6e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Dreisam Climate Capital'],
        other: ['Breisgau Business Angels', 'Kaiserstuhl Energie Ventures'],
      },
    ],
  },
  {
    id: 'ub36-05',
    style: 'business',
    phenomenon:
      'health_trade_magazine,byline_with_date,dotted_company_name,x_which_led_the_round_was_joined_by,existing_investor,shifts_count_trap,ellipsis_truncation,series_b',
    title: 'Nine.io raises $22M Series B for last-minute nurse staffing',
    source: 'Hospital Workforce Today',
    text:
      'By Dana Whitfield | March 9, 2026\n\n' +
      'Nine.io, whose app fills last-minute nursing shifts at hospitals in Texas and Oklahoma, said Monday it had raised $22 million in a Series B. ' +
      'Rowan Health Partners, which led the round, was joined by Bayou Bend Capital and existing investor Copperline Ventures. The Dallas company says it filled 180,000 shifts in 2025 …',
    kind: 'round',
    rounds: [
      {
        company: 'Nine.io',
        amount: 22e6,
        roundType: 'series_b',
        lead: ['Rowan Health Partners'],
        other: ['Bayou Bend Capital', 'Copperline Ventures'],
      },
    ],
  },
  {
    id: 'ub36-06',
    style: 'business',
    phenomenon:
      'regional_tv_station_site,dateline,generic_title_no_company,company_named_in_second_sentence,said_monday,led_by_with_money_also_from,hiring_count_trap,copyright_leftover,seed',
    title: 'Boise company turning potato peels into takeout containers raises $4 million',
    source: 'Treasure Valley 6 News',
    text:
      'BOISE, Idaho — A Boise company that presses potato peels from local processing plants into compostable takeout containers has raised $4 million. ' +
      'Peelform said Monday the seed round was led by Sawtooth Venture Partners, with money also coming from Idaho Harvest Angels. ' +
      'Co-founder Rosa Ibarra told Treasure Valley 6 the company will hire 25 people at its plant in Nampa and …\n\n' +
      'Copyright 2026 Treasure Valley 6. All rights reserved.',
    kind: 'round',
    rounds: [
      {
        company: 'Peelform',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Sawtooth Venture Partners'],
        other: ['Idaho Harvest Angels'],
      },
    ],
  },
  {
    id: 'ub36-07',
    style: 'press',
    phenomenon:
      'university_news_office,spinout,photo_caption_first,professor_not_investor,university_fund_participant,truncated_award_amount_trap,read_more_leftover,pre_seed',
    title: 'Hartwell spinout Fibrelume raises $3.5 million to take fiber-optic pipe sensing to market',
    source: 'Hartwell University News',
    text:
      'Photo: Associate Professor Ines Okoro (left) and Fibrelume CEO Theo Marsh in the Photonics Lab. Credit: Sam Reyes / Hartwell University\n\n' +
      'Fibrelume, a Pittsburgh startup built on fiber-optic sensing research from Associate Professor Ines Okoro’s lab, has raised $3.5 million in pre-seed funding. ' +
      'The round was led by Allegheny Spark Fund, with participation from the Hartwell Venture Fund, which invests in companies started by the university’s students and faculty. ' +
      'The company, which received a $250,000 … [Read more]',
    kind: 'round',
    rounds: [
      {
        company: 'Fibrelume',
        amount: 3.5e6,
        roundType: 'pre_seed',
        lead: ['Allegheny Spark Fund'],
        other: ['Hartwell Venture Fund'],
      },
    ],
  },
  {
    id: 'ub36-08',
    style: 'business',
    phenomenon:
      'city_business_journal,byline_leftover,company_only_in_title,the_startup_the_firm_in_description,amount_only_in_title,with_x_leading_and_y_participating,mileage_trap,paywall_leftover,series_a',
    title: 'Kestrelink raises $9M Series A to bring drone inspections to Arizona utilities',
    source: 'Phoenix Business Chronicle',
    text:
      'By Jordan Pike – Technology Reporter\n\n' +
      'The startup, founded in 2022 by a former utility lineman, closed the round with Saguaro Peak Ventures leading and Mesa Ridge Capital and Copper State Angels participating. ' +
      'The firm’s drones inspect transmission lines along 4,000 miles of …\n\n' +
      'This story is for subscribers only. Subscribe now',
    kind: 'round',
    rounds: [
      {
        company: 'Kestrelink',
        amount: 9e6,
        roundType: 'series_a',
        lead: ['Saguaro Peak Ventures'],
        other: ['Mesa Ridge Capital', 'Copper State Angels'],
      },
    ],
  },
  {
    id: 'ub36-09',
    style: 'wire',
    phenomenon:
      'european_startup_site,legal_suffix_sa,eur_million_amount,the_round_anchored_by_x_also_drew,bracket_ellipsis_truncation,the_post_appeared_first_on_repeats_title,series_a',
    title: 'Lisbon’s Ostralga raises €11 million to make fish feed from algae',
    source: 'Continental Founders',
    text:
      'Portuguese aquaculture-feed startup Ostralga S.A. has raised €11 million in a Series A. The round, anchored by Tagus Blue Capital, also drew Atlântico Ventures and the Douro Angels Network. ' +
      'Ostralga grows microalgae in … […]\n\n' +
      'The post Lisbon’s Ostralga raises €11 million to make fish feed from algae appeared first on Continental Founders.',
    kind: 'round',
    rounds: [
      {
        company: 'Ostralga',
        amount: 11e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Tagus Blue Capital'],
        other: ['Atlântico Ventures', 'Douro Angels Network'],
      },
    ],
  },
  {
    id: 'ub36-10',
    style: 'wire',
    phenomenon:
      'african_site_in_english,dateline,dollar_m_in_title_million_in_text,led_by_x_alongside_y_and_z,city_introduced_participant,kits_count_trap,ellipsis_truncation,related_link_leftover,seed',
    title: 'Kenya’s Mavuno Loop raises $5.2m seed to finance farmers’ irrigation kits',
    source: 'Savannah Tech Post',
    text:
      'NAIROBI — Mavuno Loop, a Kenyan startup that lets smallholder farmers pay for solar irrigation kits in instalments from their harvest income, has raised $5.2 million in a seed round led by Savanna Rise Capital alongside Rift Valley Angels and Lagos-based Ikoyi Ventures. ' +
      'The company has financed 14,000 kits since 2023 and says …\n\n' +
      'Related: Uganda’s pay-as-you-go solar sector braces for tariff change',
    kind: 'round',
    rounds: [
      {
        company: 'Mavuno Loop',
        amount: 5.2e6,
        roundType: 'seed',
        lead: ['Savanna Rise Capital'],
        other: ['Rift Valley Angels', 'Ikoyi Ventures'],
      },
    ],
  },
  {
    id: 'ub36-11',
    style: 'wire',
    phenomenon:
      'latin_american_site_in_english,no_amount_in_title,brl_amount_only_in_portuguese_quote,lead_only_in_quote,existing_backer_took_part,pharmacy_count_trap,bracket_ellipsis_truncation,series_a',
    title: 'Curitiba’s Rotafácil closes Series A to plan routes for pharmacy deliveries',
    source: 'LatAm Ventures Wire',
    text:
      'Rotafácil, which plans delivery routes for independent pharmacies in southern Brazil, has closed its Series A. ' +
      '“Captamos R$30 milhões, com a Araucária Capital liderando a rodada,” co-founder Beatriz Mendonça told LatAm Ventures Wire, adding that existing backer Paraná Seed Fund also took part. ' +
      'The startup serves 2,300 pharmacies in … […]',
    kind: 'round',
    rounds: [
      {
        company: 'Rotafácil',
        amount: 3e7,
        currency: 'BRL',
        roundType: 'series_a',
        lead: ['Araucária Capital'],
        other: ['Paraná Seed Fund'],
      },
    ],
  },
  {
    id: 'ub36-12',
    style: 'wire',
    phenomenon:
      'australian_site,aud_a_dollar_m_amount,usd_conversion_in_brackets,led_by_with_y_and_z_joining,family_office_participant,owner_count_trap,ellipsis_truncation,share_bar_leftover,series_a',
    title: 'Brisbane fintech Tidepay raises A$9m Series A to collect strata levies',
    source: 'Southern Cross Startups',
    text:
      'Brisbane-based Tidepay has raised A$9m (US$5.9m) in a Series A led by Moreton Bay Ventures, with Gold Coast family office Coolangatta Capital and existing investor Kangaroo Point Angels joining. ' +
      'Tidepay’s software lets strata managers collect levies from 210,000 apartment owners …\n\n' +
      'Share: Facebook | X | LinkedIn | Email',
    kind: 'round',
    rounds: [
      {
        company: 'Tidepay',
        amount: 9e6,
        currency: 'AUD',
        roundType: 'series_a',
        lead: ['Moreton Bay Ventures'],
        other: ['Coolangatta Capital', 'Kangaroo Point Angels'],
      },
    ],
  },
  {
    id: 'ub36-13',
    style: 'wire',
    phenomenon:
      'crypto_site,strategic_round_named,led_by_with_participation_from,settled_volume_trap,token_mention,ellipsis_truncation,disclaimer_leftover,strategic',
    title: 'Quillchain raises $14M strategic round for stablecoin payroll rails',
    source: 'Blockfeed',
    text:
      'Quillchain, a payments network that lets employers pay contractors in stablecoins, has raised $14 million in a strategic round led by Obsidian Node Capital, with participation from Ferrous Labs and Tanager Digital. ' +
      'The protocol settled $640 million in payroll in 2025, according to the team. QCH token holders will …\n\n' +
      'Disclaimer: This article is for informational purposes only and does not constitute investment advice.',
    kind: 'round',
    rounds: [
      {
        company: 'Quillchain',
        amount: 14e6,
        roundType: 'strategic',
        lead: ['Obsidian Node Capital'],
        other: ['Ferrous Labs', 'Tanager Digital'],
      },
    ],
  },
  {
    id: 'ub36-14',
    style: 'wire',
    phenomenon:
      'gaming_site,studio_name_with_games,eur_m_amount,x_led_the_round_semicolon_y_also_invested,angel_by_name,headcount_trap,bracket_ellipsis_truncation,read_more_link_with_statistic,seed',
    title: 'Helsinki studio Frostlantern Games raises €4.5M seed for co-op survival game',
    source: 'Loading Screen Weekly',
    text:
      'Frostlantern Games, a new Helsinki studio founded by veterans of several Finnish mobile hits, has raised €4.5 million in seed funding. ' +
      'Nordlys Play Capital led the round; Kallio Games Fund and angel investor Oskari Lehto also invested. ' +
      'The 18-person studio’s first game, a co-op survival title set on a frozen archipelago, is due on PC in … […]\n\n' +
      'Read more: Finnish game studios’ revenue fell 6% in 2025',
    kind: 'round',
    rounds: [
      {
        company: 'Frostlantern Games',
        amount: 4.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Nordlys Play Capital'],
        other: ['Kallio Games Fund', 'Oskari Lehto'],
      },
    ],
  },
  {
    id: 'ub36-15',
    style: 'wire',
    phenomenon:
      'sports_business_site,common_word_company_name,common_word_in_lowercase_trap,with_x_leading,former_athlete_angel,customer_count_trap,seat_percentage_trap,photo_caption_last,series_a',
    title: 'Grandstand raises $16M Series A to price college tickets like concerts',
    source: 'Box Score Business',
    text:
      'Grandstand, whose dynamic-pricing software sets ticket prices for 70 college athletic departments and minor-league clubs, has raised $16 million in a Series A with Baseline Sports Capital leading. ' +
      'Former pro point guard Marcus Tell also invested. The Charlotte company says its customers sold 22% more seats last season …\n\n' +
      'Photo: Fans in the grandstand at a college football game. (File photo)',
    kind: 'round',
    rounds: [
      {
        company: 'Grandstand',
        amount: 16e6,
        roundType: 'series_a',
        lead: ['Baseline Sports Capital'],
        other: ['Marcus Tell'],
      },
    ],
  },
  {
    id: 'ub36-16',
    style: 'blog',
    phenomenon:
      'vc_firm_blog,why_we_led_title,writing_firm_is_lead,has_led_the_seed_round_in,unnamed_angels,founders_not_investors,bracket_ellipsis_truncation,the_post_appeared_first_on,seed',
    title: 'Why we led Pipewright’s seed round',
    source: 'Cinderford Ventures',
    text:
      'Today we’re excited to share that Cinderford Ventures has led the $2.8M seed round in Pipewright, alongside Hollyhock Capital and a group of plumbing-industry angels. ' +
      'Pipewright gives small plumbing contractors a quoting and dispatch app built for the van, not the office. When we first met founders Kezia Obi and Lars Holm, they […]\n\n' +
      'The post Why we led Pipewright’s seed round appeared first on Cinderford Ventures.',
    kind: 'round',
    rounds: [
      {
        company: 'Pipewright',
        amount: 2.8e6,
        roundType: 'seed',
        lead: ['Cinderford Ventures'],
        other: ['Hollyhock Capital'],
      },
    ],
  },
  {
    id: 'ub36-17',
    style: 'press',
    phenomenon:
      'company_newsroom,uk_dateline,legal_suffix_ltd,gbp_mn_amount,today_announced,led_by_with_participation_from,syndicate_participant,continue_reading_leftover,seed',
    title: 'Loomstack secures £3.2mn seed investment to digitise mill scheduling',
    source: 'Loomstack Newsroom',
    text:
      'MANCHESTER, UK, 9 March 2026 — Loomstack Ltd, the developer of production-scheduling software for textile mills, today announced that it has raised £3.2mn in seed funding. ' +
      'The round was led by Irwell Capital, with participation from Pennine Growth Fund and the Northern Makers Syndicate. Loomstack’s software now schedules …\n\n' +
      'Continue reading →',
    kind: 'round',
    rounds: [
      {
        company: 'Loomstack',
        amount: 3.2e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Irwell Capital'],
        other: ['Pennine Growth Fund', 'Northern Makers Syndicate'],
      },
    ],
  },
  {
    id: 'ub36-18',
    style: 'wire',
    phenomenon:
      'indian_startup_site,inr_crore_amount,usd_conversion_in_brackets,led_by,existing_investor_participated,hub_count_trap,read_more_leftover,series_a',
    title: 'Pune EV-charging startup Chargemitra raises ₹45 crore in Series A',
    source: 'Bharat Startup Beat',
    text:
      'Chargemitra, which runs fast-charging hubs for electric three-wheelers in Pune and Nashik, has raised ₹45 crore (about $5.2 million) in a Series A round led by Sahyadri Capital Partners. ' +
      'Existing investor Deccan Seed Fund also participated. The startup, which was founded in 2022, plans to open 300 hubs across Maharashtra by … Read more',
    kind: 'round',
    rounds: [
      {
        company: 'Chargemitra',
        amount: 4.5e8,
        currency: 'INR',
        roundType: 'series_a',
        lead: ['Sahyadri Capital Partners'],
        other: ['Deccan Seed Fund'],
      },
    ],
  },
  {
    id: 'ub36-19',
    style: 'wire',
    phenomenon: 'central_european_digest,one_sentence_description,lead_cut_off_by_truncation,no_stage_named,unknown',
    title: 'Ostrava battery recycler Cobaltix raises $8M',
    source: 'CEE Tech Digest',
    text: 'Czech startup Cobaltix, which recovers cobalt, nickel and lithium from used e-bike and scooter batteries at a plant in Ostrava, has raised $8 million in a round led by […]',
    kind: 'round',
    rounds: [{ company: 'Cobaltix', amount: 8e6, roundType: 'unknown' }],
  },
  {
    id: 'ub36-20',
    style: 'business',
    phenomenon:
      'renal_care_trade_magazine,company_only_in_title,the_nashville_company_in_description,amount_only_in_title,x_and_y_co_led_the_round,total_funding_trap,ellipsis_truncation,series_b',
    title: 'Tendwell raises $30M Series B to support home dialysis patients',
    source: 'Renal Care Business',
    text:
      'The Nashville company pairs remote nurses with software that watches home dialysis machines for early signs of trouble. ' +
      'Cumberland Health Partners and Ridgeway Bio Ventures co-led the round, which brings total funding to $52 million. …',
    kind: 'round',
    rounds: [
      {
        company: 'Tendwell',
        amount: 30e6,
        roundType: 'series_b',
        lead: ['Cumberland Health Partners', 'Ridgeway Bio Ventures'],
      },
    ],
  },
  {
    id: 'ub36-21',
    style: 'business',
    phenomenon:
      'national_newspaper_business_feed,byline_leftover,dateline,extension_new_money,round_total_after_extension_trap,existing_and_new_backer,no_lead_named,said_yesterday,share_this_article_leftover,extension',
    title: 'Grain marketplace Sheaf adds $20m to its Series B',
    source: 'The National Standard — Business',
    text:
      'By Ellen Marsh, Business Reporter\n\n' +
      'KANSAS CITY — Sheaf, whose online marketplace lets farmers sell grain directly to feed mills and ethanol plants, has added $20m to its Series B, bringing the round to $65m. ' +
      'The extension came from existing investor Prairie Line Capital and new backer Osage Growth Partners, the company said yesterday. …\n\n' +
      'Share this article',
    kind: 'round',
    rounds: [
      {
        company: 'Sheaf',
        amount: 20e6,
        roundType: 'extension',
        other: ['Prairie Line Capital', 'Osage Growth Partners'],
      },
    ],
  },
  {
    id: 'ub36-22',
    style: 'business',
    phenomenon:
      'city_business_journal,venture_debt_facility,lender_named,own_earlier_series_b_trap,machine_count_trap,ellipsis_truncation,related_link_leftover,debt',
    title: 'Trailhead Robotics lands $25M credit facility to build more trail-grooming robots',
    source: 'Mile High Business Journal',
    text:
      'Trailhead Robotics, the Denver maker of autonomous trail-grooming machines for ski resorts and parks, has secured a $25 million venture debt facility from Larimer Venture Bank. ' +
      'The company, which raised a $40 million Series B in 2024, will use the debt to build 150 machines …\n\n' +
      'Related: Colorado ski resorts report record spring bookings',
    kind: 'round',
    rounds: [{ company: 'Trailhead Robotics', amount: 25e6, roundType: 'debt', other: ['Larimer Venture Bank'] }],
  },
  {
    id: 'ub36-23',
    style: 'wire',
    phenomenon:
      'european_startup_site,eur_million_amount,with_x_leading_and_y_joining,city_introduced_participant,bracket_ellipsis_truncation,related_link_with_other_company_round,related_link_with_statistic,pre_seed',
    title: 'Tallinn’s Kvoot raises €2.4 million pre-seed to automate customs paperwork',
    source: 'Baltic Startup Wire',
    text:
      'Estonian startup Kvoot has raised €2.4 million in pre-seed funding, with Toompea Ventures leading and Kadriorg Angels and Helsinki-based Uusimaa Seed joining. ' +
      'Kvoot’s software reads invoices and packing lists and fills in EU customs declarations for small exporters … […]\n\n' +
      'Related: Riga’s Dzintars Labs bags €5 million for shipping-emissions software\n' +
      'Related: Estonia’s startups raised €1.1 billion in 2025',
    kind: 'round',
    rounds: [
      {
        company: 'Kvoot',
        amount: 2.4e6,
        currency: 'EUR',
        roundType: 'pre_seed',
        lead: ['Toompea Ventures'],
        other: ['Kadriorg Angels', 'Uusimaa Seed'],
      },
    ],
    prior: ['Dzintars Labs'],
  },
  {
    id: 'ub36-24',
    style: 'press',
    phenomenon:
      'company_newsroom,us_dateline,title_case_headline,today_announced,led_by,new_and_existing_investors,total_raised_trap,quote_cut_off,read_more_leftover,series_c',
    title: 'Sablewood Health Announces $40 Million Series C Financing to Expand Virtual Physical Therapy',
    source: 'Sablewood Health Newsroom',
    text:
      'SAN DIEGO, March 10, 2026 — Sablewood Health, a provider of virtual physical therapy for employers and health plans, today announced a $40 million Series C financing led by Torrey Crest Partners. ' +
      'New investor Mission Bay Capital and existing investors Point Loma Ventures and Harbor Lights Health Fund also participated. ' +
      'The financing brings Sablewood’s total raised to $96 million. “Employers are … [Read more]',
    kind: 'round',
    rounds: [
      {
        company: 'Sablewood Health',
        amount: 40e6,
        roundType: 'series_c',
        lead: ['Torrey Crest Partners'],
        other: ['Mission Bay Capital', 'Point Loma Ventures', 'Harbor Lights Health Fund'],
      },
    ],
  },
  {
    id: 'ub36-25',
    style: 'business',
    phenomenon:
      'grocery_trade_magazine,number_in_company_name,company_only_in_title,the_firm_in_description,amount_only_in_title,led_by_x_alongside_y,store_count_trap,the_post_appeared_first_on_repeats_title,seed',
    title: 'Aisle42 raises $5M seed to help grocers plan shelf space with AI',
    source: 'Grocery Tech Review',
    text:
      'The firm, founded in Columbus in 2024 by two former grocery category managers, raised the round led by Quayline Capital alongside Buckeye Food Ventures. ' +
      'Its software rebuilds planograms overnight from each store’s sales data and is used by 90 … […]\n\n' +
      'The post Aisle42 raises $5M seed to help grocers plan shelf space with AI appeared first on Grocery Tech Review.',
    kind: 'round',
    rounds: [
      {
        company: 'Aisle42',
        amount: 5e6,
        roundType: 'seed',
        lead: ['Quayline Capital'],
        other: ['Buckeye Food Ventures'],
      },
    ],
  },
  {
    id: 'ub36-26',
    style: 'business',
    phenomenon: 'logistics_trade_magazine,photo_caption_first,led_by,valuation_trap,revenue_trap,ellipsis_truncation,series_d',
    title: 'Rimefreight raises $110 million Series D at $1.1 billion valuation',
    source: 'Reefer & Cold Chain News',
    text:
      'Photo: A Rimefreight refrigerated trailer at the company’s Memphis cross-dock. (Rimefreight)\n\n' +
      'Memphis-based Rimefreight, which runs a network of temperature-controlled cross-docks for grocery and pharmaceutical shippers, has raised $110 million in a Series D led by Granite Arch Partners. ' +
      'The round values the company at $1.1 billion. Rimefreight said revenue rose to $240 million in 2025 and it …',
    kind: 'round',
    rounds: [{ company: 'Rimefreight', amount: 110e6, roundType: 'series_d', lead: ['Granite Arch Partners'] }],
  },
  {
    id: 'ub36-27',
    style: 'roundup',
    phenomenon:
      'city_business_journal_weekly_deals,three_companies_in_title,two_rounds_in_description,third_item_cut_before_amount,led_by,with_x_leading_and_y_joining,seed,series_a,unknown',
    title: 'Deals of the week: Motorline, Saltpan Labs and Fernwick raise funding',
    source: 'Detroit Business Weekly',
    text:
      'Three Detroit startups announced funding this week. Motorline, which sells refurbished EV battery packs to fleet operators, raised $2 million in seed funding led by Corktown Capital. ' +
      'Saltpan Labs, which makes road-salt sensors for municipal snowplows, raised $6.5 million in a Series A with Woodward Avenue Ventures leading and Rouge River Partners joining. ' +
      'And Fernwick, a …',
    kind: 'round',
    rounds: [
      { company: 'Motorline', amount: 2e6, roundType: 'seed', lead: ['Corktown Capital'] },
      {
        company: 'Saltpan Labs',
        amount: 6.5e6,
        roundType: 'series_a',
        lead: ['Woodward Avenue Ventures'],
        other: ['Rouge River Partners'],
      },
      { company: 'Fernwick', amount: null, roundType: 'unknown' },
    ],
  },
  {
    id: 'ub36-28',
    style: 'business',
    phenomenon:
      'energy_trade_magazine,common_word_company_name,common_word_in_lowercase_trap,x_led_the_round_with_y_and_z_joining,megawatt_hour_trap,ellipsis_truncation,series_a',
    title: 'Heat-battery start-up Ember raises $13 million Series A',
    source: 'Industrial Decarbonisation Review',
    text:
      'Ember, a Cleveland start-up that stores waste heat from factories in stacks of ceramic bricks, has raised $13 million in a Series A. ' +
      'Lakefront Climate Fund led the round, with Cuyahoga Industrial Ventures and Erie Shore Angels joining. ' +
      'Ember’s first 20-megawatt-hour unit will be installed at a forge in Akron, one of the last embers of the state’s steel industry, where …',
    kind: 'round',
    rounds: [
      {
        company: 'Ember',
        amount: 13e6,
        roundType: 'series_a',
        lead: ['Lakefront Climate Fund'],
        other: ['Cuyahoga Industrial Ventures', 'Erie Shore Angels'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub36-29',
    style: 'business',
    phenomenon:
      'business_site_rumour,early_talks,about_amount,valuation_trap,investor_held_discussions_not_lead,own_earlier_raise_trap,people_familiar,ellipsis_truncation,unknown',
    title: 'Drone-delivery firm Skylark Aerial in early talks to raise about $200m, sources say',
    source: 'Capital Markets Daily',
    text:
      'Skylark Aerial, the Dallas drone-delivery company that flies prescriptions and groceries for two Texas supermarket chains, is in early talks to raise about $200m at a valuation of around $2.5bn, according to two people familiar with the matter. ' +
      'Halvard Capital is among the investors that have held discussions with the company, one of the people said. Skylark, which raised $90m last year, …',
    kind: 'in_talks',
    rounds: [{ company: 'Skylark Aerial', amount: 2e8, roundType: 'unknown' }],
  },
  // ── No new round ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub36-30',
    style: 'blog',
    phenomenon:
      'vc_firm_blog,fund_close,previous_fund_size_trap,cheque_size_trap,portfolio_company_round_background,bracket_ellipsis_truncation,the_post_appeared_first_on,no_round',
    title: 'Announcing Ironwood Bay Fund III',
    source: 'Ironwood Bay Partners',
    text:
      'We’re excited to announce the close of Ironwood Bay Fund III at $180 million, up from $95 million for Fund II. ' +
      'We’ll keep writing first checks of $1–3 million into founders building software for the physical economy. ' +
      'Fund II backed Tallgrass Robotics, which raised a $60 million Series B last year, and … […]\n\n' +
      'The post Announcing Ironwood Bay Fund III appeared first on Ironwood Bay Partners.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Tallgrass Robotics'],
  },
  {
    id: 'ub36-31',
    style: 'business',
    phenomenon:
      'retail_trade_magazine,acquisition,undisclosed_price,acquired_company_earlier_series_a_with_lead,bracket_ellipsis_truncation,no_round',
    title: 'Shelf-gap startup Shelfglance acquired by point-of-sale maker Tillcraft',
    source: 'Retail Systems Observer',
    text:
      'Tillcraft, the Atlanta-based point-of-sale maker, has agreed to acquire Shelfglance, whose cameras count the gaps left on supermarket shelves at closing time, for an undisclosed sum. ' +
      'Shelfglance, which raised a $12 million Series A led by Oakhurst Ventures in 2024, will keep … […]',
    kind: 'acquisition',
    rounds: [],
    prior: ['Shelfglance'],
  },
  {
    id: 'ub36-32',
    style: 'wire',
    phenomenon:
      'australian_site,ipo,aud_ipo_proceeds_trap,share_price_trap,legal_suffix_ltd,earlier_series_a_background,ellipsis_truncation,no_round',
    title: 'Payroll software firm Paywattle soars 31% in ASX debut after A$120m IPO',
    source: 'Harbour City Business',
    text:
      'Sydney-based Paywattle Ltd rose 31% on its first day of trade on the ASX yesterday after raising A$120 million in an initial public offering priced at A$2.40 a share. ' +
      'The company, backed by venture firm Bondi Ridge Capital since its A$8 million Series A in 2019, …',
    kind: 'ipo',
    rounds: [],
    prior: ['Paywattle'],
  },
  {
    id: 'ub36-33',
    style: 'press',
    phenomenon:
      'university_news_office,grant_programme_launch,no_recipient_named,programme_total_trap,grant_size_trap,read_more_leftover,photo_caption_last,no_round',
    title: 'New $2 million fund offers student founders grants of up to $50,000',
    source: 'Eastmoor University Newsroom',
    text:
      'Eastmoor University’s Centre for Entrepreneurship is launching the Launchpad Grant Programme, a $2 million fund that will award non-dilutive grants of up to $50,000 to student and recent-graduate founders. ' +
      'Applications for the first round open April 1 and … [Read more]\n\n' +
      'Photo: Students at the Centre for Entrepreneurship’s demo day in Baltimore.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub36-34',
    style: 'business',
    phenomenon:
      'national_newspaper_business_feed,government_loan,car_plant,jobs_count_trap,company_own_investment_trap,ellipsis_truncation,share_this_article_leftover,related_link_leftover,no_round',
    title: 'Government to lend £450m to Northway Motors for Sunderland EV plant',
    source: 'The Northern Herald — Business',
    text:
      'The government will lend £450m to Northway Motors to convert its Sunderland car plant to build electric vehicles, securing 3,200 jobs, the business secretary announced yesterday. ' +
      'The loan, from the state’s export credit agency, comes as Northway commits a further £1.1bn of its own money to the site …\n\n' +
      'Share this article\n\n' +
      'Related: Battery gigafactory plans stall in the Midlands',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub36-35',
    style: 'press',
    phenomenon:
      'company_newsroom,us_dateline,arr_milestone,earlier_series_b_with_lead_recalled,customer_count_trap,continue_reading_leftover,no_round',
    title: 'Routeyard passes $100 million in annual recurring revenue',
    source: 'Routeyard Newsroom',
    text:
      'AUSTIN, Texas, March 9, 2026 — Routeyard, the job-management platform for landscaping and pest-control businesses, today announced that it has passed $100 million in annual recurring revenue, two years after its $45 million Series B led by Barton Creek Capital. ' +
      'More than 18,000 businesses now …\n\n' +
      'Continue reading →',
    kind: 'other',
    rounds: [],
    prior: ['Routeyard'],
  },
  {
    id: 'ub36-36',
    style: 'business',
    phenomenon:
      'regional_tv_station_site,dateline,layoffs,raise_in_title_trap,earlier_series_b_with_lead_recalled,staff_share_trap,copyright_leftover,no_round',
    title: 'Cincinnati startup lays off 60 workers, months after raising $30 million',
    source: 'Queen City 9 News',
    text:
      'CINCINNATI — Cartwheel Health, a Cincinnati startup that sends nurses to patients’ homes after they leave hospital, laid off about 60 employees on Monday, roughly a quarter of its staff. ' +
      'The company raised $30 million in a Series B led by Ohio River Partners last summer. In a statement, chief executive Dana Pruitt said …\n\n' +
      'Copyright 2026 Queen City 9. All rights reserved.',
    kind: 'other',
    rounds: [],
    prior: ['Cartwheel Health'],
  },
  {
    id: 'ub36-37',
    style: 'roundup',
    phenomenon:
      'african_site_in_english,top_10_list_of_2025,aggregate_statistic,ranked_rounds_from_last_year,list_cut_at_third,photo_caption_last,no_round',
    title: 'The 10 best-funded African startups of 2025',
    source: 'Lagos Tech Digest',
    text:
      'African startups raised $2.9 billion in 2025. These ten raised the most:\n' +
      '1. Kudipay (Nigeria) — $120 million Series C led by Atlas Meridian Growth\n' +
      '2. Shambapower (Kenya) — $85 million Series B\n' +
      '3. Nilewave Logistics (Egypt) — $60 million …\n\n' +
      'Photo: The Lagos skyline. (File)',
    kind: 'other',
    rounds: [],
    prior: ['Kudipay', 'Shambapower', 'Nilewave Logistics'],
  },
  {
    id: 'ub36-38',
    style: 'business',
    phenomenon:
      'city_business_journal,secondary_sale,early_backers_sell,company_receives_no_money,valuation_trap,earlier_series_c_background,ellipsis_truncation,no_round',
    title: 'Early backers sell $70M of Cedarloop shares to growth investor',
    source: 'Seattle Business Register',
    text:
      'Early investors and former employees of Cedarloop, the Seattle maker of scheduling software for dental offices, have sold about $70 million of their shares to Puget Crest Growth in a secondary transaction, the company said. ' +
      'Cedarloop itself did not raise money in the deal, which values it at $1.4 billion, up from $900 million when it raised its Series C in …',
    kind: 'other',
    rounds: [],
    prior: ['Cedarloop'],
  },
  {
    id: 'ub36-39',
    style: 'business',
    phenomenon:
      'sports_business_site,football_club_stadium_financing,led_by_trap,private_placement_notes,bank_loan,seat_count_trap,bracket_ellipsis_truncation,no_round',
    title: 'Avon Vale FC secures £220m stadium financing package',
    source: 'Pitchside Finance',
    text:
      'Avon Vale FC has secured a £220m financing package for its new 30,000-seat stadium in Bristol, led by a £150m private placement of 25-year notes with US insurers and topped up by a £70m bank loan. ' +
      'The club’s owners said construction would start in June and … […]',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub36-40',
    style: 'wire',
    phenomenon:
      'crypto_site,protocol_exploit,stolen_amount_trap,bounty_percentage_trap,earlier_seed_with_lead_recalled,ellipsis_truncation,no_round',
    title: 'Lending protocol Marrowfi drained of $31M in oracle exploit',
    source: 'Chain Signal',
    text:
      'Marrowfi, a lending protocol on an Ethereum layer-2 network, lost about $31 million on Sunday after an attacker manipulated the price feed for one of its collateral tokens, on-chain data show. ' +
      'The team has paused deposits and offered the attacker a 10% bounty. Marrowfi raised a $6 million seed round led by Verdigris Crypto in 2024 and …',
    kind: 'other',
    rounds: [],
    prior: ['Marrowfi'],
  },
  {
    id: 'ub36-41',
    style: 'wire',
    phenomenon: 'gaming_site,indie_game_prize,prize_amount_trap,solo_developer,bracket_ellipsis_truncation,no_round',
    title: 'Solo developer’s lighthouse puzzler wins $50,000 grand prize at Northlight Indie Awards',
    source: 'Indie Arcade Post',
    text:
      'Tallis Byrne’s Lamplighter, a puzzle game about keeping a lighthouse running through a winter storm, won the $50,000 grand prize at the Northlight Indie Awards in Montreal on Saturday. ' +
      'Byrne, who made the game alone over four years, said the money would … […]',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub36-42',
    style: 'wire',
    phenomenon:
      'european_startup_site,startup_award,common_word_company_name,earlier_series_a_with_lead_recalled,bracket_ellipsis_truncation,no_round',
    title: 'Copenhagen’s Brygge named Nordic Startup of the Year',
    source: 'Northern Lights Startups',
    text:
      'Brygge, a Copenhagen startup that rents electric cargo bikes to restaurants and bakeries, was named Nordic Startup of the Year at the Aurora Founders Awards in Stockholm last night. ' +
      'The company, which raised €18 million in a Series A led by Øresund Capital last year, … […]',
    kind: 'other',
    rounds: [],
    prior: ['Brygge'],
  },
  {
    id: 'ub36-43',
    style: 'business',
    phenomenon:
      'health_it_trade_magazine,partnership,terms_not_disclosed,clinic_count_trap,last_year_raise_recalled,bracket_ellipsis_truncation,no_round',
    title: 'Carelane partners with Mercy Hill Health to bring AI scribes to 40 clinics',
    source: 'Health IT Dispatch',
    text:
      'Carelane, the ambient clinical-documentation startup, has signed a partnership with Mercy Hill Health to roll out its AI scribe across 40 primary-care clinics in Missouri and Kansas, the companies said. ' +
      'Financial terms were not disclosed. The deal is Carelane’s largest since it raised $28 million last year … […]',
    kind: 'other',
    rounds: [],
    prior: ['Carelane'],
  },
  {
    id: 'ub36-44',
    style: 'wire',
    phenomenon:
      'off_grid_energy_site,price_cut,local_currency_price_trap,daily_payment_trap,last_year_financing_recalled,ellipsis_truncation,no_round',
    title: 'Mwezi Power cuts price of home solar kits by 20% in Tanzania',
    source: 'Off-Grid Power Monitor',
    text:
      'Pay-as-you-go solar company Mwezi Power has cut the price of its entry-level home solar kit in Tanzania by 20% to 180,000 shillings, citing cheaper panels and batteries. ' +
      'Customers can now pay 1,200 shillings a day. Mwezi Power, which raised $25 million in debt and equity last year, said …',
    kind: 'other',
    rounds: [],
    prior: ['Mwezi Power'],
  },
  // ── Other language ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub36-45',
    style: 'foreign',
    phenomenon:
      'other_language,german,austrian_startup_blog,eur_mio_comma_decimal,legal_suffix_gmbh,angefuehrt_von,business_angel_by_name,der_beitrag_erschien_zuerst_auf,reports_seed_round',
    title: 'Wiener Start-up Kaffeesatzwerk holt €1,5 Mio. für Verpackungen aus Kaffeesatz',
    source: 'Donau Startup Blog',
    text:
      'Das Wiener Start-up Kaffeesatzwerk GmbH hat in einer Seed-Runde €1,5 Mio. eingesammelt. Angeführt wird die Runde von Praterstern Ventures, außerdem beteiligt sich der Business Angel Florian Mayrhofer. ' +
      'Das Unternehmen presst aus dem Kaffeesatz von Wiener Kaffeehäusern … […]\n\n' +
      'Der Beitrag Wiener Start-up Kaffeesatzwerk holt €1,5 Mio. für Verpackungen aus Kaffeesatz erschien zuerst auf Donau Startup Blog.',
    kind: 'round',
    rounds: [],
  },
];
