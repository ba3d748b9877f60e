// An eighteenth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "last week" is early March 2026, "last year" is 2025, "in July" or "in November" is 2025 and "in
// January" is January 2026. Every text is a full article as a site publishes it (3-6 paragraphs, the
// page a bot gets after fetching it), so the facts of a round are spread over several paragraphs.
// Styles: a tech site's scoop ("has learned", the founder naming the lead in a quote, the lead's
// partner quoted and joining the board), a business magazine's founder profile with the round in
// paragraph 3 and revenue in the title, a European startup site ("€22m", co-leads from two cities,
// existing and new investors, the company's seed with its lead, two other companies' rounds for
// comparison), trade publications for logistics (the lead named in the CEO's quote), construction
// (the lead's own seed rounds in two other startups), healthcare IT ("X led the round" in paragraph
// 3), mining technology ("A$15 million (about US$9.8 million)", "the raise", a listed miner as a
// strategic participant) and insurance (a signed term sheet; reinsurance capacity "from a panel led
// by" a reinsurer), a founder-story magazine with the total raised to date in the title and the new
// round in paragraph 3, a local paper's hometown story naming the company only in paragraph 2 (a
// state fund participating), an invented university's spin-out release with "About" sections for
// the company and each of its three investors (AUM and portfolio totals), a biotech launch release
// with a Series A in three milestone tranches, a climate-tech package of equity, debt and grants, a
// fintech's Series A beside a credit facility, a down round and a flat round with valuations, an
// extension ("has added $8 million to its Series A, bringing the round to $26 million"), a utility's
// corporate venture arm leading with the EIC Fund participating, Vietnamese ("VND 250 billion"),
// Kenyan ("KES 1.3 billion") and Chilean ("CLP 8.5 billion") stories in English with a USD
// conversion, an AI mega-round with three co-leads and a valuation, a listed biotech's PIPE release,
// a description-first lede ("The Lisbon-based maker of … has raised"), a company blog post with the
// lead named in a quote ("We’re thrilled to have X lead this round"), a private-equity growth
// investment, and a CEO interview in Q&A form.
// Phenomena: the company called "the startup", "the company", "it" or "the MGA" after its first
// mention; the amount in paragraph 1 and the lead in paragraph 3; investors named only in quotes;
// past rounds of the same company (with their own leads, sometimes a lead that is only a participant
// now); other companies' rounds for comparison and an investor's own earlier rounds (`prior`);
// valuations (the round's, a previous round's, one from "a person familiar"), revenue, ARR,
// headcount, market sizes, claims, premiums, parcels, crates, litres, acreage and prices beside the
// amounts; totals to date; tranche sizes; names with non-ASCII letters (Sølvhavn, Fjellstrøm, Belém)
// and with a space (Xe Gom, Prairie Hover). In-talks: a wire's "in talks … at a valuation of roughly
// $2 billion … expected to lead", an Indian "advanced talks … Rs 250 crore … expected to lead" with
// existing investors "likely to participate", a European "is raising a €40m Series B … has not yet
// chosen a lead" with an existing backer that "plans to invest again", and an insurance MGA's "signed
// a term sheet for a $30 million Series B led by X" that closes after due diligence.
// Distractors: a product launch with the last Series A, a listed acquirer buying a startup that "had
// raised $32 million from" named investors (kind 'acquisition'), a CEO's Q&A about "our Series B last
// year" (not raising), a VC's third fund with a list of portfolio rounds (kind 'fund_close'), a
// listed company's underwritten follow-on offering, an ARR milestone, an investor suing a startup's
// founders to rescind its Series A cheque, a provincial programme's budget with a per-company cap, an
// analyst note on Q4 funding falling 20% naming the quarter's largest deals, a French article about
// a round, a German article about a fund close (kind 'fund_close'), an IPO pricing (kind 'ipo'), an
// MGA's reinsurance capacity "from a panel led by" a reinsurer, a PE-backed group's acquisition of a
// construction startup (kind 'acquisition'), a venture lender's fund close, a state transport
// department's contract, a CFO hire before a possible listing, a listed food maker's write-down of a
// stake it bought in a Series B it led, and a local paper's new-headquarters story with a state tax
// credit; most carry past financing as background (`prior`).
// Conventions (those of checks.ts and unseen-blind14.ts): company as the text names it; amount in the
// currency first stated (ISO code when not USD): "A$" AUD, "VND", "KES", "CLP", "Rs 250 crore" 2.5e9
// INR; `lead` only where the text says who led or co-led (or, in talks, who is expected to lead or
// leads a signed term sheet), `lead: []` where the text says no lead has been chosen; `other` for
// named participants (a debt provider inside a round counts; a grant agency does not; existing
// investors "likely to participate" or that "plan to invest again" in a talks story count). Round
// types: a stage-less "new funding" and a listed biotech's PIPE are 'unknown' (the PIPE is a round,
// as unseen-blind8.ts labels a listed biotech's private placement; a public follow-on offering is not,
// as in unseen-blind9.ts); the climate-tech package of €20m equity, €22m debt and €6m grants is
// labelled at its €48m total as 'unknown' with the equity's lead (as unseen-blind6.ts and
// unseen-blind7.ts label equity-and-debt packages); the fintech's Series A and its separately
// secured credit facility are two rounds, the facility 'debt' (as unseen-blind13.ts labels an equity
// round beside a credit line); the extension is labelled at its new $8 million as 'extension'; the
// tranched Series A at the $120 million the release calls the Series A; the private-equity minority
// investment 'growth' with the firm in `other` (no "led"); down and flat rounds by their stage. Other
// languages, by checks.ts and the sets since unseen-blind8.ts: the French round is kind 'round' with
// no rounds, the German fund close kind 'fund_close' with no rounds. A signed term sheet not yet
// closed is 'in_talks'. Labelled by hand; a reader of each text should agree with every label.
// First look (2026-12-07 11:40, no rule changed for it; measured after the fixes for unseen-blind15.ts
// to unseen-blind17.ts): company F1 0.794 (P 0.75 / R 0.84), amount 96.3 %, type 100 %, lead F1
// 0.800, 1 false round (reinsurance capacity) + 3 background (a stake written down, reinsurance
// capacity again, a rival's round told for comparison) + 5 wrong names (a place or a description
// from a description-first lede, "X Launches", "Cyber MGA X", a short form). After the fixes
// (blind18-ways.test.ts): 0.952 · 96.7 % · 100 % · 0.955 · 0 false rounds + 1 wrong name; still
// missed: "Keelscan" for "Keelscan Subsea", a lead named as "they" in a quote, a package's total, a
// private-equity growth investment. A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND18: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub18-01',
    style: 'business',
    phenomenon:
      'tech_site_scoop,has_learned,the_startup_after_first_mention,lead_named_in_founder_quote,lead_investor_partner_quote,board_seat,earlier_series_a_same_company_with_lead,headcount,valuation_declined,series_b',
    title: 'Exclusive: Brindlewick raises $32M Series B to turn corner pharmacies into clinical-trial sites',
    source: 'TechPulse',
    text:
      'Brindlewick, a Raleigh, North Carolina, startup that turns independent pharmacies into clinical-trial sites, has raised a $32 million Series B, TechPulse has learned. ' +
      'The company confirmed the round ahead of an announcement planned for Thursday.\n\n' +
      'The startup’s software handles the parts of a trial that small pharmacies have never had to deal with: screening customers against a study’s eligibility rules, collecting consent, storing samples and reporting results to the sponsor. ' +
      'Drug companies pay Brindlewick for each patient enrolled. About 1,100 pharmacies in 23 states have signed up, and they are recruiting for 14 trials, most of them in diabetes and heart disease.\n\n' +
      '“Most Americans live within five miles of a pharmacy but more than an hour from a trial site,” said co-founder and chief executive Tamsin Achebe, a pharmacist by training. ' +
      '“We’re thrilled to have Quarrybank Partners lead this round. They understood the pharmacy side from the first meeting.”\n\n' +
      'Elliot Szabo, the Quarrybank partner who will join Brindlewick’s board, said trial sponsors spend heavily on recruiting patients and still miss their enrolment targets. “Pharmacists already know these patients,” he said. ' +
      'Existing investors Tidewater Health Ventures and Piedmont Row Capital also put money into the round.\n\n' +
      'Brindlewick raised a $9 million Series A led by Tidewater Health Ventures in 2024. It has 58 employees and plans to reach 90 by the end of the year. ' +
      'Achebe declined to disclose the company’s valuation.',
    kind: 'round',
    rounds: [
      {
        company: 'Brindlewick',
        amount: 32e6,
        roundType: 'series_b',
        lead: ['Quarrybank Partners'],
        other: ['Tidewater Health Ventures', 'Piedmont Row Capital'],
      },
    ],
  },
  {
    id: 'ub18-02',
    style: 'business',
    phenomenon:
      'magazine_founder_profile,round_in_third_paragraph,revenue_in_title_trap,revenue_forecast_trap,angel_seed_same_company,valuation_from_person_familiar,vessel_count,series_a',
    title: 'How a former Navy diver built a $40 million business out of looking at the bottoms of ships',
    source: 'Ledgerline Magazine',
    text:
      'Renata Oyelaran spent eleven years as a U.S. Navy diver, much of it checking propeller shafts and scraping barnacles in water so murky she worked by touch. ' +
      '“You’d come up and write your report from memory,” she says. “That is still how most of the world’s ships get inspected.”\n\n' +
      'In 2021 she founded Keelscan Subsea in Norfolk, Virginia, to change that. Its tethered robots crawl along a hull, mapping corrosion and fouling with sonar and cameras, and hand ship owners, port authorities and insurers a report within hours. ' +
      'Keelscan now inspects about 1,400 vessels a year, and Oyelaran says revenue will pass $40 million this year, up from $17 million in 2025.\n\n' +
      'Investors have noticed. Keelscan has closed a $21 million Series A led by Chesapeake Tide Capital, the company is announcing today, with participation from Elizabeth River Ventures and Lynnhaven Growth. ' +
      'Until now its only outside money was a $2 million seed round from angel investors in 2023.\n\n' +
      'The round values Keelscan at about $150 million, according to a person familiar with the deal; Oyelaran would not confirm the figure. ' +
      'She plans to grow the company from 64 employees to more than 100 and to open a base in Rotterdam. “Every ship in the world has to be inspected,” she says. “Most of them are inspected badly.”',
    kind: 'round',
    rounds: [
      {
        company: 'Keelscan Subsea',
        amount: 21e6,
        roundType: 'series_a',
        lead: ['Chesapeake Tide Capital'],
        other: ['Elizabeth River Ventures', 'Lynnhaven Growth'],
      },
    ],
  },
  {
    id: 'ub18-03',
    style: 'business',
    phenomenon:
      'european_startup_site,eur_m_suffix,co_led_by_two_cities,existing_backers_and_new_investors,earlier_seed_same_company_with_lead,competitors_rounds_background,revenue_eur_trap,headcount,series_a',
    title: 'Tallinn’s Vaskne Robotics raises €22m to automate pharmacy warehouses',
    source: 'Northern Scale',
    text:
      'Tallinn-based Vaskne Robotics, which builds picking robots for pharmaceutical wholesalers, has raised a €22m Series A co-led by Berlin’s Moabit Capital and Copenhagen-based Nyhavn Industri Ventures.\n\n' +
      'Existing backers Toompea Ventures and Kalamaja Angels also took part, alongside new investors Pirita Capital and the Helsinki fund Suomenlinna Growth. ' +
      'It is one of the largest Series A rounds for a Baltic hardware start-up in the past two years.\n\n' +
      'Vaskne was founded in 2022 by two former warehouse engineers, Kadri Saar and Mihkel Tamm. Its robots are live in 19 distribution centres in Estonia, Finland, Poland and Germany, where they pick about 4m items a month, from cartons of syringes to single blister packs.\n\n' +
      'The company raised a €4.5m seed round led by Toompea Ventures in 2024. Its revenue tripled last year to €6m, Saar told Northern Scale, and it now employs 85 people.\n\n' +
      'Pharmacy logistics has drawn plenty of venture money in Europe: last year Rotterdam’s Pillbrug raised €30m and Lyon-based Officinex closed a €12m round. ' +
      'Saar says Vaskne’s advantage is that one robot handles both boxes and loose packs, so wholesalers do not need two systems.',
    kind: 'round',
    rounds: [
      {
        company: 'Vaskne Robotics',
        amount: 22e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Moabit Capital', 'Nyhavn Industri Ventures'],
        other: ['Toompea Ventures', 'Kalamaja Angels', 'Pirita Capital', 'Suomenlinna Growth'],
      },
    ],
    prior: ['Pillbrug', 'Officinex'],
  },
  {
    id: 'ub18-04',
    style: 'business',
    phenomenon:
      'logistics_trade_publication,amount_in_first_paragraph,lead_in_ceo_quote_third_paragraph,joined_by,spoilage_claims_trap,market_size_trap,series_a',
    title: 'Reefer-monitoring startup Coldwake picks up $12 million Series A',
    source: 'Reefer & Freight Journal',
    text:
      'Coldwake, which sells sensors and software that watch the temperature of refrigerated trailers and containers in transit, has raised $12 million in a Series A round.\n\n' +
      'The Memphis-based company says its tags now ride on about 26,000 reefer loads a month for food and pharmaceutical shippers, and that its customers filed $3.1 million less in spoilage claims last year than the year before.\n\n' +
      '“Harland Bend Capital knows the cold chain better than any investor we met, which is why we’re glad they led this round,” said chief executive Marcus Delacourt-Hale. ' +
      'Harland Bend was joined by Wolf River Ventures and Mud Island Partners, the company said.\n\n' +
      'U.S. shippers spend roughly $20 billion a year on refrigerated trucking, according to industry estimates. ' +
      'Coldwake plans to use the funding to add rail and ocean-container tracking and to double its 40-person team.',
    kind: 'round',
    rounds: [
      {
        company: 'Coldwake',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Harland Bend Capital'],
        other: ['Wolf River Ventures', 'Mud Island Partners'],
      },
    ],
  },
  {
    id: 'ub18-05',
    style: 'business',
    phenomenon:
      'construction_trade_publication,investor_own_prior_rounds_background,unnamed_contractor_investors,pour_count_trap,m_decimal_amount,seed',
    title: 'Concrete-curing sensor maker Slabsense lands $7.5M seed',
    source: 'Concrete & Site Tech',
    text:
      'Slabsense, a Phoenix startup whose wireless sensors tell contractors when freshly poured concrete is strong enough to strip the formwork, has closed a $7.5M seed round.\n\n' +
      'The round was led by Sonoran Ridge Ventures, with participation from Camelback Build Fund and a group of general contractors from Arizona and Texas. ' +
      'Sonoran Ridge, which last year led seed rounds in jobsite-safety startup Hardhat Signal and drywall-finishing robot maker Tapewright, said construction technology remains “underfunded relative to the size of the industry.”\n\n' +
      'Slabsense’s sensors are embedded in the pour and send strength readings to a phone app every 15 minutes. ' +
      'The company says customers have cut an average of two days from each floor cycle on mid-rise buildings, and its sensors have been used in more than 6,000 pours on 300 projects.\n\n' +
      'Co-founder Inés Barragán said the money would pay for a second sensor production line and a sales office in Dallas.',
    kind: 'round',
    rounds: [
      {
        company: 'Slabsense',
        amount: 7.5e6,
        roundType: 'seed',
        lead: ['Sonoran Ridge Ventures'],
        other: ['Camelback Build Fund'],
      },
    ],
    prior: ['Hardhat Signal', 'Tapewright'],
  },
  {
    id: 'ub18-06',
    style: 'business',
    phenomenon:
      'healthcare_it_trade_publication,said_monday,x_led_the_round_third_paragraph,unnamed_health_system_venture_arm,requests_processed_trap,industry_cost_trap,earlier_series_a_same_company,series_b',
    title: 'Prior-authorization startup Authwell raises $40 million Series B',
    source: 'Health Systems IT Report',
    text:
      'Authwell, whose software submits and tracks prior-authorization requests between hospitals and health insurers, said Monday it had raised $40 million in Series B funding.\n\n' +
      'The Minneapolis company says its platform handled 3.8 million authorization requests last year for 62 health systems, and that the median wait for a decision at customer sites fell from five days to 19 hours.\n\n' +
      'Gracewell Health Partners led the round. Existing investors Nicollet Capital and Stone Arch Ventures participated, as did the venture arm of a Midwestern health system that Authwell declined to name.\n\n' +
      'Prior authorization costs U.S. providers an estimated $30 billion a year in staff time, according to an industry group. ' +
      'Authwell raised a $14 million Series A in 2024 and now has 140 employees.\n\n' +
      'Chief executive Dr. Hana Lindqvist said the company would use the new funding to connect directly with more insurers and to build tools for specialty pharmacies.',
    kind: 'round',
    rounds: [
      {
        company: 'Authwell',
        amount: 40e6,
        roundType: 'series_b',
        lead: ['Gracewell Health Partners'],
        other: ['Nicollet Capital', 'Stone Arch Ventures'],
      },
    ],
  },
  {
    id: 'ub18-07',
    style: 'business',
    phenomenon:
      'mining_tech_trade_publication,aud_prefix,usd_conversion,the_raise,listed_miner_strategic_participant,contributed,savings_trap,earlier_seed_same_company,series_a',
    title: 'Perth ore-sorting start-up Gibberock raises A$15 million',
    source: 'Mine Site Technology Review',
    text:
      'Gibberock, a Perth company that uses X-ray sensors mounted over conveyor belts to separate ore from waste rock before it reaches the processing plant, has raised A$15 million (about US$9.8 million) in a Series A round.\n\n' +
      'The raise was led by Kings Park Resources Ventures, a fund that invests in mining technology, with ASX-listed copper miner Murchison Basin Metals taking part as a strategic investor. ' +
      'Existing investor Swan Reach Capital also contributed.\n\n' +
      'Gibberock’s sorters are running at three mines in Western Australia and one in Chile. ' +
      'The company says they cut the tonnage sent for processing by up to 25 per cent, which can save a mid-sized gold mine around A$18 million a year in energy and water.\n\n' +
      'Gibberock previously raised A$4 million in seed funding in 2023. Managing director Callum Whitford said the new money would pay for a fabrication workshop in Kwinana and a service team in Santiago.',
    kind: 'round',
    rounds: [
      {
        company: 'Gibberock',
        amount: 15e6,
        currency: 'AUD',
        roundType: 'series_a',
        lead: ['Kings Park Resources Ventures'],
        other: ['Murchison Basin Metals', 'Swan Reach Capital'],
      },
    ],
  },
  {
    id: 'ub18-08',
    style: 'business',
    phenomenon:
      'founder_story_magazine,total_raised_to_date_in_title_trap,bringing_total_raised,earlier_pre_seed_and_seed_same_company,seed_lead_now_participant,revenue_forecast_trap,meals_count,series_a',
    title: 'She started a meal company for dialysis patients in a rented kitchen. It has now raised $27 million',
    source: 'Founders Ledger',
    text:
      'When Gloria Mbeki-Hart’s father started dialysis in 2019, the hardest part was not the treatment. It was dinner. ' +
      'Almost everything in the grocery store had too much potassium, phosphorus or salt for his kidneys, and the diet sheets from the clinic were no help at 6 p.m. on a Tuesday.\n\n' +
      'In 2022 she started Renalplate, cooking kidney-friendly meals in a rented commissary kitchen in Decatur, Georgia, and delivering them to patients at two dialysis clinics. ' +
      'Today the Atlanta company ships 70,000 meals a week to patients in 31 states, most of them paid for by Medicare Advantage plans, and expects about $48 million in revenue this year.\n\n' +
      'On Monday, Renalplate announced a $15 million Series A led by Peachtree Commons Capital, bringing its total raised to $27 million. Fulton Street Health Fund and Ponce Ventures also invested.\n\n' +
      'The earlier money came in pieces: a $2 million pre-seed from angels in 2023 and a $10 million seed round led by Ponce Ventures in 2024. ' +
      '“I pitched 90 investors for the seed,” Mbeki-Hart says. “This time, they called me.”\n\n' +
      'The new funding will go toward a second kitchen in Dallas and about 120 hires.',
    kind: 'round',
    rounds: [
      {
        company: 'Renalplate',
        amount: 15e6,
        roundType: 'series_a',
        lead: ['Peachtree Commons Capital'],
        other: ['Fulton Street Health Fund', 'Ponce Ventures'],
      },
    ],
  },
  {
    id: 'ub18-09',
    style: 'business',
    phenomenon:
      'local_newspaper,hometown_founder,company_not_named_in_title,company_named_in_second_paragraph,state_fund_participates,unnamed_farmer_investors,acreage_trap,jobs_count,seed',
    title: 'Grand Forks native’s crop-spraying drone startup raises $3.2 million',
    source: 'Red River Valley Herald',
    text:
      'A Grand Forks startup founded by a hometown engineer has raised $3.2 million to take its crop-spraying drone service across the upper Midwest.\n\n' +
      'Prairie Hover, which Jordan Lindahl started in 2023 after coming home from an engineering job in Seattle, flies drones that spray fungicide on sugar beet and wheat fields too wet for a tractor. ' +
      'The company has 14 employees in an office downtown and sprayed about 80,000 acres last season.\n\n' +
      'The seed round was led by Fargo-based Cass Clay Ventures. The North Dakota Development Fund and a group of area farmers also invested, Lindahl said.\n\n' +
      '“I could have started this in Minneapolis or Denver,” Lindahl said. “But the customers are here, and so is my family.” ' +
      'The company plans to add 10 jobs in Grand Forks this year and to lease a hangar at the airport.',
    kind: 'round',
    rounds: [
      {
        company: 'Prairie Hover',
        amount: 3.2e6,
        roundType: 'seed',
        lead: ['Cass Clay Ventures'],
        other: ['North Dakota Development Fund'],
      },
    ],
  },
  {
    id: 'ub18-10',
    style: 'press',
    phenomenon:
      'university_spin_out_release,dateline,gbp_m_suffix,about_section_company,about_section_each_investor,investor_aum_traps,spin_outs_raised_total_trap,university_fund_participates,seed',
    title: 'Marrick University spin-out Tessellux raises £4.5m seed to scale perovskite glass coatings',
    source: 'Marrick University Press Office',
    text:
      'SHEFFIELD, 9 March 2026 — Tessellux, a spin-out from Marrick University’s Department of Materials Science, today announced a £4.5m seed investment to scale up production of its perovskite coatings, which turn the glass of office façades into solar panels.\n\n' +
      'The round was led by Loxley Capital, with participation from Pennine Deep Tech Fund and Marrick Enterprise Partners, the University’s commercialisation fund.\n\n' +
      '“This funding takes us from coating lab samples to coating real windows,” said Dr Priya Sandhu, co-founder and chief executive of Tessellux. ' +
      '“Our first pilot line will be able to coat 20,000 square metres of glass a year.” ' +
      'Martin Oakes, partner at Loxley Capital, said: “Buildings are the one place solar has barely touched.”\n\n' +
      'About Tessellux\n' +
      'Tessellux was founded in 2024 by Dr Priya Sandhu and Professor Gareth Lowe to commercialise research carried out at Marrick University. The company employs 12 people in Sheffield.\n\n' +
      'About Loxley Capital\n' +
      'Loxley Capital is an early-stage investor in hardware and materials companies in the North of England. It manages £220m and has backed more than 40 companies.\n\n' +
      'About Pennine Deep Tech Fund\n' +
      'Pennine Deep Tech Fund is an £85m fund investing in university spin-outs across Yorkshire, Lancashire and the North East.\n\n' +
      'About Marrick Enterprise Partners\n' +
      'Marrick Enterprise Partners invests in companies founded on Marrick University research. Its 30 portfolio companies have gone on to raise more than £300m from other investors.',
    kind: 'round',
    rounds: [
      {
        company: 'Tessellux',
        amount: 4.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Loxley Capital'],
        other: ['Pennine Deep Tech Fund', 'Marrick Enterprise Partners'],
      },
    ],
  },
  {
    id: 'ub18-11',
    style: 'press',
    phenomenon:
      'biotech_press_release,company_launch,co_led_by,three_tranches,milestone_tranche_traps,paid_at_closing_trap,board_appointments,about_boilerplate,hash_ending,series_a',
    title: 'Orrisfield Therapeutics Launches with $120 Million Series A to Develop Muscle-Preserving Obesity Medicines',
    source: 'LifeSci Release Desk',
    text:
      'SOUTH SAN FRANCISCO, Calif., March 9, 2026 -- Orrisfield Therapeutics, a biotechnology company developing medicines that preserve muscle during weight loss, today launched with a $120 million Series A financing co-led by Marinsea Bio Capital and Tolland Crick Partners. ' +
      'Fogline Ventures, Serra Mesa Health and Bayshore Life Sciences Fund also participated.\n\n' +
      'The financing will be funded in three tranches: $50 million at closing, $40 million upon nomination of a development candidate, and $30 million upon clearance of an Investigational New Drug application, which the company expects in 2027.\n\n' +
      '“People on today’s weight-loss drugs can lose a quarter or more of their lost weight as muscle,” said Dr. Ana Lucía Ferraro, chief executive officer of Orrisfield. ' +
      '“Our financing is built around the milestones that matter for getting a muscle-sparing medicine to patients.”\n\n' +
      'In connection with the financing, Dr. Keith Amundsen of Marinsea Bio Capital and Dr. Yuki Harada of Tolland Crick Partners have joined Orrisfield’s board of directors.\n\n' +
      'About Orrisfield Therapeutics\n' +
      'Orrisfield Therapeutics is developing oral small-molecule medicines that protect skeletal muscle during weight loss. The company was founded in 2025 and is based in South San Francisco.\n\n' +
      '###',
    kind: 'round',
    rounds: [
      {
        company: 'Orrisfield Therapeutics',
        amount: 120e6,
        roundType: 'series_a',
        lead: ['Marinsea Bio Capital', 'Tolland Crick Partners'],
        other: ['Fogline Ventures', 'Serra Mesa Health', 'Bayshore Life Sciences Fund'],
      },
    ],
  },
  {
    id: 'ub18-12',
    style: 'business',
    phenomenon:
      'climate_tech_package,equity_debt_and_grants_in_one_package,package_total,equity_led_by,debt_provider_named,public_agency_grant,homes_count_trap,earlier_seed_same_company,unknown_type',
    title: 'Utrecht geothermal start-up Warmtekern lands €48m package of equity, debt and grants',
    source: 'Clean Heat Europe',
    text:
      'Warmtekern, a Utrecht start-up that drills shallow geothermal wells and sells the heat to housing associations, has secured a €48m financing package to build heat networks for 9,000 homes.\n\n' +
      'The package combines €20m of equity, €22m of project debt from the Dutch lender Vecht Bank and €6m in grants from the Netherlands Enterprise Agency (RVO). ' +
      'The equity was led by Rotterdam-based Hollandse IJssel Climate Partners, with existing investors Domstad Ventures and Kromme Rijn Capital participating.\n\n' +
      'Warmtekern’s wells reach about 250 metres, far shallower than conventional geothermal projects, and feed heat pumps that serve whole apartment blocks. ' +
      'The company says tenants on its first two networks, in Utrecht and Amersfoort, pay about 15% less for heat than they did on gas.\n\n' +
      'Warmtekern raised a €5m seed round in 2024. Chief executive Femke de Wolff said the debt would be drawn as each network is built, while the equity would pay for drilling rigs and a larger engineering team.',
    kind: 'round',
    rounds: [
      {
        company: 'Warmtekern',
        amount: 48e6,
        currency: 'EUR',
        roundType: 'unknown',
        lead: ['Hollandse IJssel Climate Partners'],
        other: ['Domstad Ventures', 'Kromme Rijn Capital', 'Vecht Bank'],
      },
    ],
  },
  {
    id: 'ub18-13',
    style: 'business',
    phenomenon:
      'fintech,equity_round_and_credit_facility,two_rounds_same_company,debt_provider_named,advances_total_trap,earlier_seed_same_company,series_a,debt',
    title: 'Earned-wage startup Tallystone raises $25M Series A and lines up $100M credit facility',
    text:
      'Tallystone, a Chicago fintech that lets hourly workers draw wages they have already earned before payday, has raised a $25 million Series A and secured a $100 million credit facility, the company said on Monday.\n\n' +
      'Wabash Point Ventures led the equity round, joined by existing investors Lakeshore Seed and Pilsen Capital. ' +
      'The credit facility, from Calumet Harbor Credit, will fund the advances themselves, which workers repay automatically when their paycheck arrives.\n\n' +
      'About 410,000 workers at 1,200 employers, mostly restaurants, hotels and warehouses, use Tallystone, and the company has advanced more than $900 million since it launched in 2023. ' +
      'It charges employers a monthly fee rather than charging workers per advance.\n\n' +
      'Tallystone raised a $6 million seed round in 2024. Chief executive Omar Reyes-Whitlock said the new equity would fund a push into hospital and nursing-home staffing.',
    kind: 'round',
    rounds: [
      {
        company: 'Tallystone',
        amount: 25e6,
        roundType: 'series_a',
        lead: ['Wabash Point Ventures'],
        other: ['Lakeshore Seed', 'Pilsen Capital'],
      },
      { company: 'Tallystone', amount: 100e6, roundType: 'debt', other: ['Calumet Harbor Credit'] },
    ],
  },
  {
    id: 'ub18-14',
    style: 'business',
    phenomenon:
      'down_round,valuation_trap,previous_valuation_trap,according_to_company_statement,loss_ratio,premiums_trap,layoffs_background,insurtech,series_c',
    title: 'Home insurer Gablewise raises $55 million at less than half its 2022 valuation',
    text:
      'Gablewise, the Dallas-based home insurer that prices policies using aerial imagery, has raised $55 million in a Series C round that values the company at $700 million, down from the $1.6 billion valuation it reached in its Series B in 2022.\n\n' +
      'Pecan Bayou Capital led the round, according to a company statement. Existing investors Trinity Arch Ventures and Cedar Springs Growth also took part.\n\n' +
      'The down round follows two years of hail and wind losses in Texas and Colorado that pushed the company’s loss ratio above 90%. Gablewise cut about 15% of its staff last year and raised rates in most of its markets. ' +
      'Chief executive Dana Whitcombe said in an interview that the company had chosen “clean terms at a lower price” over a structured deal that would have kept the old valuation on paper.\n\n' +
      'Gablewise writes about $420 million in annual premiums in nine states and expects to reach an underwriting profit this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Gablewise',
        amount: 55e6,
        roundType: 'series_c',
        lead: ['Pecan Bayou Capital'],
        other: ['Trinity Arch Ventures', 'Cedar Springs Growth'],
      },
    ],
  },
  {
    id: 'ub18-15',
    style: 'business',
    phenomenon:
      'flat_round,uk_business_page,gbp_m_suffix,same_valuation_as_series_a,lead_new_to_company,valuation_from_person_familiar,arr_trap,series_b',
    title: 'Leeds payroll start-up Wagecraft raises £18m in flat Series B',
    text:
      'Wagecraft, the Leeds-based maker of payroll and rota software for care homes, has raised £18m in a Series B at the same valuation as its Series A two years ago.\n\n' +
      '“We could have held out for a higher number with strings attached,” said chief executive Siobhan Carr. “We decided a flat round with clean terms was the better deal for the business and for our staff.”\n\n' +
      'The round was led by Calder Valley Growth, which is new to the company. Existing investors Headingley Capital and Roundhay Partners also invested.\n\n' +
      'Wagecraft declined to give its valuation, but a person familiar with the company put it at about £90m. ' +
      'The company says it has annual recurring revenue of £11m from about 2,100 care homes, and employs 230 people.',
    kind: 'round',
    rounds: [
      {
        company: 'Wagecraft',
        amount: 18e6,
        currency: 'GBP',
        roundType: 'series_b',
        lead: ['Calder Valley Growth'],
        other: ['Headingley Capital', 'Roundhay Partners'],
      },
    ],
  },
  {
    id: 'ub18-16',
    style: 'business',
    phenomenon:
      'round_extension,adds_x_to_its_series_a,bringing_round_total_trap,original_round_lead_named,new_investor_led_extension,existing_lead_put_in_more,scanner_count,extension',
    title: 'Keelbright adds $8 million to its Series A as hospitals book more scans',
    text:
      'Keelbright, a Pittsburgh startup whose software schedules MRI and CT scanners, has added $8 million to its Series A, bringing the round to $26 million.\n\n' +
      'The extension was led by new investor Ohiopyle Partners. The original $18 million round, announced in September, was led by Monongahela Ventures, which also put more money in this time.\n\n' +
      'Keelbright’s system is used by 47 hospitals to run about 600 scanners. ' +
      'It fills last-minute cancellations from a waiting list and, the company says, has raised average scanner use at customer hospitals from 61% to 78% of available hours.\n\n' +
      'Co-founder Raj Vellanki said the extension would fund an integration with outpatient imaging centers, which make up most of the market.',
    kind: 'round',
    rounds: [
      {
        company: 'Keelbright',
        amount: 8e6,
        roundType: 'extension',
        lead: ['Ohiopyle Partners'],
        other: ['Monongahela Ventures'],
      },
    ],
  },
  {
    id: 'ub18-17',
    style: 'business',
    phenomenon:
      'corporate_vc_leads,utility_venture_arm,government_fund_participates,eic_fund,earlier_grant_same_company,commercial_agreement,eur_m_suffix,series_a',
    title: 'Hydrogen-valve maker Ventilhaus raises €9m in round led by Fjellstrøm Energi’s venture arm',
    source: 'H2 Industry Report',
    text:
      'Ventilhaus Hydrogen, a Hamburg start-up that makes high-pressure valves for hydrogen refuelling stations, has raised €9m in a Series A round led by Fjellstrøm Energy Ventures, the corporate venture arm of the Norwegian utility Fjellstrøm Energi.\n\n' +
      'The European Innovation Council Fund also took part, alongside existing investor Alster Seed Partners. ' +
      'The EIC Fund’s investment follows a €2.5m EIC Accelerator grant that Ventilhaus received in 2025.\n\n' +
      'Ventilhaus’s valves are designed to be swapped in minutes rather than hours; the company says valve failures cause more than a third of unplanned station outages. ' +
      '“Refuelling stations fail most often at the valve,” said Ingrid Solberg, managing partner at Fjellstrøm Energy Ventures.\n\n' +
      'Under a separate agreement, Ventilhaus will supply valves for Fjellstrøm’s network of 40 stations in Norway. The start-up employs 38 people.',
    kind: 'round',
    rounds: [
      {
        company: 'Ventilhaus Hydrogen',
        amount: 9e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Fjellstrøm Energy Ventures'],
        other: ['European Innovation Council Fund', 'Alster Seed Partners'],
      },
    ],
  },
  {
    id: 'ub18-18',
    style: 'business',
    phenomenon:
      'vietnamese_outlet_english,vnd_billion_prefix,usd_conversion,singapore_lead,parcels_trap,earlier_seed_usd_same_company,series_a',
    title: 'Vietnamese parcel consolidator Xe Gom raises VND 250 billion Series A',
    source: 'Saigon Tech Review',
    text:
      'Ho Chi Minh City-based Xe Gom, which runs a network of motorbike couriers that collect and consolidate parcels for small online sellers, has raised VND 250 billion (about $9.8 million) in a Series A round led by Singapore’s Kallang Basin Ventures.\n\n' +
      'Hanoi-based Hoan Kiem Capital and existing investor Mekong Seed Partners also joined the round, the company said on Monday.\n\n' +
      'Xe Gom picks up about 1.2 million parcels a month from 30,000 sellers who list on social-commerce platforms, and hands them to national delivery firms in bulk at lower rates. ' +
      'Sellers pay VND 3,000 per parcel for the service.\n\n' +
      'The startup raised $1.5 million in seed funding in 2024. Co-founder Tran Minh Chau said the new capital would take the service to Da Nang, Hai Phong and Can Tho.',
    kind: 'round',
    rounds: [
      {
        company: 'Xe Gom',
        amount: 250e9,
        currency: 'VND',
        roundType: 'series_a',
        lead: ['Kallang Basin Ventures'],
        other: ['Hoan Kiem Capital', 'Mekong Seed Partners'],
      },
    ],
  },
  {
    id: 'ub18-19',
    style: 'business',
    phenomenon:
      'kenyan_outlet,kes_billion_prefix,usd_conversion,co_led_lagos_and_nairobi,crates_trap,traders_count,earlier_seed_usd_same_company,series_a',
    title: 'Nairobi cold-storage startup Kiwanja raises KES 1.3 billion',
    source: 'Savanna Tech Daily',
    text:
      'Kiwanja Cold Chain, a Nairobi startup that runs solar-powered cold rooms in fresh-produce markets, has raised KES 1.3 billion (about $10 million) in a Series A round, the company said on Monday.\n\n' +
      'The round was co-led by Lagos-based Ikoyi Link Capital and Nairobi’s Ngong Hills Ventures. Kilimani Angels also invested.\n\n' +
      'Kiwanja operates cold rooms in 38 markets in Kenya and Uganda, where about 9,000 traders pay KES 30 per crate per night to keep tomatoes, mangoes and leafy greens fresh. ' +
      'The company says traders using its rooms throw away less than a tenth of the produce they did before.\n\n' +
      'The startup previously raised $2.5 million in a seed round in 2024. Chief executive Wanjiru Otieno said the new money would fund 60 more cold rooms and an entry into Tanzania.',
    kind: 'round',
    rounds: [
      {
        company: 'Kiwanja Cold Chain',
        amount: 1.3e9,
        currency: 'KES',
        roundType: 'series_a',
        lead: ['Ikoyi Link Capital', 'Ngong Hills Ventures'],
        other: ['Kilimani Angels'],
      },
    ],
  },
  {
    id: 'ub18-20',
    style: 'business',
    phenomenon:
      'chilean_outlet_english,clp_billion_prefix,us_dollar_conversion,mexican_fund_participant,litres_trap,earlier_seed_same_company,series_a',
    title: 'Chile’s Nieblatec raises CLP 8.5 billion to harvest water from fog',
    source: 'Andes Startup Report',
    text:
      'Santiago-based Nieblatec, which builds fog-catching nets and sensors that supply water to farms and villages in Chile’s Atacama region, has raised CLP 8.5 billion (about US$9 million) in a Series A round led by Andes Meridian Capital.\n\n' +
      'Mexico City-based Reforma Norte Capital and existing investor Providencia Angels also participated.\n\n' +
      'Nieblatec’s 420 nets collect about 9 million litres of water a year along the coast between Antofagasta and Taltal. Farmers pay a monthly fee per hectare, and the company monitors each net remotely.\n\n' +
      'The company raised a US$2 million seed round in 2024. It plans to use the new funding to expand into southern Peru.',
    kind: 'round',
    rounds: [
      {
        company: 'Nieblatec',
        amount: 8.5e9,
        currency: 'CLP',
        roundType: 'series_a',
        lead: ['Andes Meridian Capital'],
        other: ['Reforma Norte Capital', 'Providencia Angels'],
      },
    ],
  },
  {
    id: 'ub18-21',
    style: 'business',
    phenomenon:
      'ai_mega_round,billion_amount,three_co_leads,valuation_trap,previous_round_same_company_with_lead,annualized_revenue_trap,other_company_larger_round_background,chipmaker_participant,series_c',
    title: 'Cinderloom AI raises $1.2 billion at $14 billion valuation',
    text:
      'Cinderloom AI, the San Francisco startup that builds AI models for writing and reviewing software, has raised $1.2 billion in a Series C round that values it at $14 billion, the company said on Monday.\n\n' +
      'The round was co-led by Parapet Growth, Redwater Crossing and Sandhill Meridian, with participation from existing investors Larchmere Ventures and Sedgebrook Capital and from the chipmaker Quellwave Semiconductor.\n\n' +
      'The valuation is more than triple the $4 billion at which Cinderloom raised a $300 million Series B led by Larchmere Ventures in July. ' +
      'Its annualized revenue has passed $500 million, up from about $90 million a year earlier, according to a person familiar with the company’s finances.\n\n' +
      'The deal is among the largest for an AI startup this year, behind Veridane’s $2.5 billion raise in January. ' +
      'Cinderloom, which has about 600 employees, said most of the money would go to computing capacity.',
    kind: 'round',
    rounds: [
      {
        company: 'Cinderloom AI',
        amount: 1.2e9,
        roundType: 'series_c',
        lead: ['Parapet Growth', 'Redwater Crossing', 'Sandhill Meridian'],
        other: ['Larchmere Ventures', 'Sedgebrook Capital', 'Quellwave Semiconductor'],
      },
    ],
    prior: ['Veridane'],
  },
  {
    id: 'ub18-22',
    style: 'press',
    phenomenon:
      'listed_biotech_pipe,private_investment_in_public_equity,gross_proceeds,share_count_and_price,led_by_with_new_and_existing,cash_runway,securities_legend,unknown_type',
    title: 'Nephrova Therapeutics Announces $85 Million Private Placement',
    source: 'LifeSci Release Desk',
    text:
      'BOSTON, March 9, 2026 -- Nephrova Therapeutics, Inc. (Nasdaq: NPHV), a clinical-stage company developing treatments for chronic kidney disease, today announced that it has entered into a securities purchase agreement for a private investment in public equity (PIPE) financing expected to result in gross proceeds of approximately $85 million, before deducting placement agent fees and other offering expenses.\n\n' +
      'The PIPE financing was led by Stonemark Point Capital, with participation from new and existing investors including Corliss Row Partners and Wyndham Gate Advisors. ' +
      'Nephrova is selling 10,625,000 shares of its common stock at $8.00 per share.\n\n' +
      'The financing is expected to close on or about March 11, 2026, subject to customary closing conditions. ' +
      'Nephrova intends to use the net proceeds to fund its Phase 2b trial of NPV-207 and for general corporate purposes, and expects its cash to fund operations into 2028.\n\n' +
      '“This financing, led by investors who know the kidney field well, carries us through our Phase 2b readout,” said Dr. Helen Ashcombe, chief executive officer of Nephrova.\n\n' +
      'The securities sold in the private placement have not been registered under the Securities Act of 1933, as amended, and may not be offered or sold in the United States absent registration or an applicable exemption.',
    kind: 'round',
    rounds: [
      {
        company: 'Nephrova Therapeutics',
        amount: 85e6,
        roundType: 'unknown',
        lead: ['Stonemark Point Capital'],
        other: ['Corliss Row Partners', 'Wyndham Gate Advisors'],
      },
    ],
  },
  {
    id: 'ub18-23',
    style: 'business',
    phenomenon:
      'description_first_lede,maker_of_has_raised,company_named_in_second_paragraph,eur_m_suffix,subscription_price_trap,cabinet_count,seed',
    title: 'Battery-swap cabinets for delivery riders get €6m seed',
    source: 'Iberian Startup Post',
    text:
      'The Lisbon-based maker of battery-swapping cabinets for delivery riders’ e-bikes has raised €6m in seed funding to expand to Madrid and Barcelona.\n\n' +
      'Trocabat, founded in 2023 by former courier Rui Matos and engineer Beatriz Nogueira, runs 240 cabinets across Lisbon and Porto where riders swap a flat battery for a charged one in under a minute. ' +
      'Riders pay a weekly subscription of €12, and the company says about 7,000 of them use the network every day.\n\n' +
      'The round was led by Belém Mobility Fund, with Alfama Ventures and Madrid-based Retiro Capital participating.\n\n' +
      'Trocabat has 26 employees and plans to install 600 more cabinets by the end of next year.',
    kind: 'round',
    rounds: [
      {
        company: 'Trocabat',
        amount: 6e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Belém Mobility Fund'],
        other: ['Alfama Ventures', 'Retiro Capital'],
      },
    ],
  },
  {
    id: 'ub18-24',
    style: 'blog',
    phenomenon:
      'company_blog_announcement,first_person_we,lead_named_in_quote,pre_seed_investors_return,clinic_count,hiring,seed',
    title: 'Announcing our $5M seed round',
    source: 'Nightvet blog',
    text:
      'Today we’re excited to share that Nightvet has raised a $5 million seed round.\n\n' +
      'If you’re new here: Nightvet answers after-hours calls and texts for veterinary clinics. Our triage nurses, working from a shared playbook with each clinic’s own vets, tell pet owners whether they can wait until morning or need to head to an emergency hospital now. ' +
      'More than 300 clinics in New England and New York use Nightvet, and we handled 140,000 after-hours contacts last year.\n\n' +
      '“We’re thrilled to have Pawtucket Row Ventures lead this round, and to welcome back our pre-seed investors Narragansett Angels and Slater Mill Fund,” said co-founder and CEO Dr. Ellen Marchetti. ' +
      '“They have been with us since we were two people and a phone.”\n\n' +
      'We’ll use the funding to expand to the Mid-Atlantic and to hire 15 more nurses and engineers. If that sounds like you, our careers page is open.',
    kind: 'round',
    rounds: [
      {
        company: 'Nightvet',
        amount: 5e6,
        roundType: 'seed',
        lead: ['Pawtucket Row Ventures'],
        other: ['Narragansett Angels', 'Slater Mill Fund'],
      },
    ],
  },
  {
    id: 'ub18-25',
    style: 'business',
    phenomenon:
      'growth_investment,private_equity_minority_stake,single_investor_no_led,first_outside_money_since,earlier_series_a_and_b_same_company,arr_trap,valuation_from_people_familiar,growth',
    title: 'Fleet-maintenance software maker Wrenchline takes $90 million from Monument Circle Partners',
    text:
      'Wrenchline, the Indianapolis company whose software schedules maintenance for truck and bus fleets, has taken a $90 million growth investment from private-equity firm Monument Circle Partners, which will hold a minority stake.\n\n' +
      'It is Wrenchline’s first outside money since 2021, when it raised a $20 million Series B led by Fall Creek Ventures. Before that it raised a $6 million Series A in 2019.\n\n' +
      'The company has been profitable for three years, chief executive Lorraine Kessler said, and has about $64 million in annual recurring revenue from 9,000 fleets. It employs 380 people.\n\n' +
      'The deal values Wrenchline at about $600 million, according to two people familiar with the terms. ' +
      'Kessler said the money would be used to buy smaller fleet-software companies in Canada and Mexico.',
    kind: 'round',
    rounds: [{ company: 'Wrenchline', amount: 90e6, roundType: 'growth', other: ['Monument Circle Partners'] }],
  },
  {
    id: 'ub18-26',
    style: 'business',
    phenomenon:
      'amount_first_paragraph_lead_third_paragraph,competitors_rounds_background,x_led_company_round,claims_processed_trap,office_count,series_b',
    title: 'Dental-billing startup Molarity raises $22 million as rivals bulk up',
    text:
      'Molarity, which automates insurance billing for dental offices, has raised $22 million in a Series B round, the company said on Monday.\n\n' +
      'The Salt Lake City company’s raise comes months after two competitors raised large rounds of their own: Cuspid Health closed a $60 million Series C in November, and Enamel Ops raised $35 million in January.\n\n' +
      'Kearns Peak Partners led Molarity’s round. Existing investors Bonneville Seed and Emigration Canyon Capital also participated, chief executive Trent Okafor said.\n\n' +
      'Molarity’s software checks patients’ coverage, codes procedures and chases denied claims. About 5,200 dental offices use it, and it processed $3 billion in claims last year. The company has 160 employees.',
    kind: 'round',
    rounds: [
      {
        company: 'Molarity',
        amount: 22e6,
        roundType: 'series_b',
        lead: ['Kearns Peak Partners'],
        other: ['Bonneville Seed', 'Emigration Canyon Capital'],
      },
    ],
    prior: ['Cuspid Health', 'Enamel Ops'],
  },
  {
    id: 'ub18-27',
    style: 'business',
    phenomenon:
      'uk_startup_news,gbp_m_suffix,it_and_the_company_after_first_mention,investor_own_prior_rounds_background,unnamed_angel,pilot_count,pre_seed',
    title: 'Clausewright raises £2.2m pre-seed to read commercial leases',
    text:
      'London legal-tech start-up Clausewright has raised £2.2m in pre-seed funding. It will use the money to hire engineers and sign its first law-firm customers outside London.\n\n' +
      'The company’s software reads commercial property leases and flags break clauses, rent reviews and repair obligations that lawyers would otherwise find by hand. It is being piloted by 14 law firms and two property managers.\n\n' +
      'The round was led by Holborn Bar Ventures, a pre-seed fund that last year led rounds in Docketly and Stampwise, two other legal-tech start-ups. ' +
      'Angels including a former managing partner of a City law firm also invested, the company said.\n\n' +
      '“A typical lease review takes a junior lawyer four hours,” said chief executive Farah Siddiqui. “It should take four minutes.”',
    kind: 'round',
    rounds: [{ company: 'Clausewright', amount: 2.2e6, currency: 'GBP', roundType: 'pre_seed', lead: ['Holborn Bar Ventures'] }],
    prior: ['Docketly', 'Stampwise'],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub18-28',
    style: 'wire',
    phenomenon:
      'in_talks,people_familiar,expected_to_lead,valuation_trap,terms_could_change,earlier_series_a_same_company_with_lead,unknown_type',
    title: 'Humanoid-robot startup Grippwell in talks to raise $200 million at $2 billion valuation',
    text:
      'Grippwell Robotics, a startup building humanoid robots for warehouse work, is in talks to raise about $200 million in new funding at a valuation of roughly $2 billion, according to people familiar with the matter.\n\n' +
      'Halyard Crest Capital is expected to lead the round, the people said, asking not to be named because the talks are private. Terms could still change.\n\n' +
      'Grippwell raised a $70 million Series A led by Gullwing Ventures last year. The Pittsburgh-based company has robots in pilots at four distribution centers and declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Grippwell Robotics', amount: 200e6, roundType: 'unknown', lead: ['Halyard Crest Capital'] }],
  },
  {
    id: 'ub18-29',
    style: 'business',
    phenomenon:
      'in_talks,indian_outlet,rs_crore,usd_conversion,advanced_talks,expected_to_lead,existing_investors_likely_to_participate,valuation_crore_trap,earlier_series_a_same_company,series_b',
    title: 'Agritech startup Mandiyantra in advanced talks to raise Rs 250 crore',
    source: 'Mumbai Startup Wire',
    text:
      'Pune-based Mandiyantra, which rents out harvesting machines to small farmers through village-level agents, is in advanced talks to raise Rs 250 crore ($30 million) in its Series B round, according to people aware of the development.\n\n' +
      'Chowpatty Capital is expected to lead the round, while existing investors Deccan Plateau Ventures and Koregaon Park Capital are likely to participate, the people said. ' +
      'The round could value the company at around Rs 1,500 crore.\n\n' +
      'Mandiyantra raised Rs 60 crore in its Series A in 2024. The company did not respond to queries.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Mandiyantra',
        amount: 2.5e9,
        currency: 'INR',
        roundType: 'series_b',
        lead: ['Chowpatty Capital'],
        other: ['Deccan Plateau Ventures', 'Koregaon Park Capital'],
      },
    ],
  },
  {
    id: 'ub18-30',
    style: 'business',
    phenomenon:
      'in_talks,european_startup_site,is_raising_per_people_with_knowledge,no_lead_chosen,existing_backer_plans_to_invest,earlier_series_a_same_company_with_lead,series_b',
    title: 'Copenhagen’s Sølvhavn is raising a €40m Series B but has yet to pick a lead',
    source: 'Northern Scale',
    text:
      'Sølvhavn, the Copenhagen start-up that makes scheduling software for offshore wind-farm maintenance crews, is raising a €40m Series B, according to three people with knowledge of the process.\n\n' +
      'The company has held talks with several US and European growth funds but has not yet chosen a lead investor, two of the people said. Existing backer Amager Ventures plans to invest again.\n\n' +
      'Sølvhavn raised an €11m Series A led by Nørrebro Capital in 2024. Chief executive Mette Lund-Jeppesen declined to comment on the fundraising.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Sølvhavn',
        amount: 40e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: [],
        other: ['Amager Ventures'],
      },
    ],
  },
  {
    id: 'ub18-31',
    style: 'business',
    phenomenon:
      'in_talks,insurance_trade_publication,signed_term_sheet,led_by_in_pending_deal,due_diligence,gwp_trap,earlier_series_a_same_company_with_lead,series_b',
    title: 'Cyber MGA Vaultrow signs term sheet for $30 million Series B',
    source: 'Specialty Lines Weekly',
    text:
      'Vaultrow, a Hartford-based managing general agent that writes cyber insurance for small manufacturers, has signed a term sheet for a $30 million Series B led by Asylum Hill Capital, chief executive Nora Castellano said in an interview. ' +
      'She expects the round to close in April, once due diligence is complete.\n\n' +
      'Vaultrow wrote $64 million in gross written premium last year, with capacity from three carriers, and plans to enter the Canadian market this summer.\n\n' +
      'The company raised a $12 million Series A led by Charter Oak Ventures in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Vaultrow', amount: 30e6, roundType: 'series_b', lead: ['Asylum Hill Capital'] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub18-32',
    style: 'business',
    phenomenon: 'product_launch,device_price_trap,last_round_background_with_lead,headcount,preorders_trap',
    title: 'Welltap launches a $79 pocket tester for private wells',
    text:
      'Welltap, the Burlington, Vermont, startup that makes water-quality sensors, on Monday launched a $79 handheld tester that lets households with private wells check for bacteria, nitrates and arsenic in ten minutes.\n\n' +
      'The device pairs with a phone app that compares results with federal drinking-water limits and tells owners whether to send a sample to a certified lab. ' +
      'About 43 million Americans get their water from private wells, which no federal agency regulates.\n\n' +
      'Welltap raised an $11 million Series A led by Champlain Basin Ventures in October and has 35 employees. ' +
      'It says it has taken 18,000 pre-orders, worth about $1.4 million.',
    kind: 'other',
    rounds: [],
    prior: ['Welltap'],
  },
  {
    id: 'ub18-33',
    style: 'business',
    phenomenon:
      'acquisition,listed_acquirer,cash_and_stock_price,target_had_raised_from,target_series_b_background,acquirer_guidance_raised_trap',
    title: 'Corvell buys shift-scheduling startup Shiftpond for $140 million',
    text:
      'Corvell, the listed payroll provider, said on Monday it had agreed to buy Shiftpond, a Denver startup whose app lets restaurant and retail workers swap shifts, for $140 million in cash and stock.\n\n' +
      'Shiftpond had raised $32 million from investors including Maple Tor Ventures and Gantry Capital, most recently a $20 million Series B in 2024. ' +
      'Its 90 employees will join Corvell’s workforce-management unit.\n\n' +
      'Corvell also raised its full-year revenue forecast to $2.3 billion. The deal is expected to close in the second quarter.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Shiftpond'],
  },
  {
    id: 'ub18-34',
    style: 'business',
    phenomenon: 'ceo_interview_q_and_a,our_series_b_last_year,past_lead_named,not_raising_this_year,cash_runway,tariffs,hiring',
    title: 'Q&A: Harvestline’s CEO on tariffs, hiring and life after the Series B',
    source: 'AgTech Dispatch',
    text:
      'Harvestline makes software that plans harvest crews and trucking for fruit growers in California and Washington. We spoke with chief executive Alma Figueroa about the year ahead. The interview has been edited for length.\n\n' +
      'Q: You raised a $45 million Series B last year. How much of it have you spent?\n\n' +
      'A: Less than a third. Our Series B last year was led by Pippin Row Capital, and we told them we would be careful with it. We have enough cash to last into 2029 at our current burn.\n\n' +
      'Q: Are you raising again?\n\n' +
      'A: No. We don’t need to, and I’d rather spend this year selling than pitching.\n\n' +
      'Q: How are tariffs affecting your customers?\n\n' +
      'A: Growers who export apples and cherries have had a hard year, so they are looking harder at labour costs, which is where we help. We added 140 growers last year and expect to hire about 30 people this year.',
    kind: 'other',
    rounds: [],
    prior: ['Harvestline'],
  },
  {
    id: 'ub18-35',
    style: 'business',
    phenomenon:
      'vc_fund_close,third_fund,oversubscribed,limited_partners,cheque_size_trap,portfolio_rounds_list_background,fund_led_past_rounds',
    title: 'Birchmont Ventures closes $325 million third fund',
    text:
      'Birchmont Ventures, the Boston early-stage firm, has closed its third fund at $325 million, above its $275 million target, the firm said on Monday. ' +
      'Limited partners include university endowments, two state pension funds and several family offices.\n\n' +
      'Birchmont will write first checks of $3 million to $8 million, mostly in Series A rounds of software and healthcare companies, and expects to back about 25 companies from the fund.\n\n' +
      'Its portfolio includes Slatebird, whose $40 million Series B Birchmont led last year; Quarry Lane Health, which raised an $18 million Series A in 2025; and Ferncastle Labs, which it backed at seed before a $60 million Series C in January.\n\n' +
      '“We’d rather own more of fewer companies,” said managing partner Dev Rajagopal.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Slatebird', 'Quarry Lane Health', 'Ferncastle Labs'],
  },
  {
    id: 'ub18-36',
    style: 'press',
    phenomenon: 'listed_company_follow_on_offering,underwritten,pricing,gross_proceeds_trap,underwriters_option,dateline',
    title: 'Helioforge Solar Announces Pricing of $250 Million Public Offering of Common Stock',
    source: 'PRBeacon Wire',
    text:
      'TEMPE, Ariz., March 9, 2026 -- Helioforge Solar, Inc. (NYSE: HFGS), a manufacturer of solar modules, today announced the pricing of an underwritten public offering of 10,000,000 shares of its common stock at a price to the public of $25.00 per share, for gross proceeds of $250 million before underwriting discounts and commissions and other offering expenses.\n\n' +
      'Helioforge has granted the underwriters a 30-day option to purchase up to an additional 1,500,000 shares at the public offering price. ' +
      'The offering is expected to close on March 11, 2026, subject to customary closing conditions.\n\n' +
      'Helioforge intends to use the net proceeds to expand its module factory in Arizona and for general corporate purposes.\n\n' +
      'A registration statement relating to the shares has been filed with, and declared effective by, the Securities and Exchange Commission.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub18-37',
    style: 'business',
    phenomenon: 'revenue_milestone,arr_trap,last_raised_background_with_lead,profitability,no_plans_to_raise',
    title: 'Ploughshare Analytics passes $50 million in annual recurring revenue',
    text:
      'Ploughshare Analytics, which sells crop-yield forecasting software to grain traders and food companies, said on Monday that its annual recurring revenue had passed $50 million, up from $21 million a year earlier.\n\n' +
      'The Kansas City, Missouri, company last raised money in 2024, a $28 million Series B led by Flint Hills Partners, and became profitable in the fourth quarter, chief executive Rowan Adeyemi said.\n\n' +
      '“We have no plans to raise this year,” Adeyemi said. Ploughshare has 210 employees and customers in 14 countries.',
    kind: 'other',
    rounds: [],
    prior: ['Ploughshare Analytics'],
  },
  {
    id: 'ub18-38',
    style: 'business',
    phenomenon: 'lawsuit_investor_sues_startup,rescission_sought_trap,investor_cheque_trap,led_series_a_background,founders_deny',
    title: 'Investor sues Carbonrill founders, saying they inflated revenue before its Series A',
    text:
      'Redfern Hollow Capital, a venture firm that led a $15 million Series A in carbon-credit marketplace Carbonrill in 2024, has sued the startup’s two founders in New York state court, alleging they overstated revenue in the pitch materials they shared before the round.\n\n' +
      'The complaint says Carbonrill told investors it had $6 million in annual revenue when the real figure was under $2 million. ' +
      'Redfern Hollow is seeking to rescind its $9 million investment and recover legal costs.\n\n' +
      'A lawyer for the founders, Isaac Brenner and Lucia Montez, said the claims were “false and will be answered in court.” Carbonrill, which has about 30 employees, did not comment.',
    kind: 'other',
    rounds: [],
    prior: ['Carbonrill'],
  },
  {
    id: 'ub18-39',
    style: 'business',
    phenomenon:
      'government_programme_budget,provincial_programme,cad_prefix,per_company_cap_trap,matching_funds,applications_open,startup_past_seed_background',
    title: 'Ontario sets aside C$250 million for farm-technology programme',
    text:
      'Ontario will spend C$250 million over five years on a new programme to help farm-technology companies test and sell their products in the province, the provincial government said on Monday.\n\n' +
      'Eligible companies can receive up to C$3 million each in matching funds for field trials on Ontario farms, and applications open in May. The first awards are expected in the autumn.\n\n' +
      'Lakehead Grain Robotics, a Thunder Bay start-up that raised a C$6 million seed round last year, said it would apply to test its grain-bin robots on farms near Guelph.',
    kind: 'other',
    rounds: [],
    prior: ['Lakehead Grain Robotics'],
  },
  {
    id: 'ub18-40',
    style: 'business',
    phenomenon: 'analyst_note,funding_fell_20_percent_in_q4,quarterly_totals,deal_count,largest_deals_named_background,outlook',
    title: 'European climate-tech funding fell 20% in the fourth quarter, analysts say',
    source: 'Quaystone Research via Energy Markets Desk',
    text:
      'Venture funding for European climate-tech start-ups fell 20% in the fourth quarter of 2025 from the third, to €3.1bn, according to a note published on Monday by Quaystone Research. ' +
      'The number of deals fell by a smaller 8%, to 212, as investors wrote fewer large cheques.\n\n' +
      'The quarter’s two largest deals were Ostvind Storage’s €300m Series C and Marées Énergie’s €120m Series B, the note said. ' +
      'Seed rounds held up better than later stages.\n\n' +
      '“Growth investors are waiting to see which business models survive lower power prices,” Quaystone analyst Sofia Brandt wrote. ' +
      'She expects funding to stay flat in the first half of this year.',
    kind: 'other',
    rounds: [],
    prior: ['Ostvind Storage', 'Marées Énergie'],
  },
  {
    id: 'ub18-41',
    style: 'foreign',
    phenomenon: 'other_language,french,millions_d_euros,tour_de_table_mene_par,bpifrance,earlier_raise_same_company,no_stage',
    title: 'La start-up bordelaise Vignolis lève 7 millions d’euros pour surveiller les vignes par satellite',
    source: 'Aquitaine Entreprendre',
    text:
      'La start-up bordelaise Vignolis, qui analyse des images satellites pour prévenir les maladies de la vigne, annonce ce lundi une levée de fonds de 7 millions d’euros.\n\n' +
      'Le tour de table est mené par le fonds Garonne Horizon Capital, aux côtés de Médoc Ventures et de plusieurs viticulteurs du Bordelais. Bpifrance participe également à l’opération.\n\n' +
      'Fondée en 2022 par Claire Dufresne et Antoine Lacaze, l’entreprise suit aujourd’hui plus de 40 000 hectares de vignes en France, en Espagne et au Portugal. ' +
      'Elle emploie 35 personnes et vise un chiffre d’affaires de 4 millions d’euros cette année.\n\n' +
      'Les fonds serviront à recruter une vingtaine d’ingénieurs et à ouvrir un bureau à Mendoza, en Argentine. Vignolis avait déjà levé 1,5 million d’euros en 2023 auprès de business angels.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'ub18-42',
    style: 'foreign',
    phenomenon: 'other_language,german,fund_close,millionen_euro,limited_partners,cheque_size_trap,portfolio_series_a_background',
    title: 'Münchner Frühphaseninvestor Auwald Ventures schließt zweiten Fonds bei 180 Millionen Euro',
    source: 'Startup-Brief Süd',
    text:
      'Der Münchner Frühphaseninvestor Auwald Ventures hat seinen zweiten Fonds mit einem Volumen von 180 Millionen Euro geschlossen. Das teilte die Gesellschaft am Montag mit. ' +
      'Zu den Geldgebern zählen der Europäische Investitionsfonds, mehrere Familienunternehmen aus Bayern sowie berufsständische Versorgungswerke.\n\n' +
      'Der Fonds soll in rund 25 Start-ups aus den Bereichen Industriesoftware und Robotik investieren. ' +
      'Die Erstinvestments sollen zwischen einer und fünf Millionen Euro liegen; in der Regel will Auwald die Finanzierungsrunden anführen.\n\n' +
      'Aus dem ersten Fonds, der 2021 bei 75 Millionen Euro geschlossen wurde, hat Auwald unter anderem in den Augsburger Schweißroboter-Hersteller Nahtwerk investiert, der im vergangenen Jahr eine Series-A-Runde über 14 Millionen Euro abgeschlossen hat.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Nahtwerk'],
  },
  {
    id: 'ub18-43',
    style: 'business',
    phenomenon: 'ipo_pricing,raises_x_in_ipo_trap,market_value_trap,past_series_d_with_lead_background,last_private_valuation',
    title: 'Glintmoor prices IPO at $21 a share, raising $380 million',
    text:
      'Glintmoor, the maker of inventory software for auto-parts distributors, priced its initial public offering at $21 a share on Monday, above the expected range of $17 to $19, raising $380 million. ' +
      'The shares begin trading on the Nasdaq on Tuesday.\n\n' +
      'At the offering price, the Cleveland company has a market value of about $3.4 billion, above the $2.4 billion valuation it reached in a 2023 Series D led by Cuyahoga Ridge Capital.\n\n' +
      'Glintmoor had revenue of $310 million last year and turned its first annual profit.',
    kind: 'ipo',
    rounds: [],
    prior: ['Glintmoor'],
  },
  {
    id: 'ub18-44',
    style: 'business',
    phenomenon:
      'insurance_trade_publication,reinsurance_capacity_trap,panel_led_by_reinsurer_trap,mga,past_series_a_with_lead_background,policies_count',
    title: 'Flood MGA Levee Line secures $200 million of reinsurance capacity for 2026',
    source: 'Specialty Lines Weekly',
    text:
      'Levee Line, a New Orleans managing general agent that sells private flood insurance to homeowners, has secured $200 million of reinsurance capacity for 2026 from a panel led by Hamburg-based Elbstrom Re.\n\n' +
      'The capacity, up from $120 million last year, lets Levee Line write more policies in Louisiana, Texas and Florida, where it now covers about 48,000 homes.\n\n' +
      'The MGA raised a $16 million Series A led by Bayou Gate Capital in 2024. Chief executive Claudette Broussard said the larger reinsurance panel showed that “capacity follows data.”',
    kind: 'other',
    rounds: [],
    prior: ['Levee Line'],
  },
  {
    id: 'ub18-45',
    style: 'business',
    phenomenon:
      'construction_trade_publication,acquisition,undisclosed_price,pe_backed_acquirer,target_had_raised_about,target_seed_lead_background,acquirer_add_on_count',
    title: 'Trussbridge buys concrete-scheduling startup Pourplan',
    source: 'Jobsite Technology Review',
    text:
      'Trussbridge, the private-equity-backed construction software group, has acquired Pourplan, an Austin startup whose app schedules concrete deliveries between batch plants and jobsites. Terms were not disclosed.\n\n' +
      'Pourplan had raised about $9 million, including a seed round led by Ironbeam Ventures, and has 25 employees, who will join Trussbridge. ' +
      'It is Trussbridge’s fourth acquisition in 18 months.\n\n' +
      'Pourplan’s app is used by about 120 ready-mix suppliers in Texas and Oklahoma.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Pourplan'],
  },
  {
    id: 'ub18-46',
    style: 'business',
    phenomenon: 'venture_debt_lender_fund_close,fund_size_trap,loan_size_range_trap,past_loan_to_startup_background',
    title: 'Venture lender Turnpike Credit closes $600 million fund',
    text:
      'Turnpike Credit, a venture-debt lender based in Menlo Park, California, has closed its fourth fund at $600 million, the firm said on Monday.\n\n' +
      'The fund will make loans of $5 million to $50 million to venture-backed companies, typically alongside or shortly after an equity round. ' +
      'Its past borrowers include battery-recycling company Ferrous Grid, which drew on a $25 million Turnpike facility last year after its Series B.\n\n' +
      'Venture-debt lending has grown as startups look to stretch the time between equity rounds, said managing partner Celia Norgaard.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Ferrous Grid'],
  },
  {
    id: 'ub18-47',
    style: 'business',
    phenomenon: 'government_contract_win,contract_value_trap,bridge_count,past_series_a_background,public_body',
    title: 'Drone-inspection startup Spanhawk wins $38 million bridge contract',
    text:
      'Spanhawk, a Philadelphia startup that uses drones and software to inspect bridges, has won a five-year, $38 million contract from the Pennsylvania Department of Transportation to inspect about 4,000 bridges across the state.\n\n' +
      'The contract is the company’s largest to date. Spanhawk says its inspections take a third of the time of traditional methods and do not require lane closures.\n\n' +
      'Spanhawk raised a $21 million Series A in 2025 and plans to hire 40 pilots and engineers to work on the contract.',
    kind: 'other',
    rounds: [],
    prior: ['Spanhawk'],
  },
  {
    id: 'ub18-48',
    style: 'business',
    phenomenon: 'cfo_hire,ipo_preparation,last_private_valuation_background,past_round_with_lead,no_plans_to_raise_privately',
    title: 'Gantrywise hires former airline finance chief as CFO ahead of possible listing',
    text:
      'Gantrywise, the Seattle-based maker of software that plans container moves at ports, has hired Roberta Lindgren, formerly chief financial officer of a regional airline, as its CFO, the company said on Monday.\n\n' +
      'The hire is the latest sign that Gantrywise is preparing for an initial public offering, possibly in 2027. ' +
      'The company last raised $150 million in 2024, in a round led by Puget Narrows Capital that valued it at $3.1 billion.\n\n' +
      'Chief executive Samuel Osei said the company had no plans to raise more private capital and was “building the finance team a public company needs.”',
    kind: 'other',
    rounds: [],
    prior: ['Gantrywise'],
  },
  {
    id: 'ub18-49',
    style: 'business',
    phenomenon: 'listed_company_earnings,impairment_on_startup_stake,writedown_trap,led_series_b_background,quarterly_results',
    title: 'Bexley Foods writes down stake in plant-based startup Greenmorrow',
    text:
      'Bexley Foods said on Monday it had written down its stake in plant-based meat startup Greenmorrow by $35 million, cutting the packaged-food maker’s fourth-quarter profit to $112 million.\n\n' +
      'Bexley led Greenmorrow’s $60 million Series B in 2023 and holds about 18% of the company. ' +
      'Sales of plant-based meat in U.S. supermarkets have fallen for three straight years.\n\n' +
      'Chief executive Marianne Coltrane said Bexley remained “a supportive shareholder” but would not put more money into the startup.',
    kind: 'other',
    rounds: [],
    prior: ['Greenmorrow'],
  },
  {
    id: 'ub18-50',
    style: 'business',
    phenomenon: 'local_newspaper,new_headquarters,state_tax_credit_trap,lease_size_trap,raised_to_date_background,jobs_pledge',
    title: 'Toledo startup Glassmere moves into downtown headquarters',
    source: 'Maumee Valley Courier',
    text:
      'Glassmere, a Toledo startup that makes sensors to detect cracks in glass on factory production lines, has moved into a 30,000-square-foot headquarters in a former bottle warehouse downtown, the company said on Monday.\n\n' +
      'The company expects to grow from 60 to 150 employees in Toledo over the next three years. In return, it will receive a state job-creation tax credit worth an estimated $1.1 million.\n\n' +
      'Glassmere has raised $19 million from investors including Maumee Bay Ventures, most recently a $12 million Series A last year. ' +
      '“Toledo is the glass city,” said co-founder Derek Antczak. “It made sense to build here.”',
    kind: 'other',
    rounds: [],
    prior: ['Glassmere'],
  },
];
