// A sixteenth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "last week" is early March 2026, "last month" is February 2026 and "last year" is 2025.
// Theme: what a general business and tech news feed carries on an ordinary day, so that precision
// matters as much as recall: 26 texts with named rounds (22 closed, 4 in talks) beside 24 texts that
// mention money, "raised", "led by", "funded" or "investment" but report no startup's round.
// Styles: a one-sentence wire item under its headline; a single aggregator line ("Mossbank raises
// €8m … (tradetechbrief.com)"); an aggregator river of four lines mixing two rounds with an IPO
// pricing and a "raises full-year guidance" line; a newsletter's "Deals" bullets (three rounds and a
// fund close); Hacker-News-style titles with a points/comments line (a round, a report of talks and
// an "Ask" thread); a company blog post ("Today we’re announcing …"); a long weekend feature on heat-
// pump installers where the round is one paragraph in the middle; a Q&A interview in which an
// Australian CEO gives the amount and the lead; a podcast episode's show notes; a story naming the
// company only in its headline ("The Boise, Idaho-based startup"); a passive "has been secured by";
// regional outlets (Lyon, Bengaluru, Sapporo, Halifax, Singapore, Mexico City, Madrid, Rotterdam);
// a US biotech PR-wire release with "About" and "###"; a newsletter's first-person "We hear …".
// Phenomena: verbs "bags", "nabs", "scores", "secures", "closes", "pulls in", "lands", "gets",
// "picks up", "announcing", "completes", "has been funded", "has been secured by"; the amount before
// the name ("A $14 million Series A round has been secured by X", "₹25 crore" in an Indian title);
// currencies "$12 million", "$4.5M", "€8m", "€3.5M", "2.2 million euros", "£3.5mn", "₹25 crore",
// "₹40 crore", "JPY 800 million", "CA$7.5M", "A$25 million", "US$20 million", "12 million dollars";
// amounts undisclosed (a seed "has been funded … did not disclose the amount", a strategic investment
// "of an undisclosed amount"); names that are common words or phrases ("Pip", "Brisk", "Snowmelt",
// "Second Shift", "Cartwheel"), with digits ("9Lives Robotics", "Forty7") or a dot ("Shiplog.io");
// leads as "led by", "co-led by", "with X leading", "X led the round", "headed by", "X and Y led
// the round", "anchored by", "The round, which was led by X, also included …", "Lead: X", "X led
// it" (spoken), "led by new investor X"; participants after "with participation from", "also
// joined", "Also in:", "existing investors including … came back in", "from X and Y" (no lead);
// public bodies participating (Scottish National Investment Bank, Bpifrance); a debt facility; traps
// beside the rounds (valuations, hardware backlogs to be debt-financed, pesos drawn, fees, a
// founder "funded by its founders" in the same feature, a bigger round turned down, an earlier
// Series A). In-talks: a newsletter's "We hear X is raising … expected to lead … hasn't closed"; "in
// talks to raise about $150 million … would value it at roughly $2 billion … set to lead"; a UK
// "seeking to raise £20m … hired an adviser" with no lead; an HN-style title "in advanced talks to
// raise €50M Series B led by X".
// Distractors: a football club's record transfer fee (and "raised £9 million from the sale" of a
// player); a city council's budget that "raises the property tax"; a central bank that "raised its
// cash rate"; a delivery startup's wage-lawsuit settlement (with its 2024 Series C); quarterly
// earnings that "raised its guidance"; a streaming service that raises prices; a flood appeal that
// "raised £2m"; a state government's road "investment"; an ASX-listed company's share placement to
// fund the acquisition of a venture-backed startup (kind 'acquisition'); an employee tender offer
// "led by" an investor group; a public pension raising its VC allocation and committing to two
// named funds; a VC firm hiring a partner and mentioning its fourth fund; a startup's layoffs
// "eight months after … $40 million Series B"; an acquisition of a startup "which had raised"; an
// IPO pricing with the last private valuation (kind 'ipo'); a SPAC merger with trust-account
// proceeds (kind 'ipo'); a token's market cap with its foundation's old token sale; a retailer's
// debt restructuring with "new financing" from lenders "led by" a credit fund; a university
// endowment's venture returns naming a portfolio company's round; a listed company "worth $48
// billion after shares jump"; a data provider's total of AI funding naming the two largest deals; a
// VC fund's close (kind 'fund_close') that "will lead Series A rounds"; an "Ask HN"-style thread
// about raising a seed; a listed food maker that "raised $500 million in bond sale". Past financing
// mentioned as background is listed in `prior`.
// Conventions (those of checks.ts, unseen-blind12.ts and unseen-blind14.ts): company as the text
// names it ("Calderwood Therapeutics, Inc." is "Calderwood Therapeutics"; "Shiplog.io" keeps its
// dot); amount in the currency first stated (ISO code when not USD): "₹25 crore" is 2.5e8 INR,
// "JPY 800 million" 8e8 JPY, "CA$7.5M" 7.5e6 CAD, "A$25 million" 2.5e7 AUD, "US$20 million" and
// "12 million dollars" USD; `lead` only where the text says who led, co-led, headed or anchored the
// round (or, in talks, who is set/expected to lead or leads the round under negotiation); `other`
// for named participants. Round types: a pre-Series A and a stage-less "new round" are 'unknown';
// a debt facility is 'debt' at its size; a corporate's "strategic investment of an undisclosed
// amount" is 'strategic' with amount null. An aggregator river or Deals list with several rounds
// is one text with several rounds; its IPO, guidance and fund-close lines are not rounds. An IPO,
// a SPAC's trust proceeds, a tender offer, a share placement, a lenders' new financing, a bond
// sale, a token sale and a fund's close are never rounds. The podcast guest's seed "last month"
// and the interview's Series B "a week" before are labelled as rounds ('round'), the newsletter's
// "We hear … is raising" as 'in_talks'. Labelled by hand; a reader of each text should agree with
// every label.
// First look (2026-12-07 11:10, no rule changed for it; the same before and after the first fixes
// for unseen-blind15.ts): company F1 0.767 (P 0.74 / R 0.79), amount 100 %, type 100 %, lead F1
// 0.769, 6 false rounds (a fund close whose headline names the Series A rounds it will back, a
// charity appeal, a pension fund raising its allocation, a bond sale's orders, a report's two
// largest deals) + 2 wrong names ("Shift" for "Second Shift", "Frostline" for "Frostline Health").
// After the fixes (blind15-ways.test.ts): 0.947 · 100 % · 100 % · 0.941 · 0 false rounds + 1 wrong
// name ("Shift"); still missed: a Q&A's answer. A measurement, not a test: unseen.test.ts does not
// assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND16: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub16-01',
    style: 'wire',
    phenomenon: 'wire_one_sentence,bags_verb,led_by,company_said_on_monday,series_a',
    title: 'Restaurant payroll startup Fernfold bags $12M Series A',
    text: 'Fernfold, a London startup that runs payroll and tip-sharing for restaurants and bars, has bagged $12 million in a Series A round led by Kestrel Rock Ventures, the company said on Monday.',
    kind: 'round',
    rounds: [{ company: 'Fernfold', amount: 12e6, roundType: 'series_a', lead: ['Kestrel Rock Ventures'] }],
  },
  {
    id: 'ub16-02',
    style: 'roundup',
    phenomenon: 'aggregator_single_line,outlet_domain_in_parentheses,eur_m_suffix,no_stage,no_lead,unknown_type',
    source: 'Daybook (tech news aggregator)',
    text: 'Mossbank raises €8m to automate customs paperwork for EU exporters (tradetechbrief.com)',
    kind: 'round',
    rounds: [{ company: 'Mossbank', amount: 8e6, currency: 'EUR', roundType: 'unknown' }],
  },
  {
    id: 'ub16-03',
    style: 'roundup',
    phenomenon:
      'aggregator_river,multi_round,nabs_verb,from_a_and_b_no_lead,ipo_pricing_line_trap,raises_guidance_line_trap,outlet_domain_in_parentheses,series_b,seed',
    source: 'Daybook (tech news aggregator)',
    text:
      'Nimbuscale nabs $30M Series B led by Orchard Gate Partners for software that trims cloud GPU bills (thestackletter.com)\n' +
      'Harrowfield Semiconductor prices IPO at $21 a share, above its range, raising $480M (marketsmorning.com)\n' +
      'Ledgerpine raises $4.5M seed from Foxglove Fund and Pinecrest Angels to do the books for dental practices (founderfeed.net)\n' +
      'Saltmarsh Brands raises full-year sales guidance as snack volumes recover (consumerdesk.com)',
    kind: 'round',
    rounds: [
      { company: 'Nimbuscale', amount: 30e6, roundType: 'series_b', lead: ['Orchard Gate Partners'] },
      { company: 'Ledgerpine', amount: 4.5e6, roundType: 'seed', other: ['Foxglove Fund', 'Pinecrest Angels'] },
    ],
  },
  {
    id: 'ub16-04',
    style: 'roundup',
    phenomenon:
      'newsletter_deals_bullets,multi_round,co_led_by,lead_label,also_in_label,common_word_name,name_starting_with_digit,inr_crore_symbol,eur_m_suffix,fund_close_bullet_trap,series_b,seed,series_a',
    title: 'Deals',
    source: 'Threadline Daily (newsletter)',
    text:
      'Deals\n\n' +
      '• Orrery Health (Boston; remote cardiac rehab) raised a $22M Series B co-led by Harbor Ledge Capital and Tamsin Ventures.\n' +
      '• Pip (Dublin; a pocket-money app for teenagers) picked up a €3.5M seed. Lead: Liffey Arch Partners. Also in: Howth Angels.\n' +
      '• 9Lives Robotics (Pune; robots that sort recyclables at municipal depots) raised ₹40 crore in a Series A led by Sahyadri Capital.\n' +
      '• Funds: Lantern Hill Capital closed its third fund at $250M; it will lead Series A rounds in vertical software.',
    kind: 'round',
    rounds: [
      {
        company: 'Orrery Health',
        amount: 22e6,
        roundType: 'series_b',
        lead: ['Harbor Ledge Capital', 'Tamsin Ventures'],
      },
      {
        company: 'Pip',
        amount: 3.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Liffey Arch Partners'],
        other: ['Howth Angels'],
      },
      { company: '9Lives Robotics', amount: 400e6, currency: 'INR', roundType: 'series_a', lead: ['Sahyadri Capital'] },
    ],
  },
  {
    id: 'ub16-05',
    style: 'blog',
    phenomenon: 'hn_style_title,points_comments_line,name_with_dot,domain_in_parentheses,no_lead,seed',
    source: 'Linkboard (front page)',
    text:
      'Shiplog.io raises $5M seed to make Postgres schema migrations boring (shiplog.io)\n' +
      '318 points by mkessler 6 hours ago | 142 comments',
    kind: 'round',
    rounds: [{ company: 'Shiplog.io', amount: 5e6, roundType: 'seed' }],
  },
  {
    id: 'ub16-06',
    style: 'blog',
    phenomenon:
      'company_blog_post,first_person_plural,announcing_in_title,the_round_was_led_by,seed_investors_also_joining,board_seat,visits_count_trap,series_a',
    title: 'Announcing our $18M Series A',
    source: 'Wrenfield blog',
    text:
      'Today we’re announcing that Wrenfield has raised $18 million in Series A funding. ' +
      'The round was led by Calloway Peak, with our seed investors Ninebark Ventures and Ostler Fund also joining. ' +
      'Simone Achterberg, a partner at Calloway Peak, joins our board.\n\n' +
      'When we started Wrenfield three years ago, home-care agencies were scheduling 400 caregivers with a whiteboard and a group chat. ' +
      'Today more than 260 agencies in 14 states run their week on Wrenfield, and caregivers using our app logged 3.1 million visits last year.\n\n' +
      'We’ll use the money to build payroll into the product, open our first office in Phoenix and, frankly, answer support tickets faster. We’re hiring — see our careers page.\n\n' +
      '— Tomás Echeverría, co-founder and CEO',
    kind: 'round',
    rounds: [
      {
        company: 'Wrenfield',
        amount: 18e6,
        roundType: 'series_a',
        lead: ['Calloway Peak'],
        other: ['Ninebark Ventures', 'Ostler Fund'],
      },
    ],
  },
  {
    id: 'ub16-07',
    style: 'business',
    phenomenon:
      'long_feature,round_in_middle_paragraph,gbp_mn_suffix,headed_by,installers_also_investing,funded_by_founders_trap,other_startup_no_round,seed',
    title: 'Britain wants heat pumps in every street. Who is going to fit them?',
    source: 'The Weekend Business Review',
    text:
      'On a wet Thursday morning in Swindon, six trainees crowd around a heat pump bolted to a plywood rig, taking turns to bleed air out of a radiator circuit. ' +
      'Four months ago, two of them were delivery drivers and one sold phone contracts.\n\n' +
      'Ministers want hundreds of thousands of heat pumps fitted every year by the end of the decade, but installers say the constraint is no longer the hardware or even the grants: it is people. ' +
      'A typical installation still needs a surveyor’s visit, a heat-loss calculation done by hand and two or three days of a qualified fitter’s time, and there are not enough qualified fitters.\n\n' +
      'A handful of startups think they can help. Fitwell Academy, which runs the Swindon course, charges installers a placement fee for each graduate they hire and has so far been funded by its founders. ' +
      'Bristol-based Coilhouse is attacking the problem from the other end: its app designs a heating system from a ten-minute phone scan of a house, a job that usually takes a surveyor most of a day. ' +
      'Coilhouse last week closed a £3.5mn seed round headed by Severn Arch Ventures, with Mendip Seed and a group of installers also investing, and says 180 installation firms already use its software.\n\n' +
      '“A scan can tell you the size of a room, not whether the loft insulation is rotten,” said Gary Pinnock, who runs a six-person installation firm in Stroud. ' +
      'Still, he admits that paperwork is what keeps him at his desk until nine at night.\n\n' +
      'Back in Swindon, the trainees have moved on to wiring the controls. Most of them, their instructor says, will have job offers before they finish.',
    kind: 'round',
    rounds: [
      {
        company: 'Coilhouse',
        amount: 3.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Severn Arch Ventures'],
        other: ['Mendip Seed'],
      },
    ],
  },
  {
    id: 'ub16-08',
    style: 'business',
    phenomenon:
      'qa_interview,ceo_states_amount_in_answer,aud_prefix,x_led_it_spoken,existing_investors_including_came_back,hardware_backlog_trap,project_debt_trap,series_b',
    title: 'Five minutes with Harriet Okafor, Gumnut Energy',
    source: 'Harbourside Tech (Sydney)',
    text:
      'Gumnut Energy installs and runs shared batteries in apartment blocks so that tenants can use the building’s rooftop solar after dark. ' +
      'We spoke to co-founder and chief executive Harriet Okafor a week after the Melbourne company closed its Series B.\n\n' +
      'Q: Congratulations on the round. How much did you raise?\n' +
      'A: A$25 million. Wattlebird Capital led it, and existing investors including Yarra Bend Ventures and Southbank Climate Fund came back in, which meant a lot to us.\n\n' +
      'Q: Why raise now?\n' +
      'A: Strata committees finally trust us. We’re in 140 buildings, and another 300 have voted yes and are waiting for installs. That backlog is about A$60 million of hardware.\n\n' +
      'Q: Will the round pay for that?\n' +
      'A: No, the batteries will be financed with project debt. The equity is for people and software.\n\n' +
      'Q: What keeps you up at night?\n' +
      'A: Electricians. There aren’t enough of them.',
    kind: 'round',
    rounds: [
      {
        company: 'Gumnut Energy',
        amount: 25e6,
        currency: 'AUD',
        roundType: 'series_b',
        lead: ['Wattlebird Capital'],
        other: ['Yarra Bend Ventures', 'Southbank Climate Fund'],
      },
    ],
  },
  {
    id: 'ub16-09',
    style: 'blog',
    phenomenon: 'podcast_show_notes,picked_up_last_month,with_x_leading,turned_down_bigger_round_trap,chapter_timestamps,seed',
    title: 'Episode 212: Keeping vaccines cold off the grid',
    source: 'The Field Notes Podcast',
    text:
      'This week we’re joined by Dr. Ifeoma Adeyemi, co-founder of Frostline Health, which builds solar-powered vaccine fridges for rural clinics in Nigeria and Ghana. ' +
      'Frostline picked up $9 million in seed funding last month, with Lagos-based Ikoyi Gate Ventures leading, and Ifeoma tells us why she turned down a bigger round from a US fund.\n\n' +
      'We also get into why most donated fridges break within three years, what a clinic in Kano spends on diesel, and why Frostline sells its fridges as a monthly service.\n\n' +
      'Chapters: 00:00 Intro · 03:12 The broken-fridge problem · 18:40 Raising in Lagos vs. San Francisco · 41:05 What’s next\n\n' +
      'Field Notes is supported by listeners like you. Subscribe wherever you get your podcasts.',
    kind: 'round',
    rounds: [{ company: 'Frostline Health', amount: 9e6, roundType: 'seed', lead: ['Ikoyi Gate Ventures'] }],
  },
  {
    id: 'ub16-10',
    style: 'business',
    phenomenon: 'company_named_only_in_title,common_word_name,nabs_verb,the_startup_in_body,co_led_by,spokesperson_said,seed',
    title: 'Snowmelt nabs $6M to forecast spring floods for insurers',
    text:
      'The Boise, Idaho-based startup combines snowpack readings from mountain sensors with weather models to predict river flooding up to three weeks ahead, and sells the forecasts to insurers and water utilities. ' +
      'The seed round was co-led by Sawtooth Ridge Capital and Owyhee Ventures, a spokesperson said on Monday.\n\n' +
      'The company says its forecasts now cover 38 river basins across the western US.',
    kind: 'round',
    rounds: [
      {
        company: 'Snowmelt',
        amount: 6e6,
        roundType: 'seed',
        lead: ['Sawtooth Ridge Capital', 'Owyhee Ventures'],
      },
    ],
  },
  {
    id: 'ub16-11',
    style: 'business',
    phenomenon:
      'passive_voice,amount_before_name,has_been_secured_by,public_body_participant,also_invested,projects_count_trap,series_a',
    title: 'Glasgow grid-software firm Helmsley Grid secures $14 million',
    text:
      'A $14 million Series A round has been secured by Helmsley Grid, the Glasgow company whose software lets electricity network operators connect new solar farms and EV chargers without years of waiting for upgrades. ' +
      'The round was led by Clydeside Ventures, and Kelvingrove Capital and the Scottish National Investment Bank also invested.\n\n' +
      'Helmsley Grid says its software has helped connect more than 3,000 projects in Scotland and the north of England since 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Helmsley Grid',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Clydeside Ventures'],
        other: ['Kelvingrove Capital', 'Scottish National Investment Bank'],
      },
    ],
  },
  {
    id: 'ub16-12',
    style: 'business',
    phenomenon:
      'french_regional_outlet_english,million_euros_words,the_round_which_was_led_by,also_included,public_bank_participant,orchard_count_trap,seed',
    title: 'Lyon agritech Orchardly raises 2.2 million euros',
    source: 'Rhône Tech Hebdo (English edition)',
    text:
      'Orchardly, a Lyon start-up whose camera traps count codling moths and other orchard pests, has closed a seed round of 2.2 million euros. ' +
      'The round, which was led by Lyon-based Bastide Capital, also included Bpifrance and a group of fruit growers from the Drôme.\n\n' +
      'Orchardly’s traps are installed in 900 orchards in France and Spain, and growers who use them spray about a third less insecticide, the company says. It plans to hire ten people this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Orchardly',
        amount: 2.2e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Bastide Capital'],
        other: ['Bpifrance'],
      },
    ],
  },
  {
    id: 'ub16-13',
    style: 'business',
    phenomenon:
      'indian_startup_outlet,rupee_symbol_crore,anchored_by,pre_series_a,existing_investors_also_joined,mills_count_trap,unknown_type',
    title: 'Dhaaga Labs raises ₹25 crore in pre-Series A round anchored by Malabar Hill Ventures',
    source: 'StartupSutra Daily',
    text:
      'Bengaluru-based Dhaaga Labs, which makes software that tracks yarn and fabric lots through textile mills, has raised ₹25 crore in a pre-Series A round anchored by Malabar Hill Ventures. ' +
      'Existing investors Cubbon Park Capital and Indiranagar Angels also joined the round, the company said on Tuesday.\n\n' +
      'The startup works with 70 mills in Tamil Nadu and Gujarat and says it helps them cut rejected export shipments. It will use the money to build an AI quality-inspection module.',
    kind: 'round',
    rounds: [
      {
        company: 'Dhaaga Labs',
        amount: 250e6,
        currency: 'INR',
        roundType: 'unknown',
        lead: ['Malabar Hill Ventures'],
        other: ['Cubbon Park Capital', 'Indiranagar Angels'],
      },
    ],
  },
  {
    id: 'ub16-14',
    style: 'business',
    phenomenon: 'japanese_outlet_english,jpy_code_prefix,secures_verb,with_x_leading,also_participated,robot_count_trap,series_a',
    title: 'Kamikawa Robotics secures JPY 800 million in Series A',
    source: 'Nihon Startup Report (English)',
    text:
      'Kamikawa Robotics, a Sapporo-based developer of robots that clear snow from the roofs of houses and warehouses, has secured JPY 800 million in a Series A round, with Sumida Bridge Capital leading. ' +
      'Hakodate Regional Growth Fund and Tokachi Mirai Partners also participated.\n\n' +
      'The company has leased 120 robots to municipalities and building managers in Hokkaido and plans to start sales in Niigata and Aomori next winter.',
    kind: 'round',
    rounds: [
      {
        company: 'Kamikawa Robotics',
        amount: 800e6,
        currency: 'JPY',
        roundType: 'series_a',
        lead: ['Sumida Bridge Capital'],
        other: ['Hakodate Regional Growth Fund', 'Tokachi Mirai Partners'],
      },
    ],
  },
  {
    id: 'ub16-15',
    style: 'business',
    phenomenon:
      'canadian_regional_outlet,cad_ca_dollar_prefix,m_suffix,scores_verb,common_word_name,x_led_the_round,with_participation_from,percentage_trap,seed',
    title: 'Halifax’s Brisk scores CA$7.5M to speed up ferry boarding',
    source: 'Atlantic Business Beat',
    text:
      'Brisk, a Halifax startup whose licence-plate cameras and app let ferry operators board vehicles without ticket booths, has scored CA$7.5M in seed funding. ' +
      'Bedford Basin Ventures led the round, with participation from Fundy Tide Capital and Sackville Street Angels.\n\n' +
      'Brisk says its system is used at 11 terminals in Nova Scotia, New Brunswick and Maine and has cut average boarding times by 40%.',
    kind: 'round',
    rounds: [
      {
        company: 'Brisk',
        amount: 7.5e6,
        currency: 'CAD',
        roundType: 'seed',
        lead: ['Bedford Basin Ventures'],
        other: ['Fundy Tide Capital', 'Sackville Street Angels'],
      },
    ],
  },
  {
    id: 'ub16-16',
    style: 'business',
    phenomenon: 'has_been_funded,amount_undisclosed,amount_null,led_by,closes_in_title,seed',
    title: 'Lanternfish closes seed round to map the seabed for offshore wind',
    text:
      'Lanternfish, a Lisbon-based startup that uses autonomous boats to survey the seabed for offshore wind developers, has been funded in a seed round led by Tagus Deep Ventures. ' +
      'The company did not disclose the amount.\n\n' +
      'Co-founder Rita Valadares said the money would pay for a second survey boat and a small team in Aberdeen. Lanternfish has already surveyed sites for two floating wind projects off Portugal.',
    kind: 'round',
    rounds: [{ company: 'Lanternfish', amount: null, roundType: 'seed', lead: ['Tagus Deep Ventures'] }],
  },
  {
    id: 'ub16-17',
    style: 'business',
    phenomenon:
      'singapore_outlet,us_dollar_prefix,name_with_digits,picks_up_verb,x_and_y_led_the_round,existing_investors_also_joined,earlier_series_a_same_company,shipments_trap,series_b',
    title: 'Forty7 picks up US$20 million Series B to digitise freight forwarding',
    source: 'Straits Startup Journal',
    text:
      'Singapore-based Forty7, which sells booking and customs software to small freight forwarders, has picked up US$20 million in a Series B round. ' +
      'Merbau Capital and Jurong Hill Partners led the round; existing investors Kallang Ventures and Tiong Bahru Seed also joined.\n\n' +
      'The company, founded in 2021, says more than 1,800 forwarders in Singapore, Malaysia, Thailand and Vietnam use its software to handle about 60,000 shipments a month. ' +
      'Forty7 previously raised US$6 million in a Series A in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Forty7',
        amount: 20e6,
        roundType: 'series_b',
        lead: ['Merbau Capital', 'Jurong Hill Partners'],
        other: ['Kallang Ventures', 'Tiong Bahru Seed'],
      },
    ],
  },
  {
    id: 'ub16-18',
    style: 'business',
    phenomenon:
      'two_word_phrase_name,lands_verb,led_by,founders_of_staffing_companies_unnamed,markup_percentage_trap,nurse_count_trap,seed',
    title: 'Second Shift lands $9M seed to put retired nurses back on the rota',
    text:
      'Second Shift, a Philadelphia startup that matches retired and semi-retired nurses with hospitals that need cover for short shifts, has landed $9 million in seed funding led by Schuylkill Point Ventures. ' +
      'Rittenhouse Angels and the founders of two staffing companies also invested.\n\n' +
      'Hospitals pay Second Shift a flat fee per shift rather than the 40% markups charged by travel-nurse agencies, co-founder Gloria Abernathy said. ' +
      'About 2,300 nurses have signed up since the service launched in September.',
    kind: 'round',
    rounds: [
      {
        company: 'Second Shift',
        amount: 9e6,
        roundType: 'seed',
        lead: ['Schuylkill Point Ventures'],
        other: ['Rittenhouse Angels'],
      },
    ],
  },
  {
    id: 'ub16-19',
    style: 'press',
    phenomenon:
      'pr_wire_release,completes_verb,inc_suffix,led_by_new_investor,existing_investors_including_abc,drug_code_trap,about_boilerplate,hash_ending,series_c',
    title: 'Calderwood Therapeutics Completes $60 Million Series C Financing',
    source: 'NewsRelay Wire',
    text:
      'SAN DIEGO, March 10, 2026 /NewsRelay Wire/ -- Calderwood Therapeutics, Inc., a clinical-stage biotechnology company developing oral treatments for inflammatory skin disease, today announced the completion of a $60 million Series C financing led by new investor Torrey Mesa Capital. ' +
      'Existing investors including Point Loma Bioventures, Cardiff Reef Partners and Sorrento Gap Fund also participated.\n\n' +
      'Proceeds will fund a Phase 2b trial of CWT-211 in moderate-to-severe hidradenitis suppurativa, with data expected in 2027.\n\n' +
      '“This financing carries us through our next major readout,” said Dr. Lena Marchetti, President and Chief Executive Officer of Calderwood.\n\n' +
      'About Calderwood Therapeutics\n' +
      'Calderwood Therapeutics is a privately held biotechnology company based in San Diego.\n\n' +
      '###',
    kind: 'round',
    rounds: [
      {
        company: 'Calderwood Therapeutics',
        amount: 60e6,
        roundType: 'series_c',
        lead: ['Torrey Mesa Capital'],
        other: ['Point Loma Bioventures', 'Cardiff Reef Partners', 'Sorrento Gap Fund'],
      },
    ],
  },
  {
    id: 'ub16-20',
    style: 'business',
    phenomenon:
      'debt_facility,picks_up_verb,eur_m_suffix,credit_fund_provider,earlier_series_a_with_lead_same_company,rooftops_count_trap,debt',
    title: 'Solvanta picks up €25m debt facility for supermarket rooftop solar',
    text:
      'Madrid-based Solvanta, which installs and operates solar panels on the roofs of supermarkets and warehouses and sells them the power, has picked up a €25 million debt facility from Castellana Infrastructure Credit.\n\n' +
      'The company will use the facility to finance about 60 rooftop systems over the next two years. Solvanta raised a €7 million Series A led by Retiro Ventures in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Solvanta',
        amount: 25e6,
        currency: 'EUR',
        roundType: 'debt',
        other: ['Castellana Infrastructure Credit'],
      },
    ],
  },
  {
    id: 'ub16-21',
    style: 'business',
    phenomenon:
      'mexican_outlet_english,million_dollars_words,pulls_in_title,x_led_the_round,also_participated,pesos_drawn_trap,fee_trap,series_a',
    title: 'Mexican fintech Cuentalia pulls in 12 million dollars for payday advances',
    source: 'Valle de México Negocios (English edition)',
    text:
      'Cuentalia, a Mexico City fintech that lets factory and retail workers draw part of their wages before payday, raised 12 million dollars in a Series A round. ' +
      'Chapultepec Ventures led the round, and Monterrey-based Cerro de la Silla Capital and Ameyal Fund also participated, the company said on Monday.\n\n' +
      'Cuentalia works with 140 employers and says workers have drawn 1.9 billion pesos through its app since 2023. It charges a flat fee of 39 pesos per advance.',
    kind: 'round',
    rounds: [
      {
        company: 'Cuentalia',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Chapultepec Ventures'],
        other: ['Cerro de la Silla Capital', 'Ameyal Fund'],
      },
    ],
  },
  {
    id: 'ub16-22',
    style: 'business',
    phenomenon:
      'gets_strategic_investment,undisclosed_amount,amount_null,listed_corporate_investor,commercial_partnership,earlier_seed_same_company,fuel_percentage_trap,strategic',
    title: 'Driftmark gets strategic investment from shipbuilder Okanoura Heavy Industries',
    text:
      'Driftmark, a Rotterdam startup whose sensors measure fuel burn and engine wear on cargo ships, has received a strategic investment of an undisclosed amount from Okanoura Heavy Industries, the Tokyo-listed shipbuilder. ' +
      'The two companies will offer Driftmark’s monitoring to owners of Okanoura-built bulk carriers from next year.\n\n' +
      'Driftmark says its customers cut fuel use by up to 6%. It previously raised €4 million in seed funding from Maasvlakte Ventures.',
    kind: 'round',
    rounds: [{ company: 'Driftmark', amount: null, roundType: 'strategic', other: ['Okanoura Heavy Industries'] }],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub16-23',
    style: 'roundup',
    phenomenon:
      'in_talks,newsletter_first_person_plural,we_hear_is_raising,expected_to_lead,has_not_closed,vc_partner_hire_item_trap,fund_size_trap,series_a',
    title: 'What we’re hearing',
    source: 'The Backchannel (newsletter)',
    text:
      'What we’re hearing\n\n' +
      'We hear Pellucid, the Austin startup that checks construction drawings against building codes, is raising a $25M Series A, and that Bramblecote Partners is expected to lead. ' +
      'The round hasn’t closed, and Pellucid didn’t answer our email.\n\n' +
      'Also on our radar: Fenhallow Capital has hired Rosa Iglesias, formerly of a Madrid growth fund, as a partner. Fenhallow closed its $180M second fund last year.\n\n' +
      'See you Thursday.',
    kind: 'in_talks',
    rounds: [{ company: 'Pellucid', amount: 25e6, roundType: 'series_a', lead: ['Bramblecote Partners'] }],
  },
  {
    id: 'ub16-24',
    style: 'wire',
    phenomenon:
      'in_talks,common_word_name,in_talks_to_raise,would_value_it_at,valuation_trap,set_to_lead,people_familiar,earlier_valuation_trap,unknown_type',
    title: 'AI lease-drafting startup Cartwheel in talks to raise at $2 billion valuation',
    text:
      'Cartwheel, which sells AI software that drafts and checks commercial leases for property firms, is in talks to raise about $150 million in a new round that would value it at roughly $2 billion, according to people familiar with the matter. ' +
      'Westmarch Growth is set to lead the investment, the people said, asking not to be identified because the talks are private.\n\n' +
      'Terms could still change. Cartwheel was valued at $600 million when it raised its Series B last year.',
    kind: 'in_talks',
    rounds: [{ company: 'Cartwheel', amount: 150e6, roundType: 'unknown', lead: ['Westmarch Growth'] }],
  },
  {
    id: 'ub16-25',
    style: 'business',
    phenomenon: 'in_talks,uk_business_page,seeking_to_raise,gbp_m_suffix,hired_adviser,no_lead_mentioned,spin_out,series_a',
    title: 'Cambridge quantum-sensing spin-out Fennix seeks £20m',
    text:
      'Fennix, a Cambridge spin-out building quantum magnetometers that find leaks in buried water pipes, is seeking to raise £20m in a Series A, according to two people close to the company. ' +
      'It has hired an adviser to run the process and hopes to close the round by the summer.\n\n' +
      'Fennix, which is running trials with three water companies, declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Fennix', amount: 20e6, currency: 'GBP', roundType: 'series_a' }],
  },
  {
    id: 'ub16-26',
    style: 'blog',
    phenomenon: 'in_talks,hn_style_title,points_comments_line,in_advanced_talks,led_by_in_pending_deal,eur_m_suffix,series_b',
    source: 'Linkboard (front page)',
    text:
      'Trundle Robotics in advanced talks to raise €50M Series B led by Fjordline Capital (tidingsdaily.com)\n' +
      '96 points by orbitalmech 3 hours ago | 57 comments',
    kind: 'in_talks',
    rounds: [{ company: 'Trundle Robotics', amount: 50e6, currency: 'EUR', roundType: 'series_b', lead: ['Fjordline Capital'] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub16-27',
    style: 'wire',
    phenomenon: 'football_transfer_fee,club_record,add_ons,raised_from_player_sale_trap,reinvested_trap',
    title: 'Castlebrook United sign winger Rafferty for club-record £14m',
    text:
      'Castlebrook United have signed winger Declan Rafferty from Harwood Athletic for a club-record fee of £14 million, rising to £17 million with add-ons. ' +
      'The 23-year-old has agreed a five-year contract. ' +
      'The club raised £9 million from the sale of striker Jonas Veldt to a Dutch side last summer and said the money would be reinvested in the squad.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-28',
    style: 'business',
    phenomenon: 'city_budget,raises_property_tax,fund_to_invest_trap,budget_gap,public_body',
    title: 'Tacoma council approves $1.9 billion budget, raises property tax 3%',
    text:
      'The Tacoma City Council on Monday approved a $1.9 billion two-year budget that raises the property tax levy by 3% and sets aside $40 million for a new fund to invest in affordable housing. ' +
      'Council members also voted to raise parking fees downtown. The mayor said the budget closes a $28 million gap without layoffs.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-29',
    style: 'wire',
    phenomenon: 'central_bank_rate_decision,raised_cash_rate,basis_points,currency_move,public_body',
    title: 'RBA raises cash rate to 3.85%',
    text:
      'The Reserve Bank of Australia raised its cash rate by 25 basis points to 3.85% on Tuesday, saying inflation had proved stickier than it expected. ' +
      'Markets had priced in a roughly 60% chance of a rise. The Australian dollar climbed 0.4% to 66.8 US cents after the decision.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-30',
    style: 'business',
    phenomenon: 'lawsuit_settlement,class_action,court_filing,background_series_c_with_lead,no_admission',
    title: 'Parcelhawk to pay $8.5 million to settle drivers’ wage lawsuit',
    text:
      'Parcelhawk, the same-day delivery startup, has agreed to pay $8.5 million to settle a class-action lawsuit brought by drivers in California who said they were wrongly classed as contractors, according to a court filing on Monday. ' +
      'The settlement still needs a judge’s approval. ' +
      'Parcelhawk, which raised a $70 million Series C led by Dunmore Ridge in 2024, did not admit wrongdoing.',
    kind: 'other',
    rounds: [],
    prior: ['Parcelhawk'],
  },
  {
    id: 'ub16-31',
    style: 'wire',
    phenomenon: 'quarterly_earnings,raised_its_guidance,listed_company,revenue_trap,after_hours_shares',
    title: 'Brackwell Systems beats estimates, raises full-year guidance',
    text:
      'Brackwell Systems, the Nasdaq-listed maker of warehouse software, reported fourth-quarter revenue of $412 million, up 19% from a year earlier, and raised its guidance for fiscal 2026 to between $1.78 billion and $1.82 billion. ' +
      'Shares rose 9% in after-hours trading. Chief executive Maureen Tully said orders from grocery chains had been stronger than expected.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-32',
    style: 'business',
    phenomenon: 'raises_prices,subscription_price_trap,subscriber_count',
    title: 'Streamvale raises price of ad-free plan by $2',
    text:
      'Streamvale, the video streaming service, is raising the price of its ad-free plan in the US by $2 to $17.99 a month from April, the company said on Monday, its second increase in 18 months. ' +
      'The ad-supported tier stays at $8.99. Streamvale said it added 2.1 million subscribers in the fourth quarter.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-33',
    style: 'business',
    phenomenon: 'charity_appeal_raised,gbp_m_suffix,donations,corporate_gift_trap,grants_per_household',
    title: 'Calder Valley flood appeal raises £2m in a week',
    text:
      'An appeal for families hit by flooding in the Calder Valley has raised £2m in its first week, the Pennine Community Trust said on Monday. ' +
      'Donations came from more than 30,000 people and several local businesses, including a £250,000 gift from a Hebden Bridge building firm. ' +
      'Grants of up to £1,500 per household will be paid from next week.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-34',
    style: 'business',
    phenomenon: 'government_road_investment,state_will_invest,aud_prefix,tender_trap,public_body',
    title: 'Queensland to invest A$3.2 billion in regional roads',
    text:
      'The Queensland Government will invest A$3.2 billion over five years to upgrade regional highways, the state’s transport minister said on Monday. ' +
      'The investment includes A$900 million for the Bruce Highway and A$400 million to flood-proof bridges in the state’s north. Construction firms will be invited to tender from July.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-35',
    style: 'business',
    phenomenon:
      'listed_company_share_placement,raises_aud_placement,fund_acquisition,retail_share_purchase_plan,target_background_series_b_with_lead',
    title: 'Mercator Health raises A$150m to fund Kindred Clinics takeover',
    text:
      'ASX-listed Mercator Health has raised A$150 million in a fully underwritten share placement to institutional investors to help pay for its A$310 million acquisition of Brisbane telehealth company Kindred Clinics. ' +
      'The new shares were priced at A$4.20, a 6.5% discount to Mercator’s last close, and a further A$20 million will be offered to existing retail shareholders.\n\n' +
      'Kindred Clinics, founded in 2019, had raised A$45 million from venture investors, most recently in a Series B led by Moreton Bay Ventures in 2024.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Kindred Clinics'],
  },
  {
    id: 'ub16-36',
    style: 'business',
    phenomenon: 'employee_tender_offer,investor_group_led_by_trap,no_new_money,price_vs_series_d,background_series_d',
    title: 'Cartonly lets staff sell up to $200M of shares in tender offer',
    text:
      'Cartonly, the San Francisco maker of design software for product packaging, will let current and former employees sell up to $200 million of their shares to a group of investors led by Presidio Crest in a tender offer at $31 a share, the company told staff on Monday. ' +
      'The price is 10% above what investors paid in Cartonly’s $120 million Series D last June. No new money goes to the company.',
    kind: 'other',
    rounds: [],
    prior: ['Cartonly'],
  },
  {
    id: 'ub16-37',
    style: 'business',
    phenomenon: 'pension_fund_vc_allocation,commitments_to_named_funds_trap,portfolio_size,public_pension',
    title: 'Teachers’ pension to raise venture capital allocation to 4%',
    text:
      'The Lakeshore Teachers’ Retirement System will raise its allocation to venture capital to 4% of its $62 billion portfolio from 2.5%, its board voted on Monday, committing about $900 million to new venture funds over three years. ' +
      'The pension said it would favour funds that invest in early-stage companies in the Midwest, and named Prairie Fold Capital and Driftless Ventures as the first managers to receive commitments, of $75 million each.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-38',
    style: 'business',
    phenomenon: 'vc_partner_hire,will_lead_investments_trap,last_fund_size,portfolio_names,founder_exit_background',
    title: 'Rookwood Ventures hires payments founder Amara Lindqvist as partner',
    text:
      'Rookwood Ventures has hired Amara Lindqvist, co-founder of the payments company Tillpoint, as a general partner, the firm said on Monday. ' +
      'Lindqvist will lead Rookwood’s fintech investments from its New York office. ' +
      'The firm closed its fourth fund at $340 million last year and has backed companies including Ferrow and Caskfield. ' +
      'Tillpoint was sold to a regional bank in 2024 after raising $60 million.',
    kind: 'other',
    rounds: [],
    prior: ['Tillpoint'],
  },
  {
    id: 'ub16-39',
    style: 'business',
    phenomenon: 'startup_layoffs,months_after_raise,background_series_b_with_lead,internal_memo,staff_percentage',
    title: 'Crateline cuts a quarter of staff eight months after $40M raise',
    text:
      'Crateline, the Chicago startup that rents reusable shipping crates to online retailers, laid off about 60 people, roughly a quarter of its staff, on Monday, according to an internal memo seen by this publication. ' +
      'The cuts come eight months after Crateline raised a $40 million Series B led by Halsted Row Capital. ' +
      'Chief executive Ben Okoro wrote that the company needed to “get to profitability on the money we already have.”',
    kind: 'other',
    rounds: [],
    prior: ['Crateline'],
  },
  {
    id: 'ub16-40',
    style: 'business',
    phenomenon: 'acquisition_of_startup,which_had_raised,investors_including_trap,undisclosed_price',
    title: 'Kestrelsoft buys invoice-reading startup Scanlet',
    text:
      'Kestrelsoft, the accounting-software maker, said on Monday it had acquired Scanlet, a two-year-old startup whose AI reads supplier invoices and receipts, for an undisclosed price. ' +
      'Scanlet, which had raised $11 million from investors including Gable Street Ventures and Orewood Capital, will be folded into Kestrelsoft’s expenses product, and its 25 employees will join Kestrelsoft.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Scanlet'],
  },
  {
    id: 'ub16-41',
    style: 'wire',
    phenomenon: 'ipo_pricing,raising_trap,valuation_trap,ticker,last_private_valuation_background',
    title: 'Tidemark Payments prices IPO at $24, raising $612 million',
    text:
      'Tidemark Payments priced its initial public offering at $24 a share on Monday, the top of its marketed range, raising $612 million and valuing the company at about $5.4 billion. ' +
      'The shares are due to begin trading on the New York Stock Exchange on Tuesday under the ticker “TDMK”. ' +
      'The Atlanta company, which processes card payments for dentists and veterinarians, was last valued at $3.1 billion in a private funding round in 2023.',
    kind: 'ipo',
    rounds: [],
    prior: ['Tidemark Payments'],
  },
  {
    id: 'ub16-42',
    style: 'wire',
    phenomenon: 'spac_merger,trust_account_proceeds,gross_proceeds_trap,combined_valuation,background_private_rounds_with_lead',
    title: 'Blank-check firm Cobalt Arch to take air-taxi maker Aerlume public',
    text:
      'Cobalt Arch Acquisition Corp, a special purpose acquisition company, has agreed to merge with Aerlume, a developer of electric air taxis, in a deal that values the combined company at $1.3 billion, the companies said on Monday. ' +
      'The deal is expected to give Aerlume up to $380 million in gross proceeds, including the $230 million held in Cobalt Arch’s trust account, and to close in the third quarter.\n\n' +
      'Aerlume has raised $210 million from private investors since 2020, including a Series B led by Kittering Hawk Capital in 2023.',
    kind: 'ipo',
    rounds: [],
    prior: ['Aerlume'],
  },
  {
    id: 'ub16-43',
    style: 'business',
    phenomenon: 'crypto_token_market_cap,exchange_listing,trading_volume,background_token_sale',
    title: 'Meridia token tops $4 billion market value after exchange listing',
    text:
      'MERI, the token of the Meridia blockchain network, rose 38% on Monday after a large exchange said it would list it, pushing the token’s market capitalisation above $4 billion, according to the price tracker CoinTally. ' +
      'Trading volume reached $1.1 billion in 24 hours. The Meridia Foundation, which oversees the network, raised $60 million in a token sale in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Meridia Foundation'],
  },
  {
    id: 'ub16-44',
    style: 'business',
    phenomenon: 'debt_restructuring,debt_for_equity_swap,lenders_led_by_trap,new_financing_trap,shareholder_dilution',
    title: 'Vantwell Retail strikes deal with lenders to restructure $1.1 billion of debt',
    text:
      'Vantwell Retail, the discount department-store chain, has reached an agreement with most of its lenders to restructure $1.1 billion of debt, swapping about half of it for equity and pushing back maturities to 2030, the company said on Monday. ' +
      'The lenders, led by funds managed by Ashgrove Credit Partners, will also provide $150 million of new financing. Existing shareholders will be left with about 5% of the company.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-45',
    style: 'business',
    phenomenon: 'university_endowment_returns,venture_returns,portfolio_company_background_round,payout_trap',
    title: 'Whitcombe University endowment returns 9.8%, led by venture gains',
    text:
      'Whitcombe University’s endowment returned 9.8% in the fiscal year to June, lifting its value to $14.2 billion, the university said on Monday. ' +
      'Venture capital was the best-performing asset class, returning 21%, helped by early stakes in startups including the drone-delivery company Skyparcel, which raised $300 million at a $4 billion valuation last year. ' +
      'The endowment will pay out $610 million to support the university’s budget this year.',
    kind: 'other',
    rounds: [],
    prior: ['Skyparcel'],
  },
  {
    id: 'ub16-46',
    style: 'wire',
    phenomenon: 'valued_after_shares_jumped,listed_company,market_value_trap,ipo_price_background',
    title: 'Orionlake is now worth $48 billion after shares jump 22%',
    text:
      'Shares of Orionlake, the chip-design software company, jumped 22% on Monday after it reported better-than-expected results and a deal to supply a large cloud provider, valuing the company at about $48 billion. ' +
      'The stock has more than doubled since Orionlake went public in 2024 at $19 a share.',
    kind: 'other',
    rounds: [],
    prior: ['Orionlake'],
  },
  {
    id: 'ub16-47',
    style: 'business',
    phenomenon: 'ai_funding_total_report,year_to_date_total,largest_deals_named_past_rounds,data_provider,percentage',
    title: 'AI startups raised $94 billion in first two months of 2026, data show',
    text:
      'Artificial-intelligence startups raised $94 billion worldwide in January and February, more than in the whole of 2023, according to figures published on Monday by the data provider Fundstat. ' +
      'The largest deals were a $12 billion round for the model developer Halcyra and a $3.5 billion Series D for the chip startup Lattice Forge led by Ember Peak. ' +
      'Excluding those two, AI funding was up 31% from a year earlier.',
    kind: 'other',
    rounds: [],
    prior: ['Halcyra', 'Lattice Forge'],
  },
  {
    id: 'ub16-48',
    style: 'business',
    phenomenon: 'vc_fund_close,above_target,will_lead_series_a_trap,cheque_range_trap,lps,previous_fund_portfolio',
    title: 'Hearthwood Capital closes $275M third fund for Series A climate deals',
    text:
      'Hearthwood Capital, a Denver venture firm, has closed its third fund at $275 million, above its $225 million target. ' +
      'The fund will lead Series A rounds of $5 million to $15 million in climate and industrial software companies, managing partner Ruth Okwuosa said. ' +
      'Limited partners include a state pension fund and several family offices. Hearthwood’s previous fund, which closed at $140 million in 2022, backed companies including Gridvane and Tallowworks.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub16-49',
    style: 'blog',
    phenomenon: 'hn_style_ask_thread,raising_a_seed_generic,no_company,points_comments_line',
    source: 'Linkboard (Ask)',
    text:
      'Ask: Is it still worth raising a seed round if you’re already profitable?\n' +
      '184 points by quietbuilder 9 hours ago | 211 comments',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub16-50',
    style: 'wire',
    phenomenon: 'corporate_bond_sale,raised_from_bonds,order_book_trap,yield,refinancing,listed_company',
    title: 'Dunmere Foods raises $500 million in bond sale',
    text:
      'Dunmere Foods, the listed maker of frozen meals, raised $500 million from a sale of seven-year bonds on Monday, drawing orders of about $2.1 billion, according to a person familiar with the deal. ' +
      'The bonds were priced to yield 5.35%, and Dunmere will use the money to refinance notes due next year.',
    kind: 'other',
    rounds: [],
  },
];
