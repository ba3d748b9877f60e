// A thirty-second blind set for funding-round extraction: invented (companies, people, investors, clubs,
// a padel league, a lottery, unions, universities, outlets, wire agencies and sentences made up for this project;
// only cities, countries, regions, places, exchanges, football leagues and public bodies — Health Canada, the Food
// Standards Agency, the Department for Business and Trade, the English Football League, the Premier
// League, the NHS, the Nairobi Securities Exchange, AIM, Dundee City Council, the city of Omaha, Suffolk
// County Superior Court — are real, and only as settings) on 2026-12-07 by a writer who
// had not read src/rounds and did not run the extractor. Dates are written for the eval's fixed publish
// date (2026-03-10, a Tuesday): "Tuesday" and "today" are 10 March 2026, "Monday" and "March 9" are 9
// March 2026, "Friday's close" is 6 March and a campaign that "ends on Friday" ends on 13 March, "last
// year" is 2025; rounds recalled as background are dated 2019–2025.
// Theme: general-news outlets and wires that cover business in passing: a national newspaper's business
// section, a regional TV station's website, an invented wire agency's short business briefs (Holloway
// Wire, datelined Warsaw, Nairobi, Lagos, São Paulo, London), a local newspaper on a hometown startup, a
// trade union's and a city council's press releases, a university news office, a sports business site,
// a gaming/esports site, a music industry site, a food and drink trade site, a real-estate site, a
// health system's staff newsletter, an automotive site and an agriculture weekly.
// Styles: two-sentence wire briefs with agency datelines; a wire's run of three briefs (two rounds and a
// brewer's results); features that open on something else — a Sheffield factory opening, an Omaha CEO
// hire, a Glasgow robot bakery at 4am, broken EV chargers, a Toronto stroller recall — and reach a round
// announced the same day in paragraph 3 or 4; a union's press release ("ENDS"); a council's release on its
// growth fund; a university news item on alumni; a real-estate deals desk with sections; a staff
// newsletter with bullets; headlines as questions ("Why would …?", "Can a robot …?"), a quote, a pun
// ("Oat of this world"), "X's $40M question", "Exclusive:", "Update:" and "Correction:".
// Phenomena: amounts in words ("forty million dollars"), "nearly $10 million", "more than €5m", "a $1.5bn
// valuation"; PLN, BRL, CAD, GBP and EUR rounds; leads in active voice ("X led the round", "X led") and in
// passive ("The round was led by", "The money came from a group led by", "The equity portion was led by");
// a Series B "comprising" equity and a credit line; a correction that fixes an earlier amount; an update
// that adds the lead to a round reported the day before; a New York sports fund's minority stake in a
// Championship club paid for in new shares; a padel league's Series A; a brewer's equity crowdfunding on an
// invented platform (Pintvest) and, as a distractor, a game's reward crowdfunding on another (Backerhive);
// a state venture fund that matched private investors dollar for dollar; a council fund's co-investment;
// a health system's venture arm as lead; companies named with common English words (Gable, Furrow), after
// people (Hartley & Crane) and with "The" (The Oat Republic); previous rounds of the same company as
// background.
// In talks: a Boise electric-pickup maker "raising about $200 million" with a lead "expected to lead" and
// an existing investor "likely to invest again"; a London ticketing startup "seeking to raise about £20
// million" that "has not yet picked a lead"; a Montreal games studio "in talks to raise about $30 million"
// with an expected lead and an existing investor "likely to take part"; a Naaldwijk greenhouse-robot maker
// that "has signed a term sheet" for a Series B "to be led by" X, an existing investor "expected to join".
// Distractors (rounds: [] each): a private-equity buyout of a whole caravan maker (kind 'acquisition',
// its 2019 minority investor recalled); an AIM-listed company's share placing; Omaha's general-obligation
// bond sale; a Lisbon club's transfer fee for a forward; a music investment company buying a songwriter's
// catalog (kind 'acquisition'); a REIT buying four warehouses (kind 'other': an asset purchase, not a
// company); a carmaker's $2 billion plant conversion; a university endowment's return; a hospice's £3
// million appeal; the Carolinas' 2025 startup tally; a founder's $30 million lawsuit against a VC; a
// lottery jackpot; a cozy game's reward crowdfunding; a battery recycler's plant opening and a plant-based
// food recall that recall old rounds only.
// Conventions (those of checks.ts, unseen-texts.ts and unseen-blind30.ts, as far as the writer could read
// them): company as the text names it ("The Oat Republic" with its article, "Hartley & Crane", "Nightjar
// Esports", "Wearside Albion"); amount in the currency first stated for the round (ISO code when not USD):
// "60 million zlotys ($15 million)" is 6e7 PLN, "120 million reais" 1.2e8 BRL, "C$15 million" 1.5e7 CAD;
// "forty million dollars" is 4e7; "nearly $10 million" and "more than €5m" are labelled at the figure
// stated (1e7, 5e6 EUR), as "about"/"around" X is labelled at X; a Series B "comprising $55 million of
// equity and a $20 million credit line" is labelled at its total (7.5e7), as unseen-blind30.ts says
// unseen-blind29.ts labels a Series A comprising equity and a credit facility, with the lender in `other`; a
// corrected round at the corrected amount (2e7, not 2.5e7); a round whose total includes a state fund's
// match at the total stated (6e6). Round types: a stage named wins; "a funding round" / "new investment"
// with no stage is 'unknown'; a fund's purchase of newly issued shares for a minority stake in a football
// club is 'strategic' (as a corporate's minority stake is), with the fund in `other`; equity crowdfunding
// (shares sold to the public on a platform) is a round of type 'unknown' with no `other` (the platform is
// not an investor); reward crowdfunding (a game copy and a plush frog for a pledge) is not a round. `lead`
// only where the text says who led (or, in talks, who is expected to lead / "to be led by"); `lead: []`
// where the company "has not yet picked a lead"; `other` for every other named participant: funds, angels
// by their own names, a restaurant group, a co-op, a council's growth fund, a state match fund, a lender,
// and, in talks, an existing investor "likely to invest again" / "likely to take part" / "expected to
// join". `prior` lists companies other than a labelled round's company whose funding the text recalls (a
// report's largest round) and, in a distractor, its own company where the text recalls its earlier rounds
// (the caravan maker's 2019 minority investment, the sued VC's Series A in the founder's startup, the
// recycler's Series B, the food maker's Series B). Labelled by hand; a reader of each text should agree
// with every label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND32: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub32-01',
    style: 'wire',
    phenomenon:
      'wire_brief,two_sentences,invented_agency_dateline,pln_with_usd_conversion,existing_investor_also_took_part,series_a',
    title: 'Polish grocery app Koszyk raises 60 mln zlotys in Series A',
    source: 'Holloway Wire',
    text: 'WARSAW, March 9 (Holloway Wire) - Koszyk, a Warsaw startup that delivers groceries from neighbourhood shops within 30 minutes, said on Monday it had raised 60 million zlotys ($15 million) in a Series A round led by Vistula Bridge Capital. Existing investor Praga Seed Fund also took part.',
    kind: 'round',
    rounds: [
      {
        company: 'Koszyk',
        amount: 6e7,
        currency: 'PLN',
        roundType: 'series_a',
        lead: ['Vistula Bridge Capital'],
        other: ['Praga Seed Fund'],
      },
    ],
  },
  {
    id: 'ub32-02',
    style: 'roundup',
    phenomenon:
      'wire_business_briefs,three_datelined_items,two_rounds_one_text,co_led,city_introduced_co_lead,x_led_the_round_active,listed_brewer_results_trap,dividend_trap,seed,series_b',
    title: 'Africa business briefs: a Nairobi seed round, a brewer’s profit and Lagos trucking money',
    source: 'Holloway Wire',
    text:
      'NAIROBI, March 9 (Holloway Wire) - Mavuno Grid, a Kenyan startup that rents solar-powered grain dryers to smallholder farmers by the hour, has raised $8 million in seed funding co-led by Rift Valley Impact Partners and Amsterdam-based Keizersgracht Ventures, the company said on Monday.\n\n' +
      'NAIROBI, March 9 (Holloway Wire) - Tuskland Breweries, which is listed on the Nairobi Securities Exchange, reported a 12% rise in full-year pre-tax profit to 9.4 billion shillings and proposed a dividend of 5 shillings a share.\n\n' +
      'LAGOS, March 9 (Holloway Wire) - Nigerian trucking marketplace Ferryline has raised $21 million in a Series B. Lekki Growth Fund led the round, and Ikoyi Capital and existing investor Savannah Angels joined, chief executive Tolu Adebanjo said in an interview.',
    kind: 'round',
    rounds: [
      {
        company: 'Mavuno Grid',
        amount: 8e6,
        roundType: 'seed',
        lead: ['Rift Valley Impact Partners', 'Keizersgracht Ventures'],
      },
      {
        company: 'Ferryline',
        amount: 21e6,
        roundType: 'series_b',
        lead: ['Lekki Growth Fund'],
        other: ['Ikoyi Capital', 'Savannah Angels'],
      },
    ],
  },
  {
    id: 'ub32-03',
    style: 'business',
    phenomenon:
      'national_newspaper_business_section,factory_opening_lede,round_in_paragraph_4,also_said_on_tuesday,lead_described_after_name,earlier_series_a_same_company,production_capacity_trap,revenue_forecast_trap,series_b',
    title: 'Sheffield’s first bicycle factory in decades opens its doors',
    source: 'The Daily Meridian',
    text:
      'For the first time since the 1980s, bicycles are being built in volume in Sheffield. On Tuesday, Kelham Cycles opened a 90,000 sq ft factory in a former cutlery works in Attercliffe, where 140 people will assemble up to 60,000 electric bikes a year.\n\n' +
      'The company, founded in 2019 by former steelworker Gareth Boyce and designer Amira Qureshi, has until now had its frames welded in Taiwan. Boyce said rising freight costs and tariffs had made the sums work for bringing production home. “We were paying to ship air halfway round the world,” he said.\n\n' +
      'The opening was attended by the city’s mayor and a minister from the Department for Business and Trade, who called it “a vote of confidence in British manufacturing”.\n\n' +
      'Kelham also said on Tuesday that it had raised £22m in a Series B round led by Don Valley Partners, a Leeds-based growth investor, to pay for the factory’s second assembly line. Existing investors Peak District Ventures and Hallam Angels also put in money. The company raised a £6m Series A in 2022.\n\n' +
      'Kelham sold 31,000 bikes last year, mostly through its own website, and expects revenue of about £70m this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Kelham Cycles',
        amount: 22e6,
        currency: 'GBP',
        roundType: 'series_b',
        lead: ['Don Valley Partners'],
        other: ['Peak District Ventures', 'Hallam Angels'],
      },
    ],
  },
  {
    id: 'ub32-04',
    style: 'business',
    phenomenon:
      'regional_tv_station_website,quote_headline,ceo_hire_lede,round_in_paragraph_3,amount_in_words,money_came_from_a_group_led_by,city_introduced_lead,delivery_count_trap,series_b',
    title: '“Now we have to prove it works everywhere else”: Omaha drone company Skyloft names new CEO',
    source: 'River City 6 News',
    text:
      'OMAHA, Neb. — Skyloft, the Omaha company whose drones drop off prescriptions and groceries in the city’s western suburbs, has a new chief executive.\n\n' +
      'The company announced Tuesday that Renata Voss, who spent 12 years running delivery operations for a national retail chain, will take over from co-founder Dev Malhotra, who becomes chief technology officer.\n\n' +
      'Skyloft also announced that it has raised forty million dollars in a Series B round. The money came from a group led by Kansas City’s Prairie Gate Capital, with Omaha-based Old Market Ventures and Elkhorn Angels also investing, the company said.\n\n' +
      'Skyloft employs 85 people at its hangar near Eppley Airfield and made more than 20,000 deliveries last year. Voss says she wants the drones flying in Lincoln and Des Moines by the end of 2027.\n\n' +
      '“Omaha is a great place to prove this works,” Voss told 6 News. “Now we have to prove it works everywhere else.”',
    kind: 'round',
    rounds: [
      {
        company: 'Skyloft',
        amount: 4e7,
        roundType: 'series_b',
        lead: ['Prairie Gate Capital'],
        other: ['Old Market Ventures', 'Elkhorn Angels'],
      },
    ],
  },
  {
    id: 'ub32-05',
    style: 'business',
    phenomenon:
      'local_newspaper_hometown_startup,garage_origin_lede,nearly_amount,the_seed_round_was_led_by_passive,city_introduced_lead,local_angel_group,device_count_trap,seed',
    title: 'Startup that began in a Kettering garage raises nearly $10 million',
    source: 'Dayton Riverside Record',
    text:
      'Five years ago, Lanie Okonkwo and her brother Chidi were testing water sensors in their parents’ garage in Kettering. On Monday, the company they built, Brightwell Sensing, said it had raised nearly $10 million from investors to bring its leak detectors to apartment buildings across the Midwest.\n\n' +
      'The seed round was led by Columbus-based Olentangy Ventures. Dayton’s own Gem City Angels, a group of about 40 local investors, also took part, as did the Miami Valley Founders Fund.\n\n' +
      'Brightwell’s detectors clip onto water pipes and send an alert to a building manager’s phone when they sense a leak. The company says its devices are now in 1,200 apartments in Dayton, Cincinnati and Indianapolis.\n\n' +
      '“We could have moved to the coast,” Chidi Okonkwo said. “But our engineers are from here, and our first customers were landlords on Brown Street.”',
    kind: 'round',
    rounds: [
      {
        company: 'Brightwell Sensing',
        amount: 1e7,
        roundType: 'seed',
        lead: ['Olentangy Ventures'],
        other: ['Gem City Angels', 'Miami Valley Founders Fund'],
      },
    ],
  },
  {
    id: 'ub32-06',
    style: 'press',
    phenomenon:
      'trade_union_press_release,union_welcomes_investment,funding_round_no_stage,lead_described_before_name,jobs_count_trap,union_membership_count,ends_furniture,unknown_type',
    title: 'Union welcomes £45m investment that secures Blyth battery jobs',
    source: 'Northern Engineering & Energy Union',
    text:
      'The Northern Engineering & Energy Union (NEEU) today welcomed the news that Coquet Cells, the battery start-up based on the former power station site in Blyth, Northumberland, has secured £45 million of new investment.\n\n' +
      'The funding round, announced by the company this morning, was led by Tyneside infrastructure investor Wansbeck Capital, with Cullercoats Partners and the North East Growth Trust also investing. The company says the money will take its pilot line into full production and create 180 jobs on top of the 220 people it already employs.\n\n' +
      'NEEU regional secretary Joanne Hedley said: “Two years ago our members at Coquet were told the company might not survive the winter. Today’s announcement is down to their skill and their patience. We now expect Coquet to sit down with us and agree a recognition deal that gives every new starter a union contract.”\n\n' +
      'NEEU represents 2,400 workers in battery and energy manufacturing across the North East. The union has campaigned since 2023 for publicly supported battery plants to pay the real living wage.\n\n' +
      'ENDS\n\n' +
      'For media enquiries, contact the NEEU press office.',
    kind: 'round',
    rounds: [
      {
        company: 'Coquet Cells',
        amount: 45e6,
        currency: 'GBP',
        roundType: 'unknown',
        lead: ['Wansbeck Capital'],
        other: ['Cullercoats Partners', 'North East Growth Trust'],
      },
    ],
  },
  {
    id: 'ub32-07',
    style: 'press',
    phenomenon:
      'city_council_press_release,council_fund_co_invests,council_cheque_inside_round_trap,the_round_was_led_by,city_introduced_lead,councillor_quote,council_fund_size_trap,seed',
    title: 'Council’s growth fund backs Dundee games-tech start-up',
    source: 'Dundee City Council',
    text:
      'Dundee City Council’s Tay Growth Fund has invested £400,000 in Quayside Pixel, a city-centre start-up that makes automated testing tools for video-game studios, as part of a £2.6 million seed round announced today.\n\n' +
      'The round was led by Edinburgh-based Calton Hill Ventures, with Glasgow’s Merchant City Angels also taking part.\n\n' +
      'Councillor Moira Strachan, convener of the council’s city development committee, said: “Dundee has been making games for forty years. The Tay Growth Fund exists so that companies like Quayside Pixel can grow here rather than leave, and every pound the council invests is matched many times over by private investors.”\n\n' +
      'Quayside Pixel employs 14 people and plans to double its team by the end of 2027. The Tay Growth Fund, set up in 2021 with £5 million from the council’s budget, has now invested in 11 local companies.',
    kind: 'round',
    rounds: [
      {
        company: 'Quayside Pixel',
        amount: 2.6e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Calton Hill Ventures'],
        other: ['Tay Growth Fund', 'Merchant City Angels'],
      },
    ],
  },
  {
    id: 'ub32-08',
    style: 'press',
    phenomenon:
      'university_news_office,alumni_founders,state_venture_fund_matched,private_half_trap,bringing_the_round_to,the_round_was_led_by,city_introduced_lead,licensed_patents,seed',
    title: 'Engineering alumni’s crop-spraying drone startup raises $6 million, with a state match',
    source: 'Flint Hills University News',
    text:
      'Tallgrass Aerial, a Wichita startup founded by three graduates of the College of Engineering, has raised $6 million in seed funding to build drones that spray crops a few rows at a time.\n\n' +
      'The round was led by Kansas City-based Westport Agtech Ventures. Private investors committed $3 million, and the state’s venture fund, the Sunflower Match Fund, matched that amount dollar for dollar, bringing the round to $6 million.\n\n' +
      'Co-founders Hailey Brandt (’19), Marcus Oyelaran (’19) and Sam Kowalewski (’20) met in a senior design course in which students built a sprayer for the university’s research farm. “That course was where we learned to fail cheaply,” Brandt said.\n\n' +
      'The company licensed two patents from the university’s technology transfer office in 2022 and still tests its drones at the research farm south of campus.',
    kind: 'round',
    rounds: [
      {
        company: 'Tallgrass Aerial',
        amount: 6e6,
        roundType: 'seed',
        lead: ['Westport Agtech Ventures'],
        other: ['Sunflower Match Fund'],
      },
    ],
  },
  {
    id: 'ub32-09',
    style: 'business',
    phenomenon:
      'sports_business_site,question_headline,fund_minority_stake_in_football_club,newly_issued_shares,owner_keeps_control,loan_repayment_trap,promotion_value_trap,board_seats,strategic',
    title: 'Why would a New York sports fund want 30% of a Championship club?',
    source: 'Touchline Business',
    text:
      'Cobalt Ridge Sports Partners, a New York private-equity firm that already owns stakes in a Belgian club and a US women’s basketball team, has agreed to invest £35 million in Wearside Albion for a 30% minority stake, the Championship club said on Monday.\n\n' +
      'The money will be paid for newly issued shares rather than to the club’s owners, the Robson family, who keep control. Albion said it would spend it on its training ground and on paying back £12 million of loans from the family.\n\n' +
      'Cobalt Ridge will take two of the seven seats on the club’s board. The deal needs approval from the English Football League.\n\n' +
      'For the fund, the attraction is the chance of promotion: a place in the Premier League is worth at least £100 million in extra broadcast money over three seasons, according to analysts at Goalpost Economics.',
    kind: 'round',
    rounds: [
      {
        company: 'Wearside Albion',
        amount: 35e6,
        currency: 'GBP',
        roundType: 'strategic',
        other: ['Cobalt Ridge Sports Partners'],
      },
    ],
  },
  {
    id: 'ub32-10',
    style: 'business',
    phenomenon:
      'sports_business_site,startup_league_series_a,x_led_the_round_active,team_owners_invested,named_angel,restaurant_group_participant,seed_backer_returned,franchise_fees_trap,player_salary_trap,earlier_seed_same_company,series_a',
    title: 'Pro padel league Bandeja raises $18 million Series A before its first season',
    source: 'Touchline Business',
    text:
      'Bandeja Pro League, the professional padel league that plans to put six city-based teams on court in Miami, Austin, Phoenix, Nashville, San Diego and Charlotte this autumn, has raised $18 million in a Series A.\n\n' +
      'Biscayne Sports Ventures led the round. Team owners, including former tennis player Luca Ferrante and the Austin restaurant group Hill Country Hospitality, also invested, as did seed backer Topspin Capital.\n\n' +
      'The league says it has sold its six franchises for a combined $9 million and signed a streaming deal with a sports network it did not name. Players will earn at least $60,000 for the 10-week season.\n\n' +
      'Bandeja raised a $4 million seed round in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Bandeja Pro League',
        amount: 18e6,
        roundType: 'series_a',
        lead: ['Biscayne Sports Ventures'],
        other: ['Luca Ferrante', 'Hill Country Hospitality', 'Topspin Capital'],
      },
    ],
  },
  {
    id: 'ub32-11',
    style: 'business',
    phenomenon:
      'gaming_site,valuation_in_headline,bn_valuation_trap,the_round_was_led_by,city_introduced_lead,existing_investors_taking_part,creator_payouts_trap,revenue_cut,earlier_series_b_same_company,series_c',
    title: 'Modding platform Forgebench hits a $1.5bn valuation with $150M Series C',
    source: 'Critical Hit Ledger',
    text:
      'Forgebench, the Helsinki-based platform where players share and sell mods for PC games, has raised $150 million in a Series C round at a $1.5bn valuation, the company said on Monday.\n\n' +
      'The round was led by London’s Marylebone Growth, with existing investors Suomenlinna Ventures and Kallio Capital taking part. Forgebench paid out $64 million to mod creators last year and takes a 20% cut of every paid mod sold through its store.\n\n' +
      'Chief executive Veera Lindholm said the money would go toward console support, which needs deals with platform holders that have so far kept user-made content off their machines. Forgebench last raised a $40 million Series B in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Forgebench',
        amount: 150e6,
        roundType: 'series_c',
        lead: ['Marylebone Growth'],
        other: ['Suomenlinna Ventures', 'Kallio Capital'],
      },
    ],
  },
  {
    id: 'ub32-12',
    style: 'business',
    phenomenon:
      'music_industry_site,music_tech_startup,led_by_in_first_sentence,city_introduced_participant,named_producer_angel,subscription_price_trap,subscriber_count_trap,earlier_seed_same_lead,series_a',
    title: 'Stem-splitting app Loopwright raises $12M to pay songwriters for fan remixes',
    source: 'The Mixdown Report',
    text:
      'Loopwright, a Nashville startup whose app lets fans pull licensed songs apart into vocals, drums and bass and post their own remixes, has raised $12 million in a Series A led by Music Row Capital.\n\n' +
      'Berlin’s Neukölln Sound Fund and the songwriter and producer Delia Marsh also invested. Loopwright has licensing deals with two of the three major record companies and pays rights holders a share of subscription revenue each time a remix of their song is streamed.\n\n' +
      'The company says 400,000 people paid for its $7.99-a-month subscription last year. It raised a $3 million seed round from Music Row Capital in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Loopwright',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Music Row Capital'],
        other: ['Neukölln Sound Fund', 'Delia Marsh'],
      },
    ],
  },
  {
    id: 'ub32-13',
    style: 'business',
    phenomenon:
      'food_and_drink_trade_site,pun_headline,company_name_starts_with_the,the_round_was_led_by,city_introduced_participant,unnamed_founder_angels,capacity_litres_trap,sales_trap,series_a',
    title: 'Oat of this world: The Oat Republic pours £12m Series A into a second dairy-free plant',
    source: 'Shelf Life Trade News',
    text:
      'The Oat Republic, the Bristol maker of oat-based barista milk and yoghurt, has raised £12 million in a Series A round.\n\n' +
      'The round was led by Redcliffe Food Partners, with Amsterdam’s Jordaan Consumer Ventures and the founders of a UK juice brand also taking part.\n\n' +
      'The company will use the money for a second production site near Avonmouth, which will triple its capacity to 60 million litres a year. Its drinks are now stocked in about 3,000 UK shops, and sales rose 70% last year to £19 million.\n\n' +
      'Co-founder Priya Mistry said: “Oat milk isn’t a fad any more; it’s a staple, and staples have to be cheap. The only way to get there is to make more of it.”',
    kind: 'round',
    rounds: [
      {
        company: 'The Oat Republic',
        amount: 12e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Redcliffe Food Partners'],
        other: ['Jordaan Consumer Ventures'],
      },
    ],
  },
  {
    id: 'ub32-14',
    style: 'business',
    phenomenon:
      'food_and_drink_trade_site,brewery_equity_crowdfunding,invented_platform,shares_sold_to_customers,no_lead,crowdfunding_target_trap,pre_money_valuation_trap,earlier_mini_bond_same_company,unknown_type',
    title: 'Cornish brewer Gwithian sells shares to its drinkers, raising £1.4m on Pintvest',
    source: 'Brewers’ Bulletin',
    text:
      'Gwithian Brewery, the Cornish brewer behind Surfline pale ale, has raised £1.4 million through an equity crowdfunding campaign on the Pintvest platform, selling shares to 2,650 investors, most of them its own customers.\n\n' +
      'The campaign closed on Monday after passing its £800,000 target in four days. Investors who put in at least £250 get a discount card for the brewery’s taproom in Hayle. The offer valued the brewery at £9 million before the new money.\n\n' +
      'Gwithian will spend the money on a canning line and a second taproom in Falmouth. Managing director Kerenza Pascoe said the brewery had turned down offers from two larger brewers. “We’d rather be owned by the people who drink the beer,” she said.\n\n' +
      'Gwithian last raised money from its drinkers in 2020, when a mini-bond brought in £300,000.',
    kind: 'round',
    rounds: [{ company: 'Gwithian Brewery', amount: 1.4e6, currency: 'GBP', roundType: 'unknown' }],
  },
  {
    id: 'ub32-15',
    style: 'business',
    phenomenon:
      'food_trade_journal,company_named_after_people,ampersand_name,more_than_amount,x_led_the_investment,city_introduced_angel_group,named_angel,exact_figure_not_given,revenue_trap,seed',
    title: 'Hartley & Crane raises more than €5m to take its relishes to Europe',
    source: 'Food Ireland Trade Journal',
    text:
      'Hartley & Crane, the Dublin condiment maker named after its founders’ grandmothers, has raised more than €5m in a seed round to expand into Germany and the Netherlands.\n\n' +
      'Liffey Consumer Capital led the investment, which also drew in Galway-based Corrib Angels and the retail entrepreneur Orla Brennock. The company did not give an exact figure.\n\n' +
      'Its relishes and chutneys are sold in 900 shops in Ireland and the UK, and it had revenue of €3.8m last year. Founders Aoife Hartley and Ciarán Crane said about a fifth of the money would go on a new kitchen in Tallaght.',
    kind: 'round',
    rounds: [
      {
        company: 'Hartley & Crane',
        amount: 5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Liffey Consumer Capital'],
        other: ['Corrib Angels', 'Orla Brennock'],
      },
    ],
  },
  {
    id: 'ub32-16',
    style: 'roundup',
    phenomenon:
      'real_estate_deals_desk,section_headers,company_name_is_common_word,common_word_in_body,existing_investors_participated,reit_building_purchase_trap,vacancy_statistic_trap,series_b',
    title: 'Deals desk: Gable raises $30M for landlord software; a Chicago REIT buys Denver offices',
    source: 'Square Footage Daily',
    text:
      'PROPTECH\n\n' +
      'Gable, a Denver startup whose software lets small landlords handle leases, repairs and rent collection from one app, raised $30 million in a Series B led by Larimer Square Capital. Existing investors Cherry Creek Ventures and Platte River Angels participated. The name comes from the steep gable roofs of the Victorian houses where its founders rented their first apartments.\n\n' +
      'PROPERTY\n\n' +
      'Lakeview Property Trust, a Chicago-based REIT, bought three office buildings in downtown Denver for $212 million from a pension fund. The buildings are 78% leased.\n\n' +
      'NUMBERS\n\n' +
      'Office vacancy in Denver rose to 27.4% at the end of last year, according to broker Mesa Brokerage Group.',
    kind: 'round',
    rounds: [
      {
        company: 'Gable',
        amount: 30e6,
        roundType: 'series_b',
        lead: ['Larimer Square Capital'],
        other: ['Cherry Creek Ventures', 'Platte River Angels'],
      },
    ],
  },
  {
    id: 'ub32-17',
    style: 'roundup',
    phenomenon:
      'health_system_staff_newsletter,bullet_items,health_system_venture_arm_led,our_investment_arm,city_introduced_participant,readmissions_statistic,foundation_campaign_trap,campaign_goal_trap,series_a',
    title: 'Inside Bayfront: our venture arm leads a home-monitoring round, and the campaign passes $38 million',
    source: 'Inside Bayfront Health',
    text:
      'THIS WEEK AT BAYFRONT\n\n' +
      '• Bayfront Health Ventures, our system’s investment arm, has led a $14 million Series A in Pulsecove, a Tampa startup whose wearable patch lets nurses monitor heart-failure patients at home after discharge. Ybor Health Capital and St. Petersburg-based Gulfside Angels joined the round. The patch has been in use at Bayfront Memorial since last spring, and 30-day readmissions for heart-failure patients there have fallen by a fifth.\n\n' +
      '• The Bayfront Foundation’s Heart of the Bay campaign has passed $38 million toward its $50 million goal for the new cardiac tower. Thank you to every employee who gave through payroll.\n\n' +
      '• Flu vaccination clinics for staff run through March 20 in the main lobby.',
    kind: 'round',
    rounds: [
      {
        company: 'Pulsecove',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Bayfront Health Ventures'],
        other: ['Ybor Health Capital', 'Gulfside Angels'],
      },
    ],
  },
  {
    id: 'ub32-18',
    style: 'business',
    phenomenon:
      'automotive_site,round_comprising_equity_and_debt,labelled_at_total,equity_split_trap,debt_split_trap,equity_portion_was_led_by,lender_named,carmaker_capex_trap,production_target_trap,series_b',
    title: 'Electric-van startup Volkara raises $75 million in equity and debt',
    source: 'Torque Ledger',
    text:
      'Volkara, a Detroit startup building small electric delivery vans for city centres, has raised $75 million in a Series B round comprising $55 million of equity and a $20 million credit line.\n\n' +
      'The equity portion was led by Woodward Avenue Partners, with Ann Arbor’s Huron Valley Mobility Fund and existing investor Corktown Ventures participating. The credit line comes from Great Lakes Commerce Bank.\n\n' +
      'Volkara will use the money to start production at a leased plant in Hamtramck, where it plans to build 5,000 vans next year. The announcement came on the same day that Grandline Motors said it would spend $2.3 billion retooling its own van plant in Ohio, which Volkara chief executive Maya Dombrowski called “a sign that the market is real”.',
    kind: 'round',
    rounds: [
      {
        company: 'Volkara',
        amount: 75e6,
        roundType: 'series_b',
        lead: ['Woodward Avenue Partners'],
        other: ['Huron Valley Mobility Fund', 'Corktown Ventures', 'Great Lakes Commerce Bank'],
      },
    ],
  },
  {
    id: 'ub32-19',
    style: 'business',
    phenomenon:
      'agriculture_weekly,company_name_is_common_word,common_word_in_quote,x_led_the_round_active,city_introduced_lead,farmer_cooperative_participant,acreage_trap,farmer_payouts_trap,seed',
    title: 'Furrow raises $7.5 million to help farmers get paid for cover crops',
    source: 'Heartland Farm Weekly',
    text:
      'Furrow, a Des Moines company that measures how much carbon farmers store in their soil by planting cover crops, has raised $7.5 million in seed funding.\n\n' +
      'Cedar Rapids-based Corn Belt Ventures led the round, and the farmer-owned Prairie Lakes Co-op and Council Bluffs’ Loess Hills Angels also invested.\n\n' +
      'Farmers who sign up get a soil probe and a phone app; Furrow sells the carbon credits to food companies and passes 75% of the money back to the grower. About 900 farms in Iowa, Nebraska and Illinois enrolled last year, covering 410,000 acres, and shared $3.1 million. “A farmer can read a furrow better than any satellite,” said co-founder Jolene Vanderpool, who grew up on a farm near Pella.',
    kind: 'round',
    rounds: [
      {
        company: 'Furrow',
        amount: 7.5e6,
        roundType: 'seed',
        lead: ['Corn Belt Ventures'],
        other: ['Prairie Lakes Co-op', 'Loess Hills Angels'],
      },
    ],
  },
  {
    id: 'ub32-20',
    style: 'business',
    phenomenon:
      'correction_headline,correction_note_first,earlier_wrong_amount_trap,corrected_amount,led_by_in_first_sentence,city_introduced_participant,output_gain_trap,series_a',
    title: 'Correction: Phoenix solar-robot maker Sunsweep raises $20 million Series A',
    source: 'Southwest Business Chronicle',
    text:
      'Correction: An earlier version of this article said Sunsweep had raised $25 million. The round was $20 million.\n\n' +
      'Sunsweep, a Phoenix company whose robots wash the dust off solar panels without water, has raised $20 million in a Series A round led by Camelback Climate Partners, the company said on Monday.\n\n' +
      'Sonoran Seed and Tempe-based Saguaro Ventures also took part. The robots run along the rows of a solar farm at night, and the company says they raise panel output by up to 8% in the desert.\n\n' +
      'Sunsweep has robots on 14 solar farms in Arizona and Nevada and expects to reach 40 by the end of the year.',
    kind: 'round',
    rounds: [
      {
        company: 'Sunsweep',
        amount: 20e6,
        roundType: 'series_a',
        lead: ['Camelback Climate Partners'],
        other: ['Sonoran Seed', 'Saguaro Ventures'],
      },
    ],
  },
  {
    id: 'ub32-21',
    style: 'business',
    phenomenon:
      'update_headline,update_note_adds_lead,round_reported_on_monday,lead_named_on_tuesday,existing_investor_also_invested,user_count_trap,earlier_seed_gbp_same_company,series_a',
    title: 'Update: Leeds pay-advance app Paydaisy’s £9m Series A was led by Kirkstall Capital',
    source: 'The Daily Meridian',
    text:
      'Update, March 10: This story has been updated to include the round’s lead investor, which the company named on Tuesday.\n\n' +
      'Paydaisy, a Leeds app that lets shift workers draw part of their pay before payday, has raised £9 million in a Series A round, the company said on Monday.\n\n' +
      'The round was led by Kirkstall Capital, Paydaisy said on Tuesday. Headingley Ventures and existing investor Roundhay Seed also invested.\n\n' +
      'Paydaisy charges employers a monthly fee per worker and says it has 140,000 users at restaurant chains, care homes and warehouses. The company raised £2.5 million in seed funding in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Paydaisy',
        amount: 9e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Kirkstall Capital'],
        other: ['Headingley Ventures', 'Roundhay Seed'],
      },
    ],
  },
  {
    id: 'ub32-22',
    style: 'business',
    phenomenon:
      'national_newspaper_feature,question_headline,headline_amount,bakery_at_4am_lede,round_in_paragraph_3,on_tuesday_said,the_round_was_led_by,city_introduced_participant,loaf_count_trap,series_a',
    title: 'Can a robot make a decent sourdough? A Glasgow start-up is betting £8m that it can',
    source: 'The Daily Meridian',
    text:
      'At 4am in an industrial unit in Govan, the only sounds are the hum of a mixer and the whirr of a robotic arm folding dough. By 7am, 1,200 sourdough loaves will be on their way to cafés across Glasgow.\n\n' +
      'Crumbworks, founded in 2021 by former pastry chef Isla Munro and robotics engineer Rahul Sethi, says its machines can shape and score dough as gently as a baker’s hands, at a fraction of the labour cost. Bakers are sceptical; customers, so far, are not, and the company’s wholesale orders have tripled in a year.\n\n' +
      'On Tuesday Crumbworks said it had raised £8m in a Series A round to open two more bakeries, in Edinburgh and Manchester. The round was led by Kelvingrove Capital, with Dundee’s Law Hill Ventures and the Saltire Growth Fund also investing.\n\n' +
      '“People think automation means a worse loaf,” Munro said. “We think it means a baker who isn’t up at 3am every day and can spend her time on the recipes.”',
    kind: 'round',
    rounds: [
      {
        company: 'Crumbworks',
        amount: 8e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Kelvingrove Capital'],
        other: ['Law Hill Ventures', 'Saltire Growth Fund'],
      },
    ],
  },
  {
    id: 'ub32-23',
    style: 'business',
    phenomenon:
      'general_newspaper_feature,x_s_40m_question_headline,broken_charger_lede,round_in_paragraph_3,x_led_active,city_introduced_participant,uptime_rule_trap,charger_count_trap,earlier_series_a_same_company,series_b',
    title: 'Plugstone’s $40M question: can it fix the chargers nobody fixes?',
    source: 'Piedmont Daily Herald',
    text:
      'Anyone who has pulled into a public charging station with a nearly flat battery knows the feeling: one charger is out of order, the other is occupied, and the app says both are available.\n\n' +
      'Plugstone, an Atlanta company founded in 2022, sends technicians to repair chargers for the companies that own them and sells software that predicts which ones are about to fail. It now looks after 9,000 chargers across the Southeast.\n\n' +
      'On Tuesday, Plugstone said it had raised $40 million in a Series B round. Chattahoochee Growth Partners led, and existing investors Midtown Mobility Fund and Savannah-based Tybee Capital also invested.\n\n' +
      'The question is whether charger owners will pay for reliability. Federal rules require publicly funded chargers to work 97% of the time, but few networks report how often they fall short. Plugstone chief executive Denise Achebe says that will change: “The first network that can promise a working plug will win.”\n\n' +
      'Plugstone raised a $12 million Series A in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Plugstone',
        amount: 40e6,
        roundType: 'series_b',
        lead: ['Chattahoochee Growth Partners'],
        other: ['Midtown Mobility Fund', 'Tybee Capital'],
      },
    ],
  },
  {
    id: 'ub32-24',
    style: 'business',
    phenomenon:
      'national_newspaper,product_recall_lede,round_in_paragraph_4,separate_announcement_on_tuesday,cad_amount,existing_investor_participating,injury_count_trap,recall_cost_cad_trap,series_b',
    title: 'Pramwell recalls 18,000 strollers over hinge that can pinch fingers',
    source: 'The National Courier',
    text:
      'Pramwell, the Toronto maker of folding strollers, is recalling about 18,000 of its Metro Lite model sold in Canada and the US since 2024 after reports that the folding hinge can pinch children’s fingers, Health Canada said on Tuesday.\n\n' +
      'The agency said it had received 11 reports of injuries, none of them serious. Owners are being asked to stop using the strollers and to contact the company for a free replacement hinge.\n\n' +
      'Pramwell’s chief executive, Sophie Tremblay-Karim, said the company had found the fault itself and acted quickly. “Parents trust us with the most important thing they have,” she said.\n\n' +
      'In a separate announcement on Tuesday, Pramwell said it had closed a C$15 million Series B round led by Yorkville Consumer Partners, with existing investor Don Mills Ventures participating. The company said the recall would cost about C$2 million and would not affect its plans to open a warehouse in Ohio.',
    kind: 'round',
    rounds: [
      {
        company: 'Pramwell',
        amount: 1.5e7,
        currency: 'CAD',
        roundType: 'series_b',
        lead: ['Yorkville Consumer Partners'],
        other: ['Don Mills Ventures'],
      },
    ],
  },
  {
    id: 'ub32-25',
    style: 'wire',
    phenomenon:
      'wire_brief,two_sentences,invented_agency_dateline,brl_with_usd_conversion,x_led_the_round_active,city_introduced_participant,series_b',
    title: 'Brazilian pet insurer Bichano raises 120 mln reais',
    source: 'Holloway Wire',
    text: 'SAO PAULO, March 9 (Holloway Wire) - Brazilian pet-insurance startup Bichano raised 120 million reais ($21 million) in a Series B round, the company said on Monday. Pinheiros Capital led the round, and Lisbon-based Alfama Ventures also invested.',
    kind: 'round',
    rounds: [
      {
        company: 'Bichano',
        amount: 1.2e8,
        currency: 'BRL',
        roundType: 'series_b',
        lead: ['Pinheiros Capital'],
        other: ['Alfama Ventures'],
      },
    ],
  },
  {
    id: 'ub32-26',
    style: 'business',
    phenomenon:
      'esports_site,exclusive_headline,has_learned,funding_round_no_stage,people_familiar_on_participants,named_former_player_angel,valuation_declined,revenue_dkk_trap,academy_size_trap,unknown_type',
    title: 'Exclusive: Esports team Nightjar raises $11 million to build a player academy',
    source: 'Frag Report',
    text:
      'Nightjar Esports, the Copenhagen organisation whose teams compete in tactical shooters and sim racing, has raised $11 million in a funding round led by Refshaleøen Capital, Frag Report has learned.\n\n' +
      'Existing investor Østerbro Gaming Partners and former player Mikkel Sørensen also put money in, according to two people familiar with the deal. Nightjar confirmed the raise but declined to give its valuation.\n\n' +
      'The money will pay for an academy in Copenhagen that will train 40 players aged 16 to 21.\n\n' +
      'Nightjar made 62 million kroner in revenue last year from sponsorships, prize money and merchandise.',
    kind: 'round',
    rounds: [
      {
        company: 'Nightjar Esports',
        amount: 11e6,
        roundType: 'unknown',
        lead: ['Refshaleøen Capital'],
        other: ['Østerbro Gaming Partners', 'Mikkel Sørensen'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub32-27',
    style: 'business',
    phenomenon:
      'automotive_site,is_raising_about,people_familiar,valuation_trap,expected_to_lead,existing_investor_likely_to_invest_again,earlier_series_b_same_company,vehicle_price_trap,series_c',
    title: 'Electric pickup maker Basalt Motors said to be raising $200 million',
    source: 'Torque Ledger',
    text:
      'Basalt Motors, the Boise, Idaho, startup developing a low-cost electric pickup for farm and ranch work, is raising about $200 million in a Series C round that would value it at roughly $2 billion, according to three people familiar with the talks.\n\n' +
      'Sawtooth Growth Partners is expected to lead the round, the people said, and Treasure Valley Ventures, which led Basalt’s Series B, is likely to invest again. Talks are at an advanced stage, but terms could still change.\n\n' +
      'Basalt raised $85 million in that Series B in 2024. It plans to begin deliveries of its first pickup, priced at $38,000, in 2027. A Basalt spokesperson declined to comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Basalt Motors',
        amount: 200e6,
        roundType: 'series_c',
        lead: ['Sawtooth Growth Partners'],
        other: ['Treasure Valley Ventures'],
      },
    ],
  },
  {
    id: 'ub32-28',
    style: 'business',
    phenomenon:
      'music_industry_site,is_seeking_to_raise,founder_interview,has_not_yet_picked_a_lead,ticket_count_trap,earlier_series_a_gbp_with_lead,series_b',
    title: 'Face-value ticketing startup Backline seeks £20m to take on resale sites',
    source: 'The Mixdown Report',
    text:
      'Backline, a London ticketing startup that caps resale prices for gigs at face value, is seeking to raise about £20 million in a Series B, co-founder Tamsin Adeyemi-Hart said in an interview. The company has held early talks with investors in London and New York but has not yet picked a lead.\n\n' +
      'Backline sold 2.3 million tickets last year for about 900 venues. It raised £7 million in a Series A led by Camden Lock Ventures in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Backline', amount: 20e6, currency: 'GBP', roundType: 'series_b', lead: [] }],
  },
  {
    id: 'ub32-29',
    style: 'business',
    phenomenon:
      'gaming_site,in_talks_to_raise,sources_say_headline,expected_to_lead,existing_investor_likely_to_take_part,talks_could_fall_apart,copies_sold_trap,game_price_trap,earlier_seed_same_company,series_a',
    title: 'Montreal studio Hollowmere in talks to raise $30 million, sources say',
    source: 'Critical Hit Ledger',
    text:
      'Hollowmere Games, the Montreal studio behind last year’s surprise hit survival game Thawline, is in talks to raise about $30 million in a Series A, according to two people familiar with the discussions.\n\n' +
      'Plateau Interactive Ventures is expected to lead the round, one of the people said. Existing investor Mile End Angels is also likely to take part. The talks could still fall apart, the people cautioned.\n\n' +
      'Thawline sold more than 2 million copies in its first six months at $24.99. Hollowmere, which has 45 employees, previously raised $4 million in seed funding.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Hollowmere Games',
        amount: 30e6,
        roundType: 'series_a',
        lead: ['Plateau Interactive Ventures'],
        other: ['Mile End Angels'],
      },
    ],
  },
  {
    id: 'ub32-30',
    style: 'business',
    phenomenon:
      'agriculture_weekly,signed_term_sheet,to_be_led_by,city_introduced_lead,existing_investor_expected_to_join,final_documents_in_april,robot_fee_trap,earlier_series_a_eur_same_company,series_b',
    title: 'Westland greenhouse-robot maker Kasbot signs term sheet for €25 million Series B',
    source: 'Farmers’ Courier Europe',
    text:
      'Kasbot, a Naaldwijk company whose robots pick tomatoes and cucumbers in greenhouses, has signed a term sheet for a €25 million Series B to be led by Rotterdam-based Maasbank Agri Ventures, chief executive Pieter van der Kooij told Farmers’ Courier. Existing investor Westland Innovatie Fonds is expected to join.\n\n' +
      'Kasbot expects to sign the final documents in April. Its 160 robots are working in 22 greenhouses, and growers pay €45,000 a year for each robot. The company raised €9 million in a Series A in 2023.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Kasbot',
        amount: 25e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Maasbank Agri Ventures'],
        other: ['Westland Innovatie Fonds'],
      },
    ],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub32-31',
    style: 'business',
    phenomenon:
      'private_equity_buyout_whole_company,including_debt_price,family_sells_entire_stake,earlier_minority_investor_bought_out,profit_and_revenue_trap,expected_completion',
    title: 'Private-equity firm Greyfriars to buy caravan maker Hollins for £340m',
    source: 'The Daily Meridian',
    text:
      'Greyfriars Capital, the London private-equity firm, has agreed to buy Hollins Leisure Homes, the East Yorkshire maker of static caravans and holiday lodges, for £340 million including debt.\n\n' +
      'The Hollins family, which founded the business in 1962, and Humber Growth Partners, which paid £40 million for a minority stake in 2019, will sell their entire holdings. Greyfriars said it would keep the company’s two factories, in Hull and Beverley, and its 1,100 staff.\n\n' +
      'Hollins made a pre-tax profit of £31 million on revenue of £260 million last year. The deal is expected to complete in May.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Hollins Leisure Homes'],
  },
  {
    id: 'ub32-32',
    style: 'wire',
    phenomenon: 'aim_listed_share_placing,placing_price_pence,discount_to_close,share_price_fall,institution_took_a_third',
    title: 'Fenwater Energy shares fall after £28m placing',
    source: 'Holloway Wire',
    text: 'LONDON, March 9 (Holloway Wire) - Shares in Fenwater Energy, the AIM-listed geothermal developer, fell 9% on Monday after it raised £28 million through a placing of new shares at 42 pence each, a 14% discount to Friday’s close. Cornhill Asset Management took about a third of the placing, the company said.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-33',
    style: 'business',
    phenomenon: 'regional_tv_station_website,city_general_obligation_bonds,oversubscribed,yield,project_cost_trap,sewer_rates',
    title: 'Omaha sells $245 million in bonds for sewer overhaul',
    source: 'River City 6 News',
    text:
      'OMAHA, Neb. — The city sold $245 million in general obligation bonds on Tuesday to help pay for the next phase of its sewer-separation project, finance director Gloria Whitcombe said.\n\n' +
      'The bonds, which mature over 20 years, drew orders worth more than three times the amount on offer and priced at an average yield of 3.6%, about what the city paid in 2023.\n\n' +
      'The project will cost about $2 billion in total by 2037. Sewer bills will rise 5% a year through 2028 to repay the debt, the city said.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-34',
    style: 'business',
    phenomenon:
      'sports_business_site,football_transfer_fee,add_ons_trap,sell_on_clause,club_record_2019_fee,buying_club_spending_trap',
    title: 'Estrela do Tejo sell forward Rui Caldeira to Marshfield United for club-record €45m',
    source: 'Touchline Business',
    text:
      'Estrela do Tejo have agreed to sell forward Rui Caldeira to the English club Marshfield United for €45 million, plus up to €7 million in add-ons, the Lisbon club said in a statement to the stock market on Tuesday.\n\n' +
      'Caldeira, 22, has scored 19 league goals this season. Estrela will also receive 10% of any future transfer fee. The sale is the largest in the club’s history, beating the €32 million it received for a midfielder in 2019.\n\n' +
      'Marshfield, who are fighting to stay in the Premier League, have now spent more than £110 million on players this season.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-35',
    style: 'business',
    phenomenon:
      'music_catalog_acquisition,about_price,people_familiar,royalty_earnings_trap,multiple_of_earnings,buyer_spending_since_2019',
    title: 'Cadence Rights buys songwriter Ray Halloran’s catalog for about $85 million',
    source: 'The Mixdown Report',
    text:
      'Cadence Rights Partners, a New York music investment company, has bought the publishing rights and the writer’s share of royalties to more than 300 songs by Ray Halloran, the country songwriter behind a string of 1990s radio hits, for about $85 million, according to two people familiar with the deal.\n\n' +
      'Halloran, 71, keeps a veto over the use of his songs in political advertising. The catalog earned about $5.6 million in royalties last year, the people said, putting the price at roughly 15 times annual earnings.\n\n' +
      'Cadence has spent more than $1 billion on catalogs since 2019, using money from a pension fund and an insurance group.',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub32-36',
    style: 'business',
    phenomenon: 'reit_buys_warehouses,asset_purchase_price_trap,credit_facility_draw_trap,square_footage,lease_term',
    title: 'Harborline Industrial REIT buys four Atlanta warehouses for $318 million',
    source: 'Square Footage Daily',
    text:
      'Harborline Industrial REIT, a listed real estate investment trust, said on Monday it had agreed to buy four warehouses near Atlanta’s airport, totalling 2.1 million square feet, for $318 million from a private developer.\n\n' +
      'The REIT will pay with cash on hand and a draw on its credit facility. The buildings are fully leased to logistics and e-commerce tenants, with an average of seven years left on the leases.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-37',
    style: 'business',
    phenomenon: 'carmaker_plant_investment,capex_trap,state_incentives_trap,jobs_count,cumulative_ev_commitment_trap',
    title: 'Ridgemont Motors to invest $2 billion in Tennessee plant for electric SUVs',
    source: 'Torque Ledger',
    text:
      'Ridgemont Motors said on Tuesday it will invest $2 billion to convert its assembly plant in Clarksville, Tennessee, to build electric SUVs and the battery packs that power them, adding 1,400 jobs by 2028.\n\n' +
      'The state will provide $140 million in grants and tax credits, the governor’s office said. Production of the electric SUVs is due to start in late 2027.\n\n' +
      'Ridgemont, the country’s fifth-largest carmaker by sales, has now committed $9 billion to electric vehicles since 2021.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-38',
    style: 'business',
    phenomenon: 'university_endowment_return,endowment_value_trap,venture_allocation,payout_trap,secondaries_shift',
    title: 'Harwick University’s endowment returns 11.2%, reaching $14.6 billion',
    source: 'Commonwealth Gazette',
    text:
      'Harwick University’s endowment returned 11.2% in its last fiscal year, lifting its value to $14.6 billion, the university said on Tuesday in its annual financial report.\n\n' +
      'Venture capital and private equity, which make up about 38% of the portfolio, returned 9%, while public equities gained 17%. The endowment paid out $690 million toward the university’s budget, about a third of its operating costs.\n\n' +
      'Harwick Management Co., which invests the endowment, said it had cut its commitments to new venture funds in favour of buying stakes in existing funds from other investors at a discount.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-39',
    style: 'business',
    phenomenon: 'charity_fundraising_appeal,appeal_target_trap,raised_so_far_trap,sponsored_walk,running_costs',
    title: 'Hospice launches £3m appeal to build rooms for families',
    source: 'Durham Evening Post',
    text:
      'Wearbank Hospice in Durham has launched a £3 million appeal to build six rooms where families can stay overnight with dying relatives.\n\n' +
      'The charity has already raised £1.1 million from a legacy and two local trusts and is asking the public for the rest. A sponsored walk along the River Wear on 12 April is expected to bring in £80,000.\n\n' +
      'Chief executive Helen Ridley said: “Every week we have to tell families there is nowhere for them to sleep. This appeal will change that.” The hospice needs £7.4 million a year to run, of which the NHS provides about a third.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-40',
    style: 'business',
    phenomenon: 'regional_startup_statistics,annual_total,deal_count,sector_shares,largest_round_named,report_threshold',
    title: 'Carolinas startups raised $1.2 billion in 2025, down from the 2024 peak',
    source: 'Piedmont Daily Herald',
    text:
      'Startups in North and South Carolina raised $1.2 billion from venture investors last year, down 14% from 2024, according to a report released on Tuesday by the Carolina Venture Council, an industry group.\n\n' +
      'The number of deals fell less sharply, to 312 from 340, as investors wrote smaller checks. Life sciences companies took 41% of the money and fintech 18%.\n\n' +
      'The largest round of the year was a $95 million Series C raised in June by Durham gene-therapy developer Helixbay. The report counts only rounds of $500,000 or more.',
    kind: 'other',
    rounds: [],
    prior: ['Helixbay'],
  },
  {
    id: 'ub32-41',
    style: 'business',
    phenomenon:
      'lawsuit_seeking_damages,damages_amount_trap,blocked_series_b_never_raised,earlier_series_a_led_by_defendant,fire_sale_price_trap',
    title: 'Founder sues venture firm for $30 million, saying it sank his startup’s Series B',
    source: 'Commonwealth Gazette',
    text:
      'The founder of Brindleway, a Boston startup that made route-planning software for school buses, has sued the venture firm Longfellow Bridge Capital for $30 million in damages, claiming it used its board seat to block a Series B round in 2023 and then pushed the company into a fire sale.\n\n' +
      'In a complaint filed in Suffolk County Superior Court on Monday, Owen Farrelly says Longfellow, which led Brindleway’s $6 million Series A in 2021, told other investors the company was failing. Brindleway was sold in 2024 to a school transport company for $4 million.\n\n' +
      'Longfellow said in a statement that the claims were without merit and that it would defend itself.',
    kind: 'other',
    rounds: [],
    prior: ['Brindleway'],
  },
  {
    id: 'ub32-42',
    style: 'business',
    phenomenon: 'regional_tv_station_website,lottery_jackpot,annuity_vs_lump_sum_trap,retailer_bonus_trap',
    title: 'Ticket sold in Council Bluffs wins $412 million Grand Draw jackpot',
    source: 'River City 6 News',
    text:
      'A ticket sold at a gas station in Council Bluffs, Iowa, matched all six numbers in Monday night’s Grand Draw, winning a jackpot worth an estimated $412 million, lottery officials said Tuesday.\n\n' +
      'The winner, who has not come forward, can take the prize as 30 annual payments or as a lump sum of about $188 million before taxes. The gas station will receive a $50,000 bonus for selling the ticket.\n\n' +
      'It is the largest Grand Draw prize ever won in Iowa, officials said.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-43',
    style: 'business',
    phenomenon: 'gaming_site,reward_crowdfunding_not_a_round,backer_count,goal_trap,pledge_rewards,no_equity_given',
    title: 'Cozy farming game Moss & Meadow smashes its Backerhive goal with $2.3 million from 41,000 backers',
    source: 'Critical Hit Ledger',
    text:
      'Moss & Meadow, a cozy farming and crafting game from Little Kiln Games, a four-person studio in Portland, Oregon, has raised $2.3 million on the crowdfunding site Backerhive from more than 41,000 backers, against a goal of $150,000.\n\n' +
      'Backers get a copy of the game, and those who pledged $60 or more get a printed art book and a plush frog. The campaign ends on Friday.\n\n' +
      'The studio says the money will pay for console versions and a composer. It gives up no equity: Backerhive campaigns offer rewards, not shares.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub32-44',
    style: 'business',
    phenomenon:
      'local_newspaper,plant_opening_lede,old_round_in_paragraph_4,series_b_2024_with_lead,tax_break_trap,capacity_trap,will_need_to_raise_more_not_in_talks',
    title: 'Battery recycler Lookout Metals opens Chattanooga plant, bringing 200 jobs',
    source: 'Chattanooga Valley Courier',
    text:
      'Lookout Metals, a startup that recovers lithium and cobalt from old phone and laptop batteries, opened its first full-scale plant in Chattanooga on Tuesday and expects to have 200 workers on its payroll by the end of the year.\n\n' +
      'The 180,000-square-foot plant, in a former textile mill on the city’s north side, can process 20,000 tonnes of batteries a year. The city gave the company a 10-year property-tax break worth about $6 million.\n\n' +
      'Founder Tariq Okafor, who grew up in nearby Red Bank, said he chose Chattanooga over sites in Georgia and Kentucky because of its rail links and its workforce.\n\n' +
      'Lookout Metals raised $48 million in a Series B round led by Signal Mountain Capital in 2024 to build the plant. It has said it will need to raise more money to build a second one.',
    kind: 'other',
    rounds: [],
    prior: ['Lookout Metals'],
  },
  {
    id: 'ub32-45',
    style: 'business',
    phenomenon: 'food_recall,regulator_said_on_tuesday,old_round_in_paragraph_3,series_b_2022_with_lead,best_before_dates',
    title: 'Plant-based sausages recalled over undeclared mustard',
    source: 'The Daily Meridian',
    text:
      'Leafwright Foods, the Manchester maker of plant-based burgers and sausages, is recalling three batches of its Smoky Banger sausages after they were found to contain mustard that was not listed on the label, the Food Standards Agency said on Tuesday.\n\n' +
      'The recall covers packs with best-before dates in April sold in supermarkets across England and Wales. People with a mustard allergy are advised not to eat them.\n\n' +
      'Leafwright, which was founded in 2018 and employs 90 people in Trafford Park, raised £15 million in a Series B led by Irwell Food Ventures in 2022. A spokesperson said the error happened when a supplier changed its recipe.',
    kind: 'other',
    rounds: [],
    prior: ['Leafwright Foods'],
  },
];
