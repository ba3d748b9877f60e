// A thirtieth blind set for funding-round extraction: invented (companies, people, investors,
// outlets, PR wires, podcasts, universities and sentences made up for this project; only cities,
// countries, regions, places and public bodies — ARPA-E, the US Department of Energy and its Loan
// Programs Office, BARDA, the Office of Naval Research, the US Army and Air Force, the FDA, the
// European Innovation Council, the European Investment Bank and Fund, Innovate UK, the Ministry of
// Defence, the RAF, the Bundeswehr, Bpifrance, Innosuisse, Business Finland — are real) on 2026-12-07 by
// a writer who had not read src/rounds and did not run the extractor. Dates are written for the eval's
// fixed publish date (2026-03-10, a Tuesday): "Monday" and "March 9" are 9 March 2026, "Friday" is 6
// March, "January" and "February" are of 2026, "last year" is 2025 and "by June" is June 2026.
// Theme: life sciences, climate/energy, deep tech and defence in US and European (UK, German, French,
// Dutch, Nordic, Swiss) English-language trade press and company press rooms.
// Styles: a biotech trade newsletter's short items (three financings with a licensing deal and a
// monthly statistic beside them); a South San Francisco PR-wire release of a crossover Series C with a
// long syndicate, "About" boilerplate (an investor's AUM) and forward-looking statements; a Lyon
// company press room's release in English with the same furniture; an energy trade journal on a German
// electrolyser maker's tranched Series B; a US energy journal on an ARPA-E grant; a defence-tech
// newsletter with sections ("THE BIG ONE", "ALSO ON OUR RADAR"); a university innovation office's
// blog on a spinout's seed; a Dutch climate investor's post "we’re thrilled to lead"; regional business
// journals (Pittsburgh, Minneapolis); a Nordic wire brief of two sentences; a headline-only item (title
// plus one sentence); a Munich item whose company is named only in the headline ("The Munich-based
// startup"); a podcast's show notes with timestamps; a Bergen founder’s LinkedIn-style post in the
// first person ("we’ve raised"); a Grenoble feature that opens in a clean room and reaches the round in
// paragraph 4; a weekly climate roundup with numbered deals, a fund line and a data line; a Delft
// company whose name is a common word (Sluice, with "a sluice on the Schie canal" in the body).
// Phenomena: Series A/B/C, seed, pre-seed, a Series C crossover, a Series A-1, "extended its Series B",
// a Series B paid in two tranches (the second on milestones), venture debt in drawdowns, a convertible
// note, a pre-seed on SAFEs with a valuation cap, a shipping group’s strategic investment, grants on
// their own (ARPA-E, EIC Accelerator); rounds in EUR, GBP, CHF, SEK, DKK, NOK and USD, with and without
// conversions; leads as "led by", "co-led by", "X and Y co-led", "X led the financing", "with X
// leading", "the round was headed by", "X led; Y joined", "anchored by X, which took the lead", "led,
// with … following on", leads described before their names ("the London-based defence and security
// investor X", "the Stockholm-based deep-tech investor X"), corporate venture arms described by their
// parents ("X, the corporate venture arm of chemicals group Y") as lead and as participant, an
// investor writing "we’re thrilled to lead"; syndicates of new and existing investors; valuations;
// "brings total funding to" / "takes total funding to"; previous rounds of the same company as
// background. Amounts beside the round that are not rounds: defence and utility contracts (MoD, RAF,
// Army, Air Force, Bundeswehr framework, Office of Naval Research, a 20-year power contract), a BARDA
// contract, licensing upfronts and milestone payments, order backlogs and bids, market sizes, revenue,
// unit prices, a valuation cap, a tranche's split, the size of a whole Series B beside its extension,
// investors’ fund sizes and AUM, a VC's fund target, grants to the same company (Innovate UK,
// Innosuisse) and a grant programme's total, an exit's price.
// In talks: a London defence-AI company "in talks to raise about $400 million" with a Californian
// investor "expected to lead" and an existing investor "likely to invest again"; a Lausanne biotech
// "seeking CHF 60 million" that "has not yet chosen a lead"; a fusion company near Munich "said to be
// raising about €150 million" with unnamed investors in talks; a Salt Lake City geothermal driller that
// "has signed a term sheet" for a Series B "to be led by" X with an existing investor that "plans to
// take part".
// Distractors (rounds: [] each): a Cambridge biotech licensing its antibody to a Frankfurt pharma for
// $75 million upfront and milestones (kind 'other', as checks.ts labels licensing upfronts); a
// Nasdaq-listed biotech's follow-on offering and a Nasdaq-listed battery maker's PIPE "led by" an
// investor (kind 'other': public-market financings of listed companies, not rounds, as unseen-blind29.ts
// says of a PIPE); a pharma buying a Leiden biotech for cash plus contingent value rights (kind
// 'acquisition'); a Copenhagen VC's €400 million climate fund naming rounds it led (kind 'fund_close');
// Business Finland's €100 million call for 30 to 40 companies; banks' project-finance loan to a Dutch
// utility's offshore wind farm; a DOE loan-guarantee commitment to a lithium refiner; a Huntsville
// startup's $40 million Army contract; European climate tech's 2025 tally; a Colorado microreactor
// developer's SPAC merger with a trust and a PIPE (kind 'ipo', as unseen-blind29.ts labels its SPAC).
// Conventions (those of checks.ts, unseen-texts.ts and unseen-blind29.ts, as far as the writer could
// read them): company as the text names it (the headline's name where the body only says "The
// Munich-based startup"; the company in a founder's post from the post itself; in an investor's post
// "we’re thrilled to lead Voltanic’s €16 million Series A" the company is Voltanic and the writing firm,
// named in the post, is the lead); amount in the currency first stated for the round (ISO code when not
// USD): "DKK 140 million (about $20 million)" is 1.4e8 DKK, "SEK 220 million" 2.2e8 SEK, "NOK 95
// million" 9.5e7 NOK, "CHF 8.5 million" 8.5e6 CHF, "£18 million" 1.8e7 GBP, "€2.4 million (about DKK 18
// million)" 2.4e6 EUR; "about"/"around" X is labelled at X. A round paid in tranches is labelled at its
// announced total (a "€45 million Series B" of €27 million at closing and €18 million on milestones is
// 4.5e7 EUR), as unseen-blind29.ts labels a Series A "comprising" equity and a credit facility at its
// total; a venture-debt facility drawn in three drawdowns at the facility's size; an extension at its new
// money ("extended its Series B with $40 million, bringing the round to $150 million" is 4e7). Round
// types: "Series A-1" is 'series_a' (as unseen-blind29.ts labels "Series A2"); "extended its Series B" is
// 'extension' (as a "seed extension"); a "Series C crossover financing" is 'series_c' (the stage named
// wins); "a pre-seed round on SAFEs" is 'pre_seed'; a convertible note with no stage is 'convertible';
// a grant a company wins on its own from ARPA-E or the EIC Accelerator is 'grant', with the agency in
// `other` (as a lender in venture debt is); venture debt is 'debt'; a corporate's strategic investment
// for a minority stake is 'strategic'; a raise with no stage named is 'unknown'. A grant to a company
// that raises a round in the same text (Photonith's Innovate UK grant, Diamagna's Innosuisse grant) is
// not part of its round and not labelled; a BARDA contract, defence and utility contracts, licensing
// upfronts and milestones are not rounds. `lead` only where the text says who led, co-led, headed or
// anchored-and-took-the-lead, or, in talks, who is expected to lead / the round is "to be led by";
// `lead: []` where the company "has not yet chosen a lead"; no `lead` where investors are named without
// saying who led. `other` for every other named participant: funds, a corporate venture arm by the
// arm's name (not its parent's), angels by their own names, a strategic corporate, a lender, a grant
// agency, a public investment bank (Bpifrance), and, in talks, an existing investor "likely to invest
// again" / that "plans to take part". `prior` lists companies other than a labelled round's company whose
// funding the text recalls (an exit's company, a fund's portfolio companies, a report's largest round)
// and, in a distractor, its own company where the text recalls its earlier rounds. Labelled by hand; a
// reader of each text should agree with every label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND30: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub30-01',
    style: 'roundup',
    phenomenon:
      'biotech_trade_newsletter,bullet_items,three_rounds_one_text,co_led,existing_backers_returned,dkk_with_usd_conversion,x_led_semicolon_y_joined,chf_without_conversion,round_was_headed_by,unnamed_executives,licensing_upfront_and_milestones_trap,monthly_statistic_trap,series_b,seed,series_a',
    title: 'Helix Ledger Daily: three financings and a TL1A licensing deal',
    source: 'Helix Ledger',
    text:
      'FINANCINGS\n\n' +
      '• Orvietta Therapeutics (Cambridge, Mass.) closed an $85 million Series B co-led by Lanthorn Bio Partners and Quabbin Capital to take its oral GLP-1/amylin combination into Phase 2. Existing backers Back Bay Life Sciences and Mystic River Ventures returned.\n' +
      '• Copenhagen’s Skovgen, spun out of a Danish hospital’s immunology lab to develop regulatory T-cell therapies for type 1 diabetes, raised DKK 140 million (about $20 million) in seed funding. Nyhavn Bio Fund led; Aarhus-based Jutland Health Ventures joined.\n' +
      '• Basel antibody-drug conjugate developer Rhenalys raised CHF 30 million in a Series A. The round was headed by Zurich’s Limmat Life Sciences, with participation from Birs Valley Partners and a group of former pharma executives.\n\n' +
      'DEALS\n\n' +
      '• Oss-based Dunegate Bio licensed its TL1A antibody to a large pharma partner for $45 million upfront and up to $610 million in milestones.\n\n' +
      'NUMBER OF THE DAY\n\n' +
      '• $2.9 billion: venture money raised by US and European biotechs in February, according to Pipetrack.',
    kind: 'round',
    rounds: [
      {
        company: 'Orvietta Therapeutics',
        amount: 85e6,
        roundType: 'series_b',
        lead: ['Lanthorn Bio Partners', 'Quabbin Capital'],
        other: ['Back Bay Life Sciences', 'Mystic River Ventures'],
      },
      {
        company: 'Skovgen',
        amount: 1.4e8,
        currency: 'DKK',
        roundType: 'seed',
        lead: ['Nyhavn Bio Fund'],
        other: ['Jutland Health Ventures'],
      },
      {
        company: 'Rhenalys',
        amount: 3e7,
        currency: 'CHF',
        roundType: 'series_a',
        lead: ['Limmat Life Sciences'],
        other: ['Birs Valley Partners'],
      },
    ],
  },
  {
    id: 'ub30-02',
    style: 'press',
    phenomenon:
      'us_pr_wire_release,dateline,crossover_financing_with_stage,long_syndicate,new_and_existing_investors,total_raised_since_founding_trap,board_seat,about_boilerplate_investor_aum_trap,forward_looking_statements,series_c',
    title:
      'Vantrelle Bio Announces $140 Million Series C Crossover Financing to Advance Oral IL-23 Receptor Antagonist into Phase 3',
    source: 'Beacon Health Newswire',
    text:
      'SOUTH SAN FRANCISCO, Calif., March 9, 2026 /Beacon Health Newswire/ -- Vantrelle Bio, Inc., a clinical-stage biotechnology company developing oral medicines for immune-mediated diseases, today announced the closing of a $140 million Series C crossover financing. The financing was led by Tamarack Point Capital, with participation from new investors Greyhaven Healthcare Fund, Sorrel Ridge Advisors, Pellman Street Partners and Kestrel Lane Asset Management, and existing investors Larkspur Bio Ventures, Cypress Gate Capital and Hollis Creek Ventures.\n\n' +
      'Proceeds will fund a Phase 3 program for VTB-417, Vantrelle’s oral IL-23 receptor antagonist, in moderate-to-severe plaque psoriasis, and a Phase 2 study in ulcerative colitis. Including this financing, Vantrelle has raised $262 million since its founding in 2021.\n\n' +
      '“Patients have told us for years that they would rather take a pill than inject a biologic. Our Phase 2 data suggest they may not have to choose between convenience and efficacy,” said Miriam Osei-Bonsu, M.D., Chief Executive Officer of Vantrelle.\n\n' +
      'In connection with the financing, Adaeze Kwan, Partner at Tamarack Point Capital, has joined Vantrelle’s Board of Directors.\n\n' +
      'About Vantrelle Bio\nVantrelle Bio is a clinical-stage biotechnology company based in South San Francisco, California, discovering small-molecule medicines that block cytokine receptors usually targeted by injectable antibodies.\n\n' +
      'About Tamarack Point Capital\nTamarack Point Capital is a life sciences investment firm with more than $4 billion in assets under management, investing across private and public healthcare companies.\n\n' +
      'Forward-Looking Statements\nThis press release contains forward-looking statements, including statements about the timing and design of Vantrelle’s clinical trials and the sufficiency of its capital resources. These statements are subject to risks and uncertainties, and actual results may differ materially from those expressed or implied.',
    kind: 'round',
    rounds: [
      {
        company: 'Vantrelle Bio',
        amount: 140e6,
        roundType: 'series_c',
        lead: ['Tamarack Point Capital'],
        other: [
          'Greyhaven Healthcare Fund',
          'Sorrel Ridge Advisors',
          'Pellman Street Partners',
          'Kestrel Lane Asset Management',
          'Larkspur Bio Ventures',
          'Cypress Gate Capital',
          'Hollis Creek Ventures',
        ],
      },
    ],
  },
  {
    id: 'ub30-03',
    style: 'business',
    phenomenon:
      'energy_trade_journal,tranched_round_labelled_at_total,milestone_second_tranche,with_x_leading,lead_described_before_name,cvc_arm_described_by_parent_participant,market_size_eur_trap,order_backlog_trap,earlier_series_a_same_company,series_b',
    title: 'Electrolyser maker Saalstrom secures €45 million Series B in two tranches',
    source: 'Hydrogen & Grid Weekly',
    text:
      'Saalstrom, a Halle-based developer of anion-exchange-membrane electrolysers, has secured a €45 million Series B round, with the Munich-based energy-transition investor Isarwerk Capital leading. Maasvlakte Energy Ventures, the corporate venture arm of Dutch terminal operator Kaaiwerk Groep, and existing investor Saale Seed also took part.\n\n' +
      'The round is split into two tranches: €27 million paid at closing and €18 million due once Saalstrom’s 20-megawatt production line in Leuna passes its acceptance tests, which the company expects in the fourth quarter.\n\n' +
      'Saalstrom’s stacks use no iridium or platinum, which it says cuts their cost by about a third compared with PEM electrolysers. Analysts at Rhenus Energy Research expect the European electrolyser market to be worth €12 billion a year by 2030.\n\n' +
      'The company raised a €14 million Series A in 2024 and says it now has an order backlog of €90 million, including a 50-megawatt order from a Bavarian refinery.',
    kind: 'round',
    rounds: [
      {
        company: 'Saalstrom',
        amount: 45e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Isarwerk Capital'],
        other: ['Maasvlakte Energy Ventures', 'Saale Seed'],
      },
    ],
  },
  {
    id: 'ub30-04',
    style: 'roundup',
    phenomenon:
      'defence_tech_newsletter,section_headers,lead_described_before_name,city_introduced_participant,existing_investor_along_with,mod_contract_gbp_trap,pending_bids_trap,investor_fund_target_trap,series_a',
    title: 'Dispatch #88: a Bristol counter-drone round, and the MoD contract behind it',
    source: 'Shield & Sensor',
    text:
      'THE BIG ONE\n\n' +
      'Bristol-based Kestrix, which makes passive radio-frequency sensors that detect, locate and classify small drones, has raised £18 million in Series A funding led by the London-based defence and security investor Ironmere Partners. Hampshire Dual-Use Fund and Oslo’s Skagerrak Defence Ventures also invested, along with existing investor Clifton Seed.\n\n' +
      'Why it matters: Kestrix’s sensors have been running at two RAF stations since the autumn under a £6.4 million Ministry of Defence contract, and the company says it has another £30 million of bids pending with NATO member governments. Chief executive Owain Pritchard says the money will double the engineering team to 70.\n\n' +
      'ALSO ON OUR RADAR\n\n' +
      '• Ironmere is raising its second fund and is targeting £250 million, according to a filing.\n' +
      '• The MoD’s new drone-defence test range on Salisbury Plain opens to companies in May.',
    kind: 'round',
    rounds: [
      {
        company: 'Kestrix',
        amount: 18e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Ironmere Partners'],
        other: ['Hampshire Dual-Use Fund', 'Skagerrak Defence Ventures', 'Clifton Seed'],
      },
    ],
  },
  {
    id: 'ub30-05',
    style: 'blog',
    phenomenon:
      'university_tech_transfer_blog,spinout_seed,university_seed_fund_participant,named_angel_network,earlier_innovate_uk_grant_same_company_trap,proof_of_concept_fund_size_trap,seed',
    title: 'Spinout news: Photonith closes £4.2m seed to bring hollow-core fibre sensors to market',
    source: 'Ashcombe University Innovation Office',
    text:
      'We’re delighted to share that Photonith, a spinout from the university’s Department of Physics, has closed a £4.2 million seed round.\n\n' +
      'The round was led by Pennine Deep Tech, with participation from the Ashcombe Enterprise Fund, the university’s own seed fund, and Northern Quantum Angels. Photonith was founded in 2024 by Dr Helen Achterberg and PhD researcher Tomasz Wrona to turn their hollow-core optical fibre, which can sense hydrogen leaks along kilometres of pipeline, into a product.\n\n' +
      'The team’s early work was supported by a £480,000 Innovate UK grant in 2025 and by our proof-of-concept fund, which has £1.5 million a year to invest across all faculties.\n\n' +
      'If you’re a researcher thinking about a spinout, our commercialisation team runs drop-in sessions every Thursday afternoon in the Enterprise Hub.',
    kind: 'round',
    rounds: [
      {
        company: 'Photonith',
        amount: 4.2e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Pennine Deep Tech'],
        other: ['Ashcombe Enterprise Fund', 'Northern Quantum Angels'],
      },
    ],
  },
  {
    id: 'ub30-06',
    style: 'blog',
    phenomenon:
      'investor_portfolio_post,were_thrilled_to_lead,lead_is_the_writer,company_named_in_possessive,seed_investors_participating,investor_own_fund_size_trap,gas_savings_trap,series_a',
    title: 'Why we’re leading Voltanic’s Series A',
    source: 'Brederode Climate Ventures',
    text:
      'At Brederode Climate Ventures, we look for teams that can make heavy industry cleaner without asking customers to pay more for what they make. Voltanic is one of them.\n\n' +
      'Today we’re thrilled to lead Voltanic’s €16 million Series A, alongside Groningen-based Eemsdelta Capital and Voltanic’s seed investors, Utrecht Angels Collective and Spaarne Ventures.\n\n' +
      'Voltanic, based in Eindhoven, builds resistive heating modules that replace gas burners in ceramics and glass furnaces. Its first three customers have cut their gas bills by a combined €2.1 million a year, and the modules pay for themselves in under four years at today’s prices.\n\n' +
      'This is the seventh investment from our €220 million second fund, and our first in industrial heat. We don’t expect it to be the last.\n\n' +
      '— Sanne Verhoeven and Joost Mulder, partners',
    kind: 'round',
    rounds: [
      {
        company: 'Voltanic',
        amount: 16e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Brederode Climate Ventures'],
        other: ['Eemsdelta Capital', 'Utrecht Angels Collective', 'Spaarne Ventures'],
      },
    ],
  },
  {
    id: 'ub30-07',
    style: 'business',
    phenomenon:
      'regional_business_journal,city_introduced_lead,existing_investors_also_participated,brings_total_funding_to_trap,earlier_series_a_same_company,army_order_trap,program_value_trap,series_b',
    title: 'Strip District robotics firm Alleghen Robotics lands $32M Series B',
    source: 'Three Rivers Business Journal',
    text:
      'Alleghen Robotics, the Strip District company that builds tracked robots for clearing explosives and inspecting tunnels, has raised $32 million in a Series B round led by Arlington, Virginia-based Rampart Frontier Capital.\n\n' +
      'Existing investors Monongahela Ventures and Carnegie Row Partners also participated, and the round brings Alleghen’s total funding to $51 million. The company raised a $14 million Series A led by Monongahela Ventures in 2024.\n\n' +
      'Alleghen employs 96 people in Pittsburgh and plans to hire 60 more by the end of the year. It delivered 40 robots to the US Army last year under a $22 million order and is competing for a Marine Corps program worth up to $180 million.\n\n' +
      '“Pittsburgh is where you build robots that have to work in the mud,” said chief executive Dana Kowalczyk.',
    kind: 'round',
    rounds: [
      {
        company: 'Alleghen Robotics',
        amount: 32e6,
        roundType: 'series_b',
        lead: ['Rampart Frontier Capital'],
        other: ['Monongahela Ventures', 'Carnegie Row Partners'],
      },
    ],
  },
  {
    id: 'ub30-08',
    style: 'wire',
    phenomenon: 'nordic_wire_brief,two_sentences,dateline,sek_with_usd_conversion,existing_investors_also_took_part,series_a',
    title: 'Swedish battery recycler Kretsa raises SEK 220 million in Series A',
    source: 'Nordic Wire Service',
    text: 'STOCKHOLM, March 9 (Nordic Wire Service) - Kretsa, a Västerås company that recovers lithium, nickel and cobalt from spent electric-vehicle batteries, said on Monday it had raised SEK 220 million (about $21 million) in a Series A round led by Gamla Stan Industrial Partners. Existing investors Mälaren Ventures and Uppsala Seed Fund also took part, the company said.',
    kind: 'round',
    rounds: [
      {
        company: 'Kretsa',
        amount: 2.2e8,
        currency: 'SEK',
        roundType: 'series_a',
        lead: ['Gamla Stan Industrial Partners'],
        other: ['Mälaren Ventures', 'Uppsala Seed Fund'],
      },
    ],
  },
  {
    id: 'ub30-09',
    style: 'wire',
    phenomenon:
      'headline_only_item,title_plus_one_sentence,amount_and_type_only_in_headline,valuation_from_person_familiar_trap,series_b',
    title: 'Fusion startup Corrinth Energy raises $120 million Series B',
    source: 'Power Desk Wire',
    text: 'The round was led by Ridgeline Arc Capital and values Corrinth, which is building a compact stellarator in Princeton, New Jersey, at $1.3 billion, a person familiar with the deal said.',
    kind: 'round',
    rounds: [{ company: 'Corrinth Energy', amount: 120e6, roundType: 'series_b', lead: ['Ridgeline Arc Capital'] }],
  },
  {
    id: 'ub30-10',
    style: 'business',
    phenomenon:
      'defence_outlet,company_only_in_headline,body_says_the_munich_based_startup,amount_and_type_only_in_headline,x_led_the_round,joined_along_with_existing,framework_agreement_eur_trap,units_count_trap,series_b',
    title: 'Munich drone-maker Falkenried raises €60 million Series B as Europe rearms',
    source: 'Defence Tech Europe',
    text:
      'The Munich-based startup, which builds fixed-wing reconnaissance drones that can stay airborne for ten hours and navigate without GPS, said on Monday that Nymphenburg Capital led the round. Theresienwiese Partners and Oslo-based Nordkapp Defence Partners joined, along with existing investor Schwabing Seed.\n\n' +
      'The company delivered more than 400 drones to European armed forces last year and holds a framework agreement with the Bundeswehr worth up to €150 million over four years. It plans to double the size of its plant in Ottobrunn by the end of the year.',
    kind: 'round',
    rounds: [
      {
        company: 'Falkenried',
        amount: 60e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Nymphenburg Capital'],
        other: ['Theresienwiese Partners', 'Nordkapp Defence Partners', 'Schwabing Seed'],
      },
    ],
  },
  {
    id: 'ub30-11',
    style: 'blog',
    phenomenon:
      'podcast_show_notes,timestamps,round_in_intro_paragraph,city_introduced_participant,guest_former_company_acquisition_trap,market_size_in_timestamp_trap,amount_repeated_in_timestamp,seed',
    title: 'Ep. 214 — Growing bone in a bioreactor, with Osteva’s Lena Marquardt',
    source: 'The Wet Lab Podcast',
    text:
      'This week Priya and Tom sit down with Lena Marquardt, co-founder and CEO of Osteva, the Berlin startup growing bone grafts from a patient’s own stem cells. Osteva has just closed a €9 million seed round led by Spree Valley Bio, with Kreuzberg Health Angels and Hamburg’s Alster Life Ventures joining, and Lena explains why she turned down a bigger cheque from a US fund.\n\n' +
      'Before Osteva, Lena was the second employee at Cellquay, which was acquired for $210 million in 2023.\n\n' +
      'In this episode:\n' +
      '(02:10) Why bone grafts still come from hips and cadavers\n' +
      '(11:45) The first patient implants, planned at a Berlin university hospital\n' +
      '(24:30) Raising €9 million in a cold market, and what the term sheet looked like\n' +
      '(38:05) A €4 billion market? How Lena sizes it\n\n' +
      'Links: osteva.bio · Spree Valley Bio’s post on the deal · our episode on tissue engineering from 2024',
    kind: 'round',
    rounds: [
      {
        company: 'Osteva',
        amount: 9e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Spree Valley Bio'],
        other: ['Kreuzberg Health Angels', 'Alster Life Ventures'],
      },
    ],
    prior: ['Cellquay'],
  },
  {
    id: 'ub30-12',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,first_person_weve_raised,no_title,company_named_in_post,nok_with_usd_conversion,anchored_by_which_took_the_lead,earlier_investors_came_back_in,turbine_count_trap,series_a',
    source: 'LinkedIn',
    text:
      'Some news I’ve been waiting a long time to share 🌊\n\n' +
      'At Havrobot, we build crawler robots that inspect and clean the foundations of offshore wind turbines, so that divers don’t have to. Today we’re announcing that we’ve raised NOK 95 million (about $9 million) in our Series A.\n\n' +
      'The round was anchored by Bergen-based Vågen Industrial Ventures, which took the lead, and we’re happy to welcome Stavanger Energy Transition Fund and Tromsø Capital on board. Our pre-seed and seed investors, Bryggen Angels and Nordlys Seed, came back in too.\n\n' +
      'Two years ago we were three people in a rented workshop in Laksevåg. Now we’re 31, with robots working on 140 turbines in the North Sea.\n\n' +
      'We’re hiring robotics and software engineers in Bergen. DM me 👋\n\n' +
      '— Ingrid Solheim, CEO & co-founder, Havrobot',
    kind: 'round',
    rounds: [
      {
        company: 'Havrobot',
        amount: 9.5e7,
        currency: 'NOK',
        roundType: 'series_a',
        lead: ['Vågen Industrial Ventures'],
        other: ['Stavanger Energy Transition Fund', 'Tromsø Capital', 'Bryggen Angels', 'Nordlys Seed'],
      },
    ],
  },
  {
    id: 'ub30-13',
    style: 'business',
    phenomenon:
      'deep_tech_feature,clean_room_lede,round_in_paragraph_4,city_introduced_lead,public_investment_bank_participant,rival_acquired_trap,wafer_count_trap,series_a',
    title: 'In a Grenoble clean room, a bet that Europe can still make its own quantum chips',
    source: 'Alpine Deep Tech Review',
    text:
      'The clean room at the edge of Grenoble’s scientific peninsula smells faintly of solvent. At one bench, a technician in a white suit lowers a silicon wafer the size of a dinner plate into a furnace heated to 1,100°C, then steps back to watch a screen.\n\n' +
      'The wafer belongs to Qubiane, founded in 2022 by three former researchers from a French public research lab. The company makes silicon spin-qubit chips using the same tools as ordinary chipmakers. It sells test chips to university groups and, since last year, to two quantum-computer builders in the US.\n\n' +
      'Europe has struggled to keep such companies at home. Several of Qubiane’s peers moved their headquarters to the US, and one, the Dutch qubit-chip maker Spinvalle, was bought last year by an American group. Brussels has promised billions of euros for chipmaking, but little of it has reached start-ups.\n\n' +
      'Qubiane hopes to be an exception. On Monday it said it had raised €32 million in a Series A led by Paris-based Rivoli Deep Tech Partners, with Bpifrance and Lyon’s Fourvière Capital participating. The money will pay for a pilot line able to process 2,000 wafers a year.\n\n' +
      '“We could have raised more in California,” said chief executive Élodie Marchetti. “But the equipment, the engineers and the customers who care about sovereignty are here.”',
    kind: 'round',
    rounds: [
      {
        company: 'Qubiane',
        amount: 32e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Rivoli Deep Tech Partners'],
        other: ['Bpifrance', 'Fourvière Capital'],
      },
    ],
  },
  {
    id: 'ub30-14',
    style: 'business',
    phenomenon:
      'regional_business_news,venture_debt_facility_gbp,drawdowns,lender_named_without_led,earlier_series_b_same_company_with_lead,unit_price_gbp_trap,debt',
    title: 'Cambridge cell-therapy manufacturer Clonwell secures £20m venture debt facility',
    source: 'Fen Valley Business News',
    text:
      'Clonwell, a Cambridge company that builds automated closed systems for making CAR-T cell therapies inside hospitals, has secured a £20 million venture debt facility from Granta Growth Lending.\n\n' +
      'The facility, available in three drawdowns over 24 months, adds to the £38 million Series B that Clonwell closed last year, led by Trumpington Life Sciences. Chief financial officer Rupert Adeyemi said the debt would pay for inventory and a US service team. “We wanted to extend our runway without diluting shareholders before our next big regulatory milestone,” he said.\n\n' +
      'Clonwell sells its machines for about £1.2 million each and has placed 17 in hospitals in the UK, Germany and the US.',
    kind: 'round',
    rounds: [{ company: 'Clonwell', amount: 2e7, currency: 'GBP', roundType: 'debt', other: ['Granta Growth Lending'] }],
  },
  {
    id: 'ub30-15',
    style: 'business',
    phenomenon:
      'energy_trade_journal,arpa_e_grant_on_its_own,agency_described_after_name,programme_total_trap,cost_share_trap,emissions_share_trap,earlier_seed_same_company,grant',
    title: 'Ohio startup Kilnfree wins $3.4 million ARPA-E award for plasma-heated cement kilns',
    source: 'Midwest Energy Journal',
    text:
      'Kilnfree, a Columbus, Ohio, startup developing a plasma-heated kiln for making cement clinker, has received a $3.4 million grant from ARPA-E, the US Department of Energy’s advanced energy research agency, to build a one-tonne-per-day pilot at a quarry near Marysville.\n\n' +
      'The award is one of 14, totalling $41 million, that ARPA-E announced on Monday under a program for cutting emissions from heavy industry. Kilnfree will put up a 20% cost share.\n\n' +
      'Cement production accounts for roughly 8% of global carbon dioxide emissions, much of it from burning fuel to heat kilns. Kilnfree raised a $5 million seed round led by Scioto Climate Fund in 2025.',
    kind: 'round',
    rounds: [{ company: 'Kilnfree', amount: 3.4e6, roundType: 'grant', other: ['ARPA-E'] }],
  },
  {
    id: 'ub30-16',
    style: 'business',
    phenomenon:
      'nordic_cleantech_outlet,eic_accelerator_grant_on_its_own,eur_with_dkk_conversion,programme_total_and_count_trap,production_capacity_trap,earlier_seed_dkk_same_company,grant',
    title: 'Aarhus mycelium-insulation maker Myceloop wins €2.4 million EIC Accelerator grant',
    source: 'Nordic Cleantech Brief',
    text:
      'Myceloop, an Aarhus company that grows building insulation panels from mycelium and straw, has been awarded a €2.4 million (about DKK 18 million) grant from the European Innovation Council’s Accelerator programme.\n\n' +
      'Myceloop will use the grant to build a production line able to make 400,000 square metres of panels a year at its site in Skejby. It was one of 71 companies that shared €290 million in grants in the latest Accelerator round.\n\n' +
      'The company raised DKK 30 million in seed funding from Mølleparken Ventures in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Myceloop',
        amount: 2.4e6,
        currency: 'EUR',
        roundType: 'grant',
        other: ['European Innovation Council'],
      },
    ],
  },
  {
    id: 'ub30-17',
    style: 'business',
    phenomenon:
      'regional_french_outlet_in_english,convertible_note_no_stage,from_existing_investors_no_lead,conversion_discount,planned_series_a_amount_trap,contracts_value_trap,convertible',
    title: 'Toulouse satellite-propulsion startup Ionaure raises €3 million convertible note',
    source: 'Occitanie Tech Journal',
    text:
      'Ionaure, a Toulouse startup developing iodine-fuelled electric thrusters for small satellites, has raised €3 million through a convertible note from its existing investors Garonne Space Ventures and Capitole Angels, the company said.\n\n' +
      'The note will convert into shares at a 20% discount at Ionaure’s next priced round, which chief executive Mathieu Roux-Delmas expects to be a Series A of about €15 million later this year. Ionaure has signed contracts worth €4.5 million with three satellite builders and plans its first in-orbit demonstration in September.',
    kind: 'round',
    rounds: [
      {
        company: 'Ionaure',
        amount: 3e6,
        currency: 'EUR',
        roundType: 'convertible',
        other: ['Garonne Space Ventures', 'Capitole Angels'],
      },
    ],
  },
  {
    id: 'ub30-18',
    style: 'business',
    phenomenon:
      'defence_tech_outlet,company_not_in_headline,pre_seed_on_safes,valuation_cap_trap,named_angel_with_former_role,onr_research_contract_trap,pre_seed',
    title: 'Former Navy divers raise $2.5 million pre-seed for underwater drone swarms',
    source: 'The Dual-Use Dispatch',
    text:
      'Tidewrack, a San Diego startup founded by two former Navy divers and a robotics PhD, has raised a $2.5 million pre-seed round on SAFEs, led by Point Loma Frontier Fund. Angels including Marcus Delacroix, a former Pentagon acquisition official, also invested.\n\n' +
      'The SAFEs carry a $20 million post-money valuation cap, co-founder Jared Okafor said. Tidewrack is building palm-sized underwater drones that work in swarms to map harbours and find mines. It has a $1.1 million research contract with the Office of Naval Research and plans to test a 50-drone swarm in San Diego Bay this summer.',
    kind: 'round',
    rounds: [
      {
        company: 'Tidewrack',
        amount: 2.5e6,
        roundType: 'pre_seed',
        lead: ['Point Loma Frontier Fund'],
        other: ['Marcus Delacroix'],
      },
    ],
  },
  {
    id: 'ub30-19',
    style: 'business',
    phenomenon:
      'maritime_energy_outlet,corporate_strategic_investment,investor_named_first,dkk_with_usd_conversion,minority_stake_engine_option,earlier_series_a_eur_same_company,investor_revenue_dkk_trap,strategic',
    title: 'Shipping group Skovbo Line takes stake in ammonia-engine startup Ammotek',
    source: 'Maritime Energy Report',
    text:
      'Danish shipping group Skovbo Line has made a DKK 110 million (about $16 million) strategic investment in Ammotek, a Copenhagen startup developing ammonia-fuelled engines for container ships, the two companies said on Monday.\n\n' +
      'The investment gives Skovbo a minority stake and an option to fit Ammotek’s first 12-megawatt engine on one of its feeder vessels in 2028. Ammotek raised a €25 million Series A led by Amager Climate Partners in 2024.\n\n' +
      'Skovbo operates 64 ships and reported revenue of DKK 31 billion last year.',
    kind: 'round',
    rounds: [{ company: 'Ammotek', amount: 1.1e8, currency: 'DKK', roundType: 'strategic', other: ['Skovbo Line'] }],
  },
  {
    id: 'ub30-20',
    style: 'business',
    phenomenon:
      'biotech_regional_outlet,extended_its_series_b,extension_labelled_at_new_money,whole_series_b_total_trap,first_close_of_series_b_trap,new_investor_led_extension,barda_contract_trap,licensing_milestones_trap,extension',
    title: 'Merrowgen extends Series B by $40 million as pandemic-flu shot heads into pivotal trial',
    source: 'BioBoston Insider',
    text:
      'Merrowgen, a Boston biotech developing a long-acting antiviral injection to protect against pandemic influenza, has extended its Series B with $40 million, bringing the round to $150 million. The extension was led by new investor Charlesgate Healthcare Partners, with existing investors Fenway Bio Fund and Longwood Crossing Capital also contributing.\n\n' +
      'Merrowgen closed the first $110 million of the Series B in September, led by Fenway Bio Fund. The new money will pay for a larger pivotal study after the FDA asked for more patients over 65.\n\n' +
      'The company also holds a contract with BARDA worth up to $96 million, including options, to scale up manufacturing. Under a 2024 licensing deal for Japan, Merrowgen is eligible for up to $210 million in milestone payments.',
    kind: 'round',
    rounds: [
      {
        company: 'Merrowgen',
        amount: 40e6,
        roundType: 'extension',
        lead: ['Charlesgate Healthcare Partners'],
        other: ['Fenway Bio Fund', 'Longwood Crossing Capital'],
      },
    ],
  },
  {
    id: 'ub30-21',
    style: 'business',
    phenomenon:
      'dutch_health_tech_outlet,series_a_1,x_and_y_co_led,city_introduced_co_lead,existing_shareholders_included,earlier_series_a_same_company,device_price_trap,series_a',
    title: 'Nijmegen medtech Pulmora raises €12 million Series A-1',
    source: 'Dutch Health Tech Journal',
    text:
      'Pulmora, a Nijmegen company that makes a handheld breath analyser for monitoring lung-transplant patients at home, has raised €12 million in a Series A-1 round. Waalkade Ventures and Amsterdam-based Herengracht Health Capital co-led the round, which also included existing shareholders Gelderland Innovation Partners and Nijmegen Medical Angels.\n\n' +
      'The money follows an €18 million Series A in 2024 and will pay for a CE-marking study in 400 patients at five European transplant centres. Pulmora expects the device to sell for about €2,000, with a monthly fee for its rejection-risk software.',
    kind: 'round',
    rounds: [
      {
        company: 'Pulmora',
        amount: 12e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Waalkade Ventures', 'Herengracht Health Capital'],
        other: ['Gelderland Innovation Partners', 'Nijmegen Medical Angels'],
      },
    ],
  },
  {
    id: 'ub30-22',
    style: 'business',
    phenomenon:
      'swiss_deep_tech_outlet,chf_with_usd_conversion,with_x_leading,city_introduced_lead,cvc_arm_described_by_parent_participant,earlier_innosuisse_grant_same_company_trap,seed',
    title: 'Zurich quantum-sensing spinout Diamagna raises CHF 8.5 million seed',
    source: 'Swiss Deep Tech Bulletin',
    text:
      'Diamagna, a Zurich spinout building diamond-based quantum magnetometers that inspect battery cells on production lines, has raised CHF 8.5 million (about $9.6 million) in a seed round, with Zug-based Lorzen Ventures leading. Geneva’s Léman Frontier Fund and Thurwerk Ventures, the venture arm of the Swiss industrial group Thurwerk, also took part.\n\n' +
      'The company was founded in 2024 and received a CHF 1.2 million grant from Innosuisse, the Swiss innovation agency, last year. It has pilot projects with two battery makers in Germany and Sweden.',
    kind: 'round',
    rounds: [
      {
        company: 'Diamagna',
        amount: 8.5e6,
        currency: 'CHF',
        roundType: 'seed',
        lead: ['Lorzen Ventures'],
        other: ['Léman Frontier Fund', 'Thurwerk Ventures'],
      },
    ],
  },
  {
    id: 'ub30-23',
    style: 'business',
    phenomenon:
      'defence_trade_press,x_led_the_financing,valuation_including_new_money_trap,new_and_existing_backers,air_force_contract_trap,revenue_forecast_trap,earlier_series_b_same_company,series_c',
    title: 'Autonomy firm Vantcrest raises $250 million at $2.1 billion valuation',
    source: 'Capitol Defense Report',
    text:
      'Vantcrest Systems, an El Segundo company that writes autonomy software for unmanned aircraft and ground vehicles, has raised $250 million in a Series C round that values it at $2.1 billion, including the new money.\n\n' +
      'Sepulveda Growth Partners led the financing. New investors Redondo Capital and Brightwater Sovereign Partners joined existing backers Manhattan Beach Ventures and Ocotillo Capital.\n\n' +
      'The round comes a month after the US Air Force awarded Vantcrest a $99 million contract to fit its software to a fleet of target drones. The company expects revenue of about $140 million this year, more than double 2025’s. Vantcrest raised a $90 million Series B in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Vantcrest Systems',
        amount: 250e6,
        roundType: 'series_c',
        lead: ['Sepulveda Growth Partners'],
        other: ['Redondo Capital', 'Brightwater Sovereign Partners', 'Manhattan Beach Ventures', 'Ocotillo Capital'],
      },
    ],
  },
  {
    id: 'ub30-24',
    style: 'roundup',
    phenomenon:
      'climate_weekly_roundup,numbered_items,five_rounds_one_text,nok_with_usd_conversion,gbp_series_a,eur_co_led,usd_from_a_and_b_no_lead,eur_pre_seed_from_one_backer,fund_first_close_trap,share_statistic_trap,seed,series_a,unknown_type,pre_seed',
    title: 'Climate Capital Weekly #131: five deals and a fund',
    source: 'Climate Capital Weekly',
    text:
      'DEALS\n\n' +
      '1. Varmeflo (Oslo) — quoting and scheduling software for heat-pump installers — raised NOK 40 million (about $3.8 million) in seed funding led by Frogner Climate Partners.\n' +
      '2. Tidegrid (London) closed a £7.5 million Series A for its subsea connectors for tidal turbines. Thames Estuary Capital led, with Solent Blue Ventures participating.\n' +
      '3. Hamburg’s Kohlsorb, which captures CO₂ from cement-plant flue gas using a solid sorbent, raised €22 million in a Series A co-led by Elbe Climate Fund and Paris-based Marais Impact.\n' +
      '4. Gridlark, an Austin company whose software lets utilities dispatch home batteries during peaks, raised $11 million from Barton Springs Ventures and Lady Bird Capital.\n' +
      '5. Turku-based Vetypolku, which is developing small electrolysers for farms, picked up a €1.8 million pre-seed from Aura River Angels.\n\n' +
      'FUNDS\n\n' +
      '• Rotterdam’s Delfshaven Climate Partners held a €180 million first close of its third fund, which targets €300 million.\n\n' +
      'DATA\n\n' +
      '• Grid and storage startups took 28% of all climate venture dollars in February, up from 19% a year earlier, per Carbon Tally.',
    kind: 'round',
    rounds: [
      {
        company: 'Varmeflo',
        amount: 4e7,
        currency: 'NOK',
        roundType: 'seed',
        lead: ['Frogner Climate Partners'],
      },
      {
        company: 'Tidegrid',
        amount: 7.5e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Thames Estuary Capital'],
        other: ['Solent Blue Ventures'],
      },
      {
        company: 'Kohlsorb',
        amount: 22e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Elbe Climate Fund', 'Marais Impact'],
      },
      { company: 'Gridlark', amount: 11e6, roundType: 'unknown', other: ['Barton Springs Ventures', 'Lady Bird Capital'] },
      { company: 'Vetypolku', amount: 1.8e6, currency: 'EUR', roundType: 'pre_seed', other: ['Aura River Angels'] },
    ],
  },
  {
    id: 'ub30-25',
    style: 'business',
    phenomenon:
      'uk_deep_tech_outlet,long_syndicate,new_investors_joined_existing_investors,city_and_country_introduced_participants,takes_total_funding_to_trap,orders_value_trap,series_b',
    title: 'Oxfordshire fusion-magnet maker Cryoflux raises £70m Series B',
    source: 'UK Deep Tech Review',
    text:
      'Cryoflux, an Oxfordshire company that makes high-temperature superconducting magnets for fusion reactors and MRI scanners, has raised £70 million in a Series B round led by Cherwell Frontier Partners.\n\n' +
      'New investors Folly Bridge Capital, Amsterdam’s Zuidas Infrastructure Ventures, Munich-based Maxvorstadt Deep Tech and Singapore’s Tanjong Pagar Growth joined existing investors Headington Seed, Woodstock Road Ventures and Boars Hill Angels.\n\n' +
      'The round takes Cryoflux’s total funding to £112 million. The company makes its superconducting tape at a plant in Abingdon and says it has orders worth £45 million from fusion developers in the UK, US and Japan.',
    kind: 'round',
    rounds: [
      {
        company: 'Cryoflux',
        amount: 70e6,
        currency: 'GBP',
        roundType: 'series_b',
        lead: ['Cherwell Frontier Partners'],
        other: [
          'Folly Bridge Capital',
          'Zuidas Infrastructure Ventures',
          'Maxvorstadt Deep Tech',
          'Tanjong Pagar Growth',
          'Headington Seed',
          'Woodstock Road Ventures',
          'Boars Hill Angels',
        ],
      },
    ],
  },
  {
    id: 'ub30-26',
    style: 'business',
    phenomenon:
      'nordic_deep_tech_outlet,eur_finnish_company,lead_described_before_name,city_introduced_participants,market_size_trap,samples_count_trap,series_a',
    title: 'Oulu radar-chip startup Tutkasiru raises €14m',
    source: 'Nordic Deep Tech Journal',
    text:
      'Tutkasiru, an Oulu company designing millimetre-wave radar chips for drones and factory robots, has raised €14 million in a Series A round led by the Stockholm-based deep-tech investor Riddarholmen Ventures. Helsinki’s Kamppi Capital and Oulu-based Pohjoinen Seed also participated.\n\n' +
      'The company’s first chip taped out in January, and it expects to ship samples to 20 customers by June. The market for automotive radar alone is estimated at $8 billion a year, chief executive Aino Kettunen said, “but the drones and robots are where nobody has a chip designed for them yet”.',
    kind: 'round',
    rounds: [
      {
        company: 'Tutkasiru',
        amount: 14e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Riddarholmen Ventures'],
        other: ['Kamppi Capital', 'Pohjoinen Seed'],
      },
    ],
  },
  {
    id: 'ub30-27',
    style: 'business',
    phenomenon:
      'regional_business_journal,appositive_lead_described_after_name,followed_on,joined_as_new_investor,market_size_forecast_trap,previous_total_and_series_a_trap,series_b',
    title: 'Minneapolis heart-device startup Valvetta raises $48M Series B',
    source: 'Twin Cities Business Ledger',
    text:
      'Valvetta, a Minneapolis company developing a catheter-delivered device to repair leaking tricuspid valves, has closed a $48 million Series B. Nicollet Mall Partners, a Minneapolis-based medtech investor, led the round; existing investors Mississippi Bluff Ventures and Stone Arch Capital followed on, and Chicago’s Lakeshore Medical Ventures joined as a new investor.\n\n' +
      'The company will use the money for an early feasibility study at eight US hospitals. The market for tricuspid repair could reach $5 billion a year by 2032, according to company estimates. Valvetta previously raised $19 million, including a $15 million Series A in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Valvetta',
        amount: 48e6,
        roundType: 'series_b',
        lead: ['Nicollet Mall Partners'],
        other: ['Mississippi Bluff Ventures', 'Stone Arch Capital', 'Lakeshore Medical Ventures'],
      },
    ],
  },
  {
    id: 'ub30-28',
    style: 'press',
    phenomenon:
      'french_company_press_room,dateline_day_month,company_name_with_diacritics,co_led,city_introduced_co_lead,public_investment_bank_participant,existing_seed_investor,about_boilerplate_investor_aum_trap,forward_looking_statements,series_a',
    title: 'Saônelys Announces €22 Million Series A Financing to Advance Live Biotherapeutic for Metabolic Liver Disease',
    source: 'Saônelys Press Room',
    text:
      'Lyon, France – 9 March 2026 – Saônelys, a biotechnology company developing live biotherapeutics for metabolic liver disease, today announced the closing of a €22 million Series A financing co-led by Croix-Rousse Santé Capital and Brussels-based Sablon Life Sciences. Bpifrance and existing seed investor Confluence Amorçage also participated.\n\n' +
      'The proceeds will take SLY-02, a consortium of four bacterial strains designed to lower liver fat, through a Phase 1b trial in patients with MASH, with results expected in 2027.\n\n' +
      '“This financing lets us test, in patients, whether changing the gut can heal the liver,” said Claire Dumont-Vasseur, Chief Executive Officer of Saônelys.\n\n' +
      'About Saônelys\nFounded in 2021 and based in Lyon’s Gerland district, Saônelys has 28 employees and a manufacturing partnership with a French contract manufacturer.\n\n' +
      'About Croix-Rousse Santé Capital\nCroix-Rousse Santé Capital is a Lyon-based venture capital firm with €450 million under management, investing in European therapeutics and medtech companies.\n\n' +
      'Forward-looking statements\nThis press release contains forward-looking statements about Saônelys’s development plans. These statements are subject to risks and uncertainties, and actual results may differ materially.',
    kind: 'round',
    rounds: [
      {
        company: 'Saônelys',
        amount: 22e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Croix-Rousse Santé Capital', 'Sablon Life Sciences'],
        other: ['Bpifrance', 'Confluence Amorçage'],
      },
    ],
  },
  {
    id: 'ub30-29',
    style: 'business',
    phenomenon:
      'dutch_energy_outlet,company_name_is_common_word,common_word_in_body,the_round_was_led_by,city_introduced_lead,market_size_eur_trap,households_trap,seed',
    title: 'Sluice raises €9 million to turn old canal locks into small hydro plants',
    source: 'Low Countries Energy Post',
    text:
      'Sluice, a Delft startup that fits low-head turbines into existing canal locks and weirs, has raised €9 million in seed funding. The round was led by Haarlem-based Spaarndam Energy Partners, and Schiedam Climate Fund and Vlaardingen Water Ventures participated.\n\n' +
      'The company’s first turbine, installed at a sluice on the Schie canal last year, generates enough electricity for about 300 households. Sluice says more than 4,000 locks and weirs in the Netherlands and Belgium could host its units, a market it puts at €1.5 billion.',
    kind: 'round',
    rounds: [
      {
        company: 'Sluice',
        amount: 9e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Spaarndam Energy Partners'],
        other: ['Schiedam Climate Fund', 'Vlaardingen Water Ventures'],
      },
    ],
  },
  {
    id: 'ub30-30',
    style: 'business',
    phenomenon:
      'german_startup_outlet,cvc_arm_described_by_parent_lead,existing_investors_also_took_part,supply_agreement_value_trap,plant_capacity_trap,series_a',
    title: 'Berlin sodium-ion cathode startup Natrivolt raises €26m Series A led by chemicals group’s venture arm',
    source: 'German Startup Ledger',
    text:
      'Natrivolt, a Berlin-based developer of cathode materials for sodium-ion batteries, has raised €26 million in Series A funding led by Kesselhaus Ventures, the corporate venture arm of the Rhineland chemicals group Rheinfeld Chemie. Existing investors Prenzlauer Seed and Moabit Ventures also took part.\n\n' +
      'Natrivolt plans to open a 2,000-tonne pilot plant in Brandenburg in 2027. It has signed a supply agreement worth up to €300 million over five years with an Asian battery-cell maker it did not name.',
    kind: 'round',
    rounds: [
      {
        company: 'Natrivolt',
        amount: 26e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Kesselhaus Ventures'],
        other: ['Prenzlauer Seed', 'Moabit Ventures'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub30-31',
    style: 'business',
    phenomenon:
      'uk_business_outlet,in_talks_to_raise,people_familiar,lead_described_before_name_expected_to_lead,existing_investor_likely_to_invest_again,valuation_trap,earlier_series_b_gbp_same_lead,mod_contract_trap,series_c',
    title: 'London defence-AI firm Helmsgrove in talks to raise $400 million at $3 billion valuation',
    source: 'Square Mile Tech',
    text:
      'Helmsgrove, a London company whose software fuses drone, satellite and radar feeds for European armies, is in talks to raise about $400 million in a Series C round that would value it at around $3 billion, according to people familiar with the matter.\n\n' +
      'Californian growth investor Presidio Heights Capital is expected to lead, and existing investor Southwark Defence Fund is likely to invest again, the people said. Discussions are continuing and terms could change.\n\n' +
      'Helmsgrove raised £95 million in a Series B led by Southwark Defence Fund last year and won a £120 million contract from the Ministry of Defence in January. The company declined to comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Helmsgrove',
        amount: 400e6,
        roundType: 'series_c',
        lead: ['Presidio Heights Capital'],
        other: ['Southwark Defence Fund'],
      },
    ],
  },
  {
    id: 'ub30-32',
    style: 'business',
    phenomenon:
      'swiss_life_sciences_letter,is_seeking,chf_with_usd_conversion,ceo_interview,has_not_yet_chosen_a_lead,earlier_series_a_chf_same_company,cash_runway,series_b',
    title: 'Lausanne biotech Nevaura seeks CHF 60 million Series B as ALS data near',
    source: 'Lake Geneva Life Sciences Letter',
    text:
      'Nevaura, a Lausanne company developing an antisense therapy for a genetic form of ALS, is seeking CHF 60 million (about $68 million) in a Series B round, chief executive Anouk Perrenoud said in an interview. The company has begun talks with US and European investors but has not yet chosen a lead.\n\n' +
      'Nevaura expects Phase 1b data in the summer. Its CHF 25 million Series A in 2024 was led by Ouchy Life Sciences, and it has cash to last into early 2027, Perrenoud said.',
    kind: 'in_talks',
    rounds: [{ company: 'Nevaura', amount: 6e7, currency: 'CHF', roundType: 'series_b', lead: [] }],
  },
  {
    id: 'ub30-33',
    style: 'business',
    phenomenon:
      'german_energy_outlet,is_said_to_be_raising,eur_amount,people_with_knowledge,unnamed_investors_in_talks,valuation_trap,earlier_series_b_same_company,series_c',
    title: 'Fusion developer Toroidia said to be raising €150 million',
    source: 'Energiewende Insider',
    text:
      'Toroidia, a fusion-energy startup based in Garching, near Munich, is said to be raising about €150 million in a Series C round, according to two people with knowledge of the matter. The round would value the company at more than €1 billion.\n\n' +
      'A Gulf sovereign fund and a German industrial family office are among the investors in talks, one of the people said. Toroidia, which is building a laser-driven test facility outside Munich, raised €85 million in a Series B led by Isar Delta Capital in 2024. The company declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Toroidia', amount: 1.5e8, currency: 'EUR', roundType: 'series_c' }],
  },
  {
    id: 'ub30-34',
    style: 'business',
    phenomenon:
      'us_energy_journal,signed_term_sheet,to_be_led_by,existing_investor_plans_to_take_part,expected_to_close_in_april,power_contract_value_trap,earlier_series_a_same_company,series_b',
    title: 'Geothermal driller Basinfire signs term sheet for $60 million Series B',
    source: 'Mountain West Energy Journal',
    text:
      'Basinfire, a Salt Lake City startup that drills closed-loop geothermal wells, has signed a term sheet for a $60 million Series B round to be led by Wasatch Front Capital, co-founder Lars Eriksen told Mountain West Energy Journal. Existing investor Great Basin Climate Fund plans to take part, and the company expects to close the round in April.\n\n' +
      'Basinfire’s first 8-megawatt plant, in Beaver County, Utah, began delivering power in January under a 20-year contract with a utility worth about $190 million. The company raised a $21 million Series A in 2024.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Basinfire',
        amount: 60e6,
        roundType: 'series_b',
        lead: ['Wasatch Front Capital'],
        other: ['Great Basin Climate Fund'],
      },
    ],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub30-35',
    style: 'business',
    phenomenon:
      'biotech_licensing_deal,upfront_payment_trap,milestones_trap,royalties,pharma_named_first_in_title,licensor_earlier_series_b_gbp',
    title: 'Rhinebridge Pharma pays $75 million upfront for Aldervane’s bispecific in deal worth up to $1.3 billion',
    source: 'Helix Ledger',
    text:
      'Aldervane Therapeutics, a Cambridge, UK, biotech, has licensed worldwide rights to its PD-1/VEGF bispecific antibody to Frankfurt-based Rhinebridge Pharma. Rhinebridge will pay $75 million upfront and up to $1.2 billion in development, regulatory and sales milestones, plus tiered royalties in the low double digits.\n\n' +
      'Aldervane will run the ongoing Phase 2 trial in non-small cell lung cancer, after which Rhinebridge takes over development. Aldervane raised a £48 million Series B led by Grantchester Bio Capital in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Aldervane Therapeutics'],
  },
  {
    id: 'ub30-36',
    style: 'wire',
    phenomenon:
      'listed_biotech_follow_on_offering,nasdaq_ticker,priced_shares,gross_proceeds_trap,underwriters_option,share_price_move',
    title: 'Corvanta prices $250 million follow-on offering after Phase 3 win',
    source: 'Biopharma Markets Wire',
    text: 'Corvanta Therapeutics (Nasdaq: CRVN) said on Monday it had priced an underwritten public offering of 6.25 million shares at $40 each, for gross proceeds of $250 million, three days after its kidney-disease drug met the main goal of a Phase 3 trial. The underwriters have a 30-day option to buy up to 937,500 more shares. Corvanta’s stock rose 64% on Friday after the trial results.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub30-37',
    style: 'business',
    phenomenon:
      'pipe_into_nasdaq_listed_company,pipe_led_by_trap,share_count_and_price,discount_to_close,earlier_spac_listing,solid_state_batteries',
    title: 'Solid-state battery maker Lithovar raises $180 million in PIPE led by Huron Shore Capital',
    source: 'Great Lakes Energy Business',
    text:
      'Lithovar Inc. (Nasdaq: LTHV), a Michigan maker of solid-state battery cells, said it had agreed to sell 36 million new shares at $5 each to institutional investors in a $180 million private investment in public equity (PIPE) financing. The PIPE was led by Huron Shore Capital, with participation from Saginaw Bay Partners and several existing shareholders.\n\n' +
      'The shares were priced at a 12% discount to Friday’s closing price, and the deal is expected to close on March 12. Lithovar, which went public through a merger with a blank-check company in 2022, said the money would fund its cell line in Holland, Michigan.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub30-38',
    style: 'business',
    phenomenon:
      'biotech_acquisition,cash_plus_contingent_value_rights,cvr_value_trap,had_raised_with_series_b_lead,expected_close_q2',
    title: 'Halberd Pharma to buy Leiden’s Tulpagen for €1.1 billion plus CVRs',
    source: 'Benelux Life Sciences Report',
    text:
      'Halberd Pharma has agreed to acquire Tulpagen, a Leiden biotech developing an RNA medicine for a rare inherited kidney disease, for €1.1 billion in cash plus contingent value rights worth up to €600 million more if the drug is approved in both the US and the EU by the end of 2029.\n\n' +
      'Tulpagen’s investors had put €140 million into the company, including a €90 million Series B led by Oudegracht Life Sciences in 2025. The deal is expected to close in the second quarter.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Tulpagen'],
  },
  {
    id: 'ub30-39',
    style: 'business',
    phenomenon:
      'climate_vc_fund_close,third_fund,eur_with_dkk_conversion,above_target,lps_include_public_fund,cheque_size_trap,portfolio_rounds_led_and_co_led',
    title: 'Copenhagen’s Kastellet Climate Partners closes €400 million third fund',
    source: 'Nordic Cleantech Brief',
    text:
      'Copenhagen-based Kastellet Climate Partners has closed its third fund at €400 million (about DKK 3 billion), above its €325 million target, the firm said on Monday. Danish and Dutch pension funds and the European Investment Fund are among its limited partners.\n\n' +
      'The fund will write first cheques of €5 million to €20 million in Series A and B rounds of companies working on industrial heat, grids and shipping.\n\n' +
      'From its second fund, Kastellet led the €30 million Series B of Gothenburg heat-battery maker Värmlager in 2025 and co-led the NOK 200 million Series A of Trondheim offshore-cable startup Kabelfjord.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Värmlager', 'Kabelfjord'],
  },
  {
    id: 'ub30-40',
    style: 'business',
    phenomenon: 'government_funding_call,programme_total_trap,per_company_cap_trap,expected_recipient_count,no_named_recipients',
    title: 'Business Finland opens €100 million call for hydrogen and battery pilots',
    source: 'Nordic Deep Tech Journal',
    text:
      'Business Finland, the government innovation agency, said on Monday it will award up to €100 million to hydrogen, battery and e-fuel pilot plants this year, and expects to fund between 30 and 40 companies. Each company can receive up to €5 million, and grants will cover at most 40% of a project’s cost.\n\n' +
      'Applications close on May 29. Companies must build the pilot in Finland and start operating it by the end of 2028.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub30-41',
    style: 'business',
    phenomenon:
      'offshore_wind_project_finance,bank_group_loan_to_utility,non_recourse_loan_trap,eib_co_lending_trap,project_cost_trap,ppa',
    title: 'Banks lend €780 million for Zeelandia Energie’s 600 MW offshore wind farm',
    source: 'Offshore Power Finance',
    text:
      'A group of six banks has agreed to lend €780 million to Zeelandia Energie, the Dutch utility, to build the 600-megawatt Westgat offshore wind farm off the coast of Zeeland, the utility said on Monday.\n\n' +
      'The non-recourse loan runs for 18 years and is backed by a 15-year power purchase agreement with a steel maker. The European Investment Bank is lending a further €250 million. The project will cost €1.9 billion in total and is due to start producing power in 2029.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub30-42',
    style: 'business',
    phenomenon: 'doe_loan_guarantee,conditional_commitment,up_to_amount_trap,plant_cost_trap,company_earlier_series_c_with_lead',
    title: 'DOE offers Cumberland Lithium up to $1.4 billion loan guarantee for Kentucky refinery',
    source: 'Critical Minerals Monitor',
    text:
      'The US Department of Energy’s Loan Programs Office has made a conditional commitment for a loan guarantee of up to $1.4 billion to Cumberland Lithium to build a lithium hydroxide refinery near Bowling Green, Kentucky.\n\n' +
      'The guarantee would cover about 60% of the plant’s $2.3 billion cost; the loan cannot be drawn until the company meets technical and financial conditions. Cumberland Lithium raised a $210 million Series C led by Bluegrass Industrial Partners in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Cumberland Lithium'],
  },
  {
    id: 'ub30-43',
    style: 'wire',
    phenomenon: 'army_contract_win,contract_value_trap,options_value_trap,earlier_series_b_same_company',
    title: 'Army awards Huntsville drone maker Corvid Dynamics $40 million contract',
    source: 'Capitol Defense Report',
    text: 'Corvid Dynamics, a Huntsville, Alabama, maker of loitering munitions, has been awarded a $40 million US Army contract for 1,200 of its Talon-class systems, with options that could bring the total to $112 million over three years. Deliveries start in the third quarter. The company, which employs 230 people, raised a $65 million Series B last year.',
    kind: 'other',
    rounds: [],
    prior: ['Corvid Dynamics'],
  },
  {
    id: 'ub30-44',
    style: 'business',
    phenomenon: 'european_climate_annual_statistics,eur_total,segment_totals,country_share,largest_round_named',
    title: 'European climate tech raised €11.4bn in 2025 as storage overtook mobility',
    source: 'Climate Capital Weekly',
    text:
      'Climate tech startups in Europe raised €11.4 billion in 2025, 6% more than in 2024, according to Carbon Tally’s annual report. Energy storage and grid companies took €3.2 billion, overtaking electric mobility for the first time.\n\n' +
      'The UK, Germany and France accounted for 58% of the total. The year’s largest round was the €410 million Series D of Hamburg grid-battery developer Speicherhaus.',
    kind: 'other',
    rounds: [],
    prior: ['Speicherhaus'],
  },
  {
    id: 'ub30-45',
    style: 'business',
    phenomenon:
      'spac_merger,nyse_listing,combined_valuation_trap,trust_account_trap,pipe_led_by_trap,had_raised_private_funding_with_series_b',
    title: 'Microreactor developer Pikeview Nuclear to go public via $1.6 billion SPAC merger',
    source: 'Power Desk Wire',
    text:
      'Pikeview Nuclear, a Golden, Colorado, developer of truck-sized nuclear microreactors for military bases and data centres, will list on the New York Stock Exchange through a merger with Longs Peak Acquisition Corp., a blank-check company, in a deal that values the combined company at $1.6 billion.\n\n' +
      'The transaction is expected to bring in $310 million of gross proceeds: $230 million held in Longs Peak’s trust account, assuming no redemptions, and an $80 million PIPE from investors led by Front Range Capital. Pikeview had raised $140 million in private funding, most recently a $95 million Series B in 2025.',
    kind: 'ipo',
    rounds: [],
    prior: ['Pikeview Nuclear'],
  },
];
