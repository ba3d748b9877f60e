// A ninth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor.
// Styles: a plain-text deal sheet with pipe-separated columns, Portuguese, Philippine, Thai,
// Malaysian, Egyptian, Taiwanese, Hungarian and Romanian business press in English (EUR written as
// "EUR 8m", "₱" with a "US$15 mn" conversion, "THB", "RM45 million", "EGP", "NT$", "HUF ...
// billion", "RON"), a French press release with "About" boilerplate, a UK AIM-listed investor's
// regulatory announcement, a VC firm's "why we led" blog post, a law firm's deal announcement, a
// scraped web page with player/ad/newsletter/related-story noise, a student newspaper, a Latin
// American fintech newsletter with country headers (COP "40,000 million", a US$ seed, PEN), Chinese
// press in English with "CNY", and an Indonesian-language text (other languages: kind 'round', no
// rounds, by checks.ts). Phenomena: a lowercase company with a dot ("n8x.ai") and one with a
// leading number ("42labs"); a "seed-plus" (seed); a "Series A1" (series_a); a "Series B+" of
// "nearly" an amount (series_b); a "$1.2bn" Series F; a corporate venture arm leading, with its
// parent as a commercial partner; co-leads in one table cell; a pre-Series A and a venture-debt row
// in the table; the EIC Fund (a public body) leading; a listed investor's own cheque and cash
// balance beside the round's total; an investor's first-person "we led"; a law firm's "team was led
// by" partner and opposing counsel; a headline about an investor's new fund whose first investment
// (the round) comes in the third sentence; "a $20 million investment from X" with no round word and
// no lead; a full-digit amount ("$7,500,000") with an existing investor "doubling down" to lead; an
// oversubscribed round beyond its target; a pun headline ("raises the bar"); "$850K"; a company
// named with a common adverb ("Evenly"); a first round with no type; a Chinese financial adviser
// named beside the lead; a bridge round in a roundup. In-talks: "said to be raising" with a lead,
// "closing in on" with a valuation, "set to announce ... understands" with a lead, Saudi riyals "in
// discussions" with no lead chosen, and an Icelandic CEO "looking to raise" ISK. Distractors: a
// SPAC merger (kind 'ipo') with a trust account, a token airdrop "worth" an amount, "raises
// prices", a regulator that "raises concerns" about a loan book, a football team that "raise the
// trophy" with prize money, an early investor selling half its stake to a secondaries buyer, a
// bankruptcy auction of a startup's assets (kind 'acquisition'), a listed biotech's underwritten
// follow-on public offering, a market-size forecast with a sector total, a pension fund's LP
// commitment to a VC fund still raising (kind 'fund_close'), a startup's shutdown post returning
// cash to investors, a listed company that "raises" its revenue forecast, a mayoral campaign's
// fundraising, an all-stock merger of two startups with a combined total raised (kind
// 'acquisition'), and couriers winning a pay "raise"; most carry a past round as background
// (`prior`). Labelled by hand by the conventions of checks.ts and unseen-blind6.ts to
// unseen-blind8.ts; amounts are in the currency first stated; `lead` is given only where the text
// says who led.
// First look (2026-12-07 03:07, no rule changed for it): company F1 0.818 (P 0.84 / R 0.79), amount
// 81.5 %, type 100 %, status 92.6 %, lead F1 0.766, 3 false rounds (a "Related:" link's round, a
// regulator's concerns over a loan book, a mayoral campaign's fundraising) and 2 wrong names (a
// company's earlier round read as the story company's). Missed: THB, RM, COP, PEN, ISK and SAR
// amounts (read as the dollar conversion or not at all), a deals table of plain lines with pipes,
// talks told 40 characters or more before the verb and "closing in on", a "Related:" link's round,
// "No lead investor" (read as a lead named "No"), "raised … in 2025" weeks into 2026 (read as
// new), a law firm's team "led by" a partner, ", leading the round", a lead list running into "as
// soon as next week", an AIM announcement ("participated in a £12m fundraise by X"), a fund's
// first investment told in the third sentence under a fund headline, and "set out to raise $15M.
// It ended up with $22M". After the fixes (kinds of wording, tested on other invented examples in
// blind9-ways.test.ts): 0.954 · 100 % · 100 % · 0.939 · 0 false, 0 wrong names; every other set
// unchanged; left: the last three. Later the same day, with the eleventh set's "participated in …
// fundraise by X" and a release's header lines not counted as its lead: 0.970 · 100 % · 100 % ·
// 0.960 · 0 false (left: the fund's first investment, the "ended up with" round). A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND9: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub9-01',
    style: 'roundup',
    phenomenon:
      'pipe_table,plain_text_columns,lowercase_dotted_name,us_dollar_mn,co_leads_in_one_cell,pre_series_a,aud,venture_debt_row,fund_close_footer',
    title: 'Deal sheet: Thursday 3 December',
    source: 'Seedline Daily',
    text:
      'Deal sheet — Thursday 3 December\n\n' +
      'Company | Round | Amount | Lead\n' +
      'n8x.ai | Seed | US$6.4 mn | Fernwood Capital\n' +
      'Brackwater Labs | Series B | $41M | Quintrell Partners; Dunlin Growth (co-leads)\n' +
      'Saltbush Pantry | Pre-Series A | A$9m | not disclosed\n' +
      'Turnstile Robotics | Venture debt | $25M | n/a\n\n' +
      'Also today: Pellmoor Ventures held the final close of its third fund at $210M, and Brackwater Labs hired a chief revenue officer from a rival.',
    kind: 'round',
    rounds: [
      { company: 'n8x.ai', amount: 6.4e6, roundType: 'seed', lead: ['Fernwood Capital'] },
      { company: 'Brackwater Labs', amount: 41e6, roundType: 'series_b', lead: ['Quintrell Partners', 'Dunlin Growth'] },
      { company: 'Saltbush Pantry', amount: 9e6, currency: 'AUD', roundType: 'unknown' },
      { company: 'Turnstile Robotics', amount: 25e6, roundType: 'debt' },
    ],
  },
  {
    id: 'ub9-02',
    style: 'business',
    phenomenon: 'portugal_press,eur_code_prefix,lowercase_numeric_name,seed_plus,earlier_seed_same_company',
    title: 'Lisbon’s 42labs raises EUR 8m seed-plus to automate port paperwork',
    source: 'Tagus Tech Review',
    text:
      '42labs, a Lisbon start-up whose software fills in customs and port-authority forms for shipping agents, has raised EUR 8m in a seed-plus round led by Belém Ventures. ' +
      'The round, which follows a EUR 2.5m seed from Alcântara Capital in 2025, also drew money from Madeira Angels and from the founders of two Portuguese logistics groups. ' +
      '42labs, named after the street number of its first office in the Chiado, is used by agents at the ports of Lisbon, Sines and Leixões. ' +
      'Chief executive Inês Caldeira said the money would pay for a team in Valencia and for links to Spanish port systems.',
    kind: 'round',
    rounds: [{ company: '42labs', amount: 8e6, currency: 'EUR', roundType: 'seed', lead: ['Belém Ventures'] }],
  },
  {
    id: 'ub9-03',
    style: 'wire',
    phenomenon:
      'series_a1,sub_series,corporate_venture_arm_lead,parent_company_trap,commercial_deal,earlier_series_a_same_company',
    title: 'Rotterdam’s Ballastic raises $18M Series A1 led by shipping group’s venture arm',
    text:
      'Ballastic, a Rotterdam-based startup that uses underwater drones to inspect ship hulls and ballast tanks, has raised $18 million in a Series A1 round led by Skarstad Ventures, the corporate venture arm of Norwegian shipping group Skarstad Line. ' +
      'Existing investors Maasvlakte Capital and Stern Point Ventures also took part, Ballastic said on Tuesday. ' +
      'The A1 comes 14 months after the company’s $11 million Series A. ' +
      'Skarstad Line, which operates 140 vessels, will also use Ballastic’s drones across its fleet under a separate commercial agreement.',
    kind: 'round',
    rounds: [{ company: 'Ballastic', amount: 18e6, roundType: 'series_a', lead: ['Skarstad Ventures'] }],
  },
  {
    id: 'ub9-04',
    style: 'business',
    phenomenon: 'bn_suffix,series_f,valuation_trap,total_raised_trap,lead_in_second_sentence',
    title: 'Cindervale raises $1.2bn in Series F as AI chip-cooling orders soar',
    text:
      'Cindervale, which makes liquid-cooling systems for racks of AI chips, has raised $1.2bn in a Series F round that values the Austin-based company at $19bn, more than double its valuation a year ago. ' +
      'Stonecrest Growth led the round, joined by existing backers Palomar Peak and Tiverton Road Capital. ' +
      'The funding takes Cindervale’s total raised since 2019 to $3.4bn. ' +
      'Chief executive Arjun Mehra said orders from data-centre builders had tripled this year and the company would use the money to build two factories in Texas and one in Malaysia.',
    kind: 'round',
    rounds: [{ company: 'Cindervale', amount: 1.2e9, roundType: 'series_f', lead: ['Stonecrest Growth'] }],
  },
  {
    id: 'ub9-05',
    style: 'business',
    phenomenon: 'philippines_press,php,peso_sign,usd_mn_conversion,series_a',
    title: 'Manila’s Sarisend raises ₱850 million to restock sari-sari stores',
    source: 'Makati Startup Journal',
    text:
      'Sarisend, a Manila-based platform that lets neighbourhood sari-sari stores order stock from distributors by text message, has raised ₱850 million (about US$15 mn) in a Series A round led by Intramuros Capital. ' +
      'Cebu-based Mactan Ventures and a family office linked to a Visayas shipping group also joined. ' +
      'The startup says 38,000 stores in Luzon and the Visayas now use its app, up from 9,000 a year ago. ' +
      'It will use the money to add warehouses in Davao and Iloilo.',
    kind: 'round',
    rounds: [{ company: 'Sarisend', amount: 850e6, currency: 'PHP', roundType: 'series_a', lead: ['Intramuros Capital'] }],
  },
  {
    id: 'ub9-06',
    style: 'business',
    phenomenon: 'thailand_press,thb_code_prefix,usd_conversion,co_led,series_b',
    title: 'Bangkok cold-chain startup Yenlek raises THB 350 million Series B',
    text:
      'Yenlek, a Bangkok-based company that runs refrigerated delivery for restaurants and seafood wholesalers, has closed a THB 350 million (about US$10 million) Series B round co-led by Chao Phraya Partners and Ratchada Growth Fund. ' +
      'Earlier backer Sukhumvit Angels also put in more money, the company said. ' +
      'Yenlek operates 420 chilled vans in Bangkok, Chiang Mai and Phuket and plans to reach Hat Yai and Khon Kaen next year.',
    kind: 'round',
    rounds: [
      {
        company: 'Yenlek',
        amount: 350e6,
        currency: 'THB',
        roundType: 'series_b',
        lead: ['Chao Phraya Partners', 'Ratchada Growth Fund'],
      },
    ],
  },
  {
    id: 'ub9-07',
    style: 'business',
    phenomenon: 'malaysia_press,myr,rm_prefix_no_space,bagged,no_lead_stated,investors_listed',
    title: 'KL agritech Padiwise bags RM45 million Series A',
    text:
      'Kuala Lumpur-based Padiwise, which sells drone spraying and soil testing to paddy farmers as a monthly subscription, has bagged RM45 million in Series A funding from Klang Valley Capital, Selangor Growth Partners and existing investor Petaling Ventures. ' +
      'The company did not name a lead investor. ' +
      'Padiwise works with about 12,000 farmers in Kedah, Perlis and Perak, co-founder Farah Aziz said, and will use the money to expand into Sabah and Sarawak.',
    kind: 'round',
    rounds: [
      {
        company: 'Padiwise',
        amount: 45e6,
        currency: 'MYR',
        roundType: 'series_a',
        other: ['Klang Valley Capital', 'Selangor Growth Partners', 'Petaling Ventures'],
      },
    ],
  },
  {
    id: 'ub9-08',
    style: 'business',
    phenomenon: 'egypt_press,egp_code_prefix,usd_conversion,local_currency_round,series_a',
    title: 'Cairo’s Sanadeq raises EGP 300 million Series A for shared warehouses',
    text:
      'Sanadeq, a Cairo startup that runs shared warehouses for small online sellers, has closed an EGP 300 million (roughly $6.2 million) Series A led by Nile Corniche Ventures. ' +
      'Alexandria-based Qaitbay Capital and a group of Gulf angel investors took part. ' +
      'The company said it had chosen to raise in Egyptian pounds because most of its costs and revenues are local. ' +
      'Sanadeq runs four warehouses in Greater Cairo and one in Alexandria and plans to open in Mansoura and Assiut.',
    kind: 'round',
    rounds: [{ company: 'Sanadeq', amount: 300e6, currency: 'EGP', roundType: 'series_a', lead: ['Nile Corniche Ventures'] }],
  },
  {
    id: 'ub9-09',
    style: 'business',
    phenomenon: 'taiwan_press,twd,nt_dollar,usd_conversion,the_round_was_led_by_semicolon,unnamed_corporate_investor',
    title: 'Hsinchu lidar-chip startup Guangyu raises NT$600 million Series B',
    text:
      'Hsinchu-based Guangyu Photonics, which designs solid-state lidar chips for factory robots, said on Monday it had raised NT$600 million (about US$19 million) in a Series B round. ' +
      'The round was led by Keelung Bay Capital; Tamsui Ventures and the investment arm of a Taichung machine-tool maker also took part. ' +
      'Guangyu plans to start volume production with a foundry partner in the second half of 2027, chairman Lin Wei-chen said.',
    kind: 'round',
    rounds: [
      { company: 'Guangyu Photonics', amount: 600e6, currency: 'TWD', roundType: 'series_b', lead: ['Keelung Bay Capital'] },
    ],
  },
  {
    id: 'ub9-10',
    style: 'business',
    phenomenon: 'hungary_press,huf,billion,eur_conversion,first_round_no_type,no_lead,bootstrapped_until_now',
    title: 'Budapest bookkeeping startup Mérleg raises HUF 2.4 billion',
    text:
      'Mérleg, a Budapest startup that builds bookkeeping software for Hungarian sole traders, has raised HUF 2.4 billion (about €6 million) from Danube Bend Ventures and Buda Hills Angels, it said on Wednesday. ' +
      'It is the company’s first funding round; until now it has been financed by its three founders. ' +
      'Mérleg has 31,000 paying users and plans to launch in Slovakia and Romania next year.',
    kind: 'round',
    rounds: [
      {
        company: 'Mérleg',
        amount: 2.4e9,
        currency: 'HUF',
        roundType: 'unknown',
        other: ['Danube Bend Ventures', 'Buda Hills Angels'],
      },
    ],
  },
  {
    id: 'ub9-11',
    style: 'press',
    phenomenon: 'press_release,public_body_lead,eic_fund,about_boilerplate,aum_trap,portfolio_round_in_boilerplate,quote',
    title: 'Lumenor Closes €15 Million Series A Led by the EIC Fund',
    text:
      'LYON, France, December 2, 2026 -- Lumenor, a developer of photonic sensors that detect methane leaks along gas pipelines, today announced a €15 million Series A financing led by the EIC Fund. ' +
      'Saône Capital and existing investor Rhône Seed Partners also participated. ' +
      'The proceeds will fund the company’s first production line and field trials with three European pipeline operators.\n\n' +
      '"Pipeline operators need to find leaks in hours, not months," said Claire Vautrin, chief executive of Lumenor.\n\n' +
      'About Lumenor\n' +
      'Founded in 2022 as a spin-off from a Lyon research laboratory, Lumenor employs 34 people.\n\n' +
      'About Saône Capital\n' +
      'Saône Capital is a Lyon-based venture capital firm with €420 million under management. ' +
      'Its portfolio includes Vellum Bio, Tarn Robotics and Gerland Energy, which raised a €40 million Series B earlier this year.',
    kind: 'round',
    rounds: [{ company: 'Lumenor', amount: 15e6, currency: 'EUR', roundType: 'series_a', lead: ['EIC Fund'] }],
    prior: ['Gerland Energy'],
  },
  {
    id: 'ub9-12',
    style: 'press',
    phenomenon:
      'uk_regulatory_announcement,aim_listed_investor,participant_share_trap,holding_percentage,cash_balance_trap,ltd_suffix,lead_in_second_sentence',
    title: 'Wykeham Holdings plc: Participation in fundraise by portfolio company',
    source: 'Market Announcements Feed',
    text:
      'Wykeham Holdings plc\n("Wykeham" or the "Company")\n\nParticipation in fundraise by portfolio company\n\n' +
      'Wykeham Holdings plc (AIM: WYKH), the life sciences investment company, announces that it has participated in a £12.0 million Series A fundraise by Quillstone Therapeutics Ltd ("Quillstone"), a Manchester-based developer of inhaled treatments for lung fibrosis. ' +
      'The round was led by Medlock Bio Partners. ' +
      'Wykeham has invested £2.0 million in the round, taking its holding in Quillstone to 14.8% on a fully diluted basis. ' +
      'Following the investment, the Company’s cash balance is approximately £9.3 million.\n\n' +
      'For further information, please contact: Wykeham Holdings plc, Simon Ashdown, Chief Executive.',
    kind: 'round',
    rounds: [
      {
        company: 'Quillstone Therapeutics',
        amount: 12e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Medlock Bio Partners'],
        other: ['Wykeham Holdings'],
      },
    ],
  },
  {
    id: 'ub9-13',
    style: 'blog',
    phenomenon: 'investor_blog,we_led,first_person_investor,company_possessive,rival_round_background',
    title: 'Why we led Pennywort’s seed round',
    source: 'Marrowgate Ventures Blog',
    text:
      'Every finance team we talk to has the same complaint: closing the books takes two weeks, and most of that is chasing receipts. ' +
      'That is why we at Marrowgate Ventures are delighted to have led Pennywort’s $4.5M seed round, alongside Copperleaf Fund and a handful of CFO angels. ' +
      'Pennywort’s founders, Ola Bergström and Tariq Mensah, built the expense systems at two large retailers before starting the company. ' +
      'We looked hard at the space before investing. Drayline, the category’s best-known player, raised $30M last year, but we think Pennywort’s approach of reading receipts straight from the card networks is the better one.',
    kind: 'round',
    rounds: [{ company: 'Pennywort', amount: 4.5e6, roundType: 'seed', lead: ['Marrowgate Ventures'] }],
    prior: ['Drayline'],
  },
  {
    id: 'ub9-14',
    style: 'press',
    phenomenon: 'law_firm_announcement,advised_on,team_was_led_by_trap,opposing_counsel_trap,llp_suffix',
    title: 'Harlan & Voss advises Tidewell Energy on $32 million Series B',
    text:
      'Harlan & Voss LLP advised Tidewell Energy, a developer of tidal-stream turbines, on its $32 million Series B financing led by Greyfold Capital, with participation from Orkney Blue Ventures and Solent Climate Fund. ' +
      'The Harlan & Voss team was led by corporate partner Miriam Achebe, with associates Tom Richter and Priya Dhar. ' +
      'Greyfold Capital was advised by Castellane Moore LLP. ' +
      'Harlan & Voss has advised on more than 60 venture financings in the energy sector this year.',
    kind: 'round',
    rounds: [{ company: 'Tidewell Energy', amount: 32e6, roundType: 'series_b', lead: ['Greyfold Capital'] }],
  },
  {
    id: 'ub9-15',
    style: 'business',
    phenomenon: 'scraped_page_noise,related_link_other_round,common_word_company_name,gbp,series_a',
    title: 'Evenly raises £9m to split household bills between flatmates',
    source: 'Northern Fintech Post',
    text:
      'Listen to this article\n\nAdvertisement\n\n' +
      'Evenly, the Leeds-based app that splits rent, energy and broadband bills between people who share a home, has raised £9m in a Series A round led by Roundhay Capital.\n\n' +
      'Subscribe to our newsletter for the latest fintech news\n\n' +
      'Existing investors Armley Ventures and Headingley Angels also took part. ' +
      'The company says 410,000 people in the UK use the app, most of them students and young renters.\n\n' +
      'Related: Brackenfield Grid raises $40M Series B to build battery parks\n\n' +
      'Evenly will use the funding to launch in Ireland and to add a feature that lets landlords collect rent through the app.\n\n' +
      'Share this article',
    kind: 'round',
    rounds: [{ company: 'Evenly', amount: 9e6, currency: 'GBP', roundType: 'series_a', lead: ['Roundhay Capital'] }],
    prior: ['Brackenfield Grid'],
  },
  {
    id: 'ub9-16',
    style: 'business',
    phenomenon: 'investor_fund_headline,company_in_third_sentence,fund_size_trap,short_lead_name',
    title: 'Ostrander Capital’s new $300M fund makes its first bet',
    text:
      'Ostrander Capital closed its third fund at $300 million in October, and the Denver firm has now written the first check out of it. ' +
      'Partners at the firm said they had spent the autumn looking at companies that sell software to rural hospitals, a market they think larger funds ignore. ' +
      'The first investment is a $12 million Series A in Pallwick, a Boise startup whose software helps small hospitals bill Medicare for telehealth visits. ' +
      'Ostrander led the round, and Sawtooth Ventures joined. ' +
      'Pallwick has 60 hospital customers in Idaho, Montana and Wyoming.',
    kind: 'round',
    rounds: [{ company: 'Pallwick', amount: 12e6, roundType: 'series_a', lead: ['Ostrander Capital'] }],
  },
  {
    id: 'ub9-17',
    style: 'wire',
    phenomenon: 'investment_from_no_round_word,single_investor,no_lead_stated,investor_description',
    text:
      'Tamsin Robotics lands $20 million investment from Corvid Partners\n\n' +
      'Tamsin Robotics, a Pittsburgh company whose robots lay bricks and blocks on housing sites, has received a $20 million investment from New York growth investor Corvid Partners, the companies said on Thursday. ' +
      'Tamsin will use the money to build 40 more robots and lease them to homebuilders in Texas and Florida. ' +
      'Neither company disclosed the valuation.',
    kind: 'round',
    rounds: [{ company: 'Tamsin Robotics', amount: 20e6, roundType: 'unknown', other: ['Corvid Partners'] }],
  },
  {
    id: 'ub9-18',
    style: 'press',
    phenomenon: 'full_digit_amount,thousands_commas,doubled_down,existing_investor_leads,press_release,dateline',
    title: 'Orchardly Closes $7,500,000 Seed Round as Existing Investor Doubles Down',
    text:
      'PORTLAND, Ore., Dec. 3, 2026 -- Orchardly, whose sensors hang in fruit trees and tell growers the best day to pick, today announced it has closed $7,500,000 in seed funding. ' +
      'Existing investor Bramblecote Ventures doubled down on its pre-seed bet, leading the round, with new participation from Willamette Angels and Pearl District Fund. ' +
      '"Bramblecote backed us when we were two people and a spreadsheet," said co-founder Renata Ilves. ' +
      'Orchardly’s sensors are installed in 140 orchards in Oregon and Washington.',
    kind: 'round',
    rounds: [{ company: 'Orchardly', amount: 7.5e6, roundType: 'seed', lead: ['Bramblecote Ventures'] }],
  },
  {
    id: 'ub9-19',
    style: 'business',
    phenomenon: 'oversubscribed,upsized_round,target_amount_trap,turned_away_trap,lead_after_colon',
    title: 'Kettlewick’s oversubscribed Series A closes at $22M',
    text:
      'Kettlewick, a Minneapolis startup that sells software for scheduling snow-plough crews, set out to raise $15 million this autumn. ' +
      'It ended up with $22 million: the company said on Monday that its Series A had closed oversubscribed, led by Stone Arch Capital, with Lake Harriet Ventures and Frostline Fund also investing. ' +
      'Chief executive Dana Lindqvist said the company had turned away about $10 million from other investors.',
    kind: 'round',
    rounds: [{ company: 'Kettlewick', amount: 22e6, roundType: 'series_a', lead: ['Stone Arch Capital'] }],
  },
  {
    id: 'ub9-20',
    style: 'wire',
    phenomenon: 'pun_headline,raises_the_bar,seed,led_by',
    text:
      'Vaultline raises the bar with $8M seed for climbing-gym software\n\n' +
      'Vaultline, whose software runs memberships, route-setting schedules and waivers for indoor climbing gyms, has raised an $8 million seed round led by Granite Spur Ventures. ' +
      'Boulder-based Vaultline says 700 gyms in 11 countries use its system.',
    kind: 'round',
    rounds: [{ company: 'Vaultline', amount: 8e6, roundType: 'seed', lead: ['Granite Spur Ventures'] }],
  },
  {
    id: 'ub9-21',
    style: 'business',
    phenomenon: 'student_newspaper,k_suffix,pre_seed,alumni_fund_lead,professors_as_angels',
    title: 'Two seniors’ startup raises $850K to cut dining-hall waste',
    source: 'The Quad Courier',
    text:
      'Scraplet, a startup founded by two seniors in the engineering school, has raised $850K in pre-seed funding, the founders told the Courier this week. ' +
      'The round was led by Old Quad Ventures, an alumni-run fund, with checks from several professors and a former dining services director. ' +
      'Scraplet’s cameras photograph trays as they come back to the dish room and estimate how much of each dish was thrown away. ' +
      'The system is already running in three campus dining halls, and co-founder Maya Okonkwo said two other universities have signed on for the spring semester.',
    kind: 'round',
    rounds: [{ company: 'Scraplet', amount: 850e3, roundType: 'pre_seed', lead: ['Old Quad Ventures'] }],
  },
  {
    id: 'ub9-22',
    style: 'roundup',
    phenomenon:
      'latam_newsletter,country_headers,cop,thousands_of_millions,usd_seed_no_lead,pen,bridge_round,exit_item,multi_round',
    title: 'LatAm Fintech Friday: Colombia, Chile, Peru',
    source: 'Andes Fintech Letter',
    text:
      'Happy Friday. Three deals and one exit this week.\n\n' +
      'COLOMBIA — Bogotá-based Fiado, which gives corner shops credit lines for buying stock, raised COP 40,000 million (about US$10 million) in a Series A led by Monserrate Capital. ' +
      'Local investors Usaquén Ventures and Chapinero Angels joined.\n\n' +
      'CHILE — Santiago’s Cosecha Data closed a US$4 million seed with Mapocho Ventures and Valparaíso Tech Fund.\n\n' +
      'PERU — Lima-based Yapu Seguros, which sells phone and bicycle insurance through WhatsApp, raised a PEN 15 million (roughly US$4 million) bridge round from existing investors ahead of a Series B next year.\n\n' +
      'EXIT — Argentina’s Ñandú Pay was bought by a Brazilian payments group for an undisclosed sum.',
    kind: 'round',
    rounds: [
      { company: 'Fiado', amount: 40e9, currency: 'COP', roundType: 'series_a', lead: ['Monserrate Capital'] },
      { company: 'Cosecha Data', amount: 4e6, roundType: 'seed' },
      { company: 'Yapu Seguros', amount: 15e6, currency: 'PEN', roundType: 'unknown' },
    ],
  },
  {
    id: 'ub9-23',
    style: 'business',
    phenomenon: 'china_press,cny_code_prefix,series_b_plus,nearly_amount,financial_adviser_trap,follow_on_existing',
    title: 'Suzhou surgical-robot maker Jingshou completes Series B+ round of nearly CNY 200 million',
    text:
      'Jingshou Medical, a Suzhou company developing robotic arms for keyhole orthopaedic surgery, has completed a Series B+ round of nearly CNY 200 million, it announced on Tuesday. ' +
      'The round was led by Jinji Lake Hard Tech Fund, with follow-on investment from existing shareholders Taihu Medical Capital and Gusu Angel Partners. ' +
      'Lotus Bridge Capital acted as the exclusive financial adviser on the deal. ' +
      'Proceeds will go towards clinical trials and towards registering its knee-replacement robot with the National Medical Products Administration.',
    kind: 'round',
    rounds: [
      {
        company: 'Jingshou Medical',
        amount: 200e6,
        currency: 'CNY',
        roundType: 'series_b',
        lead: ['Jinji Lake Hard Tech Fund'],
      },
    ],
  },
  {
    id: 'ub9-24',
    style: 'business',
    phenomenon: 'romania_press,ron_code_prefix,eur_conversion,founders_invest,series_a',
    title: 'Cluj start-up Arhivio raises RON 25 million to digitise town-hall archives',
    text:
      'Arhivio, a Cluj-Napoca start-up that digitises paper archives for Romanian town halls and hospitals, has raised RON 25 million (about €5 million) in a Series A round led by Someș Valley Capital. ' +
      'Bucharest-based Herăstrău Ventures and the start-up’s founders also put money in. ' +
      'Arhivio has scanned more than 90 million pages since 2022 and employs 140 people, most of them at a scanning centre in Turda.',
    kind: 'round',
    rounds: [{ company: 'Arhivio', amount: 25e6, currency: 'RON', roundType: 'series_a', lead: ['Someș Valley Capital'] }],
  },
  // ── Other languages: never a false round ─────────────────────────────────────────────────────
  {
    id: 'ub9-25',
    style: 'foreign',
    phenomenon: 'other_language,indonesian,idr,rp_miliar,dipimpin_oleh,series_a',
    source: 'Warta Rintisan Priangan',
    text:
      'Startup agritech asal Bandung, Petakbumi, meraih pendanaan Seri A senilai Rp 150 miliar yang dipimpin oleh Citarum Ventures. ' +
      'Investor sebelumnya, Dago Capital, juga ikut berpartisipasi dalam putaran ini. ' +
      'Dana segar tersebut akan digunakan untuk memperluas layanan ke Jawa Tengah dan Sulawesi Selatan.',
    kind: 'round',
    rounds: [],
  },
  // ── In talks and reported ────────────────────────────────────────────────────────────────────
  {
    id: 'ub9-26',
    style: 'wire',
    phenomenon: 'in_talks,israel,said_to_be_raising,led_by,valuation_trap,earlier_round_same_company',
    title: 'Cyber startup Kesher Shield said to be raising $70M Series B',
    text:
      'Kesher Shield, a Tel Aviv startup that protects hospitals’ medical devices from hackers, is said to be raising about $70 million in a Series B round led by Yarkon Growth Partners, according to two people familiar with the matter. ' +
      'The round would value the company at around $600 million, the people said. ' +
      'Kesher Shield declined to comment. It raised a $22 million Series A led by Negev Gate Ventures in 2025.',
    kind: 'in_talks',
    rounds: [{ company: 'Kesher Shield', amount: 70e6, roundType: 'series_b', lead: ['Yarkon Growth Partners'] }],
  },
  {
    id: 'ub9-27',
    style: 'business',
    phenomenon: 'in_talks,closing_in_on,not_finalised,valuation_trap,earlier_valuation',
    title: 'Fathomline closes in on $250 million round at $3 billion valuation',
    text:
      'Fathomline, the San Francisco startup whose software lets insurers price flood risk street by street, is closing in on a funding round of about $250 million that would value it at $3 billion, according to people familiar with the talks. ' +
      'Terms could still change, and the round has not been finalised, the people said. ' +
      'Fathomline, which was valued at $1.1 billion last year, did not respond to a request for comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Fathomline', amount: 250e6, roundType: 'unknown' }],
  },
  {
    id: 'ub9-28',
    style: 'business',
    phenomenon: 'in_talks,uk_press,set_to_announce,understands,led_by,gbp,outlet_as_source',
    title: 'Plimsoll Health set to announce £20m Series A',
    source: 'The Ledger Line',
    text:
      'Plimsoll Health, the London start-up that sends physiotherapists to older people’s homes after hip and knee operations, is set to announce a £20m Series A led by Hartwell Partners as soon as next week, The Ledger Line understands. ' +
      'Existing backer Clerkenwell Seed is expected to invest again. ' +
      'Plimsoll Health and Hartwell Partners declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Plimsoll Health', amount: 20e6, currency: 'GBP', roundType: 'series_a', lead: ['Hartwell Partners'] }],
  },
  {
    id: 'ub9-29',
    style: 'business',
    phenomenon: 'in_talks,saudi,sar_first,usd_conversion,in_discussions,no_lead_chosen,series_c,earlier_round_same_company',
    title: 'Riyadh delivery startup Qafila courts regional investors for Series C',
    text:
      'Qafila, a Riyadh-based company that runs same-day delivery for online retailers across Saudi Arabia, is in discussions with regional investors to raise about SAR 375 million (about $100 million) in a Series C round, people with knowledge of the matter said. ' +
      'A state-backed fund is among those considering an investment, one of the people said. No lead investor has been chosen. ' +
      'Qafila raised a $45 million Series B in 2025.',
    kind: 'in_talks',
    rounds: [{ company: 'Qafila', amount: 375e6, currency: 'SAR', roundType: 'series_c' }],
  },
  {
    id: 'ub9-30',
    style: 'business',
    phenomenon: 'in_talks,iceland,isk,usd_conversion,looking_to_raise,ceo_quote,hope_to_close',
    title: 'Reykjavík wound-dressing maker Bláfell Bio seeks capital for a factory',
    text:
      'Bláfell Bio, a Reykjavík company that turns cod skin into dressings for burns and chronic wounds, is looking to raise ISK 2 billion (about $14 million) from new investors to build a factory in Ísafjörður, chief executive Sigrún Hallsdóttir told a local business weekly. ' +
      '"We have started conversations with Nordic and American investors and hope to close the round in the spring," she said. ' +
      'The company has so far been funded by its founders and a regional development fund.',
    kind: 'in_talks',
    rounds: [{ company: 'Bláfell Bio', amount: 2e9, currency: 'ISK', roundType: 'unknown' }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub9-31',
    style: 'wire',
    phenomenon: 'spac_merger,blank_check,trust_account_trap,combined_valuation,background_round_with_lead',
    title: 'Air-taxi maker Aeroloft to go public via $1.1 billion SPAC deal',
    text:
      'Aeroloft, which is developing a four-seat electric air taxi, agreed to go public by merging with Keystone Horizon Acquisition Corp., a blank-check company listed on the Nasdaq, in a deal that values the combined company at about $1.1 billion. ' +
      'Keystone Horizon has $230 million in its trust account. ' +
      'Aeroloft has raised $140 million from venture investors since 2021, including a Series B led by Skyward Arc Ventures.',
    kind: 'ipo',
    rounds: [],
    prior: ['Aeroloft'],
  },
  {
    id: 'ub9-32',
    style: 'business',
    phenomenon: 'token_airdrop,crypto,worth_trap,no_money_raised',
    title: 'Ferrox airdrops tokens worth $60 million to early users',
    text:
      'Ferrox, a decentralised exchange for trading tokenised carbon credits, distributed 150 million FRX tokens to about 80,000 early users on Monday in an airdrop worth roughly $60 million at the opening price. ' +
      'The tokens started trading on several exchanges and fell 30% within hours. ' +
      'Recipients have 90 days to claim their tokens.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub9-33',
    style: 'wire',
    phenomenon: 'raises_prices,raises_verb_trap,spending_figure',
    text:
      'Streamwise raises prices for its ad-free plan by $3 a month\n\n' +
      'Streamwise, the video-streaming service, said its ad-free plan would cost $17.99 a month in the US from January, up from $14.99, its second increase in 14 months. ' +
      'The company said it would spend $4 billion on new shows next year.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub9-34',
    style: 'business',
    phenomenon: 'raises_concerns,regulator,loan_book_trap,background_round',
    title: 'Watchdog raises concerns over buy-now-pay-later firm Paylio’s £40m loan book',
    text:
      'The Financial Conduct Authority has raised concerns about how Paylio, a buy-now-pay-later company, checks whether customers can afford their repayments, according to a letter seen by this newspaper. ' +
      'The regulator questioned Paylio’s handling of £40m of loans to customers it had classed as low-risk. ' +
      'Paylio, which raised £60m from Thistle Harbour Capital in 2024, said it was cooperating fully.',
    kind: 'other',
    rounds: [],
    prior: ['Paylio'],
  },
  {
    id: 'ub9-35',
    style: 'wire',
    phenomenon: 'sports,raise_the_trophy,prize_money,raises_verb_trap',
    text:
      'Harbour City raise the trophy after extra-time win, pocket $2.5 million\n\n' +
      'Harbour City FC beat Ridgeback Rovers 2-1 after extra time to win the Continental Cup on Sunday, earning $2.5 million in prize money. ' +
      'Captain Leo Mbeki raised the trophy in front of 41,000 fans.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub9-36',
    style: 'business',
    phenomenon: 'secondary_sale,investor_stake_sale,no_money_to_company,background_round_with_lead,discount_valuation',
    title: 'Early backer sells half its Orvia stake for $90 million',
    text:
      'Kestrel Rock Ventures, one of the first investors in payments company Orvia, has sold half of its stake to secondaries specialist Wayfarer Secondaries for about $90 million, according to a letter to Kestrel Rock’s own investors. ' +
      'The sale values Orvia at about $2.6 billion, a discount to the $3.2 billion valuation it reached in a $120 million Series C led by Halyard Growth in 2024. ' +
      'Orvia itself receives none of the money.',
    kind: 'other',
    rounds: [],
    prior: ['Orvia'],
  },
  {
    id: 'ub9-37',
    style: 'business',
    phenomenon: 'bankruptcy_auction,asset_sale,chapter_11,background_round_with_lead,total_raised',
    title: 'Bankrupt scooter startup Zipply’s assets fetch $12 million at auction',
    text:
      'The assets of Zipply, the scooter-sharing startup that filed for Chapter 11 bankruptcy protection in August, were sold for $12 million at a court-supervised auction on Wednesday. ' +
      'The winning bidder, Midwest scooter operator Pedalcraft, will take over Zipply’s 18,000 scooters and its permits in six cities. ' +
      'Zipply had raised $210 million from investors including Brightline Mobility Fund, which led its $90 million Series C in 2023.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Zipply'],
  },
  {
    id: 'ub9-38',
    style: 'press',
    phenomenon: 'follow_on_public_offering,listed_biotech,underwritten,gross_proceeds_trap,underwriters_option',
    title: 'Corrivan Therapeutics Announces Pricing of $300 Million Public Offering',
    text:
      'BOSTON, Dec. 2, 2026 -- Corrivan Therapeutics, Inc. (Nasdaq: CRVT), a clinical-stage biotechnology company, today announced the pricing of an underwritten public offering of 12,000,000 shares of its common stock at $25.00 per share, for gross proceeds of $300 million. ' +
      'Corrivan has granted the underwriters a 30-day option to purchase up to 1,800,000 additional shares. ' +
      'The offering is expected to close on December 4, 2026, subject to customary closing conditions.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub9-39',
    style: 'business',
    phenomenon: 'market_size_forecast,research_report,sector_investment_total',
    title: 'Warehouse robot market to reach $41 billion by 2030',
    text:
      'Spending on warehouse robots will rise to $41 billion a year by 2030, from about $12 billion this year, as retailers automate picking and packing, according to a report published on Tuesday by research firm Quayline Insights. ' +
      'Makers of mobile robots will take the largest share, the report said. ' +
      'It put venture investment in the sector at $3.8 billion so far this year.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub9-40',
    style: 'business',
    phenomenon: 'lp_commitment,pension_fund,vc_fund_still_raising,no_close_yet,buyout_fund_commitment',
    title: 'State pension fund commits $150M to Hollowell Ventures',
    text:
      'A pension fund for Oregon public employees has committed $150 million to Hollowell Ventures’ fifth fund, according to minutes of its November investment committee meeting. ' +
      'Hollowell is seeking $600 million for the fund, which will back early-stage software companies, and has not yet held a first close. ' +
      'The pension fund also committed $75 million to a buyout fund managed by Carrick Street Partners.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub9-41',
    style: 'blog',
    phenomenon: 'shutdown,first_person,company_from_source,return_capital_trap,background_round_with_lead',
    title: 'Carewheel is shutting down',
    source: 'Carewheel Blog',
    text:
      'After five years, we have decided to wind down Carewheel. ' +
      'We raised a $30M Series A led by Tanager Capital in 2023 to build scheduling software for home-care agencies, and we never found a way to sell it profitably. ' +
      'We will return about $8M of remaining cash to our investors and help customers move their data over the next 60 days. ' +
      'Thank you to everyone who worked here.',
    kind: 'other',
    rounds: [],
    prior: ['Carewheel'],
  },
  {
    id: 'ub9-42',
    style: 'wire',
    phenomenon: 'raises_forecast,listed_company,revenue,raises_verb_trap',
    text:
      'Pembrook Group raises full-year revenue forecast to $2.1 billion on strong cloud demand\n\n' +
      'Pembrook Group, the listed IT services company, raised its forecast for annual revenue to $2.1 billion from $1.95 billion on Thursday after third-quarter sales rose 18%. ' +
      'Its shares rose 7% in early trading.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub9-43',
    style: 'business',
    phenomenon: 'political_campaign,raises_verb_trap,donations,quarterly_filing,tech_executive_trap',
    title: 'Mayoral hopeful raises $3.2 million in third quarter',
    text:
      'City council member Rosa Delgado-Park raised $3.2 million for her mayoral campaign in the third quarter, more than any other candidate, according to filings with the city’s ethics board. ' +
      'About 40% of the money came from donors giving $100 or less. ' +
      'Her nearest rival, former tech executive Glen Hartigan, raised $2.7 million, including $1 million of his own money.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub9-44',
    style: 'business',
    phenomenon: 'startup_merger,all_stock,combined_total_trap,background_round_with_lead,not_raising',
    title: 'Port-software startups Calloway Freight and Quaybridge agree to merge',
    text:
      'Calloway Freight and Quaybridge, two startups that sell software for booking truck slots at container ports, have agreed to merge in an all-stock deal, the companies said on Monday. ' +
      'The combined company will take the Quaybridge name and be run by Calloway’s chief executive, Imani Ross. ' +
      'Together, the two have raised about $95 million from investors, including a $40 million Series B for Calloway led by Seaborne Ventures last year. ' +
      'No money will change hands, and neither company is raising new capital as part of the deal.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Calloway Freight', 'Quaybridge'],
  },
  {
    id: 'ub9-45',
    style: 'business',
    phenomenon: 'wage_raise,raise_noun_trap,labour_agreement,background_round_with_lead,cost_figure',
    title: 'Dashly couriers win raise to $22 an hour',
    text:
      'Couriers for Dashly, the grocery-delivery app, will be paid at least $22 an hour from February under an agreement with the city of Seattle announced on Tuesday, a raise of about $3. ' +
      'The deal ends a seven-month dispute. ' +
      'Dashly, which raised $400 million in a Series D led by Evergate Capital in 2024, said the change would add about $15 million a year to its costs.',
    kind: 'other',
    rounds: [],
    prior: ['Dashly'],
  },
];
