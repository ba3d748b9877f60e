// A fifteenth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "last week" is early March 2026, "last month" is February 2026 and "last year" is 2025.
// Styles: a sports-tech outlet (hockey video, "US$9.5 million" for a Toronto company), a games-business
// outlet ("banks €6.25m", a publisher taking a minority stake), an agriculture co-op's member bulletin
// (the co-op investing its own $250,000 in a "$4.25m seed"), a climate-finance newsletter ("USD4.5
// million", an airline's prepaid offtake beside it), a hospital system's innovation-fund press release
// (terms not disclosed), a law firm's deal announcement ("advised X on its $32 million Series B", "the
// team was led by" a partner, counsel to the lead), a bank's client news (a growth debt facility), a
// regional Australian paper (a bare "$2.8 million" convertible note), a Philippine outlet ("PHP 280
// million"), a Thai outlet (a conglomerate's "THB 350 million" strategic investment), an Egyptian
// outlet ("EGP 150 million"), a Peruvian outlet ("S/ 15 million"), an Israeli site with a Hebrew title
// and tag over an English body, an accelerator's demo-day recap with three rounds, a podcast episode
// description told by the lead investor, a LinkedIn-style founder post about a down round (a "Series
// B-2", hashtags), a Reddit-like AMA (usernames, questions and answers, a bridge), a job listing whose
// "Why join now" bullets carry the round, a corporate's earnings-call Q&A (the corporate "invested $20
// million … as part of its $55 million Series C"), a Scottish Government release on the Scottish
// National Investment Bank co-investing, a headline-only RSS item, a title with a "Read more »" teaser,
// texts in French ("4,5 millions d'euros … en amorçage"), Swiss German ("CHF 7 Mio.", "angeführt") and
// Indonesian ("Rp 150 miliar", "dipimpin oleh"), a crypto outlet's equity-plus-token-warrants round, a
// correction notice above a story, and an equity crowdfunding campaign.
// Phenomena: names that are people's names ("Mabel", "Clancy"), a day ("Tuesday", in a headline on a
// Tuesday), common words ("Backcheck", "Marigold", "Plinth", "Zahltag"); a dot ("St. Clair Robotics",
// "Quay.ai"); an apostrophe ("Nell's Pantry"); a lowercase brand starting a sentence ("tindahub"); a
// company named only in the title; amounts as "$4.25m", "USD4.5 million", "€6.25m", "$800K", "£3.4m",
// "S/ 15 million", "CHF 7 Mio.", "Rp 150 miliar", "CLP 9,500 million"; an undisclosed amount and a
// valuation-only headline (amount null); a corrected amount and lead; investors' own shares beside the
// round (a co-op's $250,000, a state bank's £2.5 million, a corporate's $20 million); a debt facility
// partly drawn at closing; a convertible note; a bridge after a pulled Series A term sheet; a down
// round; cheque sizes, wishlists, prices per season/sensor/tonne, savings, readmissions, students,
// stores, credit extended, freight value, testnet volume, ARR, burn, salaries, capex guidance, jobs,
// accelerator terms and alumni totals beside amounts; earlier rounds of the same company. In-talks: a
// Chilean "in talks … about CLP 9,500 million … expected to lead … likely to participate", a memo
// "seeking up to $10 million in a bridge round" from unnamed existing investors, and a Substack scoop
// of a Series B with term sheets from several firms and no lead picked (`lead: []`).
// Distractors: a firm closing a "$300 million vehicle" (no word "fund", kind 'fund_close'); a listed
// company's share buyback; Business Finland's €150 million grant-and-loan programme; a £85m
// acquisition of a start-up (kind 'acquisition'); a start-up's accounts at Companies House (revenue,
// losses, cash); a VC's report that it has "deployed $1.2 billion"; an IPO filing with a placeholder
// amount (kind 'ipo'); a SPAC merger with a PIPE and a trust account (kind 'ipo'); a Chapter 11 filing
// with DIP financing and the total raised; a soccer club's stadium financing (a bank loan "led by"); a
// hospice charity's appeal; a country's annual start-up funding statistics; a secondary sale of an
// investor's stake; and a Navy contract for a start-up "not currently raising".
// Conventions (those of checks.ts, unseen-blind13.ts and unseen-blind14.ts): company as the text names
// it; amount in the currency first stated (ISO code when not USD): a bare "$" in a Wagga Wagga paper's
// story about a local firm (with local prices) is AUD, "US$" for a Toronto company is USD, "S/" is PEN,
// "CHF 7 Mio." 7e6 CHF, "Rp 150 miliar" 150e9 IDR, "CLP 9,500 million" 9.5e9; `lead` only where the
// text says who led or co-led (or, in talks, who is expected to lead), `lead: []` where the text says
// none has been picked; `other` for named participants (a co-op, a publisher, a state bank, a
// corporate that speaks as "we" in its own earnings call, named by the transcript's title; a lender in
// its own debt facility, as unseen-blind13.ts labels a credit line; "likely to participate" in talks).
// Round types: "amorçage" is 'seed'; Series B-2 is 'series_b'; a bridge, a crowdfunding campaign, an
// equity-and-token-warrants round and a stage-less "secures" are 'unknown'; a convertible note is
// 'convertible'; a growth debt facility 'debt'; a conglomerate's strategic investment 'strategic'.
// Rounds are labelled at their size, not an investor's share of it (the co-op, the state bank, the
// corporate); the corrected story at its corrected figures ($36 million, the corrected lead); the
// "up to $10 million" bridge at its upper figure. Labelled by hand; a reader of each text should agree
// with every label.
// First look (2026-12-07 11:07, no rule changed for it): company F1 0.688 (P 0.71 / R 0.67), amount
// 90.5 %, type 100 %, lead F1 0.680, 2 false rounds (a football club's stadium loan, a hospice's
// appeal) + 7 wrong names (a bank and its team for the borrower, "Pantry" for "Nell's Pantry", "OP"
// for a forum post's company, "Dundee" for a firm described by its city). Missed besides: texts in
// French, German and Indonesian (read as no rounds by design), an English text under a Hebrew title,
// a lowercase brand, a bullet whose subject is the round, a "whose firm led" lead, an earnings call.
// After the fixes (kinds of wording, tested on other invented examples in blind15-ways.test.ts):
// 0.857 · 100 % · 100 % · 0.836 · 1 false round (the stadium loan) + 2 wrong names; still missed: the
// three texts in other languages, the lowercase brand, a round with no figure. A measurement, not a
// test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND15: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub15-01',
    style: 'business',
    phenomenon:
      'sports_tech_outlet,common_word_name,us_dollar_prefix_canadian_company,unnamed_former_players,season_price_trap,video_hours_trap,series_a',
    title: 'Hockey video startup Backcheck raises US$9.5 million Series A',
    source: 'Press Box Tech',
    text:
      'Backcheck, a Toronto company whose software cuts hockey game film into shift-by-shift clips for coaches, has raised US$9.5 million in a Series A round led by Blueline Growth Partners.\n\n' +
      'Faceoff Fund and Hamilton-based Crease Capital also invested, along with several former professional players, chief executive Maddie Kowalczyk said on Monday. ' +
      'Backcheck is used by 140 junior, college and minor-pro teams in North America and Scandinavia, which pay about US$2,400 a season each. ' +
      'The company processed 61,000 hours of game video last season.\n\n' +
      'Kowalczyk said the money would go toward a version for lacrosse and ringette, and toward a scouting product for professional clubs.',
    kind: 'round',
    rounds: [
      {
        company: 'Backcheck',
        amount: 9.5e6,
        roundType: 'series_a',
        lead: ['Blueline Growth Partners'],
        other: ['Faceoff Fund', 'Crease Capital'],
      },
    ],
  },
  {
    id: 'ub15-02',
    style: 'business',
    phenomenon:
      'games_business_outlet,banks_verb,eur_m_suffix_two_decimals,publisher_takes_minority_stake,publishing_deal_no_amount,wishlists_trap,game_price_trap,seed',
    title: 'Finnish studio Kuura Games banks €6.25m seed for co-op survival game',
    source: 'Save Point Business',
    text:
      'Helsinki developer Kuura Games has banked €6.25m in seed funding to finish Hallanvaara, a co-op survival game set in a Lapland winter that never ends.\n\n' +
      'Lakeside Play Fund led the round. Publisher Ironpine Entertainment also took a minority stake as part of the deal, which comes with a separate agreement for Ironpine to publish the game on consoles.\n\n' +
      'Kuura’s 19-person team is made up largely of veterans of Finnish mobile studios. ' +
      'Hallanvaara has collected 410,000 wishlists on Steam since its reveal in November and will go into early access in the autumn at €24.99.\n\n' +
      '“We wanted a partner who would leave the design to us,” said studio head Aino Rautio.',
    kind: 'round',
    rounds: [
      {
        company: 'Kuura Games',
        amount: 6.25e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Lakeside Play Fund'],
        other: ['Ironpine Entertainment'],
      },
    ],
  },
  {
    id: 'ub15-03',
    style: 'blog',
    phenomenon:
      'agriculture_coop_newsletter,first_person_plural,m_suffix_two_decimals,coop_invests_own_share_trap,savings_per_acre_trap,price_per_sensor_trap,meeting_date_trap,seed',
    title: 'Member news: Pomewise closes its seed round, with your co-op on board',
    source: 'Fruitway Growers Cooperative — Member Bulletin, March 2026',
    text:
      'Many of you met the Pomewise team at last summer’s field day in Wapato, when they hung their bloom-stage frost sensors in a dozen member orchards. ' +
      'We’re pleased to report that Pomewise, based in Yakima, has now closed a $4.25m seed round. The round was led by Palouse Ag Ventures of Spokane. ' +
      'Fruitway Growers Cooperative also invested $250,000 from the Member Innovation Reserve, as approved by the board in January, and Columbia Basin Angels took part as well.\n\n' +
      'Members who trialled the sensors last spring reported frost-fan savings of about $38 an acre. ' +
      'Pomewise is offering co-op members 20% off the 2026 season (normally $19 per sensor per month). Sign-up sheets are at the packing-house office.\n\n' +
      'Reminder: the annual meeting is on March 26 at the Union Gap grange hall.',
    kind: 'round',
    rounds: [
      {
        company: 'Pomewise',
        amount: 4.25e6,
        roundType: 'seed',
        lead: ['Palouse Ag Ventures'],
        other: ['Fruitway Growers Cooperative', 'Columbia Basin Angels'],
      },
    ],
  },
  {
    id: 'ub15-04',
    style: 'roundup',
    phenomenon:
      'climate_finance_newsletter,usd_code_no_space,co_led_by,offtake_prepayment_trap,price_per_tonne_trap,tonnes_trap,hectares_trap,editorial_take,seed',
    title: 'Blue carbon: Tidemark Restoration raises USD4.5 million seed',
    source: 'Basis Points for the Planet (climate-finance newsletter)',
    text:
      'DEALS\n\n' +
      'Tidemark Restoration, a Mombasa-headquartered developer of mangrove-restoration carbon projects on the East African coast, raised USD4.5 million in a seed round co-led by Equator Blue Capital and Sargasso Impact Partners. ' +
      'The money will fund nurseries and community planting crews across 6,000 hectares in Kenya and Tanzania.\n\n' +
      'Separately, an unnamed European airline has agreed to prepay USD12 million for the first 600,000 tonnes of removal credits, priced at USD20 a tonne, to be delivered from 2029.\n\n' +
      'Our take: prepaid offtakes like this are doing more to de-risk nature projects than any equity round.',
    kind: 'round',
    rounds: [
      {
        company: 'Tidemark Restoration',
        amount: 4.5e6,
        roundType: 'seed',
        lead: ['Equator Blue Capital', 'Sargasso Impact Partners'],
      },
    ],
  },
  {
    id: 'ub15-05',
    style: 'press',
    phenomenon:
      'hospital_innovation_fund_press_release,person_name_company,investor_first_headline,terms_not_disclosed,amount_null,fund_size_trap,readmissions_percentage,hours_trap,series_a',
    title: 'Lakeshore Health Ventures leads Series A in patient follow-up startup Mabel',
    source: 'Lakeshore Health Newsroom',
    text:
      'MILWAUKEE (March 9, 2026) — Lakeshore Health Ventures, the innovation fund of the 14-hospital Lakeshore Health system, today announced that it has led the Series A financing of Mabel, a Chicago company whose voice assistant calls patients in the days after they leave the hospital and flags those who need a nurse. ' +
      'Prairie Avenue Capital and Gold Coast Angels also participated. Terms of the investment were not disclosed.\n\n' +
      'Lakeshore Health began piloting Mabel at two of its hospitals in 2025. Over six months, 30-day readmissions among heart-failure patients who received the calls fell by 18%, and nurses spent 1,100 fewer hours on follow-up phone calls.\n\n' +
      '“We invest where we’ve already seen the results on our own floors,” said Dr. Renée Castellano, managing director of Lakeshore Health Ventures. ' +
      'The fund, set up in 2022 with $50 million from the system’s balance sheet, has made nine investments to date.',
    kind: 'round',
    rounds: [
      {
        company: 'Mabel',
        amount: null,
        roundType: 'series_a',
        lead: ['Lakeshore Health Ventures'],
        other: ['Prairie Avenue Capital', 'Gold Coast Angels'],
      },
    ],
  },
  {
    id: 'ub15-06',
    style: 'press',
    phenomenon:
      'law_firm_deal_announcement,advised_x_on,dot_in_name_abbreviation,team_was_led_by_trap,counsel_to_lead_trap,earlier_series_a_same_company,series_b',
    title: 'Harrowgate Lyle advises St. Clair Robotics on $32 million Series B',
    source: 'Harrowgate Lyle LLP — Deal announcements',
    text:
      'Harrowgate Lyle advised St. Clair Robotics, a Pittsburgh developer of autonomous robots that inspect the inside of water mains, on its $32 million Series B financing led by Quarry Hill Partners. ' +
      'Existing investors Ridgemoor Ventures and Catamount Capital also participated.\n\n' +
      'The Harrowgate Lyle team was led by emerging companies partner Delphine Okafor, with associates Theo Marchetti and Sunita Rao. ' +
      'Fenwright & Bell LLP acted as counsel to Quarry Hill Partners.\n\n' +
      'Harrowgate Lyle has advised St. Clair Robotics since its formation in 2021, including on its $9 million Series A in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'St. Clair Robotics',
        amount: 32e6,
        roundType: 'series_b',
        lead: ['Quarry Hill Partners'],
        other: ['Ridgemoor Ventures', 'Catamount Capital'],
      },
    ],
  },
  {
    id: 'ub15-07',
    style: 'press',
    phenomenon:
      'bank_client_news,growth_debt_facility,lender_named,drawn_at_closing_trap,earlier_series_b_same_company_with_lead,non_dilutive_word,debt',
    title: 'Client news: Cormorant Bank provides $15 million growth debt facility to Larkspur Energy',
    source: 'Cormorant Bank — Innovation Banking, client news',
    text:
      'Cormorant Bank’s Innovation Banking team has provided a $15 million growth debt facility to Larkspur Energy, a Boston company that retrofits commercial rooftop HVAC units with heat pumps under ten-year service contracts.\n\n' +
      'Larkspur will draw $5 million at closing and the rest over the next 18 months as it signs new building owners. ' +
      'The facility complements the $40 million Series B that Larkspur closed in January, led by Fenway Reach Capital, and will fund equipment rather than operating costs.\n\n' +
      '“Non-dilutive capital lets us grow the installed base without giving up more of the company,” said Larkspur’s chief financial officer, Tomasz Wierzbicki.',
    kind: 'round',
    rounds: [{ company: 'Larkspur Energy', amount: 15e6, roundType: 'debt', other: ['Cormorant Bank'] }],
  },
  {
    id: 'ub15-08',
    style: 'business',
    phenomenon:
      'regional_australian_paper,person_name_company,company_introduced_after_descriptive_lead,bare_dollar_means_aud,convertible_note,the_raise,farm_count_trap,sensor_price_trap,subscription_trap,convertible',
    title: 'Trough sensor firm Clancy raises $2.8m to keep stock watered',
    source: 'The Riverina Chronicle (Wagga Wagga)',
    text:
      'A Wagga Wagga agtech business named after its founder’s late grandfather has raised $2.8 million from investors to roll out its livestock water sensors across southern New South Wales and Victoria.\n\n' +
      'Clancy, started in 2023 by sheep and wheat farmer Bec Hollis, makes solar-powered sensors that sit on stock troughs and dams and send a text message when the water level drops or a float valve sticks. ' +
      'The raise was done through a convertible note led by Murrumbidgee Ventures, with Tumut Rural Angels and a number of local farming families also putting money in.\n\n' +
      'Ms Hollis said more than 1,200 farms now use the sensors, which cost $340 each plus a $9 monthly subscription. ' +
      '“In a dry summer a stuck valve can cost you a mob of sheep,” she said. ' +
      'The business employs 11 people at its Bomen workshop and plans to take on six more this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Clancy',
        amount: 2.8e6,
        currency: 'AUD',
        roundType: 'convertible',
        lead: ['Murrumbidgee Ventures'],
        other: ['Tumut Rural Angels'],
      },
    ],
  },
  {
    id: 'ub15-09',
    style: 'business',
    phenomenon:
      'philippine_outlet,php_code_prefix,usd_conversion,lowercase_brand,sentence_starts_lowercase,returning_investor,credit_extended_trap,store_count_trap,series_a',
    title: 'tindahub secures PHP 280 million Series A to lend to sari-sari stores',
    source: 'Metro Manila Startup Report',
    text:
      'tindahub, a Pasig City-based fintech that gives sari-sari store owners an app to reorder stock on credit, has secured PHP 280 million (about $4.8 million) in a Series A round.\n\n' +
      'The round was led by Binondo Capital, with participation from Cebu-based Magellan Bay Ventures and returning investor Kalayaan Seed. ' +
      'tindahub says 32,000 stores in Luzon and the Visayas use the app, and that it has extended more than PHP 1.1 billion in inventory credit since 2023.\n\n' +
      'Co-founder and CEO Patricia Villanueva-Tan said the funds would be used to expand to Mindanao and to build a savings product for store owners.',
    kind: 'round',
    rounds: [
      {
        company: 'tindahub',
        amount: 280e6,
        currency: 'PHP',
        roundType: 'series_a',
        lead: ['Binondo Capital'],
        other: ['Magellan Bay Ventures', 'Kalayaan Seed'],
      },
    ],
  },
  {
    id: 'ub15-10',
    style: 'business',
    phenomenon:
      'thai_outlet,thb_code_prefix,usd_conversion,strategic_investment_from_conglomerate,single_investor_no_led,commercial_rollout,savings_trap,megawatts_trap,earlier_series_a_same_company,strategic',
    title: 'Saeng Solar receives THB 350 million strategic investment from Siam Kanok Group',
    source: 'Bangkok Business Digest',
    text:
      'Saeng Solar, a Bangkok startup that installs rooftop solar on factories under power-purchase agreements, has received a strategic investment of THB 350 million (around $10 million) from Siam Kanok Group, the Thai industrial conglomerate.\n\n' +
      'Under the agreement, Siam Kanok will install Saeng’s systems at 40 of its own plants in Chonburi and Rayong over three years. ' +
      'Saeng Solar has installed 48 megawatts of rooftop capacity to date and says its customers save an average of THB 180,000 a month on electricity.\n\n' +
      'The company previously raised THB 120 million in a Series A led by Chao Phraya Growth Partners in 2024.',
    kind: 'round',
    rounds: [{ company: 'Saeng Solar', amount: 350e6, currency: 'THB', roundType: 'strategic', other: ['Siam Kanok Group'] }],
  },
  {
    id: 'ub15-11',
    style: 'business',
    phenomenon:
      'egyptian_outlet,egp_code_prefix,usd_conversion,unnamed_gulf_angels,students_count_trap,monthly_fee_trap,bus_count_trap,seed',
    title: 'Cairo’s Wasla raises EGP 150 million seed to digitise school buses',
    source: 'Nile Startup Times',
    text:
      'Wasla, a Cairo-based startup that runs a booking and tracking app for private school buses, has raised EGP 150 million (about $3 million) in a seed round led by Corniche Ventures.\n\n' +
      'Mokattam Partners and a group of Egyptian and Saudi angel investors also took part. ' +
      'The company says it moves 26,000 students a day across Greater Cairo and Alexandria on 900 contracted buses, and that parents pay an average of EGP 1,400 a month per child.\n\n' +
      'Wasla plans to use the money to enter Riyadh and Jeddah later this year. It was founded in 2023 by Youssef El-Sherbiny and Nour Abdelrahman.',
    kind: 'round',
    rounds: [
      {
        company: 'Wasla',
        amount: 150e6,
        currency: 'EGP',
        roundType: 'seed',
        lead: ['Corniche Ventures'],
        other: ['Mokattam Partners'],
      },
    ],
  },
  {
    id: 'ub15-12',
    style: 'business',
    phenomenon:
      'peruvian_outlet_english,soles_s_slash_prefix,usd_conversion,investment_was_led_by,freight_value_trap,trucker_count_trap,break_even,seed',
    title: 'Lima logistics startup Qhapaq Carga raises S/ 15 million',
    source: 'Lima Negocios Digital (English)',
    text:
      'Qhapaq Carga, a Lima startup that matches cargo owners with independent truckers on routes between the coast and the Andean highlands, has raised S/ 15 million (about US$4 million) in seed funding.\n\n' +
      'The investment was led by Miraflores Capital, with Arequipa-based Misti Ventures participating.\n\n' +
      'Qhapaq Carga, founded in 2024, says it has 4,800 truckers on its platform and moved freight worth S/ 90 million last year. ' +
      'The company expects to break even in 2027 and will open offices in Arequipa and Cusco.',
    kind: 'round',
    rounds: [
      {
        company: 'Qhapaq Carga',
        amount: 15e6,
        currency: 'PEN',
        roundType: 'seed',
        lead: ['Miraflores Capital'],
        other: ['Misti Ventures'],
      },
    ],
  },
  {
    id: 'ub15-13',
    style: 'business',
    phenomenon:
      'israeli_tech_site_hebrew_english,hebrew_title,hebrew_tag,announced_today_tuesday,existing_investor,total_raised_trap,site_count_trap,series_a',
    title: 'Gesher Cyber מגייסת 18 מיליון דולר בסבב A',
    source: 'Silicon Wadi Pulse (עברית / English)',
    text:
      'גיוס | Gesher Cyber, which builds software that maps and locks down the remote-access links vendors use to reach factory control systems, announced today (Tuesday) that it has raised $18 million in a Series A round. ' +
      'The round was led by Carmel Ridge Ventures, with participation from Negev Seed Partners and existing investor Yarkon Capital.\n\n' +
      'The company was founded in 2023 by Maya Ben-Ami and Eitan Shpigel, both veterans of an IDF intelligence unit, and employs 35 people in Tel Aviv and New Jersey. ' +
      'It says its platform protects 220 industrial sites, including water utilities in Europe and the US. With the new round, Gesher Cyber has raised $25 million to date.\n\n' +
      'לכתבה המלאה בעברית »',
    kind: 'round',
    rounds: [
      {
        company: 'Gesher Cyber',
        amount: 18e6,
        roundType: 'series_a',
        lead: ['Carmel Ridge Ventures'],
        other: ['Negev Seed Partners', 'Yarkon Capital'],
      },
    ],
  },
  {
    id: 'ub15-14',
    style: 'roundup',
    phenomenon:
      'accelerator_demo_day_recap,multi_round,apostrophe_in_name,k_suffix_amounts,from_investor_no_led,co_led_by,standard_accelerator_deal_trap,alumni_total_trap,investor_count_trap,pre_seed,seed',
    title: 'Demo Day recap: our Winter 2026 cohort',
    source: 'Riverbend Launchpad (accelerator blog)',
    text:
      "Thank you to the 300-plus investors who packed the Riverbend Launchpad atrium in Louisville last Thursday for our Winter 2026 Demo Day. Ten companies pitched; here's where a few of them stand.\n\n" +
      "Nell's Pantry, which sells pre-portioned meal kits to home-care agencies, announced a $1.5M pre-seed round led by Ohio Falls Ventures, with Bardstown Angels participating.\n\n" +
      'Gridfellow, which predicts transformer failures for rural electric co-ops, closed an $800K seed round from Limestone Capital.\n\n' +
      'Quietroom, maker of a soundproof telehealth booth for pharmacies, raised $2.2M in seed funding co-led by Cumberland Gap Partners and Highlands Run Capital.\n\n' +
      'Every company in the cohort received our standard $125K investment for 7% on entry. Since 2019, Launchpad companies have gone on to raise more than $210M.',
    kind: 'round',
    rounds: [
      {
        company: "Nell's Pantry",
        amount: 1.5e6,
        roundType: 'pre_seed',
        lead: ['Ohio Falls Ventures'],
        other: ['Bardstown Angels'],
      },
      { company: 'Gridfellow', amount: 800e3, roundType: 'seed', other: ['Limestone Capital'] },
      {
        company: 'Quietroom',
        amount: 2.2e6,
        roundType: 'seed',
        lead: ['Cumberland Gap Partners', 'Highlands Run Capital'],
      },
    ],
  },
  {
    id: 'ub15-15',
    style: 'blog',
    phenomenon:
      'podcast_episode_description,investor_guest,lead_investor_tells_it,common_word_name,last_month,cheque_size_range_trap,passed_on_seed_trap,seed_backer_follow_on,series_a',
    title: 'The Cap Table, ep. 94 — Priya Castellanos on the Marigold deal',
    source: 'The Cap Table (podcast)',
    text:
      'Our guest this week is Priya Castellanos, general partner at Harbourline Ventures, whose firm led the $14 million Series A in Marigold last month. ' +
      'Marigold makes scheduling and billing software for in-home speech and occupational therapists and counts 2,600 therapists as customers. ' +
      'Kestrel Lane Capital and Marigold’s seed backer, Copperbeech, also joined the round.\n\n' +
      'Priya explains how Harbourline sizes a first cheque (usually $4 million to $8 million), why she passed on Marigold’s seed round in 2024 and regretted it, and what she looks for in a board deck.\n\n' +
      'Listen wherever you get your podcasts. New episodes every Tuesday.',
    kind: 'round',
    rounds: [
      {
        company: 'Marigold',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Harbourline Ventures'],
        other: ['Kestrel Lane Capital', 'Copperbeech'],
      },
    ],
  },
  {
    id: 'ub15-16',
    style: 'blog',
    phenomenon:
      'linkedin_founder_post,thread_emoji,hashtags,series_b_2,down_round,existing_investor_led,new_investor_joined,previous_valuation_trap,arr_trap,series_b',
    source: 'LinkedIn — Oskar Lindqvist, CEO at Orrery Health',
    text:
      'Let’s talk about the round nobody wants to announce. 🧵\n\n' +
      'Today Orrery Health closed a $12.5M Series B-2. It was led by our existing investor Harrowfield Capital, and Dunmore Park Ventures joined as a new investor.\n\n' +
      'Yes, it was priced below our 2024 Series B. Our valuation is roughly 40% lower than the $310M we were valued at then. I could spin it. I won’t.\n\n' +
      'What we got right: revenue is up 3x since the B, and we’re now at $21M ARR.\n' +
      'What we got wrong: we hired for a market that arrived 18 months later than we thought.\n\n' +
      'A down round isn’t a verdict. It’s a price. 💪\n\n' +
      '#startups #fundraising #downround #healthtech #leadership',
    kind: 'round',
    rounds: [
      {
        company: 'Orrery Health',
        amount: 12.5e6,
        roundType: 'series_b',
        lead: ['Harrowfield Capital'],
        other: ['Dunmore Park Ventures'],
      },
    ],
  },
  {
    id: 'ub15-17',
    style: 'blog',
    phenomenon:
      'reddit_like_ama,usernames,question_and_answer,common_word_name,bridge_round,seed_lead_leads_bridge,pulled_term_sheet_trap,burn_trap,runway,unknown_type',
    title: 'AMA: We just closed a $2.5M bridge after our Series A term sheet got pulled. Ask me anything.',
    source: 'Threadly — f/founders (community AMA)',
    text:
      'u/plinth_hana (OP): Hi all, I’m Hana, co-founder of Plinth (we make booking and gate-access software for self-storage facilities). ' +
      'Last week we closed a $2.5M bridge round led by Gorsewood Capital, our seed lead, with two other existing investors, Drumlin Ventures and Saltash Partners, taking part. ' +
      'Our Series A term sheet was pulled in December, two days before signing. AMA.\n\n' +
      'u/midwest_operator: How was the bridge structured?\n\n' +
      'u/plinth_hana (OP): Priced equity on the same terms as our seed. Boring on purpose.\n\n' +
      'u/quietfox22: How much runway does $2.5M buy you?\n\n' +
      'u/plinth_hana (OP): About 20 months at current burn (~$110K/month). We’ll go back out for the A in the fall.',
    kind: 'round',
    rounds: [
      {
        company: 'Plinth',
        amount: 2.5e6,
        roundType: 'unknown',
        lead: ['Gorsewood Capital'],
        other: ['Drumlin Ventures', 'Saltash Partners'],
      },
    ],
  },
  {
    id: 'ub15-18',
    style: 'blog',
    phenomenon:
      'job_listing,name_with_dot_ai,round_in_why_join_bullets,eur_m_suffix,amount_after_colon,seed_investors_unnamed,terminal_count_trap,salary_range_trap,conference_budget_trap,series_a',
    title: 'Staff Machine Learning Engineer — Quay.ai (Hybrid, Rotterdam)',
    source: 'Quay.ai careers',
    text:
      'Quay.ai builds forecasting software that tells container terminals which ships will arrive late and how to re-plan their cranes and yard space.\n\n' +
      'Why join now\n' +
      '• Series A closed in February: €16M, led by Maasvlakte Partners, with Schie Capital and our seed investors joining\n' +
      '• 11 terminals live across Rotterdam, Antwerp and Algeciras\n' +
      '• A team of 38, growing to 60 this year\n\n' +
      'What we offer\n' +
      '• €95,000–€120,000 base plus equity\n' +
      '• A €2,000 yearly conference budget\n\n' +
      'Apply with your CV; no cover letter needed.',
    kind: 'round',
    rounds: [
      {
        company: 'Quay.ai',
        amount: 16e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Maasvlakte Partners'],
        other: ['Schie Capital'],
      },
    ],
  },
  {
    id: 'ub15-19',
    style: 'business',
    phenomenon:
      'earnings_call_transcript,qa_excerpt,analyst_question,corporate_participates_as_we,own_share_of_round_trap,lead_named_in_answer,capex_guidance_trap,miles_trap,series_c',
    title: 'Marrow Water Holdings (MWH) Q4 2025 earnings call — Q&A excerpt',
    source: 'Earnings call transcripts',
    text:
      'Operator: Our next question comes from Deepa Malhotra with Calloway Research.\n\n' +
      'Deepa Malhotra, Calloway Research: Thanks. You mentioned Fenwick Grid in the prepared remarks. Can you say more about the size of that commitment, and why a minority stake rather than an acquisition?\n\n' +
      'Graham Ostrowski, Chief Executive Officer: Sure, Deepa. Last week we invested $20 million in Fenwick Grid as part of its $55 million Series C. The round was led by Orrin Peak Capital; we were the only strategic investor. ' +
      'Fenwick’s leak-detection sensors are already on about 4,000 miles of our pipe, and a minority position gives us input on the product roadmap without taking on a hardware business. ' +
      'We’d consider more, but not this year.\n\n' +
      'Deepa Malhotra, Calloway Research: Helpful. And on capex, are you still at $1.1 billion for 2026?\n\n' +
      'Graham Ostrowski, Chief Executive Officer: Yes, $1.1 billion to $1.2 billion.',
    kind: 'round',
    rounds: [
      {
        company: 'Fenwick Grid',
        amount: 55e6,
        roundType: 'series_c',
        lead: ['Orrin Peak Capital'],
        other: ['Marrow Water Holdings'],
      },
    ],
  },
  {
    id: 'ub15-20',
    style: 'press',
    phenomenon:
      'government_minister_press_release,state_bank_co_invests,commitment_as_part_of_round_trap,gbp_m,jobs_count_trap,headcount_trap,notes_to_editors,series_a',
    title: 'Business Minister welcomes £6 million investment in Dundee games tools firm',
    source: 'Scottish Government — News',
    text:
      'A Dundee company whose software lets games studios test their titles automatically on hundreds of devices at once is to create 45 jobs after securing £6 million of investment.\n\n' +
      'The Scottish National Investment Bank has committed £2.5 million to Brackenlight Tools as part of a £6 million Series A round led by Firth Valley Capital, with Discovery Point Angels also investing.\n\n' +
      'Welcoming the investment on a visit to the company’s offices on the Waterfront on Monday, the Business Minister said: “Dundee’s games sector is a real Scottish success story, and investment like this, from the Bank alongside private investors, helps our most ambitious companies scale up here in Scotland.”\n\n' +
      'Brackenlight’s chief executive, Ailsa Ferrier, said the funding would allow the company to open a second office in Edinburgh and double its headcount to 90 by 2028.\n\n' +
      'Notes to editors\n' +
      'The Scottish National Investment Bank is a publicly owned development bank that invests in businesses and projects across Scotland.',
    kind: 'round',
    rounds: [
      {
        company: 'Brackenlight Tools',
        amount: 6e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Firth Valley Capital'],
        other: ['Scottish National Investment Bank', 'Discovery Point Angels'],
      },
    ],
  },
  {
    id: 'ub15-21',
    style: 'wire',
    phenomenon: 'headline_only,rss_item,day_name_company,valuation_only,amount_null,led_by_in_headline,series_c',
    text: 'Tuesday, the payroll app for restaurant shift workers, valued at $1.1 billion after Series C led by Kestrelmoor Growth',
    kind: 'round',
    rounds: [{ company: 'Tuesday', amount: null, roundType: 'series_c', lead: ['Kestrelmoor Growth'] }],
  },
  {
    id: 'ub15-22',
    style: 'business',
    phenomenon:
      'title_plus_read_more_teaser,company_only_in_title,the_company_in_body,truncated_mid_sentence,gbp_m_suffix,no_stage,unknown_type',
    title: 'Hedgerow Analytics secures £3.4m to map farmland biodiversity',
    source: 'East Anglia Business Live (RSS)',
    text: 'The Norwich-based company, which uses drone imagery and acoustic sensors to measure wildlife on farms for biodiversity net gain reports, said the round was led by Broadland Ventures and would help it … Read more »',
    kind: 'round',
    rounds: [
      {
        company: 'Hedgerow Analytics',
        amount: 3.4e6,
        currency: 'GBP',
        roundType: 'unknown',
        lead: ['Broadland Ventures'],
      },
    ],
  },
  {
    id: 'ub15-23',
    style: 'foreign',
    phenomenon:
      'french_language,millions_d_euros_comma_decimal,amorcage_means_seed,operation_menee_par,bpifrance,unnamed_angels,chiffre_d_affaires_trap,robot_count_trap,seed',
    title: "Nantes : Sauge Robotique lève 4,5 millions d'euros pour désherber les vignes",
    source: 'Ouest Entreprises',
    text:
      "La jeune pousse nantaise Sauge Robotique, qui conçoit des robots électriques capables de désherber les rangs de vigne sans produits chimiques, annonce une levée de fonds de 4,5 millions d'euros en amorçage.\n\n" +
      "L'opération est menée par Erdre Capital, avec la participation de Bpifrance et d'un groupe de business angels issus du monde viticole. " +
      "Fondée en 2023 par Clémence Guérin et Yanis Belkacem, la société a réalisé un chiffre d'affaires de 800 000 euros en 2025 et compte une quarantaine de robots en service dans le Muscadet et en Anjou.\n\n" +
      "Les fonds serviront à recruter 25 personnes et à s'implanter dans le Bordelais dès 2027.",
    kind: 'round',
    rounds: [
      {
        company: 'Sauge Robotique',
        amount: 4.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Erdre Capital'],
        other: ['Bpifrance'],
      },
    ],
  },
  {
    id: 'ub15-24',
    style: 'foreign',
    phenomenon:
      'swiss_german_language,chf_mio_abbreviation,angefuehrt_von,cantonal_bank_participant,swiss_apostrophe_thousands,umsatz_trap,common_word_name,seed',
    title: 'Zürcher Startup Zahltag schliesst Seed-Runde über CHF 7 Mio. ab',
    source: 'Limmat Wirtschaft',
    text:
      'Das Zürcher Startup Zahltag, das eine Lohnbuchhaltungs-App für kleine Betriebe wie Coiffeursalons, Bäckereien und Handwerksfirmen entwickelt, hat eine Seed-Finanzierungsrunde über CHF 7 Mio. abgeschlossen. ' +
      'Angeführt wird die Runde von der Investmentgesellschaft Uetliberg Partners; beteiligt haben sich zudem die Zürcher Kantonalbank sowie mehrere Business Angels aus der Treuhandbranche.\n\n' +
      'Zahltag wurde 2023 gegründet und zählt nach eigenen Angaben 3’400 Kundinnen und Kunden in der Deutschschweiz. Der Umsatz lag 2025 bei rund CHF 1,2 Mio. ' +
      'Mit dem frischen Kapital will das Unternehmen mit heute 18 Mitarbeitenden in die Romandie und nach Österreich expandieren.',
    kind: 'round',
    rounds: [
      {
        company: 'Zahltag',
        amount: 7e6,
        currency: 'CHF',
        roundType: 'seed',
        lead: ['Uetliberg Partners'],
        other: ['Zürcher Kantonalbank'],
      },
    ],
  },
  {
    id: 'ub15-25',
    style: 'foreign',
    phenomenon:
      'indonesian_language,rp_miliar,usd_juta_conversion,dipimpin_oleh,investor_sebelumnya,transaction_value_trap,dot_thousands_farmer_count,series_a',
    title: 'Startup perikanan Panen Laut raih pendanaan Seri A Rp 150 miliar',
    source: 'Kabar Startup Nusantara',
    text:
      'Startup agritech perikanan asal Surabaya, Panen Laut, mengumumkan perolehan pendanaan Seri A senilai Rp 150 miliar (sekitar US$9 juta). ' +
      'Putaran pendanaan ini dipimpin oleh Tanjung Perak Ventures, dengan partisipasi dari Sembilan Pulau Capital dan investor sebelumnya, Kenjeran Seed.\n\n' +
      'Panen Laut menyediakan pakan, pembiayaan, dan pembeli bagi lebih dari 7.000 pembudidaya udang dan bandeng di Jawa Timur dan Sulawesi Selatan. ' +
      'Perusahaan mencatat nilai transaksi Rp 620 miliar sepanjang 2025. Dana segar akan digunakan untuk membangun gudang berpendingin di Makassar dan Gresik.',
    kind: 'round',
    rounds: [
      {
        company: 'Panen Laut',
        amount: 150e9,
        currency: 'IDR',
        roundType: 'series_a',
        lead: ['Tanjung Perak Ventures'],
        other: ['Sembilan Pulau Capital', 'Kenjeran Seed'],
      },
    ],
  },
  {
    id: 'ub15-26',
    style: 'business',
    phenomenon:
      'crypto_outlet,equity_plus_token_warrants,preferred_shares,dao_participant,testnet_volume_trap,token_supply_percentage_trap,unknown_type',
    title: 'Saltmarsh Labs raises $14M in equity and tokens for a remittance payments chain',
    source: 'Blockmarket Brief',
    text:
      'Saltmarsh Labs, the team behind a stablecoin payments network for remittances between the Gulf and South Asia, has raised $14 million in a round that combined equity with token warrants, the company said on Monday. ' +
      'Cinderblock Capital led the round, with Ferrous Digital, Obelisk DAO and several payments executives participating.\n\n' +
      'Investors received preferred shares plus the right to SALT tokens when the network’s token launches later this year. ' +
      'Saltmarsh says its testnet has settled $230 million in transfers, and that 8% of the token supply will go to early users.',
    kind: 'round',
    rounds: [
      {
        company: 'Saltmarsh Labs',
        amount: 14e6,
        roundType: 'unknown',
        lead: ['Cinderblock Capital'],
        other: ['Ferrous Digital', 'Obelisk DAO'],
      },
    ],
  },
  {
    id: 'ub15-27',
    style: 'business',
    phenomenon:
      'correction_notice,corrected_amount_trap,corrected_lead_trap,participated_but_did_not_lead,regulator_named,dogs_count_trap,series_a',
    title: 'Brindle Bio raises $36 million Series A for canine cancer drugs',
    source: 'Companion Animal Health Insider',
    text:
      'Correction, March 10: An earlier version of this article misstated the size of Brindle Bio’s Series A and its lead investor. ' +
      'The round was $36 million, not $30 million, and it was led by Sorrel Point Capital; Ambergate Ventures participated but did not lead.\n\n' +
      'Brindle Bio, a Fort Collins, Colorado, company developing antibody treatments for lymphoma in dogs, has raised $36 million in a Series A round led by Sorrel Point Capital. ' +
      'Ambergate Ventures and Flatirons Animal Health Fund also participated.\n\n' +
      'The company expects a conditional licence from the US Department of Agriculture’s Center for Veterinary Biologics for its first treatment in 2027. ' +
      'About 6 million dogs are diagnosed with cancer in the US each year, according to the company.',
    kind: 'round',
    rounds: [
      {
        company: 'Brindle Bio',
        amount: 36e6,
        roundType: 'series_a',
        lead: ['Sorrel Point Capital'],
        other: ['Ambergate Ventures', 'Flatirons Animal Health Fund'],
      },
    ],
  },
  {
    id: 'ub15-28',
    style: 'business',
    phenomenon:
      'equity_crowdfunding,overfunded_target_trap,investor_count,perk_threshold_trap,bottles_trap,valuation_trap,platform_not_investor,no_lead,unknown_type',
    title: 'Herefordshire cidery Crabapple Row overfunds crowdfunding campaign with £1.2m',
    source: 'Cellar & Tap Trade News',
    text:
      'Crabapple Row, the Ledbury maker of dry, still ciders, has raised £1.2m from 2,300 investors in an equity crowdfunding campaign on the Sharefield platform, well ahead of its £750,000 target.\n\n' +
      'The campaign closed on Sunday. Investors who put in more than £500 get a yearly case of cider and a discount in the taproom. ' +
      'Crabapple Row, which sold 410,000 bottles last year, will use the money for a new pressing shed and a bottling line, so that it can stop sending cider to a contract bottler in Somerset.\n\n' +
      'Founder Gwen Pritchard-Morgan said the £8.5m valuation was “a fair price for a farm that’s been pressing apples since 1911”.',
    kind: 'round',
    rounds: [{ company: 'Crabapple Row', amount: 1.2e6, currency: 'GBP', roundType: 'unknown' }],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub15-29',
    style: 'business',
    phenomenon:
      'in_talks,chilean_outlet_english,clp_millions_comma,usd_conversion,expected_to_lead,likely_to_participate,existing_investor,mwh_trap,non_ascii_name,series_a',
    title: 'Puelche Energía in talks to raise CLP 9,500 million Series A',
    source: 'Santiago Business Journal (English edition)',
    text:
      'Puelche Energía, a Santiago startup that builds battery systems for copper mines in the Atacama, is in talks to raise about CLP 9,500 million (around US$10 million) in a Series A, according to two people familiar with the matter. ' +
      'Andes Austral Capital is expected to lead the round, and Quillay Ventures, a CORFO-backed existing investor, is likely to participate, the people said.\n\n' +
      'The talks are at an advanced stage, but terms could still change. Puelche declined to comment. ' +
      'The company has installed 38 megawatt-hours of storage at three mines in the Antofagasta Region.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Puelche Energía',
        amount: 9.5e9,
        currency: 'CLP',
        roundType: 'series_a',
        lead: ['Andes Austral Capital'],
        other: ['Quillay Ventures'],
      },
    ],
  },
  {
    id: 'ub15-30',
    style: 'business',
    phenomenon:
      'in_talks,internal_memo_seen,up_to_amount,bridge_round,verbal_commitments,existing_investors_unnamed,earlier_series_b_same_company_with_lead,delivery_count_trap,runway,unknown_type',
    title: 'Drone-delivery startup Swiftlet Parcel tells staff it is seeking up to $10 million bridge',
    text:
      'Swiftlet Parcel, which delivers prescriptions by drone to rural clinics in Texas and New Mexico, is seeking up to $10 million in a bridge round from its existing investors to fund operations until it can raise a Series C, chief executive Ramon Oyelaran told employees in a memo seen by this publication.\n\n' +
      '“We have verbal commitments for a good part of it and expect to close within six weeks,” Oyelaran wrote. The memo did not name investors.\n\n' +
      'Swiftlet, which flew 48,000 deliveries last year, raised a $35 million Series B led by Pecos Trail Capital in 2024 and has about four months of cash left.',
    kind: 'in_talks',
    rounds: [{ company: 'Swiftlet Parcel', amount: 10e6, roundType: 'unknown' }],
  },
  {
    id: 'ub15-31',
    style: 'roundup',
    phenomenon:
      'in_talks,substack_scoop,term_sheets_from_several_firms,roughly_amount,valuation_range_trap,has_not_picked_lead,lead_empty,earlier_series_a_same_company_with_lead,series_b',
    title: 'Scoop: Loomstead weighs Series B term sheets at up to $400M valuation',
    source: 'The Runway Memo (Substack)',
    text:
      'Loomstead, the New York startup that sells inventory-financing software to independent apparel brands, is raising a Series B of roughly $45 million and has received term sheets from at least three firms, people familiar with the process tell The Runway Memo. ' +
      'The offers value the company at between $320 million and $400 million.\n\n' +
      'Loomstead has not picked a lead, and chief executive Ifeoma Garrick declined to comment. ' +
      'The company raised an $11 million Series A led by Bowery Kite Ventures in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Loomstead', amount: 45e6, roundType: 'series_b', lead: [] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub15-32',
    style: 'business',
    phenomenon:
      'fund_close,vehicle_not_fund,no_word_fund,lp_types,check_size_trap,reserves_trap,portfolio_company_past_round_led_by_firm',
    title: 'Pinecrest Ridge closes $300M vehicle for early-stage climate hardware',
    source: 'Limited Partner Ledger',
    text:
      'Pinecrest Ridge, the Denver firm that backs climate hardware companies at the seed and Series A stages, has closed a $300 million vehicle, its third and largest. ' +
      'Commitments came from university endowments, two family offices and a Scandinavian pension plan, managing partner Hollis Verhoeven said on Monday.\n\n' +
      'The new pool will write first checks of $3 million to $8 million and hold back about half of its capital for follow-on investments. ' +
      'Pinecrest’s portfolio includes Basaltic, which raised a $28 million Series A led by Pinecrest Ridge last spring.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Basaltic'],
  },
  {
    id: 'ub15-33',
    style: 'business',
    phenomenon: 'public_company_share_buyback,authorised_up_to,revenue_trap,cash_trap,listed_company',
    title: 'Tollgate Software authorises $500 million share buyback',
    text:
      'Tollgate Software, the Nasdaq-listed maker of toll-collection and parking software, said on Monday that its board had authorised the repurchase of up to $500 million of its common stock over two years.\n\n' +
      'The company reported fourth-quarter revenue of $312 million, up 11% from a year earlier, and ended 2025 with $1.4 billion in cash and no debt. ' +
      'Its shares rose 6% in early trading.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub15-34',
    style: 'business',
    phenomenon:
      'government_grant_programme,programme_total_trap,per_project_cap_trap,match_funding_percentage,public_body,background_series_a_with_lead,non_ascii_name',
    title: 'Business Finland opens €150 million programme for battery start-ups',
    source: 'Nordic Innovation Wire',
    text:
      'Business Finland said on Monday that it will open a €150 million programme to fund research and pilot production at battery and battery-materials companies over the next four years. ' +
      'Start-ups and SMEs can apply for grants and loans of up to €5 million per project, and must match at least 30% of any grant with private money. The first call closes on 30 June.\n\n' +
      'Companies that have said they will apply include Vaasa-based Kipinä Cells, which raised a €22 million Series A led by Pohjanmaa Capital last year.',
    kind: 'other',
    rounds: [],
    prior: ['Kipinä Cells'],
  },
  {
    id: 'ub15-35',
    style: 'business',
    phenomenon:
      'acquisition,gbp_m_suffix,listed_acquirer,cash_deal,target_total_raised,background_series_a_with_lead,staff_count',
    title: 'Harwick Group buys Leeds fleet-software firm Stitchback for £85m',
    text:
      'Harwick Group, the London-listed logistics company, has agreed to buy Stitchback, a Leeds start-up whose software plans routes and driver shifts for van fleets, for £85m in cash.\n\n' +
      'Stitchback was founded in 2019 and had raised £14m, including a £9m Series A led by Aire Valley Capital in 2023. Its 120 staff will remain in Leeds. ' +
      'The deal, which Harwick expects to add to earnings in its first full year, is due to complete in April.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Stitchback'],
  },
  {
    id: 'ub15-36',
    style: 'business',
    phenomenon:
      'startup_annual_accounts,companies_house,revenue_trap,loss_trap,cash_trap,background_series_b_with_lead,no_further_funding',
    title: 'Kitebridge Tutors more than doubles revenue to £14.2m, accounts show',
    text:
      'Kitebridge Tutors, the London online-tutoring start-up, more than doubled its revenue to £14.2m in the year to June 2025, according to accounts filed at Companies House on Monday. ' +
      'Pre-tax losses narrowed to £5.1m from £7.8m.\n\n' +
      'The company ended the year with £22m in cash after closing a £30m Series B led by Southbank Row in the autumn of 2024. ' +
      'Its directors said they did not expect to need further funding before reaching profitability in 2027.',
    kind: 'other',
    rounds: [],
    prior: ['Kitebridge Tutors'],
  },
  {
    id: 'ub15-37',
    style: 'business',
    phenomenon: 'vc_deployed_total,impact_report,company_count,exits_count,background_series_a_led_by_vc,quote_deployed_trap',
    title: 'Stonehatch Ventures says it has deployed $1.2 billion in a decade',
    text:
      'Stonehatch Ventures, the Atlanta early-stage investor, has deployed $1.2 billion across 140 companies since it was founded in 2016, according to its first public impact report, published on Monday. ' +
      'Nineteen of those companies have been acquired and three have gone public.\n\n' +
      'The report singles out Marrowbone Dental, whose $25 million Series A Stonehatch led in 2025, as one of its fastest-growing holdings. ' +
      '“We’ve deployed more in the last two years than in the five before that,” said managing partner Celeste Ogunbanjo.',
    kind: 'other',
    rounds: [],
    prior: ['Marrowbone Dental'],
  },
  {
    id: 'ub15-38',
    style: 'business',
    phenomenon:
      'ipo_filing,files_publicly,placeholder_amount_trap,ticker,revenue_loss_trap,total_raised_privately,background_series_d_with_lead',
    title: 'Grid-battery maker Bellwether Storage files for Nasdaq IPO',
    text:
      'Bellwether Storage, a Reno, Nevada, maker of grid-scale iron-air batteries, has filed publicly with the Securities and Exchange Commission for an initial public offering on the Nasdaq under the ticker “BWST”. ' +
      'The filing lists a placeholder amount of $100 million, a figure that typically changes before the shares are priced.\n\n' +
      'Bellwether reported revenue of $64 million and a net loss of $210 million for 2025. ' +
      'It has raised about $640 million from private investors, most recently a $300 million Series D led by Tahoe Basin Partners in 2024.',
    kind: 'ipo',
    rounds: [],
    prior: ['Bellwether Storage'],
  },
  {
    id: 'ub15-39',
    style: 'business',
    phenomenon:
      'spac_merger,blank_check,pipe_trap,pipe_investor_named,trust_account_trap,assuming_no_redemptions,valuation_trap,total_raised_privately',
    title: 'Air-taxi developer Aurelian Air to go public through $1.4 billion SPAC deal',
    text:
      'Aurelian Air, a San Jose developer of electric air taxis, will go public by merging with Skyhaven Acquisition Corp., a blank-check company listed on the New York Stock Exchange, in a deal that values the combined company at about $1.4 billion, the companies said on Monday.\n\n' +
      'The transaction is expected to give Aurelian up to $380 million in gross proceeds: $230 million held in Skyhaven’s trust account, assuming no redemptions, and a $150 million private placement from investors including Condor Crest Capital. ' +
      'Aurelian has raised $290 million from private investors since 2019.',
    kind: 'ipo',
    rounds: [],
    prior: ['Aurelian Air'],
  },
  {
    id: 'ub15-40',
    style: 'business',
    phenomenon:
      'bankruptcy_chapter_11,assets_liabilities_ranges_trap,had_raised_total,background_series_c_with_lead,dip_financing_trap,store_count',
    title: 'Plant-based seafood maker Verdance Foods files for Chapter 11',
    text:
      'Verdance Foods, the Oakland company that made plant-based tuna and shrimp sold in about 6,000 grocery stores, filed for Chapter 11 bankruptcy protection in Delaware on Monday, listing assets of $10 million to $50 million and liabilities of $50 million to $100 million.\n\n' +
      'Verdance had raised about $180 million from investors, including a $95 million Series C led by Kelpwater Partners in 2022. ' +
      'It has arranged $8 million of debtor-in-possession financing from an existing lender, Larchmont Credit, to keep operating while it looks for a buyer.',
    kind: 'other',
    rounds: [],
    prior: ['Verdance Foods'],
  },
  {
    id: 'ub15-41',
    style: 'business',
    phenomenon:
      'sports_club_stadium_financing,construction_loan_led_by_banks_trap,municipal_bonds,owner_equity,package_total_trap,seat_count',
    title: 'Spokane Ironwood FC secures $210 million to build new stadium',
    text:
      'Spokane Ironwood FC, the city’s second-division soccer club, has secured $210 million in financing to build a 12,000-seat stadium on the north bank of the Spokane River, club president Dana Whitlock said on Monday.\n\n' +
      'The package combines a $140 million construction loan from a group of banks led by Inland Empire Trust, $45 million in bonds issued by the city, and $25 million from the club’s owners. ' +
      'Construction is due to start in the summer, with the first match planned for the 2028 season.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub15-42',
    style: 'business',
    phenomenon: 'charity_appeal,raises_verb_trap,beat_target_trap,donor_count,anonymous_gift_trap,not_a_company',
    title: 'Children’s hospice raises £4.5m in anniversary appeal',
    text:
      'Lanternfold Children’s Hospice, the North Yorkshire charity, has raised £4.5m in a two-year appeal to mark its 25th anniversary, beating its £4m target. ' +
      'More than 18,000 people donated, and a single anonymous gift of £1m arrived in the final week, chief executive Morag Ellison said on Monday.\n\n' +
      'The money will pay for a hydrotherapy pool and four new family suites at the hospice near Harrogate.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub15-43',
    style: 'business',
    phenomenon:
      'aggregate_country_statistic,annual_report,deal_count,median_seed_trap,largest_deals_named_past_rounds,percentages',
    title: 'Vietnamese start-ups raised $720 million in 2025, report finds',
    source: 'Saigon Tech Review',
    text:
      'Start-ups in Vietnam raised $720 million across 118 deals in 2025, up 9% from a year earlier, according to a report released on Monday by Lotus Bridge Research, a Ho Chi Minh City data firm. ' +
      'Fintech and e-commerce enablers took more than half of the total, and the median seed round was $1.1 million.\n\n' +
      'The largest deal of the year was Thuyen Logistics’ $90 million Series C led by Mekong Delta Partners in September, the report said, followed by Hanoi-based Lua Vang Pay’s $45 million Series B.',
    kind: 'other',
    rounds: [],
    prior: ['Thuyen Logistics', 'Lua Vang Pay'],
  },
  {
    id: 'ub15-44',
    style: 'business',
    phenomenon:
      'secondary_sale_between_investors,stake_sale_trap,valuation_trap,discount_to_last_round,company_raised_nothing,background_seed_and_series_a_with_lead',
    title: 'Tamarind Capital sells Quarryline stake to Larchgate Secondaries',
    text:
      'Tamarind Capital, an early backer of the mining-equipment marketplace Quarryline, has sold its entire stake in the company to Larchgate Secondaries for about $160 million, people familiar with the deal said.\n\n' +
      'The sale values Quarryline at roughly $2 billion, a 10% discount to the price of its Series D last year. Quarryline itself raised no money in the transaction. ' +
      'Tamarind led Quarryline’s $6 million seed round in 2019 and its $30 million Series A in 2021.',
    kind: 'other',
    rounds: [],
    prior: ['Quarryline'],
  },
  {
    id: 'ub15-45',
    style: 'business',
    phenomenon:
      'government_contract,up_to_contract_value_trap,first_order_trap,vehicle_count,not_currently_raising,background_seed_with_lead',
    title: 'Underwater-drone maker Kelpford wins $25 million Navy contract',
    text:
      'Kelpford, a San Diego startup that builds small autonomous submarines for inspecting piers and ship hulls, has won a contract worth up to $25 million over five years from the US Navy, the company said on Monday. ' +
      'The first $4 million order covers 30 vehicles for bases in California and Washington state.\n\n' +
      'Kelpford, founded in 2022, raised a $7 million seed round led by Point Loma Ventures last year and is not currently raising, chief executive Andrea Nakashima said.',
    kind: 'other',
    rounds: [],
    prior: ['Kelpford'],
  },
];
