// A thirty-eighth blind set for funding-round extraction: invented (companies, restaurants, breweries, a distillery,
// clubs, charities, people, investors, angel networks, family offices, funds, banks, credit unions, state and
// regional programmes, economic-development agencies, a chamber of commerce, a university and its incubator,
// crowdfunding sites and portals, outlets, TV stations and sentences made up for this project; only cities, towns,
// regions, rivers, neighbourhoods and countries are real, as settings, plus the US Small Business Administration and
// its 7(a) and 504 loan programmes and the Regulation Crowdfunding rule, named as settings only) on 2026-12-08 by a
// writer who had not read src/rounds and did not run the extractor. Dates are written for the eval's fixed publish
// date (2026-03-10, a Tuesday): "today" and "Tuesday" are 10 March 2026, "Monday" and "Monday night" 9 March,
// "Sunday" 8 March, "Saturday night" 7 March, "Friday" 6 March, "Thursday" 5 March, "last week" 2–6 March, a campaign
// that "ends on Sunday" ends on 15 March, "next week" is 16–20 March, "in April", "in May", "in June", "in August",
// "in September", "in October" and "in November" are of 2026, "last year" and "last fall" are 2025, "last spring"
// is spring 2025, "this summer" is summer 2026, and rounds recalled as background are dated 2024–2025.
// Theme: local and small-business money news as regional outlets and their feeds tell it (settings include): US city
// business journals and weeklies (Des Moines, Albuquerque, Providence, Spokane), local TV station websites
// (Chattanooga, Lexington, Fort Wayne), regional dailies and evening papers in the US, the UK (Norwich, Preston,
// Exeter, Nairn, Swansea, Sunderland), Ireland (Galway, Cork), Canada (Halifax, Saskatoon, Kelowna, Québec City),
// Australia (Toowoomba, Hobart, Geelong, Townsville, Ballarat) and New Zealand (Dunedin, Nelson, Tauranga); an
// economic-development agency's release (Tulsa) and a New Zealand regional agency's release with a te reo Māori
// greeting and sign-off; a chamber-of-commerce newsletter's member news; a university incubator's news page; trade
// sites for restaurants, breweries, distilleries, agriculture, property, dental practices, screen production and
// farm co-ops.
// Styles: the generic headline "Local startup lands $2M to grow" with the company named only in paragraph 2; a
// headline that names the company while the body says only "The Exeter-based firm"; a TV station's "told
// Scenic City 5" quote; an agency release with a dateline, the mayor's quote, jobs, salaries and an "About"
// paragraph; a chamber newsletter's bullets (new members, two rounds, a branch's ribbon cutting, a gala, a
// scholarship); an incubator's story of PhD founders; a headline-only item; a business journal's title plus one
// sentence; features with a founder's farm or family story; the council vote and a dissenting commissioner; "the
// company did not disclose"; one text wholly in French (Québec) and one wholly in Irish.
// Phenomena: seed, pre-seed, Series A, an angel round with no stage, growth equity for a restaurant chain, a bank
// loan that finances a brewery's expansion, an equity crowdfunding raise under Regulation Crowdfunding on an
// invented portal, a football club's issue of new shares to its supporters, an undisclosed Series A, a family office
// as single investor in an animation studio; local angel networks and syndicates leading, family offices co-leading
// and participating, regional VCs leading, state- and province-backed funds co-investing (one with its own commitment
// stated inside the round), a university's evergreen fund, named local angels (a former restaurant owner, a grazier,
// an orchardist, an agriculture investor); bare "$" in Canadian, Australian and New Zealand local stories (CAD, AUD,
// NZD), "$4.2-million", "A$2 million", "£1.8m", "€900,000", "$850K", "$1.07 million". Amounts beside the round
// that are not rounds: jobs and salaries, performance-based incentives, a state fund's share of a round, prices per
// month, per sensor, per scale, per season and per tenancy, average unit volume and build-out cost, owners' own money
// beside a loan, barrels, tonnes, bags, trays, head of cattle, wool prices, gallons, square footage, a crowdfunding
// minimum and a valuation, a share price and a per-person cap, a target, rental income, an incubator's pitch prize, a
// provincial grant and a state screen grant to the same company, earlier rounds of the same company.
// In talks: a Providence oyster-farm software maker "in talks to raise about $15 million in a Series A" with X
// "expected to lead" and an existing investor "likely to invest again"; a Swansea rugby-tracking firm "seeking to
// raise £1.5m in a seed round" that "had not yet found a lead investor".
// Distractors (rounds: [] each): a bank's small-business lender award whose example is a restaurant's SBA loan last
// spring to buy its building (background); state tax credits and training grants for a trailer plant's 210 jobs; a
// city's per-job economic-development grant and façade grant after a 4-1 vote; a city's parking revenue bonds; a camp
// oven's rewards crowdfunding pre-orders; a private-equity-backed group buying a family's vet clinics (kind
// 'acquisition'); a burger chain's master franchise agreement; a heritage lottery grant to a charity; a children's
// hospital gala with sponsors "led by" an insurer; a developer's construction loan for one rental tower; a Sunderland
// VC's second fund (kind 'fund_close'); Atlantic Canada's 2025 startup tally with its largest round named; a council's
// saleyards spending (headline only); a bakery sold to its employees (headline only, kind 'acquisition'); a food
// truck's pitch-night prize; a dairy co-op's patronage dividend; a drone company's council contract recalling its
// seed; and the two texts in other languages.
// Other languages: labelled as unseen-blind33.ts and unseen-texts.ts label them (style 'foreign', kind 'other',
// rounds: []): a Québec City seed round "de 4 millions $ … menée par" and a Connemara seed round "€1.2 milliún … i
// gceannas ar an mbabhta". The New Zealand release is in English with a te reo Māori greeting and sign-off, so it is
// labelled as an English text, as unseen-blind33.ts labels its bilingual post by its English half. A reader who wants
// rounds from the other languages would label Glacéo (4e6 CAD, 'seed', lead Cap-Diamant Capital) and Pacáil Mara
// (1.2e6 EUR, 'seed', lead Ciste Fiontair an Iarthair).
// Conventions (those of checks.ts, unseen-texts.ts, unseen-blind22.ts, unseen-blind30.ts, unseen-blind32.ts and
// unseen-blind33.ts, as far as the writer could read them): company as the text names it, without "Ltd" ("Woolbatt
// Ltd" is Woolbatt), with its accents ("Dúlamán Foods"); the headline's name where the body says only "The
// Exeter-based firm"; amount in the currency first stated for the round (ISO code when not USD): a bare "$" in a
// local story about a local company is that country's dollar (as unseen-blind15.ts labels a Wagga Wagga story),
// "$4.2-million" 4.2e6 CAD, "A$2 million" 2e6 AUD, "about $15 million" in talks at 1.5e7; "did not disclose how much"
// is amount null. Round types: a stage named wins; "angel round" and a raise with no stage are 'unknown'; "growth
// equity" is 'growth' (as unseen-blind13.ts labels it); a loan to the company itself from a bank is 'debt' with the
// lender in `other` (as checks.ts labels a federal loan, unseen-blind15.ts a bank's growth debt facility and
// unseen-blind22.ts a public lender's loan), so the brewery's expansion loan is a labelled round; equity sold to the
// public is a round of type 'unknown' with no `other` (as unseen-blind32.ts labels a brewer's equity crowdfunding and
// unseen-blind22.ts a "community round"): the distillery's Regulation Crowdfunding offering and the club's issue of
// new shares to its fans (donations to a club would not be, as in unseen-blind12.ts), the portal not an investor. NOT
// rounds: rewards crowdfunding (pre-orders); economic-development incentives tied to jobs, a plant or a building (tax
// credits, abatements, training grants, per-job grants, a façade grant); project finance for a single building (the
// construction loan, as unseen-blind22.ts labels a solar farm's); a city's revenue bonds (as unseen-blind32.ts labels
// Omaha's bonds); a lottery grant to a charity and a gala's takings; a franchise agreement; a pitch prize; a co-op's
// dividend; a council contract; a private-equity-backed group buying a business (kind 'acquisition'). A grant to a
// company that raises a round in the same text (Binsight's provincial grant, Quoll Pictures' screen funding) is not
// part of the round and not labelled (as unseen-blind30.ts does). A round a chamber newsletter says closed "last week"
// is a new round. `lead` only where the text says who led or co-led, or, in talks, who is "expected to lead"; `lead:
// []` where the firm "had not yet found a lead investor"; no `lead` where investors are named without saying who led.
// `other` for every other named participant: funds, angel networks and syndicates, family offices, a university's
// evergreen fund, state- and province-backed funds, named angels, a lender, and, in talks, an existing investor
// "likely to invest again"; unnamed farmers, landlords and angels are not labelled. Rounds are labelled at their
// size, not a state fund's commitment inside them. `prior` lists companies other than a labelled round's company
// whose funding the text recalls (a fund's portfolio company, a report's largest round) and, in a distractor, the
// company whose earlier financing it recalls (the restaurant's SBA loan, the drone company's seed). Labelled by hand;
// a reader of each text should agree with every label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND38: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub38-01',
    style: 'business',
    phenomenon:
      'city_business_journal,generic_headline_no_name,company_named_in_paragraph_2,round_was_led_by,local_angel_network_participant,state_backed_fund_co_invests,jobs_trap,dealer_count_trap,monthly_price_trap,seed',
    title: 'Local startup lands $2M to grow',
    source: 'Greater Des Moines Business Ledger',
    text:
      'A Des Moines company that helps seed dealers predict which hybrids farmers will order again has closed a $2 million seed round, its founders said Monday.\n\n' +
      'Tasselwise, which works out of a shared office in the East Village, said the round was led by Raccoon River Ventures, a West Des Moines firm that invests in agriculture software. The Prairie Angel Network, a group of about 60 Iowa investors, also put money in, as did the Iowa Seed Match Fund, a state-backed fund that co-invests alongside private investors in Iowa startups.\n\n' +
      'Co-founder and CEO Brynn Halvorsen, who grew up on a farm near Atlantic, said the money would pay for five hires over the next year, taking the team to 14. “We want those jobs to be here, not in Chicago or the Bay Area,” she said.\n\n' +
      'Tasselwise’s software is used by 210 seed dealerships in Iowa, Nebraska and Illinois. The company charges dealers $150 a month.',
    kind: 'round',
    rounds: [
      {
        company: 'Tasselwise',
        amount: 2e6,
        roundType: 'seed',
        lead: ['Raccoon River Ventures'],
        other: ['Prairie Angel Network', 'Iowa Seed Match Fund'],
      },
    ],
  },
  {
    id: 'ub38-02',
    style: 'business',
    phenomenon:
      'local_tv_station_website,angel_round_no_stage,angel_network_led,family_office_participant,named_local_angel_with_former_trade,commission_percentage_trap,groomer_count_trap,told_the_station_quote,unknown_type',
    title: 'Chattanooga dog-grooming app fetches $1.2 million from local investors',
    source: 'Scenic City 5 News',
    text:
      'A Chattanooga startup that lets pet owners book mobile dog groomers from their phones has raised $1.2 million from local investors.\n\n' +
      'Groomrig says the angel round was led by the Lookout Angel Group, a network of about 40 investors from the Chattanooga area. Former restaurant owner Dale Whitcomb and the Hixson family office Ridgecrest Holdings also invested.\n\n' +
      'Founder Keisha Pruitt started the company in 2023 after her own groomer retired. The app now lists 85 groomers in Chattanooga, Knoxville and Huntsville, who pay Groomrig 12% of each booking.\n\n' +
      '“We could have gone to Atlanta for this money,” Pruitt told Scenic City 5. “But people here got it right away. Everybody has a dog that needs a bath.”\n\n' +
      'Groomrig plans to add Nashville and Birmingham this summer.',
    kind: 'round',
    rounds: [
      {
        company: 'Groomrig',
        amount: 1.2e6,
        roundType: 'unknown',
        lead: ['Lookout Angel Group'],
        other: ['Dale Whitcomb', 'Ridgecrest Holdings'],
      },
    ],
  },
  {
    id: 'ub38-03',
    style: 'press',
    phenomenon:
      'economic_development_agency_release,dateline,jobs_in_headline,round_was_led_by,state_backed_fund_commitment_inside_round_trap,existing_angel_group,mayor_quote,salary_trap,performance_incentives_trap,about_boilerplate,series_a',
    title: 'Tulsa drone-inspection company Ardentsky closes $7.5 million Series A, will add 60 jobs downtown',
    source: 'Tulsa Regional Growth Alliance — News',
    text:
      'TULSA, Okla. (March 10, 2026) — Ardentsky, a Tulsa company that uses autonomous drones to inspect pipelines, storage tanks and wind turbines, has closed a $7.5 million Series A round and will add 60 jobs at its downtown headquarters over the next three years, the Tulsa Regional Growth Alliance announced today.\n\n' +
      'The round was led by Green Country Ventures, a Tulsa venture firm. The Sooner Innovation Fund, a state-backed fund that co-invests with private investors, committed $1.5 million, and Arkansas River Capital and existing investor Brady District Angels also participated.\n\n' +
      '“Ardentsky is exactly the kind of company we want to grow here,” said Mayor Celeste Owens. “Sixty good-paying jobs in downtown Tulsa is a big deal for our city.”\n\n' +
      'The new positions carry an average salary of $78,000. Once the positions are filled, the company will be eligible for up to $420,000 in performance-based incentives under a state jobs-incentive program.\n\n' +
      'About the Tulsa Regional Growth Alliance\n' +
      'The Alliance is the lead economic-development organization for the 11-county Tulsa region.',
    kind: 'round',
    rounds: [
      {
        company: 'Ardentsky',
        amount: 7.5e6,
        roundType: 'series_a',
        lead: ['Green Country Ventures'],
        other: ['Sooner Innovation Fund', 'Arkansas River Capital', 'Brady District Angels'],
      },
    ],
  },
  {
    id: 'ub38-04',
    style: 'business',
    phenomenon:
      'uk_regional_evening_paper,gbp_m_amount,investment_was_led_by,regional_fund_participant,unnamed_farmer_investors,managing_director_quote,tonnes_trap,sensor_price_trap,farm_count_trap,seed',
    title: 'Norwich firm that keeps watch on sugar beet raises £1.8m',
    source: 'East Anglian Evening Record',
    text:
      'A Norwich technology firm whose sensors tell sugar beet growers when their clamps are starting to rot has raised £1.8m in seed funding.\n\n' +
      'Clampwatch, based at the Norwich Research Park, said the investment was led by Yare Valley Capital, with the Anglia Growth Fund and a group of Norfolk farmers also taking part.\n\n' +
      'Managing director Harriet Doughty, whose family farms near Fakenham, said: “Growers lose thousands of tonnes of beet in storage every winter. That’s money sitting at the edge of a field turning to mush.”\n\n' +
      'The firm, which employs nine people, expects to double its headcount by the end of next year. Its sensors cost £240 each and are already in clamps on 310 farms.',
    kind: 'round',
    rounds: [
      {
        company: 'Clampwatch',
        amount: 1.8e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Yare Valley Capital'],
        other: ['Anglia Growth Fund'],
      },
    ],
  },
  {
    id: 'ub38-05',
    style: 'business',
    phenomenon:
      'irish_regional_paper,eur_thousands_amount,fada_in_company_name,angel_syndicate_led,family_office_participant,bag_count_trap,unnamed_retailer,jobs_trap,unknown_type',
    title: 'Galway seaweed snack maker lands €900,000 to take on the crisp aisle',
    source: 'Western Coast Examiner',
    text:
      'Dúlamán Foods, the Spiddal company that turns hand-harvested Connemara seaweed into crisps, has raised €900,000 from investors to get its snacks onto supermarket shelves in Britain.\n\n' +
      'The round was led by the Corrib Valley Syndicate, a group of business angels from the west of Ireland, and included Galway-based family office Claddagh Holdings.\n\n' +
      'Founder Niamh Ní Fhlatharta said the company sold 410,000 bags last year, mostly in Irish petrol stations and delis, and had agreed a listing with a UK supermarket chain she would not name.\n\n' +
      'Dúlamán Foods employs 11 people at its unit in Spiddal and plans to hire six more this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Dúlamán Foods',
        amount: 9e5,
        currency: 'EUR',
        roundType: 'unknown',
        lead: ['Corrib Valley Syndicate'],
        other: ['Claddagh Holdings'],
      },
    ],
  },
  {
    id: 'ub38-06',
    style: 'business',
    phenomenon:
      'canadian_regional_business_weekly,bare_dollar_cad_local_story,x_led_the_round,provincially_backed_fund_participant,city_introduced_participant,sensor_price_trap,farm_count_trap,jobs_trap,earlier_seed_same_company,series_a',
    title: 'Halifax ocean-sensor startup reels in $6 million',
    source: 'Harbour City Business Weekly',
    text:
      'Tidemark Instruments, a Halifax company that builds low-cost sensors to measure oxygen levels in fish pens, has raised $6 million in a Series A financing.\n\n' +
      'Bedford Basin Ventures led the round, with participation from the Atlantic Growth Co-Investment Fund, a fund backed by the four Atlantic provinces, and Moncton’s Petitcodiac Capital.\n\n' +
      'The company’s sensors sell for about $3,500 each and are used at 140 salmon and trout farms in Nova Scotia, New Brunswick, Newfoundland and Norway. CEO Aidan MacIsaac said the money would pay for a service office in Bergen and 15 new jobs in Halifax.\n\n' +
      'Tidemark raised $1.5 million in seed funding in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Tidemark Instruments',
        amount: 6e6,
        currency: 'CAD',
        roundType: 'series_a',
        lead: ['Bedford Basin Ventures'],
        other: ['Atlantic Growth Co-Investment Fund', 'Petitcodiac Capital'],
      },
    ],
  },
  {
    id: 'ub38-07',
    style: 'business',
    phenomenon:
      'australian_regional_paper,bare_dollar_aud_local_story,seed_round_was_led_by,lead_described_before_name,named_grazier_angel,state_backed_co_fund,scale_price_trap,head_of_cattle_trap,property_count_trap,seed',
    title: 'Toowoomba cattle-weighing start-up raises $3.5m',
    source: 'Downs Rural Leader',
    text:
      'A Toowoomba start-up that weighs cattle as they walk to the water trough has raised $3.5 million to expand into New South Wales and the Northern Territory.\n\n' +
      'Scalebar Livestock’s seed round was led by Brisbane agtech investor Paddock Road Capital, with Dalby grazier Ross Kettering and the Queensland-backed Regional Innovation Co-Fund also investing.\n\n' +
      'Co-founder Tess Whitford said the walk-over scales, which sell for about $12,000, were on 95 properties and had weighed more than 180,000 head of cattle since 2024.\n\n' +
      '“A grazier who knows what his cattle weigh every day can sell them at the right time instead of guessing,” she said.',
    kind: 'round',
    rounds: [
      {
        company: 'Scalebar Livestock',
        amount: 3.5e6,
        currency: 'AUD',
        roundType: 'seed',
        lead: ['Paddock Road Capital'],
        other: ['Ross Kettering', 'Regional Innovation Co-Fund'],
      },
    ],
  },
  {
    id: 'ub38-08',
    style: 'business',
    phenomenon:
      'nz_regional_paper,bare_dollar_nzd_local_story,graduates_in_headline_company_in_body,ltd_suffix_dropped,angel_group_led,city_introduced_participant,unnamed_farmer_investors,wool_price_trap,capacity_trap,pre_seed',
    title: 'Graduates’ wool insulation venture gets $750,000 backing',
    source: 'Southern Sun Business',
    text:
      'Three University of Otago graduates who turn low-value crossbred wool into insulation batts have raised $750,000 in pre-seed funding.\n\n' +
      'Woolbatt Ltd’s round was led by Dunedin angel group Taiaroa Angels, with Queenstown-based Remarkables Ventures and several South Island sheep farmers also investing.\n\n' +
      'Strong wool fetches as little as $1.50 a kilo at auction, less than it costs to shear, co-founder Mere Tautahi said. “We pay farmers more than that, and we put their wool into people’s ceilings.”\n\n' +
      'The company is building a pilot line in South Dunedin that will be able to make 20,000 square metres of batts a year.',
    kind: 'round',
    rounds: [
      {
        company: 'Woolbatt',
        amount: 7.5e5,
        currency: 'NZD',
        roundType: 'pre_seed',
        lead: ['Taiaroa Angels'],
        other: ['Remarkables Ventures'],
      },
    ],
  },
  {
    id: 'ub38-09',
    style: 'press',
    phenomenon:
      'university_incubator_news,phd_founders,co_led_by_vc_and_family_office,university_evergreen_fund_participant,incubator_pitch_prize_trap,gallons_trap,square_footage_trap,licensed_patents,cohort_count,seed',
    title: 'Launchpad startup Brinecraft raises $3.1 million seed to turn acid whey into protein',
    source: 'Mendota State University — Launchpad News',
    text:
      'Brinecraft, a company started in the Launchpad incubator by two food-science PhD students, has raised a $3.1 million seed round to turn acid whey, a by-product of Greek yogurt and cheese making, into a protein powder for sports drinks.\n\n' +
      'The round was co-led by Madison venture firm Capitol Square Partners and the Ostrowski Family Office, with the university’s own Bascom Evergreen Fund also participating.\n\n' +
      '“Wisconsin dairies produce millions of gallons of acid whey, and most of it gets spread on fields,” said co-founder Dr. Paulina Reyes. “We think it’s worth a lot more than that.”\n\n' +
      'Brinecraft was one of 12 companies in the Launchpad’s 2024 cohort and won the incubator’s $25,000 pitch prize last spring. It has licensed two patents from the university and will move into a 6,000-square-foot pilot plant in Middleton in June.',
    kind: 'round',
    rounds: [
      {
        company: 'Brinecraft',
        amount: 3.1e6,
        roundType: 'seed',
        lead: ['Capitol Square Partners', 'Ostrowski Family Office'],
        other: ['Bascom Evergreen Fund'],
      },
    ],
  },
  {
    id: 'ub38-10',
    style: 'business',
    phenomenon:
      'restaurant_trade_site,growth_equity,unit_count_in_headline,investment_was_led_by,city_introduced_participant,founder_keeps_majority,auv_trap,build_out_cost_trap,no_franchising,growth',
    title: 'Arepa chain Cachapa Kitchen takes $12M to grow to 40 restaurants',
    source: 'Plate & Ledger',
    text:
      'Cachapa Kitchen, the Charlotte-based arepa chain with 14 restaurants in the Carolinas, has raised $12 million in growth equity to open 26 more locations by the end of 2028, founder Mariela Contreras said.\n\n' +
      'The investment was led by Queen City Consumer Partners, a Charlotte firm that backs restaurant and retail brands, with Raleigh-based Oak City Hospitality Fund participating. Contreras keeps a majority of the company.\n\n' +
      'Cachapa Kitchen’s average unit volume was $2.1 million last year, and each new restaurant costs about $900,000 to build out, the company said. It does not franchise and has no plans to.\n\n' +
      'The chain will open in Greenville, South Carolina, and in Durham this summer.',
    kind: 'round',
    rounds: [
      {
        company: 'Cachapa Kitchen',
        amount: 12e6,
        roundType: 'growth',
        lead: ['Queen City Consumer Partners'],
        other: ['Oak City Hospitality Fund'],
      },
    ],
  },
  {
    id: 'ub38-11',
    style: 'business',
    phenomenon:
      'brewery_trade_site,community_bank_loan_to_company,secured_a_loan_from,lender_named_without_led,owners_own_money_trap,barrel_count_trap,square_footage_trap,jobs_trap,debt',
    title: 'Asheville’s Laurel Gap Brewing borrows $4.2 million to build production brewery',
    source: 'Southeast Brewers Journal',
    text:
      'Laurel Gap Brewing, the Asheville brewery known for its hazy IPAs and its dog-friendly taproom on the South Slope, has secured a $4.2 million loan from Blue Ridge Community Bank to build a 30-barrel production brewery in Woodfin.\n\n' +
      'Co-owners Travis Greer and Anita Solano are putting in $600,000 of their own money. The 22,000-square-foot brewery will let Laurel Gap triple its output to about 18,000 barrels a year and start canning for grocery stores across western North Carolina.\n\n' +
      '“The bank knew us from when we were four taps and a food truck,” Greer said. “They didn’t need a pitch deck.”\n\n' +
      'The Woodfin site should be brewing by October and will add 18 jobs.',
    kind: 'round',
    rounds: [{ company: 'Laurel Gap Brewing', amount: 4.2e6, roundType: 'debt', other: ['Blue Ridge Community Bank'] }],
  },
  {
    id: 'ub38-12',
    style: 'business',
    phenomenon:
      'distillery_trade_site,reg_cf_equity_crowdfunding,invented_portal,shares_sold_to_investor_count,no_lead,closed_on_friday,minimum_target_trap,perk_bottle,barrel_count_trap,valuation_trap,unknown_type',
    title: 'Louisville rye distillery raises $1.07 million from 1,900 investors on Townshare',
    source: 'Bourbon Country Business',
    text:
      'Copperhead Hollow Distilling, a small-batch rye distillery in Louisville’s Portland neighborhood, has raised $1.07 million in a Regulation Crowdfunding offering on the Townshare portal, selling shares to about 1,900 investors, most of them in Kentucky.\n\n' +
      'The offering closed on Friday at the maximum the company had filed for, after reaching its $250,000 minimum in its first week. Investors who put in $500 or more get a bottle from the distillery’s first bottled-in-bond rye, which will not be ready until 2029.\n\n' +
      'Founder Marcus Bellamy said the money would buy 400 barrels and a second still. “Whiskey is a slow business,” he said. “We wanted the people who drink it to own a piece of it while it waits.”\n\n' +
      'The offering valued the distillery at $8.5 million.',
    kind: 'round',
    rounds: [{ company: 'Copperhead Hollow Distilling', amount: 1.07e6, roundType: 'unknown' }],
  },
  {
    id: 'ub38-13',
    style: 'business',
    phenomenon:
      'regional_evening_paper,football_club_fan_share_issue,new_shares_sold_to_supporters,no_lead,snap_up_verb,share_price_trap,per_person_cap_trap,target_trap,rental_income_trap,unknown_type',
    title: 'Ribble Athletic fans snap up £480,000 of shares in their club',
    source: 'Ribble Valley Evening News',
    text:
      'Supporters of non-league side Ribble Athletic have bought £480,000 of new shares in the club, money that will pay for a 3G pitch and a new stand at Holme Lane.\n\n' +
      'The share issue closed on Sunday after six weeks, with 1,140 fans buying shares at £10 each, up to a maximum of £5,000 per person. Every shareholder gets one vote at the club’s annual meeting, whatever the size of their holding.\n\n' +
      'Chairman Geoff Tattersall said the club had set out to raise £300,000. “We thought we were being ambitious,” he said. “The town proved us wrong.”\n\n' +
      'The 3G pitch will be rented to junior teams seven nights a week, bringing in an estimated £60,000 a year.',
    kind: 'round',
    rounds: [{ company: 'Ribble Athletic', amount: 4.8e5, currency: 'GBP', roundType: 'unknown' }],
  },
  {
    id: 'ub38-14',
    style: 'business',
    phenomenon:
      'dental_trade_site,series_a_led_by,existing_investors_also_took_part,family_office_participant,dentist_ceo,practice_count_trap,monthly_price_trap,earlier_seed_same_company,series_a',
    title: 'Boise’s Molarmap raises $9.5 million Series A to read dental X-rays',
    source: 'Chairside Business Report',
    text:
      'Molarmap, a Boise company whose software flags cavities and bone loss on dental X-rays, has raised a $9.5 million Series A led by Sawtooth Growth Partners. Existing investors Treasure Valley Angels and Harmon Family Holdings, an Idaho family office, also took part, the company said Monday.\n\n' +
      'More than 1,300 dental practices use Molarmap, which costs $299 a month per office. Chief executive Dr. Owen Laskey, a dentist who practiced in Meridian for 12 years, said the round would pay for a clinical study the company needs before it can make claims about gum disease.\n\n' +
      'Molarmap raised a $2.8 million seed round in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Molarmap',
        amount: 9.5e6,
        roundType: 'series_a',
        lead: ['Sawtooth Growth Partners'],
        other: ['Treasure Valley Angels', 'Harmon Family Holdings'],
      },
    ],
  },
  {
    id: 'ub38-15',
    style: 'roundup',
    phenomenon:
      'chamber_of_commerce_newsletter,member_news_bullets,two_rounds_one_text,closed_last_week,round_was_led_by,member_firm_participant,from_a_and_b_no_lead,city_introduced_investors,new_members_trap,branch_opening_trap,gala_ticket_price_trap,scholarship_total_trap,seed,series_a',
    title: 'The Chamber Minute — March 2026',
    source: 'West Michigan Lakeshore Chamber',
    text:
      'MEMBER NEWS\n\n' +
      '• Welcome to our newest members: Hollis & Vane Accounting, Riverbend Yoga and Fulton Street Print Shop.\n\n' +
      '• Congratulations to Shelfsense, the Grand Rapids maker of smart shelving for hardware stores, which closed a $4 million seed round last week. The round was led by Lakeshore Forge Ventures; member firm Bridge Street Angels also invested.\n\n' +
      '• Member Pallet Loop, which rents reusable plastic pallets to furniture and food manufacturers, has raised $11 million in a Series A from Muskegon-based Great Lakes Industrial Capital and Detroit’s Woodward Avenue Fund. Congratulations to the whole team!\n\n' +
      '• Kent Crossing Credit Union has opened its fifth branch, on 28th Street. Stop by for the ribbon cutting on March 19.\n\n' +
      'SAVE THE DATE\n\n' +
      '• The Chamber’s Spring Gala is April 23 at the Riverside Ballroom. Tickets are $150; proceeds support our Young Entrepreneurs scholarship, which gave out $40,000 last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Shelfsense',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Lakeshore Forge Ventures'],
        other: ['Bridge Street Angels'],
      },
      {
        company: 'Pallet Loop',
        amount: 11e6,
        roundType: 'series_a',
        other: ['Great Lakes Industrial Capital', 'Woodward Avenue Fund'],
      },
    ],
  },
  {
    id: 'ub38-16',
    style: 'wire',
    phenomenon: 'headline_only,city_introduced_company,nets_verb,series_a_led_by,series_a',
    text: 'Spokane startup Ductwise nets $5M Series A led by Inland Northwest Ventures',
    kind: 'round',
    rounds: [{ company: 'Ductwise', amount: 5e6, roundType: 'series_a', lead: ['Inland Northwest Ventures'] }],
  },
  {
    id: 'ub38-17',
    style: 'wire',
    phenomenon:
      'business_journal_brief,title_plus_one_sentence,k_suffix_in_title,exact_figure_in_body,from_a_and_b_no_lead,unknown_type',
    title: 'Albuquerque’s Chileroast gets $850K',
    source: 'Duke City Business Weekly',
    text: 'Chileroast, which sells propane roasting drums to farm stands and grocery stores across New Mexico, has raised $850,000 from the Sandia Peak Angel Fund and Rio Grande Impact Partners, it said Monday.',
    kind: 'round',
    rounds: [
      {
        company: 'Chileroast',
        amount: 8.5e5,
        roundType: 'unknown',
        other: ['Sandia Peak Angel Fund', 'Rio Grande Impact Partners'],
      },
    ],
  },
  {
    id: 'ub38-18',
    style: 'business',
    phenomenon:
      'canadian_farm_weekly,hyphenated_million_cad,round_was_led_by,city_after_lead_name,family_office_participant,named_angel,provincial_grant_same_company_not_round,rental_price_trap,farm_count_trap,seed',
    title: 'Saskatoon grain-bin drone maker Binsight harvests $4.2-million seed round',
    source: 'Prairie Producer Weekly',
    text:
      'Binsight, a Saskatoon company whose tethered drones fly inside grain bins to check for crusting and hot spots, has closed a $4.2-million seed round.\n\n' +
      'The round was led by Wheatland Ventures of Regina, with participation from the Saskatoon family office Pederson Holdings and agriculture investor Corinne Labelle.\n\n' +
      'Separately, Binsight received $300,000 from the province’s agtech commercialization grant last fall to test its drones on 40 farms near Humboldt and Rosetown.\n\n' +
      'Chief executive Devon Ratzlaff said crusted grain costs Prairie farmers tens of millions of dollars a year, and that climbing into a bin to break it up is one of the most dangerous jobs on a farm. The drones rent for $1,900 a season.',
    kind: 'round',
    rounds: [
      {
        company: 'Binsight',
        amount: 4.2e6,
        currency: 'CAD',
        roundType: 'seed',
        lead: ['Wheatland Ventures'],
        other: ['Pederson Holdings', 'Corinne Labelle'],
      },
    ],
  },
  {
    id: 'ub38-19',
    style: 'press',
    phenomenon:
      'nz_regional_agency_release,te_reo_maori_greeting_and_sign_off,bare_dollar_nzd,seed_round_led_by,maori_owned_investor_led,named_orchardist_angel,city_introduced_participant,tray_count_trap,crop_share_trap,jobs_trap,agency_ceo_quote,seed',
    title: 'Tauranga orchard-robot company Kiwipick secures $5 million from Māori and regional investors',
    source: 'Western Bay Growth Agency — Media release',
    text:
      'Tēnā koutou katoa.\n\n' +
      'Tauranga company Kiwipick, which builds robots that pick and pack kiwifruit, has raised $5 million in a seed round led by Mauao Capital, a Māori-owned investment company based in Tauranga. Te Puke orchardist Hemi Walker and Auckland’s Waitematā Seed Fund also invested.\n\n' +
      'Kiwipick’s robots picked 1.2 million trays of fruit in the 2025 season, about 4% of the Bay of Plenty crop. The company employs 32 people and plans to grow to 50 before the harvest starts in April.\n\n' +
      '“Every season growers tell us they can’t find enough pickers,” said chief executive Aroha Rangitaki. “The robots don’t replace our people. They let a smaller crew get the fruit off on time.”\n\n' +
      'Agency chief executive Paul Henare said the investment showed that capital from the region, and from Māori investors, was backing the companies that would shape the next generation of horticulture.\n\n' +
      'Ka nui te mihi ki a koutou. Mauri ora.',
    kind: 'round',
    rounds: [
      {
        company: 'Kiwipick',
        amount: 5e6,
        currency: 'NZD',
        roundType: 'seed',
        lead: ['Mauao Capital'],
        other: ['Hemi Walker', 'Waitematā Seed Fund'],
      },
    ],
  },
  {
    id: 'ub38-20',
    style: 'business',
    phenomenon:
      'local_tv_station_website,did_not_disclose_amount,series_a_no_amount,lead_described_after_name,city_introduced_participant,vet_founder_quote,vet_count_trap,jobs_trap,series_a',
    title: 'Lexington startup that helps horse vets keep records lands Series A',
    source: 'Bluegrass 18 News',
    text:
      'A Lexington company that makes record-keeping software for equine veterinarians has closed a Series A funding round, though it did not disclose how much it raised.\n\n' +
      'Farrierlog said the round was led by Paris Pike Capital, a Lexington firm that invests in companies serving the horse industry. Louisville-based Derby City Partners also invested.\n\n' +
      'The software is used by about 450 vets who treat horses at farms and racetracks in Kentucky, Florida and New York. Co-founder Dr. Laura Whitfield, an equine vet, said the company would hire eight people in Lexington this year.\n\n' +
      '“When you’re in a barn at 2 a.m. with a colicking horse, the last thing you want is to be hunting through paper files,” she said.',
    kind: 'round',
    rounds: [
      {
        company: 'Farrierlog',
        amount: null,
        roundType: 'series_a',
        lead: ['Paris Pike Capital'],
        other: ['Derby City Partners'],
      },
    ],
  },
  {
    id: 'ub38-21',
    style: 'business',
    phenomenon:
      'uk_regional_business_post,company_named_only_in_headline,the_exeter_based_firm,which_led_inline,regional_fund_participant,unnamed_landlord_investors,room_count_trap,fee_trap,seed',
    title: 'Lettingloop raises £2.5m to fix student house-hunting',
    source: 'Devon & Cornwall Business Post',
    text:
      'The Exeter-based firm, set up by two former students who spent a winter in a flat with no heating, has raised £2.5m in a seed round to take its lettings platform to 20 university towns.\n\n' +
      'The investment came from Dartmoor Ventures, which led, and the South West Growth Fund, alongside a number of local landlords.\n\n' +
      'The platform lists 14,000 rooms and charges landlords a £95 fee for each tenancy it fills. Students can see verified energy ratings, broadband speeds and reviews from previous tenants before they book a viewing.\n\n' +
      '“Half the houses in this city are rented to students, and the process was stuck in 1995,” said co-founder Callum Arscott.',
    kind: 'round',
    rounds: [
      {
        company: 'Lettingloop',
        amount: 2.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Dartmoor Ventures'],
        other: ['South West Growth Fund'],
      },
    ],
  },
  {
    id: 'ub38-22',
    style: 'business',
    phenomenon:
      'screen_trade_site,a_dollar_aud,single_family_office_investor_no_lead,stake_size_not_disclosed,first_outside_investment,earlier_state_screen_funding_same_company_trap,staff_count,unknown_type',
    title: 'Hobart animation studio Quoll Pictures takes A$2 million to make its own shows',
    source: 'Island Screen Business',
    text:
      'Quoll Pictures, a 40-person animation studio in Hobart that has made series for broadcasters in the UK and Canada, has raised A$2 million from Sydney family office Harrower Investments to develop its own children’s shows rather than work for hire.\n\n' +
      'The studio received A$450,000 in screen-production funding from the state last year for an earlier series, but this is the first time it has sold a stake in the business. Founder Megan Lowry would not say how big a stake Harrower had bought.\n\n' +
      'Quoll’s first original show, about a wombat who keeps a lighthouse, is in development, with a pilot due in September.',
    kind: 'round',
    rounds: [{ company: 'Quoll Pictures', amount: 2e6, currency: 'AUD', roundType: 'unknown', other: ['Harrower Investments'] }],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub38-23',
    style: 'business',
    phenomenon:
      'regional_business_daily,in_talks_to_raise,about_amount,people_familiar,expected_to_lead,existing_angel_group_likely_to_invest_again,ceo_declined_to_comment,farm_count_trap,earlier_seed_same_company,series_a',
    title: 'Providence oyster-farm software maker said to be raising $15 million',
    source: 'Ocean State Business Daily',
    text:
      'Shellcount, a Providence company whose software helps oyster farmers track their stock from seed to sale, is in talks to raise about $15 million in a Series A round, according to two people familiar with the plans.\n\n' +
      'Narragansett Bay Ventures is expected to lead the round, and existing investor Federal Hill Angels is likely to invest again, the people said. Terms could still change.\n\n' +
      'Shellcount is used by about 300 shellfish farms on the East Coast and in the Pacific Northwest. Chief executive Ben Aldana declined to comment on the fundraising. The company raised $3 million in seed funding in 2024.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Shellcount',
        amount: 15e6,
        roundType: 'series_a',
        lead: ['Narragansett Bay Ventures'],
        other: ['Federal Hill Angels'],
      },
    ],
  },
  {
    id: 'ub38-24',
    style: 'business',
    phenomenon:
      'welsh_regional_business_site,seeking_to_raise,gbp_m_amount,early_talks,had_not_yet_found_a_lead,founder_funded,earlier_grant_same_company_trap,vest_price_trap,club_count_trap,seed',
    title: 'Swansea rugby-tracking firm seeks £1.5m to get into schools',
    source: 'Bay Business Wales',
    text:
      'Scrumtrack, a Swansea company that makes GPS vests to monitor tackles and collisions in youth rugby, is seeking to raise £1.5m in a seed round to get its kit into 500 schools, founder Rhodri Bevan said.\n\n' +
      'Bevan said the company had held early talks with investors in Cardiff and Bristol but had not yet found a lead investor. So far it has been funded by its founders and a £120,000 grant from a Welsh innovation programme.\n\n' +
      'The vests cost £85 each and are used by 40 clubs and schools in South Wales.',
    kind: 'in_talks',
    rounds: [{ company: 'Scrumtrack', amount: 1.5e6, currency: 'GBP', roundType: 'seed', lead: [] }],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub38-25',
    style: 'business',
    phenomenon:
      'regional_business_review,sba_lender_award,loan_count_and_total_trap,restaurant_sba_loan_last_spring_as_example,building_purchase,rent_comparison,district_director_quote,no_new_financing',
    title: 'Cedar Valley Bank named eastern Iowa’s top small-business lender',
    source: 'Eastern Iowa Business Review',
    text:
      'Cedar Valley Bank made more SBA-backed loans than any other lender in eastern Iowa last year, and the agency’s district office honored it on Monday at a lunch in Cedar Rapids.\n\n' +
      'The bank closed 86 SBA 7(a) and 504 loans totaling $41.2 million in the 2025 fiscal year, up from 61 the year before. About a third went to restaurants, bars and other food businesses.\n\n' +
      'Among them was a $350,000 loan last spring that let Abuela Rosa’s Cocina, a family-run Mexican restaurant in Marion, buy the building it had rented for nine years. Owner Rosa Villanueva said her monthly payment is now lower than her old rent.\n\n' +
      '“Every bank says it supports Main Street,” district director Karen Olufsen said. “Cedar Valley actually does it.”',
    kind: 'other',
    rounds: [],
    prior: ['Abuela Rosa’s Cocina'],
  },
  {
    id: 'ub38-26',
    style: 'business',
    phenomenon:
      'local_tv_station_website,state_tax_credit_incentives,training_grant_trap,plant_cost_trap,property_tax_abatement_vote_next_week,mayor_quote,wage_trap,jobs_in_headline,square_footage,not_a_round',
    title: 'Trailer maker to add 210 jobs in Fort Wayne with help from $3.1 million in state tax credits',
    source: 'Summit City 21 News',
    text:
      'Hollister Trailer Works will build a $28 million plant on Fort Wayne’s southwest side and hire 210 people over four years, the company and state officials announced Monday.\n\n' +
      'The state’s economic development agency has offered the company up to $3.1 million in performance-based tax credits and up to $250,000 in training grants, which it can claim only once the new employees are hired. The city council is expected to vote next week on a 10-year property tax abatement.\n\n' +
      '“These are jobs that pay an average of $27 an hour, plus benefits,” Mayor Dan Ruelas said. “That’s how you grow a middle class.”\n\n' +
      'The 180,000-square-foot plant will make aluminum livestock and horse trailers.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-27',
    style: 'business',
    phenomenon:
      'local_daily,city_economic_development_grant,commission_vote_4_1,per_job_grant_trap,facade_grant_trap,salary_threshold_trap,dissenting_commissioner_quote,relocation,bootstrapped_company,not_a_round',
    title: 'City OKs $180,000 to bring software firm’s jobs downtown',
    source: 'Lawrence Daily Courier',
    text:
      'Lawrence city commissioners voted 4-1 Monday night to give Kawhaven Software up to $180,000 in economic development grants to move its headquarters from Overland Park to a vacant department store on Massachusetts Street.\n\n' +
      'The company will receive $4,000 for each job it creates, up to 45 jobs, paid over three years and only for jobs that pay at least $55,000 a year. It will also get $60,000 toward renovating the building’s façade.\n\n' +
      'Commissioner Amy Delacroix, who cast the dissenting vote, said the city should not be “paying companies to move 40 miles.”\n\n' +
      'Kawhaven, which makes scheduling software for home-health agencies, plans to move about 30 employees this summer. Chief executive Ravi Kanwar said the company had grown about 20% a year “without outside investors.”',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-28',
    style: 'business',
    phenomenon:
      'local_morning_paper,city_revenue_bonds,oversubscribed_orders_trap,interest_rate,repaid_from_fees_not_taxes,parking_fee_trap,space_count,not_a_round',
    title: 'Missoula sells $48 million in revenue bonds for downtown parking garage',
    source: 'Five Valleys Morning News',
    text:
      'The city of Missoula sold $48 million in revenue bonds last week to pay for a 2,100-space parking garage downtown, city finance officials said Monday.\n\n' +
      'The bonds will be repaid from parking fees rather than property taxes and carry an average interest rate of 4.1%. Investors put in orders for about $130 million, nearly three times the amount on offer.\n\n' +
      'Daily parking in the garage will cost $16, up from $13 in the surface lots it replaces. Construction starts in May and should finish in late 2027.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-29',
    style: 'business',
    phenomenon:
      'nz_regional_paper,rewards_crowdfunding_pre_orders,pledged_amount_trap,goal_trap,backer_count,pledge_price_vs_retail_price_trap,no_equity_given,campaign_ends_sunday,not_a_round',
    title: 'Nelson firm’s fold-flat camp oven smashes crowdfunding target',
    source: 'Top of the South Times',
    text:
      'A Nelson engineering firm has taken more than $410,000 in pre-orders for a fold-flat camp oven on the crowdfunding site Pledgeway, eight times the $50,000 it set out to raise.\n\n' +
      'Flatbake’s campaign, which ends on Sunday, has drawn 2,300 backers from 31 countries. Backers who pledged $179 will receive an oven in November; it will sell for $249 in shops.\n\n' +
      'Owner Sione Latu, who designed the oven in his garage in Stoke, said backers were buying an oven, not a share of the company. “Nobody owns a piece of us,” he said. “They just want to bake bread at the beach.”',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-30',
    style: 'business',
    phenomenon:
      'irish_regional_business_paper,pe_backed_group_buys_family_vet_chain,undisclosed_sum,sources_price_trap,turnover_trap,clinic_count,founder_family_stays_on',
    title: 'Kiely family sells Cork vet chain to private equity-backed group',
    source: 'Munster Business Examiner',
    text:
      'The Kiely family has sold Lee Valley Veterinary, its chain of seven animal hospitals in Cork and Kerry, to Hearthstone Pet Care, a group backed by the private-equity firm Ardmore Partners, for an undisclosed sum.\n\n' +
      'Lee Valley, which vet Donal Kiely founded in 1988 in a converted garage in Ballincollig, employs 140 people and had turnover of €19 million last year, according to its latest accounts. Sources put the price at more than €40 million.\n\n' +
      'Kiely’s daughter, Dr Sinéad Kiely, will stay on as clinical director. Hearthstone now owns 58 clinics in Ireland and the UK.',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub38-31',
    style: 'business',
    phenomenon:
      'regional_business_bulletin,master_franchise_agreement,undisclosed_upfront_fee,fit_out_cost_trap,restaurant_count_trap,jobs_trap,us_chain_announces,not_a_round',
    title: 'Geelong operator signs deal to bring 12 Smokestack Burger outlets to Victoria',
    source: 'Barwon Business Bulletin',
    text:
      'A Geelong hospitality operator has signed a master franchise agreement to open 12 Smokestack Burger restaurants across regional Victoria over five years, the Texas-based chain announced on Monday.\n\n' +
      'Corio Bay Hospitality, run by brothers Nick and Theo Karamanlis, will pay an upfront fee the companies did not disclose, and each restaurant is expected to cost about $1.4 million to fit out. The first is due to open on Malop Street in September and will employ 45 people.\n\n' +
      'Smokestack Burger has 340 restaurants in the US and opened its first in Australia, in Perth, last year.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-32',
    style: 'business',
    phenomenon:
      'scottish_regional_paper,lottery_heritage_grant_to_charity,project_total_trap,own_contribution_trap,community_fundraising_trap,trust_chair_quote,not_a_round',
    title: 'Lottery grant of £620,000 to save Nairn’s fishertown net loft',
    source: 'Highland Courier',
    text:
      'A charity that runs a small museum in Nairn’s old fishertown has been awarded £620,000 by the Heritage Draw Fund to restore a 19th-century net loft and turn it into a learning centre.\n\n' +
      'The Fishertown Heritage Trust will put £85,000 of its own money into the £705,000 project and has already raised £40,000 towards that through a ceilidh, a sponsored swim and bucket collections.\n\n' +
      'Trust chair Morag Sutherland said the building had been “one winter storm away from falling down”. Work is expected to start in August.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-33',
    style: 'business',
    phenomenon:
      'local_daily,charity_gala,record_total_trap,auction_totals_trap,paddle_raise,sponsors_led_by_trap,last_year_total_trap,not_a_round',
    title: 'Crystal Ball gala raises record $1.3 million for children’s cancer unit',
    source: 'Big Sioux Daily',
    text:
      'More than 900 guests at Saturday night’s Crystal Ball in Sioux Falls raised a record $1.3 million for the pediatric cancer unit at Prairie Lakes Children’s Hospital, organizers said Monday.\n\n' +
      'A live auction brought in $410,000, including $62,000 for a week at a lake cabin in Minnesota, and a paddle raise for a new family lounge added $280,000. Local businesses, led by presenting sponsor Dakota Plains Insurance, gave another $190,000.\n\n' +
      'Last year’s ball raised $1.05 million.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-34',
    style: 'business',
    phenomenon:
      'property_trade_site,construction_loan_for_single_building,developer_secures_headline,credit_union_and_partner_lenders,project_cost_trap,developer_equity_trap,unit_count_trap,below_market_units_condition,hyphenated_million_cad,not_a_round',
    title: 'Developer lands $86-million construction loan for Kelowna’s tallest rental tower',
    source: 'Okanagan Property Report',
    text:
      'Vantage Shore Developments has secured an $86-million construction loan from Okanagan Lakeshore Credit Union and two partner lenders to build a 26-storey, 310-unit rental tower on Bernard Avenue, the developer said.\n\n' +
      'The project, called The Tamarack, will cost about $140 million in total; the rest will come from the developer’s own equity and a low-cost loan under a federal rental-construction program. Ten per cent of the units will rent below market for 20 years, a condition of the city’s approval.\n\n' +
      'Construction is set to begin in May, with first tenants moving in during 2029.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-35',
    style: 'business',
    phenomenon:
      'regional_business_site,regional_vc_second_fund_close,council_pension_fund_lp,local_business_owner_lps,cheque_size_trap,first_fund_size_trap,portfolio_company_series_a_recalled',
    title: 'Sunderland’s Wearmouth Ventures closes £30m fund for North East start-ups',
    source: 'North East Business Insider',
    text:
      'Wearmouth Ventures, a Sunderland venture capital firm, has closed its second fund at £30m, with a regional council pension fund and a dozen local business owners among its investors.\n\n' +
      'The fund will invest between £250,000 and £2m in about 25 companies based in the North East, mostly in software, advanced manufacturing and health.\n\n' +
      'Its first fund, £12m raised in 2021, backed 17 companies, including Durham robotics firm Castlegate Automation, which went on to raise a £9m Series A last year.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Castlegate Automation'],
  },
  {
    id: 'ub38-36',
    style: 'business',
    phenomenon:
      'canadian_regional_business_weekly,regional_annual_statistics,deal_count,sector_total,largest_round_named,hyphenated_million_cad',
    title: 'Atlantic Canada start-ups raised a record $380 million in 2025',
    source: 'Harbour City Business Weekly',
    text:
      'Start-ups in Nova Scotia, New Brunswick, Prince Edward Island and Newfoundland and Labrador raised $380 million from venture investors last year, up 22% from 2024, according to a report from the Atlantic Venture Tally, an industry group.\n\n' +
      'The number of deals rose to 96 from 81. Ocean technology companies took $112 million, the most of any sector.\n\n' +
      'The largest round of the year was the $48-million Series B raised in September by Fredericton cybersecurity firm Keswick Shield.',
    kind: 'other',
    rounds: [],
    prior: ['Keswick Shield'],
  },
  {
    id: 'ub38-37',
    style: 'wire',
    phenomenon: 'headline_only,council_capital_spending,vote_count,bare_dollar_aud,no_company,not_a_round',
    text: 'Ballarat council commits $2.4 million to saleyards upgrade after 7-2 vote',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-38',
    style: 'wire',
    phenomenon: 'headline_only,small_business_sold_to_employees,owners_retire,no_price,kind_acquisition',
    text: 'Halifax’s Mill Street Bakery owners sell business to three longtime employees after 31 years',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub38-39',
    style: 'business',
    phenomenon:
      'local_weekly,small_business_pitch_competition,library_and_edc_organisers,prize_amount_trap,second_place_prize_trap,food_truck,not_a_round',
    title: 'Birria truck takes home $10,000 at library’s pitch night',
    source: 'Columbia Basin Weekly',
    text:
      'Maricela Ortiz walked into the public library on Thursday with a slideshow and a tray of birria tacos, and walked out with $10,000.\n\n' +
      'Ortiz, who runs the Birria Bus food truck in Moses Lake, won first place at Pitch the Basin, an annual competition for small businesses run by the library and the local economic development council. Six finalists each had five minutes in front of a panel of three judges.\n\n' +
      'Ortiz plans to spend the prize on a second fryer and a generator. Second place, and $5,000, went to Dos Ruedas Bike Repair.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-40',
    style: 'business',
    phenomenon:
      'farm_weekly,co_op_patronage_dividend,members_equity_trap,raised_milk_price_trap,sales_trap,member_count,annual_meeting,not_a_round',
    title: 'Dairy co-op returns $41 million to its farmers after record year',
    source: 'Upper Midwest Farm Weekly',
    text:
      'Driftless Valley Dairy Cooperative will pay $41 million to its 1,150 farmer-members in patronage dividends after record sales of cheese and butter last year, the co-op said at its annual meeting in La Crosse, Wisconsin, on Thursday.\n\n' +
      'About $16 million will be paid in cash in April; the rest stays in the co-op as members’ equity and will be paid out over 10 years. The co-op also raised its base milk price by 40 cents per hundredweight.\n\n' +
      'Sales rose 9% to $1.3 billion, general manager Tom Brekke said.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-41',
    style: 'business',
    phenomenon:
      'regional_business_bulletin,council_contract_win,contract_value_trap,earlier_seed_same_company_with_investor,accuracy_percentage_trap,site_count,bare_dollar_aud,not_a_round',
    title: 'Townsville drone start-up wins council contract to count flying foxes',
    source: 'North Queensland Business Bulletin',
    text:
      'Townsville start-up Batcount has won a three-year, $640,000 contract from the city council to survey flying fox colonies with thermal drones, replacing manual counts at dusk.\n\n' +
      'The company, which raised a $1.1 million seed round from Cairns-based Reef Coast Ventures in 2024, will fly its drones over 14 roost sites each month. Founder Jarrah Collins said the drones count bats to within 3%, compared with errors of up to 30% for people with clickers.',
    kind: 'other',
    rounds: [],
    prior: ['Batcount'],
  },
  // ── Other languages (no round expected, as in unseen-texts.ts and unseen-blind33.ts) ───────────
  {
    id: 'ub38-42',
    style: 'foreign',
    phenomenon:
      'other_language,french_quebec,regional_business_news,millions_dollar_sign_after,ronde_de_financement_d_amorcage,menee_par,regional_fund_participant,unnamed_angels,city_count_trap,reports_seed_round',
    title: 'La jeune pousse de Québec Glacéo amasse 4 millions $ pour ses patinoires réfrigérées à l’énergie solaire',
    source: 'Affaires Capitale-Nationale',
    text:
      'Glacéo, une entreprise de Québec qui conçoit des systèmes de réfrigération solaire pour les patinoires extérieures, a conclu une ronde de financement d’amorçage de 4 millions $. La ronde a été menée par Cap-Diamant Capital, avec la participation du Fonds régional Chaudière-Appalaches et de plusieurs anges investisseurs de la région.\n\n' +
      'Les hivers plus doux raccourcissent la saison de patin dans bien des municipalités, explique la cofondatrice Émilie Tremblay-Gagnon. Une trentaine de villes du Québec et de l’Ontario utilisent déjà la technologie de Glacéo.\n\n' +
      'L’entreprise, qui compte 18 employés dans le quartier Saint-Roch, prévoit doubler son équipe d’ici la fin de 2027.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub38-43',
    style: 'foreign',
    phenomenon:
      'other_language,irish,regional_news,eur_milliun,babhta_siolmhaoinithe,i_gceannas_ar_an_mbabhta,unnamed_angel_group,jobs_trap,reports_seed_round',
    title: '€1.2 milliún bailithe ag comhlacht pacáistíochta i gConamara',
    source: 'Nuacht an Iarthair',
    text:
      'Tá €1.2 milliún bailithe ag Pacáil Mara, comhlacht nuathionscanta i gConamara, i mbabhta síolmhaoinithe. Is é Ciste Fiontair an Iarthair a bhí i gceannas ar an mbabhta, agus ghlac grúpa infheisteoirí aingil ó Ghaillimh páirt ann freisin.\n\n' +
      'Déanann an comhlacht pacáistíocht as feamainn do bhialanna agus do shiopaí caife. Tá 14 duine fostaithe aige i Ros an Mhíl, agus tá sé i gceist aige 10 bpost eile a chruthú faoi dheireadh na bliana.',
    kind: 'other',
    rounds: [],
  },
];
