// A tenth blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions and public bodies are
// real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor.
// Styles: a wire brief with an agency dateline and a "(Reporting by …; Editing by …)" trailer, a
// Japanese business daily's English edition ("1.5 billion yen", "third-party allotment", "it has
// been learned"), a German Mittelstand feature in English ("12 million EUR"), a French startup story
// in English with both "€8M" and "8 M€", a French text ("a levé 8 M€"; other languages: kind
// 'round', no rounds, by checks.ts), podcast show notes with timestamps and a sponsor read, a
// LinkedIn founder post with emoji and line breaks, a VC firm's quarterly letter to its limited
// partners ("$22MM", "$4.75MM", "which we led"), an earnings-call transcript with speaker labels, an
// Indian weekly wrap in crore, lakh and "₹2.5 Cr", New Zealand press ("NZ$"), a Brazil story in
// English ("R$" beside "US$"), Nigerian press ("₦12bn"), Swiss press ("CHF"), a founder interview in
// Q&A form, and a columnist's predictions list. Phenomena: an amount given only as "an eight-figure
// Series A" and one as "the low double-digit millions" (amount null); a lead that is "an undisclosed
// strategic investor" and one that is "existing investors" (no names, `lead: []`); the amount only
// in the headline with the body saying "the funding"; a company described only by its app until the
// last sentence (the app's name is not the company's); two companies with the same first word
// (Lumora, Lumora Health); a "Series AA"; a pre-seed "party round" from 34 angels with cheque sizes;
// an up round and a flat round in one story in two currencies; a layoffs story whose last sentence
// is a new bridge round; a serial founder's stealth company led by the VC that led the old
// company's Series B; a correction note at the end ("$12 million, not $21 million") with the same
// $21 million elsewhere as a customer saving; a national innovation agency's grant to one company
// ('grant', as unseen-blind7.ts labels an EU grant to one company); a listed company leading a
// Series C on an earnings call (its own $40 million cheque beside the $120 million round); a wire
// headline with the company's product category before the name; a subsidiary raising while its
// family-owned parent does not. In-talks: "arranging to raise … it has been learned" with "set to
// lead", a company that has hired banks to raise a Series D (the banks are not leads), naira in the
// "final stages" with "expected to lead", "term sheets" with a valuation range and no lead picked,
// and CHF "finalising" with "set to lead". Distractors: a university endowment's return, a company
// raising its minimum wage, a city's stadium bond sale, an ETF's monthly inflow, a charity gala's
// record total (with a startup's founders as donors), a football transfer fee, a film's reward
// crowdfunding, a DAO voting on its token treasury, a venture studio launching on its founders' own
// money, a listed bank's rights issue, a VC fund close, an acquisition with an earn-out, a merger's
// break fee, a predictions column about an unnamed startup's future Series A, and a direct listing
// that raises no money; most carry a past round as background (`prior`). Labelled by hand by the
// conventions of checks.ts and unseen-blind7.ts to unseen-blind9.ts; amounts are in the currency
// first stated; `lead` is given only where the text says who led (`lead: []` where it says the lead
// is unnamed).
// First look (2026-12-07 03:17, no rule changed for it): company F1 0.836 (P 0.82 / R 0.85), amount
// 100 %, type 90.9 %, status 89.3 %, lead F1 0.762, 5 false rounds (a VC fund's close, a minimum
// wage raise, a city's stadium bonds, a bank's rights issue, a round "we reported in our Q1
// letter") and 1 wrong name (an app for its maker). After the fixes (kinds of wording, tested on
// other invented examples in blind10-ways.test.ts): 0.952 · 100 % · 91.7 % · 0.884 · 0 false, 0
// wrong names; every other set unchanged. Left: a VC letter's "in August" read against the eval's
// fixed March publish date, a "seed extension" typed as an extension (the conventions differ), an
// earnings call's "which we led", "Series AA", "which led the seed" read as this round's lead, a
// stealth company's round under a headline naming its founder's earlier company, and a national
// agency's grant. A measurement, not a test: unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND10: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub10-01',
    style: 'wire',
    phenomenon: 'wire_brief,agency_dateline,reporting_editing_trailer,person_names_trap,series_b,existing_investors_named',
    text:
      'Grid-software firm Quenby raises $55 million in round led by Alderhook\n\n' +
      'LONDON, Dec 3 (Castlegate Wire) - Quenby, a London-based company whose software lets power networks schedule electric-vehicle charging around local congestion, said on Thursday it had raised $55 million in a Series B funding round led by Alderhook Capital.\n\n' +
      'Existing investors Tamsin Road Ventures and Oxleas Partners also took part, Quenby said, adding that it would use the money to expand in Germany and the Netherlands. The company did not disclose its valuation.\n\n' +
      '(Reporting by Priya Nandakumar in Bengaluru; Editing by Hugh Lattimer)',
    kind: 'round',
    rounds: [{ company: 'Quenby', amount: 55e6, roundType: 'series_b', lead: ['Alderhook Capital'] }],
  },
  {
    id: 'ub10-02',
    style: 'business',
    phenomenon:
      'japan_english_edition,billion_yen_word,third_party_allotment,usd_conversion,total_funding_trap,no_lead,trading_house_investor',
    title: 'Kumonosu Robotics raises 1.5 billion yen via third-party allotment',
    source: 'Kanto Business Daily English Edition',
    text:
      'Kumonosu Robotics, a Tokyo-based developer of spider-legged robots that inspect the undersides of highway bridges, said Wednesday that it had raised 1.5 billion yen (about $10 million) through a third-party allotment of new shares. ' +
      'The shares were allotted to Minato Shoji, a trading house, to Sumida River Capital, and to a fund run by a regional bank in Shizuoka Prefecture. ' +
      'The allotment brings the company’s total funding since its founding in 2021 to 3.2 billion yen. ' +
      'Kumonosu said it would use the proceeds to double production at its plant in Sagamihara and to begin trials with expressway operators in Kyushu.',
    kind: 'round',
    rounds: [
      {
        company: 'Kumonosu Robotics',
        amount: 1.5e9,
        currency: 'JPY',
        roundType: 'unknown',
        other: ['Minato Shoji', 'Sumida River Capital'],
      },
    ],
  },
  {
    id: 'ub10-03',
    style: 'business',
    phenomenon:
      'german_mittelstand,eur_code_after_number,subsidiary_vs_parent_trap,gmbh_suffix,revenue_trap,feature_lede,round_in_third_sentence',
    title: 'Swabian pump maker’s software arm raises 12 million EUR in its first outside round',
    source: 'Mittelstand Monitor',
    text:
      'For 96 years, Hollerbach Pumpen in Balingen has sold industrial pumps to dairies, breweries and water utilities, and for 96 years the family has paid for the company’s growth out of its own profits. ' +
      'Its software subsidiary has now broken with that habit. ' +
      'Hollerbach Digital GmbH, which sells a service that predicts when a pump’s seals will fail, has raised 12 million EUR in a Series A round led by Neckartal Beteiligungen, a Stuttgart investment firm. ' +
      'The parent company remains the majority owner, managing director Katrin Hollerbach said, and Hollerbach Pumpen itself is not taking outside money. ' +
      'Hollerbach Pumpen had revenue of 210 million EUR last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Hollerbach Digital',
        amount: 12e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Neckartal Beteiligungen'],
      },
    ],
  },
  {
    id: 'ub10-04',
    style: 'business',
    phenomenon: 'french_startup_in_english,euro_sign_m_suffix,m_euro_after_number,seed,led_by,co_founder_quote',
    title: 'Lyon’s Trame raises €8M seed to cut water use in textile dyeing',
    source: 'Rhône Startup Wire',
    text:
      'Trame, a Lyon-based startup that measures dye baths in real time so textile mills waste less water and colour, has raised €8M in seed funding. ' +
      'The 8 M€ round was led by Fourvière Ventures, with Croix-Rousse Capital and the founders of two French fashion brands taking part, co-founder Élodie Marchetti said. ' +
      'Trame’s sensors are installed at 14 mills in France, Portugal and Italy. ' +
      'The startup plans to open an office in Porto in the spring.',
    kind: 'round',
    rounds: [{ company: 'Trame', amount: 8e6, currency: 'EUR', roundType: 'seed', lead: ['Fourvière Ventures'] }],
  },
  {
    id: 'ub10-05',
    style: 'foreign',
    phenomenon: 'other_language,french,m_euro_after_number,a_leve,mene_par',
    text:
      'La jeune pousse nantaise Algorine a levé 8 M€ pour industrialiser la production de bioplastiques à base d’algues. ' +
      'Le tour de table a été mené par Erdre Ventures, aux côtés de business angels de la région. ' +
      'Les fonds doivent aussi financer le recrutement de vingt personnes d’ici fin 2027.',
    kind: 'round',
    rounds: [],
  },
  {
    id: 'ub10-06',
    style: 'blog',
    phenomenon: 'podcast_show_notes,timestamps,news_segment_round,guest_earlier_seed_trap,sponsor_credit_trap,host_names',
    title: 'Ep. 212 — The unglamorous middle of dental software',
    source: 'Cap Table Radio',
    text:
      'This week Dana and Luis are joined by Maren Olufsen, co-founder of Threadlight, to talk about selling software to dentists.\n\n' +
      'In this episode:\n' +
      '(00:00) Intro and listener mail\n' +
      '(03:10) News: Pallwick raises a $30M Series B led by Cobbold Partners, and why dental practice software is suddenly hot\n' +
      '(11:45) Is the Series A crunch over?\n' +
      '(18:40) Maren on raising Threadlight’s $4M seed in 2025 with no warm introductions\n' +
      '(41:20) Lightning round\n\n' +
      'This episode is brought to you by Ledgerfin. New customers get $500 in credits with the code RADIO.\n\n' +
      'Links: Pallwick’s announcement; Threadlight’s careers page; Maren on LinkedIn.',
    kind: 'round',
    rounds: [{ company: 'Pallwick', amount: 30e6, roundType: 'series_b', lead: ['Cobbold Partners'] }],
    prior: ['Threadlight'],
  },
  {
    id: 'ub10-07',
    style: 'blog',
    phenomenon: 'linkedin_post,emoji,line_breaks,our_lead,angels_count,hashtags,pre_seed,at_mention',
    source: 'LinkedIn',
    text:
      'Big news 🚀\n\n' +
      '18 months ago, @Wen Liang and I quit our jobs to fix how small clinics chase unpaid insurance claims.\n\n' +
      'Today, Claimwise is announcing our $3.2M pre-seed. 🎉\n\n' +
      'Huge thanks to our lead, Grayling Ventures 🙏, and to Fenmore Capital and 20+ angels who believed in us before we had a single customer.\n\n' +
      'What’s next?\n' +
      '✅ Hiring 4 engineers in Toronto\n' +
      '✅ Launching in 3 new provinces\n' +
      '✅ Sleeping (maybe)\n\n' +
      'We’re hiring! Link in comments 👇\n\n' +
      '#startups #healthtech #preseed #founders',
    kind: 'round',
    rounds: [{ company: 'Claimwise', amount: 3.2e6, roundType: 'pre_seed', lead: ['Grayling Ventures'] }],
  },
  {
    id: 'ub10-08',
    style: 'blog',
    phenomenon:
      'vc_lp_letter,quarterly_update,mm_suffix,we_led,investor_from_title,seed_extension,earlier_quarter_round_trap,fund_metrics_trap,exit_item,multi_round',
    title: 'Harrowby Ventures Fund II — Q3 2026 letter to limited partners',
    source: 'Harrowby Ventures',
    text:
      'Dear partners,\n\n' +
      'Fund II is now 71% committed across 23 companies, and net TVPI stands at 1.6x. Highlights from the quarter:\n\n' +
      '• Brindlecourt (insurance claims automation) closed a $22MM Series A led by Westmarch Capital in August. We invested our full pro-rata.\n' +
      '• Saltmarsh Energy (home battery leasing) raised a $4.75MM seed extension, which we led, alongside Pewter Hill.\n' +
      '• Ferrule, whose $40MM Series B we reported in our Q1 letter, passed $10MM in annual recurring revenue.\n' +
      '• Copperline was acquired by Ostlund Group for $120MM in cash; Fund II returns 3.1x its cost.\n\n' +
      'We expect to call a further 8% of commitments in Q4.\n\n' +
      '— The Harrowby team',
    kind: 'round',
    rounds: [
      { company: 'Brindlecourt', amount: 22e6, roundType: 'series_a', lead: ['Westmarch Capital'] },
      { company: 'Saltmarsh Energy', amount: 4.75e6, roundType: 'seed', lead: ['Harrowby Ventures'] },
    ],
    prior: ['Ferrule'],
  },
  {
    id: 'ub10-09',
    style: 'press',
    phenomenon:
      'earnings_call_transcript,speaker_labels,listed_company_leads,we_led,investor_from_title,participant_share_trap,free_cash_flow_trap,analyst_name_trap,series_c',
    title: 'Halloran Industrial (HLRN) Q3 2026 earnings call transcript',
    source: 'Transcript Desk',
    text:
      'Operator: Our next question comes from Marcus Bell with Tidewater Securities.\n\n' +
      'Marcus Bell: Thanks. Can you say more about the Vantablock deal you announced this morning?\n\n' +
      'Gwen Sato, Chief Financial Officer: Sure, Marcus. This morning we closed a $40 million investment in Vantablock, which makes solid-state circuit breakers for data centers. ' +
      'That was part of Vantablock’s $120 million Series C, which we led. ' +
      'We get a board observer seat and a supply agreement for our switchgear lines. ' +
      'To be clear, this comes out of our balance sheet, not our buyback, and we still expect free cash flow of about $1.1 billion for the year.\n\n' +
      'Marcus Bell: Great, thank you.',
    kind: 'round',
    rounds: [{ company: 'Vantablock', amount: 120e6, roundType: 'series_c', lead: ['Halloran Industrial'] }],
  },
  {
    id: 'ub10-10',
    style: 'business',
    phenomenon: 'eight_figure_amount,amount_null,lead_in_second_sentence,worker_count_trap,series_a',
    title: 'Tallyhoe lands eight-figure Series A for farm-payroll software',
    text:
      'Tallyhoe, a Fresno startup that handles payroll and piece-rate pay for seasonal farm crews, has raised an eight-figure Series A, the company said on Tuesday, declining to give an exact amount. ' +
      'Sierra Loam Partners led the round, with participation from Kings River Fund. ' +
      'Tallyhoe says it paid 41,000 farm workers in the last harvest season, up from 9,000 the year before.',
    kind: 'round',
    rounds: [{ company: 'Tallyhoe', amount: null, roundType: 'series_a', lead: ['Sierra Loam Partners'] }],
  },
  {
    id: 'ub10-11',
    style: 'business',
    phenomenon: 'undisclosed_strategic_lead,lead_empty,double_digit_millions,amount_null,belgium,participants_named',
    title: 'Antwerp’s Brineworks raises Series A from an unnamed chemicals strategic',
    text:
      'Antwerp-based Brineworks, which recovers lithium from the salty wastewater of chemical plants, has closed a Series A in the low double-digit millions of euros. ' +
      'The round was led by an undisclosed strategic investor from the chemicals industry, with Scheldt Climate Fund and existing backer Meir Ventures also participating. ' +
      'Chief executive Joris Van Damme said the lead had asked not to be named until a supply deal is finalised.',
    kind: 'round',
    rounds: [
      {
        company: 'Brineworks',
        amount: null,
        roundType: 'series_a',
        lead: [],
        other: ['Scheldt Climate Fund', 'Meir Ventures'],
      },
    ],
  },
  {
    id: 'ub10-12',
    style: 'wire',
    phenomenon: 'amount_in_headline_only,the_funding,no_round_type,lead_in_body,gbp',
    title: 'Marlpit raises £14m to help water companies find leaking mains',
    text:
      'Marlpit, whose acoustic sensors listen for leaks in buried water pipes, said on Monday that Heddon Street Capital had led the funding, with Tyne Valley Ventures joining. ' +
      'The Newcastle startup will use the funding to hire 30 people and to start work with two water companies in Scotland. ' +
      'Chief executive Ruth Addy declined to give a valuation.',
    kind: 'round',
    rounds: [{ company: 'Marlpit', amount: 14e6, currency: 'GBP', roundType: 'unknown', lead: ['Heddon Street Capital'] }],
  },
  {
    id: 'ub10-13',
    style: 'business',
    phenomenon: 'product_only_until_last_sentence,company_behind_product,product_name_trap,seed,strategic_participant,eur',
    title: 'The watering app for allotment gardeners gets €3.5m',
    text:
      'The app that tells allotment and balcony gardeners when to water, feed and harvest has picked up €3.5 million in seed funding. ' +
      'Sprigly reads local weather forecasts and photos of a plot’s soil, and sends a short to-do list each morning; it has 600,000 users in the Netherlands, Belgium and Germany. ' +
      'The seed round was led by Domstad Ventures, with the Dutch garden-centre chain Tuinhof joining as a strategic investor. ' +
      'Sprigly is made by Veldgrow, a Utrecht company founded in 2023 by two former greenhouse engineers.',
    kind: 'round',
    rounds: [
      {
        company: 'Veldgrow',
        amount: 3.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Domstad Ventures'],
        other: ['Tuinhof'],
      },
    ],
  },
  {
    id: 'ub10-14',
    style: 'business',
    phenomenon: 'similar_company_names,unrelated_namesake_trap,namesake_round_background,series_a',
    title: 'Battery recycler Lumora raises $26M Series A',
    text:
      'Lumora, an Austin startup that strips and recycles the batteries from e-bikes and scooters, has raised $26 million in a Series A round led by Bastrop Climate Partners. ' +
      'The company is unrelated to Lumora Health, the Boston telehealth firm that raised $30 million last year and has since sent Lumora several letters about the name. ' +
      'Lumora’s co-founder, Tess Okonkwo, said the recycler would keep its name. ' +
      'The money will pay for a second processing site in Phoenix.',
    kind: 'round',
    rounds: [{ company: 'Lumora', amount: 26e6, roundType: 'series_a', lead: ['Bastrop Climate Partners'] }],
    prior: ['Lumora Health'],
  },
  {
    id: 'ub10-15',
    style: 'business',
    phenomenon: 'series_aa,nonstandard_series_name,earlier_seed_same_company,earlier_lead_trap,lead_after_semicolon,mexico',
    title: 'Mexico City’s Tiangix raises $11M “Series AA”',
    text:
      'Tiangix, a Mexico City startup that gives street-market vendors card readers and same-day payouts, has raised $11 million in what it calls a Series AA round. ' +
      'Co-founder Ximena Robles said the name reflects a round bigger than a typical Series A but raised on the same terms as the company’s $3 million seed in 2025. ' +
      'Xochimilco Capital led the round; Coyoacán Ventures, which led the seed, invested again.',
    kind: 'round',
    rounds: [{ company: 'Tiangix', amount: 11e6, roundType: 'series_a', lead: ['Xochimilco Capital'] }],
  },
  {
    id: 'ub10-16',
    style: 'business',
    phenomenon: 'party_round,angels_only,no_lead,lead_empty,cheque_size_trap,future_round_trap,pre_seed,angels_named',
    title: 'Thirty-four angels, no lead: inside Quoin’s party round',
    text:
      'Quoin, a Chicago startup building scheduling software for home-renovation crews, has raised $2.1 million in a pre-seed "party round" from 34 angel investors and no institutional fund. ' +
      'The checks ranged from $10,000 to $250,000; the largest came from Nadia Ferro, a former operations chief at a national home-improvement chain, and Caleb Ostrowski, who founded a roofing marketplace. ' +
      '"Nobody led, and that was on purpose," said chief executive Andre Whitfield. ' +
      'Quoin plans to raise a priced seed round next year.',
    kind: 'round',
    rounds: [
      {
        company: 'Quoin',
        amount: 2.1e6,
        roundType: 'pre_seed',
        lead: [],
        other: ['Nadia Ferro', 'Caleb Ostrowski'],
      },
    ],
  },
  {
    id: 'ub10-17',
    style: 'wire',
    phenomenon: 'led_by_existing_investors,unnamed_lead,lead_empty,new_investor_joined,earlier_round_same_company,series_b',
    text:
      'Construction-AI startup Fieldnote raises $18M Series B from existing backers\n\n' +
      'Fieldnote, which builds AI that turns drone footage of construction sites into progress reports, said on Wednesday it had raised $18 million in a Series B round led by existing investors. ' +
      'New investor Rowan Hill Partners also joined the round, Fieldnote said, without naming the existing investors that led it. ' +
      'The Denver company last raised a $9 million Series A in 2024.',
    kind: 'round',
    rounds: [{ company: 'Fieldnote', amount: 18e6, roundType: 'series_b', lead: [], other: ['Rowan Hill Partners'] }],
  },
  {
    id: 'ub10-18',
    style: 'roundup',
    phenomenon:
      'india_weekly_wrap,inr,rs_crore,rs_lakh,rupee_sign_cr_abbreviation,usd_conversion,bridge_round,acquisition_item,multi_round',
    title: 'Funding Friday: agritech, edtech and a snack-brand exit',
    source: 'Bengaluru Deal Digest',
    text:
      'Here are this week’s deals from India’s startup ecosystem.\n\n' +
      'Pune-based Khetwise, which rents out soil-testing kits to farmer producer organisations, has raised Rs 60 crore (about $7.2 million) in a Series A round led by Deccan Plateau Capital. Existing investor Sahyadri Angels also participated.\n\n' +
      'Jaipur edtech startup Padhai Pal has raised Rs 85 lakh in a pre-seed round from a clutch of angel investors, including the founders of two coaching chains. The startup runs Hindi-medium maths classes over WhatsApp.\n\n' +
      'Kochi-based Chaya Cosmetics raised ₹2.5 Cr in a bridge round from its existing backers ahead of a planned Series A.\n\n' +
      'In M&A news, snack brand Munchbox has been acquired by FMCG major Vasant Foods for an undisclosed amount.',
    kind: 'round',
    rounds: [
      { company: 'Khetwise', amount: 600e6, currency: 'INR', roundType: 'series_a', lead: ['Deccan Plateau Capital'] },
      { company: 'Padhai Pal', amount: 8.5e6, currency: 'INR', roundType: 'pre_seed' },
      { company: 'Chaya Cosmetics', amount: 25e6, currency: 'INR', roundType: 'unknown' },
    ],
  },
  {
    id: 'ub10-19',
    style: 'business',
    phenomenon: 'new_zealand_press,nzd,nz_dollar_prefix,macron_in_name,seed,unnamed_public_investor,spinout',
    title: 'Wellington’s Kōwhai Labs raises NZ$6.5m seed',
    source: 'Aotearoa Tech Weekly',
    text:
      'Kōwhai Labs, a Wellington company that uses satellite images to spot wilding pines before they spread across high-country farms, has raised NZ$6.5 million in a seed round led by Tasman Bay Ventures. ' +
      'The round also included Karori Angels and a regional council’s investment arm, the company said. ' +
      'Kōwhai Labs was spun out of a Crown research institute in 2024 and works with 300 farms in Canterbury and Otago.',
    kind: 'round',
    rounds: [{ company: 'Kōwhai Labs', amount: 6.5e6, currency: 'NZD', roundType: 'seed', lead: ['Tasman Bay Ventures'] }],
  },
  {
    id: 'ub10-20',
    style: 'business',
    phenomenon:
      'brazil_in_english,brl,r_dollar_prefix,us_dollar_prefix,up_round,flat_round,two_rounds_one_story,valuation_multiple_trap,analyst_quote',
    title: 'One up, one flat: two São Paulo fintechs show the split in Brazil’s funding market',
    text:
      'Two São Paulo payments companies closed rounds this week, and their terms could hardly be more different. ' +
      'Pixora, which lets small shops accept instant Pix payments on a phone, raised R$320 million in a Series C led by Paulista Growth at a valuation roughly three times that of its Series B eighteen months ago. ' +
      'Cobrança Já, a collections app for landlords, raised US$25 million in a flat Series B from its existing investors, priced at the same valuation as its 2024 Series A. ' +
      '"Investors are paying up for profit and pricing everything else like it is 2023," said an analyst at a local brokerage.',
    kind: 'round',
    rounds: [
      { company: 'Pixora', amount: 320e6, currency: 'BRL', roundType: 'series_c', lead: ['Paulista Growth'] },
      { company: 'Cobrança Já', amount: 25e6, roundType: 'series_b' },
    ],
  },
  {
    id: 'ub10-21',
    style: 'business',
    phenomenon: 'layoffs_story,bridge_round_in_last_sentence,earlier_round_same_sentence,existing_investor_leads,severance_trap',
    title: 'Fennick cuts a quarter of its staff as it refocuses on hospitals',
    text:
      'Fennick, the Seattle maker of software that tracks surgical instruments, is laying off 45 people, about a quarter of its workforce, and closing its office in Austin, chief executive Lauren Pike told staff on Monday. ' +
      'Pike said sales to outpatient clinics had stalled and the company would focus on large hospital systems, where its contracts are bigger. ' +
      'Departing employees will get 10 weeks of severance. ' +
      'Fennick, which raised a $35 million Series B in 2023, also said it had closed a $6 million bridge round led by Tallowfield Capital, one of its existing investors, to pay for the shift.',
    kind: 'round',
    rounds: [{ company: 'Fennick', amount: 6e6, roundType: 'unknown', lead: ['Tallowfield Capital'] }],
  },
  {
    id: 'ub10-22',
    style: 'business',
    phenomenon:
      'serial_founder,emerges_from_stealth,previous_startup_exit,previous_startup_rounds_background,same_lead_both_companies,company_in_second_sentence,seed',
    title: 'Former Parcelhop founder emerges from stealth with $16M',
    text:
      'Sven Achterberg, whose parcel-locker startup Parcelhop was bought by a European postal group for about €400 million in 2024, is back with a new company. ' +
      'Quillfeather, which has been in stealth since last spring, is building software that lets insurers read and price commercial property surveys. ' +
      'It has raised $16 million in a seed round led by Oudezijds Capital, the firm that also led Parcelhop’s Series B in 2019. ' +
      'Parcelhop had raised about €90 million in total before the sale.',
    kind: 'round',
    rounds: [{ company: 'Quillfeather', amount: 16e6, roundType: 'seed', lead: ['Oudezijds Capital'] }],
    prior: ['Parcelhop'],
  },
  {
    id: 'ub10-23',
    style: 'business',
    phenomenon: 'correction_at_end,misstated_amount_trap,recovered_charges_trap,same_figure_twice,series_a',
    title: 'Brantwood raises $12M to catch freight overcharges',
    source: 'Mid-South Business Ledger',
    text:
      'Brantwood, a Memphis startup whose software checks trucking invoices against rate contracts and flags overcharges, has raised $12 million in a Series A led by Mud Island Ventures. ' +
      'Beale Street Capital and several logistics executives also invested. ' +
      'The company says its customers recovered $21 million in overbilled freight charges last year.\n\n' +
      'Correction, Dec. 4: An earlier version of this article misstated the size of Brantwood’s round. It was $12 million, not $21 million.',
    kind: 'round',
    rounds: [{ company: 'Brantwood', amount: 12e6, roundType: 'series_a', lead: ['Mud Island Ventures'] }],
  },
  {
    id: 'ub10-24',
    style: 'press',
    phenomenon: 'national_agency_grant,single_recipient,grant,gbp,own_cash_match,earlier_seed_same_company,ltd_suffix,dateline',
    title: 'Innovate UK awards Glasgow’s Tidewright £1.9m to test tidal-turbine blades',
    text:
      'GLASGOW, 2 December 2026 -- Tidewright Ltd, which makes blades for tidal-stream turbines from recycled carbon fibre, has been awarded a £1.9 million grant by Innovate UK, the national innovation agency, to test its blades at sea off Orkney. ' +
      'The grant covers 70% of the project’s cost; Tidewright will fund the rest from its own cash. ' +
      'The company raised a £5 million seed round led by Clydeside Ventures in 2025.',
    kind: 'round',
    rounds: [{ company: 'Tidewright', amount: 1.9e6, currency: 'GBP', roundType: 'grant' }],
  },
  {
    id: 'ub10-25',
    style: 'business',
    phenomenon:
      'interview_qa,lead_in_answer,rejected_offer_valuation_trap,series_type_in_title,south_africa,usd,seed_investor_returns',
    title: '“We turned down a higher valuation”: Oriel’s founder on its $20M Series A',
    source: 'Founders Desk',
    text:
      'Oriel makes software that schedules school buses around each day’s absences. Its founder, Naledi Khumalo, spoke to us after the Cape Town company raised $20 million. The interview has been edited for length.\n\n' +
      'Q: Who led the round?\n' +
      'A: Umhlanga Capital led it. Our seed investors, Bo-Kaap Ventures, came back in as well.\n\n' +
      'Q: Why not take the higher offer?\n' +
      'A: One fund offered $150 million pre-money, but they wanted a board seat and veto rights. Umhlanga gave us a fair price and left the board alone.\n\n' +
      'Q: What is the money for?\n' +
      'A: Expanding to Nairobi and Lagos, and hiring about 40 engineers.',
    kind: 'round',
    rounds: [{ company: 'Oriel', amount: 20e6, roundType: 'series_a', lead: ['Umhlanga Capital'] }],
  },
  // ── In talks and reported ────────────────────────────────────────────────────────────────────
  {
    id: 'ub10-26',
    style: 'business',
    phenomenon:
      'in_talks,japan_english_edition,arranging_to_raise,it_has_been_learned,set_to_lead,billion_yen_word,earlier_round_same_company',
    title: 'AI startup Hoshikage arranging to raise 10 billion yen',
    source: 'Kanto Business Daily English Edition',
    text:
      'Hoshikage, a Tokyo startup that develops Japanese-language AI models for banks and local governments, is arranging to raise about 10 billion yen in new funding, it has been learned. ' +
      'The company is expected to issue new shares to the venture arms of domestic megabanks and to a major telecom carrier, with Ochanomizu Partners set to lead, according to people involved. ' +
      'The funding would be one of the largest ever for a Japanese AI startup. ' +
      'Hoshikage raised 2.4 billion yen in a Series B last year.',
    kind: 'in_talks',
    rounds: [{ company: 'Hoshikage', amount: 10e9, currency: 'JPY', roundType: 'unknown', lead: ['Ochanomizu Partners'] }],
  },
  {
    id: 'ub10-27',
    style: 'wire',
    phenomenon: 'in_talks,hired_banks,adviser_not_lead_trap,sources_said,series_d,reporting_trailer',
    text:
      'Vertical-farming firm Greenspire hires banks to raise about $150 million - sources\n\n' +
      'NEW YORK, Dec 4 (Castlegate Wire) - Greenspire, which runs indoor farms supplying leafy greens to supermarkets in the U.S. Northeast, has hired Fenbridge Securities and Lyle & Marsh to help it raise about $150 million in a Series D round, three sources familiar with the matter said.\n\n' +
      'The company hopes to open the round to investors in January, the sources said, asking not to be named because the talks are private. Greenspire did not respond to a request for comment.\n\n' +
      '(Reporting by Tomasz Wilk in New York; Editing by Ana Brereton)',
    kind: 'in_talks',
    rounds: [{ company: 'Greenspire', amount: 150e6, roundType: 'series_d', lead: [] }],
  },
  {
    id: 'ub10-28',
    style: 'business',
    phenomenon:
      'in_talks,nigeria_press,ngn,naira_sign,bn_suffix_in_title,final_stages,expected_to_lead,usd_conversion,declined_to_comment',
    title: 'Lagos freight startup Trekka nears ₦12bn Series A',
    source: 'Marina Business Review',
    text:
      'Trekka, a Lagos-based startup that books space on inter-state trucks for small traders, is in the final stages of raising ₦12 billion (about $8 million) in a Series A round, two people with knowledge of the deal told this newspaper. ' +
      'Lekki Gate Capital is expected to lead, with an Abuja family office and existing investor Yaba Seed Fund also in talks to take part. ' +
      'Trekka’s founder, Chidera Nwosu, declined to comment on "market speculation".',
    kind: 'in_talks',
    rounds: [{ company: 'Trekka', amount: 12e9, currency: 'NGN', roundType: 'series_a', lead: ['Lekki Gate Capital'] }],
  },
  {
    id: 'ub10-29',
    style: 'business',
    phenomenon: 'in_talks,term_sheets_received,valuation_range_trap,no_lead_chosen,eur,earlier_round_same_company,spain',
    title: 'Barcelona’s Velamar weighs term sheets for €35m round',
    text:
      'Velamar, the Barcelona startup that retrofits cargo ships with rigid sails, has received term sheets from several investors for a round of around €35 million, according to three people familiar with the process. ' +
      'The offers value the company at between €150 million and €180 million, the people said, and Velamar has yet to pick a lead. ' +
      'The company, which raised €12 million in 2025, declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Velamar', amount: 35e6, currency: 'EUR', roundType: 'unknown' }],
  },
  {
    id: 'ub10-30',
    style: 'business',
    phenomenon: 'in_talks,switzerland,chf_code_prefix,finalising,set_to_lead,could_be_announced,ceo_noncommittal_quote,series_b',
    title: 'Zurich medtech Alpsense close to CHF 40 million Series B',
    text:
      'Alpsense, a Zurich company developing a wearable that warns epilepsy patients of seizures minutes before they start, is finalising a Series B of about CHF 40 million, according to people familiar with the matter. ' +
      'Limmat Health Partners is set to lead the round, which could be announced before the end of the year, the people said. ' +
      'Alpsense’s chief executive, Corinne Baumgartner, said only that the company was "in a good position". ' +
      'The startup raised CHF 14 million in its Series A in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Alpsense', amount: 40e6, currency: 'CHF', roundType: 'series_b', lead: ['Limmat Health Partners'] }],
  },
  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub10-31',
    style: 'business',
    phenomenon: 'endowment_return,venture_holdings_trap,startup_stake_sales,payout_figure,university',
    title: 'Halvorsen University’s endowment returns 11.2% as venture bets recover',
    text:
      'Halvorsen University’s endowment returned 11.2% in the fiscal year to June 30, lifting its value to $8.4 billion, the university said on Tuesday. ' +
      'Venture capital holdings gained 14% after two years of losses, helped by the sale of stakes in several startups, while real estate fell 3%. ' +
      'The endowment paid out $390 million to support the university’s budget.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-32',
    style: 'business',
    phenomenon: 'minimum_wage_raise,raises_verb_trap,cost_figure,background_round_with_lead',
    title: 'Crateway raises minimum wage to $20 an hour',
    text:
      'Crateway, the online grocer, is raising its minimum wage for warehouse and delivery staff to $20 an hour from January, a move it says will cost about $18 million a year. ' +
      'The company, which raised $210 million in a Series D led by Summerhill Growth in 2024, employs about 6,000 hourly workers in Texas and Arizona. ' +
      'Chief people officer Imelda Ross said the rise would help cut staff turnover.',
    kind: 'other',
    rounds: [],
    prior: ['Crateway'],
  },
  {
    id: 'ub10-33',
    style: 'business',
    phenomenon: 'municipal_bonds,stadium,raise_verb_trap,public_debt,sports_club_trap',
    title: 'Port Alder to raise $450 million in bonds for new ballpark',
    text:
      'Port Alder’s city council voted 7-2 on Tuesday to raise $450 million through a bond sale to pay for a new 30,000-seat stadium for the Port Alder Gulls, the city’s minor-league baseball club. ' +
      'The bonds will be repaid from a hotel tax and stadium rent over 30 years. ' +
      'Opponents said the city should not take on debt for a privately owned team.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-34',
    style: 'wire',
    phenomenon: 'etf_inflow,pulls_in_trap,assets_under_management,fund_outflow',
    text:
      'Robotics ETF pulls in $1.3 billion in November, its biggest month yet\n\n' +
      'The Corbeau Robotics & Automation ETF took in $1.3 billion of new money in November, its biggest monthly inflow since launch, according to fund-flow data from Tickerwell. ' +
      'The fund, which holds shares of 60 listed robot and chip makers, now manages $9.6 billion. ' +
      'Investors pulled $400 million from a rival clean-energy fund over the same period.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-35',
    style: 'business',
    phenomenon: 'charity_gala,raised_verb_trap,donor_pledge,startup_founders_as_donors,background_round,auction_figure',
    title: 'Children’s hospital gala raises a record $6.2 million',
    text:
      'A black-tie gala for the Bellmont Children’s Hospital Foundation raised a record $6.2 million on Saturday night, including $1.5 million pledged by the founders of Paywell, the payments company that raised a Series C last year. ' +
      'The money will pay for a new neonatal unit. ' +
      'More than 800 guests attended the event at the city’s convention centre, where a painting by a local artist sold at auction for $240,000.',
    kind: 'other',
    rounds: [],
    prior: ['Paywell'],
  },
  {
    id: 'ub10-36',
    style: 'business',
    phenomenon: 'sports_transfer_fee,add_ons,record_fee,gbp,signs_verb',
    title: 'Harbourside FC sign striker for club-record £38m',
    text:
      'Harbourside FC have signed the Brazilian striker Davi Lacerda from Racing Montijo for a club-record £38 million, rising to £45 million with add-ons. ' +
      'Lacerda, 23, has signed a five-year contract. ' +
      'The fee beats the £31 million the club paid for a central defender two years ago.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-37',
    style: 'business',
    phenomenon: 'film_crowdfunding,reward_based,backers,raises_verb_trap,no_company',
    title: 'Horror film “The Salt Marsh” raises $1.2 million from backers',
    text:
      '"The Salt Marsh", a horror film from the Glasgow director Morag Keir, has raised $1.2 million from 14,000 backers on the crowdfunding site Backerly, making it one of the platform’s most-funded films. ' +
      'Backers get rewards ranging from a digital copy of the film to a walk-on part. ' +
      'Keir said shooting would begin in March on the Solway coast.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-38',
    style: 'business',
    phenomenon: 'token_treasury,dao_vote,grants_budget_trap,stablecoins,background_round',
    title: 'Driftnet DAO votes to move $40 million of its treasury into stablecoins',
    text:
      'Holders of DRIFT, the governance token of the Driftnet lending protocol, voted on Sunday to convert $40 million of the DAO’s $210 million treasury into dollar-backed stablecoins. ' +
      'The proposal also sets aside $5 million for grants to developers building on the protocol. ' +
      'Driftnet Labs, the company that first built the protocol, raised $18 million from crypto investors in 2022.',
    kind: 'other',
    rounds: [],
    prior: ['Driftnet Labs'],
  },
  {
    id: 'ub10-39',
    style: 'business',
    phenomenon: 'venture_studio_launch,own_capital,no_outside_investors,per_company_budget_trap',
    title: 'Former founders launch Kettleworks, a venture studio with $50 million of their own',
    text:
      'Three founders who sold their companies in the past five years have launched Kettleworks, a Denver venture studio that will start and run its own climate-software companies. ' +
      'The studio is funded with $50 million of the founders’ own money and will not take outside investors, co-founder Priyanka Raman said. ' +
      'Kettleworks plans to start four companies a year and give each up to $2 million before they raise from venture firms.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-40',
    style: 'wire',
    phenomenon: 'rights_issue,listed_bank,existing_shareholders,discount,underwritten,state_shareholder_commitment,eur',
    text:
      'Nordhaven Bank launches €1.1bn rights issue to shore up capital\n\n' +
      'Nordhaven Bank said on Monday it would raise €1.1 billion through a rights issue, offering existing shareholders three new shares for every five they hold at a 35% discount to Friday’s closing price. ' +
      'The listed lender’s largest shareholder, a state-owned investment company, has committed to take up its full entitlement. ' +
      'The offer is fully underwritten by a group of banks.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-41',
    style: 'business',
    phenomenon: 'fund_close,above_target,lp_list,portfolio_rounds_background,led_seed_rounds',
    title: 'Sandpiper Capital closes $420M third fund for seed-stage fintech',
    text:
      'Sandpiper Capital, a San Francisco firm that backs fintech startups at seed and Series A, has closed its third fund at $420 million, above its $350 million target. ' +
      'Limited partners include two university endowments and a Canadian pension plan. ' +
      'From its previous fund, the firm led seed rounds in payroll startup Quillpay and insurer Harbourline.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Quillpay', 'Harbourline'],
  },
  {
    id: 'ub10-42',
    style: 'business',
    phenomenon: 'acquisition,earn_out,upfront_plus_contingent,target_earlier_round_with_lead,gbp,listed_buyer',
    title: 'Thornbury buys care-home scheduling startup Rotaly for up to £125m',
    text:
      'Listed HR software group Thornbury has agreed to buy Rotaly, a Leeds startup that builds shift-scheduling tools for care homes, for £85 million upfront plus an earn-out of up to £40 million tied to revenue targets over the next three years. ' +
      'Rotaly raised £22 million from investors including Kirkgate Capital, which led its Series A in 2024. ' +
      'The deal is expected to close in the first quarter.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Rotaly'],
  },
  {
    id: 'ub10-43',
    style: 'wire',
    phenomenon: 'merger_break_fee,termination_fee,blocked_takeover,payment_between_companies,cash_on_hand',
    text:
      'Marchetti Foods to pay $90 million break fee after regulators block Greystone deal\n\n' +
      'Marchetti Foods will pay Greystone Dairy a $90 million termination fee after competition regulators blocked its planned $2.3 billion takeover of the cheese maker, the companies said on Thursday. ' +
      'Marchetti said it would fund the payment from cash on hand. ' +
      'Greystone’s shares fell 12% in early trading.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-44',
    style: 'blog',
    phenomenon: 'predictions_column,unnamed_company,future_series_a,speculation,nzd,numbered_list',
    title: 'Three predictions for New Zealand tech in 2027',
    source: 'Aotearoa Tech Weekly',
    text:
      '1. At least one Auckland climate startup will announce a Series A of more than NZ$20 million next year. Several are out talking to Australian funds, and one founder told me a term sheet is close.\n\n' +
      '2. Government grant money for deep tech will shrink as the budget tightens.\n\n' +
      '3. Someone will finally list on the local exchange, and it will not be a software company.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub10-45',
    style: 'wire',
    phenomenon: 'direct_listing,no_new_shares,no_money_raised,last_private_round_background,cash_balance_trap',
    text:
      'Sketchlane to list on Nasdaq through direct listing\n\n' +
      'Sketchlane, the maker of whiteboard software for engineering teams, said on Monday it would list its shares on the Nasdaq through a direct listing next month, without selling new stock or raising money. ' +
      'The company was valued at $6.5 billion in its last private round, a $250 million Series E in 2024, and has about $700 million in cash. ' +
      'Existing shareholders will be able to sell on the first day of trading.',
    kind: 'ipo',
    rounds: [],
    prior: ['Sketchlane'],
  },
];
