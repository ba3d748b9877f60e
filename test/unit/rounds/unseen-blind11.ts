// An eleventh blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "this week" is early March
// 2026 and "last year" is 2025.
// Styles: a tech-blog story whose long second paragraph of product detail comes before the
// investors, a terse deal-newsletter item ("Why it matters:", "Details:", "Investors:"), a
// financial-wire "(Castmoor News) --" lede with the round and a valuation in the second paragraph
// and a reporter trailer, a Korean outlet in English ("attracted 15 billion won", "announced on the
// 9th", cumulative investment), Australian press ("A$18mn", "US$11.7mn"), a Nordic outlet ("85
// MSEK"), a Dutch outlet with a Dutch title and an English body ("€4,5 million", decimal comma), a
// US local business journal ("half a million dollars"), a UK university spinout ("£2.1m seed
// investment from" the university's fund), a Gulf startup digest ("USD 7m"), a Chinese outlet in
// English ("nearly 300 million yuan") with a Hong Kong listing plan, a biotech press release
// announcing a final close, a corporate venture arm's press release that "participated in" a "B
// round" with "About" boilerplate, a founder interview in Q&A form with the round only in a quote,
// a crypto newsletter's "strategic token round", a WordPress feed summary cut off with "[…]" and
// "The post … appeared first on …", an advice column in Q&A form, and a Norwegian outlet in English
// ("MNOK 150"). Phenomena: "$1.25B" in a headline after the valuation ("Valued at $14 Billion in
// $1.25B Funding Round"); "$800K" under a "nets" headline; "bags" and "scoops up" headlines; a
// company named "Upraise" whose app is about pay rises; the investor as the subject and the
// company as the object ("Halloway Capital bets $30M on Linesmith's …"); investors listed before
// the company ("Backed by A, B and …, X has raised"); "co-led by A alongside B"; "with A leading
// and B and C participating"; a final close of a Series A at $30 million after a first close of
// $20 million (labelled at the round's total, $30 million); two companies raising in one story (not
// a roundup), in "£9m" and "£1.5mn"; a corporate "strategic round" from a carmaker and a miner; a
// company out of stealth with one total made of a previously unannounced seed and a Series A (two
// rounds, each with its own lead); a minority growth investment from a private-equity firm
// ('growth'); an earlier seed's lead named in the same sentence as this round's lead ("which led
// its $6 million seed"); cumulative and total-funding figures; revenue, prices and customer counts
// beside the amounts. In-talks: a wire's "in talks … poised to lead" with a valuation, an investor
// "in talks to lead" a round in a company (investor as subject), a Norwegian CEO "raising MNOK 150
// … commitments for about half", Mexican pesos "in advanced talks" with "expected to lead", and a
// CEO's plan to "go out to raise a Series B, probably around $40 million" with no lead picked.
// Distractors: a startup that "raised its revenue", an IPO that "raises $500 million", a SPAC's own
// IPO with a trust account, a country's bond sale, a company's $50 million factory investment
// (capex) with state tax credits, a $30 million Army contract, a nonprofit's $5 million donation
// from a startup founder, an employee tender offer "led by" a buyer (no money to the company), a
// central bank raising its policy rate, a golf tournament raising its prize purse (paid by a
// sponsor), an acquisition "for $80M in cash and stock", a VC firm raising "$400M for its second
// fund", a layoff story with "raised $60M in 2023", a VC's markdown of a stake, and an advice
// column with hypothetical seed numbers; most carry a past round as background (`prior`). Labelled
// by hand by the conventions of checks.ts and unseen-blind8.ts to unseen-blind10.ts; amounts are in
// the currency first stated; `lead` is given only where the text says who led.
// First look (2026-12-07 03:24, no rule changed for it): company F1 0.788 (P 0.76 / R 0.81), amount
// 84.6 %, type 83.3 %, status 100 %, lead F1 0.711, 3 false rounds (a nonprofit's donation, an
// advice column's question headline, an acquired company's earlier raise) and 5 wrong names (title-
// case headlines read whole: "Chip Startup Hexwright Valued", "AI Drug-Discovery Firm Ardentia
// Said"; "14 Billion"; a quoted "we" read as "Ports"; a corporate venture arm for the company it
// backed). After the fixes (kinds of wording, tested on other invented examples in
// blind11-ways.test.ts, with what a review of the day's rules found): 0.889 · 96.4 % · 88.0 % ·
// 0.826 · 1 false + 2 wrong names; every other set unchanged; then an investor's "participated in
// the $45 million B round of X" (and set 9's release header lines): 0.903 · 96.4 % · 92.0 % · 0.870
// · 1 false + 1 wrong name. Left: a quote's "we" read as the speaker's port customers, a second
// company of a two-company story, a token round, a seed and a Series A told together, a CEO's plan
// quoted, an acquisition's earlier raise, a final close after a dated first close.
// A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND11: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub11-01',
    style: 'business',
    phenomenon:
      'tech_blog_story,long_product_paragraph_before_investors,series_a_in_third_paragraph,earlier_seed_lead_trap,customer_count,ceo_quote',
    title: 'Kettleview raises $26M to catch mistakes in hospital IV bags',
    source: 'Startup Signal',
    text:
      'Kettleview, a Boston startup that checks the drugs hospital pharmacies mix into IV bags, has raised $26 million in new funding, the company told Startup Signal.\n\n' +
      'Every day, pharmacy technicians in large hospitals prepare hundreds of bags and syringes by hand under sterile hoods, and a wrong dose can go unnoticed until it reaches a patient. ' +
      'Kettleview mounts a small camera and a precision scale above each hood; its software reads the label on every vial, weighs each syringe before and after it is drawn, and compares the result with the doctor’s order in the hospital’s records system. ' +
      'If something is off, the screen turns red and the technician has to start again. ' +
      'The system keeps a photo log of every step, which pharmacists can review from a tablet instead of walking the clean room, and it flags technicians who are running behind so supervisors can move staff between hoods. ' +
      'Kettleview says its system is now used in 41 hospitals across nine states and has caught about 3,000 errors since the start of last year.\n\n' +
      'The Series A was led by Ravensholt Ventures, with participation from Oldcastle Health Fund and existing investor Pinmoor Capital, which led Kettleview’s $6 million seed round in 2024.\n\n' +
      '“Hospitals don’t want another dashboard; they want fewer errors,” said co-founder and CEO Adaeze Forsythe, a former hospital pharmacist. ' +
      'The company plans to use the money to double its sales team and to build a version for outpatient infusion centers.',
    kind: 'round',
    rounds: [
      {
        company: 'Kettleview',
        amount: 26e6,
        roundType: 'series_a',
        lead: ['Ravensholt Ventures'],
        other: ['Oldcastle Health Fund', 'Pinmoor Capital'],
      },
    ],
  },
  {
    id: 'ub11-02',
    style: 'business',
    phenomenon:
      'deal_newsletter_item,why_it_matters,details_label,investors_label,x_led_joined_by,post_money_valuation,rivals_background,series_b',
    title: 'Hearthkeel raises $40M for home-health billing',
    source: 'Dealsheet Pro: Health Tech',
    text:
      'Hearthkeel, a Denver-based maker of billing software for home-health agencies, raised $40 million in Series B funding.\n\n' +
      'Why it matters: Home-health agencies lose an estimated 8% of revenue to denied claims, and new prior-authorization rules are adding paperwork.\n\n' +
      'Details: The round values Hearthkeel at $310 million post-money, per a source familiar with the deal. The company has 220 agency customers and plans to add a payroll module in the fall.\n\n' +
      'Investors: Corrigan Fields led, joined by Saltash Partners and returning backer Tilwood Ventures.\n\n' +
      'The big picture: It’s the third home-health software raise of the year, after rivals Carewind and Visitly raised in January.',
    kind: 'round',
    rounds: [
      {
        company: 'Hearthkeel',
        amount: 40e6,
        roundType: 'series_b',
        lead: ['Corrigan Fields'],
        other: ['Saltash Partners', 'Tilwood Ventures'],
      },
    ],
    prior: ['Carewind', 'Visitly'],
  },
  {
    id: 'ub11-03',
    style: 'wire',
    phenomenon:
      'financial_wire_lede,round_in_second_paragraph,valuation_before_amount_in_title,b_suffix_decimal,gmbh_suffix,previous_valuation_trap,series_e,reporter_trailer',
    title: 'Chip Startup Hexwright Valued at $14 Billion in $1.25B Funding Round',
    source: 'Castmoor News',
    text:
      '(Castmoor News) -- Hexwright GmbH, whose processors run the driver-assistance software in about a dozen car models sold in Europe and China, has become one of the region’s most valuable private technology companies.\n\n' +
      'The Munich-based chip designer raised $1.25 billion in a Series E round led by Vossberg Growth Partners, valuing it at $14 billion including the new money, the company said in a statement Tuesday. ' +
      'Existing investors Aldergate Capital and Rothmere Ventures also took part. Hexwright was valued at $5.2 billion in its previous round in 2024.\n\n' +
      'The company will spend the money on a second generation of chips built on a 3-nanometer process and on expanding its engineering center in Dresden, co-founder and Chief Executive Officer Tobias Arnhold said in an interview. ' +
      'He declined to comment on a possible initial public offering.\n\n' +
      '--With assistance from Lena Vogt.\n\n' +
      'To contact the reporter on this story: Marcus Hale in Munich',
    kind: 'round',
    rounds: [
      {
        company: 'Hexwright',
        amount: 1.25e9,
        roundType: 'series_e',
        lead: ['Vossberg Growth Partners'],
        other: ['Aldergate Capital', 'Rothmere Ventures'],
      },
    ],
  },
  {
    id: 'ub11-04',
    style: 'business',
    phenomenon:
      'korean_outlet_english,billion_won,attracted_investment,announced_on_the_9th,cumulative_investment_trap,public_bank_participant,usd_conversion,series_b',
    title: 'Autonomous shuttle startup Nuri Mobility attracts 15 billion won in Series B',
    source: 'Seoul Venture Herald (English)',
    text:
      'Nuri Mobility, a startup that operates self-driving shuttle buses in new-town apartment complexes, announced on the 9th that it has attracted 15 billion won (about $10.3 million) in Series B investment.\n\n' +
      'The investment was led by Hangang Partners Investment, with Doore Venture Capital, Saebyeok Investment and the Korea Development Bank participating. ' +
      'With this round, Nuri Mobility’s cumulative investment has reached 27 billion won.\n\n' +
      'Founded in 2021 by CEO Park Ji-hoon, a former autonomous-driving researcher at a domestic carmaker, Nuri Mobility runs 38 shuttles in Sejong and Hwaseong. ' +
      'The company plans to use the funds to enter the Japanese market in the second half of the year.\n\n' +
      '"With this investment, we will prove that autonomous shuttles are a real option for public transport," CEO Park said.',
    kind: 'round',
    rounds: [
      {
        company: 'Nuri Mobility',
        amount: 15e9,
        currency: 'KRW',
        roundType: 'series_b',
        lead: ['Hangang Partners Investment'],
        other: ['Doore Venture Capital', 'Saebyeok Investment', 'Korea Development Bank'],
      },
    ],
  },
  {
    id: 'ub11-05',
    style: 'business',
    phenomenon:
      'australian_press,aud_mn_suffix,usd_mn_conversion,with_a_leading_and_b_participating,family_office,total_funding_trap,earlier_seed_same_company,series_a',
    title: 'Sydney fintech Paysettle raises A$18mn to speed up tradie invoices',
    source: 'Harbour City Business Review',
    text:
      'Sydney-based Paysettle, which lets builders and tradespeople get paid for invoices within a day, has raised A$18mn (US$11.7mn) in a Series A, with Coogee Ventures leading and Banksia Capital and the Melbourne family office Tallowwood Holdings participating.\n\n' +
      'The raise comes 14 months after an A$4.2mn seed round and takes Paysettle’s total funding to A$23mn. ' +
      'Co-founder Mitch Kearney said the company processes about A$60mn of invoices a month for 9,000 small businesses, and would use the money to launch in New Zealand.\n\n' +
      '"Tradies shouldn’t have to be a bank for their customers," Mr Kearney said.',
    kind: 'round',
    rounds: [
      {
        company: 'Paysettle',
        amount: 18e6,
        currency: 'AUD',
        roundType: 'series_a',
        lead: ['Coogee Ventures'],
        other: ['Banksia Capital', 'Tallowwood Holdings'],
      },
    ],
  },
  {
    id: 'ub11-06',
    style: 'business',
    phenomenon: 'nordic_outlet,msek_before_number,eur_conversion,no_round_type,existing_owners,net_sales_trap,carbon_credits',
    title: 'Torvmark raises 85 MSEK to turn drained bogs back into wetlands',
    source: 'Nordic Venture Desk',
    text:
      'Uppsala-based Torvmark, which measures how much carbon restored peatlands store and sells the resulting credits to Nordic companies, has raised 85 MSEK (approx. EUR 7.6m) in a round led by Fyrbåk Kapital.\n\n' +
      'Existing owners Skagerudd Invest and the founders also invested. ' +
      'The company has signed agreements with 140 landowners in Sweden and Finland covering 11,000 hectares, and will use the capital to expand into Norway and the Baltic states.\n\n' +
      '“Forestry companies have drained these bogs for a hundred years. Rewetting them is the cheapest climate measure there is,” says CEO Elin Sandström.\n\n' +
      'Torvmark reported net sales of 12 MSEK last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Torvmark',
        amount: 85e6,
        currency: 'SEK',
        roundType: 'unknown',
        lead: ['Fyrbåk Kapital'],
        other: ['Skagerudd Invest'],
      },
    ],
  },
  {
    id: 'ub11-07',
    style: 'business',
    phenomenon:
      'dutch_title_english_body,decimal_comma_amount,euro_sign,seed,led_by_semicolon,unnamed_public_fund,dike_length_trap',
    title: 'Dijkwacht haalt €4,5 miljoen op voor slimme dijksensoren',
    source: 'Randstad Tech Weekly',
    text:
      'Utrecht-based Dijkwacht has raised €4,5 million in a seed round to put sensors into Dutch dikes. ' +
      'The round was led by Oudegracht Ventures; the provincial development fund and a group of angel investors from the water sector also invested.\n\n' +
      'Dijkwacht’s sensors, each about the size of a broom handle, are driven into the dike and report moisture and movement every ten minutes. ' +
      'Four water boards are already testing them on 60 kilometres of dike along the Lek and the Waal.\n\n' +
      '“A dike doesn’t fail overnight. It warns you for weeks, if you are listening,” said co-founder Sanne de Vries. ' +
      'The startup employs 14 people and plans to double that by the end of the year.',
    kind: 'round',
    rounds: [{ company: 'Dijkwacht', amount: 4.5e6, currency: 'EUR', roundType: 'seed', lead: ['Oudegracht Ventures'] }],
  },
  {
    id: 'ub11-08',
    style: 'wire',
    phenomenon: 'nets_headline,k_suffix,pre_seed,headline_with_teaser,no_lead,unnamed_angels',
    text:
      'Lumenfold nets $800K pre-seed to help small museums digitise their archives\n\n' +
      'The two-person startup from Providence has signed up 12 museums for a pilot and plans to hire its first engineer. ' +
      'Angel investors from the library-software world put in the money.',
    kind: 'round',
    rounds: [{ company: 'Lumenfold', amount: 8e5, roundType: 'pre_seed' }],
  },
  {
    id: 'ub11-09',
    style: 'business',
    phenomenon: 'local_business_journal,amount_in_words_half_a_million,angel_group,largest_check_trap,price_trap,no_round_type',
    title: 'Bozeman startup that schedules bakery ovens raises half a million dollars',
    source: 'Gallatin Valley Business Journal',
    text:
      'Proofbox, a two-year-old Bozeman company whose software tells bakeries when to mix, proof and bake each batch, has raised half a million dollars from a group of Montana angel investors, co-founder Dana Whitfield said this week.\n\n' +
      'The company, which Whitfield started with her brother after running a bakery in Livingston for a decade, has 85 paying customers, most of them small bakeries in the Mountain West. ' +
      'Subscriptions start at $149 a month.\n\n' +
      'Whitfield said the money would let Proofbox hire two developers and attend trade shows in Las Vegas and Chicago this spring. ' +
      'The largest single check, $100,000, came from a retired software executive in Whitefish, she said.',
    kind: 'round',
    rounds: [{ company: 'Proofbox', amount: 5e5, roundType: 'unknown' }],
  },
  {
    id: 'ub11-10',
    style: 'business',
    phenomenon: 'university_spinout,gbp_m_suffix,seed_investment_from,university_fund,no_lead,tto_stake_trap,spinout_count_trap',
    title: 'Glenarm University spinout Phasewell Photonics lands £2.1m seed',
    source: 'Northern Science Business',
    text:
      'Phasewell Photonics, a spinout from Glenarm University’s physics department, has secured a £2.1m seed investment from the Glenarm Innovation Fund and Causeway Angels to build compact lasers that detect methane leaks.\n\n' +
      'The company was founded in 2025 by Dr Niamh Quill and Prof. Alasdair Reid, whose research group spent eight years developing the laser design. ' +
      'A prototype has been tested at two gas compressor stations.\n\n' +
      'The university’s technology transfer office, which holds a 20% stake in Phasewell, said the company was the 40th spinout it had supported since 2015.',
    kind: 'round',
    rounds: [
      {
        company: 'Phasewell Photonics',
        amount: 2.1e6,
        currency: 'GBP',
        roundType: 'seed',
        other: ['Glenarm Innovation Fund', 'Causeway Angels'],
      },
    ],
  },
  {
    id: 'ub11-11',
    style: 'business',
    phenomenon: 'gulf_startup_digest,usd_code_prefix_m_suffix,bags_headline,series_a,total_funding_trap,regional_family_offices',
    title: 'Abu Dhabi’s Rimal Health bags USD 7m Series A for at-home lab tests',
    source: 'Gulf Startup Digest',
    text:
      'Rimal Health, an Abu Dhabi-based startup that sends phlebotomists to patients’ homes for blood tests, has closed a USD 7m Series A round led by Dhow Capital.\n\n' +
      'Riyadh-based Sadu Ventures and a group of regional family offices also joined the round, which brings Rimal’s total funding to USD 10.5m. ' +
      'The startup, founded in 2023 by Dr. Layla Al Mansoori and Omar Haddad, carries out more than 20,000 home visits a month in the UAE and plans to launch in Saudi Arabia in the second quarter.',
    kind: 'round',
    rounds: [{ company: 'Rimal Health', amount: 7e6, roundType: 'series_a', lead: ['Dhow Capital'], other: ['Sadu Ventures'] }],
  },
  {
    id: 'ub11-12',
    style: 'wire',
    phenomenon: 'investor_subject_company_object,bets_on_headline,possessive_company_in_title,has_led,board_seat,series_b',
    title: 'Halloway Capital bets $30M on Linesmith’s power-line robots',
    text:
      'Halloway Capital has led a $30 million Series B in Linesmith, a Pittsburgh startup whose robots crawl along high-voltage lines to find and patch damaged cable, the firm said on Monday.\n\n' +
      'Utilities in Pennsylvania, Ohio and Texas now use Linesmith’s robots, which can work on live lines without a shutdown. ' +
      'Halloway partner Rosalind Tait will join Linesmith’s board. Earlier backers Keystone Arc Ventures and Allegrove Partners also put in money.',
    kind: 'round',
    rounds: [
      {
        company: 'Linesmith',
        amount: 30e6,
        roundType: 'series_b',
        lead: ['Halloway Capital'],
        other: ['Keystone Arc Ventures', 'Allegrove Partners'],
      },
    ],
  },
  {
    id: 'ub11-13',
    style: 'business',
    phenomenon: 'scoops_up_headline,company_name_contains_raise,pay_raise_trap,picked_up,series_a,hourly_wage_trap',
    title: 'Upraise scoops up $12M to help hourly workers ask for a raise',
    text:
      'Upraise, whose app shows shift workers what others in similar jobs earn and walks them through asking for a pay rise, has picked up $12 million in a Series A led by Fernleaf Capital.\n\n' +
      'The Chicago company says 400,000 people have used the app since it launched in 2024, and that users who asked for a raise got one 38% of the time, with a median increase of $1.40 an hour. ' +
      'Upraise makes money by selling anonymized pay data to employers.',
    kind: 'round',
    rounds: [{ company: 'Upraise', amount: 12e6, roundType: 'series_a', lead: ['Fernleaf Capital'] }],
  },
  {
    id: 'ub11-14',
    style: 'business',
    phenomenon: 'investors_before_company,backed_by_opening,seed,no_lead,founders_as_investors,state_count_trap',
    text:
      'Backed by Pinwheel Row Ventures, Dunmore Street Capital and the founders of two payroll companies, Tallypoint has raised $9.5 million in seed funding to automate sales-tax filing for online sellers.\n\n' +
      'The Austin-based startup files returns in all 45 states that levy a statewide sales tax, plus Washington, D.C., and charges sellers per filing. ' +
      'Co-founder and CEO Marisol Ortega, who previously ran tax operations at a large e-commerce marketplace, said Tallypoint has about 1,100 customers.',
    kind: 'round',
    rounds: [
      {
        company: 'Tallypoint',
        amount: 9.5e6,
        roundType: 'seed',
        other: ['Pinwheel Row Ventures', 'Dunmore Street Capital'],
      },
    ],
  },
  {
    id: 'ub11-15',
    style: 'business',
    phenomenon: 'co_led_by_a_alongside_b,two_leads,participation_from,series_a,incident_count_trap',
    title: 'Orbisa raises $21M Series A to track down satellite jamming',
    text:
      'Orbisa, which sells software that helps satellite operators find and locate sources of radio interference, has raised a $21 million Series A co-led by Wexcombe Partners alongside Pellmarsh Ventures, with participation from Drayhurst Capital and Apogee Hill Fund.\n\n' +
      'The Colorado Springs company said jamming incidents reported by its customers tripled in 2025, and that it would use the money to build a network of ground receivers in Europe and the Middle East.',
    kind: 'round',
    rounds: [
      {
        company: 'Orbisa',
        amount: 21e6,
        roundType: 'series_a',
        lead: ['Wexcombe Partners', 'Pellmarsh Ventures'],
        other: ['Drayhurst Capital', 'Apogee Hill Fund'],
      },
    ],
  },
  {
    id: 'ub11-16',
    style: 'press',
    phenomenon:
      'press_release,final_close,first_close_amount_trap,second_close_new_investors,round_total_labelled,series_a,about_boilerplate,biotech',
    title: 'Greyling Bio Completes $30 Million Series A Financing',
    source: 'Newswire Direct',
    text:
      'CAMBRIDGE, Mass., March 9, 2026 /Newswire Direct/ -- Greyling Bio, Inc., a preclinical biotechnology company developing oral peptide drugs for inflammatory bowel disease, today announced the final close of its Series A financing at $30 million, following a first close of $20 million in October 2025. ' +
      'The round was led by Tarnbrook Bio Fund. New investors in the second close include Cressbrook Health Ventures and Marisbrook Capital, joining existing investors Tarnbrook, Sedgefield Partners and the Bayard Family Foundation.\n\n' +
      'Proceeds will fund IND-enabling studies for GB-101, the company’s lead candidate, and a first-in-human trial expected to begin in 2027.\n\n' +
      '"Closing the round with this syndicate gives us runway through our first clinical data," said Dr. Helena Marsh, Chief Executive Officer of Greyling Bio.\n\n' +
      'About Greyling Bio\n' +
      'Greyling Bio is developing orally delivered peptides that act locally in the gut. The company is based in Cambridge, Massachusetts.',
    kind: 'round',
    rounds: [
      {
        company: 'Greyling Bio',
        amount: 30e6,
        roundType: 'series_a',
        lead: ['Tarnbrook Bio Fund'],
        other: ['Cressbrook Health Ventures', 'Marisbrook Capital', 'Sedgefield Partners', 'Bayard Family Foundation'],
      },
    ],
  },
  {
    id: 'ub11-17',
    style: 'business',
    phenomenon: 'founder_interview_qa,round_only_in_quote,lead_in_dash_aside,customers_as_investors,series_a,staff_count_trap',
    title: '“Ports still run on clipboards”: Berthloop’s founder on digitising the docks',
    source: 'Maritime Tech Review',
    text:
      'Funmilayo Okonkwo spent nine years as a terminal planner in Rotterdam and Lagos before she started Berthloop, which schedules the trucks that pick up and drop off containers at port terminals. ' +
      'We spoke to her in Hamburg, where the company has just opened its third office.\n\n' +
      'Why trucks?\n"Ships get all the attention, but the queue of trucks outside the gate is where a terminal loses its day. Some drivers wait six hours. We give every truck a slot and move the slot when a ship is late."\n\n' +
      'How big is Berthloop now?\n"We run the gates at 11 terminals and we have 70 people. We’ve just closed a $15 million Series A – Tamberlane Capital led it, and two of our terminal customers came in as well – so this year is about hiring engineers and getting into Antwerp and Felixstowe."\n\n' +
      'What keeps you up at night?\n"Truck drivers who have never used an app. We still answer a lot of phone calls."',
    kind: 'round',
    rounds: [{ company: 'Berthloop', amount: 15e6, roundType: 'series_a', lead: ['Tamberlane Capital'] }],
  },
  {
    id: 'ub11-18',
    style: 'business',
    phenomenon:
      'two_companies_one_story,not_a_roundup,gbp_m_and_mn_suffixes,rival_also_raises,series_a_and_seed,angel_group,public_grant_amount_trap',
    title: 'Two heat-pump installers raise money as boiler rules tighten',
    source: 'The Clean Ledger',
    text:
      'Two British heat-pump installers have raised money in the same week, as landlords and homeowners prepare for tighter rules on gas boilers.\n\n' +
      'Warmhaus, a London company that surveys a home by video and installs a heat pump within three weeks, raised £9m in a Series A led by Wharfside Climate Fund, with existing backer Aldwych Lane Capital also investing. ' +
      'It has fitted 2,300 heat pumps since 2023.\n\n' +
      'Its smaller rival Heatnest, based in Leeds, closed a £1.5mn seed round from a group of angel investors that includes the founder of a kitchen-fitting chain. ' +
      'Heatnest focuses on terraced houses and has 40 installers on its books.\n\n' +
      'Both companies say a shortage of trained engineers, not customer demand, is what limits their growth. ' +
      'The government’s Boiler Upgrade Scheme pays households £7,500 towards a heat pump.',
    kind: 'round',
    rounds: [
      {
        company: 'Warmhaus',
        amount: 9e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Wharfside Climate Fund'],
        other: ['Aldwych Lane Capital'],
      },
      { company: 'Heatnest', amount: 1.5e6, currency: 'GBP', roundType: 'seed' },
    ],
  },
  {
    id: 'ub11-19',
    style: 'wire',
    phenomenon:
      'chinese_outlet_english,yuan_word,nearly_amount,usd_conversion,hong_kong_listing_plan,revenue_trap,capacity_trap,series_c',
    title: 'Shenzhen robot-joint maker Jinghe Motion closes nearly 300 million yuan Series C, eyes Hong Kong listing',
    source: 'Greater Bay Tech Daily',
    text:
      'Jinghe Motion, a Shenzhen-based maker of the joint modules that let humanoid robots bend their knees and elbows, has completed a Series C round of nearly 300 million yuan (about $41.6 million), the company announced on Monday.\n\n' +
      'The round was led by Pearl Delta Capital, with participation from Yunxi Industrial Fund and existing shareholder Lianhua Hi-Tech Investment. ' +
      'Proceeds will be used to build a second production line in Dongguan, raising annual capacity to 200,000 modules.\n\n' +
      'Founder and chairman Lu Wenbo told reporters the company was preparing to apply for a listing on the main board of the Hong Kong stock exchange as early as next year, and had begun talking to underwriters. ' +
      'Jinghe Motion’s revenue rose to 410 million yuan in 2025, he said.',
    kind: 'round',
    rounds: [
      {
        company: 'Jinghe Motion',
        amount: 300e6,
        currency: 'CNY',
        roundType: 'series_c',
        lead: ['Pearl Delta Capital'],
        other: ['Yunxi Industrial Fund', 'Lianhua Hi-Tech Investment'],
      },
    ],
  },
  {
    id: 'ub11-20',
    style: 'wire',
    phenomenon: 'strategic_round_from_corporates,carmaker_and_miner,supply_agreement,no_lead,earlier_series_a_same_company',
    title: 'Relith closes $18M strategic round with carmaker and miner',
    text:
      'Relith, a Reno startup that recovers lithium and nickel from scrapped electric-vehicle batteries, has closed an $18 million strategic round from Kessing Motors and the mining group Tarvo Resources, the company said on Tuesday.\n\n' +
      'Under a separate supply agreement, Kessing will send Relith used battery packs from its European and North American plants, while Tarvo will buy part of the recovered nickel. ' +
      'Relith last raised a $25 million Series A in 2024.',
    kind: 'round',
    rounds: [{ company: 'Relith', amount: 18e6, roundType: 'strategic', other: ['Kessing Motors', 'Tarvo Resources'] }],
  },
  {
    id: 'ub11-21',
    style: 'business',
    phenomenon:
      'crypto_newsletter,strategic_token_round,token_price_trap,fully_diluted_valuation_trap,lock_up,foundation_vs_project_name,earlier_seed_same_company',
    title: 'Lattix raises $9M in strategic token round',
    source: 'Chainlines Weekly',
    text:
      'Lattix, a network that rents out spare GPUs to generate zero-knowledge proofs for blockchains, has raised $9 million in a strategic token round led by Coldharbour Digital, with Meridel Labs and several market makers also buying in.\n\n' +
      'Investors bought LTX tokens at $0.15 each, subject to a one-year lock-up followed by two years of monthly unlocks. ' +
      'LTX began trading in January and has a fully diluted valuation of about $640 million at current prices.\n\n' +
      'The Lattix Foundation will use the proceeds to pay for proving hardware and to fund grants for developers. Lattix raised a $4 million seed round in 2024.',
    kind: 'round',
    rounds: [{ company: 'Lattix', amount: 9e6, roundType: 'strategic', lead: ['Coldharbour Digital'], other: ['Meridel Labs'] }],
  },
  {
    id: 'ub11-22',
    style: 'business',
    phenomenon: 'wordpress_feed_summary,truncated_with_ellipsis_bracket,the_post_appeared_first_on,series_a,lead_before_cut',
    title: 'Pennyrig raises $11M Series A to automate oil-rig inspections',
    source: 'Founders Dispatch',
    text:
      'Pennyrig, a Houston startup whose drones and crawlers inspect offshore platforms for corrosion, has raised an $11 million Series A led by Trelawny Capital, with participation from […]\n\n' +
      'The post Pennyrig raises $11M Series A to automate oil-rig inspections appeared first on Founders Dispatch.',
    kind: 'round',
    rounds: [{ company: 'Pennyrig', amount: 11e6, roundType: 'series_a', lead: ['Trelawny Capital'] }],
  },
  {
    id: 'ub11-23',
    style: 'business',
    phenomenon: 'out_of_stealth,total_split_into_two_rounds,unannounced_seed,two_rounds_one_company,two_leads_different_rounds',
    title: 'Stackmoor emerges from stealth with $40M to build databases for AI agents',
    text:
      'Stackmoor, a San Francisco startup building a database that AI agents can query and update safely, came out of stealth on Tuesday with $40 million in funding.\n\n' +
      'The total is made up of an $8 million seed round led by Elderwick Ventures, which the company had not announced, and a $32 million Series A led by Brightmarsh Capital. ' +
      'Stackmoor was founded in 2025 by three former engineers from large cloud providers and has 19 employees.\n\n' +
      'Early customers include two banks and an online travel agency, which use Stackmoor to keep agents from overwriting each other’s records.',
    kind: 'round',
    rounds: [
      { company: 'Stackmoor', amount: 8e6, roundType: 'seed', lead: ['Elderwick Ventures'] },
      { company: 'Stackmoor', amount: 32e6, roundType: 'series_a', lead: ['Brightmarsh Capital'] },
    ],
  },
  {
    id: 'ub11-24',
    style: 'press',
    phenomenon:
      'cvc_press_release,participated_in_not_lead,b_round_wording,company_as_object,lead_in_second_sentence,managed_fund_size_trap,about_boilerplate',
    title: 'Ostmark Energy Ventures invests in Varmelo’s $45 million B round',
    source: 'Newswire Direct',
    text:
      'ESSEN, Germany, March 10, 2026 /Newswire Direct/ -- Ostmark Energy Ventures, the corporate venture capital arm of the utility Ostmark Energie AG, today announced that it has participated in the $45 million B round of Varmelo, a developer of software that controls large heat pumps in district heating networks. ' +
      'The round was led by Greyfield Capital.\n\n' +
      '"Heat is half of Europe’s energy demand, and Varmelo makes heat flexible," said Dr. Jonas Brandt, Managing Director of Ostmark Energy Ventures. ' +
      'Ostmark Energie will also pilot Varmelo’s software in two of its district heating networks in the Ruhr region.\n\n' +
      'About Ostmark Energy Ventures\n' +
      'Ostmark Energy Ventures invests in early- and growth-stage companies that make the energy system more flexible. It manages €250 million.',
    kind: 'round',
    rounds: [
      {
        company: 'Varmelo',
        amount: 45e6,
        roundType: 'series_b',
        lead: ['Greyfield Capital'],
        other: ['Ostmark Energy Ventures'],
      },
    ],
  },
  {
    id: 'ub11-25',
    style: 'business',
    phenomenon: 'minority_growth_investment,private_equity,takes_investment_from,first_outside_capital,revenue_trap,growth',
    title: 'Fallowfield Software takes $200M growth investment from Pembury Equity',
    text:
      'Fallowfield Software, a Nashville company whose scheduling and payroll system is used by about 6,000 veterinary clinics, has taken a $200 million minority growth investment from Pembury Equity, its first outside capital in 14 years.\n\n' +
      'The company has been profitable since 2015 and grew revenue to $95 million last year, founder and CEO Grant Mabry said. ' +
      'Pembury will take two of seven board seats. The money will fund acquisitions of smaller practice-software makers in Canada and the UK, Mabry said.',
    kind: 'round',
    rounds: [{ company: 'Fallowfield Software', amount: 200e6, roundType: 'growth', other: ['Pembury Equity'] }],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub11-26',
    style: 'wire',
    phenomenon: 'in_talks,financial_wire_lede,said_to_be,poised_to_lead,valuation,earlier_round_same_company_with_other_lead',
    title: 'AI Drug-Discovery Firm Ardentia Said to Be in Talks for $300 Million Round',
    source: 'Castmoor News',
    text:
      '(Castmoor News) -- Ardentia Therapeutics, which uses machine learning to design antibodies, is in talks to raise about $300 million in a funding round that would value the company at roughly $4 billion, according to people familiar with the matter.\n\n' +
      'Kestwick Growth is poised to lead the investment, said the people, who asked not to be identified because the discussions are private. ' +
      'Terms could still change and no final agreement has been reached. A representative for Ardentia declined to comment.\n\n' +
      'The London-based company raised $120 million in 2024 in a round led by Saltmere Partners.',
    kind: 'in_talks',
    rounds: [{ company: 'Ardentia Therapeutics', amount: 300e6, roundType: 'unknown', lead: ['Kestwick Growth'] }],
  },
  {
    id: 'ub11-27',
    style: 'wire',
    phenomenon: 'in_talks,investor_subject,in_talks_to_lead,company_as_object,would_be_series_b',
    title: 'Fenmarsh Capital in talks to lead $80M round in Chillwright',
    text:
      'Fenmarsh Capital is in talks to lead an $80 million investment in Chillwright, a startup that makes solid-state cooling units for data centres, two people with knowledge of the discussions said. ' +
      'The deal, which would be Chillwright’s Series B, could be signed within weeks.',
    kind: 'in_talks',
    rounds: [{ company: 'Chillwright', amount: 80e6, roundType: 'series_b', lead: ['Fenmarsh Capital'] }],
  },
  {
    id: 'ub11-28',
    style: 'business',
    phenomenon:
      'in_talks,norwegian_outlet_english,mnok_before_number,is_raising,commitments_for_half,ceo_says,sales_trap,series_a',
    title: 'Bergen fish-health startup Merdvakt raising MNOK 150',
    source: 'West Coast Business Norway',
    text:
      'Merdvakt, a Bergen startup that uses underwater cameras to count sea lice on farmed salmon, is raising MNOK 150 in a Series A and has commitments for about half of the amount, CEO Kristoffer Haugland says.\n\n' +
      '"We are talking to Norwegian and international investors and hope to close the round before the summer," Haugland told West Coast Business. ' +
      'The company’s cameras are installed at 90 fish farms along the coast, and sales reached MNOK 38 last year.\n\n' +
      'Merdvakt raised MNOK 30 from local investors in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Merdvakt', amount: 150e6, currency: 'NOK', roundType: 'series_a' }],
  },
  {
    id: 'ub11-29',
    style: 'business',
    phenomenon: 'in_talks,mexican_pesos,mxn_code_prefix,usd_conversion,advanced_talks,expected_to_lead,nearshoring,series_b',
    title: 'Monterrey freight startup Cargalia in advanced talks for MXN 400 million round',
    source: 'Norte Business Report',
    text:
      'Cargalia, a Monterrey-based startup that matches cross-border freight with Mexican trucking fleets, is in advanced talks to raise about MXN 400 million (roughly US$23 million) in a Series B round, according to two people familiar with the negotiations.\n\n' +
      'Sierra Alta Capital is expected to lead the round, with participation from existing investors, the people said. ' +
      'Cargalia has benefited as manufacturers move production to northern Mexico to be closer to the US market. The company declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Cargalia', amount: 400e6, currency: 'MXN', roundType: 'series_b', lead: ['Sierra Alta Capital'] }],
  },
  {
    id: 'ub11-30',
    style: 'business',
    phenomenon:
      'in_talks,ceo_plan_in_quote,probably_around_amount,no_lead_picked,arr_milestone_headline,earlier_series_a_same_company',
    title: 'Sentryloom passes $20M in recurring revenue, plans Series B',
    text:
      'Sentryloom, the Atlanta startup that sells fraud-detection software to credit unions, said annual recurring revenue passed $20 million in February, doubling in a year.\n\n' +
      '"We’ll go out to raise a Series B, probably around $40 million, in the next couple of months," co-founder and chief executive Terrence Bales said in an interview. ' +
      '"We’ve had inbound interest, but we haven’t picked a lead." The company raised a $14 million Series A in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Sentryloom', amount: 40e6, roundType: 'series_b' }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub11-31',
    style: 'business',
    phenomenon: 'raised_its_revenue,raised_verb_trap,profitability,no_new_funding,background_round_with_lead',
    title: 'Glintwork raised its revenue to $40 million last year, and it is finally profitable',
    text:
      'Glintwork, the Portland maker of inventory software for bike shops and outdoor retailers, raised its annual revenue to $40 million in 2025, up from $26 million a year earlier, and turned its first full-year profit, chief executive Harriet Oduya said on Monday.\n\n' +
      'The company, which raised a $25 million Series B led by Cascade Row in 2024, does not plan to seek new funding this year. ' +
      '"We have more cash in the bank now than the day the Series B closed," Oduya said.',
    kind: 'other',
    rounds: [],
    prior: ['Glintwork'],
  },
  {
    id: 'ub11-32',
    style: 'wire',
    phenomenon: 'ipo_raises,priced_above_range,market_value_trap,last_private_valuation_background,nasdaq',
    title: 'Solgate’s IPO raises $500 million as chip designer prices above range',
    text:
      'Solgate Semiconductor raised $500 million in its initial public offering after pricing shares at $24, above the marketed range of $20 to $22, the company said on Monday night. ' +
      'The chip designer sold 20.8 million shares, giving it a market value of about $5.9 billion.\n\n' +
      'Solgate, which designs power chips for data centres, was last valued at $3.1 billion in a private round in 2024. ' +
      'Its shares are due to begin trading on the Nasdaq on Tuesday under the symbol SOLG.',
    kind: 'ipo',
    rounds: [],
    prior: ['Solgate Semiconductor'],
  },
  {
    id: 'ub11-33',
    style: 'wire',
    phenomenon: 'spac_own_ipo,blank_check,units,trust_account,raised_in_its_ipo,sponsor_person',
    title: 'Blank-check firm Ironvale Acquisition raises $200 million in IPO',
    text:
      'Ironvale Acquisition Corp. II, a special purpose acquisition company backed by the former energy executive Curtis Lowell, raised $200 million in its initial public offering on Monday after selling 20 million units at $10 each. ' +
      'The SPAC, which listed on the New York Stock Exchange, said it would look for a target in energy storage or grid equipment. ' +
      'The proceeds will be held in a trust account until it completes a merger.',
    kind: 'ipo',
    rounds: [],
  },
  {
    id: 'ub11-34',
    style: 'business',
    phenomenon: 'sovereign_bond_sale,country_raises,order_book_trap,yield,refinancing',
    title: 'Chile raises $2bn in bond sale as investors return to Latin America',
    text:
      'Chile raised $2bn on Monday in a sale of 10-year and 30-year dollar bonds, drawing orders of more than $9bn, according to the finance ministry. ' +
      'The country paid a yield of 5.1% on the 10-year notes, the lowest for a Latin American sovereign this year. ' +
      'Proceeds will be used to refinance debt due in 2027.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub11-35',
    style: 'business',
    phenomenon: 'capex_investment_of,new_factory,state_tax_credits_trap,jobs_count,background_round_with_lead',
    title: 'Tessaline to invest $50M in new Georgia battery factory',
    text:
      'Tessaline, a maker of sodium-ion batteries for home energy storage, will make an investment of $50 million in a new factory in Savannah, Georgia, creating 300 jobs, the company and state officials said on Monday.\n\n' +
      'The plant will start production in 2027. Tessaline, which raised $120 million in a Series C led by Borrowdale Partners last year, will receive $6 million in state tax credits tied to hiring targets.',
    kind: 'other',
    rounds: [],
    prior: ['Tessaline'],
  },
  {
    id: 'ub11-36',
    style: 'wire',
    phenomenon: 'government_contract,secures_verb_trap,public_body_customer,order_size',
    title: 'Drone maker Skyrelle secures $30M Army contract',
    text:
      'Skyrelle, a Tucson-based maker of small reconnaissance drones, has secured a $30 million contract from the U.S. Army to supply 1,200 aircraft and ground stations over two years, the company said on Tuesday. ' +
      'It is the company’s largest order to date. Skyrelle will add a second shift at its assembly plant to meet the order.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub11-37',
    style: 'business',
    phenomenon: 'nonprofit_donation,received_verb_trap,startup_founder_as_donor,gift,no_round',
    title: 'Literacy charity receives $5M donation from software founder',
    text:
      'Lanternlight Reading Alliance, a nonprofit that trains volunteer reading tutors for rural schools, has received a $5 million donation from Priya Ramaswamy, co-founder of the expense-software company Tabbister, the charity said on Monday. ' +
      'The gift, the largest in its 22-year history, will pay for tutoring programs in 200 more schools across Mississippi and Alabama over five years.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub11-38',
    style: 'business',
    phenomenon: 'employee_tender_offer,led_by_buyer_trap,secondary_only,no_money_to_company,valuation_trap,background_round',
    title: 'Routecraft to let employees sell $150M of shares in tender offer',
    text:
      'Routecraft, the maker of route-planning software for delivery fleets, will let current and former employees sell up to $150 million of their shares in a tender offer led by Corriebank Capital, the company said on Monday. ' +
      'The offer values Routecraft at $6 billion, up from the $4.2 billion valuation of its Series D in 2024.\n\n' +
      'The company will not receive any money from the sale. Chief financial officer Ingrid Solheim said Routecraft had no plans to go public before 2028.',
    kind: 'other',
    rounds: [],
    prior: ['Routecraft'],
  },
  {
    id: 'ub11-39',
    style: 'wire',
    phenomenon: 'central_bank_rate_raise,raises_verb_trap,public_body,currency_move',
    title: 'Norway’s central bank raises interest rate to 4.75%',
    text:
      'Norges Bank raised its policy rate by a quarter of a percentage point to 4.75% on Tuesday, surprising economists who had expected it to hold. ' +
      'The bank said inflation had stayed above its target for longer than expected and signalled that rates could rise again in June. ' +
      'The krone strengthened 1.2% against the euro after the decision.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub11-40',
    style: 'business',
    phenomenon: 'prize_purse,raises_verb_trap,title_sponsor_company,winner_share,sports',
    title: 'Sandhollow Open raises prize purse to $12 million',
    text:
      'The Sandhollow Open, the golf tournament played each May on the Carolina coast, has raised its prize purse to $12 million from $9 million, with $2.16 million going to the winner, organisers said on Monday. ' +
      'The increase is paid for by a new title sponsor, the payments company Ledgerway, which signed a six-year deal.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub11-41',
    style: 'wire',
    phenomenon: 'acquisition,cash_and_stock,listed_buyer,target_raised_background,employees_join',
    title: 'Brindwell buys Billwright AI for $80M in cash and stock',
    text:
      'Brindwell, the listed maker of accounting software for law firms, has agreed to buy Billwright AI, a startup that drafts billing narratives from lawyers’ calendars, for $80 million in cash and stock. ' +
      'Billwright, founded in 2022, raised $11 million from Harlequin Ventures and angel investors. ' +
      'The deal is expected to close in the second quarter, and Billwright’s 35 employees will join Brindwell.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Billwright AI'],
  },
  {
    id: 'ub11-42',
    style: 'wire',
    phenomenon: 'fund_close,raises_for_second_fund,debut_fund_trap,check_size_trap,follow_on_reserve',
    title: 'Westerly Peak raises $400M for its second fund',
    text:
      'Westerly Peak, the Seattle venture firm that backs robotics and industrial software startups at the seed stage, has raised $400 million for its second fund, more than double its $180 million debut fund. ' +
      'General partner Odette Lam said the firm would write first checks of $2 million to $6 million and keep half of the fund for follow-on investments.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub11-43',
    style: 'business',
    phenomenon: 'layoffs,staff_memo,raised_in_2023_background,m_suffix_background,background_round_with_lead',
    title: 'Screenwell cuts 20% of staff as demand for its hiring software slows',
    text:
      'Screenwell, the maker of software that screens job applicants for retailers, is laying off about 60 people, or 20% of its workforce, chief executive Brendan Kosky told employees in a memo on Monday. ' +
      '"We hired for a market that did not arrive," Kosky wrote. ' +
      'The company raised $60M in 2023 in a Series B led by Overbrook Partners and said at the time it planned to double its headcount.',
    kind: 'other',
    rounds: [],
    prior: ['Screenwell'],
  },
  {
    id: 'ub11-44',
    style: 'business',
    phenomenon: 'vc_markdown,writes_down_stake,implied_valuation_trap,led_earlier_round_background,no_new_money',
    title: 'Oxenholme Capital writes down its stake in Tutorfield by 60%',
    text:
      'Oxenholme Capital has cut the value of its stake in Tutorfield, the online tutoring company, by 60%, according to a quarterly report sent to the venture firm’s investors. ' +
      'Oxenholme led Tutorfield’s $90 million Series C in 2022 at a $1.1 billion valuation; the markdown implies a valuation of about $440 million. ' +
      'Tutorfield said it had not raised money since and had enough cash to reach profitability.',
    kind: 'other',
    rounds: [],
    prior: ['Tutorfield'],
  },
  {
    id: 'ub11-45',
    style: 'blog',
    phenomenon: 'advice_column,qa_format,hypothetical_amounts,if_you_raise,no_company,post_money_trap',
    title: 'Ask a VC: How much should I raise in my seed round?',
    text:
      'Q: We’re a two-founder B2B startup with $30K in monthly revenue. How much should we raise?\n\n' +
      'A: Work backwards from 18 to 24 months of runway. If you spend $150K a month, that means raising about $3 million. ' +
      'If you raise $3M at a $15M post-money valuation, you sell 20% of the company, which is the upper end of what I’d give up at seed. ' +
      'Raising $5M just because an investor offers it is rarely a good idea: a bigger round sets a higher bar for your Series A.',
    kind: 'other',
    rounds: [],
  },
];
