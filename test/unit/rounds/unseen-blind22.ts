// A twenty-second blind set for funding-round extraction: invented (companies, people, investors,
// outlets and sentences made up for this project; only cities, countries, regions, sites and public
// bodies are real) on 2026-12-07 by a writer who had not read src/rounds and did not run the
// extractor. Dates are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is
// 9 March 2026, "on the 9th" is the same day, "last month" is February 2026, "last year" is 2025.
// Theme: funding news from sectors and outlets far from software startups: biotech and pharma, climate,
// energy and hard tech, food, consumer, beauty and retail brands, sports and media, defence and space,
// regional US and UK newspapers and business journals, university press offices and the farm press.
// Styles: a biotech PR-wire release (dateline, "oversubscribed $118 million Series B financing"
// "co-led by", new and existing investors, board seats, "About" boilerplate, media contact); a
// company's grant press release with "Notes to editors"; a university news office's spin-out story;
// a pharma's acquisition release; a UK regional business page (a Teesside battery recycler, a Dundee
// heat-pump maker's public loan, a Hull robotics firm with a council leader's quote); an Ohio
// hometown-newspaper feature whose amount comes in the third paragraph, after a scene-setting lede, with
// the mayor's quote and tax incentives; a Huntsville business journal; a Maine business weekly; US,
// Australian and UK farm press (grain bins and bushels, virtual fencing and head of cattle, a slurry
// competition); trade outlets for cookware, beer, beauty, sport, news publishing, food, drinks, space,
// grocery and energy; a Japanese deep-tech outlet in English ("2.4 billion yen … third-party
// allotment", "participated as lead investor", "on the 9th"); a French regional paper ("lève 3,2
// millions d'euros … mène l'opération") and a Munich business service in German ("28 Millionen Euro …
// Angeführt wurde die Runde von"); a Nordic defence wire; a health newsletter's bulleted roundup with
// three deals; an energy newsletter's "deals of the week" mixing venture rounds, project finance and a
// fund's first close; scoops with "people familiar" and "The City Ledger understands"; a pitch deck
// "reviewed by" a grocery trade outlet.
// Phenomena: investors introduced by role or city ("consumer-focused investor", "the venture arm of a
// Scottish utility", "Columbus-based", "the University's evergreen investment fund", "the Danish
// state's investment fund EIFO", "the multi-sovereign NATO Innovation Fund"); co-leads (two biotech
// firms, a Dublin and a Boston firm, two Texas firms); public bodies as participants (Bpifrance, Bayern
// Kapital, Enterprise Ireland, Development Bank of Japan, Invest-NL, EIFO); athletes, an actor and a
// pre-committed angel syndicate as named investors; a crowdfunding "community round" with 2,300
// investors; a publisher's "strategic investment"; a corporate venture arm leading a Series A; a seed
// extension led by an existing investor; a headline that centres a celebrity, not the company;
// amounts beside tonnes, megawatts, bushels, hectares, head of cattle, pints, cans, cases, litres,
// patients, percentages, revenue, sales, prices, wages, valuations, cumulative totals, contracts,
// orders, grants, incentives, royalties, milestones and earlier rounds of the same company.
// In-talks: a biotech Series C "according to three people familiar" with a lead "expected to lead"
// and an existing investor "likely to take part"; a UK fusion-magnet maker "in advanced talks … has not
// yet picked a lead investor"; a frozen-food brand "seeking to raise" per a pitch deck; a Huntsville
// company "is raising a $40 million Series A … roughly half … committed" with a lead "set to lead"; a
// rugby player's snack brand "in talks to raise £10m" with a lead "in line to lead".
// Distractors (rounds: [] in every one): a Basel biotech's licensing deal ("$45 million upfront and up
// to $1.06 billion in … milestones"); a PIPE into a Nasdaq-listed biotech "led by" a fund; a
// clinical-trial readout with the company's last Series B as background; a solar farm's £96 million of
// non-recourse project finance; a launch company's $240 million Space Force contract; a consumer fund's
// $210 million final close and an agrifood fund's €85 million first close (kind 'fund_close'); an
// Earth-imaging company's Nasdaq IPO (kind 'ipo'); a drinks group buying a hard-seltzer brand with an
// earn-out, and a pharma buying a university spin-out for £45 million upfront plus milestones (kind
// 'acquisition'); a Georgia plant's $18 million in state incentives; an agtech funding report naming
// the year's largest rounds; a Defra competition opening with last year's award as background; a
// vertical farm's Chapter 11 with debtor-in-possession financing; a celebrity tequila brand's case
// sales with "no plans" to raise (kind 'other' unless noted).
// Conventions (those of checks.ts, unseen-blind14.ts and unseen-blind20.ts): company as the text names
// it, without "Inc."/"Ltd"; amount in the currency first stated (ISO code when not USD): "NOK 180
// million (about $17 million)" is 1.8e8 NOK, "2.4 billion yen" 2.4e9 JPY, "A$6.5 million" 6.5e6 AUD,
// "3,2 millions d'euros" 3.2e6 EUR, "28 Millionen Euro" 2.8e7 EUR; `lead` only where the text says who
// led or co-led ("participated as lead investor", "mène l'opération", "Angeführt wurde die Runde von",
// and, in talks, "expected to lead", "set to lead", "in line to lead"; `lead: []` where the company
// "has not yet picked a lead investor"); `other` for named participants, including athletes, an actor,
// public bodies, a pre-committed angel group inside a crowdfunding round, the lender of a debt round
// and, in talks, existing investors "likely to take part" / "returning". Round types: a stage-less
// "growth round", a crowdfunding "community round" and a raise with no stage named are 'unknown';
// "Series C" is 'series_c'; "an extension of its seed round" is 'extension'; "levée de fonds
// d'amorçage" is 'seed'; a publisher's "strategic investment" is 'strategic' with the publisher in
// `other` (no lead). A loan from a public lender to the company itself (the Scottish National
// Investment Bank) and a debt facility from a named credit fund are 'debt' rounds with the lender in
// `other`. A research grant awarded to one company by a named public agency for its own R&D (Innovate
// UK) is a 'grant' round at the grant's amount, with the agency in `other`; the company's own
// contribution and the "total project value" are not the amount. NOT rounds: project finance raised
// for a single asset or project company (a solar farm, even when the headline says the developer
// "secures £96m"); a PIPE into a listed company (kind 'other': a public company's share sale, not a
// startup round, even with "led by"); licensing upfront payments and milestones; economic-development
// incentives tied to a plant or jobs (tax credits, abatements, a site-preparation grant, training);
// debtor-in-possession financing in bankruptcy; contracts; fund closes; IPOs; acquisitions with
// earn-outs or milestones. A round the hometown paper says closed "last month", reported here for the
// first time, is a new round. `prior` lists other companies whose financing a text mentions, and, in
// distractors, the subject's own earlier rounds (and last year's competition winner's award). The
// crowdfunding platform is not an investor. Labelled by hand; a reader of each text should agree with
// every label.
// First look (2026-12-07 13:40, no rule changed for it; measured after the fixes for unseen-blind15.ts
// to unseen-blind20.ts): company F1 0.824 (P 0.80 / R 0.85), amount 100 %, type 100 %, lead F1 0.786,
// 3 false rounds from other news (project finance, a PIPE, a bankruptcy's lifetime total), 2 from
// background (a contract, state incentives) and 2 wrong names. After the fixes
// (blind21-ways.test.ts): see README Quality. A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND22: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub22-01',
    style: 'press',
    phenomenon:
      'biotech_press_release,dateline_wire,oversubscribed_series_b_financing,co_led_by,new_and_existing_investors,board_seats_with_credentials,patients_trap,cumulative_raised_trap,about_boilerplate,media_contact,series_b',
    title: 'Veradyne Therapeutics Announces $118 Million Series B Financing to Advance VRD-204 in IgA Nephropathy',
    source: 'BioPulse Newswire',
    text:
      'CAMBRIDGE, Mass., March 10, 2026 /BioPulse Newswire/ -- Veradyne Therapeutics, Inc., a clinical-stage biotechnology company developing oral therapies for immune-mediated kidney disease, today announced the closing of an oversubscribed $118 million Series B financing. ' +
      'The financing was co-led by Halvorsen Bioventures and Quarry Hill Life Sciences, with participation from new investors Tessellate Capital and Brightmoor Health Partners and existing investors Ridgeback Biopartners and Pinecrest Venture Partners.\n\n' +
      'Proceeds will fund a randomized Phase 2 study of VRD-204, an oral complement factor B inhibitor, in approximately 180 patients with IgA nephropathy, with topline data expected in the first half of 2028, and will advance a second program into IND-enabling studies. ' +
      'In connection with the financing, Ilse Brandvold, Ph.D., Managing Partner at Halvorsen Bioventures, and Neil Achterberg, M.D., Partner at Quarry Hill Life Sciences, have joined the Veradyne Board of Directors.\n\n' +
      '"This financing lets us run the study we believe the field has been waiting for," said Tamsin Orr-Gallagher, Chief Executive Officer of Veradyne. "We are grateful to our new and existing investors for their conviction."\n\n' +
      'About Veradyne Therapeutics\n' +
      'Veradyne Therapeutics is developing precision oral medicines for people living with immune-mediated kidney disease. Founded in 2021 out of the company-creation practice of Ridgeback Biopartners, Veradyne has raised more than $165 million since inception. For more information, visit www.veradyne.bio.\n\n' +
      'Media Contact\nCarla Benitez\nmedia@veradyne.bio',
    kind: 'round',
    rounds: [
      {
        company: 'Veradyne Therapeutics',
        amount: 118e6,
        roundType: 'series_b',
        lead: ['Halvorsen Bioventures', 'Quarry Hill Life Sciences'],
        other: ['Tessellate Capital', 'Brightmoor Health Partners', 'Ridgeback Biopartners', 'Pinecrest Venture Partners'],
      },
    ],
  },
  {
    id: 'ub22-02',
    style: 'business',
    phenomenon:
      'uk_regional_business_page,battery_recycling,investor_by_role_venture_arm_of_utility,existing_backer,tonnes_trap,megawatts_trap,percentage_trap,headcount_trap,earlier_grant_same_company,series_a',
    title: 'Teesside battery recycler Blackbrook raises £21m to build second line',
    source: 'Tees & Wear Business Review',
    text:
      'Blackbrook Cells, which recovers lithium, nickel and cobalt from scrapped electric-vehicle batteries at a plant in Middlesbrough, has raised £21 million in a Series A round.\n\n' +
      'The round was led by London climate investor Orrin Climate Partners. Sable Point Capital and Carrick Energy Ventures, the venture arm of a Scottish utility, also took part, alongside existing backer Tyne Seed Fund.\n\n' +
      "The money will pay for a second processing line able to handle 18,000 tonnes of end-of-life batteries a year, up from 6,000 tonnes today, and for a 4MW rooftop solar array to cut the plant's grid use. " +
      'Chief executive Harriet Lowther said Blackbrook recovers more than 95% of the metal in a battery pack and sells the resulting black mass to refiners in Europe and South Korea.\n\n' +
      'The company, founded in 2022, employs 64 people and previously received a £2.3 million grant from the Faraday Battery Challenge. It expects to hire 80 more once the new line opens in 2027.',
    kind: 'round',
    rounds: [
      {
        company: 'Blackbrook Cells',
        amount: 21e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Orrin Climate Partners'],
        other: ['Sable Point Capital', 'Carrick Energy Ventures', 'Tyne Seed Fund'],
      },
    ],
  },
  {
    id: 'ub22-03',
    style: 'business',
    phenomenon:
      'uk_regional_business_page,public_lender_loan,secured_a_loan_from,single_named_lender_no_led,units_trap,megawatts_trap,jobs_trap,turnover_trap,debt',
    title: 'Dundee heat-pump maker Glenruthven lands £14m loan from Scottish National Investment Bank',
    source: 'Tayside Business Record',
    text:
      'Glenruthven Thermal, the Dundee manufacturer of large heat pumps for district-heating networks and factories, has secured a £14 million loan from the Scottish National Investment Bank.\n\n' +
      "The seven-year facility will fund a new assembly hall at the company's site on the Claverhouse industrial estate, lifting output from 40 to 150 units a year, each capable of supplying up to 5MW of heat. " +
      'Glenruthven, founded in 2019 by a group of former oil and gas engineers, has 110 staff and expects to create 90 more jobs by 2028.\n\n' +
      '"Patient capital like this is exactly what a company building heavy kit in Scotland needs," managing director Euan Cairncross said. The company reported turnover of £23.6 million in the year to March 2025.',
    kind: 'round',
    rounds: [
      {
        company: 'Glenruthven Thermal',
        amount: 14e6,
        currency: 'GBP',
        roundType: 'debt',
        other: ['Scottish National Investment Bank'],
      },
    ],
  },
  {
    id: 'ub22-04',
    style: 'press',
    phenomenon:
      'company_grant_press_release,named_public_agency,awarded_a_grant,own_contribution_trap,total_project_value_trap,future_series_a_trap,notes_to_editors,grant',
    title: 'Fernhollow Hydrogen awarded £2.4m Innovate UK grant to scale platinum-free electrolyser stacks',
    source: 'Fernhollow Hydrogen newsroom',
    text:
      "SHEFFIELD, 9 March 2026 — Fernhollow Hydrogen Ltd, which designs anion-exchange membrane electrolysers that need no platinum-group metals, has been awarded a £2.4 million grant by Innovate UK, the UK's innovation agency.\n\n" +
      "The funding will support an 18-month project to build and test a 250kW stack at the company's workshop in Attercliffe, with a South Yorkshire steelmaker trialling the unit on site to supply hydrogen for a reheating furnace. " +
      'Fernhollow will contribute £800,000 of its own, bringing the total project value to £3.2 million.\n\n' +
      '"Grant funding at this stage takes risk out of the technology before we go to investors for a Series A later this year," said founder and chief executive Dr Priya Saltmarsh.\n\n' +
      'Notes to editors\n' +
      'Fernhollow Hydrogen was founded in 2023 and employs 14 people. Innovate UK is part of UK Research and Innovation.',
    kind: 'round',
    rounds: [
      {
        company: 'Fernhollow Hydrogen',
        amount: 2.4e6,
        currency: 'GBP',
        roundType: 'grant',
        other: ['Innovate UK'],
      },
    ],
  },
  {
    id: 'ub22-05',
    style: 'business',
    phenomenon:
      'consumer_trade_outlet,dtc_brand,growth_round_no_stage,consumer_focused_investor_by_role,existing_investors_also_participated,sales_trap,stores_trap,retail_price_trap,earlier_series_a_same_company,rival_round_background,unknown_type',
    title: 'Cookware brand Pellworth raises $22 million growth round',
    source: 'Consumer Brands Daily',
    text:
      'Pellworth, the direct-to-consumer cookware brand known for enamelled cast-iron skillets in muted colours, has raised $22 million in a growth round led by consumer-focused investor Bramble Street Partners.\n\n' +
      'Existing investors Goldfinch Consumer Fund and Tallow Lane Ventures also participated, the Brooklyn-based company said. Pellworth last raised in 2023, an $8 million Series A.\n\n' +
      'The brand, which started on Instagram in 2020, booked more than $90 million in sales last year, about a third of it through wholesale, and its pans are now stocked in 640 stores. A 10-inch skillet retails for $145. ' +
      'Co-founder Dani Ferreira said the money would go toward a move into bakeware and a first store of its own, in SoHo.\n\n' +
      'The raise comes as investors warm to cookware again: rival Oakhearth closed a $30 million Series B in November.',
    kind: 'round',
    rounds: [
      {
        company: 'Pellworth',
        amount: 22e6,
        roundType: 'unknown',
        lead: ['Bramble Street Partners'],
        other: ['Goldfinch Consumer Fund', 'Tallow Lane Ventures'],
      },
    ],
    prior: ['Oakhearth'],
  },
  {
    id: 'ub22-06',
    style: 'business',
    phenomenon:
      'uk_regional_business_page,crowdfunding_community_round,platform_not_investor,pre_committed_angel_syndicate,investor_count_trap,target_trap,minimum_investment_trap,pints_trap,turnover_trap,pre_money_valuation_trap,unknown_type',
    title: 'Tollgate Brewing closes £1.4m community round with 2,300 investors',
    source: 'West Country Business Post',
    text:
      'Tollgate Brewing, the Frome brewery behind Turnpike pale ale, has closed a £1.4 million community round on the crowdfunding platform Hearthshare, with 2,300 people putting money in.\n\n' +
      'The raise had a target of £750,000 and hit it within 36 hours of opening to the public, founder Gemma Archibald said. Around 1,600 of the investors are existing customers or members of the Tollgate Taproom club, and the minimum investment was £25. ' +
      'Bath-based angel group Wessex Hops Syndicate committed £200,000 before the round went public.\n\n' +
      'Tollgate brews 2.1 million pints a year and had turnover of £3.9 million last year. The new money will fund a canning line and a second taproom in Bristol. The round valued the brewery at £11 million before the new investment.',
    kind: 'round',
    rounds: [
      {
        company: 'Tollgate Brewing',
        amount: 1.4e6,
        currency: 'GBP',
        roundType: 'unknown',
        other: ['Wessex Hops Syndicate'],
      },
    ],
  },
  {
    id: 'ub22-07',
    style: 'business',
    phenomenon:
      'beauty_trade_outlet,celebrity_investor,headline_centres_celebrity,undisclosed_celebrity_cheque,serum_price_trap,revenue_target_trap,doors_trap,seed',
    title: "Actor Marisa Quenneville backs scalp-care brand Loam & Lustre's $7m seed",
    source: 'The Vanity Ledger',
    text:
      'Loam & Lustre, a two-year-old scalp-care brand from Los Angeles, has raised $7 million in seed funding led by Velvet Rope Ventures, with participation from Cinder Consumer Partners. ' +
      'Actor Marisa Quenneville, who has spoken openly about losing her hair during chemotherapy, also invested and is joining the company as a creative adviser.\n\n' +
      "Founder Keiko Alvarado-Marsh, a former trichologist at a Beverly Hills salon, said the brand's $38 serum sold out three times last year and that Loam & Lustre expects to pass $15 million in annual revenue in 2026. " +
      'Its products are sold online and in 300 doors of a national beauty chain.\n\n' +
      'Quenneville did not disclose the size of her investment. "I only put my name on things I actually use," she said in a statement.',
    kind: 'round',
    rounds: [
      {
        company: 'Loam & Lustre',
        amount: 7e6,
        roundType: 'seed',
        lead: ['Velvet Rope Ventures'],
        other: ['Cinder Consumer Partners', 'Marisa Quenneville'],
      },
    ],
  },
  {
    id: 'ub22-08',
    style: 'business',
    phenomenon:
      'sports_business_outlet,athletes_as_investors,led_the_round_inverted,a_group_including,programs_trap,price_per_athlete_trap,percentage_trap,seed',
    title: "Athletes pile into hamstring-injury startup Stridewell's $4.5M seed",
    source: 'Sideline Business Journal',
    text:
      'Stridewell, a Denver company whose sensors and software flag football and soccer players at risk of hamstring injuries, has raised $4.5 million in seed funding. ' +
      'Fieldhouse Ventures led the round, and a group of current and former pro athletes joined, including Pro Bowl cornerback Darius Okoye, Olympic 400-meter hurdler Kelsey Marchetti and retired NBA guard Andre Whitlock.\n\n' +
      "The company's thigh-worn sleeves measure muscle load during practice and are used by 42 college programs and three Major League Soccer clubs, chief executive Lauren Biggs said. Teams pay about $1,200 per athlete a year.\n\n" +
      'Stridewell says programs using it cut soft-tissue injuries by 28% last season. It plans to use the money to hire engineers and to seek FDA clearance for a clinical version of the sleeve.',
    kind: 'round',
    rounds: [
      {
        company: 'Stridewell',
        amount: 4.5e6,
        roundType: 'seed',
        lead: ['Fieldhouse Ventures'],
        other: ['Darius Okoye', 'Kelsey Marchetti', 'Andre Whitlock'],
      },
    ],
  },
  {
    id: 'ub22-09',
    style: 'business',
    phenomenon:
      'publishing_trade_outlet,media_startup,publisher_strategic_investment,investor_named_first,takes_stake_headline,newspapers_count_trap,listeners_trap,earlier_angel_money_same_company,publisher_acquisition_background,strategic',
    title: 'Newspaper group Garrity Media takes stake in audio-news startup Brightwater',
    source: 'Newsroom Economics',
    text:
      'Garrity Media Group, which publishes 41 daily and weekly newspapers across Iowa, Illinois and Wisconsin, has made a $6 million strategic investment in Brightwater Audio, a Chicago startup that turns local news stories into short daily podcasts read by human hosts.\n\n' +
      "Under the deal, Brightwater will produce audio editions for all of Garrity's dailies and split advertising revenue with the publisher. Garrity chief executive Tom Vanderhoek will join Brightwater's board.\n\n" +
      'Brightwater, founded in 2023 by two former public-radio producers, says its shows reach 310,000 listeners a week in 26 markets. It previously raised $2.5 million from angel investors.\n\n' +
      'Garrity bought two Wisconsin papers from a family owner last year for an undisclosed sum.',
    kind: 'round',
    rounds: [{ company: 'Brightwater Audio', amount: 6e6, roundType: 'strategic', other: ['Garrity Media Group'] }],
  },
  {
    id: 'ub22-10',
    style: 'wire',
    phenomenon:
      'nordic_defence_wire,dateline,defence_startup,sovereign_and_state_funds,investor_by_role_state_investment_fund,multi_sovereign_fund,existing_backers,vessels_trap,orders_trap,contract_trap,valuation_trap,earlier_series_b_same_company,series_c',
    title: 'Danish sea-drone maker Skovmark raises €120 million as NATO fund joins',
    source: 'Nordic Security Wire',
    text:
      'COPENHAGEN, March 10 — Skovmark Robotics, which builds uncrewed surface vessels that patrol undersea cables and pipelines in the Baltic, has raised €120 million in a Series C round, the Aarhus-based company said on Tuesday.\n\n' +
      "Kattegat Growth Partners led the round. The Danish state's investment fund EIFO and the multi-sovereign NATO Innovation Fund also invested, as did existing backers Lindholm Ventures and Fenris Capital.\n\n" +
      'Skovmark has delivered 38 vessels to four navies and coast guards and holds orders worth about €210 million, including a €95 million contract signed with the Danish Ministry of Defence Acquisition and Logistics Organisation in January. ' +
      'The company did not disclose its valuation, but a person familiar with the deal said it was above €1 billion.\n\n' +
      'Skovmark raised €40 million in a Series B in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Skovmark Robotics',
        amount: 120e6,
        currency: 'EUR',
        roundType: 'series_c',
        lead: ['Kattegat Growth Partners'],
        other: ['EIFO', 'NATO Innovation Fund', 'Lindholm Ventures', 'Fenris Capital'],
      },
    ],
  },
  {
    id: 'ub22-11',
    style: 'business',
    phenomenon:
      'us_hometown_newspaper,feature_lede,amount_in_third_paragraph,closed_last_month,investor_by_city,unnamed_local_investors,mayor_quote,square_feet_trap,wage_trap,tax_credit_incentive_trap,abatement_trap,incentive_value_trap,seed',
    title: 'Zanesville native brings robotics company home to former pottery plant',
    source: 'Muskingum Valley Courier',
    text:
      'ZANESVILLE — When Marcus Pell left for engineering school in 2009, the old Crestline Pottery plant on Linden Avenue had already been empty for years. ' +
      'On Monday he stood in its main hall, now painted white and lined with workbenches, and told a crowd of about 80 people that his company was here to stay.\n\n' +
      "Pell's company, Kilnworks Robotics, builds machines that sort, inspect and stack wooden pallets at distribution centers. It has leased the 96,000-square-foot building and plans to hire 140 people over five years, at an average wage of $31 an hour.\n\n" +
      'The move is backed by fresh money: the company closed a $5.5 million seed round last month led by Columbus-based Olentangy Ridge Capital, with the Ridgeway Appalachia Fund and several local business owners also investing, Pell said.\n\n' +
      '"For a long time the story in this building was about what we lost," Mayor Donna Reiter said. "Today it\'s about what we\'re making."\n\n' +
      'The Ohio Tax Credit Authority last month approved a seven-year job-creation tax credit for the project, and City Council is expected to vote on a 10-year, 75% property-tax abatement on March 23. ' +
      'The company estimates the incentives are worth about $1.1 million combined.',
    kind: 'round',
    rounds: [
      {
        company: 'Kilnworks Robotics',
        amount: 5.5e6,
        roundType: 'seed',
        lead: ['Olentangy Ridge Capital'],
        other: ['Ridgeway Appalachia Fund'],
      },
    ],
  },
  {
    id: 'ub22-12',
    style: 'press',
    phenomenon:
      'university_press_office,spin_out,company_named_in_second_paragraph,university_evergreen_fund,research_grants_trap,litres_trap,percentage_trap,vice_chancellor_quote,seed',
    title: 'Aldermoor spin-out Carbonyx Bio raises £3.8m to scale enzyme recycling of polyester',
    source: 'University of Aldermoor News',
    text:
      'A University of Aldermoor spin-out that uses engineered enzymes to break down polyester clothing into its chemical building blocks has raised £3.8 million in seed investment.\n\n' +
      "Carbonyx Bio, founded in 2024 by Professor Helen Strachan and postdoctoral researcher Dr Tomasz Wilk from the School of Biosciences, will use the funding to build a 500-litre demonstration reactor and to move into laboratory space at the University's Science Park.\n\n" +
      "The round was led by Pennine Spark Ventures, with participation from Aldermoor Innovation Fund, the University's evergreen investment fund, and Cotton Exchange Angels. " +
      'It follows £1.2 million in research grants from UK Research and Innovation that supported the underlying science.\n\n' +
      'Professor Strachan said: "Only around 1% of textile waste is recycled into new fibre. Our enzymes can turn a mixed bale of worn polyester into monomers pure enough to spin new yarn."\n\n' +
      'The Vice-Chancellor, Professor David Ansari, said the investment was the largest seed round yet for an Aldermoor spin-out.',
    kind: 'round',
    rounds: [
      {
        company: 'Carbonyx Bio',
        amount: 3.8e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Pennine Spark Ventures'],
        other: ['Aldermoor Innovation Fund', 'Cotton Exchange Angels'],
      },
    ],
  },
  {
    id: 'ub22-13',
    style: 'business',
    phenomenon:
      'us_farm_press,dateline,farmer_cooperative_investor,led_the_round_inverted,bushels_trap,bins_trap,price_per_bin_trap,industry_loss_trap,seed',
    title: 'Grain-bin monitoring startup Drybin Labs raises $3 million seed',
    source: 'Plains Grain & Cattle Journal',
    text:
      'LINCOLN, Neb. — Drybin Labs, a Lincoln company that sells wireless probes to warn farmers when stored grain starts heating or taking on moisture, has raised $3 million in seed funding.\n\n' +
      'Platte Valley Ag Ventures led the round, and the Loup Basin Cooperative, a farmer-owned grain and agronomy co-op with 4,200 members, invested alongside it, co-founder Jenna Vogt said. ' +
      'Vogt grew up on a corn and soybean farm near Albion and started the company after her family lost a 30,000-bushel bin to spoilage in 2021.\n\n' +
      "Drybin's probes are now in about 1,900 bins holding an estimated 38 million bushels. Farmers pay $9 per bin per month. The company says spoilage in storage costs U.S. growers more than $1 billion a year.\n\n" +
      'Vogt said the company will hire sales staff in Kansas and the Dakotas ahead of the fall harvest.',
    kind: 'round',
    rounds: [
      {
        company: 'Drybin Labs',
        amount: 3e6,
        roundType: 'seed',
        lead: ['Platte Valley Ag Ventures'],
        other: ['Loup Basin Cooperative'],
      },
    ],
  },
  {
    id: 'ub22-14',
    style: 'foreign',
    phenomenon:
      'french_regional_press,leve_millions_d_euros,mene_l_operation,aux_cotes_de,bpifrance_participant,unnamed_business_angels,tonnes_trap,chiffre_d_affaires_trap,earlier_regional_grant_same_company,seed',
    title: "Brest : la start-up Algamer lève 3,2 millions d'euros pour ses bioplastiques à base d'algues",
    source: 'Le Courrier du Finistère',
    text:
      "La jeune entreprise brestoise Algamer, qui transforme des algues brunes récoltées en mer d'Iroise en granulés de bioplastique, vient de boucler sa levée de fonds d'amorçage. " +
      "Elle lève 3,2 millions d'euros auprès du fonds breton Iroise Capital, qui mène l'opération, aux côtés de Bpifrance et d'un groupe de business angels du Finistère.\n\n" +
      '« Cet argent va nous permettre de passer du laboratoire à une ligne pilote capable de produire 200 tonnes de granulés par an », explique Maëlle Le Gall, cofondatrice et présidente de la société, créée en 2023. ' +
      "Algamer emploie douze personnes au Technopôle Brest-Iroise et prévoit d'en recruter huit cette année.\n\n" +
      "L'entreprise, qui a réalisé un chiffre d'affaires de 420 000 euros en 2025 grâce à des ventes d'échantillons à des fabricants d'emballages, avait déjà obtenu une subvention de 250 000 euros de la Région Bretagne en 2024.",
    kind: 'round',
    rounds: [
      {
        company: 'Algamer',
        amount: 3.2e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Iroise Capital'],
        other: ['Bpifrance'],
      },
    ],
  },
  {
    id: 'ub22-15',
    style: 'foreign',
    phenomenon:
      'german_business_service,millionen_euro_eingesammelt,series_a_finanzierungsrunde,angefuehrt_wurde_die_runde_von,bestandsinvestoren,public_regional_vc_participant,flights_trap,contracts_trap,esa_contract_trap,headcount_trap,series_a',
    title: 'Münchner Raumfahrt-Start-up Orbitalwerk sammelt 28 Millionen Euro ein',
    source: 'Isar Wirtschaftsdienst',
    text:
      'Das Münchner Start-up Orbitalwerk, das wiederverwendbare Kapseln für Experimente in der Schwerelosigkeit baut, hat in einer Series-A-Finanzierungsrunde 28 Millionen Euro eingesammelt. ' +
      'Angeführt wurde die Runde vom Münchner Wagniskapitalgeber Isarfeld Ventures; beteiligt haben sich außerdem Bayern Kapital sowie die Bestandsinvestoren Nordlicht Capital und Ammersee Business Angels.\n\n' +
      'Mit dem Geld will Orbitalwerk seine erste Kapsel Ende 2027 ins All bringen und nach der Wasserung im Atlantik bergen. ' +
      'Das Unternehmen hat nach eigenen Angaben bereits Verträge mit Pharmafirmen und Forschungsinstituten über 14 Flüge im Wert von rund 19 Millionen Euro unterschrieben, darunter einen Auftrag der Europäischen Weltraumorganisation ESA über 6 Millionen Euro.\n\n' +
      'Orbitalwerk wurde 2022 von Lena Hofbauer und Sami Yılmaz gegründet, die zuvor bei einem Satellitenhersteller gearbeitet hatten, und beschäftigt 47 Mitarbeiter.',
    kind: 'round',
    rounds: [
      {
        company: 'Orbitalwerk',
        amount: 28e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Isarfeld Ventures'],
        other: ['Bayern Kapital', 'Nordlicht Capital', 'Ammersee Business Angels'],
      },
    ],
  },
  {
    id: 'ub22-16',
    style: 'business',
    phenomenon:
      'irish_regional_business_page,medtech,co_led_by_cities,enterprise_ireland_participant,existing_investor,patients_trap,brain_cells_trap,cluster_jobs_trap,neighbour_round_background,series_a',
    title: 'Galway medtech Corrib Vascular raises €14m for stroke-device trial',
    source: 'Western Business Post',
    text:
      'Corrib Vascular, a Galway company developing a catheter that pulls blood clots out of the brain in stroke patients, has raised €14 million in a Series A round.\n\n' +
      'The round was co-led by Dublin-based Liffey Crest Capital and Boston medtech investor Tremont Medical Partners. Enterprise Ireland and existing investor Atlantic Seaboard Angels also took part.\n\n' +
      'Chief executive Aoife Ní Bhriain said the funding would pay for a first-in-human study in 30 patients at hospitals in Ireland and Germany and take the company to the point of applying for a CE mark. ' +
      '"Every minute a clot stays in place, a stroke patient loses around two million brain cells," she said.\n\n' +
      'Corrib Vascular employs 19 people in Parkmore and plans to add 15 roles by the end of next year. ' +
      "Galway's medtech cluster employs more than 11,000 people; neighbour Lough Atalia Medical raised a €30 million Series B last autumn.",
    kind: 'round',
    rounds: [
      {
        company: 'Corrib Vascular',
        amount: 14e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Liffey Crest Capital', 'Tremont Medical Partners'],
        other: ['Enterprise Ireland', 'Atlantic Seaboard Angels'],
      },
    ],
    prior: ['Lough Atalia Medical'],
  },
  {
    id: 'ub22-17',
    style: 'business',
    phenomenon:
      'japanese_outlet_english,yen_billion,third_party_allotment,participated_as_lead_investor,subscribing,public_bank_participant,cumulative_funding_trap,jaxa_contract_trap,on_the_9th,series_a',
    title: 'Lunar rover developer Tsukimichi raises 2.4 billion yen in Series A',
    source: 'Japan Deep Tech Dispatch',
    text:
      'Tsukimichi Inc., a Tokyo-based startup developing small rovers for the lunar surface, announced on the 9th that it has raised 2.4 billion yen in a Series A round through a third-party allotment of new shares.\n\n' +
      'Hakata Deep Tech Capital participated as lead investor, with Development Bank of Japan, Sumidagawa Partners and Musashino Innovation Partners also subscribing. ' +
      "Cumulative funding since the company's founding in 2021 now stands at 3.1 billion yen.\n\n" +
      'The company will use the funds to complete its first flight model, which is scheduled to reach the Moon in 2028 aboard a U.S. commercial lander. ' +
      'Tsukimichi also holds a 780 million yen contract from the Japan Aerospace Exploration Agency (JAXA) to study technology for moving regolith.',
    kind: 'round',
    rounds: [
      {
        company: 'Tsukimichi',
        amount: 2.4e9,
        currency: 'JPY',
        roundType: 'series_a',
        lead: ['Hakata Deep Tech Capital'],
        other: ['Development Bank of Japan', 'Sumidagawa Partners', 'Musashino Innovation Partners'],
      },
    ],
  },
  {
    id: 'ub22-18',
    style: 'business',
    phenomenon:
      'australian_rural_press,aud_prefix,investor_by_city,unnamed_graziers,head_of_cattle_trap,hectares_trap,collar_price_trap,headcount_trap,seed',
    title: 'Virtual fencing startup Paddockline raises A$6.5m',
    source: 'Riverina Land & Stock',
    text:
      'Wagga Wagga agtech startup Paddockline has raised A$6.5 million in a seed round to expand its virtual fencing system for beef and sheep producers.\n\n' +
      'The round was led by Sydney-based Murrumbidgee Capital, with participation from the Southern Tablelands Investor Group and a number of graziers from the Riverina and central west NSW, co-founder Tom Kearsley said.\n\n' +
      "Paddockline's solar-powered collars use GPS and sound cues to keep stock inside boundaries drawn on a phone app, letting producers rotate cattle without building fences. " +
      'The collars are now on about 14,000 head of cattle across 180,000 hectares and sell for A$85 each, plus a yearly subscription.\n\n' +
      'Mr Kearsley, a fourth-generation cattle producer from near Gundagai, said the company would use the funds to double its team to 30 and seek approvals to sell the collars in more states.',
    kind: 'round',
    rounds: [
      {
        company: 'Paddockline',
        amount: 6.5e6,
        currency: 'AUD',
        roundType: 'seed',
        lead: ['Murrumbidgee Capital'],
        other: ['Southern Tablelands Investor Group'],
      },
    ],
  },
  {
    id: 'ub22-19',
    style: 'business',
    phenomenon:
      'us_regional_business_weekly,m_suffix_amount_in_title,angel_network_lead,earlier_state_grant_same_company,pounds_trap,capacity_trap,pre_seed',
    title: "Kelp processor Ledgewater raises $1.1M to dry more of Maine's harvest",
    source: 'Casco Bay Business Weekly',
    text:
      'Ledgewater Sea Farms, a Biddeford company that dries and mills farmed kelp into an ingredient for animal feed and fertilizer, has raised $1.1 million in pre-seed funding.\n\n' +
      'The round was led by Penobscot Angels, a network of about 60 Maine investors, with participation from Ragged Island Ventures. The company previously received a $150,000 grant from the Maine Technology Institute.\n\n' +
      'Co-founder Abby Thibodeau, who grew kelp with her father off Cape Elizabeth for six years, said Maine growers harvested about 340,000 pounds of kelp last spring but had few buyers for anything not sold fresh. ' +
      "Ledgewater's dryer can process 20,000 pounds of wet kelp a day during the April-to-June season.\n\n" +
      '"Right now a lot of that crop gets composted," Thibodeau said.',
    kind: 'round',
    rounds: [
      {
        company: 'Ledgewater Sea Farms',
        amount: 1.1e6,
        roundType: 'pre_seed',
        lead: ['Penobscot Angels'],
        other: ['Ragged Island Ventures'],
      },
    ],
  },
  {
    id: 'ub22-20',
    style: 'business',
    phenomenon:
      'european_food_trade_outlet,fermentation,cooperative_venture_arm_participant,public_investor_participant,existing_investor,litres_trap,tonnes_trap,stores_trap,industry_tonnes_trap,series_a',
    title: 'Amsterdam fermentation startup Gistwerk closes €9.5 million Series A',
    source: 'AgriFood Lowlands',
    text:
      "Gistwerk, an Amsterdam company that uses fungi to turn brewers' spent grain into a protein ingredient for meat alternatives, has closed a €9.5 million Series A round led by Zuiderzee Food Ventures.\n\n" +
      'Dairy cooperative Waddenmelk, which supplies the whey Gistwerk blends into some of its products, joined the round through its venture arm, Waddenmelk Ventures, as did Invest-NL and existing investor Grachten Seed.\n\n' +
      'The company will use the money to build a 20,000-litre fermenter at a site in Wageningen that will make about 600 tonnes of ingredient a year from 2027. It currently produces 15 tonnes a year in a pilot plant. ' +
      "A Dutch supermarket chain began selling burgers made with Gistwerk's ingredient in 120 stores in January.\n\n" +
      '"Dutch breweries throw away, or sell as cattle feed, more than 300,000 tonnes of spent grain a year," said co-founder Sanne Verhoeven.',
    kind: 'round',
    rounds: [
      {
        company: 'Gistwerk',
        amount: 9.5e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Zuiderzee Food Ventures'],
        other: ['Waddenmelk Ventures', 'Invest-NL', 'Grachten Seed'],
      },
    ],
  },
  {
    id: 'ub22-21',
    style: 'business',
    phenomenon:
      'climate_finance_newsletter,extension_of_seed,existing_investor_led_extension,investor_by_city,total_seed_trap,earlier_seed_same_company,tonnes_co2_trap,credit_price_trap,presales_trap,extension',
    title: 'Carbon mineralisation startup Basaltik extends seed with $3m',
    source: 'Climate Capital Brief',
    text:
      'Basaltik, a Reykjavik startup that injects captured carbon dioxide into basalt, where it turns to stone, has raised $3 million as an extension of its seed round.\n\n' +
      "The extension was led by existing investor Hekla Climate Fund, with new money from Copenhagen-based Bluefjord Capital. It brings Basaltik's total seed funding to $9.5 million, after a $6.5 million round in 2024.\n\n" +
      'Basaltik says it has stored 4,200 tonnes of CO2 at its pilot site on the Reykjanes peninsula and has pre-sold 18,000 tonnes of removal credits, worth about $11 million, to two airlines at prices above $600 a tonne. ' +
      'The new funds will pay for a second injection well.',
    kind: 'round',
    rounds: [
      {
        company: 'Basaltik',
        amount: 3e6,
        roundType: 'extension',
        lead: ['Hekla Climate Fund'],
        other: ['Bluefjord Capital'],
      },
    ],
  },
  {
    id: 'ub22-22',
    style: 'roundup',
    phenomenon:
      'health_newsletter_roundup,three_bulleted_deals,led_semicolon,backing_from,debt_facility_from_credit_fund,gbp_m_suffix,minutes_trap,clinics_trap,unnamed_shutdown_item,series_a,seed,debt',
    title: 'Bio & Health Money: three deals from this week',
    source: 'The Lab Bench',
    text:
      'FUNDING\n\n' +
      '• Pawprint Diagnostics, a Raleigh company making a cage-side blood test for cats and dogs, raised a $12 million Series A led by Cedar Fork Capital. Existing investor Bull City Seed participated. The test returns kidney and liver markers in eight minutes and is used at 230 veterinary clinics.\n\n' +
      '• Hearwell, a Manchester start-up selling over-the-counter hearing aids through high-street opticians, closed a £5.5m seed round. Northern Quarter Ventures led; Irwell Angels also backed it.\n\n' +
      '• Sterivance, an Indianapolis contract manufacturer of sterile injectables, took on a $20 million debt facility from Monon Trail Credit to add a second filling line.\n\n' +
      'ALSO WORTH READING\n\n' +
      '• Our interview with the founders of a vaccine cold-chain startup that shut down last month after failing to raise a Series B.',
    kind: 'round',
    rounds: [
      {
        company: 'Pawprint Diagnostics',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Cedar Fork Capital'],
        other: ['Bull City Seed'],
      },
      {
        company: 'Hearwell',
        amount: 5.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Northern Quarter Ventures'],
        other: ['Irwell Angels'],
      },
      { company: 'Sterivance', amount: 20e6, roundType: 'debt', other: ['Monon Trail Credit'] },
    ],
  },
  {
    id: 'ub22-23',
    style: 'roundup',
    phenomenon:
      'energy_deals_of_the_week,section_headings,city_in_parentheses,nok_first_with_usd_conversion,co_led_by,project_finance_item_not_a_round,fund_first_close_item,megawatts_trap,series_a,seed',
    title: 'Energy transition deals: week to 6 March',
    source: 'Watt Capital Brief',
    text:
      'VENTURE\n' +
      'Thermaline (Oslo), which makes thermal batteries that store surplus wind power as heat for industrial steam, raised NOK 180 million (about $17 million) in a Series A led by Fjordline Ventures; Nidaros Energy Ventures and Kvitfjell Capital joined.\n\n' +
      'Gridhand (Austin, Texas), a maker of solid-state transformers for electric-truck charging depots, closed an $8 million seed round co-led by Pedernales Capital and Lamar Street Ventures.\n\n' +
      'PROJECT FINANCE\n' +
      'Sunvale Energy closed $210 million of construction and tax-equity financing for its 180MW Mesquite Draw solar project in west Texas. Lenders: Alamo Commerce Bank, Trinity Infra Credit.\n\n' +
      'FUNDS\n' +
      'Lowmoor Climate Partners held a first close of its second fund at €150 million, toward a €300 million target.',
    kind: 'round',
    rounds: [
      {
        company: 'Thermaline',
        amount: 180e6,
        currency: 'NOK',
        roundType: 'series_a',
        lead: ['Fjordline Ventures'],
        other: ['Nidaros Energy Ventures', 'Kvitfjell Capital'],
      },
      {
        company: 'Gridhand',
        amount: 8e6,
        roundType: 'seed',
        lead: ['Pedernales Capital', 'Lamar Street Ventures'],
      },
    ],
  },
  {
    id: 'ub22-24',
    style: 'business',
    phenomenon:
      'beauty_trade_outlet,corporate_venture_arm_leads,investor_by_role_corporate_venture_arm,existing_investors_returned,right_of_first_refusal,price_trap,net_sales_trap,acquirer_background_acquisition,series_a',
    title: "Maison Ardelle's venture arm leads $16m Series A in sunscreen brand Solenne",
    source: 'Cosmetics Trade Journal',
    text:
      'Solenne, a New York sunscreen brand that sells lightweight mineral formulas made in South Korea, has raised $16 million in a Series A round led by Ardelle Ventures, the corporate venture arm of French beauty group Maison Ardelle.\n\n' +
      'Founders Yuna Park and Claire Dessange said existing investors Meridian Beauty Fund and Halcyon Consumer Capital also returned. ' +
      'As part of the deal, Maison Ardelle gets a right of first refusal should Solenne ever be put up for sale, according to a person briefed on the terms.\n\n' +
      "Solenne's SPF 50 fluid, priced at $34, is its bestseller. The brand says net sales tripled to $27 million in 2025, and it will launch in a national beauty chain in May.\n\n" +
      'Maison Ardelle has been an active acquirer, buying fragrance label Noir Vétiver for a reported €350 million last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Solenne',
        amount: 16e6,
        roundType: 'series_a',
        lead: ['Ardelle Ventures'],
        other: ['Meridian Beauty Fund', 'Halcyon Consumer Capital'],
      },
    ],
  },
  {
    id: 'ub22-25',
    style: 'business',
    phenomenon:
      'uk_regional_business_page,offshore_wind_robotics,investor_by_region,existing_shareholder,council_leader_quote,inspections_trap,percentage_trap,headcount_trap,series_a',
    title: 'Hull robotics firm Humberline raises £6m to take blade repairs offshore',
    source: 'Humber Business Post',
    text:
      'Humberline Robotics, which builds crawling robots that inspect and repair the leading edges of wind-turbine blades, has raised £6m in a Series A round to grow its team at its base beside the Hull docks.\n\n' +
      'The round was led by Yorkshire investor Wolds Gate Capital, with participation from Leeds-based Aire Valley Ventures and existing shareholder Spurn Point Angels.\n\n' +
      'Chief executive Rachel Okafor said the robots have now completed 1,300 blade inspections at North Sea wind farms, cutting the time turbines spend switched off for repairs by as much as 60%. The firm employs 42 people and will recruit 35 engineers and technicians.\n\n' +
      'Hull City Council leader Cllr Mike Ashworth said: "These are exactly the kind of skilled jobs the Humber\'s offshore wind industry should be creating for people who live here." ' +
      'The estuary has become a hub for the industry, with blade factories and maintenance bases along both banks.',
    kind: 'round',
    rounds: [
      {
        company: 'Humberline Robotics',
        amount: 6e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Wolds Gate Capital'],
        other: ['Aire Valley Ventures', 'Spurn Point Angels'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub22-26',
    style: 'wire',
    phenomenon:
      'wire_scoop,in_talks_to_raise_about,people_familiar,expected_to_lead,existing_investors_likely_to_take_part,valuation_trap,earlier_series_b_same_company,patients_trap,series_c',
    title: 'Anselm Biosciences in talks to raise about $200 million ahead of obesity trial - sources',
    source: 'Transatlantic Newswire',
    text:
      'NEW YORK, March 9 — Anselm Biosciences, a privately held developer of once-a-month injectable obesity drugs, is in talks with investors to raise about $200 million in a Series C round that could value the company at more than $1.5 billion, according to three people familiar with the matter.\n\n' +
      'Orchard Peak Capital is expected to lead the round, and existing investors including Coldwater Bio Partners are likely to take part, the people said, asking not to be named because the talks are private. Terms could still change.\n\n' +
      'South San Francisco-based Anselm raised $95 million in a Series B in 2024 and plans to start a 600-patient Phase 2b study this summer. A spokesperson for Anselm declined to comment. Orchard Peak did not respond to a request for comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Anselm Biosciences',
        amount: 200e6,
        roundType: 'series_c',
        lead: ['Orchard Peak Capital'],
        other: ['Coldwater Bio Partners'],
      },
    ],
  },
  {
    id: 'ub22-27',
    style: 'business',
    phenomenon:
      'uk_city_column_scoop,in_advanced_talks,understands,no_lead_yet,sovereign_funds_unnamed,advisers_running_process,earlier_series_a_same_company,supply_deal_trap,series_b',
    title: 'Fusion-magnet maker Corbel in talks over £60m raise',
    source: 'The City Ledger',
    text:
      'Corbel Magnetics, an Abingdon company that makes high-temperature superconducting magnets for fusion machines and hospital scanners, is in advanced talks to raise about £60m in a Series B round, The City Ledger understands.\n\n' +
      'The company has held discussions with sovereign wealth funds in the Middle East and Asia as well as with UK pension funds, according to people close to the process, but has not yet picked a lead investor. Advisers at Hollins Meade are running the raise, which began in January.\n\n' +
      'Corbel raised £22m in a Series A in 2024 and employs around 150 people. It has supplied magnets to three fusion developers and last year signed a £14m supply agreement with a US scanner maker.\n\n' +
      'Corbel declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Corbel Magnetics', amount: 60e6, currency: 'GBP', roundType: 'series_b', lead: [] }],
  },
  {
    id: 'ub22-28',
    style: 'business',
    phenomenon:
      'grocery_trade_outlet,seeking_to_raise,investor_presentation_reviewed_by,no_lead_named,revenue_forecast_trap,factory_cost_trap,total_raised_trap,earlier_series_a_same_company,ceo_confirms_talking,series_b',
    title: 'Frozen-dumpling brand Little Steamer seeks $25 million to build its own factory',
    source: 'Shelf Talk',
    text:
      'Little Steamer, the frozen-dumpling brand sold in about 4,000 U.S. grocery stores, is seeking to raise $25 million in a Series B round to build its own factory, according to an investor presentation reviewed by Shelf Talk.\n\n' +
      'The presentation, dated February, shows the Los Angeles company expects net revenue of $58 million this year, up from $34 million in 2025, and projects an operating profit in 2027 once it stops paying a co-manufacturer. ' +
      'The factory, planned for the Inland Empire, would cost about $18 million.\n\n' +
      'Little Steamer has raised $19 million to date, including a Series A led by Roundtable Foods Fund in 2023. Chief executive Vivian Cheng confirmed the company was "talking to investors" but declined to discuss numbers.',
    kind: 'in_talks',
    rounds: [{ company: 'Little Steamer', amount: 25e6, roundType: 'series_b' }],
  },
  {
    id: 'ub22-29',
    style: 'business',
    phenomenon:
      'us_regional_business_journal,is_raising,half_committed,set_to_lead,existing_investor_returning,square_feet_trap,contracts_trap,earlier_seed_same_company,series_a',
    title: 'Sano Orbital raising $40M Series A as satellite orders grow',
    source: 'Rocket City Business Journal',
    text:
      'Sano Orbital, the Huntsville startup building standardized satellite chassis for defense and commercial customers, is raising a $40 million Series A, chief executive Brandon Aikens told the Business Journal this week.\n\n' +
      'Aikens said roughly half of the round has been committed, with Birmingham-based Shades Creek Partners set to lead and existing investor Tennessee Valley Seed returning. He expects to close before summer.\n\n' +
      'The company moved into a 60,000-square-foot building in Cummings Research Park last year and has 85 employees. It has delivered four spacecraft structures and holds $31 million in contracts, including an award from the Space Development Agency.\n\n' +
      'Sano raised a $9 million seed round in 2024.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Sano Orbital',
        amount: 40e6,
        roundType: 'series_a',
        lead: ['Shades Creek Partners'],
        other: ['Tennessee Valley Seed'],
      },
    ],
  },
  {
    id: 'ub22-30',
    style: 'business',
    phenomenon:
      'sports_business_outlet,athlete_founded_brand,in_talks_to_raise,in_line_to_lead,people_with_knowledge,no_stage_named,sales_trap,earlier_raise_same_company,unknown_type',
    title: "Rugby prop's protein-bar brand Ruckbar lines up £10m funding round",
    source: 'Touchline Business',
    text:
      'Ruckbar, the high-protein snack brand co-founded by former international rugby prop Callum Etheridge, is in talks to raise £10m from investors to fund a move into supermarkets in Ireland and the US.\n\n' +
      'Consumer investor Kingsway Brands Capital is in line to lead the round, according to two people with knowledge of the discussions, with a deal expected to be agreed by the end of April. ' +
      "Ruckbar's sales rose 70% to £18.5m in 2025, and its bars are stocked by four of the UK's six largest supermarket groups.\n\n" +
      'Etheridge, who started the brand in his kitchen in 2020 with his sister, Holly, retains a majority stake. Ruckbar previously raised £3m in 2023.',
    kind: 'in_talks',
    rounds: [{ company: 'Ruckbar', amount: 10e6, currency: 'GBP', roundType: 'unknown', lead: ['Kingsway Brands Capital'] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub22-31',
    style: 'business',
    phenomenon:
      'biotech_licensing_deal,upfront_payment_trap,milestones_trap,royalties_trap,deal_worth_up_to_headline,runway_quote,earlier_series_a_background,other',
    title: 'Sorrelin Bio hands Asian rights to lead ADC to Kaname Pharmaceutical in deal worth up to $1.1bn',
    source: 'Basel Biotech Letter',
    text:
      "Basel-based Sorrelin Bio has licensed rights to its lead antibody-drug conjugate in Japan, South Korea and Taiwan to Osaka's Kaname Pharmaceutical, the two companies said on Monday.\n\n" +
      'Kaname will pay $45 million upfront and up to $1.06 billion in development, regulatory and sales milestones, plus tiered royalties on net sales in the territory. Sorrelin keeps the rights everywhere else.\n\n' +
      'The drug, SRB-301, targets a protein found on the surface of several solid tumours and is in a Phase 1 dose-escalation study at six European sites. Kaname will run and pay for the trials needed for approval in Japan.\n\n' +
      '"The upfront payment extends our runway into 2028 without going back to investors," chief financial officer Mattias Kreuzer said. ' +
      'Sorrelin last raised money in 2024, a CHF 52 million Series A led by Jura Biocapital.',
    kind: 'other',
    rounds: [],
    prior: ['Sorrelin Bio'],
  },
  {
    id: 'ub22-32',
    style: 'business',
    phenomenon:
      'pipe_into_listed_biotech,ticker,private_placement_led_by_trap,pre_funded_warrants,share_price_discount_trap,share_move_trap,patients_trap,cash_runway_trap,other',
    title: 'Corvantis raises $85m in private placement after lupus data',
    source: 'Biotech Market Desk',
    text:
      'Corvantis Pharmaceuticals (Nasdaq: CRVN) said on Monday it had agreed to sell $85 million of common stock and pre-funded warrants in a private investment in public equity, or PIPE, led by Stanwick Asset Management, with participation from Oaklet Capital and Ferrand Partners.\n\n' +
      "The shares are being sold at $6.40 each, a 12% discount to Friday's close, and the deal is expected to close on Thursday. " +
      'Corvantis shares rose 31% on Monday after the company said its lupus drug, CV-17, reduced disease activity more than placebo did in a 240-patient Phase 2 study.\n\n' +
      'The company had $112 million in cash at the end of December and said the new money would fund operations into 2029. It went public in 2021.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub22-33',
    style: 'wire',
    phenomenon:
      'clinical_trial_readout,patients_trap,percentages_trap,privately_held,last_round_background_led_by,cash_to_phase_3_quote,other',
    title: "Larkmoor's oral psoriasis drug meets main goal in mid-stage trial",
    source: 'Healthwire Brief',
    text:
      'Larkmoor Therapeutics said on Tuesday its experimental pill LKM-88 cleared skin in significantly more patients with moderate-to-severe plaque psoriasis than placebo in a 16-week Phase 2b trial.\n\n' +
      'Among 212 patients, 64% of those on the highest dose saw at least a 75% improvement in their psoriasis score, against 9% on placebo. The most common side effects were headache and nausea, the San Diego-based company said. ' +
      'It plans to start a Phase 3 program in early 2027 and will present full results at a medical meeting later this year.\n\n' +
      'The privately held company raised $64 million in a Series B last June led by Cardon Row Ventures, and chief executive Ruth Aldana said it had enough cash to reach the start of Phase 3.',
    kind: 'other',
    rounds: [],
    prior: ['Larkmoor Therapeutics'],
  },
  {
    id: 'ub22-34',
    style: 'business',
    phenomenon:
      'energy_trade_outlet,project_finance,non_recourse,secures_headline_trap,financial_close,project_company,arranged_by_banks_trap,megawatts_trap,hectares_trap,ppa_trap,pipeline_gw_trap,other',
    title: 'Helmsdale Renewables secures £96m for Lincolnshire solar farm',
    source: 'Grid & Generation Weekly',
    text:
      'Helmsdale Renewables has reached financial close on Cawthorpe Fen, a 120MW solar farm with 60MW of battery storage near Boston, Lincolnshire, after securing £96 million of non-recourse project finance.\n\n' +
      "The debt was arranged by Norland Bank and Caradoc Infrastructure Debt and is held by Cawthorpe Fen Solar Ltd, the project company. Helmsdale, an Edinburgh-based developer, is providing the project's equity from its own balance sheet. " +
      'Construction starts in April, with first power expected in the second half of 2027.\n\n' +
      'The site, which covers 210 hectares of lower-grade farmland, has a 15-year power purchase agreement with a supermarket group for about 70% of its output. Helmsdale has 1.4GW of solar and storage projects in development across England and Scotland.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub22-35',
    style: 'business',
    phenomenon:
      'space_trade_outlet,launch_contract_value_trap,worth_up_to,missions_trap,headcount_trap,total_raised_and_last_series_c_background,other',
    title: 'Kestrelworks wins $240 million Space Force launch contract',
    source: 'Orbit Business Report',
    text:
      'Kestrelworks, the Mojave, California, rocket startup, has won a contract worth up to $240 million to launch small national-security satellites for the U.S. Space Force over five years, the company said on Monday.\n\n' +
      "The award covers up to 12 missions on the company's Harrier medium-lift rocket, which reached orbit for the first time in October. Kestrelworks beat two rivals for the work, according to a Space Systems Command notice.\n\n" +
      "The contract is the largest in Kestrelworks' seven-year history. The company has raised about $410 million from investors, most recently a $150 million Series C in 2024 led by Altair Ridge Capital, and employs 620 people. " +
      'Chief executive Joanna Pettibone said it would be flying "one rocket a month by the end of 2027."',
    kind: 'other',
    rounds: [],
    prior: ['Kestrelworks'],
  },
  {
    id: 'ub22-36',
    style: 'business',
    phenomenon:
      'consumer_fund_final_close,above_target,check_size_trap,sales_threshold_trap,limited_partners,portfolio_round_it_led_background,portfolio_exit,previous_fund_trap,fund_close',
    title: 'Stoop & Stall Capital closes $210 million third fund for food and drink brands',
    source: 'PE & VC Dispatch',
    text:
      'Stoop & Stall Capital, a Chicago investor in packaged-food and beverage brands, has closed its third fund at $210 million, above its $175 million target, the firm said on Monday.\n\n' +
      'Fund III will write first checks of $3 million to $15 million into brands with at least $5 million in annual sales, managing partner Renée Castellanos said. Limited partners include two university endowments, a Midwestern hospital system and several family offices.\n\n' +
      "The firm's portfolio includes hot-sauce maker Comal & Co., whose $12 million Series A it led last year, and oat-milk creamer brand Silkwood, which was sold to a multinational in 2024. " +
      "Stoop & Stall's second fund, which closed at $95 million in 2021, has returned 1.4 times its capital to investors so far.",
    kind: 'fund_close',
    rounds: [],
    prior: ['Comal & Co.'],
  },
  {
    id: 'ub22-37',
    style: 'business',
    phenomenon:
      'agrifood_fund_first_close,eif_commitment_trap,target_trap,ticket_size_trap,previous_fund_trap,portfolio_company_series_b_background,fund_close',
    title: 'Rotterdam agrifood investor Polder Ventures reaches €85m first close',
    source: 'European Farm Finance',
    text:
      'Polder Ventures, a Rotterdam firm that backs startups working on crop inputs, animal health and food processing, has held a first close of its second fund at €85 million.\n\n' +
      'The European Investment Fund committed €30 million, alongside Dutch pension funds and two agricultural cooperatives. The firm is targeting €160 million and expects a final close in early 2027.\n\n' +
      'Partner Joost Wiersma said the fund would make about 20 investments at seed and Series A, with initial tickets of €1 million to €5 million. ' +
      'Its first fund, which raised €52 million in 2020, backed 17 companies, including feed-additive maker Rumina, which raised a €20 million Series B in September.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Rumina'],
  },
  {
    id: 'ub22-38',
    style: 'business',
    phenomenon:
      'space_company_ipo,priced_at_top_of_range,raising_headline_trap,ticker,valuation_trap,satellites_trap,revenue_trap,private_total_and_last_series_d_background,ipo',
    title: 'Corvid Orbital prices Nasdaq IPO at top of range, raising $310 million',
    source: 'Space Markets Today',
    text:
      'Earth-imaging company Corvid Orbital priced its initial public offering at $21 a share, the top of its marketed range, raising $310 million, the company said late on Monday. The shares are due to begin trading on the Nasdaq under the ticker CVOR on Tuesday.\n\n' +
      'At the IPO price, the Boulder, Colorado-based company is valued at about $2.6 billion. Corvid operates 36 radar satellites and reported revenue of $142 million last year, most of it from government customers.\n\n' +
      'Corvid raised about $480 million as a private company, most recently a $150 million Series D in 2024.',
    kind: 'ipo',
    rounds: [],
    prior: ['Corvid Orbital'],
  },
  {
    id: 'ub22-39',
    style: 'business',
    phenomenon:
      'drinks_trade_outlet,acquisition_for_cash,earn_out_trap,cans_trap,revenue_trap,target_earlier_series_a_background,backers_selling_stakes,regulator_approval,acquisition',
    title: 'Drinks group Halberd buys hard-seltzer brand Fizzwell for £120m',
    source: 'The Bar & Cellar Trade',
    text:
      'Halberd Beverages, the London-listed owner of gin, cider and soft-drink brands, has agreed to buy Fizzwell, the Bristol hard-seltzer maker, for £120 million in cash, with up to a further £30 million payable if sales targets are met over three years.\n\n' +
      'Fizzwell, founded in 2019 by former Halberd marketer Jo Penhaligon, sold 41 million cans last year and has revenue of about £48 million. ' +
      'Its backers include Severn Beach Capital, which led an £8 million Series A in the company in 2022; they will sell their stakes as part of the deal.\n\n' +
      'The deal is expected to complete in the second quarter, subject to approval by the Competition and Markets Authority.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Fizzwell'],
  },
  {
    id: 'ub22-40',
    style: 'press',
    phenomenon:
      'pharma_acquisition_release,university_spin_out_acquired,upfront_trap,milestones_trap,volunteers_trap,target_earlier_series_a_background,about_acquirer_boilerplate,acquisition',
    title: 'Greyfriars Pharma to acquire Vellicor Therapeutics in deal worth up to £155 million',
    source: 'Greyfriars Pharma investor news',
    text:
      'LONDON, 10 March 2026 — Greyfriars Pharma plc today announced that it has agreed to acquire Vellicor Therapeutics Ltd, a university spin-out developing an inhaled treatment for idiopathic pulmonary fibrosis, for £45 million upfront and up to £110 million in further payments tied to clinical and regulatory milestones.\n\n' +
      "Vellicor's lead candidate, VLC-12, completed a Phase 1 study in 64 healthy volunteers last year. Greyfriars will fund a Phase 2 trial starting in early 2027.\n\n" +
      'Vellicor was founded in 2020 and has raised £18 million from investors including Fenland Bioventures, most recently a £12 million Series A in 2023. Its shareholders, including its founding university, will receive the upfront payment on completion, expected in April.\n\n' +
      'About Greyfriars Pharma\n' +
      'Greyfriars Pharma plc is a specialty pharmaceutical company focused on respiratory disease, with 1,900 employees and medicines sold in 40 countries.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Vellicor Therapeutics'],
  },
  {
    id: 'ub22-41',
    style: 'business',
    phenomenon:
      'state_business_chronicle,economic_development_incentives,will_invest_trap,jobs_trap,site_preparation_grant_trap,tax_credits_trap,abatement_trap,company_series_b_background,other',
    title: 'Battery-parts maker picks Georgia for $240 million plant; state offers $18 million in incentives',
    source: 'Peach State Business Chronicle',
    text:
      'Cathex Components, a maker of battery enclosures and cooling plates for electric vehicles, will build a $240 million factory in Bartow County, creating 650 jobs, state officials announced on Monday.\n\n' +
      "The Georgia Department of Economic Development said the company would receive about $18 million in state incentives, including job tax credits, a site-preparation grant and free workforce training through the state's technical college system. " +
      "The county's development authority also approved a 15-year property-tax abatement.\n\n" +
      'Cathex, headquartered in Troy, Michigan, was founded in 2020 and is backed by a $60 million Series B it raised in 2024, led by Mackinac Industrial Partners. Production is expected to begin in 2028.',
    kind: 'other',
    rounds: [],
    prior: ['Cathex Components'],
  },
  {
    id: 'ub22-42',
    style: 'business',
    phenomenon:
      'agtech_funding_report,annual_total_trap,percentage_trap,deal_count_trap,largest_rounds_named,three_background_rounds,shutdowns_trap,other',
    title: 'Agtech funding fell 18% in 2025 as investors cooled on indoor farms, report says',
    source: 'Harvest Capital Review',
    text:
      'Venture investment in agriculture and food-production startups fell 18% last year to $6.9 billion, the lowest total since 2017, according to a report released Monday by Furrowline Research.\n\n' +
      'Deal count dropped to 1,140 from 1,390 in 2024. Indoor and vertical farming was hit hardest, with funding down 61%, while farm robotics and biological crop inputs grew. ' +
      "The year's largest rounds included a $140 million Series C for robotic-weeder maker Tillbot, a $95 million Series B for biofertilizer developer Nitrasoil and $70 million for Nairobi-based dairy-logistics company Maziwa Chain.\n\n" +
      '"Investors haven\'t left agriculture; they\'ve gotten pickier," said Furrowline analyst Owen Batterby. The report counted 212 agtech startups that shut down or were sold in distress in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Tillbot', 'Nitrasoil', 'Maziwa Chain'],
  },
  {
    id: 'ub22-43',
    style: 'business',
    phenomenon:
      'uk_farm_press,public_grant_competition_opening,share_of_pot_trap,project_size_range_trap,deadline,last_year_award_background,other',
    title: 'Defra opens £12.5m competition for slurry-processing technology',
    source: 'The Livestock Gazette',
    text:
      'Farm businesses and technology companies in England can now apply for a share of £12.5 million to develop equipment that turns livestock slurry into fertiliser and cuts ammonia emissions, the Department for Environment, Food & Rural Affairs (Defra) said on Monday.\n\n' +
      'The competition, run with Innovate UK, will fund projects of between £250,000 and £1.5 million that pair at least one farm with a technology developer. Applications close on 28 May, and successful projects must start by January 2027.\n\n' +
      "Last year's round funded 14 projects, including a £1.1 million award to Shropshire-based Midden Systems, whose nitrogen-stripping unit is now being trialled on three dairy farms. Defra said it expected to announce this year's winners in the autumn.",
    kind: 'other',
    rounds: [],
    prior: ['Midden Systems'],
  },
  {
    id: 'ub22-44',
    style: 'business',
    phenomenon:
      'produce_trade_outlet,chapter_11,liabilities_range_trap,debtor_in_possession_financing_trap,named_lender_trap,total_raised_and_series_c_background,layoffs,other',
    title: 'Vertical farm operator Stackhouse Greens files for bankruptcy',
    source: 'Produce Row',
    text:
      'Stackhouse Greens, which grows leafy greens and herbs under LEDs in warehouses outside Philadelphia and Baltimore, filed for Chapter 11 bankruptcy protection in Delaware on Monday and said it would close one of its two farms.\n\n' +
      'The company listed between $50 million and $100 million in liabilities. It has lined up $7 million in debtor-in-possession financing from its largest lender, Keystone Agricultural Credit, to keep the Pennsylvania farm running while it looks for a buyer.\n\n' +
      'Stackhouse raised more than $140 million from investors, including a $90 million Series C in 2022 led by Harrowgate Growth. About 120 workers at the Baltimore farm will lose their jobs.',
    kind: 'other',
    rounds: [],
    prior: ['Stackhouse Greens'],
  },
  {
    id: 'ub22-45',
    style: 'business',
    phenomenon:
      'spirits_trade_outlet,celebrity_brand,cases_trap,retail_sales_trap,no_plans_to_raise,friends_and_family_round_background,private_equity_calls_quote,other',
    title: "Singer Raya Domínguez's tequila brand Casa Brillo passes 1 million cases",
    source: 'Proof & Pour',
    text:
      'Casa Brillo, the tequila brand co-founded by singer Raya Domínguez in 2021, sold 1.1 million nine-litre cases in 2025, making it one of the fastest celebrity spirits brands to pass the million-case mark, according to figures from the tracker Caskline Data.\n\n' +
      'Retail sales reached an estimated $260 million. Co-founder and chief executive Luis Arredondo said the brand was profitable and had "no need and no plans" to take outside money, having funded its launch with a $4 million friends-and-family round in 2021.\n\n' +
      '"We get calls every week from private equity," Arredondo said. "The answer is the same."\n\n' +
      'Casa Brillo is made at a family-owned distillery in Jalisco and is sold in 22 countries.',
    kind: 'other',
    rounds: [],
    prior: ['Casa Brillo'],
  },
];
