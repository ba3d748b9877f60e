// A twenty-fifth blind set for funding-round extraction: invented (companies, people, investors,
// outlets and sentences made up for this project; only cities, countries, regions and public bodies
// are real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor.
// Dates are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Monday" is 9 March
// 2026, "Thursday" (in a weekly newsletter) is 5 March 2026, "last year" is 2025, "last spring" is
// spring 2025.
// Theme: an ordinary week of a general technology news feed, as RSS items (a title plus the item's
// description or full text), where funding is one topic among many: product launches, outages,
// lawsuits, layoffs, earnings of listed companies, regulators' fines, breaches, executive moves,
// acquisitions, partnerships, government money, public contracts, surveys, and startup rounds told
// the way tech news sites tell them.
// Styles: a US startup-news site ("Circuit Ledger": investors in the third paragraph, a round told
// after a product launch, a valuation-first story, an exclusive in-talks scoop); a consumer-tech
// site ("Voltline": a phone launch, a cloud outage, a lead named only in a founder's quote); a
// European startup site ("Continental Founders": "€18m", "understands", a fund close, a quarterly
// report); a global-tech site ("Elsewhere Dispatch": Nairobi, São Paulo, Jakarta, Accra stories
// that open on people, not on the round); a WordPress feed whose description is only "The post …
// appeared first on …"; a headline-only item whose description repeats the title; descriptions cut
// as teasers ending in "…" (one before the investors are named, one before anything about a lead
// after "has not yet been chosen"); a weekly newsletter with four items in one text;
// short wire briefs.
// Phenomena: common-word names ("Bellows", "Errand", "Slipway", "Plinth", "Ballast", "Ochre");
// diacritics ("Adiantô", "Tovværk", "Ipê Capital"); EUR, GBP, BRL and DKK first (BRL with a USD
// conversion); "has added $8 million to its Series A, bringing the round to $23 million" with the
// original tranche's lead returning; "is now valued at $1.2 billion" before the round; "raises $60M
// at $600M valuation" beside an employee share sale; "in what it calls its first institutional
// round"; a lead named only in a quote ("that's why they ended up leading this round"); "Meridian
// Quay Capital led" (short form); two investors with no "led" ("from A and B"); a corporate's
// strategic investment of undisclosed size (amount null); a credit facility; a named angel who
// founded a company that raised last year; a family office joining.
// In talks: "in talks to raise about $120 million … expected to lead" (with the earlier round's lead
// as a trap), a European "understands … expected to be led by existing investor", a teaser "A lead
// investor has not yet been chosen and …", "early talks … at a valuation of about $5 billion … the
// size of the round has not been determined" (amount null), and a CEO's "we're in conversations with
// a few funds" about a stated Series B target.
// Distractors (rounds: [], kind 'other' unless noted): a cloud outage with service credits and
// annual revenue; drivers' $45 million lawsuit against a platform with its 2024 Series C; layoffs six
// months after a Series C; a listed software company's quarter with a buyback and its venture arm's
// spending; Ireland's Data Protection Commission fining an app that raised last year; a breach with
// a ransom demand at a funded insurer; a CFO hire at a company valued in last year's round; a $220
// million acquisition of a seed-funded startup (kind 'acquisition'); an acqui-hire of a shutting
// startup (kind 'acquisition'); a telecom's $30 million contract with a funded startup, "no equity";
// a foldable phone's price and trade-in credit; a chip designer's Nasdaq IPO filing with its last
// private valuation (kind 'ipo'); a Berlin VC's €250m fund close with a portfolio company's January
// round (kind 'fund_close'); Spain's government earmarking €400 million in chip-design grants; a
// listening app's user milestone with its money raised to date; a scooter startup's shutdown after
// bridge-round talks failed; $32 million drained from a crypto lending protocol whose developer
// raised in 2022; a US Army contract for a defence startup; a European quarterly venture report
// naming Q4's largest rounds; an employee tender offer "led by" a growth firm in which the company
// raises no money; a salary survey.
// Conventions (those of checks.ts, unseen-blind14.ts and unseen-blind20.ts): company as the text
// names it; amount in the currency first stated (ISO code when not USD): "€12M" is 1.2e7 EUR,
// "R$40 million (about $7 million)" 4e7 BRL, "DKK 55m" 5.5e7 DKK; `lead` only where the text says
// who led or co-led, including a founder's quote that says a firm ended up leading the round (or, in
// talks, who is expected to lead; `lead: []` where "a lead investor has not yet been chosen");
// `other` for named participants, including a named angel, a family office, a returning investor
// in an extension, two investors named with no "led" ("from A and B"), a corporate making a sole
// "strategic investment" and the lender of a credit facility. Round types: "has added $X to its
// Series A" is 'extension' at the $X added (not the round's new total); "its first institutional
// round" and "a new round" are 'unknown'; a corporate's "strategic investment" of undisclosed size is
// 'strategic' with amount null; a credit facility is 'debt'. "Raises $X at a $Y valuation" and "is
// now valued at $Y … raised $X" are labelled at $X. A headline-only item (description is only the
// feed's "appeared first on" line, or repeats the title) is labelled from what it says. A teaser cut
// with "…" is labelled from what comes before the cut (no lead where none is named). An employee
// tender offer in which the company raises no new money is not a round. Earlier rounds of the
// company that is raising are not listed in `prior`; other companies' past funding is, as is the
// past funding of the subject of a non-funding item. Labelled by hand; a reader of each text should
// agree with every label.
// First look (2026-12-07 14:37, no rule changed for it; measured after the fixes for unseen-blind21.ts
// to unseen-blind24.ts): company F1 0.851 (P 0.87 / R 0.83), amount 94.7 %, type 94.4 %, lead F1
// 0.824, 2 false rounds from other news (a valuation-only item, collapsed talks) and 1 wrong name.
// After the fixes (blind25-ways.test.ts): see README Quality. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND25: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub25-01',
    style: 'business',
    phenomenon:
      'us_startup_news_site,common_word_name,investors_in_third_paragraph,recovered_for_customers_trap,industry_spend_trap,headcount_trap,earlier_series_a_same_company,series_b',
    title: 'Bellows, which audits freight invoices line by line, raises $32M Series B',
    source: 'Circuit Ledger',
    text:
      'Bellows, a Denver startup that checks trucking invoices against the rates shippers actually negotiated with their carriers, has raised $32 million in a Series B round.\n\n' +
      'Shippers overpay on something like 3% to 5% of their freight bills, co-founder and CEO Wren Halloway said in an interview, and most never notice because the mistakes hide in accessorial charges: detention, liftgate fees, fuel surcharges that were never updated. ' +
      'Bellows takes a cut of whatever it claws back, and says it recovered $41 million for customers last year, up from $15 million in 2024.\n\n' +
      'Tallgrass Partners led the new round, with participation from Cinder Hill Ventures and existing backers Eastbank Capital and Mile High Seed. ' +
      'The company raised a $10 million Series A in 2024.\n\n' +
      'Halloway said the money will pay for a parcel-audit product and a push into Canada. Bellows has 70 employees and plans to reach 110 by the end of the year.',
    kind: 'round',
    rounds: [
      {
        company: 'Bellows',
        amount: 32e6,
        roundType: 'series_b',
        lead: ['Tallgrass Partners'],
        other: ['Cinder Hill Ventures', 'Eastbank Capital', 'Mile High Seed'],
      },
    ],
  },
  {
    id: 'ub25-02',
    style: 'business',
    phenomenon: 'wordpress_feed_stub,headline_only,appeared_first_on_boilerplate,eur_m_suffix,led_by_in_title,series_a',
    title: 'Stroomwerk raises €12M Series A led by Polderkracht Ventures to squeeze more out of congested Dutch grids',
    source: 'Lowlands Tech',
    text: 'The post Stroomwerk raises €12M Series A led by Polderkracht Ventures to squeeze more out of congested Dutch grids appeared first on Lowlands Tech.',
    kind: 'round',
    rounds: [{ company: 'Stroomwerk', amount: 12e6, currency: 'EUR', roundType: 'series_a', lead: ['Polderkracht Ventures'] }],
  },
  {
    id: 'ub25-03',
    style: 'business',
    phenomenon:
      'global_tech_site,people_first_lede,teaser_cut_with_ellipsis,shilling_premium_trap,rider_count_trap,lagos_based_participant,seed',
    title: 'Fernhollow wants to insure Kenya’s motorcycle-taxi riders one day at a time',
    source: 'Elsewhere Dispatch',
    text:
      'For the motorcycle-taxi riders who carry passengers and parcels through Nairobi’s traffic, one crash can wipe out a year of savings. ' +
      'Fernhollow, a Nairobi startup, sells them accident and lost-income cover in daily instalments of as little as 20 shillings, paid by mobile money at the end of a shift, and says 210,000 riders now pay for it. ' +
      'On Monday the company said it had raised $9 million in a seed round led by Savanna Arc Capital, with the Lagos-based Kola Nut Fund also taking part. ' +
      'Its founders, a former insurance actuary and a rider who spent six years organising a drivers’ association in Kisumu, met in 2022 when …',
    kind: 'round',
    rounds: [
      {
        company: 'Fernhollow',
        amount: 9e6,
        roundType: 'seed',
        lead: ['Savanna Arc Capital'],
        other: ['Kola Nut Fund'],
      },
    ],
  },
  {
    id: 'ub25-04',
    style: 'business',
    phenomenon: 'valuation_first,headline_with_valuation_only,earlier_valuation_trap,arr_trap,existing_investors_also,series_c',
    title: 'Trialcraft is now a $1.2 billion company',
    source: 'Circuit Ledger',
    text:
      'Trialcraft, whose software handles the paperwork side of clinical trials for mid-sized drugmakers, is now valued at $1.2 billion. ' +
      'The Boston company said Monday that it has raised $150 million in a Series C round led by Greyfriars Growth, more than doubling the $480 million valuation it got in its Series B two years ago. ' +
      'Existing investors Beacon Lane Partners and Tidemark Health Ventures also put in money.\n\n' +
      'Trialcraft says its annual recurring revenue passed $90 million in December and that 140 sponsors now run trials on it, up from 60 a year earlier. ' +
      'Chief executive Odile Marchetti said the company would spend part of the round on acquisitions, though she declined to name targets. ' +
      '"There are a lot of point tools in this market that raised too much money in 2021 and are now looking for a home," she said.',
    kind: 'round',
    rounds: [
      {
        company: 'Trialcraft',
        amount: 150e6,
        roundType: 'series_c',
        lead: ['Greyfriars Growth'],
        other: ['Beacon Lane Partners', 'Tidemark Health Ventures'],
      },
    ],
  },
  {
    id: 'ub25-05',
    style: 'business',
    phenomenon:
      'consumer_tech_site,lead_named_only_in_quote,common_word_name,subscription_price_trap,earlier_seed_same_company_with_backers,series_a',
    title: 'Errand, an AI back office for house-cleaning businesses, raises $14M',
    source: 'Voltline',
    text:
      'Errand, a startup that answers the phone, books the jobs and chases the unpaid invoices for small residential cleaning companies, has raised $14 million in Series A funding.\n\n' +
      'The Phoenix-based company says more than 2,300 cleaning businesses pay $299 a month for its software, most of them with fewer than 20 cleaners. ' +
      'Its voice agent now handles about 60% of inbound calls without a human, according to Errand, and quotes prices for a deep clean or a move-out job from photos a customer texts in.\n\n' +
      '"We talked to a lot of firms, but the people at Juniper Row Capital had actually run a cleaning franchise before they were investors, and that’s why they ended up leading this round," said co-founder Maya Ostrander. ' +
      'Pinecrest Ventures and Halcyon Seed, which backed Errand’s $3.5 million seed round in 2024, also participated.',
    kind: 'round',
    rounds: [
      {
        company: 'Errand',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Juniper Row Capital'],
        other: ['Pinecrest Ventures', 'Halcyon Seed'],
      },
    ],
  },
  {
    id: 'ub25-06',
    style: 'business',
    phenomenon:
      'extension_new_money_first,bringing_round_to_total,earlier_tranche_lead_trap,payments_fee_trap,slip_count_trap,extension',
    title: 'Slipway adds $8 million to its Series A as boatyards sign up',
    source: 'Circuit Ledger',
    text:
      'Slipway, which makes booking and billing software for marinas and boatyards, has added $8 million to its Series A, bringing the round to $23 million. ' +
      'The extension was led by Northsound Capital. Seaboard Ventures, which led the original $15 million tranche last spring, also came back in.\n\n' +
      'The Portland, Maine, company says 640 marinas now use it to manage about 90,000 slips, from seasonal dock rentals to winter haul-outs and bottom-paint jobs. ' +
      'Slipway charges a monthly fee plus 1.5% of the payments boaters make through the app, which came to $310 million last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Slipway',
        amount: 8e6,
        roundType: 'extension',
        lead: ['Northsound Capital'],
        other: ['Seaboard Ventures'],
      },
    ],
  },
  {
    id: 'ub25-07',
    style: 'business',
    phenomenon:
      'european_startup_site,eur_m_suffix,london_based_lead,city_possessive_participant,named_angel_with_own_company,angel_company_prior_round_trap,installations_trap,series_a',
    title: 'Berlin’s Kabelwerk raises €18m to get heat pumps wired up faster',
    source: 'Continental Founders',
    text:
      'Berlin-based Kabelwerk, which sends its own electricians to wire up heat pumps and wallboxes for installers who cannot find the staff, has raised €18m in a Series A round.\n\n' +
      'The round was led by London-based Fenwick Row Capital, with participation from Munich’s Isarwald Ventures and angel investor Jonas Ebbinghaus, cofounder of the rooftop-solar installer Dachsonne, which itself raised €60m last year.\n\n' +
      'Kabelwerk’s 140 electricians completed 9,000 jobs in 2025, cofounder Leonie Brandt told Continental Founders, and the company plans to open in Hamburg, Cologne and Vienna before the end of the year. ' +
      'Installers pay a fixed price per job rather than hourly rates, which Brandt said averages about €1,100.',
    kind: 'round',
    rounds: [
      {
        company: 'Kabelwerk',
        amount: 18e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Fenwick Row Capital'],
        other: ['Isarwald Ventures', 'Jonas Ebbinghaus'],
      },
    ],
    prior: ['Dachsonne'],
  },
  {
    id: 'ub25-08',
    style: 'business',
    phenomenon:
      'global_tech_site,people_first_lede,brl_first_with_usd_conversion,co_led_by,diacritic_name,withdrawal_fee_trap,withdrawals_total_trap,earlier_seed_same_company,series_a',
    title: 'The Brazilian app that pays delivery riders before the platforms do',
    source: 'Elsewhere Dispatch',
    text:
      'Every Friday, Thiago Rezende used to borrow from his brother-in-law to fill his motorbike’s tank, because the delivery apps he works for in São Paulo paid him only once a week. ' +
      'Now he uses Adiantô, an app that lets riders and drivers draw on money they have already earned, for a flat fee of R$1.99 per withdrawal.\n\n' +
      'On Monday, the São Paulo-based startup said it had raised R$40 million (about $7 million) in a Series A round co-led by local firm Ipê Capital and the U.S. investor Crosswind Ventures. ' +
      'Adiantô says 380,000 workers used it last year, withdrawing a combined R$1.1 billion. It raised a R$12 million seed round in 2024.\n\n' +
      'Labour groups have criticised earned-wage apps elsewhere for encouraging workers to live a day ahead of their pay. Co-founder Carolina Mattos said Adiantô caps withdrawals at half of what a worker has earned that week.',
    kind: 'round',
    rounds: [
      {
        company: 'Adiantô',
        amount: 40e6,
        currency: 'BRL',
        roundType: 'series_a',
        lead: ['Ipê Capital', 'Crosswind Ventures'],
      },
    ],
  },
  {
    id: 'ub25-09',
    style: 'business',
    phenomenon: 'common_word_name,named_angel_former_executive,rent_tracked_trap,per_unit_price_trap,seed',
    title: 'Plinth raises $5.5M seed to give small landlords real books',
    source: 'Circuit Ledger',
    text:
      'Plinth, a New York startup building accounting software for people who own between two and 50 rental units, has raised a $5.5 million seed round led by Gowanus Capital. ' +
      'Angel investors including Rafaela Stone, the former chief operating officer of property manager Brickhaven Residential, also invested.\n\n' +
      'Small landlords tend to run their buildings out of a personal checking account and a spreadsheet, co-founder Devika Kulkarni said, which makes tax season painful and refinancing harder. ' +
      'Plinth connects to bank accounts and rent-collection apps, sorts every transaction by property and produces the statements a lender asks for. ' +
      'It charges $25 per unit per year and says its customers track more than $300 million in annual rent.',
    kind: 'round',
    rounds: [
      {
        company: 'Plinth',
        amount: 5.5e6,
        roundType: 'seed',
        lead: ['Gowanus Capital'],
        other: ['Rafaela Stone'],
      },
    ],
  },
  {
    id: 'ub25-10',
    style: 'wire',
    phenomenon: 'short_brief,no_led_two_investors_from,grants_won_trap,grant_word_in_product,pre_seed',
    title: 'Quillmate raises $2.4M pre-seed for software that drafts grant applications',
    source: 'Circuit Ledger',
    text:
      'Quillmate, a Minneapolis startup whose software drafts and tracks grant applications for small nonprofits, has raised $2.4 million in pre-seed funding from Ambergate Ventures and Loam Collective. ' +
      'The company says its 400 customers have won $18 million in foundation and government grants using the tool since it launched in September.',
    kind: 'round',
    rounds: [
      {
        company: 'Quillmate',
        amount: 2.4e6,
        roundType: 'pre_seed',
        other: ['Ambergate Ventures', 'Loam Collective'],
      },
    ],
  },
  {
    id: 'ub25-11',
    style: 'business',
    phenomenon:
      'strategic_investment_undisclosed,corporate_named_first,takes_stake_headline,supply_agreement,earlier_series_b_same_company_lead_trap,tonnes_trap,strategic',
    title: 'Automaker Haldane Motors takes a stake in battery recycler Cobaltine',
    source: 'Voltline',
    text:
      'Haldane Motors has made a strategic investment in Cobaltine, a Reno, Nevada, startup that recovers lithium, nickel and cobalt from scrapped electric-vehicle batteries, the two companies said on Monday. ' +
      'Neither disclosed the size of the investment or of Haldane’s stake.\n\n' +
      'Alongside the investment, Cobaltine signed a seven-year agreement to process scrap from Haldane’s battery plant in Georgia, which the automaker expects to produce about 6,000 tonnes of it a year once it runs at full output. ' +
      'Cobaltine raised a $45 million Series B led by Sagebrush Capital in 2025.',
    kind: 'round',
    rounds: [{ company: 'Cobaltine', amount: null, roundType: 'strategic', other: ['Haldane Motors'] }],
  },
  {
    id: 'ub25-12',
    style: 'wire',
    phenomenon: 'credit_facility,lender_named_with_from,loans_originated_trap,earlier_series_a_same_company,debt',
    title: 'Brightacre secures $60 million credit facility to lend for small-business solar',
    source: 'Circuit Ledger',
    text:
      'Brightacre, which finances rooftop solar systems for small businesses in Texas and Arizona, has secured a $60 million credit facility from Ridgeback Credit Partners. ' +
      'The Austin company will use the facility to fund new loans; it has originated $210 million in loans since 2022, most of them to grocery stores, car washes and self-storage owners. ' +
      'Brightacre raised a $20 million Series A in 2024.',
    kind: 'round',
    rounds: [{ company: 'Brightacre', amount: 60e6, roundType: 'debt', other: ['Ridgeback Credit Partners'] }],
  },
  {
    id: 'ub25-13',
    style: 'business',
    phenomenon: 'uk_tech_site,gbp_m_suffix,public_body_mention,vat_recovered_trap,penalty_trap,existing_angels,series_a',
    title: 'Manchester’s Ledgerlight raises £9m to catch VAT mistakes before HMRC does',
    source: 'Continental Founders',
    text:
      'Ledgerlight, a Manchester startup that checks small companies’ VAT returns for errors before they are filed, has raised £9m in a Series A led by Ancoats Capital, with existing investor Deansgate Angels also participating.\n\n' +
      'HMRC issued more than a million penalties for late or inaccurate returns last year, according to Ledgerlight, which says its software has flagged £27m in over- and under-payments for its 5,000 customers since 2023. ' +
      'Founder Imogen Ashworth, a former tax inspector, said the company would use the round to build a version for accountancy practices.',
    kind: 'round',
    rounds: [
      {
        company: 'Ledgerlight',
        amount: 9e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Ancoats Capital'],
        other: ['Deansgate Angels'],
      },
    ],
  },
  {
    id: 'ub25-14',
    style: 'roundup',
    phenomenon:
      'weekly_newsletter_item,one_round_among_other_news,outage_refund_trap,quarterly_revenue_trap,layoffs_of_funded_company,series_a',
    title: 'The week: an airline’s booking meltdown, Hexaline’s quarter, and $20M for robot mowers',
    source: 'Bytewire Weekly',
    text:
      'Good morning. Here’s what mattered this week.\n\n' +
      'Skyrail’s booking system went down for nine hours on Thursday, stranding check-in queues at a dozen airports. The airline blamed a failed database update and said it would refund change fees for anyone who missed a flight.\n\n' +
      'Hexaline reported fourth-quarter revenue of $1.9 billion, up 11% from a year earlier, and said it would cut its office space by a third. Shares rose 4% after hours.\n\n' +
      'Turfhand, the Raleigh company that rents self-driving mowers to golf courses and business parks, raised a $20 million Series A led by Greenway Robotics Fund, with participation from Fairway Ventures. It has 400 machines in the field.\n\n' +
      'And Pursekeeper, the budgeting app that raised $75 million in 2024, laid off 40 people, about a fifth of its staff.',
    kind: 'round',
    rounds: [
      {
        company: 'Turfhand',
        amount: 20e6,
        roundType: 'series_a',
        lead: ['Greenway Robotics Fund'],
        other: ['Fairway Ventures'],
      },
    ],
    prior: ['Pursekeeper'],
  },
  {
    id: 'ub25-15',
    style: 'business',
    phenomenon: 'product_launch_first,round_in_last_paragraph,device_price_trap,subscription_trap,total_funding_trap,series_a',
    title: 'Lumenfold’s AR glasses for warehouse pickers go on sale for $899',
    source: 'Voltline',
    text:
      'Lumenfold’s first product is a pair of safety glasses that shows a warehouse picker which shelf to walk to, which bin to reach into and how many units to take, with a green outline over the right box. ' +
      'They went on sale on Monday for $899 a pair, plus $40 per worker per month for the software that connects them to a warehouse’s management system.\n\n' +
      'I wore a pair for an afternoon in a mock-up aisle at the company’s Pittsburgh office. They are lighter than I expected, at 78 grams, and the battery lasted the four hours I had them on, though the display washes out near the loading-dock doors.\n\n' +
      'Lumenfold also said it has raised a $21 million Series A led by Arcbridge Ventures, bringing its total funding to $27 million. Two third-party logistics companies are piloting the glasses in Ohio and Kentucky.',
    kind: 'round',
    rounds: [{ company: 'Lumenfold', amount: 21e6, roundType: 'series_a', lead: ['Arcbridge Ventures'] }],
  },
  {
    id: 'ub25-16',
    style: 'business',
    phenomenon: 'valuation_in_headline,post_money,employee_share_sale_trap,existing_investor_also,user_count_trap,series_b',
    title: 'Spreadsheet-AI startup Gridwise raises $60M at a $600M valuation and lets staff cash out',
    source: 'Circuit Ledger',
    text:
      'Gridwise, which builds an AI assistant that lives inside spreadsheets and writes formulas and pivot tables from plain-English requests, has raised $60 million in a Series B round at a $600 million post-money valuation.\n\n' +
      'Vantage Hill led the round. Existing investor Coldharbour Capital also participated. ' +
      'As part of the deal, current and former employees will be able to sell up to $10 million of their shares to the new investors, co-founder and CEO Anneliese Brook said.\n\n' +
      'Gridwise says 1.8 million people used the product in February, about 90,000 of them on paid plans.',
    kind: 'round',
    rounds: [
      {
        company: 'Gridwise',
        amount: 60e6,
        roundType: 'series_b',
        lead: ['Vantage Hill'],
        other: ['Coldharbour Capital'],
      },
    ],
  },
  {
    id: 'ub25-17',
    style: 'business',
    phenomenon:
      'common_word_name,first_institutional_round,led_short_form,family_office_participant,carbon_cost_trap,voyages_trap,unknown_type',
    title: 'Ballast raises $11M to track shipping emissions voyage by voyage',
    source: 'Continental Founders',
    text:
      'Ballast, a Rotterdam startup that tracks the carbon emissions of container ships voyage by voyage for the companies whose cargo is aboard, has raised $11 million in what it calls its first institutional round. ' +
      'Meridian Quay Capital led, with Harbourlight Ventures and Brinkhorst Holding, the family office of a Dutch shipping dynasty, joining.\n\n' +
      'Shipping lines now pass on the cost of European carbon allowances to their customers, and Ballast says those surcharges added up to more than €40 per container on some Asia–Europe routes last year. ' +
      'The company tracks 26,000 voyages a year for retailers and chemicals groups and was founded in 2023 by two former charterers.',
    kind: 'round',
    rounds: [
      {
        company: 'Ballast',
        amount: 11e6,
        roundType: 'unknown',
        lead: ['Meridian Quay Capital'],
        other: ['Harbourlight Ventures', 'Brinkhorst Holding'],
      },
    ],
  },
  {
    id: 'ub25-18',
    style: 'business',
    phenomenon: 'global_tech_site,teaser_cut_before_investors,common_word_name,oversubscribed,no_lead_given,series_a',
    title: 'Ghana’s Ochre raises $6 million to put cocoa co-ops’ records online',
    source: 'Elsewhere Dispatch',
    text:
      'Ochre, an Accra-based startup that helps cocoa cooperatives record every sack a farmer delivers so buyers can prove where their beans came from, has raised $6 million in Series A funding as it expands into Côte d’Ivoire. ' +
      'The round, which the company says was oversubscribed, …',
    kind: 'round',
    rounds: [{ company: 'Ochre', amount: 6e6, roundType: 'series_a' }],
  },
  {
    id: 'ub25-19',
    style: 'wire',
    phenomenon: 'headline_only,text_equals_title,dkk_m_suffix,diacritic_name,lands_verb,seed',
    title: 'Copenhagen’s Tovværk lands DKK 55m seed round led by Nørrebro Ventures',
    source: 'Continental Founders',
    text: 'Copenhagen’s Tovværk lands DKK 55m seed round led by Nørrebro Ventures',
    kind: 'round',
    rounds: [{ company: 'Tovværk', amount: 55e6, currency: 'DKK', roundType: 'seed', lead: ['Nørrebro Ventures'] }],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub25-20',
    style: 'business',
    phenomenon:
      'exclusive_scoop,people_familiar,valuation_with_target,expected_to_lead,earlier_round_lead_trap,inspections_trap,series_c',
    title: 'Exclusive: Drone-inspection startup Aerwyn in talks to raise at a $1 billion valuation',
    source: 'Circuit Ledger',
    text:
      'Aerwyn, whose drones inspect power lines, wind turbines and bridges for utilities and state transportation departments, is in talks to raise about $120 million in a Series C round that would value the company at roughly $1 billion, according to three people familiar with the discussions.\n\n' +
      'Marrowgate Capital is expected to lead the round, two of the people said. Terms could still change. Aerwyn declined to comment.\n\n' +
      'The Salt Lake City company last raised a $50 million Series B in 2024, led by Foxglove Partners, at a valuation of about $350 million. ' +
      'It flew more than 400,000 inspections last year, one of the people said.',
    kind: 'in_talks',
    rounds: [{ company: 'Aerwyn', amount: 120e6, roundType: 'series_c', lead: ['Marrowgate Capital'] }],
  },
  {
    id: 'ub25-21',
    style: 'business',
    phenomenon:
      'european_startup_site,understands,eur_m_suffix,existing_investor_expected_to_lead,terms_not_final,revenue_trap,series_b',
    title: 'Paris-based Orbelle in talks to raise €40m Series B',
    source: 'Continental Founders',
    text:
      'Orbelle, the Paris startup that sells refurbished professional kitchen equipment to restaurants on monthly payment plans, is in talks to raise a €40m Series B, Continental Founders understands.\n\n' +
      'The round is expected to be led by existing investor Canal Saint-Martin Partners, according to two people with knowledge of the deal, who said terms had not been finalised. ' +
      'Orbelle, which has 3,200 restaurant customers in France and Belgium, grew revenue to €31m last year. The company declined to comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Orbelle',
        amount: 40e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Canal Saint-Martin Partners'],
      },
    ],
  },
  {
    id: 'ub25-22',
    style: 'business',
    phenomenon: 'teaser_cut_with_ellipsis,person_briefed,begun_talks,lead_not_yet_chosen,new_round_unknown',
    title: 'Vetmark is raising again, less than a year after its Series A',
    source: 'Circuit Ledger',
    text:
      'Vetmark, which makes practice-management software for independent veterinary clinics, has begun talks with investors about a new round of roughly $30 million, according to a person briefed on the plans. ' +
      'A lead investor has not yet been chosen and …',
    kind: 'in_talks',
    rounds: [{ company: 'Vetmark', amount: 30e6, roundType: 'unknown', lead: [] }],
  },
  {
    id: 'ub25-23',
    style: 'wire',
    phenomenon: 'valuation_only_no_amount,early_talks,size_not_determined,earlier_round_same_company,unknown',
    title: 'Fennick holds early talks on funding at about $5 billion valuation',
    source: 'Bytewire Daily',
    text:
      'Fennick, the maker of coding agents used by software teams at banks and insurers, has held early talks with investors about raising new funding at a valuation of about $5 billion, people familiar with the matter said. ' +
      'The size of the round has not been determined, and the talks may not lead to a deal. ' +
      'Fennick was valued at $1.6 billion when it raised $200 million last year.',
    kind: 'in_talks',
    rounds: [{ company: 'Fennick', amount: null, roundType: 'unknown' }],
  },
  {
    id: 'ub25-24',
    style: 'business',
    phenomenon: 'global_tech_site,people_first_lede,ceo_quote_in_conversations,expects_to_close,idr_fare_trap,no_lead,series_b',
    title: 'The Indonesian startup trying to fix inter-island shipping',
    source: 'Elsewhere Dispatch',
    text:
      'A shipment of rice from Surabaya to a shop in Ambon can take three weeks and pass through four middlemen, each adding a fee. ' +
      'Kapalku, a Jakarta-based startup, books space on small cargo vessels for shopkeepers and distributors through an app, and says it has cut that trip to nine days for some of its 18,000 customers. ' +
      'A typical booking costs around 450,000 rupiah per tonne.\n\n' +
      'The company is now seeking $25 million in a Series B. "We’re in conversations with a few funds and expect to close by June," chief executive Ratna Wijaya told Elsewhere Dispatch.',
    kind: 'in_talks',
    rounds: [{ company: 'Kapalku', amount: 25e6, roundType: 'series_b' }],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub25-25',
    style: 'business',
    phenomenon: 'cloud_outage,service_credits_trap,annual_revenue_trap,customer_count_trap',
    title: 'Skycrest Cloud outage takes down payment apps and smart doorbells across the US East Coast',
    source: 'Voltline',
    text:
      'A six-hour outage at Skycrest Cloud on Monday knocked out checkout pages, banking apps and a surprising number of smart doorbells, after a configuration change in the company’s Virginia data centres took its load balancers offline.\n\n' +
      'Skycrest said it would give affected customers service credits worth 10% of their monthly bill. ' +
      'The company, which reported $14 billion in revenue last year and says it has more than 600,000 business customers, promised a full incident report within two weeks.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub25-26',
    style: 'business',
    phenomenon: 'lawsuit,damages_sought_trap,valuation_at_past_round,past_series_c_with_lead',
    title: 'Former drivers sue Taskhaven for $45 million over unpaid waiting time',
    source: 'Circuit Ledger',
    text:
      'A group of 1,200 former drivers has sued Taskhaven, the errand-delivery platform, claiming the company did not pay them for time spent waiting at stores for orders. ' +
      'The suit, filed Monday in federal court in San Francisco, seeks $45 million in damages and back pay.\n\n' +
      'Taskhaven, which was valued at $1.3 billion when it raised an $85 million Series C led by Orchard Lane Capital in 2024, said in a statement that the claims were "without merit" and that drivers are paid for every minute of an active delivery.',
    kind: 'other',
    rounds: [],
    prior: ['Taskhaven'],
  },
  {
    id: 'ub25-27',
    style: 'business',
    phenomenon: 'layoffs,months_after_raising,severance_trap,valuation_at_past_round,headcount_trap',
    title: 'Pennyroyal lays off 18% of staff six months after raising $75 million',
    source: 'Circuit Ledger',
    text:
      'Pennyroyal, the app that lets parents give children a debit card with spending limits, is laying off about 90 employees, or 18% of its workforce, chief executive Colm Breathnach said in a memo on Monday.\n\n' +
      'The cuts fall mostly on marketing and customer support. Affected employees will get 12 weeks of severance and keep their health insurance through June.\n\n' +
      'The layoffs come six months after Pennyroyal raised $75 million in a Series C led by Stoneleigh Growth at a $900 million valuation. ' +
      'Breathnach wrote that the company had "hired ahead of growth that came slower than we planned."',
    kind: 'other',
    rounds: [],
    prior: ['Pennyroyal'],
  },
  {
    id: 'ub25-28',
    style: 'business',
    phenomenon: 'listed_company_earnings,revenue_trap,buyback_trap,guidance_trap,venture_arm_spending_trap',
    title: 'Quorient shares slide as cloud growth slows',
    source: 'Bytewire Daily',
    text:
      'Shares of Quorient Systems fell 6% in extended trading on Monday after the business-software company reported slower growth in its cloud division.\n\n' +
      'Revenue for the quarter ended January 31 rose 14% to $3.2 billion, slightly ahead of analysts’ estimates, but cloud subscriptions grew 19%, down from 26% a year earlier. ' +
      'Quorient forecast revenue of $3.25 billion to $3.3 billion for the current quarter and announced a $2 billion share buyback.\n\n' +
      'Chief financial officer Harriet Osei told analysts that the company’s venture arm invested about $300 million in AI startups last year and would "stay active."',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub25-29',
    style: 'business',
    phenomenon: 'regulator_fine,public_body,eur_fine_trap,user_count_trap,subject_raised_last_year',
    title: 'Irish regulator fines Pipwhistle €95 million over children’s data',
    source: 'Continental Founders',
    text:
      'Ireland’s Data Protection Commission has fined Pipwhistle, the voice-chat app popular with teenagers, €95 million for failing to protect the personal data of users under 16.\n\n' +
      'The regulator found that the app made children’s profiles public by default and shared their approximate location with other users. Pipwhistle has three months to change its settings and said it would appeal.\n\n' +
      'The London-based company, which says it has 40 million monthly users in Europe, raised $200 million last year at a $2 billion valuation.',
    kind: 'other',
    rounds: [],
    prior: ['Pipwhistle'],
  },
  {
    id: 'ub25-30',
    style: 'business',
    phenomenon: 'security_breach,ransom_demand_trap,customer_count_trap,raised_from_investors_including',
    title: 'Car insurer Veltro confirms hackers stole data of 4.1 million customers',
    source: 'Voltline',
    text:
      'Veltro, an online car insurer, confirmed on Monday that hackers had stolen the names, addresses, driver’s licence numbers and policy details of 4.1 million current and former customers.\n\n' +
      'The attackers got in through a contractor’s account and copied data over about eleven days in February before they were detected, the company said. ' +
      'A ransomware group has claimed responsibility and is demanding $5 million in cryptocurrency; Veltro said it would not pay.\n\n' +
      'The company, which has raised $110 million from investors including Kittering Partners, is offering affected customers two years of free credit monitoring.',
    kind: 'other',
    rounds: [],
    prior: ['Veltro'],
  },
  {
    id: 'ub25-31',
    style: 'business',
    phenomenon: 'executive_move,cfo_pay_package_trap,valuation_at_past_round,ipo_speculation',
    title: 'Brightmere hires former Vantix finance chief as it eyes a listing',
    source: 'Circuit Ledger',
    text:
      'Brightmere, the expense-management company, has hired Soren Lindqvist, who was chief financial officer of the payroll firm Vantix for six years, as its CFO, a move likely to fuel speculation about a stock-market listing.\n\n' +
      'Lindqvist’s pay package is worth up to $18 million over four years, mostly in stock, according to a person familiar with the terms. ' +
      'Brightmere was valued at $4 billion when it raised $300 million last year. Chief executive Tomasz Wierzbicki said the company had "no timeline" for going public.',
    kind: 'other',
    rounds: [],
    prior: ['Brightmere'],
  },
  {
    id: 'ub25-32',
    style: 'business',
    phenomenon: 'acquisition,cash_and_stock_price_trap,target_seed_led_by_trap,target_total_raised',
    title: 'Corvid buys AI layout startup Pinefold for $220 million',
    source: 'Voltline',
    text:
      'Corvid, the maker of the design tool used by many of the world’s product teams, is buying Pinefold, a startup whose software turns a rough sketch into a working page layout, for $220 million in cash and stock.\n\n' +
      'Pinefold’s 35 employees will join Corvid, and its product will be folded into Corvid’s editor later this year. ' +
      'The startup had raised $18 million from investors including Tansy Ventures, which led its seed round in 2023.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Pinefold'],
  },
  {
    id: 'ub25-33',
    style: 'wire',
    phenomenon: 'acqui_hire,shutdown_of_target,terms_undisclosed,target_pre_seed_and_seed',
    title: 'Wrenly hires the team behind photo-sharing app Dapple, which is shutting down',
    source: 'Bytewire Daily',
    text:
      'Social app Wrenly has hired the eight-person team behind Dapple, a photo-sharing app for close friends, and Dapple will shut down on April 1, its founders said. ' +
      'Terms were not disclosed. Dapple had raised $4 million in pre-seed and seed funding since 2023.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Dapple'],
  },
  {
    id: 'ub25-34',
    style: 'business',
    phenomenon: 'partnership,contract_value_trap,no_equity_stated,partner_raised_last_year',
    title: 'Aurelis signs $30 million deal with Signalpath to run its network AI',
    source: 'Bytewire Daily',
    text:
      'Telecom operator Aurelis has signed a five-year agreement worth about $30 million with Signalpath, a startup whose software predicts which cell towers are about to fail, the companies said on Monday.\n\n' +
      'Aurelis will use the system across its 22,000 sites in Spain and Portugal. ' +
      'The agreement does not include an equity investment, a Signalpath spokesperson said. Signalpath raised a $25 million Series A last year.',
    kind: 'other',
    rounds: [],
    prior: ['Signalpath'],
  },
  {
    id: 'ub25-35',
    style: 'business',
    phenomenon: 'product_launch,device_price_trap,trade_in_credit_trap,preorder_count_trap',
    title: 'Novaline’s second foldable is thinner, brighter, and $1,499',
    source: 'Voltline',
    text:
      'Novaline announced the Fold 2 on Monday, and the company has fixed the thing I complained about most last year: the crease is now hard to find even under a desk lamp.\n\n' +
      'The phone is 4.3 millimetres thick when open, has a brighter 7.8-inch inner screen and a battery that Novaline says lasts a full day. ' +
      'It costs $1,499 for the 256GB model and goes on sale on March 27, with a $200 trade-in credit for any phone up to four years old. ' +
      'Novaline says it took 120,000 preorders for the first Fold in its first week.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub25-36',
    style: 'business',
    phenomenon: 'ipo_filing,seeks_to_raise_trap,last_private_valuation,revenue_and_loss_trap',
    title: 'Chip designer Tessary files for Nasdaq IPO',
    source: 'Circuit Ledger',
    text:
      'Tessary, which designs low-power chips for running AI models in cameras and cars, has filed to go public on the Nasdaq, seeking to raise as much as $400 million.\n\n' +
      'The filing shows revenue of $212 million last year, up from $96 million in 2024, and a net loss of $61 million. ' +
      'Tessary was last valued at $3.1 billion in a private funding round in 2024 led by Ashgrove Partners, which owns 14% of the company.',
    kind: 'ipo',
    rounds: [],
    prior: ['Tessary'],
  },
  {
    id: 'ub25-37',
    style: 'business',
    phenomenon: 'fund_close,eur_m_suffix,public_body_lps,cheque_size_trap,portfolio_company_round_in_january',
    title: 'Berlin’s Quellhaus closes €250m second fund for climate software',
    source: 'Continental Founders',
    text:
      'Quellhaus, the Berlin early-stage investor, has closed its second fund at €250m, more than double the size of its first, with the European Investment Fund and KfW Capital among its limited partners.\n\n' +
      'The firm will write first cheques of €1m to €5m into seed and Series A rounds of climate-software companies, partner Henrike Vogt said. ' +
      'Its first fund backed Lindgrün, the building-energy startup that raised a €30m Series B in January.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Lindgrün'],
  },
  {
    id: 'ub25-38',
    style: 'wire',
    phenomenon: 'government_grants,public_body,eur_budget_trap,per_company_cap_trap',
    title: 'Spain earmarks €400 million for chip-design grants',
    source: 'Bytewire Daily',
    text:
      'Spain’s government said on Monday it would set aside €400 million over four years for grants to companies designing semiconductors in the country. ' +
      'Startups will be able to apply for up to €2 million each, and the first call for applications opens in May.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub25-39',
    style: 'business',
    phenomenon: 'user_milestone,profitability,raised_to_date,past_series_b',
    title: 'Listening app Echofern hits 50 million users and turns a profit',
    source: 'Voltline',
    text:
      'Echofern, the app that turns newsletters and long articles into narrated audio, says it now has 50 million monthly users and made an operating profit in the fourth quarter for the first time.\n\n' +
      'About 2.4 million of those users pay $9.99 a month for the premium tier, co-founder Lior Abramov said. ' +
      'Echofern has raised $80 million to date, most recently a $45 million Series B in 2024, and Abramov said it does not plan to raise again.',
    kind: 'other',
    rounds: [],
    prior: ['Echofern'],
  },
  {
    id: 'ub25-40',
    style: 'business',
    phenomenon: 'shutdown,failed_bridge_talks_trap,raised_from_investors_including,fleet_size_trap',
    title: 'Scooter startup Trotto shuts down after rescue talks fail',
    source: 'Continental Founders',
    text:
      'Trotto, the e-scooter rental company that operated in 30 European cities, is shutting down and will pull its 45,000 scooters off the streets by the end of the month.\n\n' +
      'Talks with an existing investor over a €15m bridge round collapsed in February, co-founder Matteo Ruggieri wrote in a post on Monday. ' +
      'Trotto had raised €140m from investors including Kingsmere Ventures and Adriatica Capital since 2019.',
    kind: 'other',
    rounds: [],
    prior: ['Trotto'],
  },
  {
    id: 'ub25-41',
    style: 'wire',
    phenomenon: 'crypto_hack,drained_amount_trap,bounty_trap,developer_raised_in_2022',
    title: '$32 million drained from lending protocol Hollowmere',
    source: 'Bytewire Daily',
    text:
      'Attackers drained about $32 million from Hollowmere, a crypto lending protocol, on Sunday by manipulating the price feed for one of its smaller markets. ' +
      'Hollowmere Labs, the company that develops the protocol, has offered the attackers a 10% bounty to return the rest. ' +
      'Hollowmere Labs raised $12 million in 2022 in a round led by Saltmarsh Digital.',
    kind: 'other',
    rounds: [],
    prior: ['Hollowmere Labs'],
  },
  {
    id: 'ub25-42',
    style: 'business',
    phenomenon: 'government_contract,public_body,contract_value_trap,option_value_trap,past_series_b',
    title: 'Ironwake wins $95 million Army contract for counter-drone systems',
    source: 'Circuit Ledger',
    text:
      'The US Army has awarded Ironwake a $95 million contract to supply truck-mounted systems that detect and jam small drones, the defence startup said on Monday. ' +
      'The contract includes options that could bring its value to $240 million over five years.\n\n' +
      'Ironwake, which raised a $150 million Series B in October, will build the systems at its plant outside Huntsville, Alabama, where it plans to add 200 jobs.',
    kind: 'other',
    rounds: [],
    prior: ['Ironwake'],
  },
  {
    id: 'ub25-43',
    style: 'roundup',
    phenomenon: 'quarterly_venture_report,largest_rounds_named,eur_totals_trap,deal_count_trap',
    title: 'European startups raised €12.4bn in the fourth quarter, down 8%',
    source: 'Continental Founders',
    text:
      'European startups raised €12.4bn in the last three months of 2025, 8% less than a year earlier, according to data published on Monday by the research firm Tallystone. ' +
      'The number of deals fell faster, by 15%, to 1,640.\n\n' +
      'The quarter’s largest rounds were Kelda Bio’s €300m Series C, Sterndrift’s €210m Series B and a €150m round for Oxfield Robotics. ' +
      'Climate and defence companies took 31% of the money, Tallystone said.',
    kind: 'other',
    rounds: [],
    prior: ['Kelda Bio', 'Sterndrift', 'Oxfield Robotics'],
  },
  {
    id: 'ub25-44',
    style: 'business',
    phenomenon: 'employee_tender_offer,led_by_in_secondary,no_new_money_stated,valuation_trap,past_series_d',
    title: 'Rivulet staff can sell $200 million of shares in tender led by Oakhurst Growth',
    source: 'Circuit Ledger',
    text:
      'Rivulet, the developer of payments software for online marketplaces, will let current and former employees sell up to $200 million of their shares in a tender offer led by Oakhurst Growth that values the company at $9 billion, according to an email to staff seen by Circuit Ledger.\n\n' +
      'The company itself will not raise any new money in the deal. ' +
      'Rivulet was valued at $6 billion in its Series D last spring.',
    kind: 'other',
    rounds: [],
    prior: ['Rivulet'],
  },
  {
    id: 'ub25-45',
    style: 'business',
    phenomenon: 'salary_survey,median_pay_trap,series_a_in_aggregate,equity_trap',
    title: 'Pay for engineers at European startups rose 3% last year, survey finds',
    source: 'Continental Founders',
    text:
      'Median base pay for software engineers at European startups rose 3% in 2025 to €78,000, according to a survey of 9,000 employees by the recruitment platform Hirecrest, well below the 9% rise of 2022.\n\n' +
      'Engineers at companies that had raised a Series A in the previous twelve months were paid 11% more than those at seed-stage companies, and were more likely to receive equity. ' +
      'London remained the best-paid city, at a median of £74,000, followed by Zurich and Amsterdam.',
    kind: 'other',
    rounds: [],
  },
];
