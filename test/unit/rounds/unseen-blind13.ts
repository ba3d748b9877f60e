// A thirteenth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "last week" is early March 2026 and "last year" is 2025.
// Styles: the English editions of a German business paper ("has collected €18 million", "the round is
// led by", GmbH, KfW Capital participating) and of a French one ("completed a fundraising of €12
// million", "the operation is led by", "historical investors", Bpifrance) and of a Spanish one ("4.5
// million euros", "has had the participation of", "billed"), a Swedish business paper ("SEK 80
// million" in "a new share issue", "subscribing"), a Nordic funding wrap with NOK, DKK and euros in one
// text, Latin American outlets (Brazil "R$25 million", Mexico "180 million pesos", Colombia "COP
// 12,000 million"), African tech outlets (Nigeria "₦2.4 billion", Kenya "Sh650 million" with no
// conversion, South Africa "R300 million"), an Indonesian outlet ("Rp80 billion"), an Australian paper
// and its deals column ("A$25mn", "the raise", "is understood to be in the market for"), podcast show
// notes with timestamps and a sponsor read, a LinkedIn-style founder post (arrows, emoji, hashtags),
// a VC's own "Why we led …" portfolio post, an SEC Form D summary with pipe-separated filing fields, a
// newsletter's "Deals of the week" bullets, a headline-only wire item, an earnings-call transcript
// where the CFO mentions a round the listed company led, an ETH Zurich spin-off press release (CHF,
// "About" boilerplate), a crypto outlet's strategic token round, a biotech "Series B financing co-led
// by" release, a climate-tech "oversubscribed" seed, a job posting whose "About us" announces the
// round, and a product-launch post with the round as "one more thing".
// Phenomena: non-ASCII names (Wärmeloop, Écluse, Núvol Robotics, Havsö Marine, Cajuína Pay, Guadua
// Logística, Ọjà Direct, Skærgaard Robotics); a lowercase brand starting a sentence ("tradiebook");
// names with digits or punctuation ("K2 Labs", "Jump/Start", "Loop & Ladle", "Pell & Finch"); a
// company named only by its domain ("parcelry.ai", "tallyroom.io"); a company "formerly known as"
// another name (the old name, with its past seed, is `prior`); the amount only in the title; the lead
// only in the title; investors as "backers including" (no lead); an amount in words ("a two and a half
// million dollar pre-seed"); one text with two rounds of one company (a Series A in pesos plus a
// separate credit line, labelled 'debt'); a follow-on bridge from existing investors only; valuations
// (pre-money, post-money, fully diluted) beside amounts; totals to date, grant-inclusive totals,
// targets, order books, GMV, invoices processed, salaries, seat prices and guidance beside amounts;
// earlier rounds of the same company with their own leads. In-talks: a German paper's "according to
// information from this newspaper" with the lead "to be" named, a range ("between $80 million and
// $100 million", with "up to $100 million" in the title), an Australian column's "in the market for
// … expected to lead", a Brazilian "negotiating … around R$200 million … not been signed", a signed
// term sheet awaiting due diligence, and a headline with only a valuation (amount null).
// Distractors: a Swedish VC's fund close (kind 'fund_close'), an ASX float with a pre-IPO round as
// background (kind 'ipo'), a listed acquirer buying a start-up with the target's total raised (kind
// 'acquisition'), a Nigerian annual funding report whose largest deal is a named past round, a city
// innovation prize, a listed utility's green bond, a profitable private company buying back shares
// (not raising), a layoffs story with a past Series B, and a public token sale from wallets.
// Conventions (those of checks.ts and unseen-blind12.ts): company as the text names it, without
// GmbH/AG/Inc.; amount in the currency first stated (ISO code when not USD): "Sh" in a Nairobi story is
// KES, "pesos" in a Mexican story MXN, "COP 12,000 million" is 12e9; `lead` only where the text says who
// led or co-led (or, in talks, who is to/expected to lead), `lead: []` where the text makes clear there
// is none; `other` for named participants. Round types: pre-Series A, bridge, a "new share issue", a
// "fundraising" and a token round with no stage are 'unknown'; Series A2 is 'series_a'; a Series A
// extension 'extension'; growth equity 'growth'; a convertible loan 'convertible'; a pre-seed raised
// on SAFEs 'pre_seed' (the stage named wins). The Form D is labelled at the amount sold ($3.2 million),
// not the offering ($5 million); the earnings call at the round's size ($60 million), not the listed
// company's $25 million share of it. The range is labelled at its upper figure ($100 million), the
// figure the title gives ("up to"), as blind12 labels "as much as". A signed term sheet not yet
// closed is 'in_talks'. Labelled by hand; a reader of each text should agree with every label.
// First look (2026-12-07 06:42, no rule changed for it): company F1 0.815 (P 0.82 / R 0.80), amount
// 93.8 %, type 91.3 %, status 100 %, lead F1 0.825, 1 false round (a utility's bond order book) + 1
// background (money "already raised") and 5 wrong names (a podcast guest for her company, a job
// title for a careers page's company, a product for its maker, a sector word before a name twice).
// After the fixes (kinds of wording, tested on other invented examples in blind13-ways.test.ts):
// 0.886 · 97.1 % · 92.0 % · 0.885 · 1 false + 2 wrong names; every other set unchanged. Left: the
// bond's order book, the podcast guest, the launched product's name, an earnings call's "we led
// the $60 million Series B of X", "Sh" shillings without the K, lowercase brands that are no web
// address ("tradiebook"), a Form D's amount sold beside the offering, an extension's type, an
// equity round and a credit line in one text. A measurement, not a test: unseen.test.ts does not
// assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND13: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub13-01',
    style: 'business',
    phenomenon:
      'german_business_paper_english_edition,collects_verb,gmbh_suffix,non_ascii_name,round_is_led_by,public_body_investor,existing_shareholder,turnover_in_words_trap,series_a',
    title: 'Munich heat-pump software firm Wärmeloop collects €18 million',
    source: 'Rheinmark Wirtschaft – English Edition',
    text:
      'MUNICH – Wärmeloop GmbH, whose app lets heating installers size and commission heat pumps on site, has collected €18 million in a Series A financing round. ' +
      'The round is led by the Hamburg investor Elbtal Kapital; KfW Capital and the existing shareholder Isarwerk Ventures are also participating, the company announced on Monday.\n\n' +
      'Wärmeloop was founded in 2022 by the brothers Jonas and Felix Brandauer, both trained heating engineers. ' +
      'The start-up generated turnover in the low single-digit millions last year and employs 40 people. ' +
      'With the fresh capital, the Munich company intends to enter the Austrian and Swiss markets and to increase its workforce to 100 by the end of 2027.\n\n' +
      '"Most installers still calculate the heating load with pencil and paper," said Jonas Brandauer. "That costs them a day per house."',
    kind: 'round',
    rounds: [
      {
        company: 'Wärmeloop',
        amount: 18e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Elbtal Kapital'],
        other: ['KfW Capital', 'Isarwerk Ventures'],
      },
    ],
  },
  {
    id: 'ub13-02',
    style: 'business',
    phenomenon:
      'french_business_paper_english_edition,completed_a_fundraising,operation_is_led_by,historical_investors,bpifrance,total_since_creation_trap,tonnes_trap,non_ascii_name',
    title: 'Lyon start-up Écluse raises €12 million to bring freight back to the rivers',
    source: 'Le Courrier Économique – English edition',
    text:
      'Écluse, the Lyon-based start-up that operates a digital platform for booking freight on river barges, announced on Monday that it has completed a fundraising of €12 million. ' +
      'The operation is led by Saône Partenaires, alongside its historical investors Bpifrance and Canut Capital.\n\n' +
      'Founded in 2020 by Camille Desrosiers and Hugo Ferrand, the young company connects shippers with some 300 barge operators on the Rhône, the Saône and the Seine. ' +
      'It claims to have moved 1.4 million tonnes of goods last year. ' +
      'This new round brings to €19 million the total raised by Écluse since its creation.\n\n' +
      'The funds will be used to recruit about thirty people and to open a Rhine corridor to Germany and the Netherlands from 2027.',
    kind: 'round',
    rounds: [
      {
        company: 'Écluse',
        amount: 12e6,
        currency: 'EUR',
        roundType: 'unknown',
        lead: ['Saône Partenaires'],
        other: ['Bpifrance', 'Canut Capital'],
      },
    ],
  },
  {
    id: 'ub13-03',
    style: 'business',
    phenomenon:
      'spanish_business_paper_english_edition,euros_after_number,has_had_the_participation_of,billed_revenue_trap,earlier_pre_seed_same_company,non_ascii_name,seed',
    title: 'Núvol Robotics closes a 4.5 million euro seed round',
    source: 'El Observador Económico (English)',
    text:
      'The Barcelona start-up Núvol Robotics, which develops drones that clean the facades and windows of tall buildings, has closed a seed round of 4.5 million euros. ' +
      'The operation has been led by the Catalan fund Tramuntana Capital and has had the participation of Fons Garrotxa and a group of business angels linked to the construction sector.\n\n' +
      'The company, founded in 2023 by the engineers Laia Puigdomènech and Marc Soler, billed 600,000 euros in 2025 and already works with property managers in Barcelona, Madrid and Valencia. ' +
      'In 2024 it closed a pre-seed round of 800,000 euros.\n\n' +
      'With the new capital, Núvol will industrialise the manufacture of its drones and begin its expansion to France and Portugal.',
    kind: 'round',
    rounds: [
      {
        company: 'Núvol Robotics',
        amount: 4.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Tramuntana Capital'],
        other: ['Fons Garrotxa'],
      },
    ],
  },
  {
    id: 'ub13-04',
    style: 'business',
    phenomenon:
      'swedish_business_paper_english,sek_code_prefix,eur_conversion,new_share_issue,subscribing_verb,state_owned_investor,post_money_valuation_trap,order_book_trap,non_ascii_name',
    title: 'Havsö Marine brings in SEK 80 million in new share issue',
    source: 'Västkust Affärer (in English)',
    text:
      'Gothenburg-based Havsö Marine, which builds electric workboats for fish farms and offshore wind parks, has raised SEK 80 million (about €7 million) in a new share issue. ' +
      'The issue was led by Tjörn Invest, with the state-owned Almi Invest and several existing owners also subscribing.\n\n' +
      'The issue values the company at SEK 400 million after the money, according to chief executive Elin Bergqvist. ' +
      'Havsö delivered eleven boats last year and has an order book of SEK 150 million.\n\n' +
      'The capital will be used to double production capacity at the yard in Uddevalla.',
    kind: 'round',
    rounds: [
      {
        company: 'Havsö Marine',
        amount: 80e6,
        currency: 'SEK',
        roundType: 'unknown',
        lead: ['Tjörn Invest'],
        other: ['Almi Invest'],
      },
    ],
  },
  {
    id: 'ub13-05',
    style: 'business',
    phenomenon:
      'brazilian_outlet_english,brl_symbol,usd_conversion,valuation_from_source_trap,earlier_seed_with_lead_trap,non_ascii_name,series_a',
    title: 'Cajuína Pay raises R$25 million Series A to lend to independent pharmacies',
    source: 'Pauliceia Tech (English edition)',
    text:
      'Recife-based fintech Cajuína Pay has raised R$25 million (about US$4.5 million) in a Series A round led by Aroeira Capital, with participation from Mandacaru Ventures, the company told Pauliceia Tech.\n\n' +
      'The startup offers working-capital loans and a payment terminal to independent pharmacies in the Northeast of Brazil, and says it has 2,300 clients in nine states. ' +
      'The round values Cajuína Pay at about R$150 million, according to a person close to the deal.\n\n' +
      'Cajuína Pay had raised R$6 million in a seed round led by Maracatu Angels in 2024. The new money will fund expansion to the Southeast.',
    kind: 'round',
    rounds: [
      {
        company: 'Cajuína Pay',
        amount: 25e6,
        currency: 'BRL',
        roundType: 'series_a',
        lead: ['Aroeira Capital'],
        other: ['Mandacaru Ventures'],
      },
    ],
  },
  {
    id: 'ub13-06',
    style: 'business',
    phenomenon:
      'mexican_outlet_english,pesos_word,usd_conversion,equity_plus_credit_line,two_rounds_same_company,hyphenated_million_peso,disbursed_total_trap,series_a,debt',
    title: 'Nopalia lands 180 million pesos and a credit line to finance growers',
    source: 'Bajío Negocios – English',
    text:
      'GUADALAJARA – Nopalia, a Mexican fintech that lends to small avocado and berry growers in Jalisco and Michoacán, raised 180 million pesos (about $10 million) in a Series A round led by Cenote Capital, the company said on Monday. ' +
      'Existing investor Huasteca Ventures also participated.\n\n' +
      'Separately, Nopalia secured a 300 million-peso credit line from Banco Mezquital to fund its loan book. ' +
      'The company has disbursed more than 1.1 billion pesos since launching in 2021.',
    kind: 'round',
    rounds: [
      {
        company: 'Nopalia',
        amount: 180e6,
        currency: 'MXN',
        roundType: 'series_a',
        lead: ['Cenote Capital'],
        other: ['Huasteca Ventures'],
      },
      { company: 'Nopalia', amount: 300e6, currency: 'MXN', roundType: 'debt', other: ['Banco Mezquital'] },
    ],
  },
  {
    id: 'ub13-07',
    style: 'business',
    phenomenon:
      'colombian_outlet,cop_thousands_of_millions,usd_conversion,x_led_the_round,pre_series_a,loads_trap,non_ascii_name',
    title: 'Medellín’s Guadua Logística closes pre-Series A of COP 12,000 million',
    source: 'Valle de Aburrá Business Review',
    text:
      'Guadua Logística, a Medellín startup that coordinates refrigerated trucks for flower and coffee exporters, closed a pre-Series A round of COP 12,000 million (about US$3 million). ' +
      'Orquídea Capital led the round, and the Café Angels Network also took part.\n\n' +
      'The company, founded in 2022, says it moves 3,500 loads a month between the Antioquia highlands and the ports of Cartagena and Buenaventura. ' +
      'It will use the money to add cold-storage hubs in Bogotá and Cali.',
    kind: 'round',
    rounds: [
      {
        company: 'Guadua Logística',
        amount: 12e9,
        currency: 'COP',
        roundType: 'unknown',
        lead: ['Orquídea Capital'],
        other: ['Café Angels Network'],
      },
    ],
  },
  {
    id: 'ub13-08',
    style: 'business',
    phenomenon:
      'nigerian_tech_outlet,naira_symbol_billion,usd_conversion,other_backers_include,order_volume_trap,raise_in_naira,non_ascii_name,seed',
    title: 'Ọjà Direct raises ₦2.4bn seed to restock Lagos corner shops',
    source: 'Eko Techscope',
    text:
      'Lagos-based B2B e-commerce startup Ọjà Direct has raised ₦2.4 billion (about $1.6 million) in seed funding led by Ikorodu Road Capital. ' +
      'Other backers include Surulere Seed Fund and a group of Nigerian angel investors.\n\n' +
      'Ọjà Direct lets the owners of small neighbourhood shops order stock from manufacturers through a messaging app and pay on delivery. ' +
      'The startup says it serves 9,000 retailers across Lagos and Ibadan and processed ₦14 billion in orders last year.\n\n' +
      'Co-founder Tunde Adebayo-Ellis said the company chose to raise in naira to avoid a mismatch between its revenue and its funding.',
    kind: 'round',
    rounds: [
      {
        company: 'Ọjà Direct',
        amount: 2.4e9,
        currency: 'NGN',
        roundType: 'seed',
        lead: ['Ikorodu Road Capital'],
        other: ['Surulere Seed Fund'],
      },
    ],
  },
  {
    id: 'ub13-09',
    style: 'business',
    phenomenon:
      'kenyan_outlet,sh_shillings,no_usd_conversion,development_finance_institution,price_per_litre_trap,funding_round_no_series',
    title: 'Water-ATM operator Maji Mesh raises Sh650 million',
    source: 'Nairobi Business Beat',
    text:
      'Maji Mesh, a Nairobi company that runs solar-powered water dispensers in informal settlements, has raised Sh650 million in a funding round led by Lavington Capital.\n\n' +
      'The International Finance Corporation and Athi River Partners also took part in the round, the firm said on Monday. ' +
      'Residents buy water from the dispensers with mobile money at Sh1 for two litres, about a fifth of what street vendors charge.\n\n' +
      'Maji Mesh plans to install 1,200 more dispensers in Nairobi, Mombasa and Kisumu by 2028.',
    kind: 'round',
    rounds: [
      {
        company: 'Maji Mesh',
        amount: 650e6,
        currency: 'KES',
        roundType: 'unknown',
        lead: ['Lavington Capital'],
        other: ['International Finance Corporation', 'Athi River Partners'],
      },
    ],
  },
  {
    id: 'ub13-10',
    style: 'business',
    phenomenon:
      'south_african_outlet,rand_r_prefix,investor_first_headline,growth_equity,minority_stake,profitable_company,megawatts_trap',
    title: 'Renosterveld Equity Partners puts R300m into Umoya Grid',
    source: 'Jozi Tech Report',
    text:
      'Cape Town private equity firm Renosterveld Equity Partners has made a R300 million growth equity investment in Umoya Grid, a Johannesburg company that installs rooftop solar and batteries for shopping centres and warehouses on a pay-as-you-save basis.\n\n' +
      'The deal gives Renosterveld a significant minority stake. ' +
      'Umoya Grid, which has been profitable since 2023, will use the capital to add 60 megawatts of installations over three years. ' +
      'Founder and chief executive Sipho Mahlangu said power cuts had turned solar "from a nice-to-have into a board-level decision" for landlords.',
    kind: 'round',
    rounds: [
      {
        company: 'Umoya Grid',
        amount: 300e6,
        currency: 'ZAR',
        roundType: 'growth',
        other: ['Renosterveld Equity Partners'],
      },
    ],
  },
  {
    id: 'ub13-11',
    style: 'business',
    phenomenon:
      'australian_outlet,aud_mn_suffix,lowercase_brand,sentence_starts_lowercase,pre_money_valuation_trap,earlier_round_same_company,invoice_volume_trap,series_b',
    title: 'tradiebook nails down A$25mn Series B',
    source: 'Southern Cross Business Daily',
    text:
      'Brisbane-based tradiebook, the booking and invoicing app for plumbers, sparkies and other tradespeople, has raised A$25mn in a Series B led by Wattle Hill Capital.\n\n' +
      'Blackbutt Ventures joined the raise, alongside existing backer Jacaranda Growth. The round values the company at A$180mn pre-money, sources said.\n\n' +
      'tradiebook, which last raised A$7mn in 2023, says 38,000 tradies use the app and that it processed A$1.2bn in invoices last financial year. ' +
      'Co-founder Kane Whitlam said the funds would be used to launch in New Zealand and the UK.',
    kind: 'round',
    rounds: [
      {
        company: 'tradiebook',
        amount: 25e6,
        currency: 'AUD',
        roundType: 'series_b',
        lead: ['Wattle Hill Capital'],
        other: ['Blackbutt Ventures', 'Jacaranda Growth'],
      },
    ],
  },
  {
    id: 'ub13-12',
    style: 'blog',
    phenomenon:
      'podcast_show_notes,amount_in_words,pre_seed_on_safes,last_week,timestamps,sponsor_credit_trap,ampersand_in_name,company_in_title_parenthesis',
    title: 'Ep. 187: Tove Anyanwu (Loop & Ladle) on robots in school kitchens',
    source: 'Second Coffee — a podcast about building things',
    text:
      'This week Tove Anyanwu, co-founder and CEO of Loop & Ladle, joins us from Pittsburgh. ' +
      'Loop & Ladle builds a batch-cooking robot for school and hospital kitchens, and last week the company closed a two and a half million dollar pre-seed round led by Saltgrass Ventures, raised on SAFEs. ' +
      'We talk about why she picked hardware, what she learned from 60 investor meetings, and why the first robot caught fire.\n\n' +
      'Timestamps\n' +
      '(00:00) Intro\n' +
      '(03:12) From line cook to robotics PhD\n' +
      '(17:45) The pre-seed: SAFEs, caps and saying no\n' +
      '(38:20) Selling to school districts\n' +
      '(51:05) Rapid fire\n\n' +
      'This episode is brought to you by Ledgerline: new customers get $500 in credit at ledgerline.com/coffee.',
    kind: 'round',
    rounds: [{ company: 'Loop & Ladle', amount: 2.5e6, roundType: 'pre_seed', lead: ['Saltgrass Ventures'] }],
  },
  {
    id: 'ub13-13',
    style: 'blog',
    phenomenon: 'linkedin_founder_post,emoji,hashtags,arrow_list,investor_meetings_count_trap,company_in_post_and_source,seed',
    source: 'LinkedIn — Ines Adeyemi, Co-founder & CEO at Pebblecrest',
    text:
      'I’ve started and deleted this post four times. 🙃\n\n' +
      'So I’ll just say it: Pebblecrest has raised a $4.2M seed round, led by Kittiwake Capital. 🚀\n\n' +
      'We’re also joined by Samphire Ventures, Turnstone Angels and a handful of operators I’ve looked up to for years.\n\n' +
      'Some numbers nobody puts in these posts:\n' +
      '→ 212 investor conversations\n' +
      '→ 180-something no’s\n' +
      '→ 1 very patient co-founder (hi Tomás 👋)\n\n' +
      'Pebblecrest helps credit unions spot fraud before the money leaves the account. We’re hiring 6 engineers — link in the comments. 👇\n\n' +
      '#startups #seedround #fintech #grateful',
    kind: 'round',
    rounds: [
      {
        company: 'Pebblecrest',
        amount: 4.2e6,
        roundType: 'seed',
        lead: ['Kittiwake Capital'],
        other: ['Samphire Ventures', 'Turnstone Angels'],
      },
    ],
  },
  {
    id: 'ub13-14',
    style: 'blog',
    phenomenon:
      'vc_portfolio_announcement,written_by_investor,why_we_led_title,investor_names_itself_as_lead,seed_investor_follow_on,board_seat,savings_gbp_trap,series_a',
    title: 'Why we led Tansel’s Series A',
    source: 'Ormsby Row Ventures — Perspectives',
    text:
      'Every hospital pharmacy we visited in 2024 had the same whiteboard: a hand-written list of drugs about to run short. Tansel replaces that whiteboard with a forecast.\n\n' +
      'Today we’re proud to share that Ormsby Row Ventures has led Tansel’s $14 million Series A, joined by Bilberry Capital and Tansel’s seed investor, Brockhollow. I’ll be joining the board.\n\n' +
      'We first met founders Ayla Demir and Rui Matos when Tansel was three people in a Leeds co-working space. ' +
      'Eighteen months later, 40 NHS trusts use it, and it has helped them avoid an estimated £9 million in emergency purchases.\n\n' +
      '— Danuta Whelan, Partner',
    kind: 'round',
    rounds: [
      {
        company: 'Tansel',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Ormsby Row Ventures'],
        other: ['Bilberry Capital', 'Brockhollow'],
      },
    ],
  },
  {
    id: 'ub13-15',
    style: 'business',
    phenomenon:
      'sec_form_d_summary,filed_to_raise,sold_of_offering,comma_grouped_dollars,pipe_separated_fields,remaining_to_be_sold_trap,name_with_digit,no_investors_named',
    title: 'K2 Labs sells $3.2 million of $5 million equity offering',
    source: 'Form D Watch',
    text:
      'K2 Labs Inc., a Boulder, Colorado, maker of snowpack sensors used in avalanche forecasting, has filed to raise $5 million and has sold $3.2 million of the offering so far, according to a Form D filed with the Securities and Exchange Commission.\n\n' +
      'Issuer: K2 Labs Inc. | Jurisdiction: Delaware | Industry: Other Technology\n' +
      'Securities: Equity | Pooled investment fund: No\n' +
      'Total offering amount: $5,000,000 | Total amount sold: $3,200,000 | Total remaining to be sold: $1,800,000\n' +
      'Number of investors: 11 | Date of first sale: 2026-02-19\n' +
      'Related persons: Anneliese Kroll (Executive Officer, Director); Dev Raman (Director)',
    kind: 'round',
    rounds: [{ company: 'K2 Labs', amount: 3.2e6, roundType: 'unknown', lead: [] }],
  },
  {
    id: 'ub13-16',
    style: 'roundup',
    phenomenon:
      'newsletter_deals_of_the_week,bullets,slash_in_name,domain_name_company,series_a2,us_dollar_prefix_canadian_company,series_a_extension,fund_close_bullet,acquisition_bullet_with_target_raise',
    title: 'Deals of the week: Jump/Start, parcelry.ai, Feldspar Bio',
    source: 'The Seed Pile (newsletter)',
    text:
      'Happy Tuesday. Five deals caught our eye this week:\n\n' +
      '• Jump/Start (Denver; EV chargers for apartment garages) raised a $7M Series A2 led by Frostgate Capital. Existing investors Ruddock Ventures and Pell & Finch also came in.\n' +
      '• parcelry.ai (Toronto; returns logistics for online stores) picked up US$3.1M in seed funding from Humberline Ventures and Lakeshore Angels.\n' +
      '• Feldspar Bio (Oxford; antibody discovery) added a £9.5M extension to its Series A, led by existing investor Cherwell Bio Partners.\n' +
      '• Quince Harbor Ventures closed its third fund at $150M.\n' +
      '• Moorlane bought checkout startup Tidycart for an undisclosed sum; Tidycart had raised $6M from Flintwick Capital.\n\n' +
      'See you next week.',
    kind: 'round',
    rounds: [
      {
        company: 'Jump/Start',
        amount: 7e6,
        roundType: 'series_a',
        lead: ['Frostgate Capital'],
        other: ['Ruddock Ventures', 'Pell & Finch'],
      },
      {
        company: 'parcelry.ai',
        amount: 3.1e6,
        roundType: 'seed',
        other: ['Humberline Ventures', 'Lakeshore Angels'],
      },
      {
        company: 'Feldspar Bio',
        amount: 9.5e6,
        currency: 'GBP',
        roundType: 'extension',
        lead: ['Cherwell Bio Partners'],
      },
    ],
    prior: ['Tidycart'],
  },
  {
    id: 'ub13-17',
    style: 'wire',
    phenomenon: 'headline_only,lands_verb,led_by_in_headline,descriptor_before_name,series_b',
    text: 'Electric skiff maker Wakelight Marine lands $45 million Series B led by Heronsgate Growth',
    kind: 'round',
    rounds: [{ company: 'Wakelight Marine', amount: 45e6, roundType: 'series_b', lead: ['Heronsgate Growth'] }],
  },
  {
    id: 'ub13-18',
    style: 'business',
    phenomenon:
      'earnings_call_transcript,cfo_remarks,listed_company_leads_as_we,own_share_of_round_trap,buyback_trap,guidance_range_trap,revenue_trap,series_b',
    title: 'Calder Ridge Industrial (CRI) Q4 2025 earnings call transcript',
    source: 'Earnings call transcripts',
    text:
      'Helen Marsh, Chief Financial Officer: Thanks, Tom. Revenue for the fourth quarter was $1.86 billion, up 7% year on year, and free cash flow for the full year was $412 million. ' +
      'We repurchased $150 million of our own shares in the quarter.\n\n' +
      'One more item before guidance. This morning we led the $60 million Series B of Sightwell Robotics, the tank-inspection company we have partnered with since 2024. ' +
      'Our share of the round is $25 million, and it gives us a seat on their board. Sightwell’s robots already inspect tanks at six of our plants.\n\n' +
      'For 2026 we expect revenue of $7.6 billion to $7.9 billion. Operator, we can take questions.\n\n' +
      'Operator: Thank you. Our first question comes from Rafael Ortega with Arkwell Securities.',
    kind: 'round',
    rounds: [{ company: 'Sightwell Robotics', amount: 60e6, roundType: 'series_b', lead: ['Calder Ridge Industrial'] }],
  },
  {
    id: 'ub13-19',
    style: 'press',
    phenomenon:
      'university_spinout_press_release,eth_zurich,chf_code_prefix,ag_suffix,public_body_grant_background,about_boilerplate,ceo_quote,seed',
    title: 'ETH Zurich spin-off Gletscherlicht raises CHF 9.5 million seed round',
    text:
      'ZURICH, March 10, 2026 – Gletscherlicht AG, a spin-off of ETH Zurich that develops radar sensors for monitoring glaciers, rock slopes and dams, today announced a CHF 9.5 million seed financing round. ' +
      'The round was led by Sihl Deep Tech, with participation from Lägern Partners and a group of Swiss private investors.\n\n' +
      'Gletscherlicht was founded in 2023 by Dr. Nina Albrecht and Prof. Urs Bachmann on technology developed at ETH Zurich, and was previously supported by an Innosuisse innovation project. ' +
      'Its sensors are installed at 14 sites in the Alps.\n\n' +
      '"This financing allows us to go from research prototypes to a product that cantonal authorities can buy off the shelf," said Nina Albrecht, CEO.\n\n' +
      'About Gletscherlicht\n' +
      'Gletscherlicht AG is a Zurich-based company founded in 2023. Media contact: press@gletscherlicht.ch',
    kind: 'round',
    rounds: [
      {
        company: 'Gletscherlicht',
        amount: 9.5e6,
        currency: 'CHF',
        roundType: 'seed',
        lead: ['Sihl Deep Tech'],
        other: ['Lägern Partners'],
      },
    ],
  },
  {
    id: 'ub13-20',
    style: 'business',
    phenomenon:
      'crypto_token_round,strategic_token_round,fully_diluted_valuation_trap,vesting,airdrop_percentage_trap,dao_investor,short_name_in_title',
    title: 'Orbax raises $9M in strategic token round led by Nullpoint Capital',
    source: 'Blockfeed Daily',
    text:
      'Orbax Protocol, a restaking network that lets validators secure several chains at once, has raised $9 million in a strategic token round led by Nullpoint Capital, the team said on Monday. ' +
      'Hexstone Labs, Quantile DAO and several angel investors also participated.\n\n' +
      'The tokens, sold at a $180 million fully diluted valuation, are locked for 12 months and vest over the following 24. ' +
      'Orbax’s ORBX token is expected to launch in the second quarter, with 8% of supply set aside for an airdrop.',
    kind: 'round',
    rounds: [
      {
        company: 'Orbax Protocol',
        amount: 9e6,
        roundType: 'unknown',
        lead: ['Nullpoint Capital'],
        other: ['Hexstone Labs', 'Quantile DAO'],
      },
    ],
  },
  {
    id: 'ub13-21',
    style: 'press',
    phenomenon:
      'biotech_press_release,series_b_financing_co_led_by,oversubscribed,new_and_existing_investors,total_capital_raised_trap,earlier_series_a_with_lead,board_appointments,inc_suffix',
    text:
      'SOUTH SAN FRANCISCO, Calif., March 10, 2026 (BUSINESS WIRE) -- Kinnear Biosciences, Inc., a clinical-stage company developing oral therapies for autoimmune kidney disease, today announced the closing of an oversubscribed $88 million Series B financing co-led by Orchardleigh Bio Partners and Vesper Health Capital. ' +
      'New investor Quayfield Capital and existing investors Norwood Life Sciences and Fallbrook Ventures also participated.\n\n' +
      'Proceeds will fund a Phase 2b trial of KNR-204 in IgA nephropathy and advance a second program into the clinic. ' +
      'The financing brings Kinnear’s total capital raised to $131 million, following a $43 million Series A led by Norwood Life Sciences in 2023.\n\n' +
      'In connection with the financing, Dr. Selin Aksoy of Orchardleigh Bio Partners and Marcus Oduya of Vesper Health Capital will join the Kinnear Board of Directors.',
    kind: 'round',
    rounds: [
      {
        company: 'Kinnear Biosciences',
        amount: 88e6,
        roundType: 'series_b',
        lead: ['Orchardleigh Bio Partners', 'Vesper Health Capital'],
        other: ['Quayfield Capital', 'Norwood Life Sciences', 'Fallbrook Ventures'],
      },
    ],
  },
  {
    id: 'ub13-22',
    style: 'business',
    phenomenon:
      'climate_tech,oversubscribed,target_amount_trap,eu_public_fund_participant,grant_inclusive_total_trap,eur_m_suffix,percentages,seed',
    title: 'Mergelstone closes oversubscribed €11m seed to make cement from mine waste',
    source: 'Groundwork Climate Brief',
    text:
      'Rotterdam-based Mergelstone has closed an oversubscribed €11m seed round, well above the €8m it set out to raise. ' +
      'Polder Climate Fund led the round, with the EIC Fund and Zeeland Impact Partners joining.\n\n' +
      'The start-up turns tailings from quarries and mines into a binder that can replace up to 40% of the cement in concrete, cutting its emissions by about a third. ' +
      'Including a €2.5m EIC Accelerator grant awarded last year, Mergelstone has now raised €15m in total.\n\n' +
      'It will use the money to build a 20,000-tonne-a-year demonstration plant in the port of Rotterdam.',
    kind: 'round',
    rounds: [
      {
        company: 'Mergelstone',
        amount: 11e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Polder Climate Fund'],
        other: ['EIC Fund', 'Zeeland Impact Partners'],
      },
    ],
  },
  {
    id: 'ub13-23',
    style: 'wire',
    phenomenon: 'bridge_round,existing_investors_only,no_new_investors,no_lead,earlier_series_a_lead_trap,runway',
    title: 'Wildfire-detection startup Emberwatch raises $6M bridge from existing backers',
    text:
      'Emberwatch, whose camera towers spot wildfire smoke for utilities in California and Oregon, has raised a $6 million bridge round from its existing investors, Wolfridge Capital and Birchmark Ventures, the company said on Monday. ' +
      'No new investors took part.\n\n' +
      'The money extends Emberwatch’s runway into 2027 while it prepares to raise a Series B. ' +
      'The Sacramento-based company raised a $20 million Series A led by Wolfridge Capital in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Emberwatch',
        amount: 6e6,
        roundType: 'unknown',
        lead: [],
        other: ['Wolfridge Capital', 'Birchmark Ventures'],
      },
    ],
  },
  {
    id: 'ub13-24',
    style: 'business',
    phenomenon: 'indonesian_outlet,idr_rp_prefix,usd_conversion,pre_series_a,existing_investor,farmers_count_trap',
    title: 'Agritech Lumbung Tani secures Rp80 billion pre-Series A',
    source: 'Archipelago Startup Digest',
    text:
      'Jakarta-based agritech startup Lumbung Tani has secured Rp80 billion (around US$5 million) in pre-Series A funding led by Kemang Ventures, with participation from Borobudur Capital and existing investor Sunda Seed.\n\n' +
      'Lumbung Tani buys rice and corn directly from 40,000 farmers in Java and Sulawesi and sells it to millers and feed mills. ' +
      'The startup will use the funds to build drying and storage facilities in East Java.',
    kind: 'round',
    rounds: [
      {
        company: 'Lumbung Tani',
        amount: 80e9,
        currency: 'IDR',
        roundType: 'unknown',
        lead: ['Kemang Ventures'],
        other: ['Borobudur Capital', 'Sunda Seed'],
      },
    ],
  },
  {
    id: 'ub13-25',
    style: 'business',
    phenomenon: 'amount_only_in_title,the_round_without_amount,lead_in_reported_speech,homes_count_trap',
    title: 'Drystone Analytics raises $22 million to price flood risk for lenders',
    text:
      'Drystone Analytics, which models flood risk at the level of individual properties for mortgage lenders and insurers, said on Monday that Fenlake Partners had led the round, with existing investors Wendover Capital and Cresswell Fund also taking part.\n\n' +
      'The Manchester company, founded in 2021, says its models now cover 29 million homes in Britain and Ireland. ' +
      'It will use the money to expand into the Netherlands and Germany.',
    kind: 'round',
    rounds: [
      {
        company: 'Drystone Analytics',
        amount: 22e6,
        roundType: 'unknown',
        lead: ['Fenlake Partners'],
        other: ['Wendover Capital', 'Cresswell Fund'],
      },
    ],
  },
  {
    id: 'ub13-26',
    style: 'business',
    phenomenon: 'lead_only_in_title,investor_first_headline,also_took_part,staff_count_trap,series_b',
    title: 'Ashbourne Capital leads $30M Series B in hospital-scheduling startup Rotawise',
    text:
      'Rotawise, which builds shift-scheduling software for hospitals, has raised $30 million in a Series B round, the company said on Tuesday. ' +
      'Existing investors Moorgate Row and Kilnworth Ventures also took part.\n\n' +
      'Rotawise’s software schedules 210,000 nurses and doctors at 140 hospitals in the US. ' +
      'Chief executive Marisol Vance said the company would add tools for predicting staff shortages.',
    kind: 'round',
    rounds: [
      {
        company: 'Rotawise',
        amount: 30e6,
        roundType: 'series_b',
        lead: ['Ashbourne Capital'],
        other: ['Moorgate Row', 'Kilnworth Ventures'],
      },
    ],
  },
  {
    id: 'ub13-27',
    style: 'business',
    phenomenon: 'formerly_known_as,renamed_company,backers_including,no_lead,earlier_seed_under_old_name,orders_trap,series_a',
    title: 'Solenne Home raises $16M Series A for plug-in induction ranges',
    text:
      'Solenne Home, formerly known as Pottle Labs, has raised $16 million in Series A funding from backers including Ravenscar Ventures and Pargeter Capital.\n\n' +
      'The Chicago company, which changed its name in January, sells a 120-volt induction range that plugs into an ordinary outlet, so apartment owners can replace gas stoves without rewiring. ' +
      'As Pottle Labs, it raised a $3 million seed round in 2024.\n\n' +
      'Solenne says it has orders for 8,000 ranges from landlords and housing authorities in Chicago and New York.',
    kind: 'round',
    rounds: [
      {
        company: 'Solenne Home',
        amount: 16e6,
        roundType: 'series_a',
        other: ['Ravenscar Ventures', 'Pargeter Capital'],
      },
    ],
    prior: ['Pottle Labs'],
  },
  {
    id: 'ub13-28',
    style: 'blog',
    phenomenon:
      'job_posting,round_in_about_us,domain_name_company,lowercase_brand,first_person_plural,salary_range_trap,learning_budget_trap,seed',
    title: 'Senior Backend Engineer (Remote, EU)',
    source: 'tallyroom.io careers',
    text:
      'About us\n' +
      'tallyroom.io helps property managers reconcile rent payments with their bank accounts automatically. ' +
      'We are 14 people across Lisbon, Warsaw and Tallinn, and we have just raised a €5M seed round led by Mazury Ventures, with Alfama Capital and the Baltic Angels Collective joining. ' +
      'Now we need to grow the team.\n\n' +
      'What you will do\n' +
      '- Own our payment-matching engine (TypeScript, Postgres)\n' +
      '- Build integrations with banks in 12 countries\n\n' +
      'What we offer\n' +
      '- €70,000–€90,000 plus stock options\n' +
      '- 30 days of holiday and a €1,500 yearly learning budget',
    kind: 'round',
    rounds: [
      {
        company: 'tallyroom.io',
        amount: 5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Mazury Ventures'],
        other: ['Alfama Capital', 'Baltic Angels Collective'],
      },
    ],
  },
  {
    id: 'ub13-29',
    style: 'blog',
    phenomenon:
      'product_launch_post,round_as_one_more_thing,amount_not_in_title,price_per_seat_trap,percentage_trap,first_person,seed_investor_follow_on,series_a',
    title: 'Introducing Wrenfield Studio (and our Series A)',
    source: 'Wrenfield Blog',
    text:
      'Today we’re launching Wrenfield Studio, the first version of our editor that lets a whole support team write, test and ship chatbot flows without an engineer.\n\n' +
      'Studio is available today on every plan, from $12 per seat per month. Teams in our beta resolved 38% more tickets without a human handoff.\n\n' +
      'One more thing: we’ve raised an $11M Series A led by Greyhame Ventures, with our seed investors at Ottermill Capital participating again. ' +
      'It means we can double the team this year and keep shipping.',
    kind: 'round',
    rounds: [
      {
        company: 'Wrenfield',
        amount: 11e6,
        roundType: 'series_a',
        lead: ['Greyhame Ventures'],
        other: ['Ottermill Capital'],
      },
    ],
  },
  {
    id: 'ub13-30',
    style: 'roundup',
    phenomenon:
      'nordic_funding_wrap,nok_dkk_eur_in_one_text,convertible_loan,existing_owners_unnamed,state_fund_participant,non_ascii_name,acquisition_line_no_terms',
    title: 'Nordic funding wrap: heart monitors, weeding robots and heat storage',
    source: 'Nordfront Tech',
    text:
      'Three Nordic rounds from the past week:\n\n' +
      'Oslo’s Fjordpulse, which makes a wearable monitor for heart-failure patients, has raised NOK 30 million through a convertible loan from its existing owners.\n\n' +
      'Aarhus-based Skærgaard Robotics closed a DKK 45 million seed round led by Mols Ventures, with the Danish state fund EIFO participating. ' +
      'Its solar-powered robots weed organic vegetable fields without chemicals.\n\n' +
      'In Helsinki, Kaamos Energy raised €20 million in a Series A led by Päijänne Capital to build heat-storage units for district heating networks.\n\n' +
      'Elsewhere, Bergen-based Trollvatn Analytics was acquired by Kvarn Systems; terms were not disclosed.',
    kind: 'round',
    rounds: [
      { company: 'Fjordpulse', amount: 30e6, currency: 'NOK', roundType: 'convertible' },
      {
        company: 'Skærgaard Robotics',
        amount: 45e6,
        currency: 'DKK',
        roundType: 'seed',
        lead: ['Mols Ventures'],
        other: ['EIFO'],
      },
      { company: 'Kaamos Energy', amount: 20e6, currency: 'EUR', roundType: 'series_a', lead: ['Päijänne Capital'] },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub13-31',
    style: 'business',
    phenomenon:
      'in_talks,german_business_paper_english_edition,according_to_information_from_this_newspaper,is_to_be_led_by,around_amount,intends_to_participate,valuation_trap,earlier_series_a_lead_trap',
    title: 'Chip-packaging start-up Siliziumhof in advanced talks over €100 million round',
    source: 'Frankfurter Finanzbote – English Edition',
    text:
      'Dresden-based Siliziumhof, which develops machines for stacking chips in advanced packaging, is in advanced talks to raise around €100 million, according to information from this newspaper. ' +
      'The round is to be led by the US investor Coppergate Partners; the existing shareholder Elbsandstein Capital also intends to participate, people familiar with the negotiations said.\n\n' +
      'The financing would value the company, founded in 2021 as a spin-off of a Saxon research institute, at more than €500 million. Siliziumhof declined to comment. ' +
      'In 2024 the company raised €30 million in a Series A led by Elbsandstein Capital.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Siliziumhof',
        amount: 100e6,
        currency: 'EUR',
        roundType: 'unknown',
        lead: ['Coppergate Partners'],
        other: ['Elbsandstein Capital'],
      },
    ],
  },
  {
    id: 'ub13-32',
    style: 'wire',
    phenomenon:
      'in_talks,amount_range,between_x_and_y,up_to_in_title,hired_adviser,not_yet_approached_investors,earlier_series_b_lead_trap,series_c',
    title: 'Kettlewharf seeks up to $100 million for floating tidal turbines',
    text:
      'Kettlewharf, the Orkney-based developer of floating tidal turbines, has hired an adviser to raise between $80 million and $100 million in a Series C round, according to two people with knowledge of the plans.\n\n' +
      'The company, which has not yet approached investors formally, hopes to close the round by the summer, one of the people said. ' +
      'Kettlewharf raised $45 million in a Series B led by Stenness Capital in 2024. A spokesperson declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Kettlewharf', amount: 100e6, roundType: 'series_c' }],
  },
  {
    id: 'ub13-33',
    style: 'business',
    phenomenon:
      'in_talks,australian_deals_column,is_understood_to_be_in_the_market,aud_mn_suffix,expected_to_lead,pre_money_trap,follow_their_money,earlier_round_same_company,series_b',
    title: 'Coolabah Health tapping investors for A$40mn',
    source: 'Southern Cross Business Daily — Deal Whispers',
    text:
      'Melbourne telehealth outfit Coolabah Health is understood to be in the market for a A$40mn Series B, with Bluegum Growth expected to lead.\n\n' +
      'Deal Whispers understands the raise is being pitched at a pre-money valuation of about A$220mn, and that existing backers are being offered the chance to follow their money. ' +
      'Coolabah, which runs after-hours GP consultations for regional patients, last raised A$12mn in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Coolabah Health', amount: 40e6, currency: 'AUD', roundType: 'series_b', lead: ['Bluegum Growth'] }],
  },
  {
    id: 'ub13-34',
    style: 'business',
    phenomenon:
      'in_talks,brazilian_outlet_english,negotiating,around_amount,not_yet_signed,total_raised_to_date_trap,past_investors_trap,series_c',
    title: 'Logtech Cargalume negotiates R$200 million Series C, sources say',
    source: 'Brazil Venture Report',
    text:
      'São Paulo-based Cargalume, a digital freight marketplace for truck drivers, is negotiating a Series C of around R$200 million with investment funds, according to three sources familiar with the matter. ' +
      'The talks are advanced, but the round has not been signed.\n\n' +
      'Cargalume connects about 80,000 independent truckers with shippers. ' +
      'The startup has already raised R$150 million from investors including Buriti Ventures and Pampa Capital.',
    kind: 'in_talks',
    rounds: [{ company: 'Cargalume', amount: 200e6, currency: 'BRL', roundType: 'series_c' }],
  },
  {
    id: 'ub13-35',
    style: 'business',
    phenomenon: 'in_talks,signed_term_sheet,expected_to_close_next_month,due_diligence,led_by_in_pending_deal,quote,series_b',
    title: 'Maplewick signs term sheet for $25M Series B',
    text:
      'Maplewick, a Portland, Oregon, startup that makes software for tracking food waste in commercial kitchens, has signed a term sheet for a $25 million Series B led by Stonecrop Partners, chief executive Lydia Osei said in an interview on Monday. ' +
      'The deal is expected to close next month, subject to due diligence.\n\n' +
      '"Until the money is in the bank, nothing is done," Osei said. Maplewick has about 1,600 restaurant customers.',
    kind: 'in_talks',
    rounds: [{ company: 'Maplewick', amount: 25e6, roundType: 'series_b', lead: ['Stonecrop Partners'] }],
  },
  {
    id: 'ub13-36',
    style: 'wire',
    phenomenon: 'in_talks,headline_only,valuation_only,amount_null,exclusive_prefix,sources_say',
    text: 'Exclusive: Hollowpine in talks to raise new funding at $3 billion valuation, sources say',
    kind: 'in_talks',
    rounds: [{ company: 'Hollowpine', amount: null, roundType: 'unknown' }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub13-37',
    style: 'business',
    phenomenon:
      'fund_close,sek_billion,above_target,will_lead_rounds_trap,cheque_range,portfolio_company_past_round,non_ascii_name',
    title: 'Lodbrok Ventures closes third fund at SEK 1.2bn',
    source: 'Stockholm Affärsbrev (English)',
    text:
      'Stockholm venture capital firm Lodbrok Ventures has held the final close of its third fund at SEK 1.2 billion, above its SEK 1 billion target. ' +
      'Limited partners include Swedish pension funds and the European Investment Fund. ' +
      'The fund will lead seed and Series A rounds in Nordic software and industrial technology companies, with first cheques of SEK 10–40 million.\n\n' +
      'Lodbrok’s previous fund backed the Umeå battery-recycling company Grusväg, which raised a €40 million Series B last year.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Grusväg'],
  },
  {
    id: 'ub13-38',
    style: 'business',
    phenomenon: 'ipo,australian_float,aud_mn_suffix,share_price,market_cap_trap,pre_ipo_round_background',
    title: 'Shaftline raises A$85mn in ASX float',
    source: 'Southern Cross Business Daily',
    text:
      'Perth mining-software company Shaftline has raised A$85mn in its initial public offering and will start trading on the ASX on Thursday. ' +
      'The shares were priced at A$1.40 each, giving the company a market capitalisation of about A$410mn on listing.\n\n' +
      'Shaftline, whose software schedules haul trucks and drills at open-pit mines, raised A$20mn in a pre-IPO round led by Wandoo Partners in October.',
    kind: 'ipo',
    rounds: [],
    prior: ['Shaftline'],
  },
  {
    id: 'ub13-39',
    style: 'business',
    phenomenon:
      'acquisition,cash_and_shares,listed_acquirer,target_total_raised_with_investors,non_ascii_name,regulatory_approval',
    title: 'Dutch payments group Kassa Groep buys Lille start-up Béguin Pay for €140 million',
    text:
      'Kassa Groep, the Amsterdam-listed payments company, has agreed to acquire Béguin Pay, a Lille start-up that handles card payments for bakeries and independent food shops, for €140 million in cash and shares, the companies said on Monday.\n\n' +
      'Béguin Pay, founded in 2019, had raised €22 million from investors including Flandre Capital and Opale Ventures. ' +
      'Its 70 employees will join Kassa’s French business. The deal is expected to close in the second quarter, subject to regulatory approval.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Béguin Pay'],
  },
  {
    id: 'ub13-40',
    style: 'business',
    phenomenon: 'market_statistics,annual_report,deal_count,largest_deal_named_past_round,debt_funding_total_trap,percentages',
    title: 'Nigerian startup funding fell 8% in 2025, report says',
    source: 'Eko Techscope',
    text:
      'Nigerian startups raised $410 million across 96 deals in 2025, down 8% from a year earlier, according to an annual report published on Monday by the Lagos research firm Dealbridge Africa. ' +
      'Fintech took 58% of the total.\n\n' +
      'The largest deal of the year was Sabo Freight’s $60 million Series B led by Harmattan Capital in July, the report said. ' +
      'Debt funding rose to $120 million as more startups borrowed against their receivables.',
    kind: 'other',
    rounds: [],
    prior: ['Sabo Freight'],
  },
  {
    id: 'ub13-41',
    style: 'business',
    phenomenon: 'prize,wins_verb,city_run_competition,pilot,founder_funded,no_outside_capital',
    title: 'Zeevaart Labs wins €500,000 Rotterdam Harbour Challenge',
    text:
      'Zeevaart Labs, a Delft start-up that uses underwater drones to measure silt in shipping channels, has won the €500,000 first prize in the Rotterdam Harbour Challenge, a competition run by the city, beating 85 other entries. ' +
      'The prize money comes with a year-long pilot in the port. ' +
      'Co-founder Sanne de Vries said the company, which has so far been funded by its founders, would use the money to build two more drones.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub13-42',
    style: 'wire',
    phenomenon: 'corporate_bond,listed_utility,green_notes,order_book_trap,coupon,refinance,raised_dividend_trap',
    title: 'Meridale Power prices $750 million of green bonds',
    text:
      'Meridale Power, the listed utility that serves 2.3 million customers in Ohio and Indiana, priced $750 million of ten-year green senior notes at a coupon of 5.1% on Monday, drawing orders of about $2.6 billion. ' +
      'The company will use the proceeds to refinance existing debt and to build solar farms and battery storage. ' +
      'Meridale raised its annual dividend in February.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub13-43',
    style: 'business',
    phenomenon: 'private_company_buyback,secondary_liquidity,not_raising_new_money,profitable,background_round_with_lead',
    title: 'Profitable Brambleford buys back $40 million of shares from early backers',
    text:
      'Brambleford, the Denver maker of practice-management software for veterinary clinics, is buying back $40 million of its shares from early investors and former employees, chief executive Owen Kiplagat said on Monday. ' +
      'The company has been profitable since 2023 and is paying for the buyback from its own cash; it is not raising new money.\n\n' +
      'Brambleford last raised a $30 million Series B led by Hartwell Row in 2022.',
    kind: 'other',
    rounds: [],
    prior: ['Brambleford'],
  },
  {
    id: 'ub13-44',
    style: 'business',
    phenomenon: 'layoffs_story,memo_seen,months_after_raising,background_round_with_lead,staff_percentage_trap,runway',
    title: 'Sitewright AI cuts 15% of staff',
    text:
      'Sitewright AI, which sells software that drafts planning applications for architects, is cutting 15% of its 260 staff, chief executive Noor Haddad told employees on Monday in a memo seen by this publication. ' +
      'The cuts come 18 months after the London company raised a $40 million Series B led by Cantlow Ventures. ' +
      'Haddad said Sitewright had "hired ahead of demand" and that it still had more than three years of runway.',
    kind: 'other',
    rounds: [],
    prior: ['Sitewright AI'],
  },
  {
    id: 'ub13-45',
    style: 'business',
    phenomenon: 'public_token_sale,raises_verb_trap,wallet_cap,launchpad,sold_out,background_round_with_investor',
    title: 'Glimmerfi public sale raises $22 million from 9,000 wallets',
    source: 'Blockfeed Daily',
    text:
      'Glimmerfi, a decentralised lending protocol, raised $22 million in a public sale of its GLIM token on Monday, with about 9,000 wallets taking part through the Tollbooth launchpad. ' +
      'The sale, capped at $2,500 per wallet, sold out in 40 minutes.\n\n' +
      'The project had raised $6 million from venture investors including Greyfell Digital in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Glimmerfi'],
  },
];
