// A fourteenth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "last week" is early March 2026 and "last year" is 2025.
// Styles: a US local business journal (Kansas City), trade publications for restaurants ("$1.2M"),
// logistics (yard management, "co-led by") and construction (jobsite robots), an invented UK
// university's news office announcing a spin-out's "£750k", a Japanese startup outlet's English site
// ("1.8 billion yen", "participated as lead investor", a planned Series A-2), a Korean outlet ("KRW
// 32 billion", "on the 9th", state-run bank leading, "cumulative investment"), an Indian outlet ("Rs
// 120 crore" at a "post-money valuation of Rs 900 crore"), Gulf outlets ("SAR 56 million", "$20
// million pre-Series A", "AED 150 million" in talks), a Polish business review ("PLN 14 million"), a
// CEE deal sheet with CZK, RON and UAH in one text, a Pakistani outlet ("USD 3 mn"), a Canadian paper
// ("C$8 million", BDC Capital and Farm Credit Canada participating), a PR-wire release with
// "About" boilerplate for the company and its lead and a "###" ending, a Substack founder essay, a
// "Show HN" post, a Slack #announcements message with reactions, an excerpt of a VC's letter to its
// limited partners, a two-sentence wire brief, a local TV business segment's transcript, a
// newsletter "Funding roundup" with five items (each with its own amount and lead), an emoji-led
// headline-only item, a story naming the company only in its title ("The startup" in the body), an
// auto-industry trade brief (a supplier's strategic investment), a biotech's tranched Series B, a
// newsletter scoop the founder confirms, and a founder's monthly investor-update email.
// Phenomena: names that are common English words ("Kindling", "Relay", "Thimble", "Larder", "Mooring",
// "Cresset", "Coldframe"); an ampersand surname pair ("Pruett & Delacroix"); a hyphen ("Tri-Vale
// Diagnostics", "Fuse-Point Labs"); digits ("Sluice9"); all caps ("NIVO"); the round type only in
// words ("its second institutional round", "Series A-1", "seed-extension"); amounts as "$1.2M", "USD 3
// mn", "3.5 million dollars" (spoken), "€1,5 Mio." (a German-language release quoted in an English
// roundup), "£750k", "half a billion dollars", "Rs 120 crore"; "raises $X at a $Y valuation"; "$X in
// new funding, bringing its total to $Z"; "a $40 million round, $15 million of it in debt"; a lead
// named after a long parenthetical; co-leads (two in one text, a VC's letter co-leading with a named
// partner); investors given with roles ("X, a growth investor … and which led the round, was joined
// by existing investors A, B and C", "participation from existing investors A, B and C", "seed
// investors … came back in for their pro rata"); `lead: []` where a lead "has not yet been chosen"; a
// single named investor with no "led" ("from X", "strategic investment from X"); amounts beside GMV, payments processed, claims filed, savings,
// square feet, tonnes, gigawatts, burn, cheque sizes, AUM and seat prices; earlier rounds of the same
// company; a grant to the same company before the round. In-talks: an Abu Dhabi "in talks … about
// AED 150 million … expected to lead", a common-word company "is raising … set to lead … hasn't
// closed", a Korean "pushing to attract KRW 50 billion … IB industry", a founder's investor update
// ("started raising our seed … committed to lead"), a UK "sounding out investors for a £30m Series B",
// and "nears … Series B led by … sources say".
// Distractors: a warehouse-robotics company's layoffs with its 2024 Series C; a startup suing its lead
// investor over a blocked Series B (a term sheet and damages as amounts); employees' secondary sale at
// a discount to the Series C price; a food maker's $150 million corporate venture arm (kind
// 'fund_close') that already led a portfolio company's round; a UK department's grant competition
// naming finalists before any award; an all-stock merger of two startups with their totals raised
// (kind 'acquisition'); an ARR milestone with "has not raised since"; an analyst's quarterly US
// venture report naming the quarter's largest rounds; a shutdown of a startup that "had raised".
// Conventions (those of checks.ts and unseen-blind13.ts): company as the text names it; amount in the
// currency first stated (ISO code when not USD): "Rs 120 crore" is 1.2e9 INR, "USD 3 mn" 3e6 USD,
// "€1,5 Mio." 1.5e6 EUR, "C$" CAD; `lead` only where the text says who led or co-led (or, in talks,
// who is set/expected/committed to lead); `other` for named participants (a debt provider inside a
// round counts). Round types: "its second institutional round", pre-Series A and a stage-less "new
// funding" are 'unknown'; Series A-1 is 'series_a'; a seed-extension is 'extension'; a supplier's
// "strategic investment" is 'strategic'. "Raises $X at a $Y valuation" is labelled at $X. "A $40
// million round, $15 million of it in debt" names no stage and is labelled at its $40 million total
// as 'unknown' with the equity's lead (as unseen-blind6.ts labels an equity-and-debt package); the
// tranched Series B is labelled at the $75 million the text calls the Series B, not the $40 million
// paid in at closing. A founder's "started raising … target $3M … committed to lead" is 'in_talks'
// at the target. The Slack message, the Show HN post and the TV guest report closed rounds, so they
// are 'round'. Labelled by hand; a reader of each text should agree with every label.
// First look (2026-12-07 07:01, no rule changed for it): company F1 0.805 (P 0.82 / R 0.79), amount
// 97.0 %, type 100 %, status 97.0 %, lead F1 0.714, 1 false round (a grant programme's "Finalists")
// + 3 background (damages sought, a quarterly report's largest deals) and 3 wrong names (a Slack
// channel's label, a TV segment's name, a romanized name without its "Agritech"). After the fixes
// (kinds of wording, tested on other invented examples in blind14-ways.test.ts): 0.884 · 97.4 % ·
// 100 % · 0.883 · 1 false + 2 background + 3 wrong names; every other set unchanged. Left: those
// wrong names, the report's deals, a founder's target with a committed lead, a status. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND14: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub14-01',
    style: 'business',
    phenomenon:
      'us_local_business_journal,common_word_name,participation_from_existing_investors_abc,claims_filed_trap,industry_size_trap,seed',
    title: 'Crossroads startup Kindling lands $6.5M seed to take fire-restoration jobs off the clipboard',
    source: 'Kansas City Enterprise Ledger',
    text:
      'Kindling, a Kansas City startup whose app helps fire- and water-damage restoration contractors document jobs for insurers, has raised $6.5 million in seed funding.\n\n' +
      'The round was led by St. Louis-based Lindell Forge Ventures, with participation from existing investors Brush Creek Capital, Westport Seed Fund and Gillham Road Angels, chief executive Marisol Trent told the Ledger on Monday. ' +
      'Kindling, which has 22 employees in an office in the Crossroads Arts District, plans to hire 15 more by the end of the year. ' +
      'Contractors using the app have filed more than $140 million in insurance claims through it since it launched in 2024, the company says.\n\n' +
      '"Restoration is a $70 billion industry that still runs on clipboards and phone photos," Trent said.',
    kind: 'round',
    rounds: [
      {
        company: 'Kindling',
        amount: 6.5e6,
        roundType: 'seed',
        lead: ['Lindell Forge Ventures'],
        other: ['Brush Creek Capital', 'Westport Seed Fund', 'Gillham Road Angels'],
      },
    ],
  },
  {
    id: 'ub14-02',
    style: 'business',
    phenomenon:
      'restaurant_trade_publication,ampersand_surname_pair,m_suffix_amount,unnamed_restaurateur_investors,annual_sales_trap,seat_price_trap,pre_seed',
    title: 'Kitchen-scheduling startup Pruett & Delacroix raises $1.2M pre-seed',
    source: 'Back of House Report',
    text:
      'Pruett & Delacroix, a Chicago startup named after its founders, former line cooks Dana Pruett and Theo Delacroix, has raised $1.2M in a pre-seed round led by Fulton Market Ventures. ' +
      'Restaurateurs including the owners of three West Loop dining groups also invested, the company said.\n\n' +
      'Its app builds weekly prep lists and staff schedules from a restaurant’s point-of-sale data and finds cover for last-minute call-outs. ' +
      'It is used in 85 kitchens, most of them independents doing between $2M and $6M in annual sales. A basic plan costs $149 per location per month.',
    kind: 'round',
    rounds: [{ company: 'Pruett & Delacroix', amount: 1.2e6, roundType: 'pre_seed', lead: ['Fulton Market Ventures'] }],
  },
  {
    id: 'ub14-03',
    style: 'business',
    phenomenon:
      'logistics_trade_publication,common_word_name,co_led_by,existing_investors_also_participated,trailer_moves_trap,earlier_series_a_same_company,series_b',
    title: 'Yard-management platform Relay closes $28 million Series B',
    source: 'Dock & Yard Weekly',
    text:
      'Relay, whose software tracks trailers in distribution-center yards and tells yard drivers which one to move next, has closed a $28 million Series B co-led by Ironhorse Capital and Ebbstone Growth. ' +
      'Existing investors Switchyard Ventures and Lowline Partners also participated.\n\n' +
      'The Columbus, Ohio-based company said its system is now live at 310 facilities and handled 11 million trailer moves last year. ' +
      'Average dwell time at customer yards fell by 26 minutes per trailer after rollout, Relay claims.\n\n' +
      'The new funding will go toward gate-camera hardware and an expansion into Mexico, chief executive Priya Okonkwo said. Relay raised a $9 million Series A in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Relay',
        amount: 28e6,
        roundType: 'series_b',
        lead: ['Ironhorse Capital', 'Ebbstone Growth'],
        other: ['Switchyard Ventures', 'Lowline Partners'],
      },
    ],
  },
  {
    id: 'ub14-04',
    style: 'business',
    phenomenon:
      'construction_trade_publication,all_caps_name,second_institutional_round,investor_with_role_which_led,joined_by_existing_investors_abc,square_feet_trap,rent_price_trap,earlier_seed_same_company',
    title: 'Robotic layout startup NIVO raises $14 million',
    source: 'Jobsite Technology Review',
    text:
      'NIVO, a Denver company whose wheeled robots print floor plans directly onto concrete slabs so crews can frame walls without snapping chalk lines, has raised $14 million in what it describes as its second institutional round.\n\n' +
      'Bluffline Partners, a growth investor that has backed several construction-software companies and which led the round, was joined by existing investors Foothill Iron Fund, Cantera Ventures and Longs Peak Capital. ' +
      'NIVO has printed layouts on more than 9 million square feet of slab for general contractors in 11 states, co-founder Reggie Amadi said. It raised a $3 million seed round in 2024.\n\n' +
      'Each robot rents for $4,500 a month, including software.',
    kind: 'round',
    rounds: [
      {
        company: 'NIVO',
        amount: 14e6,
        roundType: 'unknown',
        lead: ['Bluffline Partners'],
        other: ['Foothill Iron Fund', 'Cantera Ventures', 'Longs Peak Capital'],
      },
    ],
  },
  {
    id: 'ub14-05',
    style: 'press',
    phenomenon:
      'university_news_office,spin_out,gbp_k_suffix,university_fund_participates,earlier_grant_same_company,professor_quote,pre_seed',
    title: 'Photonics spin-out Prismfold secures £750k to develop folding-lens sensors',
    source: 'Tynebridge University News',
    text:
      'A company founded on research from the University’s School of Physics has secured £750k in pre-seed investment to turn its folding-lens technology into a commercial product.\n\n' +
      'Prismfold, spun out of Tynebridge University in 2025 by Dr Aisha Pennant and PhD student Callum Reid, has developed a lens that folds light several times inside a chip just two millimetres thick, so that high-resolution infrared cameras can be fitted into drones and phones. ' +
      'The round was led by Northumbrian Angels Syndicate, with the University’s own Tynebridge Innovation Fund and Durham Wynd Seed Partners also investing.\n\n' +
      'The investment follows a £280k Innovate UK grant awarded to the team in 2024, while the research was still in the lab. ' +
      '“This is exactly the pathway from lab to market we want to see,” said Professor Helen Mabry, the University’s Pro-Vice-Chancellor for Research and Innovation.\n\n' +
      'Prismfold will move into the University’s incubator in Gateshead and hire four engineers this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Prismfold',
        amount: 750e3,
        currency: 'GBP',
        roundType: 'pre_seed',
        lead: ['Northumbrian Angels Syndicate'],
        other: ['Tynebridge Innovation Fund', 'Durham Wynd Seed Partners'],
      },
    ],
  },
  {
    id: 'ub14-06',
    style: 'business',
    phenomenon:
      'japanese_outlet_english,billion_yen_word,series_a_1,participated_as_lead_investor,planned_series_a_2_target_trap,tonnes_trap,usd_conversion',
    title: 'Hydroponics startup Tsuyukusa raises 1.8 billion yen in Series A-1 round',
    source: 'Tokyo Venture Times (English)',
    text:
      'Tsuyukusa Agritech, a Tokyo-based startup that builds automated hydroponic farms inside disused school gymnasiums, announced on March 9 that it has raised 1.8 billion yen (about $12 million) in a Series A-1 round.\n\n' +
      'Kanda River Capital participated as lead investor, and Hokuriku Mirai Fund and Okayama Seishin Capital also took part. ' +
      'The company operates 14 farms in depopulated areas of Niigata, Akita and Kochi prefectures and ships about 600 tonnes of leafy vegetables a year to supermarkets.\n\n' +
      'Tsuyukusa plans a Series A-2 round later this year and aims to raise a total of 3 billion yen across the Series A. ' +
      'It will use the funds to open 20 more farms by 2028.',
    kind: 'round',
    rounds: [
      {
        company: 'Tsuyukusa Agritech',
        amount: 1.8e9,
        currency: 'JPY',
        roundType: 'series_a',
        lead: ['Kanda River Capital'],
        other: ['Hokuriku Mirai Fund', 'Okayama Seishin Capital'],
      },
    ],
  },
  {
    id: 'ub14-07',
    style: 'business',
    phenomenon:
      'korean_outlet_english,krw_billion_prefix,on_the_9th,state_run_bank_leads,cumulative_investment_trap,listing_plan_trap,series_c',
    title: 'Moraeseom Bio secures KRW 32 billion in Series C',
    source: 'Seoul Venture Daily',
    text:
      'Moraeseom Bio, a developer of inhaled antibody treatments for chronic lung disease, announced on the 9th that it has secured KRW 32 billion in Series C investment.\n\n' +
      'The round was led by the state-run Korea Development Bank, with Bukhansan Partners and Nampo Investment participating as new investors. ' +
      'With this round, Moraeseom Bio’s cumulative investment has reached KRW 58 billion.\n\n' +
      'The company, founded in 2020 by former pharmaceutical researcher Kim Seo-yeon, plans to use the funds for a Phase 2 trial in Korea and Australia and is preparing to list on KOSDAQ in 2027.',
    kind: 'round',
    rounds: [
      {
        company: 'Moraeseom Bio',
        amount: 32e9,
        currency: 'KRW',
        roundType: 'series_c',
        lead: ['Korea Development Bank'],
        other: ['Bukhansan Partners', 'Nampo Investment'],
      },
    ],
  },
  {
    id: 'ub14-08',
    style: 'business',
    phenomenon:
      'indian_outlet,rs_crore_no_conversion,raises_x_at_y_valuation,post_money_valuation_trap,participation_from_existing_investors_abc,gmv_trap,earlier_series_a_same_company,series_b',
    title: 'Zarikaam raises Rs 120 crore at Rs 900 crore valuation',
    source: 'Mumbai Startup Wire',
    text:
      'Bengaluru-based Zarikaam, a B2B marketplace that connects garment exporters with embroidery and zari artisans in Uttar Pradesh and Gujarat, has raised Rs 120 crore in a Series B round at a post-money valuation of Rs 900 crore, the company said on Monday.\n\n' +
      'The round was led by Worli Sea Partners, with participation from existing investors Ulsoor Seed, Shevaroy Capital and Ridgewell India. ' +
      'Zarikaam, founded in 2022 by Meher Qureshi and Arvind Bhatt, says it works with more than 18,000 artisans and clocked gross merchandise value of Rs 310 crore in FY25.\n\n' +
      'It will use the capital to set up three finishing centres and expand to Bangladesh. The startup had raised Rs 35 crore in its Series A in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Zarikaam',
        amount: 1.2e9,
        currency: 'INR',
        roundType: 'series_b',
        lead: ['Worli Sea Partners'],
        other: ['Ulsoor Seed', 'Shevaroy Capital', 'Ridgewell India'],
      },
    ],
  },
  {
    id: 'ub14-09',
    style: 'business',
    phenomenon:
      'gulf_outlet,sar_prefix,usd_conversion,government_fund_participates,family_office_participant,payments_processed_trap,series_a',
    title: 'Riyadh fintech Tamrah Pay closes SAR 56 million Series A',
    source: 'Gulf Ventures Today',
    text:
      'Riyadh-based fintech Tamrah Pay has closed a SAR 56 million (around $15 million) Series A round led by Thumamah Capital, with participation from the Saudi Venture Capital Company (SVC) and Dammam-based family office Al-Rashidi Holding.\n\n' +
      'Tamrah Pay lets parents pay school fees and university tuition in instalments, and says it has processed more than SAR 400 million in payments for 120,000 families since receiving its licence from the Saudi Central Bank in 2024. ' +
      'The funding will support its expansion to Kuwait and Bahrain.',
    kind: 'round',
    rounds: [
      {
        company: 'Tamrah Pay',
        amount: 56e6,
        currency: 'SAR',
        roundType: 'series_a',
        lead: ['Thumamah Capital'],
        other: ['Saudi Venture Capital Company', 'Al-Rashidi Holding'],
      },
    ],
  },
  {
    id: 'ub14-10',
    style: 'business',
    phenomenon: 'gulf_outlet,usd_pre_series_a,largest_at_stage_claim,aed_savings_trap,gigawatts_trap,unknown_type',
    title: 'Dubai’s Sabkha Robotics raises $20 million pre-Series A for solar-cleaning robots',
    source: 'Emirates Tech Brief',
    text:
      'Sabkha Robotics, a Dubai-based maker of waterless robots that clean utility-scale solar panels, has raised $20 million in a pre-Series A round, one of the largest at that stage in the region this year.\n\n' +
      'The round was led by Abu Dhabi’s Liwa Crescent Ventures, with Jebel Hafeet Capital and the Sharjah-based Qasba Angels joining. ' +
      'Sabkha’s robots currently clean 1.2 gigawatts of panels across the UAE and Oman; the company says they save a typical 500-megawatt plant AED 6 million a year in water and labour.\n\n' +
      'It plans to open a factory in Dubai Industrial City by 2027.',
    kind: 'round',
    rounds: [
      {
        company: 'Sabkha Robotics',
        amount: 20e6,
        roundType: 'unknown',
        lead: ['Liwa Crescent Ventures'],
        other: ['Jebel Hafeet Capital', 'Qasba Angels'],
      },
    ],
  },
  {
    id: 'ub14-11',
    style: 'business',
    phenomenon: 'polish_business_review,pln_prefix,investment_was_led_by,also_took_part,revenue_pln_trap,seed',
    title: 'Gdańsk’s Kormoran Data raises PLN 14 million for port-crane analytics',
    source: 'Baltic Business Review (Warsaw)',
    text:
      'Kormoran Data, a Gdańsk start-up whose sensors and software predict failures in port cranes, has raised PLN 14 million in a seed round. ' +
      'The investment was led by Motlawa Ventures, while Warsaw-based Praga North Capital and Oliwa Angels also took part.\n\n' +
      'The company, founded in 2023, monitors 140 cranes in Gdańsk, Gdynia, Rotterdam and Hamburg. Its revenue reached PLN 3.2 million last year. ' +
      'The funds will be used for expansion to other Baltic and North Sea ports, the founders said.',
    kind: 'round',
    rounds: [
      {
        company: 'Kormoran Data',
        amount: 14e6,
        currency: 'PLN',
        roundType: 'seed',
        lead: ['Motlawa Ventures'],
        other: ['Praga North Capital', 'Oliwa Angels'],
      },
    ],
  },
  {
    id: 'ub14-12',
    style: 'roundup',
    phenomenon:
      'cee_deal_sheet,multi_round,czk_ron_uah_in_one_text,public_fund_participates,no_lead_named,usd_conversion_one_item,series_a,seed',
    title: 'CEE deal sheet: pharmacy stock, home blood tests and construction tenders',
    source: 'Central Europe Deal Sheet',
    text:
      'Three rounds from the region this week:\n\n' +
      'PRAGUE — Kostka Software, which helps builders price and submit public construction tenders, raised CZK 60 million in a Series A led by Karlin Capital, with the state-owned National Development Fund participating.\n\n' +
      'BUCHAREST — Salcia Health closed a RON 9 million seed round led by Herastrau Partners to expand its at-home blood-testing service beyond Bucharest and Cluj-Napoca.\n\n' +
      'LVIV — Rynok Cloud, which builds inventory software for Ukrainian pharmacies, raised UAH 80 million (about $1.9 million) from Dnipro Seed and a group of diaspora angels. The company did not name a lead investor.',
    kind: 'round',
    rounds: [
      {
        company: 'Kostka Software',
        amount: 60e6,
        currency: 'CZK',
        roundType: 'series_a',
        lead: ['Karlin Capital'],
        other: ['National Development Fund'],
      },
      { company: 'Salcia Health', amount: 9e6, currency: 'RON', roundType: 'seed', lead: ['Herastrau Partners'] },
      { company: 'Rynok Cloud', amount: 80e6, currency: 'UAH', roundType: 'unknown', other: ['Dnipro Seed'] },
    ],
  },
  {
    id: 'ub14-13',
    style: 'press',
    phenomenon:
      'pr_wire_release,hyphenated_name,led_by_after_long_parenthetical,converted_notes_trap,about_boilerplate_company_and_lead,lead_aum_trap,hash_ending,series_a',
    title: 'Tri-Vale Diagnostics Announces $18 Million Series A Financing',
    source: 'PRBeacon Wire',
    text:
      'SACRAMENTO, Calif., March 9, 2026 /PRBeacon Wire/ -- Tri-Vale Diagnostics, a developer of rapid at-home tests for urinary tract infections, today announced an $18 million Series A financing (which includes the conversion of $3 million of convertible notes issued in 2025 and is the company’s first institutional round since its founding in a University of California lab) led by Sutter Basin Partners. ' +
      'Additional investors include Folsom Lake Ventures and Capitol Mall Angels.\n\n' +
      'Proceeds will fund a 600-patient clinical study to support a De Novo submission to the U.S. Food and Drug Administration and the build-out of a manufacturing line in Davis.\n\n' +
      '“Millions of women wait days for a culture result they could have at home in fifteen minutes,” said Dr. Renata Villalobos, co-founder and CEO of Tri-Vale Diagnostics.\n\n' +
      'About Tri-Vale Diagnostics\n' +
      'Tri-Vale Diagnostics, founded in 2023 and headquartered in Davis, California, develops paper-based molecular tests that patients can run at home. For more information, visit trivale.example.\n\n' +
      'About Sutter Basin Partners\n' +
      'Sutter Basin Partners invests in early-stage diagnostics and medical-device companies and manages more than $350 million in capital.\n\n' +
      '###\n\n' +
      'Media contact: Jordan Pike, press@trivale.example',
    kind: 'round',
    rounds: [
      {
        company: 'Tri-Vale Diagnostics',
        amount: 18e6,
        roundType: 'series_a',
        lead: ['Sutter Basin Partners'],
        other: ['Folsom Lake Ventures', 'Capitol Mall Angels'],
      },
    ],
  },
  {
    id: 'ub14-14',
    style: 'blog',
    phenomenon:
      'substack_founder_essay,first_person,common_word_name,came_in_alongside,unnamed_angels,earlier_pre_seed_same_company,burn_rate_trap,seed',
    title: 'We raised $4.2M. Here’s what 14 months of hearing no taught me',
    source: 'Notes from the Sewing Room (Substack)',
    text:
      'When I started Thimble in 2024, I thought fundraising would take six weeks. It took fourteen months, 212 investor meetings and one very patient bank manager.\n\n' +
      'Today I can finally say it: Thimble has raised a $4.2M seed round, led by Bobbin Street Capital. ' +
      'Hemline Ventures and Selvage Fund came in alongside them, plus about 20 angels, most of them people who run sewing schools and fabric shops.\n\n' +
      '(If you’re new here: Thimble is booking, fitting and invoicing software for independent sewing and alteration shops. About 1,900 shops use it.)\n\n' +
      'Before this we had a $450K pre-seed from friends and family, and for most of last year we were burning about $60K a month with nine people. ' +
      'Three things I learned, in no particular order: traction beats decks, “not now” usually means “no”, and the investors who ask about your customers are the ones worth keeping.\n\n' +
      '— Nadia Ferreira, founder and CEO',
    kind: 'round',
    rounds: [
      {
        company: 'Thimble',
        amount: 4.2e6,
        roundType: 'seed',
        lead: ['Bobbin Street Capital'],
        other: ['Hemline Ventures', 'Selvage Fund'],
      },
    ],
  },
  {
    id: 'ub14-15',
    style: 'blog',
    phenomenon: 'show_hn_post,name_with_digit,round_in_parenthetical_context,open_source,benchmark_number_trap,price_trap,seed',
    title: 'Show HN: Sluice9 – a durable job queue that lives inside your SQLite file',
    source: 'Newsyard (Show HN)',
    text:
      'Hi HN, I’m Tomasz, one of the two people behind Sluice9. It’s an MIT-licensed job queue that stores jobs, retries and schedules in the same SQLite file as your app data, so enqueueing a job is part of the same transaction as the write that caused it. ' +
      'On a laptop it does about 40k jobs/sec with fsync on.\n\n' +
      'Some context since people always ask: we’re a company, not a side project. We closed a $2.5M seed last week led by Weirgate Ventures, with Talus Capital and a handful of database folks as angels. ' +
      'The core stays open source; we’ll sell a hosted dashboard ($29/mo) for teams that want alerts without running anything.\n\n' +
      'Happy to answer questions about the storage format, the fsync story, or why we didn’t just use Redis.',
    kind: 'round',
    rounds: [{ company: 'Sluice9', amount: 2.5e6, roundType: 'seed', lead: ['Weirgate Ventures'], other: ['Talus Capital'] }],
  },
  {
    id: 'ub14-16',
    style: 'blog',
    phenomenon:
      'slack_internal_announcement,emoji,reactions_counts_trap,now_a_series_a_company,board_seat,pro_rata_seed_investors,hiring_count_trap,series_a',
    source: 'Slack #announcements (Trellisworks)',
    text:
      '#announcements\n' +
      'Gwen Abara  9:02 AM\n' +
      '@channel 🎉 It’s official: the wire hit this morning and Trellisworks is now a Series A company! We raised $9M led by Hornbeam Row Partners (their partner Idris Vale joins our board). ' +
      'Our seed investors Buzzard Hill Seed and Cheapside Angels both came back in for their pro rata.\n' +
      'Press release goes out at 11 ET, so please don’t post anything publicly before then. All-hands at 4 with cake, and yes, the Q2 hiring plan (12 roles) is now unlocked 🙌\n' +
      '👏 34  🚀 21  🎂 9',
    kind: 'round',
    rounds: [
      {
        company: 'Trellisworks',
        amount: 9e6,
        roundType: 'series_a',
        lead: ['Hornbeam Row Partners'],
        other: ['Buzzard Hill Seed', 'Cheapside Angels'],
      },
    ],
  },
  {
    id: 'ub14-17',
    style: 'blog',
    phenomenon:
      'investor_quarterly_letter,vc_co_led_with_named_partner,own_cheque_trap,fund_size_trap,tvpi_trap,portfolio_markdown_background,series_a',
    title: 'Ashvale Capital — Winter 2026 letter to limited partners (excerpt)',
    source: 'Ashvale Capital',
    text:
      'New investments\n\n' +
      'Last week Ashvale Capital co-led the $12 million Series A of Cobbler Health alongside our friends at Lindenfield Ventures, and we have taken a board seat. ' +
      'Cobbler makes a foot-scanning app that lets podiatrists prescribe custom orthotics remotely; its revenue grew fourfold last year. ' +
      'Our $3.5 million cheque is Fund III’s largest initial investment to date.\n\n' +
      'Portfolio updates\n\n' +
      'We marked down our position in Skiffwright Logistics by 40% after its flat Series B in January. ' +
      'Fund III, a $180 million vehicle, has now committed 46% of its capital, and its net TVPI stands at 1.6x.',
    kind: 'round',
    rounds: [
      {
        company: 'Cobbler Health',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Ashvale Capital', 'Lindenfield Ventures'],
      },
    ],
    prior: ['Skiffwright Logistics'],
  },
  {
    id: 'ub14-18',
    style: 'wire',
    phenomenon: 'wire_brief_two_sentences,half_a_billion_dollars,series_d',
    text:
      'Hemavine Therapeutics raised half a billion dollars in a Series D round led by Kingsferry Investment Management, the Boston-based biotech said on Monday. ' +
      'The money will fund late-stage trials of its oral drug for sickle cell disease.',
    kind: 'round',
    rounds: [
      {
        company: 'Hemavine Therapeutics',
        amount: 500e6,
        roundType: 'series_d',
        lead: ['Kingsferry Investment Management'],
      },
    ],
  },
  {
    id: 'ub14-19',
    style: 'business',
    phenomenon:
      'tv_transcript,speaker_labels,spoken_million_dollars,lead_said_by_guest,common_word_name,household_savings_trap,store_count_trap,seed',
    title: 'Transcript: Morning Business, segment 3',
    source: 'WKMT 9 Morning Business (transcript)',
    text:
      'ANCHOR (JEN SOLIS): Welcome back. If you’ve ever thrown out a bag of wilted spinach, our next guest wants to help. Owen Batiste is co-founder of Larder, a Baton Rouge startup with an app that plans your meals around what’s already in your fridge. Owen, big week for you.\n\n' +
      'BATISTE: Big week, Jen. We just raised 3.5 million dollars. It’s a seed round, and it was led by Bayou Teche Ventures out of Lafayette.\n\n' +
      'SOLIS: 3.5 million dollars. What does that buy?\n\n' +
      'BATISTE: Mostly people. We’re nine today; we’ll be about twenty by the fall. And we want to be in 400 grocery stores by the end of the year, up from 60.\n\n' +
      'SOLIS: And the app reads your grocery receipts?\n\n' +
      'BATISTE: Right. You snap the receipt, it knows what you bought, and it tells you what to cook before things go bad. Families save about $1,200 a year on average.\n\n' +
      'SOLIS: Owen Batiste of Larder, congratulations. After the break: why gas prices are climbing again.',
    kind: 'round',
    rounds: [{ company: 'Larder', amount: 3.5e6, roundType: 'seed', lead: ['Bayou Teche Ventures'] }],
  },
  {
    id: 'ub14-20',
    style: 'roundup',
    phenomenon:
      'newsletter_funding_roundup,multi_round,five_items_each_with_lead,eur_mio_comma_decimal,co_led_two_firms,seed_extension,seed_total_trap,gbp_m_suffix,public_body_participant,hyphenated_name',
    title: 'Funding roundup: five deals from the past week',
    source: 'The Tuesday Term Sheet',
    text:
      'Funding roundup\n\n' +
      '1. Pierline (Portland, Maine) makes booking and billing software for marinas. $7M seed led by Gannet Ventures; Rockbound Capital participated.\n\n' +
      '2. Gridlauf (Vienna) forecasts grid congestion for municipal utilities. €1,5 Mio. pre-seed (per the company’s German-language release) led by Wienfluss Kapital, with the state-owned Austria Wirtschaftsservice participating.\n\n' +
      '3. Peatcraft (Edinburgh) does carbon accounting for whisky distilleries. $22M Series B co-led by Thistlegate and Ardcraig Partners.\n\n' +
      '4. Guillemot Robotics (Bristol) builds drones that inspect ship hulls underwater. £4.8m Series A led by Avonvale Capital; existing backer Clifton Angels followed on.\n\n' +
      '5. Fuse-Point Labs (Oakland) detects battery fires in e-bike shops. $2.1M seed-extension led by existing investor Grand Lake Ventures, bringing its seed total to $5.6M.\n\n' +
      'That’s it for this week. Reply with your deals.',
    kind: 'round',
    rounds: [
      { company: 'Pierline', amount: 7e6, roundType: 'seed', lead: ['Gannet Ventures'], other: ['Rockbound Capital'] },
      {
        company: 'Gridlauf',
        amount: 1.5e6,
        currency: 'EUR',
        roundType: 'pre_seed',
        lead: ['Wienfluss Kapital'],
        other: ['Austria Wirtschaftsservice'],
      },
      { company: 'Peatcraft', amount: 22e6, roundType: 'series_b', lead: ['Thistlegate', 'Ardcraig Partners'] },
      {
        company: 'Guillemot Robotics',
        amount: 4.8e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Avonvale Capital'],
        other: ['Clifton Angels'],
      },
      { company: 'Fuse-Point Labs', amount: 2.1e6, roundType: 'extension', lead: ['Grand Lake Ventures'] },
    ],
  },
  {
    id: 'ub14-21',
    style: 'wire',
    phenomenon: 'headline_only,emoji_first,lands_from_investor,no_led_wording,series_a',
    text: '💸 Gigledger lands $16M Series A from Quartzline Ventures to automate tax withholding for freelancers',
    kind: 'round',
    rounds: [{ company: 'Gigledger', amount: 16e6, roundType: 'series_a', other: ['Quartzline Ventures'] }],
  },
  {
    id: 'ub14-22',
    style: 'business',
    phenomenon:
      'company_named_only_in_title,the_startup_in_body,pre_seed_backer_participates,spokesperson_said,satellite_count_trap,series_a',
    title: 'Skeinlight closes $11M Series A to spot methane leaks from orbit',
    text:
      'The startup, founded in 2023 by two former satellite engineers, builds shoebox-sized infrared satellites that detect methane plumes from oil and gas sites. ' +
      'The round was led by Fulmar Capital, with Stratus Row and the startup’s pre-seed backer Orbitfield Angels participating, a spokesperson said on Monday.\n\n' +
      'The startup plans to launch its first three satellites in the fourth quarter and already has paid pilots with two pipeline operators in Texas.',
    kind: 'round',
    rounds: [
      {
        company: 'Skeinlight',
        amount: 11e6,
        roundType: 'series_a',
        lead: ['Fulmar Capital'],
        other: ['Stratus Row', 'Orbitfield Angels'],
      },
    ],
  },
  {
    id: 'ub14-23',
    style: 'business',
    phenomenon:
      'raises_x_at_y_valuation,valuation_trap,previous_valuation_trap,put_in_money,customer_count,common_word_name,series_c',
    title: 'Coldframe raises $60 million at a $900 million valuation',
    text:
      'Coldframe, which sells climate-control software to commercial greenhouses, has raised $60 million in a Series C round at a $900 million valuation, the company said on Monday. ' +
      'Ravensworth Growth led the round; existing investors Sluisgate Ventures and Glasshouse Capital also put in money.\n\n' +
      'The valuation is nearly triple the $320 million Coldframe was valued at in its Series B 18 months ago. ' +
      'The Salinas, California-based company has 2,400 greenhouse customers in 19 countries.',
    kind: 'round',
    rounds: [
      {
        company: 'Coldframe',
        amount: 60e6,
        roundType: 'series_c',
        lead: ['Ravensworth Growth'],
        other: ['Sluisgate Ventures', 'Glasshouse Capital'],
      },
    ],
  },
  {
    id: 'ub14-24',
    style: 'business',
    phenomenon: 'new_funding_bringing_total,total_raised_trap,no_stage_named,x_led_the_financing,drug_code_trap,unknown_type',
    title: 'Amberlea Bio adds $35 million for rare-disease enzyme therapies',
    text:
      'Amberlea Bio, a New Haven company developing enzyme therapies for rare metabolic disorders in children, has raised $35 million in new funding, bringing its total to $82 million. ' +
      'Wyeburn Capital led the financing; Saybrook Hollow Partners and Elm City Angels participated.\n\n' +
      'The company will use the money to take its lead candidate, AB-104, into a Phase 2 trial later this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Amberlea Bio',
        amount: 35e6,
        roundType: 'unknown',
        lead: ['Wyeburn Capital'],
        other: ['Saybrook Hollow Partners', 'Elm City Angels'],
      },
    ],
  },
  {
    id: 'ub14-25',
    style: 'business',
    phenomenon: 'round_with_debt_portion,x_of_it_in_debt,equity_portion_led_by,debt_provider_named,package_total,unknown_type',
    title: 'Fieldbarn closes $40 million to put milking robots on small dairy farms',
    text:
      'Fieldbarn, a Des Moines startup that leases robotic milking systems to small dairy farms, has closed a $40 million round, $15 million of it in debt. ' +
      'The equity portion was led by Cornbelt Growth, with Loess Hills Ventures participating; the debt comes from Prairie Lantern Credit, which Fieldbarn will draw on to buy robots as farms sign leases.\n\n' +
      'Fieldbarn has 210 farms under contract in Iowa, Wisconsin and Minnesota.',
    kind: 'round',
    rounds: [
      {
        company: 'Fieldbarn',
        amount: 40e6,
        roundType: 'unknown',
        lead: ['Cornbelt Growth'],
        other: ['Loess Hills Ventures', 'Prairie Lantern Credit'],
      },
    ],
  },
  {
    id: 'ub14-26',
    style: 'business',
    phenomenon: 'pakistani_outlet,usd_mn_prefix,healthtech,monthly_orders_trap,pharmacy_count_trap,seed',
    title: 'Karachi healthtech Dawai Dost secures USD 3 mn seed round',
    source: 'Karachi Tech Ledger',
    text:
      'Karachi-based healthtech startup Dawai Dost has secured USD 3 mn in a seed round led by Indus Delta Ventures, with participation from Margalla Capital and Lahore-based Shalimar Angels.\n\n' +
      'The startup runs a network of 340 partner pharmacies that deliver prescription refills to patients with chronic conditions within four hours, and says its monthly orders crossed 90,000 in February. ' +
      'It will use the funds to expand to Faisalabad and Multan.',
    kind: 'round',
    rounds: [
      {
        company: 'Dawai Dost',
        amount: 3e6,
        roundType: 'seed',
        lead: ['Indus Delta Ventures'],
        other: ['Margalla Capital', 'Shalimar Angels'],
      },
    ],
  },
  {
    id: 'ub14-27',
    style: 'business',
    phenomenon:
      'auto_trade_brief,strategic_investment_from_supplier,single_investor_no_led,co_development,earlier_seed_same_company,common_word_name,strategic',
    title: 'Tier 1 supplier Brenneke backs EV fuse maker Cresset',
    source: 'Powertrain Insider',
    text:
      'Cresset, a Detroit startup that makes solid-state thermal fuses for electric-vehicle battery packs, has received a $10 million strategic investment from Tier 1 supplier Brenneke Automotive Systems. ' +
      'The two companies will co-develop fuses for Brenneke’s 800-volt battery modules, with production slated for 2028.\n\n' +
      'Cresset previously raised $6 million in seed funding from Woodward Row Ventures.',
    kind: 'round',
    rounds: [{ company: 'Cresset', amount: 10e6, roundType: 'strategic', other: ['Brenneke Automotive Systems'] }],
  },
  {
    id: 'ub14-28',
    style: 'business',
    phenomenon: 'canadian_paper,cad_prefix,crown_corporation_participants,acreage_trap,seed',
    title: 'Saskatoon soil-sensing startup Coulee Soil raises C$8 million',
    source: 'Prairie Business Post',
    text:
      'Saskatoon-based Coulee Soil, whose probes measure nitrogen in the field so grain farmers can cut fertiliser use, has raised C$8 million in a seed round led by Qu’Appelle Ventures. ' +
      'BDC Capital and Farm Credit Canada also participated.\n\n' +
      'The company says its probes now cover 1.1 million acres across Saskatchewan, Alberta and Manitoba, and it plans to enter North Dakota next spring.',
    kind: 'round',
    rounds: [
      {
        company: 'Coulee Soil',
        amount: 8e6,
        currency: 'CAD',
        roundType: 'seed',
        lead: ['Qu’Appelle Ventures'],
        other: ['BDC Capital', 'Farm Credit Canada'],
      },
    ],
  },
  {
    id: 'ub14-29',
    style: 'press',
    phenomenon: 'biotech_tranched_series_b,paid_in_at_closing_trap,milestone_tranche_trap,participation_from,series_b',
    title: 'Tanagra Bio raises $75 million Series B to advance non-opioid pain program',
    text:
      'CAMBRIDGE, Mass. — Tanagra Bio, a company developing gene-silencing treatments for chronic pain, has raised a $75 million Series B. ' +
      'Of that, $40 million was paid in at closing and the remaining $35 million will be released when the company’s first drug clears an early-stage safety trial.\n\n' +
      'Mystic Lock Life Sciences led the round, with participation from Longwharf Capital and Pemberton Biofund. ' +
      'Tanagra expects to dose the first patient in its Phase 1 study in the third quarter.',
    kind: 'round',
    rounds: [
      {
        company: 'Tanagra Bio',
        amount: 75e6,
        roundType: 'series_b',
        lead: ['Mystic Lock Life Sciences'],
        other: ['Longwharf Capital', 'Pemberton Biofund'],
      },
    ],
  },
  {
    id: 'ub14-30',
    style: 'roundup',
    phenomenon:
      'newsletter_scoop,people_familiar_then_confirmed,declined_valuation,unnamed_angel,not_yet_announced_publicly,seed',
    title: 'Scoop: Wickline raised an $8M seed for insurance back-office agents',
    source: 'Brokerage Tech Memo',
    text:
      'Wickline, a New York startup that builds AI agents for the back offices of insurance brokers, has raised an $8 million seed round led by Egretfield Ventures, two people familiar with the deal told us. ' +
      'Co-founder Ama Boateng confirmed the round on Monday but declined to give the valuation. ' +
      'Mapleshade Capital and a former insurance executive also invested.\n\n' +
      'The company has not announced the round publicly. Its agents reconcile commission statements and chase missing policy documents for about 40 brokerages.',
    kind: 'round',
    rounds: [
      { company: 'Wickline', amount: 8e6, roundType: 'seed', lead: ['Egretfield Ventures'], other: ['Mapleshade Capital'] },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub14-31',
    style: 'business',
    phenomenon:
      'in_talks,gulf_outlet,aed_prefix,usd_conversion,expected_to_lead,could_be_finalised,earlier_series_a_same_company,series_b',
    title: 'Abu Dhabi vertical farmer Ghaf Farms in talks to raise AED 150 million',
    source: 'The Gulf Ledger',
    text:
      'Ghaf Farms, which grows strawberries and leafy greens in vertical farms near Al Ain, is in talks to raise about AED 150 million ($41 million) in a Series B round, according to people familiar with the matter. ' +
      'Ras Al Khor Capital is expected to lead the round, the people said.\n\n' +
      'The deal could be finalised before the end of the second quarter, one of the people said. Ghaf Farms declined to comment. ' +
      'The company raised $12 million in a Series A in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Ghaf Farms', amount: 150e6, currency: 'AED', roundType: 'series_b', lead: ['Ras Al Khor Capital'] }],
  },
  {
    id: 'ub14-32',
    style: 'business',
    phenomenon: 'in_talks,common_word_name,is_raising_per_people_briefed,set_to_lead,valuation_trap,has_not_closed,unknown_type',
    title: 'Marine insurer Mooring raising at $1.5 billion valuation',
    text:
      'Mooring, a San Francisco startup that sells insurance to owners of small fishing boats and charter vessels, is raising a new round of about $120 million that would value it at $1.5 billion, according to three people briefed on the plans. ' +
      'Gunwale Partners is set to lead, the people said.\n\n' +
      'The round has not closed and terms could change. Mooring did not respond to a request for comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Mooring', amount: 120e6, roundType: 'unknown', lead: ['Gunwale Partners'] }],
  },
  {
    id: 'ub14-33',
    style: 'business',
    phenomenon:
      'in_talks,korean_outlet_english,pushing_to_attract,krw_billion_prefix,ib_industry_sources,first_half_completion,series_d',
    title: 'Gyeol Mobility pushes to attract KRW 50 billion in Series D',
    source: 'Seoul Venture Daily',
    text:
      'Gyeol Mobility, which operates an on-demand minibus service in Seoul’s outer districts, is pushing to attract KRW 50 billion in Series D investment, according to IB industry sources on the 9th. ' +
      'The company is said to be in discussions with several domestic institutional investors, and the investment is expected to be completed in the first half of the year.\n\n' +
      'Gyeol Mobility runs 600 minibuses and carried 31 million passengers last year.',
    kind: 'in_talks',
    rounds: [{ company: 'Gyeol Mobility', amount: 50e9, currency: 'KRW', roundType: 'series_d' }],
  },
  {
    id: 'ub14-34',
    style: 'blog',
    phenomenon:
      'in_talks,founder_investor_update_email,started_raising,target_amount,committed_to_lead,committed_cheque_trap,mrr_trap,seed',
    title: 'Nestwell investor update — February 2026',
    source: 'Nestwell (email to angels)',
    text:
      'Hi all,\n\n' +
      'Highlights: MRR reached $41k (up 18% month on month), and we signed our first home-care agency with more than 500 caregivers.\n\n' +
      'Fundraising: we’ve started raising our seed. The target is $3M, and Pebblemoor Ventures has committed to lead with $1.5M. ' +
      'We hope to close by the end of April. If you’d like to take part of your pro rata, just reply to this email.\n\n' +
      'Asks: intros to home-care operators in Ohio and Pennsylvania.\n\n' +
      'Thanks,\nLeah Morrow, CEO, Nestwell',
    kind: 'in_talks',
    rounds: [{ company: 'Nestwell', amount: 3e6, roundType: 'seed', lead: ['Pebblemoor Ventures'] }],
  },
  {
    id: 'ub14-35',
    style: 'business',
    phenomenon:
      'in_talks,uk_business_page,sounding_out_investors,gbp_m_suffix,existing_backer_expected_to_invest,not_lead,series_b',
    title: 'Foxhollow Energy sounds out investors for £30m Series B',
    text:
      'Foxhollow Energy, the Bristol maker of heat batteries that store cheap overnight electricity as heat for homes, is sounding out investors for a £30m Series B, according to a person close to the company. ' +
      'Existing backer Clevedon Pier Capital is expected to invest again, the person said, though a lead has not yet been chosen.\n\n' +
      'Foxhollow has installed about 3,000 units and hopes to close the round by the summer.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Foxhollow Energy',
        amount: 30e6,
        currency: 'GBP',
        roundType: 'series_b',
        lead: [],
        other: ['Clevedon Pier Capital'],
      },
    ],
  },
  {
    id: 'ub14-36',
    style: 'wire',
    phenomenon: 'in_talks,nears_deal,led_by_in_pending_deal,sources_say,as_soon_as_next_week,series_b',
    title: 'Jackdaw Labs nears $45M Series B led by Greyhawk Point, sources say',
    text:
      'Jackdaw Labs, which makes software that flags fraudulent returns for online retailers, is nearing a deal to raise $45 million in a Series B led by Greyhawk Point Partners, according to two people with knowledge of the talks. ' +
      'The deal could be announced as soon as next week. Jackdaw Labs and Greyhawk Point declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Jackdaw Labs', amount: 45e6, roundType: 'series_b', lead: ['Greyhawk Point Partners'] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub14-37',
    style: 'business',
    phenomenon: 'layoffs_story,warehouse_closure,background_series_c_with_lead,staff_percentage_trap,profitability_claim',
    title: 'Stackhaus to cut 90 jobs and close Reno warehouse',
    source: 'Pallet & Port Daily',
    text:
      'Stackhaus, the warehouse-robotics company that rents out shelf-climbing picking robots to e-commerce sellers, will cut 90 jobs, about 30% of its staff, and close its Reno, Nevada, fulfilment site, the company said on Monday.\n\n' +
      'Stackhaus raised a $55 million Series C led by Overhill Capital in 2024 and said as recently as November that it expected to be profitable this year. ' +
      'Chief executive Bram Oosterhuis said demand from mid-sized sellers had fallen “faster than we planned for.”',
    kind: 'other',
    rounds: [],
    prior: ['Stackhaus'],
  },
  {
    id: 'ub14-38',
    style: 'business',
    phenomenon:
      'lawsuit_startup_vs_investor,blocked_term_sheet_trap,damages_trap,background_series_a_with_lead,ownership_percentage',
    title: 'Quillbrook sues its lead investor, alleging it blocked a Series B',
    text:
      'Quillbrook, a Minneapolis maker of e-recording software for county recorders’ offices, has sued Stillbrook Ventures in the Delaware Court of Chancery, alleging the firm used its board seat and veto rights to block a $20 million Series B term sheet from another investor last fall.\n\n' +
      'Stillbrook led Quillbrook’s $8 million Series A in 2023 and owns 31% of the company. ' +
      'Quillbrook is seeking damages of at least $45 million. A Stillbrook spokesperson said the claims were “without merit.”',
    kind: 'other',
    rounds: [],
    prior: ['Quillbrook'],
  },
  {
    id: 'ub14-39',
    style: 'business',
    phenomenon:
      'employee_secondary_sale,no_new_shares,company_receives_nothing,discount_to_series_c_price,background_series_c_with_lead',
    title: 'Skyfold employees sell $30 million of stock to secondary buyers',
    text:
      'Current and former employees of Skyfold, the maker of scheduling software for hospital operating rooms, have sold about $30 million of their shares to Holmwood Secondaries and two other buyers in a sale arranged by the company, Skyfold said on Monday.\n\n' +
      'No new shares were issued and the company received no money. ' +
      'The shares were sold at a 15% discount to the $62-a-share price of Skyfold’s Series C, a $110 million round led by Alderwick Partners that closed last year.',
    kind: 'other',
    rounds: [],
    prior: ['Skyfold'],
  },
  {
    id: 'ub14-40',
    style: 'business',
    phenomenon:
      'corporate_venture_arm_new_fund,check_size_trap,can_lead_rounds_trap,past_balance_sheet_investment_led,background_series_a',
    title: 'Hearthstone Foods launches $150 million venture arm',
    text:
      'Hearthstone Foods, the Cincinnati packaged-food maker, has launched Hearthstone Ventures, a $150 million corporate venture fund that will invest in startups working on ingredients, packaging and food safety. ' +
      'The fund will write checks of $2 million to $10 million and can lead rounds, said its managing director, Colette Ambrose.\n\n' +
      'Hearthstone has already made one startup investment from its balance sheet: it led a $12 million Series A in the plant-protein maker Pulsebean last June.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Pulsebean'],
  },
  {
    id: 'ub14-41',
    style: 'business',
    phenomenon:
      'government_grant_competition,finalists_not_awarded,programme_total_trap,award_cap_trap,public_body,background_seed_with_lead',
    title: 'Twelve firms shortlisted for £40m heat-storage competition',
    text:
      'Twelve companies have been selected for the final stage of the Department for Energy Security and Net Zero’s £40 million long-duration heat storage competition, the department said on Monday. ' +
      'Finalists will be invited to negotiate grant agreements over the summer; the department expects to fund between four and six projects, with individual awards of up to £10 million.\n\n' +
      'Among the finalists are Leeds-based Calorific Stone, which raised a £6 million seed round led by Meanwood Row Ventures in 2025, and Granitewell of Aberdeen.',
    kind: 'other',
    rounds: [],
    prior: ['Calorific Stone'],
  },
  {
    id: 'ub14-42',
    style: 'business',
    phenomenon: 'startup_merger,all_stock,totals_raised_both,background_series_b_with_lead,no_new_money',
    title: 'Austin workforce startups Shiftbell and Coyote Roster to merge',
    text:
      'Two Austin workforce-software startups, Shiftbell and Coyote Roster, are merging in an all-stock deal, the companies said on Monday. ' +
      'The combined company will take the Shiftbell name and have about 140 employees.\n\n' +
      'Shiftbell had raised $38 million, most recently a $25 million Series B led by Barton Creek Ventures, while Coyote Roster had raised $11 million. ' +
      'No new money is being raised as part of the merger.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Shiftbell', 'Coyote Roster'],
  },
  {
    id: 'ub14-43',
    style: 'business',
    phenomenon: 'revenue_milestone,arr_trap,has_not_raised_since,cash_in_bank_trap,background_series_b_with_lead',
    title: 'Sparrowgate passes $100 million in annual recurring revenue',
    text:
      'Sparrowgate, which sells contract-management software to hospital purchasing departments, said on Monday that it had passed $100 million in annual recurring revenue, up from $38 million a year earlier.\n\n' +
      'The Nashville company has not raised since its $45 million Series B led by Marlow Heath in 2024 and has more than $60 million in the bank, chief financial officer Dolores Akande said. ' +
      'It does not plan to raise money this year.',
    kind: 'other',
    rounds: [],
    prior: ['Sparrowgate'],
  },
  {
    id: 'ub14-44',
    style: 'business',
    phenomenon: 'analyst_quarterly_vc_report,aggregate_totals,largest_deals_named_past_rounds,deal_count,percentages',
    title: 'US venture investment hit $52 billion in fourth quarter, report says',
    source: 'Tallbridge Analytics via Capital Markets Desk',
    text:
      'US venture investment reached $52.3 billion across 3,410 deals in the fourth quarter of 2025, according to the quarterly Venture Pulse report from the research firm Tallbridge Analytics. ' +
      'AI companies took 48% of the total.\n\n' +
      'The largest deals of the quarter were Armillary AI’s $2 billion Series E led by Northwind Crossing and Bluecoil Energy’s $750 million Series D, the report said. ' +
      'The number of seed deals fell 11% from the third quarter.',
    kind: 'other',
    rounds: [],
    prior: ['Armillary AI', 'Bluecoil Energy'],
  },
  {
    id: 'ub14-45',
    style: 'business',
    phenomenon: 'startup_shutdown,had_raised_total,background_series_a_with_lead,failed_to_raise,asset_sale',
    title: 'Cargo-bike delivery startup Tillwood shuts down',
    text:
      'Tillwood, a Portland, Oregon, startup that rented electric cargo bikes to restaurants for deliveries, is shutting down, founder Kenji Mercado wrote in a post on Monday. ' +
      'The company had raised $24 million, including a $15 million Series A led by Multnomah Bluff Capital in 2023, but could not find investors for a new round after its largest customer, a regional pizza chain, ended its contract.\n\n' +
      'Its 48 employees will be laid off and its 1,100 bikes sold.',
    kind: 'other',
    rounds: [],
    prior: ['Tillwood'],
  },
];
