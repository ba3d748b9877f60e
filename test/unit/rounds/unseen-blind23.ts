// A twenty-third blind set for funding-round extraction: invented (companies, people, investors, outlets
// and sentences made up for this project; only cities, countries, regions, exchanges and public bodies
// are real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates
// are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March 2026,
// "Tuesday" is the publish day, "January" and "February" are 2026, "last year", "last April" and "last
// June" are 2025, "the fourth quarter" is the last quarter of 2025.
// Theme: the financial press on private companies — wire services, business dailies and deal
// newsletters writing about late-stage and unusual financings, and about the many money events around
// private companies that are not rounds.
// Styles: short wire briefs (headline and two sentences: a Series C "according to two people familiar
// with the matter", a flat Series B "people briefed on the deal said", insider convertible notes "according
// to a regulatory filing", a Zurich Series B "first reported by the newsletter …" and confirmed, a seed
// at a pre-money valuation "according to documents seen by", a Series B extension, a lender's debt
// facility, a CHF seed, a CNY Series B "the company said"); longer business-page stories of five or six
// paragraphs (a therapy app's down round led by an existing investor, a London insurance-software bridge
// after abandoned Series C talks, an Indian Series C with separate venture debt, an oversubscribed and
// upsized Series A, an Abu Dhabi state investor's minority stake in a Dutch electrolyser maker, a Japanese
// trading house's strategic investment with a distribution deal, an Indian pre-IPO round, a Glasgow pet
// insurer's Series A with pre- and post-money values, a Singapore Series A that includes venture debt, a
// Tokyo 8 billion yen Series C, a Stockholm company's USD-first Series C confirming a report, a Tel Aviv
// insider-led Series B, a Bristol start-up's round found in Companies House filings); a deal newsletter's
// morning list of three rounds and a fund.
// Phenomena: rounds reported through sources, filings and documents, then confirmed; valuations pre- and
// post-money beside the amount ("a €500 million pre-money valuation", "pre-money valuation of £60m,
// giving … a post-money value of £78m", "at a valuation of about Rs 7,500 crore"); a down round ("less
// than half the $2.1 billion valuation"), a flat round, insider-led rounds ("led by its existing
// investor"); bridges, convertible notes and a convertible loan; SAFEs with a valuation cap; venture debt
// inside a round's total and venture debt raised separately; a Series B in three tranches ("with €35
// million paid in at closing"); an upsized round ("up from the $20 million it originally set out to
// raise"); an extension "bringing the round's total to $55 million" with the first part's lead named; a
// sovereign fund's and a trading house's single-investor stakes with no "led"; USD first for a European
// company ("$120 million (€110 million)"), local currency first with USD after ("Rs 900 crore ($108
// million)", "500 million yuan (about $69 million)"); amounts beside valuations, revenue, ARR, premiums,
// assets under management, deposits, loans made, payments processed, orders, grants, cash, cumulative
// totals, cheque sizes, capacity and earlier rounds of the same company; past abandoned talks inside a
// closed-round story; other companies' rounds as background. In-talks: "in talks … to raise new funding at
// a valuation of about $4 billion" with no amount and a lead that "would" lead; a UK Series B "expected to
// lead … likely to take part"; an Indian "in talks to raise about $100 million"; a Chinese "seeking to
// raise 1 billion yuan … No lead investor has been chosen"; a Munich "in advanced talks … bridge round".
// Distractors (every one with rounds: []): a tender offer for employees' shares (kind 'other'); early
// investors' secondary sale to a secondary fund (kind 'other'); a SPAC merger with a PIPE (kind 'ipo'); a
// private company's term-loan refinancing with no new money (kind 'other'); a London-listed company's
// share placing (kind 'other'); quarterly European VC statistics naming the quarter's five largest rounds
// (kind 'other'); a growth-equity firm's $2.4 billion fund close (kind 'fund_close'); a cash-and-stock
// acquisition of an Indian payroll startup (kind 'acquisition'); a Tokyo VC's 25 billion yen fund close
// (kind 'fund_close'); an Indian IPO with anchor investors and an offer for sale (kind 'ipo'); a company's
// denial of a report that it was raising (kind 'other'); a carmaker's supply deal with a battery startup
// that "does not include an investment" (kind 'other'); a Shanghai STAR Market IPO (kind 'ipo'); an
// all-cash acquisition of a Singapore analytics company (kind 'acquisition'); a mutual fund's markdown of
// its stake in a private company (kind 'other').
// Conventions (those of checks.ts, unseen-blind14.ts and unseen-blind20.ts): company as the text's body
// names it; amount in the currency first stated for the round itself, never the valuation (ISO code
// when not USD): "$120 million (€110 million)" is 1.2e8 USD, "Rs 320 crore" 3.2e9 INR, "Rs 900 crore ($108
// million)" 9e9 INR, "500 million yuan (about $69 million)" 5e8 CNY, "8 billion yen" 8e9 JPY, "S$2.5
// million" 2.5e6 SGD, "£12m" 1.2e7 GBP, "CHF 45 million" 4.5e7 CHF. `lead` only where the text says who
// led or co-led (in talks: who is "expected to lead", "would lead" or "would be led by"; `lead: []` where
// "no lead investor has been chosen"); `other` for named participants, including named angels, public
// bodies (Bpifrance), a venture-debt lender inside a round's total, a single investor that the text does
// not say led (a state investor's minority stake, a trading house's strategic investment), shareholders
// named in filings as buying new shares, and, in talks, an existing investor "likely to take part" or
// "likely to participate". Round types: a stage-less "new funding round", a bridge round (also one made
// as a convertible loan), convertible notes, a pre-IPO round and "new funding" found in filings are
// 'unknown'; a round raised on SAFEs and called pre-seed is 'pre_seed'; an extension is 'extension' and is
// labelled at the money added ($15 million), not the round's new total ($55 million); a state investor's
// minority stake and a trading house's strategic investment are 'strategic' (an agreed investment counts
// as a round); a lender's debt facility is 'debt', with its lead where the text says it led; venture debt
// raised separately beside an equity round is a second round of type 'debt' with the lender in `other`,
// while venture debt inside a round's stated total ("a S$30 million Series A round that includes S$5
// million of venture debt") is one round at the total; a tranched round is labelled at its full amount
// (€90 million), not the tranche paid at closing; an upsized round at its final size; a round reported as
// done by people familiar with it, or found in documents or filings, is 'round'. An in-talks text with
// no amount has `amount: null`. A tender offer, a secondary sale and a fund's markdown are not rounds (no
// new shares, no money to the company); a SPAC merger is kind 'ipo' and its PIPE is part of the listing,
// not a private round; anchor investors in an IPO are part of the IPO; a listed company's placing of new
// shares is kind 'other'; a refinancing that raises no new money is 'other'; a company's denial that it is
// raising is 'other'; a supply contract without an investment is 'other'. `prior` lists the other
// companies whose financing a text mentions as background and, in distractors, the text's own company
// where its rounds, IPO proceeds or earlier funding are mentioned; a labelled company's own earlier rounds
// are not listed. Labelled by hand; a reader of each text should agree with every label.
// First look (2026-12-07 14:01, no rule changed for it; measured after the fixes for unseen-blind21.ts
// and unseen-blind22.ts): company F1 0.957 (P 0.92 / R 1.00), amount 100 %, type 92.0 %, lead F1
// 0.945, 3 false rounds (a rival's round told for comparison, a denied report of talks, a loan of
// last year). After the fixes (blind23-ways.test.ts): see README Quality. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND23: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub23-01',
    style: 'wire',
    phenomenon: 'wire_brief,people_familiar_with_the_matter,post_money_valuation_trap,declined_to_comment,series_c',
    title: 'Freight-payments firm Corvane raises $140 million at $1.6 billion valuation, sources say',
    source: 'Amberley Wire',
    text:
      'Corvane, a San Francisco company that settles payments between shippers and trucking carriers, has raised $140 million in a Series C round led by Halvard Peak Partners, according to two people familiar with the matter.\n\n' +
      'The financing values Corvane at $1.6 billion including the new capital, one of the people said, asking not to be identified because the terms are private. Corvane and Halvard Peak declined to comment.',
    kind: 'round',
    rounds: [{ company: 'Corvane', amount: 140e6, roundType: 'series_c', lead: ['Halvard Peak Partners'] }],
  },
  {
    id: 'ub23-02',
    style: 'business',
    phenomenon:
      'business_page,down_round,insider_led,led_by_existing_investor,new_funding_round_no_stage,valuation_trap,earlier_series_c_same_company,revenue_trap,cash_trap,rival_background_round,unknown_type',
    title: 'Halcyra takes a haircut: therapy app raises $85 million at less than half its 2021 price',
    source: 'The Capital Register',
    text:
      'Halcyra, the New York-based app that matches people with licensed therapists for video sessions, has raised $85 million in a new funding round that values it at $900 million, less than half the $2.1 billion valuation it commanded in 2021.\n\n' +
      'The round was led by existing investor Garnet Ridge Capital, which also led Halcyra’s $150 million Series C in 2021. Tenfold Bay Partners, a new backer, joined, and several earlier investors put in smaller amounts, chief executive Odile Brannigan said in an interview.\n\n' +
      '“We chose to take the lower number and stop arguing with the market,” Brannigan said. “Our revenue is three times what it was in 2021. Our valuation is not.” Halcyra expects revenue of about $210 million this year and says it has been profitable on an operating basis since the third quarter of 2025.\n\n' +
      'Down rounds have become common among the digital-health companies that raised at peak prices. Rival Softstep Health raised $40 million last year at a valuation roughly 60% below that of its previous round, and Mendwell, which offers group therapy online, was sold to an insurer in January after failing to find new investors.\n\n' +
      'The new money will pay for an expansion of Halcyra’s psychiatry service, which prescribes medication, into 12 more states, and for a push to sign up employers, which now account for a third of its revenue.\n\n' +
      'Garnet Ridge partner Lucas Ferreira-Quint said his firm had “underwritten this as a new investment, not a rescue.” Halcyra had about $60 million of cash before the round, the company said.',
    kind: 'round',
    rounds: [
      {
        company: 'Halcyra',
        amount: 85e6,
        roundType: 'unknown',
        lead: ['Garnet Ridge Capital'],
        other: ['Tenfold Bay Partners'],
      },
    ],
    prior: ['Softstep Health'],
  },
  {
    id: 'ub23-03',
    style: 'wire',
    phenomenon: 'wire_brief,flat_round,people_briefed_on_the_deal,co_led_by,pre_money_valuation_trap,eur,series_b',
    title: 'Kaskadia raises €60 million at flat valuation, people briefed say',
    source: 'Northgate Markets Wire',
    text:
      'Berlin-based Kaskadia, which makes control software for grid-scale batteries, has raised €60 million in a Series B round co-led by Spreebogen Capital and Vantreel Partners, people briefed on the deal said on Monday.\n\n' +
      'The round was priced at a €500 million pre-money valuation, the same valuation Kaskadia was given in its Series A in 2024, the people said. A Kaskadia spokeswoman confirmed the amount but not the valuation.',
    kind: 'round',
    rounds: [
      {
        company: 'Kaskadia',
        amount: 60e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Spreebogen Capital', 'Vantreel Partners'],
      },
    ],
  },
  {
    id: 'ub23-04',
    style: 'business',
    phenomenon:
      'business_page,bridge_round,convertible_loan,insider_led,abandoned_series_c_talks_trap,premiums_trap,earlier_series_b_same_company,rival_background_round,gbp,unknown_type',
    title: 'Quaystone shelves Series C plans and takes £12m bridge from existing backers',
    source: 'Harbourside Business Daily',
    text:
      'Quaystone, the London software company that prices specialty insurance for underwriters in the City, has raised £12m in a bridge round from its existing shareholders after deciding to put off a larger fundraising until next year.\n\n' +
      'The bridge was led by Fenmoor Capital, Quaystone’s largest investor, with Ardlow Ventures and Skelton Bridge Partners also taking part. It was structured as a convertible loan that will turn into shares at a 20pc discount to the price of the company’s next priced round.\n\n' +
      'Quaystone held talks with investors in the autumn about a Series C of as much as £40m, according to two people familiar with the discussions, but executives concluded that the valuations on offer undervalued the business. Chief executive Harriet Oyelaran declined to discuss the talks.\n\n' +
      '“This money gives us 30 months of runway, and we would rather raise the C from a position where nobody can argue with the numbers,” she said. Premiums priced on Quaystone’s platform rose to £1.9bn last year from £1.1bn in 2024.\n\n' +
      'The company last raised a £28m Series B in 2023, led by Ardlow Ventures. Its closest rival, Tilbury Risk Systems, raised $55m in January in a round led by the US growth investor Overbrook Field.',
    kind: 'round',
    rounds: [
      {
        company: 'Quaystone',
        amount: 12e6,
        currency: 'GBP',
        roundType: 'unknown',
        lead: ['Fenmoor Capital'],
        other: ['Ardlow Ventures', 'Skelton Bridge Partners'],
      },
    ],
    prior: ['Tilbury Risk Systems'],
  },
  {
    id: 'ub23-05',
    style: 'wire',
    phenomenon:
      'wire_brief,convertible_notes,from_existing_investors,regulatory_filing_source,earlier_series_b_same_company,unknown_type',
    title: 'Hearing-implant maker Auralith raises $25 million in convertible notes from insiders',
    source: 'Amberley Wire',
    text:
      'Auralith, a Boston maker of implantable hearing devices, has raised $25 million in convertible notes from existing investors, according to a regulatory filing and a person familiar with the financing.\n\n' +
      'The notes were led by Cobbler Hill Ventures and will convert into shares in the company’s next equity round, the person said. Auralith raised a $70 million Series B in 2023.',
    kind: 'round',
    rounds: [{ company: 'Auralith', amount: 25e6, roundType: 'unknown', lead: ['Cobbler Hill Ventures'] }],
  },
  {
    id: 'ub23-06',
    style: 'business',
    phenomenon:
      'singapore_outlet,safe,valuation_cap_trap,named_angel_participant,investor_introduced_by_city,commission_trap,pallets_trap,sgd,pre_seed',
    title: 'Tanjong Loop raises S$2.5m on SAFEs to build a cold-chain marketplace',
    source: 'Asia Private Capital Brief',
    text:
      'Singapore-based Tanjong Loop, which matches importers of chilled and frozen food with spare space in refrigerated warehouses, has raised S$2.5 million in a pre-seed round led by Kallang Basin Ventures.\n\n' +
      'The round was raised on SAFEs (simple agreements for future equity) with a valuation cap of S$18 million, co-founder Charmaine Teo said. Angel investor Rajesh Pillay-Tan, a former cold-storage operator, and Johor-based Tebrau Angels also invested.\n\n' +
      'Tanjong Loop says 40,000 pallet positions are listed on its platform across Singapore and Malaysia, and it takes a 6% commission on each booking.',
    kind: 'round',
    rounds: [
      {
        company: 'Tanjong Loop',
        amount: 2.5e6,
        currency: 'SGD',
        roundType: 'pre_seed',
        lead: ['Kallang Basin Ventures'],
        other: ['Rajesh Pillay-Tan', 'Tebrau Angels'],
      },
    ],
  },
  {
    id: 'ub23-07',
    style: 'business',
    phenomenon:
      'indian_outlet,rs_crore,venture_debt_beside_equity,two_rounds_same_company,filings_source,post_money_valuation_trap,tonnes_trap,revenue_trap,earlier_series_b_same_company,rival_background_round,inr,series_c,debt',
    title: 'Dhanvi Logistics raises Rs 320 crore in Series C, adds Rs 60 crore in venture debt',
    source: 'Mumbai Deal Desk',
    text:
      'Bengaluru-based Dhanvi Logistics, which runs a network of mid-mile trucking hubs for e-commerce companies, has raised Rs 320 crore in a Series C round led by Singapore-based Orchard Line Capital.\n\n' +
      'Existing investors Kaveri Growth Fund and Hampi Ventures also participated in the round, which values the company at about Rs 2,400 crore post-money, according to regulatory filings accessed by Mumbai Deal Desk.\n\n' +
      'Separately, the company has raised Rs 60 crore in venture debt from Tungabhadra Credit, co-founder and CEO Vikram Sethuraman said. The debt will be used to buy 300 electric trucks, while the equity will fund new hubs in Nagpur and Guwahati.\n\n' +
      'Dhanvi moved 1.1 lakh tonnes of freight in FY25 and reported revenue of Rs 410 crore. It raised Rs 150 crore in a Series B led by Kaveri Growth Fund in 2023.\n\n' +
      'Mid-mile logistics has drawn investor interest this year: Pune-based rival Relaypath raised $22 million in January.',
    kind: 'round',
    rounds: [
      {
        company: 'Dhanvi Logistics',
        amount: 3.2e9,
        currency: 'INR',
        roundType: 'series_c',
        lead: ['Orchard Line Capital'],
        other: ['Kaveri Growth Fund', 'Hampi Ventures'],
      },
      { company: 'Dhanvi Logistics', amount: 6e8, currency: 'INR', roundType: 'debt', other: ['Tungabhadra Credit'] },
    ],
    prior: ['Relaypath'],
  },
  {
    id: 'ub23-08',
    style: 'wire',
    phenomenon:
      'wire_brief,tranched_round,paid_in_at_closing_trap,public_body_participant,existing_investor_participating,drug_code_name,eur,series_b',
    title: 'Oriflamme Therapeutics raises €90 million Series B in three tranches',
    source: 'Seine Capital Wire',
    text:
      'Paris-based Oriflamme Therapeutics, which is developing antibody drugs for inflammatory bowel disease, said on Tuesday it had raised €90 million in a Series B financing to be paid in three tranches tied to clinical milestones, with €35 million paid in at closing.\n\n' +
      'The round was led by Garonne Life Sciences, with Bpifrance, Loire Valley Bio Partners and existing investor Cévennes Capital participating. The company plans to start a phase 2 trial of its lead drug, ORF-201, in 2027.',
    kind: 'round',
    rounds: [
      {
        company: 'Oriflamme Therapeutics',
        amount: 90e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Garonne Life Sciences'],
        other: ['Bpifrance', 'Loire Valley Bio Partners', 'Cévennes Capital'],
      },
    ],
  },
  {
    id: 'ub23-09',
    style: 'business',
    phenomenon:
      'business_page,oversubscribed,upsized_round,original_target_trap,x_led_the_round_sentence,unnamed_utility_investors,unit_price_trap,industry_spend_trap,earlier_seed_same_company,series_a',
    title: 'Grid-sensor startup Tessel Grid upsizes Series A to $32 million as investors pile in',
    source: 'The Capital Register',
    text:
      'Tessel Grid, an Austin company that clips sensors onto power lines to spot faults before they start wildfires, has closed a $32 million Series A round, up from the $20 million it originally set out to raise.\n\n' +
      'The round was oversubscribed, chief executive Amara Lindqvist said, and the company chose to take more money rather than turn away the venture arms of utilities. Bramblecote Ventures led the round. Pecos Energy Ventures and Caddo Lake Capital joined, as did the venture arms of two utilities the company declined to name.\n\n' +
      'Tessel Grid has installed 14,000 sensors along 3,200 miles of line for five utilities in Texas, California and Oregon. Each sensor costs about $900, and the company charges utilities an annual monitoring fee.\n\n' +
      'Wildfire liability has pushed utilities to spend heavily on hardening their grids; one California utility has set aside $8 billion to move lines underground through 2030.\n\n' +
      'Tessel Grid raised a $6 million seed round in 2024, led by Caddo Lake Capital.',
    kind: 'round',
    rounds: [
      {
        company: 'Tessel Grid',
        amount: 32e6,
        roundType: 'series_a',
        lead: ['Bramblecote Ventures'],
        other: ['Pecos Energy Ventures', 'Caddo Lake Capital'],
      },
    ],
  },
  {
    id: 'ub23-10',
    style: 'wire',
    phenomenon: 'wire_brief,confirmed_after_newsletter_report,existing_investors_taking_part,chf,series_b',
    title: 'Lumara Robotics confirms CHF 45 million Series B',
    source: 'Limmat Finance Ticker',
    text:
      'Zurich-based Lumara Robotics confirmed on Monday that it has raised CHF 45 million in a Series B round, a financing first reported by the newsletter Alpine Deal Notes in February.\n\n' +
      'The round was led by Sihl Valley Growth Partners, with existing investors Uetliberg Capital and Rigi Ventures also taking part. Lumara builds robotic arms that pick orders in hospital pharmacies.',
    kind: 'round',
    rounds: [
      {
        company: 'Lumara Robotics',
        amount: 45e6,
        currency: 'CHF',
        roundType: 'series_b',
        lead: ['Sihl Valley Growth Partners'],
        other: ['Uetliberg Capital', 'Rigi Ventures'],
      },
    ],
  },
  {
    id: 'ub23-11',
    style: 'business',
    phenomenon:
      'business_page,sovereign_fund_minority_stake,investor_named_first,single_investor_no_led,agreed_to_invest,post_money_valuation_trap,gigawatts_trap,headcount_trap,earlier_series_c_same_company,other_company_background_round,eur,strategic',
    title: 'Abu Dhabi state investor takes stake in Dutch electrolyser maker Veridane',
    source: 'Harbourside Business Daily',
    text:
      'Ghantoot Strategic Capital, a state-owned investment company in Abu Dhabi, has agreed to invest €150 million in Veridane Hydrogen, a privately held Dutch maker of electrolysers, for a minority stake of about 15%.\n\n' +
      'The investment, which values Veridane at roughly €1 billion after the deal, comes with an agreement to study building an electrolyser factory in the United Arab Emirates, Veridane chief executive Joost van Eerde said. Ghantoot will get one seat on the board.\n\n' +
      'Veridane, based in Eindhoven, has orders for 1.4 gigawatts of electrolysers, most of them from European steelmakers and refiners. It employs 620 people.\n\n' +
      'The company raised €210 million in a Series C led by the Dutch pension investor Polderkant Pensioen Capital in 2024. Existing shareholders did not invest in the new round, van Eerde said.\n\n' +
      'Gulf state investors have become frequent backers of European clean-energy companies. In October, Saudi-backed Nakhil Energy Partners led a $90 million investment in the Spanish solar-tracker maker Solmeda.',
    kind: 'round',
    rounds: [
      {
        company: 'Veridane Hydrogen',
        amount: 150e6,
        currency: 'EUR',
        roundType: 'strategic',
        other: ['Ghantoot Strategic Capital'],
      },
    ],
    prior: ['Solmeda'],
  },
  {
    id: 'ub23-12',
    style: 'business',
    phenomenon:
      'japanese_business_paper,corporate_strategic_investment,commercial_agreement,order_value_trap,third_party_allotment,cumulative_total_trap,ipo_plan_trap,stores_trap,jpy,strategic',
    title: 'Shirogane Shoji to invest 3 billion yen in robot maker Kirameki Dynamics, signs distribution deal',
    source: 'Tokyo Business Bulletin',
    text:
      'Trading house Shirogane Shoji said on Monday it would make a 3 billion yen strategic investment in Kirameki Dynamics, an Osaka-based startup that makes robots for stocking convenience-store shelves, and would distribute its robots in Southeast Asia.\n\n' +
      'Under the commercial agreement, Shirogane has committed to order 500 robots over three years, a contract Kirameki valued at about 4 billion yen. Shirogane will acquire newly issued shares through a third-party allotment and will hold about 12% of the company.\n\n' +
      'Kirameki has raised 5.5 billion yen in total including the new investment, chief executive Haruto Nishiyama said. Its robots are used in 1,100 stores in Japan.\n\n' +
      'The company plans to list on the Tokyo Stock Exchange’s Growth market within three years.',
    kind: 'round',
    rounds: [
      {
        company: 'Kirameki Dynamics',
        amount: 3e9,
        currency: 'JPY',
        roundType: 'strategic',
        other: ['Shirogane Shoji'],
      },
    ],
  },
  {
    id: 'ub23-13',
    style: 'roundup',
    phenomenon:
      'deal_newsletter,three_rounds_one_text,bullet_items,x_led_short_form,co_led_by,fund_close_item_trap,users_trap,invoices_audited_trap,eur,gbp,series_a,seed,series_b',
    title: 'Private Markets Dispatch: Tuesday’s deals',
    source: 'Private Markets Dispatch',
    text:
      'Good morning. Three deals and a fund today.\n\n' +
      '• Ferncastle, a Dublin company whose software files taxes for small landlords, raised €14 million in a Series A led by Liffey Bank Ventures. Existing investor Howth Capital also took part. The company says 38,000 landlords use it.\n\n' +
      '• Edinburgh-based Thistlebrook Bio raised £9.5 million in seed funding co-led by Salisbury Crags Capital and Leith Docks Ventures to develop enzymes that break down plastic packaging for recycling.\n\n' +
      '• Calliope Freight, a Chicago freight-audit platform, closed a $41 million Series B. Lakeshore Meridian led; Wabash Partners and Kinzie Street Capital participated. Calliope audited $6 billion of freight invoices last year.\n\n' +
      '• Fund: Denver-based Front Range Growth closed its third fund at $310 million, above its $250 million target.',
    kind: 'round',
    rounds: [
      {
        company: 'Ferncastle',
        amount: 14e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Liffey Bank Ventures'],
        other: ['Howth Capital'],
      },
      {
        company: 'Thistlebrook Bio',
        amount: 9.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Salisbury Crags Capital', 'Leith Docks Ventures'],
      },
      {
        company: 'Calliope Freight',
        amount: 41e6,
        roundType: 'series_b',
        lead: ['Lakeshore Meridian'],
        other: ['Wabash Partners', 'Kinzie Street Capital'],
      },
    ],
  },
  {
    id: 'ub23-14',
    style: 'wire',
    phenomenon:
      'wire_brief,cny_first_with_usd_conversion,unnamed_government_fund_participant,existing_backer,revenue_yuan_trap,series_b',
    title: 'Shenzhen drone-inspection firm Fenghuo Technology raises 500 million yuan in Series B',
    source: 'Pearl River Capital Wire',
    text:
      'Fenghuo Technology, a Shenzhen company that uses drones to inspect power lines and wind turbines, has raised 500 million yuan (about $69 million) in a Series B round led by Lianhua Growth Capital, the company said on Tuesday.\n\n' +
      'A fund backed by the Shenzhen municipal government also invested, as did existing backer Nanshan Horizon Ventures. Fenghuo said its revenue more than doubled last year to 380 million yuan.',
    kind: 'round',
    rounds: [
      {
        company: 'Fenghuo Technology',
        amount: 5e8,
        currency: 'CNY',
        roundType: 'series_b',
        lead: ['Lianhua Growth Capital'],
        other: ['Nanshan Horizon Ventures'],
      },
    ],
  },
  {
    id: 'ub23-15',
    style: 'business',
    phenomenon:
      'indian_outlet,pre_ipo_round,rs_crore_with_usd_conversion,valuation_crore_trap,aum_trap,profit_trap,ipo_plan_trap,other_company_pre_ipo_placement,earlier_series_c_same_company,inr,unknown_type',
    title: 'Sahyadri Money raises Rs 900 crore in pre-IPO round ahead of planned listing',
    source: 'Mumbai Deal Desk',
    text:
      'Mumbai-based wealth-management platform Sahyadri Money has raised Rs 900 crore ($108 million) in a pre-IPO round led by Koyna Capital Partners, at a valuation of about Rs 7,500 crore, the company said on Monday.\n\n' +
      'Marine Drive Family Office and existing investor Konkan Coast Ventures also participated in the round. The company plans to file its draft red herring prospectus with the Securities and Exchange Board of India by June and to list on the NSE and BSE later this year.\n\n' +
      'Sahyadri Money manages Rs 38,000 crore in client assets, up from Rs 21,000 crore a year ago, and has 1.2 million active clients, most of them outside the metros. It reported a profit of Rs 64 crore in FY25.\n\n' +
      'Pre-IPO rounds have become a common way for Indian startups to set a price before listing. Last month, Chennai-based Marina Pay raised Rs 400 crore in a pre-IPO placement ahead of its own offering.\n\n' +
      'Sahyadri Money last raised $40 million in a Series C in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Sahyadri Money',
        amount: 9e9,
        currency: 'INR',
        roundType: 'unknown',
        lead: ['Koyna Capital Partners'],
        other: ['Marine Drive Family Office', 'Konkan Coast Ventures'],
      },
    ],
    prior: ['Marina Pay'],
  },
  {
    id: 'ub23-16',
    style: 'wire',
    phenomenon: 'wire_brief,common_word_name,documents_seen_by,pre_money_valuation_trap,founder_confirmed,seed',
    title: 'Lease-review startup Bylaw raises $8 million seed at $32 million pre-money',
    source: 'Lattice Deal Letter',
    text:
      'Bylaw, a New York startup building AI software that reviews commercial leases, has raised $8 million in a seed round at a $32 million pre-money valuation, according to documents seen by Lattice Deal Letter.\n\n' +
      'The round was led by Stonecrop Ventures, the documents show. Bylaw co-founder Nadia Okafor-Reyes confirmed the raise but declined to discuss terms.',
    kind: 'round',
    rounds: [{ company: 'Bylaw', amount: 8e6, roundType: 'seed', lead: ['Stonecrop Ventures'] }],
  },
  {
    id: 'ub23-17',
    style: 'business',
    phenomenon:
      'uk_business_page,common_word_name,pre_and_post_money_trap,person_with_knowledge_of_terms,followed_on,angel_syndicate_participant,premiums_trap,rival_background_round,acquisition_background_trap,gbp,series_a',
    title: 'Kelpie raises £18m as investors pay up for pet-insurance upstart',
    source: 'The Marlow Business Review',
    text:
      'Kelpie, a Glasgow-based pet insurer that sells policies through veterinary practices, has raised £18m in a Series A round led by Kelvingrove Partners.\n\n' +
      'The round was priced at a pre-money valuation of £60m, giving Kelpie a post-money value of £78m, according to a person with knowledge of the terms. Existing investors Clydeside Seed and the angel syndicate Merchant City Angels followed on.\n\n' +
      'Kelpie wrote £44m of gross premiums last year and says its claims are settled in two days on average because vets submit them directly. Its policies are underwritten by a specialist insurer it does not name.\n\n' +
      'Chief executive Fiona MacAskill said the money would pay for an expansion into Ireland and a move into insurance for horses. “Every practice we sign brings in another few hundred customers,” she said.\n\n' +
      'The UK pet-insurance market has drawn a string of new entrants. London-based Scruff Insurance raised £30m last year, while Bristol’s Barkley Cover was bought by a listed insurer for £55m in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Kelpie',
        amount: 18e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Kelvingrove Partners'],
        other: ['Clydeside Seed', 'Merchant City Angels'],
      },
    ],
    prior: ['Scruff Insurance'],
  },
  {
    id: 'ub23-18',
    style: 'wire',
    phenomenon:
      'wire_brief,extension_of_series_b,led_by_existing_investor,round_total_trap,first_close_lead_trap,acres_trap,extension',
    title: 'Seattle’s Rainshadow adds $15 million to its Series B',
    source: 'Northgate Markets Wire',
    text:
      'Rainshadow, a Seattle company that sells software for managing irrigation on large farms, has added $15 million to its Series B in an extension led by existing investor Palouse Ridge Capital, bringing the round’s total to $55 million.\n\n' +
      'The company raised the first $40 million of the Series B in September, in a round led by Cascadia Row Ventures, and has since signed contracts covering 2 million acres in Washington, Idaho and California, it said.',
    kind: 'round',
    rounds: [{ company: 'Rainshadow', amount: 15e6, roundType: 'extension', lead: ['Palouse Ridge Capital'] }],
  },
  {
    id: 'ub23-19',
    style: 'business',
    phenomenon:
      'singapore_outlet,venture_debt_inside_round_total,equity_portion_was_led_by,debt_provider_in_other,investor_introduced_by_city,tonnes_trap,earlier_seed_same_company,sgd,series_a',
    title: 'Singapore fish farmer Pelagia raises S$30 million Series A including venture debt',
    source: 'Asia Private Capital Brief',
    text:
      'Pelagia, a Singapore-based company that raises grouper and barramundi in closed tanks at sea, has raised S$30 million in a Series A round that includes S$5 million of venture debt from Bukit Timah Venture Lending.\n\n' +
      'The equity portion was led by Sentosa Blue Capital, with participation from Jakarta-based Sunda Strait Ventures and existing investor Changi Seed Partners.\n\n' +
      'Pelagia produces 1,200 tonnes of fish a year at its first site, off Pulau Semakau, and plans a second site in the Riau Islands with capacity for 4,000 tonnes.\n\n' +
      'The company raised S$6 million in seed funding in 2023. Its chief executive, Lim Wei Ling, said it expects to be profitable by 2028.',
    kind: 'round',
    rounds: [
      {
        company: 'Pelagia',
        amount: 30e6,
        currency: 'SGD',
        roundType: 'series_a',
        lead: ['Sentosa Blue Capital'],
        other: ['Sunda Strait Ventures', 'Changi Seed Partners', 'Bukit Timah Venture Lending'],
      },
    ],
  },
  {
    id: 'ub23-20',
    style: 'wire',
    phenomenon: 'wire_brief,debt_facility,facility_led_by,bank_participating,loans_made_trap,earlier_series_b_same_company,debt',
    title: 'Pharmacy lender Tallyford secures $200 million credit facility',
    source: 'Amberley Wire',
    text:
      'Tallyford, a Charlotte, North Carolina, company that makes working-capital loans to independent pharmacies, has secured a $200 million debt facility to fund its loan book, it said on Monday.\n\n' +
      'The facility was led by Kestrel Credit Partners, with Piedmont Trust Bank participating. Tallyford has lent more than $1.3 billion since 2020 and last raised equity in a $30 million Series B in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Tallyford',
        amount: 200e6,
        roundType: 'debt',
        lead: ['Kestrel Credit Partners'],
        other: ['Piedmont Trust Bank'],
      },
    ],
  },
  {
    id: 'ub23-21',
    style: 'business',
    phenomenon:
      'japanese_business_paper,people_familiar_then_confirmed,yen_billions,valuation_trap,arr_trap,customers_trap,national_statistics_trap,other_company_largest_round,earlier_series_b_same_company,jpy,series_c',
    title: 'Accounting-software firm Hoshizora raises 8 billion yen in one of Japan’s largest startup rounds',
    source: 'Tokyo Business Bulletin',
    text:
      'Hoshizora, a Tokyo-based company that provides accounting and payroll software to small businesses, has raised 8 billion yen in a Series C round, people familiar with the matter said, one of the largest private fundraisings by a Japanese startup this year.\n\n' +
      'The round was led by Singapore-based growth investor Straits Meridian Partners, with participation from Sumida River Capital and existing investor Asakusa Ventures. The company confirmed the amount on Tuesday but did not disclose its valuation, which the people put at about 120 billion yen.\n\n' +
      'Hoshizora has 310,000 paying business customers and annual recurring revenue of 9.6 billion yen, it said. It plans to use the money to move into invoice financing, which would put it in competition with regional banks.\n\n' +
      'Japanese startups raised about 780 billion yen last year, according to the data provider Kabuto Insight, roughly flat with 2024. Large late-stage rounds remain rare; the biggest last year was a 15 billion yen round for Tsubasa Logistics.\n\n' +
      'Hoshizora raised 3.5 billion yen in its Series B in 2023.',
    kind: 'round',
    rounds: [
      {
        company: 'Hoshizora',
        amount: 8e9,
        currency: 'JPY',
        roundType: 'series_c',
        lead: ['Straits Meridian Partners'],
        other: ['Sumida River Capital', 'Asakusa Ventures'],
      },
    ],
    prior: ['Tsubasa Logistics'],
  },
  {
    id: 'ub23-22',
    style: 'wire',
    phenomenon:
      'usd_first_with_eur_conversion,european_company,confirming_report,reported_valuation_trap,payments_sek_trap,earlier_series_b_eur_same_company,diacritic_investor,series_c',
    title: 'Stockholm’s Fjällmark raises $120 million, confirming report',
    source: 'Northgate Markets Wire',
    text:
      'Fjällmark, a Stockholm-based company that runs a payments and expense platform for construction firms, said on Tuesday it had raised $120 million (€110 million) in a Series C round led by US investor Greywater Crossing, confirming a report last week by the Swedish business site Kungsholmen Kapital.\n\n' +
      'Existing investors Mälaren Ventures and Gotland Growth also participated. The company did not disclose its valuation; Kungsholmen Kapital had reported that the round valued Fjällmark at about $1 billion.\n\n' +
      'Fjällmark processes about 40 billion Swedish kronor in payments a year for 5,000 construction companies in the Nordics and Germany. It raised a €35 million Series B in 2024.',
    kind: 'round',
    rounds: [
      {
        company: 'Fjällmark',
        amount: 120e6,
        roundType: 'series_c',
        lead: ['Greywater Crossing'],
        other: ['Mälaren Ventures', 'Gotland Growth'],
      },
    ],
  },
  {
    id: 'ub23-23',
    style: 'business',
    phenomenon:
      'business_page,insider_led,led_by_its_existing_investor,new_investor_joined,earlier_series_a_lead_participating,term_sheets_trap,sites_trap,headcount_trap,national_statistics_trap,other_company_background_round,series_b',
    title: 'Israeli cyber firm Shomera raises $45 million in round led by existing investor',
    source: 'The Capital Register',
    text:
      'Shomera, a Tel Aviv-based company whose software detects attacks on the control systems of water and power plants, has raised $45 million in a Series B round led by its existing investor Carmel Ridge Ventures.\n\n' +
      'New investor Jaffa Gate Capital joined the round, along with Yarkon Partners, which led Shomera’s $14 million Series A in 2024. The company did not disclose its valuation.\n\n' +
      'Rounds led by insiders, in which existing backers set the price rather than a new lead investor, are often read as a sign that a company could not attract outside interest at the valuation it wanted. Chief executive Tamar Ben-Ami rejected that reading. “We had two term sheets from outside funds. Carmel Ridge offered the best terms and knows the business,” she said.\n\n' +
      'Shomera says its software runs at 240 utility sites in Israel, Europe and the United States and that its revenue tripled last year, without giving figures. It has 130 employees, most of them in Tel Aviv.\n\n' +
      'Investment in Israeli cybersecurity startups rose to $4.1 billion last year, according to a report by the Herzliya-based research firm Kinneret Data, with the largest rounds going to cloud-security companies such as Ofek Cloud, which raised $250 million in November.',
    kind: 'round',
    rounds: [
      {
        company: 'Shomera',
        amount: 45e6,
        roundType: 'series_b',
        lead: ['Carmel Ridge Ventures'],
        other: ['Jaffa Gate Capital', 'Yarkon Partners'],
      },
    ],
    prior: ['Ofek Cloud'],
  },
  {
    id: 'ub23-24',
    style: 'business',
    phenomenon:
      'uk_business_page,companies_house_filings,no_lead_named,shareholders_named_in_filings,declined_to_comment,earlier_grant_same_company,capacity_tonnes_trap,rival_background_round,gbp,unknown_type',
    title: 'Battery-recycling start-up Cinderford raised £6.4m, filings show',
    source: 'Harbourside Business Daily',
    text:
      'Cinderford Materials, a Bristol-based start-up that recovers lithium and cobalt from used electric-car batteries, has raised £6.4m in new funding, according to filings at Companies House.\n\n' +
      'The filings, which record an allotment of new shares in February, list Severnside Ventures and Avon Gorge Capital among the shareholders that bought new stock. They do not say who led the round, and Cinderford declined to comment.\n\n' +
      'The company, spun out of a university laboratory in 2022, received a £1.2m Innovate UK grant in 2024 to build a pilot plant in Avonmouth that can process 500 tonnes of battery packs a year.\n\n' +
      'UK battery recyclers have struggled to raise money as electric-car sales grew more slowly than expected. Sheffield-based Redcoil Recycling raised £20m last year but cut a third of its staff in January.',
    kind: 'round',
    rounds: [
      {
        company: 'Cinderford Materials',
        amount: 6.4e6,
        currency: 'GBP',
        roundType: 'unknown',
        other: ['Severnside Ventures', 'Avon Gorge Capital'],
      },
    ],
    prior: ['Redcoil Recycling'],
  },
  {
    id: 'ub23-25',
    style: 'wire',
    phenomenon: 'wire_brief,chf,seed_funding_led_by,diacritic_investor,unnamed_university_fund,satellite_cost_trap,seed',
    title: 'Geneva’s Altipiano Orbital raises CHF 7.5 million seed for methane tracking',
    source: 'Limmat Finance Ticker',
    text:
      'Altipiano Orbital, a Geneva start-up that analyses satellite images to find methane leaks at gas facilities, has raised CHF 7.5 million in seed funding led by Léman Deep Tech Fund.\n\n' +
      'Existing backers Salève Angels and the technology-transfer fund of a Swiss university, which the company declined to name, also took part. The money will pay for a first satellite of its own, due to launch in 2027 at a cost of about CHF 4 million.',
    kind: 'round',
    rounds: [
      {
        company: 'Altipiano Orbital',
        amount: 7.5e6,
        currency: 'CHF',
        roundType: 'seed',
        lead: ['Léman Deep Tech Fund'],
        other: ['Salève Angels'],
      },
    ],
  },

  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub23-26',
    style: 'wire',
    phenomenon:
      'wire_brief,in_talks_at_valuation,no_amount,round_would_be_led_by,amount_not_settled,earlier_series_c_same_company,valuation_trap,unknown_type',
    title: 'Data-center cooling firm Vornhold in talks to raise at $4 billion valuation',
    source: 'Amberley Wire',
    text:
      'Vornhold, a Phoenix-based maker of liquid-cooling systems for AI data centers, is in talks with investors to raise new funding at a valuation of about $4 billion, according to people familiar with the matter.\n\n' +
      'The round would be led by Saguaro Crest Capital, the people said, adding that the amount has not been settled and terms could still change. Vornhold was valued at $1.1 billion in a $200 million Series C last April.',
    kind: 'in_talks',
    rounds: [{ company: 'Vornhold', amount: null, roundType: 'unknown', lead: ['Saguaro Crest Capital'] }],
  },
  {
    id: 'ub23-27',
    style: 'business',
    phenomenon:
      'uk_business_page,in_talks,people_briefed_on_the_discussions,expected_to_lead,existing_backer_likely_to_take_part,valuation_trap,loans_deposits_trap,earlier_series_a_same_company,gbp,series_b',
    title: 'Farm bank Furrowfield in talks to raise £50m at £400m valuation',
    source: 'The Marlow Business Review',
    text:
      'Furrowfield, the Norwich-based lender and current-account provider for farmers, is in talks to raise about £50m in a Series B funding round at a valuation of about £400m, according to people briefed on the discussions.\n\n' +
      'Hedgerow Capital, a London growth investor, is expected to lead the round, the people said, and existing backer Broadland Ventures is likely to take part. The talks are at an advanced stage, but no agreement has been signed.\n\n' +
      'Furrowfield, which holds a full UK banking licence, has lent £620m to 4,800 farms, mostly for machinery and livestock, and holds £900m of deposits.\n\n' +
      'The company raised £22m in a Series A led by Broadland Ventures in 2024. Furrowfield and Hedgerow declined to comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Furrowfield',
        amount: 50e6,
        currency: 'GBP',
        roundType: 'series_b',
        lead: ['Hedgerow Capital'],
        other: ['Broadland Ventures'],
      },
    ],
  },
  {
    id: 'ub23-28',
    style: 'wire',
    phenomenon:
      'indian_outlet,in_talks,people_aware_of_the_development,usd_amount_indian_company,existing_investor_likely_to_participate,unnamed_sovereign_funds,earlier_round_rs_crore_same_company,valuation_trap,unknown_type',
    title: 'Quick-commerce startup Thaliwala in talks to raise $100 million at $1 billion valuation',
    source: 'Mumbai Deal Desk',
    text:
      'Gurugram-based quick-commerce startup Thaliwala is in talks to raise about $100 million in a new round that would value it at around $1 billion, according to people aware of the development.\n\n' +
      'Existing investor Aravalli Hills Capital is likely to participate, and the company is also speaking to two sovereign funds, one of the people said. Thaliwala raised Rs 250 crore in its last round in 2025.',
    kind: 'in_talks',
    rounds: [{ company: 'Thaliwala', amount: 100e6, roundType: 'unknown', other: ['Aravalli Hills Capital'] }],
  },
  {
    id: 'ub23-29',
    style: 'business',
    phenomenon:
      'chinese_business_news,seeking_to_raise,people_with_knowledge_of_the_plan,no_lead_chosen,bank_hired,stations_swaps_trap,revenue_yuan_trap,earlier_series_b_same_company,rival_background_round,cny,series_c',
    title: 'Battery-swap operator Huanneng Power seeks 1 billion yuan in new round',
    source: 'Pearl River Capital Wire',
    text:
      'Huanneng Power, a Hefei-based operator of battery-swapping stations for electric scooters and delivery motorcycles, is seeking to raise 1 billion yuan in a Series C round, according to two people with knowledge of the plan.\n\n' +
      'The company has hired an investment bank to run the process and has held early talks with state-backed funds in Anhui province, the people said. No lead investor has been chosen.\n\n' +
      'Huanneng operates 6,500 stations in 40 cities and handles about 2 million battery swaps a day. Its revenue rose to 1.6 billion yuan last year.\n\n' +
      'The company raised 600 million yuan in a Series B led by Chaohu Lake Capital in 2024. Rival Suxing Energy raised 800 million yuan last month.',
    kind: 'in_talks',
    rounds: [{ company: 'Huanneng Power', amount: 1e9, currency: 'CNY', roundType: 'series_c', lead: [] }],
    prior: ['Suxing Energy'],
  },
  {
    id: 'ub23-30',
    style: 'wire',
    phenomenon:
      'wire_brief,in_advanced_talks,bridge_round,from_existing_shareholders,would_lead,sale_process_trap,earlier_round_valuation_same_company,eur,unknown_type',
    title: 'Meal-kit company Tischlein in advanced talks for €30 million bridge from investors',
    source: 'Bund & Bourse Wire',
    text:
      'Munich-based meal-kit company Tischlein is in advanced talks with its existing shareholders to raise about €30 million in a bridge round, two people familiar with the matter said on Monday, as it explores a sale of the business.\n\n' +
      'Isar Growth Partners, Tischlein’s largest shareholder, would lead the financing, the people said. The company raised €75 million in 2022 at a valuation of €450 million.',
    kind: 'in_talks',
    rounds: [{ company: 'Tischlein', amount: 30e6, currency: 'EUR', roundType: 'unknown', lead: ['Isar Growth Partners'] }],
  },

  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub23-31',
    style: 'business',
    phenomenon:
      'tender_offer,employee_shares,buyers_led_by_trap,no_new_shares,valuation_trap,earlier_series_c_same_company,revenue_trap,not_a_round',
    title: 'Pallium AI lets staff sell shares in $350 million tender offer at $6 billion valuation',
    source: 'The Capital Register',
    text:
      'Pallium AI, the San Francisco-based developer of AI agents for hospital billing departments, is letting current and former employees sell up to $350 million of their shares in a tender offer that values the company at $6 billion, according to a memo sent to staff on Monday.\n\n' +
      'The shares will be bought by a group of investors led by Redwood Span Capital and Brightwell Crossover Fund, the memo said. The company itself is not issuing new shares and will receive no money from the sale.\n\n' +
      'The $6 billion price is up from the $2.5 billion valuation Pallium set when it raised $300 million in a Series C last June. Employees who have been at the company for at least two years can sell up to 20% of their vested shares.\n\n' +
      'Tender offers have become a common way for late-stage startups to give staff cash while staying private. “People want to buy houses,” chief executive Marcus Oyelowo-Hart wrote in the memo.\n\n' +
      'Pallium has about 900 employees and expects revenue of $400 million this year.',
    kind: 'other',
    rounds: [],
    prior: ['Pallium AI'],
  },
  {
    id: 'ub23-32',
    style: 'wire',
    phenomenon:
      'secondary_sale,early_investors_selling,secondary_fund_buyer,discount_to_last_round,no_new_money,earlier_series_c_same_company,not_a_round',
    title: 'Early backers of Ninebark sell $180 million of shares to Meadowgate',
    source: 'Lattice Deal Letter',
    text:
      'Seed and Series A investors in Ninebark, a Denver-based provider of software for rural hospitals, have sold about $180 million of their shares to the secondary-fund manager Meadowgate Partners, according to two people familiar with the transaction.\n\n' +
      'The sale, at a 15% discount to the price of Ninebark’s $90 million Series C last year, brings no new money to the company, which is not raising, one of the people said. The sellers included Fourmile Ventures and Larimer Seed Fund.',
    kind: 'other',
    rounds: [],
    prior: ['Ninebark'],
  },
  {
    id: 'ub23-33',
    style: 'business',
    phenomenon:
      'spac_merger,blank_check_company,pipe_led_by_trap,trust_cash_trap,combined_valuation_trap,earlier_series_b_same_company,market_statistics_trap,ipo',
    title: 'Drone-delivery company Petrelwing to go public through $1.8 billion SPAC merger',
    source: 'Northgate Markets Wire',
    text:
      'Petrelwing, a Dallas-based company that flies medical supplies between hospitals by drone, has agreed to go public by merging with Corsair Horizon Acquisition Corp., a blank-check company listed on the Nasdaq, in a deal that values the combined company at $1.8 billion.\n\n' +
      'The transaction is expected to bring Petrelwing about $240 million in cash, including $75 million from a private investment in public equity, or PIPE, led by Sabine River Capital. The rest will come from the cash held in the SPAC’s trust, assuming few of its shareholders redeem.\n\n' +
      'Petrelwing’s existing shareholders will roll all of their equity into the combined company, which will trade under the ticker PTWG. The deal is expected to close in the third quarter.\n\n' +
      'Petrelwing raised $110 million in a Series B led by Trinity Bend Ventures in 2024. Its revenue last year was $31 million.\n\n' +
      'SPAC listings have picked up again after a near-freeze; at least 14 blank-check mergers were announced in the fourth quarter, according to data compiled by Bellwether Listings Data.',
    kind: 'ipo',
    rounds: [],
    prior: ['Petrelwing'],
  },
  {
    id: 'ub23-34',
    style: 'wire',
    phenomenon: 'debt_refinancing,term_loan,no_new_money,arranged_by_bank,private_equity_owned,not_a_round',
    title: 'Surgery-center operator Wrenhaven Health refinances $350 million term loan',
    source: 'Amberley Wire',
    text:
      'Wrenhaven Health, a Nashville-based operator of outpatient surgery centers, has refinanced its existing $350 million term loan with a new loan of the same size that matures in 2031, the company said on Monday.\n\n' +
      'The new loan, arranged by Cumberland Forge Bank, carries an interest margin 1.25 percentage points lower than the debt it replaces, and no new money was raised, chief financial officer Dana Whitcombe said. Wrenhaven has been owned by the private-equity firm Harpeth Lane Partners since 2021.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub23-35',
    style: 'business',
    phenomenon:
      'listed_company_placing,share_price_move,discount_to_market,brokers_trap,retail_offer_trap,market_value_trap,stock_exchange,not_a_round',
    title: 'Aldermoor shares slide after £120m placing to fund US factory',
    source: 'Harbourside Business Daily',
    text:
      'Shares in Aldermoor Diagnostics fell 7pc on Monday after the London-listed maker of rapid blood tests raised £120m by selling new shares to institutional investors at a discount to the market price.\n\n' +
      'The placing, arranged by the brokers Hambleton Spires and Fairlie Dunmore, priced 4.9 million shares at 2,450p each, a 6pc discount to Friday’s closing price. A further £5m was offered to retail shareholders through an online platform.\n\n' +
      'Aldermoor, which listed on the London Stock Exchange in 2019, will use the money to build a factory in North Carolina. Analysts at Quayle Sutton said the discount was modest for a deal of that size.\n\n' +
      'The company was valued at about £2.1bn before the placing.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub23-36',
    style: 'business',
    phenomenon: 'quarterly_vc_statistics,largest_rounds_list,data_provider,quarter_totals_trap,country_totals_trap,no_round',
    title: 'European venture funding fell 8% in the fourth quarter as big rounds dried up',
    source: 'The Capital Register',
    text:
      'Venture capital investment in European startups fell 8% in the fourth quarter from the previous three months to €11.2 billion, according to figures published on Monday by the data provider Halden Ridge Analytics.\n\n' +
      'The number of deals fell more sharply, by 14%, as investors concentrated their money on a small number of companies. The five largest rounds of the quarter made up nearly a fifth of the total: Lisbon-based AI chip designer Tagus Silicon’s €620 million Series C, Paris insurer Orsane Assurances’ €410 million round, Munich defence-drone maker Falkenwacht’s €380 million Series B, Amsterdam payroll company Loonwerk’s €250 million round and Stockholm battery maker Vättern Cells’ €240 million Series D.\n\n' +
      '“Late-stage money has come back, but only for a handful of names,” said Ingrid Sørlie, head of research at Halden Ridge. “Everyone else is raising smaller rounds or bridges from insiders.”\n\n' +
      'Early-stage investment held up better: seed and Series A funding rose 3% to €3.4 billion. The UK remained the largest market, with €3.1 billion invested, followed by Germany and France.\n\n' +
      'For the full year, European startups raised €46 billion, down 4% from 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Tagus Silicon', 'Orsane Assurances', 'Falkenwacht', 'Loonwerk', 'Vättern Cells'],
  },
  {
    id: 'ub23-37',
    style: 'business',
    phenomenon:
      'growth_equity_fund_close,above_target,cheque_size_trap,unnamed_limited_partners,previous_fund_trap,portfolio_rounds_background,industry_statistics_trap,fund_close',
    title: 'Growth investor Sterling Arch closes fifth fund at $2.4 billion',
    source: 'Private Markets Dispatch',
    text:
      'Sterling Arch Partners, a New York growth-equity firm, has closed its fifth fund at $2.4 billion, above its $2 billion target, the firm said on Tuesday.\n\n' +
      'The fund will write cheques of $50 million to $250 million into software and healthcare companies that are profitable or close to it, managing partner Eleanor Vasquez-Whitby said. Its limited partners include pension funds in the US and Canada and an Asian sovereign wealth fund that the firm did not name.\n\n' +
      'Sterling Arch’s previous fund, which closed at $1.5 billion in 2022, led rounds in companies including Tidemark Health, which raised $180 million in 2023, and the tax-software company Ledgewood, whose $120 million Series D it led last year.\n\n' +
      'Fundraising has been hard for mid-sized growth firms as capital flows to the largest managers. Growth-equity funds closed on $68 billion globally last year, according to Halden Ridge Analytics, the lowest total since 2017.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Tidemark Health', 'Ledgewood'],
  },
  {
    id: 'ub23-38',
    style: 'business',
    phenomenon:
      'acquisition_cash_and_stock,newly_issued_shares_trap,stake_percentage_trap,credit_line_trap,target_earlier_rounds,regulator_approval,acquisition',
    title: 'HR-software group Arbeloa buys Indian payroll startup Vetanam for $220 million in cash and stock',
    source: 'Mumbai Deal Desk',
    text:
      'Arbeloa, the Madrid-based HR-software company, has agreed to acquire Pune-based payroll startup Vetanam for $220 million, paid about 60% in cash and the rest in Arbeloa shares, the companies said on Monday.\n\n' +
      'Vetanam’s founders and investors will receive newly issued Arbeloa stock worth about $88 million, which will give them together roughly 4% of the enlarged company. Arbeloa will pay the cash portion from its balance sheet and an existing credit line.\n\n' +
      'Vetanam processes salaries for 1.4 million employees at 9,000 Indian companies. It had raised Rs 180 crore in total, including a Rs 120 crore Series B led by Mula-Mutha Ventures in 2024.\n\n' +
      'The deal gives Arbeloa, which is privately held and backed by the private-equity firm Guadarrama Capital, its first large operation in Asia. It is expected to close in the second quarter, subject to approval from the Competition Commission of India.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Vetanam'],
  },
  {
    id: 'ub23-39',
    style: 'wire',
    phenomenon: 'japanese_vc_fund_close,final_close,yen_billions,cheque_size_trap,unnamed_limited_partners,fund_close',
    title: 'Tokyo’s Kanda Bridge Ventures closes fourth fund at 25 billion yen',
    source: 'Tokyo Business Bulletin',
    text:
      'Kanda Bridge Ventures, a Tokyo-based venture capital firm, said on Monday it had completed the final close of its fourth fund at 25 billion yen, the largest in its history.\n\n' +
      'The fund will invest in the Series A and Series B rounds of Japanese software and robotics startups, with first cheques of 300 million yen to 1.5 billion yen. Its limited partners include regional banks, life insurers and corporate pension funds.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub23-40',
    style: 'business',
    phenomenon:
      'indian_ipo,market_debut,fresh_issue_and_offer_for_sale,anchor_investors_trap,selling_shareholders_trap,market_value_trap,earlier_pre_ipo_round_same_company,ipo',
    title: 'Godavari Freightways shares jump 22% in market debut after Rs 1,450 crore IPO',
    source: 'Mumbai Deal Desk',
    text:
      'Shares of Godavari Freightways rose 22% on their first day of trading on Monday after the Hyderabad-based logistics company raised Rs 1,450 crore in an initial public offering that was subscribed 48 times.\n\n' +
      'The IPO comprised a fresh issue of shares worth Rs 600 crore and an offer for sale of Rs 850 crore by existing shareholders, including Bhadrachalam Capital and Warangal Ventures, which backed the company in its early years.\n\n' +
      'A day before the issue opened, Godavari raised Rs 435 crore from anchor investors, including domestic mutual funds and two foreign portfolio investors.\n\n' +
      'The stock closed at Rs 512 on the NSE, against an issue price of Rs 420, giving the company a market value of about Rs 9,800 crore. Godavari had raised Rs 300 crore in a pre-IPO round in 2025.',
    kind: 'ipo',
    rounds: [],
    prior: ['Godavari Freightways'],
  },
  {
    id: 'ub23-41',
    style: 'wire',
    phenomenon: 'denial_of_fundraising_report,reported_talks_denied,cash_runway_trap,earlier_series_c_same_company,not_a_round',
    title: 'Quenby Pay denies report it is raising at $3 billion valuation',
    source: 'Amberley Wire',
    text:
      'Quenby Pay, the London-based business-payments company, said on Tuesday it was not raising new funding and had no plans to do so this year, denying a newspaper report that it was in talks to raise $200 million at a valuation of $3 billion.\n\n' +
      '“We have more than three years of cash and we are not in the market,” a spokesman said. Quenby Pay last raised $150 million in a Series C in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Quenby Pay'],
  },
  {
    id: 'ub23-42',
    style: 'business',
    phenomenon:
      'supply_agreement_without_investment,contract_value_trap,corporate_past_round_background,government_grant_trap,earlier_series_b_same_company,not_a_round',
    title: 'Stanwick Motors signs $500 million supply deal with solid-state battery startup Anvelle',
    source: 'The Capital Register',
    text:
      'Anvelle, a Michigan-based developer of solid-state batteries, has signed an agreement to supply cells worth up to $500 million to Stanwick Motors over five years starting in 2028, the companies said on Monday.\n\n' +
      'The agreement does not include an investment. Stanwick, which took a stake in the battery startup Corvion when it led a $60 million round in that company in 2023, said it had no plans to invest in Anvelle.\n\n' +
      'Anvelle will build a production line at its plant in Ypsilanti, Michigan, paid for in part by a $96 million grant from the Department of Energy awarded in 2024.\n\n' +
      'Anvelle raised an $85 million Series B last year, led by Huron Shore Capital.',
    kind: 'other',
    rounds: [],
    prior: ['Corvion', 'Anvelle'],
  },
  {
    id: 'ub23-43',
    style: 'wire',
    phenomenon: 'star_market_ipo,shares_times_price,debut_move,pre_listing_private_funding_background,cny,ipo',
    title: 'Suzhou chipmaker Xinlan Semiconductor raises 2.1 billion yuan in STAR Market IPO',
    source: 'Pearl River Capital Wire',
    text:
      'Xinlan Semiconductor, a Suzhou-based designer of power-management chips, raised 2.1 billion yuan in its initial public offering on the Shanghai Stock Exchange’s STAR Market, selling 60 million shares at 35 yuan each.\n\n' +
      'The shares more than doubled on their debut on Tuesday. Before the listing, Xinlan had raised 900 million yuan from private investors including Taihu Capital and Jinji Lake Ventures.',
    kind: 'ipo',
    rounds: [],
    prior: ['Xinlan Semiconductor'],
  },
  {
    id: 'ub23-44',
    style: 'wire',
    phenomenon: 'acquisition_all_cash,cross_border,sgd_price,target_earlier_series_a,acquisition',
    title: 'Swiss group Brunnwald buys Singapore’s Kranji Analytics for S$140 million',
    source: 'Asia Private Capital Brief',
    text:
      'Brunnwald, a Basel-based logistics-software group, has agreed to buy Kranji Analytics, a Singapore company that forecasts delays in container shipping, for S$140 million in cash, the companies said on Monday.\n\n' +
      'Kranji, founded in 2019, raised S$22 million in a Series A led by Dempsey Hill Capital in 2023. Its investors will be paid in full at closing, which is expected in May.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Kranji Analytics'],
  },
  {
    id: 'ub23-45',
    style: 'business',
    phenomenon:
      'mutual_fund_markdown,implied_valuation_trap,earlier_series_e_same_company,other_companies_marked_down,debt_background,company_statement,not_a_round',
    title: 'Chestnut Row marks down Pantrywise stake by 38%',
    source: 'Lattice Deal Letter',
    text:
      'Chestnut Row Investments, a US mutual-fund manager, cut the value of its stake in grocery-delivery company Pantrywise by 38% in January, according to a monthly disclosure published on Monday, the latest sign that investors are revaluing late-stage startups.\n\n' +
      'The markdown implies a valuation of about $3.1 billion for Pantrywise, compared with the $5 billion it was valued at when Chestnut Row led its $400 million Series E in 2021. Pantrywise has not raised new equity since.\n\n' +
      'Fund managers that hold private shares must value them every month, and their marks are one of the few public signals of how private companies are faring. Chestnut Row also lowered its marks on Tollcross Freight and Orrin Health, by smaller amounts.\n\n' +
      'Pantrywise said in a statement that its business had grown and that fund marks “do not reflect a transaction.” The company borrowed $150 million from a group of banks last year.',
    kind: 'other',
    rounds: [],
    prior: ['Pantrywise'],
  },
];
