// A twenty-first blind set for funding-round extraction: invented (companies, people, investors,
// outlets, podcasts, newsletters and sentences made up for this project; only cities, countries,
// regions, places and public bodies are real) on 2026-12-07 by a writer who had not read src/rounds
// and did not run the extractor. Dates are written for the eval's fixed publish date (2026-03-10, a
// Tuesday): "Monday" and "on the 9th" are 9 March 2026, "Thursday" is 5 March, "last week" is early
// March 2026 and "last year" is 2025.
// Theme: funding news in conversational and edited-for-later forms.
// Styles: interviews in Q&A form ("Q: How much did you raise? A: €3.4 million.", bold-question
// excerpts from an Indian outlet, a Korean English edition's "Q. … A. …", a Toronto founder who will
// not give the amount, a Joburg GP on a new fund, a Glasgow founder on selling her company, a
// Singapore founder on an ARR milestone, a Porto founder who is still raising); podcast transcripts
// with speaker names in capitals and podcast show notes with chapter timestamps and sponsor reads; two
// conference-panel recaps (Copenhagen, Manchester) and a Lagos panel on statistics; Substack-style
// newsletters with a personal intro, a "DEALS"/"WHO RAISED WHAT" section of bullet or arrow items, an
// "ALSO"/"FUNDS" list, sponsor blurbs with money in them, a disclosure, a "Deal of the week", a
// scoops issue, a links-only issue and a VC's own fund announcement; a LinkedIn post; corrections
// and updates (an amount corrected at the top, a lead corrected at the bottom, a reported round the
// company confirms at a different amount in an update, a newsletter's "follow-ups and fixes"
// revising last week's amount and type, a round re-described as a seed extension, a "closed" round
// corrected to "still raising", a statistic corrected, an acquisition price corrected, an IPO's final
// pricing); headline-only items (a title with an empty body, a title with one sentence) and titles
// that carry the company, amount or lead the body does not repeat ("The Dundee start-up …"); a
// company press release with "About" sections; business pages and trade outlets.
// Phenomena: lowercase brand names ("kettle", "voltwise", "pickrow", "kiezpost", "swapa", "oddjob",
// "nestbox.ai", "sumwise", "plumb"); common-word names ("Swing Shift", "Rubric", "Runway", "Angel",
// "Fourfold", "Cobbler", "Mossbank"); names with digits ("Gate 7", "Dabba24", "Tienda 360") and
// ampersands ("Wren & Gable", "Salt & Timber", "Warp & Weft", "Pallet & Co"); company names that are
// investor words ("Angel" raising with business angels, "Runway" and its "30 months of runway");
// amounts spelled out in speech ("an eleven-million-dollar Series A"); EUR, GBP, CZK, CHF, INR, KRW,
// NZD, CAD and USD rounds; "US$" beside COP; a party round with no lead; an undisclosed amount;
// package totals (equity plus a credit facility or a venture loan) and a Series A completed in two
// closes; sponsor money ($0 instead of $2,400, £10,000 fee-free, €50 million lent, 4.1% on cash, $5
// million insured); a declined €6 million term sheet; speculative valuations; earlier rounds of the
// same company and background rounds of other companies.
// Distractors (every one with rounds: []): a Midwest seed firm's $48M second fund announced in its
// own newsletter and a Johannesburg firm's $150 million third fund in a Q&A (kind 'fund_close'); a
// Swedish ski-binding maker's SEK 300 million listing on First North discussed in a podcast and a San
// Diego biotech's IPO priced in an update (kind 'ipo'); a Glasgow hot-tub maker sold to a Danish
// group, told in a Q&A, and a Rotterdam group's purchase of a Vancouver start-up with its price
// corrected (kind 'acquisition'); a corrected European climate-funding statistic naming the year's
// largest rounds; Business Finland's grant programme confirmed in an update; a Singapore app's ARR
// milestone with "we have not raised since"; a headline-only price rise ("plumb raises prices"); a
// $1 million ocean prize; a Tallinn start-up's €30m investment in a Łódź plant; a links-only
// newsletter issue with a sponsor, a job and a post-mortem; a VC podcast's show notes naming a round
// the guest led; a Lagos panel on shrinking seed cheques (all kind 'other' unless noted).
// Conventions (those of checks.ts, unseen-blind14.ts and unseen-blind20.ts): company as the text
// names it, lowercase kept ("kettle", "nestbox.ai"); amount in the currency first stated (ISO code
// when not USD): "₹12 crore. That's roughly $1.4 million." is 1.2e8 INR, "KRW 12 billion" 1.2e10 KRW,
// "US$5 million" 5e6 USD; an amount said in words ("eleven-million-dollar") is a number like any
// other; `lead` only where the text says who led or co-led (or, in talks, who is set/expected to
// lead; `lead: []` where "nobody has committed to lead yet"; no `lead` at all where a founder has a
// lead but will not name it, and none for a party round that "had no lead"); `other` for named
// participants, including angels, public bodies and a debt provider inside a round, but not a
// newsletter author's own fund that "did not invest in this round". Corrections and updates are
// labelled as corrected: Gate 7 at $12 million (not $21 million), Rubric at the $32 million it
// confirmed in an update (not the $30 million first reported), Copperline at $7.25M (not last
// week's $6M), Brambling's $3M as 'extension' (not Series A), Horta Digital's round as 'extension',
// nestbox.ai with Halyard Capital as lead and Bellwood Ventures in `other`, and Cobbler, whose
// "closed" Series A is corrected to "still raising", as 'in_talks'. A package is labelled at the
// total the text gives as the financing: swapa's "$40 million package that includes $25 million in
// equity and a $15 million credit facility", which the company "describes as its Series B", is 4e7
// 'series_b' with the equity's lead and the credit provider in `other`; Kelvinlake's "€10 million in
// new financing, comprising €7 million in equity and a €3 million venture loan" names no stage and is
// 1e7 EUR 'unknown' (its earlier EIC grant is not part of it). A round closed in tranches is labelled
// at the total the text gives for it: Wren & Gable's Series A at the £14m it "brings the round to"
// (not the £8m second close in the headline), with those who took part in either close in `other`.
// An undisclosed amount is `amount: null`. A headline-only item is labelled from its title. In a
// newsletter each deal item is a round; its "ALSO"/"FUNDS" items, sponsors, job posts and rumours of
// acquisitions are not. `prior` lists other companies whose financing is background (and, in a
// distractor, the subject company when its own past rounds are mentioned). Labelled by hand; a
// reader of each text should agree with every label.
// First look (2026-12-07 13:40, no rule changed for it; measured after the fixes for unseen-blind15.ts
// to unseen-blind20.ts; its theme was chosen from kinds of text earlier sets had missed): company F1
// 0.552 (P 0.73 / R 0.44), amount 93.3 %, type 100 %, lead F1 0.520, 1 false round (a plant
// investment) and 5 wrong names (a founder, a city, a word of the text). After the fixes
// (blind21-ways.test.ts): see README Quality. A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND21: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub21-01',
    style: 'business',
    phenomenon:
      'interview_qa,lowercase_brand,amount_only_in_answer,lead_only_in_answer,returning_pre_seed_investor,named_angel_participant,declined_term_sheet_trap,market_size_trap,seed',
    title: '‘We said no to a bigger cheque’: five questions for kettle’s Aoife Brennan',
    source: 'Liffey Founders',
    text:
      'kettle, the Dublin start-up that writes tender documents for small building contractors, announced its seed round on Monday. We asked co-founder and chief executive Aoife Brennan about the raise.\n\n' +
      'Q: How much did you raise?\n' +
      'A: €3.4 million. We went out for three, and the last bit came in over the final fortnight.\n\n' +
      'Q: Who led it?\n' +
      'A: Corrib Bridge Partners. Half Door Ventures, who did our pre-seed, came back in, and we have a few angels, including Niamh Costigan, who built and sold a procurement software company.\n\n' +
      'Q: You said on LinkedIn that you turned down a bigger offer.\n' +
      'A: We had a term sheet for €6 million from a US fund. It came with a move to Delaware and a valuation I didn’t think we could grow into in eighteen months, so we said no.\n\n' +
      'Q: What is the money for?\n' +
      'A: People, mostly. We’re eleven and want to be thirty by Christmas. And the UK — contractors there spend north of £1 billion a year on bid writing, and most of it happens at kitchen tables after 9pm.',
    kind: 'round',
    rounds: [
      {
        company: 'kettle',
        amount: 3.4e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Corrib Bridge Partners'],
        other: ['Half Door Ventures', 'Niamh Costigan'],
      },
    ],
  },
  {
    id: 'ub21-02',
    style: 'blog',
    phenomenon:
      'podcast_transcript,speaker_names_in_caps,amount_spelled_in_words,common_word_name,seed_investor_following_on,earlier_seed_same_company_in_words,gross_billings_trap,hypothetical_amount_trap,series_a',
    title: 'Ep. 112 — Tamsin Gale, Swing Shift: filling the 3 a.m. shift (transcript)',
    source: 'The Payroll Hour',
    text:
      'This transcript has been lightly edited for length and clarity.\n\n' +
      'MARCUS OYELARAN: My guest today is Tamsin Gale, co-founder and CEO of Swing Shift, which fills last-minute nursing shifts at hospitals across Ohio and Indiana. Tamsin, welcome back. Last time you were on, you’d just raised your seed.\n\n' +
      'TAMSIN GALE: Two and a half million dollars, most of it from people who’d worked night shifts themselves. Yes.\n\n' +
      'OYELARAN: And this morning you announced the A.\n\n' +
      'GALE: We did. It’s an eleven-million-dollar Series A. Quarry Lane Capital led it, and Ostrander Fund came in alongside them, plus Prairie Ridge Ventures, who led our seed.\n\n' +
      'OYELARAN: Eleven is a big A for a staffing business right now.\n\n' +
      'GALE: It is. Two years ago we’d have been raising twenty-five on the same numbers. But we’re at about thirty million in annualized gross billings, and Ohio is profitable on its own, so it was a fairly boring process, which is what you want.\n\n' +
      'OYELARAN: What does a hospital actually pay you?\n\n' +
      'GALE: A fee on each shift we fill, usually between eight and twelve percent of what the nurse earns.',
    kind: 'round',
    rounds: [
      {
        company: 'Swing Shift',
        amount: 11e6,
        roundType: 'series_a',
        lead: ['Quarry Lane Capital'],
        other: ['Ostrander Fund', 'Prairie Ridge Ventures'],
      },
    ],
  },
  {
    id: 'ub21-03',
    style: 'blog',
    phenomenon:
      'podcast_show_notes,chapter_timestamps,apostrophe_name,angel_syndicate_lead,sponsor_read_with_money,store_count_trap,unit_price_trap,seed',
    title: "#64: Auntie Bea's and the 90-day invoice",
    source: 'Shelf Life — a podcast about food brands',
    text:
      "Ruth Ansah started Auntie Bea's in 2021 to sell her grandmother's Ghanaian stews frozen, first from a market stall in Levenshulme and now in 600 supermarket branches. Last week the Manchester brand closed a £2.5m seed round led by Bramall Food Angels, a syndicate of former supermarket buyers and brand founders. Ruth joins Priya and Dev to talk about the round, about why supermarkets take 90 days to pay and about what happens when a TV chef mentions you by name.\n\n" +
      'Chapters\n' +
      '00:00 Intro\n' +
      '02:41 From market stall to 600 stores\n' +
      '14:10 The 90-day invoice problem\n' +
      '23:55 Raising £2.5m, and why an angel syndicate rather than a VC\n' +
      '38:20 Pricing a £4.50 pot in a cost-of-living crisis\n' +
      '46:02 Quickfire round\n\n' +
      'This episode is sponsored by Tillbook: invoice finance for food and drink brands. Get paid in 48 hours, not 90 days. Shelf Life listeners get their first £10,000 of invoices financed fee-free.\n\n' +
      "Mentioned in this episode: Bramall Food Angels; Ruth's grandmother's groundnut soup (recipe on our site).",
    kind: 'round',
    rounds: [{ company: "Auntie Bea's", amount: 2.5e6, currency: 'GBP', roundType: 'seed', lead: ['Bramall Food Angels'] }],
  },
  {
    id: 'ub21-04',
    style: 'business',
    phenomenon:
      'conference_panel_recap,announced_on_stage,lowercase_brand,public_investor_participant,other_panellist_earlier_seed_background,vc_fund_size_trap,series_a',
    title: '‘Nobody raises on vibes any more’: takeaways from the Harbour Summit’s funding panel',
    source: 'Øresund Tech Review',
    text:
      'The liveliest hour of Thursday’s Harbour Summit in Copenhagen was the closing panel on raising money in 2026, which also produced the conference’s only funding announcement.\n\n' +
      'Henrik Dahl, co-founder of the grid-forecasting start-up voltwise, used his opening remarks to say the company had closed a €9 million Series A led by Nordvang Capital, with Baltic Ridge Ventures and the Danish state investment fund EIFO also taking part. voltwise — the lowercase is deliberate, Dahl said — sells forecasts of local grid congestion to distribution system operators in Denmark and northern Germany.\n\n' +
      'Sofia Marques, whose Lisbon-based Caravela Health raised a €4 million seed round in 2024, said investors now wanted twelve months of cohort data before they would take a Series A meeting. “Two years ago it was a deck and a waiting list,” she said.\n\n' +
      'Oona Virtanen, a partner at Helsinki’s Aalto Bridge Ventures, said her firm had made 14 investments from its €120 million second fund and expected to make six more. Her advice to founders: “Know your burn to the euro.”\n\n' +
      'The moderator, Jonas Riis, closed by asking each panellist for a prediction. Dahl’s: “By 2028 more grid start-ups will raise from utilities than from VCs.”',
    kind: 'round',
    rounds: [
      {
        company: 'voltwise',
        amount: 9e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Nordvang Capital'],
        other: ['Baltic Ridge Ventures', 'EIFO'],
      },
    ],
    prior: ['Caravela Health'],
  },
  {
    id: 'ub21-05',
    style: 'roundup',
    phenomenon:
      'substack_newsletter,personal_intro,sponsor_blurb_with_money,deals_bullets,lowercase_brand,x_led_y_joined,existing_backers_unnamed,also_list_fund_close,also_list_acquisition,author_angel_disclosure,multi_round',
    title: 'Issue #87: The snow day edition',
    source: 'Flyover Seed',
    text:
      'Hi friends — writing this from a very snowed-in Minneapolis, so forgive the typos. Programming note: no issue next week, I’m at my sister’s wedding in Tucson.\n\n' +
      'This issue is brought to you by Capbook. Capbook keeps your cap table, your 409A and every SAFE you’ve ever signed in one place. Founders who sign up before March 31 pay $0 for the first year (normally $2,400).\n\n' +
      'DEALS\n' +
      '• Loamwise (Des Moines) — $4M seed to measure soil carbon in the field instead of in a lab. Heartland Verdant led; Cedar Creek Angels joined. Disclosure: I’ve known the founder since her PhD and I’m a (tiny) angel here.\n' +
      '• pickrow (Madison) — $1.5M pre-seed led by Isthmus Ventures. Picking routes for small third-party warehouses. Yes, lowercase p.\n' +
      '• Dovetail Dental (Omaha) — $18M Series B. Platte Growth Partners led, existing backers followed. Software for dental groups with 5 to 50 offices; they’ve tripled revenue since the A.\n\n' +
      'ALSO\n' +
      '• Bluestem Capital closed its third fund at $85M, up from $40M for Fund II.\n' +
      '• Shoreline, the Duluth freight-audit startup, was bought by a Chicago logistics firm. Price undisclosed; I hear it was a good outcome.\n' +
      '• Friends at Prairie Works are hiring a platform lead. Reply and I’ll intro you.\n\n' +
      'That’s it. Stay warm out there.\n' +
      '— Jess',
    kind: 'round',
    rounds: [
      { company: 'Loamwise', amount: 4e6, roundType: 'seed', lead: ['Heartland Verdant'], other: ['Cedar Creek Angels'] },
      { company: 'pickrow', amount: 1.5e6, roundType: 'pre_seed', lead: ['Isthmus Ventures'] },
      { company: 'Dovetail Dental', amount: 18e6, roundType: 'series_b', lead: ['Platte Growth Partners'] },
    ],
    prior: ['Bluestem Capital'],
  },
  {
    id: 'ub21-06',
    style: 'business',
    phenomenon:
      'correction_at_top,amount_corrected,wrong_amount_is_total_funding,name_with_digit,investors_introduced_by_city,turns_trap,cost_per_minute_trap,series_a',
    title: 'Airport turnaround start-up Gate 7 raises $12 million Series A',
    source: 'Dallas Commerce Journal',
    text:
      'Correction: An earlier version of this article misstated the size of the round. Gate 7 raised $12 million, not $21 million; $21 million is the company’s total funding since it was founded.\n\n' +
      'Gate 7, a Dallas start-up whose software coordinates the fuelling, catering, baggage and cleaning crews that work an aircraft between flights, has raised a $12 million Series A led by Trinity Span Capital. Irving-based Love Field Partners and Jetway Ventures, a fund backed by two regional airlines, also invested, chief executive Omar Haddad said in an interview.\n\n' +
      'The company’s system is used at 19 airports, including four of the ten busiest in the US, and cut average turn times by seven minutes in a 2025 trial with a regional carrier, Haddad said. A minute of delay costs an airline about $100 per flight, according to industry estimates he cited.\n\n' +
      'Gate 7 has 64 employees and plans to hire 40 more, mostly engineers, at its office in Deep Ellum.',
    kind: 'round',
    rounds: [
      {
        company: 'Gate 7',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Trinity Span Capital'],
        other: ['Love Field Partners', 'Jetway Ventures'],
      },
    ],
  },
  {
    id: 'ub21-07',
    style: 'business',
    phenomenon:
      'update_at_bottom,reported_round_confirmed_at_different_amount,people_familiar,common_word_name,valuation_trap,earlier_series_a_same_company,series_b',
    title: 'Grading start-up Rubric raises Series B led by Sorrel Park',
    source: 'The Classroom Ledger',
    text:
      'Rubric, a Boston company whose software helps high-school teachers grade essays against their district’s own scoring guide, has raised about $30 million in a Series B round led by Sorrel Park Capital, according to two people familiar with the deal.\n\n' +
      'The round values Rubric at about $210 million, one of the people said. The people asked not to be named because the financing had not been announced. Rubric declined to comment.\n\n' +
      'Rubric is used by 1,100 schools in 14 states and says teachers who use it spend four fewer hours a week grading. It raised an $8 million Series A in 2024.\n\n' +
      'Update, 4:15 p.m.: After this story was published, Rubric confirmed the round in a blog post. It said it had raised $32 million, with Sorrel Park leading and existing investors Tanager Ventures and Eastbank Partners participating.',
    kind: 'round',
    rounds: [
      {
        company: 'Rubric',
        amount: 32e6,
        roundType: 'series_b',
        lead: ['Sorrel Park Capital'],
        other: ['Tanager Ventures', 'Eastbank Partners'],
      },
    ],
  },
  {
    id: 'ub21-08',
    style: 'roundup',
    phenomenon:
      'newsletter_follow_ups_and_fixes,revises_last_weeks_amount,revises_last_weeks_type,late_investor_participant,still_led,sidecar_fund_trap,cheque_size_trap,multi_round',
    title: 'Friday Term Sheet #203: follow-ups, fixes and a quiet week',
    source: 'Granite & Pine',
    text:
      'A short one this week; most of New England’s investors appear to be skiing.\n\n' +
      'FOLLOW-UPS AND FIXES\n' +
      'Copperline: Last week I wrote that the Portland, Maine, seafood-traceability startup had raised a $6M seed. Copperline tells me the round closed at $7.25M after Tamarind Ventures came in late. Osprey Hill Capital still led.\n' +
      'Brambling: I called the Burlington startup’s $3M a Series A. It’s a seed extension — same $3M, same investors, different label. My mistake.\n\n' +
      'NOT A DEAL, BUT\n' +
      'Several of you asked whether Granite State Angels’ new $10M sidecar counts as a fund. It does, and it has now written its first two cheques, both under $250K.\n\n' +
      'See you next Friday.',
    kind: 'round',
    rounds: [
      {
        company: 'Copperline',
        amount: 7.25e6,
        roundType: 'seed',
        lead: ['Osprey Hill Capital'],
        other: ['Tamarind Ventures'],
      },
      { company: 'Brambling', amount: 3e6, roundType: 'extension' },
    ],
    prior: ['Granite State Angels'],
  },
  {
    id: 'ub21-09',
    style: 'business',
    phenomenon:
      'package_total_equity_plus_credit_facility,describes_as_series_b,equity_lead,credit_provider_participant,lowercase_brand,development_investor_participant,ugx_price_trap,fleet_count_trap,earlier_series_a_same_company,series_b',
    title: 'Kampala battery-swap start-up swapa secures $40 million to electrify 30,000 boda bodas',
    source: 'East Africa Venture Desk',
    text:
      'swapa, a Kampala company that runs battery-swapping stations for electric motorcycle taxis, has secured a $40 million package that includes $25 million in equity and a $15 million credit facility, it said on Monday.\n\n' +
      'The company describes the financing as its Series B. The equity was led by Rwenzori Growth Partners, with participation from the Dutch development investor Zuiderzee Impact and existing backer Mt. Elgon Ventures. The credit facility, provided by Victoria Basin Bank, will pay for batteries, which swapa owns and rents to riders one swap at a time.\n\n' +
      'swapa (it spells its name in lowercase) operates 410 stations in Kampala and Entebbe and says riders complete about 55,000 swaps a day. A swap costs UGX 4,000, which the company says works out about a third cheaper than a day’s petrol. It wants 30,000 motorcycles on its network by the end of 2027, up from 11,500 today.\n\n' +
      'The company raised a $9 million Series A in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'swapa',
        amount: 40e6,
        roundType: 'series_b',
        lead: ['Rwenzori Growth Partners'],
        other: ['Zuiderzee Impact', 'Mt. Elgon Ventures', 'Victoria Basin Bank'],
      },
    ],
  },
  {
    id: 'ub21-10',
    style: 'business',
    phenomenon:
      'series_a_in_two_closes,headline_gives_second_close_only,total_given_in_body,ampersand_name,both_closes_led_by,investor_in_both_closes,quoted_work_trap,public_grant_amount_trap,series_a',
    title: 'Wren & Gable completes Series A with £8m second close',
    source: 'Bristol & Bath Business Post',
    text:
      'Wren & Gable, the Bristol company whose software plans and prices heat-pump installations for small heating firms, has completed its Series A, adding £8m in a second close to the £6m it raised in October and bringing the round to £14m.\n\n' +
      'Both closes were led by Ironbridge Climate Partners. The second brought in Severn Vale Capital and the Bath angel network Pulteney Angels, while Clifton Seed, which backed the company at seed stage, took part in both.\n\n' +
      'About 900 installers use Wren & Gable’s software, and they quoted £310m of heat-pump work through it last year. The government’s Boiler Upgrade Scheme grant of £7,500 per installation has made heat pumps “a mass-market product for the first time”, co-founder Hattie Wren said.\n\n' +
      'The company, named after Wren and her co-founder Sam Gable, employs 58 people and plans to open an office in Manchester.',
    kind: 'round',
    rounds: [
      {
        company: 'Wren & Gable',
        amount: 14e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Ironbridge Climate Partners'],
        other: ['Severn Vale Capital', 'Pulteney Angels', 'Clifton Seed'],
      },
    ],
  },
  {
    id: 'ub21-11',
    style: 'wire',
    phenomenon: 'headline_only,empty_body,czk_amount,led_by_in_title,seed',
    title: 'Ostrava robotics firm Kovomat raises CZK 60 million seed round led by Beskydy Ventures',
    source: 'CEE Deal Wire',
    text: '',
    kind: 'round',
    rounds: [{ company: 'Kovomat', amount: 60e6, currency: 'CZK', roundType: 'seed', lead: ['Beskydy Ventures'] }],
  },
  {
    id: 'ub21-12',
    style: 'business',
    phenomenon:
      'title_carries_company_amount_lead,body_says_the_startup,earlier_public_grant_same_company,customer_count_trap,seed',
    title: 'Mossbank lands £3m seed round led by Tay Valley Capital',
    source: 'Tayside Business Week',
    text:
      'The Dundee start-up, which grows moss panels that filter the air in offices and classrooms, will use the money to open a growing site near Forfar and to double its team to 30.\n\n' +
      'Co-founder Isla Murdoch said the company had “more orders than moss” after a pilot in Angus Council schools last year. It received a £250,000 Smart grant from Innovate UK in 2024 and has so far sold panels to 140 customers.\n\n' +
      '“Each panel we install takes out as much particulate as a mid-range air purifier, without the electricity bill,” she said.',
    kind: 'round',
    rounds: [{ company: 'Mossbank', amount: 3e6, currency: 'GBP', roundType: 'seed', lead: ['Tay Valley Capital'] }],
  },
  {
    id: 'ub21-13',
    style: 'wire',
    phenomenon: 'headline_plus_one_sentence,type_and_lead_only_in_body,pre_seed',
    title: 'Tbilisi fintech Mtsvane raises $2.2 million',
    source: 'Caucasus Business Brief',
    text: 'The pre-seed round was led by Kura River Partners, the company said on Monday.',
    kind: 'round',
    rounds: [{ company: 'Mtsvane', amount: 2.2e6, roundType: 'pre_seed', lead: ['Kura River Partners'] }],
  },
  {
    id: 'ub21-14',
    style: 'business',
    phenomenon:
      'interview_bold_questions,name_with_digits,inr_crore_with_usd_conversion,party_round_no_lead,named_institutional_participants,lakh_burn_trap,equipment_cost_trap,seed',
    title: '‘There was no lead. There were fourteen cheques’: Dabba24’s founder on its seed round',
    source: 'Pune Startup Diaries',
    text:
      'Dabba24 delivers home-cooked lunch boxes from 300 home chefs to office workers across Pune and Hinjewadi. On Monday it announced a seed round. Co-founder Sneha Kulkarni spoke to us; edited excerpts:\n\n' +
      'How much have you raised?\n' +
      '₹12 crore. That’s roughly $1.4 million.\n\n' +
      'Who led the round?\n' +
      'Nobody, really. It was a party round — fourteen cheques. Ghats Angel Network and Deccan Seed Fund were the two institutional ones; the rest were angels, mostly people who run restaurants or food businesses.\n\n' +
      'Why not wait for a lead?\n' +
      'Because we had ₹40 lakh in the bank and a burn of ₹25 lakh a month. You don’t wait with those numbers.\n\n' +
      'Where will the money go?\n' +
      'Kitchens. A home chef needs about ₹60,000 of equipment to go from 20 boxes a day to 80, and we finance that for them.\n\n' +
      'What’s next?\n' +
      'Mumbai, by October.',
    kind: 'round',
    rounds: [
      {
        company: 'Dabba24',
        amount: 12e7,
        currency: 'INR',
        roundType: 'seed',
        other: ['Ghats Angel Network', 'Deccan Seed Fund'],
      },
    ],
  },
  {
    id: 'ub21-15',
    style: 'roundup',
    phenomenon:
      'vc_newsletter,personal_intro,sponsored_venture_debt_trap,arrow_deal_items,chf_amount,lowercase_brand,x_led_semicolon,co_led_by,author_fund_disclosure_not_in_round,funds_section_final_close,multi_round',
    title: 'The Tuesday Cap Table — No. 141',
    source: 'The Tuesday Cap Table',
    text:
      'Good morning from Zürich, where spring has not yet been told that it is March. I ran my first half-marathon on Sunday (2:04, a personal best in the sense that it is my only time), so this issue is shorter than usual.\n\n' +
      'SPONSORED — Northlight Bank has lent more than €50 million to European start-ups since 2024. If you have raised a Series A, our venture debt team would like to hear from you.\n\n' +
      'WHO RAISED WHAT\n' +
      '→ Gletscher Robotics (Zürich) — CHF 7m seed led by Limmat Partners. Inspection robots for hydropower tunnels.\n' +
      '→ kiezpost (Berlin) — €2.1m pre-seed; Spree Angels led, with Tempelhof Capital. Parcel lockers run by corner shops.\n' +
      '→ Grachtwerk (Amsterdam) — €15m Series A co-led by Polder Growth and Amstel Ventures. Electric canal boats for city-centre deliveries. (Disclosure: my firm, Sihl Ventures, is a seed investor in Grachtwerk and did not invest in this round.)\n\n' +
      'FUNDS\n' +
      '→ Alpenrose Capital held the final close of its second fund at €200m.\n\n' +
      'READING\n' +
      '→ A very good long read on why Swiss pension funds still barely touch venture capital.\n\n' +
      'Until next Tuesday,\n' +
      'Marc',
    kind: 'round',
    rounds: [
      { company: 'Gletscher Robotics', amount: 7e6, currency: 'CHF', roundType: 'seed', lead: ['Limmat Partners'] },
      {
        company: 'kiezpost',
        amount: 2.1e6,
        currency: 'EUR',
        roundType: 'pre_seed',
        lead: ['Spree Angels'],
        other: ['Tempelhof Capital'],
      },
      {
        company: 'Grachtwerk',
        amount: 15e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Polder Growth', 'Amstel Ventures'],
      },
    ],
    prior: ['Alpenrose Capital'],
  },
  {
    id: 'ub21-16',
    style: 'blog',
    phenomenon:
      'linkedin_post,lowercase_brand,nzd_amount,led_by_with_alongside,the_syndicate,earnings_on_platform_trap,hashtags,seed',
    title: 'Some news from oddjob 🛠️',
    source: 'LinkedIn',
    text:
      'Some news I’ve been sitting on for three months 👇\n\n' +
      'oddjob has raised NZ$4.5m in seed funding, led by Rangitoto Ventures, with Kauri Angels and the Ponsonby Syndicate alongside them.\n\n' +
      'Two years ago oddjob was me, a ute and a spreadsheet of handymen I trusted. Today 1,900 tradies across Auckland, Hamilton and Tauranga take jobs through us, and they’ve earned more than NZ$26m on the platform.\n\n' +
      'The money goes into three things: getting to Wellington and Christchurch, proper insurance cover on every job, and hiring (yes, we’re hiring — link in comments).\n\n' +
      'Huge thanks to Aroha at Rangitoto for backing us when we were a Google Form. And to my partner, who has heard the words “one more call” roughly 4,000 times.\n\n' +
      '#startups #newzealand #funding',
    kind: 'round',
    rounds: [
      {
        company: 'oddjob',
        amount: 4.5e6,
        currency: 'NZD',
        roundType: 'seed',
        lead: ['Rangitoto Ventures'],
        other: ['Kauri Angels', 'Ponsonby Syndicate'],
      },
    ],
  },
  {
    id: 'ub21-17',
    style: 'business',
    phenomenon:
      'korean_english_edition_interview,q_dot_a_dot,on_the_9th,krw_billion,state_bank_participant,seed_investor_followed_on,cumulative_investment_trap,tonnage_trap,series_a',
    title: '[Interview] Onggi Works CEO: “Kimchi makers need the sensors breweries have”',
    source: 'Seoul Venture Times',
    text:
      'Onggi Works, a Seongnam-based start-up that makes sensors and software for monitoring fermentation tanks, announced on the 9th that it had closed its Series A. We met CEO Park Ji-hoon at the company’s office in Pangyo.\n\n' +
      'Q. How much did you raise this time?\n' +
      'A. KRW 12 billion. Bukhansan Investment led the round, and Korea Development Bank and Gyeongui Partners participated. Our seed investor, Mokpo Seed Lab, also followed on.\n\n' +
      'Q. What was the hardest part?\n' +
      'A. Explaining that fermentation is not a niche. Kimchi, soy sauce, gochujang, makgeolli — Korean factories ferment more than 2 million tonnes of food a year, and most still check their tanks by hand.\n\n' +
      'Q. Where will the money go?\n' +
      'A. Our first overseas customer is a factory in Osaka, and we want ten customers in Japan by next year. We will also hire about 20 engineers.\n\n' +
      'Q. And your cumulative investment?\n' +
      'A. KRW 15.5 billion, including the seed.',
    kind: 'round',
    rounds: [
      {
        company: 'Onggi Works',
        amount: 12e9,
        currency: 'KRW',
        roundType: 'series_a',
        lead: ['Bukhansan Investment'],
        other: ['Korea Development Bank', 'Gyeongui Partners', 'Mokpo Seed Lab'],
      },
    ],
  },
  {
    id: 'ub21-18',
    style: 'business',
    phenomenon:
      'company_name_is_investor_jargon,runway_months_trap,aviation_trade_outlet,also_invested,subscription_price_trap,cost_trap,seed',
    title: 'Flight-school scheduling app Runway raises $3.2M seed',
    source: 'General Aviation Business',
    text:
      'Runway, a Phoenix start-up that schedules aircraft, instructors and students for flight schools, has raised $3.2 million in seed funding led by Sonoran Ventures. Deer Valley Angels and Mesa Capital also invested.\n\n' +
      'Chief executive Carla Ruiz, a former flight instructor, said the round gives the company “about 30 months of runway — yes, we’ve heard all the jokes.” Runway is used by 140 flight schools, which pay between $300 and $1,200 a month depending on the size of their fleet.\n\n' +
      'The demand for new pilots has pushed many schools to fly their aircraft ten or more hours a day, Ruiz said, and a single student no-show can cost a school $400 in lost aircraft time.',
    kind: 'round',
    rounds: [
      {
        company: 'Runway',
        amount: 3.2e6,
        roundType: 'seed',
        lead: ['Sonoran Ventures'],
        other: ['Deer Valley Angels', 'Mesa Capital'],
      },
    ],
  },
  {
    id: 'ub21-19',
    style: 'wire',
    phenomenon:
      'company_name_is_investor_word,unnamed_business_angels,public_investor_participant,visits_count_trap,percentage_trap,seed',
    title: 'Angel, the home-care scheduling app, raises €1.8m',
    source: 'Rhône Tech Hebdo (English edition)',
    text:
      'Lyon-based Angel, which matches home-care workers with elderly clients and plans their daily rounds, has raised €1.8 million in a seed round led by Fourvière Capital. A group of business angels from the region’s health sector also took part, alongside Bpifrance.\n\n' +
      'The app, launched in 2023, schedules 45,000 home visits a month for 38 care agencies across Auvergne-Rhône-Alpes. Care workers who use it drive 20% fewer kilometres between visits, the company says.',
    kind: 'round',
    rounds: [
      {
        company: 'Angel',
        amount: 1.8e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Fourvière Capital'],
        other: ['Bpifrance'],
      },
    ],
  },
  {
    id: 'ub21-20',
    style: 'business',
    phenomenon:
      'correction_at_bottom,lead_corrected,misidentified_lead_now_participant,lowercase_dot_ai_name,existing_investor_participant,turnover_count_trap,unit_count_trap,series_a',
    title: 'nestbox.ai raises $7M to automate move-out inspections',
    source: 'PropTech Dispatch',
    text:
      'nestbox.ai, a Charlotte start-up whose software turns a property manager’s phone video into a move-out inspection report, has raised $7 million in a Series A led by Halyard Capital. Bellwood Ventures and existing investor Mint Street Angels participated.\n\n' +
      'The company says its reports are used on 60,000 apartment turnovers a year and cut security-deposit disputes by about a third. Its customers manage a combined 400,000 units.\n\n' +
      'Correction (March 10): An earlier version of this story misidentified the round’s lead investor. The round was led by Halyard Capital; Bellwood Ventures participated but did not lead.',
    kind: 'round',
    rounds: [
      {
        company: 'nestbox.ai',
        amount: 7e6,
        roundType: 'series_a',
        lead: ['Halyard Capital'],
        other: ['Bellwood Ventures', 'Mint Street Angels'],
      },
    ],
  },
  {
    id: 'ub21-21',
    style: 'business',
    phenomenon:
      'update_note_reclassifies_type,seed_extension_not_series_a,press_release_label_error,existing_investor_participant,hectares_trap,earlier_seed_same_company,extension',
    title: 'Valencia irrigation start-up Horta Digital raises €4 million',
    source: 'Levante Tech',
    text:
      'Horta Digital, a Valencia start-up that sells irrigation-scheduling software to citrus growers, has raised €4 million in an extension of its seed round, led by Turia Ventures with participation from existing investor Albufera Capital.\n\n' +
      'The company’s software runs on 31,000 hectares of orchards in the Valencian Community and Murcia and, it says, cut growers’ water use by 18% in the 2025 season. It raised a €2.5 million seed round in 2024.\n\n' +
      'The company’s press release first described the financing as a Series A; Horta Digital later said that was an error.\n\n' +
      'This story was updated on March 10 to reflect that the round is a seed extension, not a Series A.',
    kind: 'round',
    rounds: [
      {
        company: 'Horta Digital',
        amount: 4e6,
        currency: 'EUR',
        roundType: 'extension',
        lead: ['Turia Ventures'],
        other: ['Albufera Capital'],
      },
    ],
  },
  {
    id: 'ub21-22',
    style: 'business',
    phenomenon:
      'interview_qa,amount_not_disclosed,common_word_name,seed_lead_took_pro_rata,public_investor_participant,orders_quoted_trap,series_a',
    title: 'Five minutes with Fourfold’s Dara Quinlan, who just closed a Series A',
    source: 'Queen West Tech Notes',
    text:
      'Fourfold, a Toronto company that helps mid-sized manufacturers price custom orders, announced a Series A on Monday without saying how much it raised. We asked co-founder and CEO Dara Quinlan about it.\n\n' +
      'Q: How much did you raise?\n' +
      'A: We’re not sharing the number. It’s enough to get us through 2028 without raising again.\n\n' +
      'Q: Who led?\n' +
      'A: Calder Peak Capital. Humber Bay Ventures, who led our seed, took their pro rata, and BDC Capital came in as well.\n\n' +
      'Q: Why keep the amount private?\n' +
      'A: Our customers read this stuff. If a machine shop in Mississauga sees we raised some huge number, the next renewal conversation gets harder.\n\n' +
      'Q: How big is the business now?\n' +
      'A: About 160 customers, and they quoted more than $900 million of orders through us last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Fourfold',
        amount: null,
        roundType: 'series_a',
        lead: ['Calder Peak Capital'],
        other: ['Humber Bay Ventures', 'BDC Capital'],
      },
    ],
  },
  {
    id: 'ub21-23',
    style: 'press',
    phenomenon:
      'press_release,package_total_equity_plus_venture_loan,new_financing_no_stage,equity_led_by,venture_debt_provider_participant,public_agency_participant,earlier_grant_same_company_trap,about_boilerplate_fund_size_trap,unknown_type',
    title: 'Kelvinlake secures €10 million to bring microfluidic chip cooling to AI data centres',
    source: 'Kelvinlake newsroom',
    text:
      'EINDHOVEN, the Netherlands — 10 March 2026 — Kelvinlake, a developer of microfluidic cooling plates for AI processors, today announced that it has secured €10 million in new financing, comprising €7 million in equity and a €3 million venture loan.\n\n' +
      'The equity was led by Dommel Deep Tech Partners, with participation from existing investors Strijp Capital and BOM, the Brabant development agency. The venture loan was provided by Zuidas Venture Debt.\n\n' +
      '“Every new generation of AI chips runs hotter than the last, and air cooling has reached its limits,” said Dr. Femke Janssen, co-founder and CEO of Kelvinlake. “This financing lets us move from prototypes to a pilot line.”\n\n' +
      'Kelvinlake’s plates carry coolant through channels narrower than a human hair and can remove 1.5 kilowatts of heat from a single processor. The company is building a pilot line at Strijp-T in Eindhoven that will make 20,000 plates a year from 2027. In 2025 Kelvinlake received a €2.5 million grant from the EIC Accelerator.\n\n' +
      'About Kelvinlake\n' +
      'Kelvinlake was spun out of Eindhoven University of Technology in 2023 and employs 34 people.\n\n' +
      'About Dommel Deep Tech Partners\n' +
      'Dommel Deep Tech Partners is a €180 million fund investing in hardware start-ups in the Benelux and Germany.',
    kind: 'round',
    rounds: [
      {
        company: 'Kelvinlake',
        amount: 10e6,
        currency: 'EUR',
        roundType: 'unknown',
        lead: ['Dommel Deep Tech Partners'],
        other: ['Strijp Capital', 'BOM', 'Zuidas Venture Debt'],
      },
    ],
  },
  {
    id: 'ub21-24',
    style: 'roundup',
    phenomenon:
      'fintech_newsletter,deal_of_the_week,sponsor_blurb_with_money,x_led_y_joined,unnamed_angels,mad_late_payments_trap,financed_volume_trap,speculative_valuation_trap,competitor_earlier_round_background,series_a',
    title: 'Deal of the week: Kasbook, and Morocco’s MAD 400 billion problem',
    source: 'Rails & Ledgers',
    text:
      'Hello from a rainy Casablanca. A reminder that paid subscribers get the full quarterly data pack on Thursday.\n\n' +
      'This issue is sponsored by Sendvault, which lets African start-ups hold USD, EUR and MAD in one account. No fees on your first $25,000 of transfers.\n\n' +
      'DEAL OF THE WEEK\n' +
      'Kasbook, a Casablanca start-up that lends to small suppliers against invoices owed to them by big retailers, raised a $9 million Series A. Bouregreg Capital led; Tangier Gate Ventures and a handful of Moroccan angels joined.\n\n' +
      'Why it matters: Moroccan companies are owed something like MAD 400 billion in late payments at any one time, and banks largely won’t lend against invoices. Kasbook says it has financed MAD 1.1 billion of invoices since 2023, with losses under 1%.\n\n' +
      'My read: they didn’t disclose a valuation, and my guess is a post-money somewhere in the $45–55 million range. The closest competitor, Dirham Desk, raised $4 million last summer and has been quiet since.\n\n' +
      'See you next week.',
    kind: 'round',
    rounds: [
      {
        company: 'Kasbook',
        amount: 9e6,
        roundType: 'series_a',
        lead: ['Bouregreg Capital'],
        other: ['Tangier Gate Ventures'],
      },
    ],
    prior: ['Dirham Desk'],
  },
  {
    id: 'ub21-25',
    style: 'blog',
    phenomenon:
      'podcast_show_notes,bracket_timestamps,name_with_digits,us_dollar_prefix,cop_overdraft_trap,sponsor_blurb_with_money,shop_count_trap,existing_investor_participant,series_a',
    title: 'Episode 48: Tienda 360 and the corner-shop credit line',
    source: 'Pasillo Podcast',
    text:
      'This week Camila and Andrés talk to Juliana Restrepo, co-founder of Tienda 360, the Bogotá start-up that gives neighbourhood shops an app for ordering stock and paying suppliers. Tienda 360 announced on Monday that it had raised a US$5 million Series A led by Cordillera Capital, with participation from Magdalena Ventures and existing investor Chapinero Seed. We talk about what “credit” means when your customer sells eggs one at a time, and why a COP 50,000 overdraft changed how Juliana thinks about the business.\n\n' +
      'In this episode:\n' +
      '[01:30] How many tiendas are there in Colombia? (About 450,000, by most counts)\n' +
      '[09:15] The first 100 shops, signed up on foot in Kennedy and Suba\n' +
      '[21:40] The Series A, and why they picked a lead from Mexico City\n' +
      '[35:05] Next stop: Lima\n\n' +
      'Pasillo is supported by Monedo: send money from the US to Colombia with no fee on your first US$1,000.',
    kind: 'round',
    rounds: [
      {
        company: 'Tienda 360',
        amount: 5e6,
        roundType: 'series_a',
        lead: ['Cordillera Capital'],
        other: ['Magdalena Ventures', 'Chapinero Seed'],
      },
    ],
  },
  {
    id: 'ub21-26',
    style: 'wire',
    phenomenon:
      'title_carries_amount_and_lead,semicolon_x_leads_headline,body_says_the_seed_funding,also_invested,earlier_pre_seed_investor_not_in_round,seed',
    title: 'Lagos logistics start-up Molue Freight raises $3m seed; Ikoyi Ventures leads',
    source: 'West Africa Startup Wire',
    text:
      'Molue Freight, which matches small manufacturers in Lagos and Ogun State with truck owners for deliveries between cities, will use the seed funding to expand to Kano and Port Harcourt, the company said on Monday.\n\n' +
      'Abuja-based Savannah Angels also invested. Molue raised a $500,000 pre-seed round from Lekki Angels in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Molue Freight',
        amount: 3e6,
        roundType: 'seed',
        lead: ['Ikoyi Ventures'],
        other: ['Savannah Angels'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub21-27',
    style: 'blog',
    phenomenon:
      'podcast_transcript,speaker_names_in_caps,out_raising,amount_spelled_in_words,lead_exists_but_unnamed,earlier_seed_same_company_in_words,arr_trap,series_a',
    title: 'Ep. 58: Rafael Okafor of Sundial on permits, patience and raising an A (transcript)',
    source: 'Ship It Weekly',
    text:
      'Rafael Okafor is the co-founder of Sundial, which prepares and files solar-permit applications for residential installers in 22 states.\n\n' +
      'ANNA LINDQVIST: You’ve been pretty open on social media that you’re fundraising.\n\n' +
      'RAFAEL OKAFOR: Yeah, we’re out raising a fifteen-million-dollar Series A right now. We have a lead — I can’t say who yet, the paperwork isn’t done — and we’re filling out the rest of the round.\n\n' +
      'LINDQVIST: How’s it going?\n\n' +
      'OKAFOR: Better than last time. Our seed took nine months and 140 meetings to get to three and a half million. This one has taken five weeks so far.\n\n' +
      'LINDQVIST: What changed?\n\n' +
      'OKAFOR: Revenue, honestly. We’re at four million in ARR, and installers pay us before the permit is even filed.',
    kind: 'in_talks',
    rounds: [{ company: 'Sundial', amount: 15e6, roundType: 'series_a' }],
  },
  {
    id: 'ub21-28',
    style: 'roundup',
    phenomenon:
      'newsletter_scoops,numbered_items,set_to_lead,term_sheet_signed_not_closed,management_fee_trap,acquisition_rumour_denied,earlier_series_a_same_company,series_b',
    title: 'Scoops & Notes — Mar 10',
    source: 'Bay Area Back Channel',
    text:
      'Three things I’m hearing this week, none of them announced:\n\n' +
      '1. Tallowby, the restaurant-inventory startup, is raising a $25M Series B with Greyfriars Capital set to lead. Term sheet signed, not closed; two people involved told me the company hopes to announce in April. Tallowby raised a $9M A in 2024.\n\n' +
      '2. At least two seed funds in the city are quietly cutting their management fees from 2.5% to 2%.\n\n' +
      '3. The rumour that Ferrule is being bought by a large payroll company is, I’m told, wrong — for now.\n\n' +
      'As always: if you know something, reply. I protect sources.',
    kind: 'in_talks',
    rounds: [{ company: 'Tallowby', amount: 25e6, roundType: 'series_b', lead: ['Greyfriars Capital'] }],
  },
  {
    id: 'ub21-29',
    style: 'business',
    phenomenon:
      'correction_closed_to_still_raising,term_sheet_led_by,expects_to_close,common_word_name,repairs_count_trap,order_value_trap,earlier_seed_same_company,series_a',
    title: 'Cobbler, a shoe-repair marketplace, is raising an $8 million Series A',
    source: 'Brooklyn Business Beat',
    text:
      'Correction: An earlier version of this story, and its headline, said Cobbler had closed its Series A. The company is still raising; it has signed a term sheet for $8 million led by Ashgrove Ventures and expects to close the round in April.\n\n' +
      'Cobbler, which collects worn shoes and bags from customers’ doorsteps and routes them to 70 independent repair shops in New York and New Jersey, says it handled 120,000 repairs last year. Shops keep 80% of each job; the average order is $62.\n\n' +
      'Founder Lena Moskowitz started the company in 2022 after her father’s repair shop in Midwood nearly closed. Cobbler raised a $2.4 million seed round in 2023.',
    kind: 'in_talks',
    rounds: [{ company: 'Cobbler', amount: 8e6, roundType: 'series_a', lead: ['Ashgrove Ventures'] }],
  },
  {
    id: 'ub21-30',
    style: 'business',
    phenomenon:
      'interview_qa,are_you_raising,nobody_committed_to_lead,earlier_pre_seed_same_company,public_vc_backed_accelerator_unnamed,tonnage_trap,seed',
    title: 'Q&A: Maré’s Inês Carvalho on raising a seed round from Porto',
    source: 'Porto Tech Journal',
    text:
      'Maré makes software that predicts how much fish a Portuguese or Spanish trawler will land before it reaches port, so that auctions and processors can plan their day. Co-founder Inês Carvalho spoke to us last week.\n\n' +
      'Q: Are you raising?\n' +
      'A: Yes. We’re raising a €5 million seed round and hope to close before the summer. We’ve had good conversations, but nobody has committed to lead yet.\n\n' +
      'Q: What have you raised before?\n' +
      'A: A €600,000 pre-seed in 2024, from angels and the accelerator we went through in Matosinhos.\n\n' +
      'Q: Who are the customers?\n' +
      'A: Fish auctions in Matosinhos and Vigo, and two processors. Portugal lands something like 130,000 tonnes of fish a year, and most of the planning still happens by phone at four in the morning.',
    kind: 'in_talks',
    rounds: [{ company: 'Maré', amount: 5e6, currency: 'EUR', roundType: 'seed', lead: [] }],
  },
  {
    id: 'ub21-31',
    style: 'business',
    phenomenon:
      'conference_panel_recap,in_the_middle_of_raising,expected_to_close_with_x_leading,earlier_series_a_same_company,other_panellist_revenue_trap,investor_round_size_statistic_trap,series_b',
    title: 'Northern Tech Week: is the Series B the new Series A?',
    source: 'Northern Tech Review',
    text:
      'Three founders and an investor spent Wednesday afternoon at Northern Tech Week in Manchester arguing about whether the Series B has become the hardest round to raise.\n\n' +
      'Priya Nair, chief executive of Leeds-based payroll start-up Fettle, said her company was in the middle of raising a £20m Series B, which she expected to close next month with Thistledown Capital leading. Fettle raised £6m in a Series A in 2023. “We had the numbers a year ago,” she said. “We didn’t have the market.”\n\n' +
      'Tom Ashworth of Sheffield’s Forgeline said he had decided not to raise at all this year, after reaching £12m in annual revenue. “Profitability is a funding round you don’t have to dilute for,” he said.\n\n' +
      'Beth Okoro, an investor at Manchester’s Irwell Partners, said the average Series B she sees is now 30% smaller than in 2022. Her firm led two Series B rounds last year, both under £15m.',
    kind: 'in_talks',
    rounds: [{ company: 'Fettle', amount: 20e6, currency: 'GBP', roundType: 'series_b', lead: ['Thistledown Capital'] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub21-32',
    style: 'roundup',
    phenomenon:
      'vc_own_newsletter,fund_close_personal_news,first_fund_size,cheque_size_range,portfolio_company_earlier_rounds,portfolio_acquisition,fund_close',
    title: 'Some personal news: Fund II',
    source: 'Notes from Lakeshore',
    text:
      'Longtime readers know I started Lakeshore Seed in 2021 with a $12M first fund and a lot of nerve. Today I can share that we’ve closed our second fund at $48M, four times the size of the first.\n\n' +
      'Our limited partners include two university endowments, a Chicago family office and more than 40 founders we’ve backed or worked alongside. We’ll write first cheques of $500K to $1.5M into roughly 25 pre-seed and seed companies in the Midwest.\n\n' +
      'A few Fund I companies you may know: Hayloft, which raised a $14M Series A last year; Parcel Point, which was acquired by a national retailer in 2024; and Wicker, which is profitable and has never raised again after our seed.\n\n' +
      'Normal programming (deals, links, the occasional rant) returns next week. Thank you for reading.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Hayloft', 'Wicker'],
  },
  {
    id: 'ub21-33',
    style: 'blog',
    phenomenon:
      'podcast_show_notes,ipo_on_first_north,sek_amount_raised_in_listing,listing_valuation_trap,share_price_fall_trap,earlier_round_same_company,ipo',
    title: '#211 — Lina Berg on taking Fjällsport public',
    source: 'Nordic Founders Podcast',
    text:
      'Two weeks ago Fjällsport, the Umeå maker of ski-touring bindings, listed its shares on Nasdaq First North Growth Market in Stockholm, raising SEK 300 million in one of the year’s first Swedish IPOs. Co-founder and CEO Lina Berg joins us to talk about the listing, why she chose First North over a Series C, and the day the share price fell 14% — and came back.\n\n' +
      'Chapters\n' +
      '00:00 Welcome\n' +
      '04:12 Why list at SEK 1.2 billion instead of raising privately\n' +
      '19:30 Roadshow week\n' +
      '33:48 The first quarter as a listed company\n' +
      '48:10 Advice for founders thinking about First North\n\n' +
      'Fjällsport previously raised SEK 80 million in a 2023 round led by Norrland Ventures, which remains its largest shareholder.',
    kind: 'ipo',
    rounds: [],
    prior: ['Fjällsport'],
  },
  {
    id: 'ub21-34',
    style: 'business',
    phenomenon:
      'interview_qa,founder_on_selling_company,price_undisclosed,investor_return_multiple_trap,total_raised_over_two_rounds,earlier_series_a_with_lead,ampersand_name,acquisition',
    title: '‘I cried in the car park’: Salt & Timber’s founder on selling to Nordhavn Leisure',
    source: 'Clydeside Business',
    text:
      'Salt & Timber, the Glasgow maker of wood-fired hot tubs and garden saunas, said on Monday it had been bought by the Danish outdoor-leisure group Nordhavn Leisure. We spoke to founder Morag Lindsay.\n\n' +
      'Q: How much did Nordhavn pay?\n' +
      'A: I can’t tell you. I can tell you our investors got back more than three times what they put in.\n\n' +
      'Q: How much had you raised?\n' +
      'A: About £5m over two rounds, the last a £3.5m Series A led by Clyde Arc Ventures in 2023.\n\n' +
      'Q: Are you staying on?\n' +
      'A: For two years, running the UK business. Nordhavn wants our factory in Cumbernauld to build for the whole of northern Europe.\n\n' +
      'Q: Why sell now?\n' +
      'A: Because the alternative was a Series B in a market where nobody wants to fund a company that makes heavy things out of wood.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Salt & Timber'],
  },
  {
    id: 'ub21-35',
    style: 'business',
    phenomenon:
      'correction_at_top,statistic_corrected,research_report,largest_rounds_of_year_named,median_round_size_trap,deal_count_trap,other',
    title: 'European climate start-ups raised €12bn last year, down a quarter',
    source: 'Brussels Tech Ledger',
    text:
      'Correction: An earlier version of this article said European climate start-ups raised €21bn in 2025. The correct figure is €12bn; €21bn was the 2023 total.\n\n' +
      'Climate-tech start-ups in Europe raised €12bn from venture investors in 2025, down 24% from the year before, according to a report published on Monday by the research firm Greenfield Atlas.\n\n' +
      'The largest deals of the year were a €400m Series C for Hamburg heat-pump maker Wärmewerk and a €250m round for the Swedish battery recycler Kretslopp, the report said. Excluding those two, the median Series A fell to €11m from €14m.\n\n' +
      'France and Germany accounted for more than half of the money raised. The report counted 1,480 deals, 9% fewer than in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Wärmewerk', 'Kretslopp'],
  },
  {
    id: 'ub21-36',
    style: 'business',
    phenomenon:
      'update_at_top,public_grant_programme,grant_cap_trap,programme_size_trap,matching_funding_condition,applicant_earlier_seed_background,other',
    title: 'Update: Business Finland confirms €40m Arctic Pilot grant programme',
    source: 'Nordic Innovation Wire',
    text:
      'Update, 10 March: Business Finland confirmed the programme’s size and timetable on Tuesday morning. This story has been updated with its statement.\n\n' +
      'Start-ups testing new technology in Finnish Lapland will be able to apply for grants of up to €500,000 each under a new €40m programme, Business Finland said. The Arctic Pilot programme opens for applications on 1 April and will fund pilots in mining, forestry, tourism and cold-climate energy until the end of 2028.\n\n' +
      'Companies must match each euro of grant with a euro of private funding. Revontuli Robotics, a Rovaniemi drone-inspection start-up that raised a €3m seed round last autumn, said it planned to apply.',
    kind: 'other',
    rounds: [],
    prior: ['Revontuli Robotics'],
  },
  {
    id: 'ub21-37',
    style: 'business',
    phenomenon:
      'interview_qa,arr_milestone,lowercase_brand,sgd_arr,not_raised_since,are_you_raising_no,earlier_seed_same_company,customer_price_trap,other',
    title: 'sumwise passes S$10 million in ARR without raising again',
    source: 'Lion City Founders',
    text:
      'sumwise, the Singapore bookkeeping app for hawker stalls and small shops, said on Monday it had passed S$10 million in annual recurring revenue. We spoke to co-founder Mei Tan.\n\n' +
      'Q: Ten million. How long did that take?\n' +
      'A: Four years. The first million took two of them.\n\n' +
      'Q: Are you raising off the back of it?\n' +
      'A: No. We raised a US$3 million seed in 2022 and we have not raised since. We’ve been profitable for 18 months.\n\n' +
      'Q: Would you ever?\n' +
      'A: If we go into Indonesia properly, maybe. That would need real money. But not this year.\n\n' +
      'Q: How many customers?\n' +
      'A: About 41,000. They pay S$20 a month.',
    kind: 'other',
    rounds: [],
    prior: ['sumwise'],
  },
  {
    id: 'ub21-38',
    style: 'wire',
    phenomenon: 'headline_plus_one_sentence,raises_prices,lowercase_brand,plan_price_trap,other',
    title: 'plumb raises prices for the first time since 2022',
    source: 'SaaS Pricing Watch',
    text: 'The invoicing app’s Pro plan goes from €19 to €29 a month on April 1, the company told customers in an email on Monday.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub21-39',
    style: 'business',
    phenomenon:
      'prize_win,no_equity_attached,earlier_seed_with_lead_background,cad_earlier_round,finalist_awards_trap,trap_count_trap,other',
    title: 'Driftline wins $1 million Halcyon Ocean Prize for tracking lost fishing gear',
    source: 'Blue Economy Daily',
    text:
      'Driftline, a Halifax, Nova Scotia, start-up that tracks fishing gear lost at sea with cheap satellite tags, has won the $1 million Halcyon Ocean Prize, the foundation behind the award said on Monday.\n\n' +
      'The prize comes with no equity attached. Driftline, which raised a C$2.5 million seed round led by Bedford Basin Ventures last year, said it would use the money to tag 20,000 crab and lobster traps off Nova Scotia and Maine this season.\n\n' +
      'Lost and abandoned gear makes up roughly a tenth of ocean plastic, by some estimates. The four other finalists, from Chile, Kenya, Norway and the Philippines, each received $100,000.',
    kind: 'other',
    rounds: [],
    prior: ['Driftline'],
  },
  {
    id: 'ub21-40',
    style: 'business',
    phenomenon:
      'startup_invests_in_plant,will_invest,ampersand_name,paid_from_earlier_series_b,tonnage_trap,tax_exemption_pln_trap,other',
    title: 'Warp & Weft to invest €30m in Łódź textile-recycling plant',
    source: 'Baltic Business Daily',
    text:
      'Warp & Weft, a Tallinn start-up that turns used clothing back into fibre that can be spun again, will invest €30m in a recycling plant in Łódź, Poland, the company said on Monday.\n\n' +
      'The plant, due to open in 2027, will process 25,000 tonnes of textile waste a year and employ about 150 people. It will be paid for from the €45m Series B that Warp & Weft raised last October. The Łódź Special Economic Zone has granted the project a tax exemption worth up to PLN 40m.\n\n' +
      '“Łódź was the Manchester of Poland. We like the symmetry,” chief executive Kadri Tamm said.',
    kind: 'other',
    rounds: [],
    prior: ['Warp & Weft'],
  },
  {
    id: 'ub21-41',
    style: 'roundup',
    phenomenon:
      'newsletter_links_only,no_deals_section,post_mortem_total_raised,sponsor_interest_rate_trap,sponsor_insured_amount_trap,salary_range_trap,series_b_company_unnamed,other',
    title: 'Weekend Reads #52: no deals, just links',
    source: 'Dry Powder',
    text:
      'No deals section this week — I was travelling and would rather skip it than do it badly. Instead, some things worth your weekend.\n\n' +
      'READ\n' +
      '• A founder’s honest post-mortem on how Pallet & Co spent the $22M it raised in 2022 and shut down last month.\n' +
      '• Why so many seed rounds now come with a 2x liquidation preference (paywalled, but worth it).\n\n' +
      'LISTEN\n' +
      '• The Payroll Hour’s conversation with a nurse-staffing founder about raising an A in a bad market.\n\n' +
      'SPONSOR\n' +
      'Cashwell pays startups 4.1% on idle cash, with deposits insured up to $5 million through partner banks. Open an account in ten minutes.\n\n' +
      'JOBS\n' +
      '• Head of Finance at a Series B climate company in Denver ($180K–$210K plus equity).\n\n' +
      'Back to normal next week.',
    kind: 'other',
    rounds: [],
    prior: ['Pallet & Co'],
  },
  {
    id: 'ub21-42',
    style: 'blog',
    phenomenon:
      'vc_podcast_show_notes,how_we_lead,guest_firm_led_past_seed,ownership_target_trap,market_capital_estimate_trap,guest_firm_fund_size,other',
    title: 'Ep. 19: How we decide to lead a Series A, with Gwen Abara of Tollgate Capital',
    source: 'Term Sheet Talk',
    text:
      'Gwen Abara is a general partner at Tollgate Capital in Atlanta, where she has led Series A rounds in fintech and health companies since 2019. In this episode she walks through how her firm decides to lead a round: the memo, the partner meeting and the reference calls founders never hear about.\n\n' +
      'We get into:\n' +
      '• Why Tollgate led Cedarline Health’s $6M seed in 2024 after passing on its pre-seed\n' +
      '• What “we’d like to see more traction” actually means\n' +
      '• Ownership targets, and why 15% at Series A is the number she won’t go below\n' +
      '• The $2 billion of Series A capital she thinks will go undeployed this year\n\n' +
      'Gwen’s firm closed its $210M third fund last spring. Find her on LinkedIn.',
    kind: 'other',
    rounds: [],
    prior: ['Cedarline Health', 'Tollgate Capital'],
  },
  {
    id: 'ub21-43',
    style: 'business',
    phenomenon:
      'correction_at_top,acquisition_price_corrected,cash_and_stock,target_total_raised,target_earlier_series_b_with_lead,expected_to_close,acquisition',
    title: 'Halden buys route-planning start-up Tern for $120 million',
    source: 'Logistics Capital Report',
    text:
      'Correction: An earlier version of this article gave the purchase price as $210 million. Halden is paying $120 million in cash and stock.\n\n' +
      'Halden Freight Systems, the Rotterdam-based transport software group, has agreed to buy Tern, a Vancouver start-up whose software plans delivery routes around live traffic and loading-dock schedules, for $120 million in cash and stock, the companies said on Monday.\n\n' +
      'Tern had raised about $38 million from investors including Burrard Inlet Capital, which led its $25 million Series B in 2024. The deal is expected to close in the second quarter, subject to regulatory approval. Tern’s 140 employees will join Halden’s North American unit.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Tern'],
  },
  {
    id: 'ub21-44',
    style: 'business',
    phenomenon:
      'interview_qa,gp_on_new_fund,fund_target_trap,previous_fund_size,cheque_size_range,firm_led_portfolio_series_a_background,ask_size_trap,fund_close',
    title: 'Q&A: Thandi Mokoena on closing Jacaranda Ventures’ third fund',
    source: 'Joburg Venture Weekly',
    text:
      'Jacaranda Ventures, the Johannesburg firm that backs African software companies at Series A, has closed its third fund at $150 million. We spoke to managing partner Thandi Mokoena.\n\n' +
      'Q: How big is the new fund?\n' +
      'A: $150 million, against a target of $120 million. Fund II was $60 million.\n\n' +
      'Q: Who are the LPs?\n' +
      'A: Development finance institutions are about half. The rest is South African pension money, two family offices and, for the first time, a Gulf sovereign fund.\n\n' +
      'Q: What will you write?\n' +
      'A: First cheques of $2 million to $6 million, into about 20 companies. We led Mzansi Pay’s $12 million Series A last year out of Fund II, and that’s the kind of deal we want to keep doing.\n\n' +
      'Q: What has changed in the market?\n' +
      'A: Founders are asking for less. Two years ago every Series A deck asked for $15 million.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Mzansi Pay'],
  },
  {
    id: 'ub21-45',
    style: 'business',
    phenomenon:
      'update_at_top,ipo_final_pricing,price_range_trap,shares_sold_times_price,earlier_series_c_same_company_with_lead,ipo',
    title: 'Update: Coastline Therapeutics prices IPO at $17, raising $204 million',
    source: 'Biotech Bourse',
    text:
      'Update: This story has been updated with the final pricing. Coastline had planned to sell 11 million shares at $15 to $17 each.\n\n' +
      'Coastline Therapeutics, a San Diego developer of oral drugs for inflammatory bowel disease, priced its initial public offering at $17 a share, the top of its range, and sold 12 million shares, raising $204 million. Its shares begin trading on Nasdaq on Tuesday.\n\n' +
      'Coastline raised a $120 million Series C led by Point Loma Partners in September. Its lead drug is in a Phase 2 trial, with results expected late this year.',
    kind: 'ipo',
    rounds: [],
    prior: ['Coastline Therapeutics'],
  },
  {
    id: 'ub21-46',
    style: 'business',
    phenomenon:
      'panel_recap_statistics,median_seed_cheque_trap,co_led_past_series_a_background,unnamed_company_naira_raise,other',
    title: 'At Yaba Founders Week, investors say seed cheques are shrinking',
    source: 'Naija Tech Roundtable',
    text:
      'Seed rounds in Nigeria got smaller last year, investors on a panel at Yaba Founders Week said on Monday. The median seed cheque fell to about $1.1 million in 2025 from $1.6 million two years earlier, said Funmi Adebayo of the research group Venture Lens Africa, citing her group’s data.\n\n' +
      '“The big rounds still happen, but they are rarer,” said Chidi Eze, a partner at Ikorodu Capital, pointing to Paybridge’s $20 million Series A in November, which his firm co-led with a US investor.\n\n' +
      'The panel also discussed the naira’s fall, which has made dollar rounds harder to justify for companies that earn in naira. One founder in the audience said her company had raised ₦800 million from local angels last year rather than chase dollars.',
    kind: 'other',
    rounds: [],
    prior: ['Paybridge'],
  },
];
