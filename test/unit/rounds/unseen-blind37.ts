// A thirty-seventh blind set for funding-round extraction: invented (companies, people, investors, funds, venture
// arms, lenders, banks, grant programmes and agencies, research and data firms, brokers, outlets, newsletters,
// podcasts, conferences, sponsors and sentences made up for this project; only cities, countries, regions, places
// and exchanges — the Nasdaq, the New York, Tokyo, Warsaw and Hong Kong exchanges, AIM, KOSDAQ, Euronext Lisbon and
// Frankfurt trading — are real, as settings) on 2026-12-08 by a writer who had not read src/rounds and did not run
// the extractor. Dates are written for the eval's fixed publish date (2026-03-10, a Tuesday): "today" is 10 March
// 2026, "Monday", "yesterday" and "on the 9th" are 9 March, "Friday" is 6 March, "Saturday" 7 March, "Sunday" 8
// March, "this week" is 9–10 March, "last week" is early March 2026, "January" and "February" are of 2026, "last
// year" is 2025 and "next year" 2027.
// Theme: LONG texts in which one new round (or several, or none) sits among many other figures and names.
// Styles: two 600–900-word magazine features on a sector (precision-fermentation dairy, with the new round in
// paragraph 5 among earlier raises, an exit and a state-bank loan; AI claims adjusting, with a roundup paragraph of
// three new rounds among an earlier raise and an exit); a Q&A interview with a founder whose answers tell the round
// in the first person ("We raised €27 million. Our Series B was led by …"); a long founder profile that reaches the
// round in paragraph 6; a multi-section weekly newsletter (MARKETS, DEALS with four rounds, HIRES, JOBS, EVENTS); a
// public company's earnings story that mentions its venture arm's lead of a startup's Series A in passing; a markets
// wrap with a private round in one paragraph; a conference recap with a round announced on stage beside a fund's
// first close, a listing plan, statistics and a pitch prize; a "what I got wrong raising our Series A" founder essay
// whose company is named only in the closing bio line; podcast show notes with chapter timestamps and a sponsor;
// a city feature on game studios; East Asian English-language business press (a Chinese outlet's weekly roundup
// with a "Pre-A round", a "Series B+ round worth hundreds of millions of yuan", a carmaker's "strategic financing" of
// undisclosed size and an "angel round"; a Japanese outlet's "1.2 billion yen (about $8 million)" Series B through a
// third-party allotment with the lead "acted as lead investor"; a Korean outlet's "attracted 10 billion won (about
// $7.5 million) in Series A investment" "on the 9th"); a PR-wire biotech release with "About" sections and
// forward-looking statements; a biotech trade item with a licensing deal beside the round; a trade journal on
// venture debt; and short items (headline plus one sentence, two-sentence briefs, an investor's "we led" note, a
// seed extension, a round with no lead, a government-programme grant to one company).
// Phenomena: seed, pre-seed, Series A/B/C, a Pre-A and a B+ round, an angel round, a strategic financing, a
// seed extension, venture debt, a grant won by one company; amounts in USD, EUR, GBP, CNY, JPY, KRW and AUD, with
// and without conversions, and two with no number ("hundreds of millions of yuan", "Neither company disclosed the
// amount"); leads as "led by", "X led", "co-led by", "with X leading", "X led the round", "X acted as lead
// investor", "Its venture arm, X, led", "we led", "X led the extension", "led it" (in an essay), "Our Series B was
// led by" (in an answer), leads introduced by city ("the Lagos-based", "Helsinki’s", "Edinburgh’s"); participants as
// "also invested", "following on", "continued to invest", "put in their full pro-rata", "came back in", "also took
// part", angels by name; rounds with no lead. Figures beside the rounds that are not rounds: revenue, ARR and
// guidance, earnings per share, margins, buybacks and dividends, valuations (pre-money, post-money, "at about"),
// market sizes, unit costs and prices, credit volumes and default rates, cumulative investment, a state-bank loan, a
// licensing upfront and milestones, a supply contract, a legal-fee bill, an earlier SAFE, a fund's first close, a
// pitch prize, a sponsor discount, statistics, earlier rounds of the same company and of others, exits' prices.
// In talks: an Austin earned-wage company "in talks to raise about $200 million" with X "expected to lead" and an
// existing investor "likely to invest again"; a freezer-robot maker that "has hired advisers to raise about $75
// million in a Series C" with "No lead investor has been chosen" (`lead: []`); a Cape Town founder answering "we’re
// raising our Series A at the moment — about $10 million", her seed investors having said "they’ll put money in
// again", "we haven’t chosen a lead yet" (`lead: []`).
// Distractors (rounds: [] each): an early backer's lawsuit against a startup's founders ($48 million in damages
// claimed, a Series A from 2021 and a spin-off's 2024 raise recalled); an obituary of a venture investor recalling
// her deals, an IPO and her firm's funds; a listed heat-pump maker's annual results recalling its 2024 investment in
// a start-up; a government office's press release opening a grant intake (programme total, per-project cap, last
// intake's totals, no recipient named); a VC's fourth fund close naming a portfolio round and an exit (kind
// 'fund_close'); a seed firm's second fund in one sentence (kind 'fund_close'); a freight-audit startup bought for
// $520 million and a rota app bought for £38m (kind 'acquisition'); a dental-imaging IPO recalling the company's
// Series D (kind 'ipo'); an employee tender offer at a valuation; a profile of a founder who never raised a Series
// A (a declined term sheet, a 2016 angel round); Latin American quarterly statistics naming the quarter's largest
// round; podcast show notes of a seed investor recalling her deals; a Kigali conference recap (statistics, a state
// credit-guarantee scheme, a company's earlier raise, a pitch prize); an ARR milestone recalling the last raise.
// Conventions (those of checks.ts, unseen-blind30.ts, unseen-blind33.ts and, for East Asian rounds, unseen-blind5.ts,
// unseen-blind7.ts, unseen-blind9.ts, unseen-blind10.ts, unseen-blind11.ts and unseen-blind31.ts, as far as the
// writer could read them): company as the text names it (in a founder's essay the company of the bio line; in a Q&A
// the company of the introduction); amount in the currency first stated for the round (ISO code when not USD): "RMB
// 80 million (about $11 million)" is 8e7 CNY, "1.2 billion yen (about $8 million)" 1.2e9 JPY, "10 billion won (about
// $7.5 million)" 1e10 KRW, "A$3 million" 3e6 AUD, "about $200 million" 2e8; an amount with no number ("worth
// hundreds of millions of yuan", an undisclosed strategic financing) is `amount: null` with no currency, as
// unseen-blind7.ts labels its "A+ round worth hundreds of millions of yuan" and unseen-blind5.ts its "Series B+ …
// worth several hundred million yuan". Round types: "Pre-A" is 'unknown' (as unseen-blind7.ts labels its Pre-A
// round); "Series B+" is 'series_b' (as unseen-blind5.ts and unseen-blind9.ts); an "angel round" with no stage is
// 'unknown' (as unseen-blind31.ts labels its angel round); a carmaker's "strategic financing" is 'strategic' with
// the carmaker in `other`; a seed extension is 'extension' at its new money; an asset-backed debt facility is 'debt'
// with the lender in `other`; a grant a company wins on its own from a government programme is 'grant' with the
// programme in `other`; a raise with no stage named is 'unknown'. `lead` only where the text says who led, co-led,
// "acted as lead investor" or, in talks, who "is expected to lead"; `lead: []` where no lead has been chosen; no
// `lead` where investors are named without saying who led. `other` for every other named participant (funds, a
// corporate venture arm by its own name, a regional bank, angels by their own names, a lender, a grant programme,
// and, in talks, existing investors that are "likely to invest again" or have said they will "put money in again").
// Not rounds: a fund's first close or final close, a licensing upfront, a state-bank loan recalled as background, a
// tender offer (no new money), an IPO, an acquisition, a declined term sheet, a pitch prize, a grant intake with no
// recipient, statistics. `prior` lists companies other than a labelled round's company whose funding the text
// recalls (earlier raises, an exit's price, an IPO's proceeds, a statistic's largest round, a fund's portfolio
// round) and, in a distractor, its own company where the text recalls its funding; the labelled company's own
// earlier rounds are not in `prior`. Labelled by hand; a reader of each text should agree with every label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test: unseen.test.ts
// does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND37: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub37-01',
    style: 'business',
    phenomenon:
      'magazine_feature_long,sector_feature,scene_setting_lede,round_in_paragraph_5,told_the_outlet,eur_amount,city_introduced_participant,existing_investors_put_in_more,earlier_rounds_of_rivals_trap,exit_price_trap,state_bank_loan_trap,unit_cost_trap,market_size_trap,industry_total_trap,series_b',
    title: 'The second coming of cowless cheese',
    source: 'Harvest Ledger',
    text:
      'In a converted brewery on the edge of Eindhoven, Margriet Spaan climbs a steel ladder, unscrews a sampling port on a 12,000-litre tank and holds a beaker of cloudy liquid up to the window. “People expect it to smell of milk,” she says. “It smells of bread. That’s the yeast.”\n\n' +
      'The yeast in Spaan’s tank has been given the gene for beta-casein, the protein that lets cheese stretch and melt. Curdwell, the company she co-founded in 2022 with the microbiologist Thijs Oudekerk, harvests the protein, dries it into a white powder and sells it to cheesemakers, who blend it with vegetable fats. Its first customer, a family-run dairy near Gouda, has been selling a pizza cheese made with it since November; supermarkets in the Netherlands and Belgium now stock it in 340 stores.\n\n' +
      'If that sounds like a story you have read before, it is. Between 2019 and 2022, investors poured more than $2 billion into precision-fermentation start-ups, according to the research firm Brinkhaven Data, on the promise that dairy, egg and gelatine proteins could be brewed more cheaply and cleanly than they could be farmed. Lactiva, a Californian company, raised a $210 million Series C in 2021 at a valuation of $1.4 billion. Copenhagen’s Caseo took €60 million the following year to build what it called the first “protein brewery” in Scandinavia.\n\n' +
      'Then the money ran out. Interest rates rose, stainless-steel capacity turned out to cost far more than the spreadsheets had assumed, and the proteins stayed stubbornly expensive. Lactiva cut a third of its staff in 2024 and was sold last year to the dairy cooperative Nordmelk, for a price that people close to the deal put at under $100 million. Caseo now makes ingredients for pet food.\n\n' +
      'Curdwell is betting that the sums work the second time around. The company has raised €32 million in a Series B round led by Maasland Food Ventures, Spaan told Harvest Ledger ahead of Monday’s announcement, with Rotterdam’s Kade Impact Fund joining and existing investors Wageningen Seed Partners and Dommel Valley Fund putting in more. The money will pay for a 150,000-litre production line at a chemicals park in Geleen that is due to start up in the second half of 2027, and will take Curdwell’s staff from 48 to about 80.\n\n' +
      'The economics are still tight. At its current scale Curdwell spends about €18 to make a kilogram of casein; casein separated from cow’s milk sells for around €9. Spaan says the Geleen line, which runs on cheaper sugar-beet feedstock and a continuous rather than a batch process, should bring the cost down to €8 by 2029. “If we can’t get below milk, we don’t have a business,” she says. “Everyone in this industry learned that the expensive way.”\n\n' +
      'She is not the only one trying again. In Israel, Milkhaven is building a plant near Beersheba with a $75 million loan it secured from a state-owned bank last year. In Wisconsin, Prairie Curd sells whey proteins to three of the ten largest US cheesemakers and says it expects to turn a profit in 2028. And Nordmelk, the cooperative that bought Lactiva, has quietly restarted Lactiva’s pilot plant in Sacramento.\n\n' +
      'Hendrika Voss, who follows food ingredients at the broker Lindgracht Securities, thinks the market for animal-free dairy proteins could reach $4.5 billion a year by 2032 — a sliver of the $900 billion global dairy market, but enough, she says, “for two or three companies to build something durable”. She is wary of the rest. “A lot of the 2021 vintage were technology companies that happened to make food,” she says. “The ones left standing are food companies that happen to use technology.”\n\n' +
      'Regulators are another hurdle. Curdwell’s casein is sold in Europe under a novel-food authorisation it won in 2025 after a 30-month review; the company has not yet applied in the United States, where it expects a faster process but a more crowded field.\n\n' +
      'Back in Eindhoven, Spaan tips the beaker into a drain. “This batch is for testing,” she says. “In Geleen, a tank like that will fill in eleven minutes.”',
    kind: 'round',
    rounds: [
      {
        company: 'Curdwell',
        amount: 32e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Maasland Food Ventures'],
        other: ['Kade Impact Fund', 'Wageningen Seed Partners', 'Dommel Valley Fund'],
      },
    ],
    prior: ['Lactiva', 'Caseo', 'Milkhaven'],
  },
  {
    id: 'ub37-02',
    style: 'business',
    phenomenon:
      'magazine_feature_long,sector_feature,anecdotal_lede,roundup_paragraph_in_feature,three_rounds_one_text,gbp_seed_with_x_leading,co_led_by,earlier_raise_of_rival_trap,exit_price_trap,workforce_statistic_trap,cost_growth_trap,claims_count_trap,series_a,seed,series_b',
    title: 'Claims, automated: insurers are finally letting software do the adjusting',
    source: 'Ledgerline',
    text:
      'When a hailstorm tore across the Denver suburbs last June, Moira Castellane’s team at a mid-sized regional insurer braced for the usual: six weeks of adjusters on ladders, a backlog of 9,000 claims and a spike in complaints to the state regulator. Instead, most of the roof claims were settled within nine days. Policyholders uploaded phone photos, a drone flew the worst-hit streets, and software priced the damage before a human looked at it.\n\n' +
      '“Two years ago I would have told you that was a pilot,” says Castellane, who runs claims operations at Sangre Mutual. “Now it’s just how we work.”\n\n' +
      'Insurers have talked about automating claims for a decade. What has changed is partly the technology — image models that can tell hail bruising from ordinary wear, and language models that can read a body shop’s estimate line by line — and partly the labour market. The US had about 340,000 claims adjusters in 2025, according to the trade group Adjusters Forward, and a third of them are over 55. The average cost of handling a property claim has risen 27% since 2020.\n\n' +
      'Investors have noticed, though not for the first time. The category’s early star, Sorrelguard, raised $120 million in 2022 at a valuation of $1 billion before its growth stalled; Hailmark, which built drone software for roof inspections, was bought by the insurer Granitehall last year for $310 million.\n\n' +
      'Now the money is back. In the past week alone, three companies in the field have announced rounds. Adjustwise, a Chicago start-up whose software estimates hail and wind damage from drone and phone images, raised $18 million in a Series A led by Halsted Row Capital. In London, Claimwright, which reads motor-repair invoices and flags padded ones, closed a £7.5 million seed round, with Fenchurch Bridge Ventures leading and Cheapside Angels joining. And Toronto’s Quotient Claims took $40 million in Series B funding, co-led by Don Valley Growth and Bayview Street Partners, to expand from Ontario into the US Midwest.\n\n' +
      'The founders describe a different sales cycle from the one their predecessors faced. “In 2021 you sold to an innovation lab,” says Priyanka Dhillon, Adjustwise’s chief executive. “Now you sell to the head of claims, and she has a number she needs to hit.” Adjustwise says it has 14 insurers as customers and handled 210,000 claims last year.\n\n' +
      'The pitch is mostly about cost. A field visit by an independent adjuster costs an insurer $350 to $600, depending on the region and the season; Quotient Claims says it charges about $14 a claim, and Claimwright takes a share of the overcharges it catches, which it says averaged £410 per disputed invoice last year. Insurers that have run the tools side by side with human adjusters report settlement amounts within 3% of each other on simple claims, though the gap widens on older roofs and on cars with aftermarket parts.\n\n' +
      'Not everyone is convinced that automation will shrink the workforce. Castellane’s team is the same size as it was in 2023; its adjusters simply spend less time on ladders and more on complex claims, disputed ones and fraud. Regulators are watching, too. Colorado and two other states now require insurers to tell policyholders when a claim was priced by software, and to offer a human review on request.\n\n' +
      'Then there is the question of who owns the data. Insurers increasingly want to train models on their own claims history rather than rent one, and two of the largest have built in-house teams. “The start-ups that survive will be the ones insurers can’t build themselves,” says Leon Marchetti, a partner at the consultancy Halberd Grey, which advises carriers on claims technology. “That’s a smaller set than the pitch decks suggest.”\n\n' +
      'For Castellane, the test is simpler. “If the next hailstorm comes and we settle in nine days again,” she says, “nobody here will want to go back.”',
    kind: 'round',
    rounds: [
      { company: 'Adjustwise', amount: 18e6, roundType: 'series_a', lead: ['Halsted Row Capital'] },
      {
        company: 'Claimwright',
        amount: 7.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Fenchurch Bridge Ventures'],
        other: ['Cheapside Angels'],
      },
      {
        company: 'Quotient Claims',
        amount: 40e6,
        roundType: 'series_b',
        lead: ['Don Valley Growth', 'Bayview Street Partners'],
      },
    ],
    prior: ['Sorrelguard', 'Hailmark'],
  },
  {
    id: 'ub37-03',
    style: 'business',
    phenomenon:
      'founder_qa_interview,question_answer_turns,company_named_in_intro,round_told_in_answer,first_person_we_raised,our_series_b_was_led_by,series_a_lead_full_pro_rata,city_introduced_participant,earlier_series_a_same_company_trap,runway_trap,term_sheet_count_trap,capacity_gigawatts_trap,cofounder_exit_price_trap,eur_amount,series_b',
    title: '“We raised before we had to”: Solvane’s Inés Calatrava on the company’s Series B',
    source: 'Levante Tech',
    text:
      'Solvane, the Valencia company whose tracked robots clean and inspect panels on large solar farms, announced its Series B on Monday. We spoke to co-founder and chief executive Inés Calatrava about the round, the robots and why she thinks dust is a bigger problem than anyone admits. The interview has been edited for length.\n\n' +
      'Let’s start with the news. What did you raise?\n' +
      'We raised €27 million. Our Series B was led by Turia Growth Partners, and Albufera Ventures, who led our Series A, put in their full pro-rata. We also have a new investor from Munich, Isarbrück Capital, which knows the solar industry very well.\n\n' +
      'Your Series A was only 18 months ago. Why raise again so soon?\n' +
      'We closed a €9 million Series A in September 2024, and we still had about 20 months of runway. But two utilities were asking us for 400 robots each, and you can’t build 800 robots on 20 months of runway. So we went out early, while we didn’t need the money. That’s the best time to raise, and the hardest time to convince yourself to do it.\n\n' +
      'How did the process go?\n' +
      'We spoke to 61 funds in nine weeks and got four term sheets. The highest valuation was not the one we took — that fund wanted a seat on the board and a veto over our budget, and I said no.\n\n' +
      'What do the robots actually do?\n' +
      'They drive along the rows at night and brush the panels clean, with no water. A dirty panel loses 5% to 7% of its output in a Spanish summer, and in a desert it can be 25%. Our robots work on 1.4 gigawatts of panels today, in Spain, Portugal and Morocco. By the end of next year we want that to be 6 gigawatts.\n\n' +
      'And the inspection part?\n' +
      'Each robot carries a thermal camera. It finds broken cells and hot spots before they become a fire risk. Customers often tell us the inspection is worth more to them than the cleaning.\n\n' +
      'Your co-founder has sold a company before.\n' +
      'Yes, Jordi Ferrer sold Fotomapa, his drone-mapping business, to a surveying group in 2021 for about €40 million. He is the reason we did not waste two years building a drone.\n\n' +
      'Where does the money go?\n' +
      'Most of it goes into manufacturing. We will move from a workshop in Paterna, where we build 30 robots a month, to a plant in Sagunto that can build 150. We will hire about 80 people this year, and we are opening offices in Italy and Greece.\n\n' +
      'Last question. What would you tell a founder raising a Series B this year?\n' +
      'Know your numbers better than the investor does, and don’t fall in love with the first term sheet.',
    kind: 'round',
    rounds: [
      {
        company: 'Solvane',
        amount: 27e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Turia Growth Partners'],
        other: ['Albufera Ventures', 'Isarbrück Capital'],
      },
    ],
    prior: ['Fotomapa'],
  },
  {
    id: 'ub37-04',
    style: 'business',
    phenomenon:
      'founder_profile_long,childhood_lede,round_in_paragraph_6,on_monday_company_said,lead_described_by_city,city_introduced_participant,development_investor_participant,founder_failed_startup_angel_money_trap,earlier_seed_same_company_with_lead,credit_volume_trap,default_rate_trap,write_off_trap,shop_count_trap,series_a',
    title: 'The shopkeeper’s daughter who wants to rewrite credit for West Africa’s corner stores',
    source: 'Gold Coast Business Review',
    text:
      'Adwoa Sarpong learned double-entry bookkeeping before she learned to ride a bicycle. Her mother ran a provisions shop on a busy street in Kumasi, selling sugar, tinned tomatoes, soap and phone credit from a counter that Sarpong could barely see over, and every evening the two of them sat under a fluorescent tube and balanced the day’s book.\n\n' +
      '“The book never balanced,” Sarpong says, laughing. “Half the customers paid later, and the wholesalers wanted cash now. My mother was a bank without any of the money.”\n\n' +
      'Thirty years on, Sarpong, 38, runs a company built on that gap. Shelfline, which she founded in Accra in 2021, gives wholesale distributors software to take orders from small shops by phone, and lets those shops buy stock on 14 or 30 days’ credit that Shelfline underwrites from their order history. About 11,000 shops in Ghana and Côte d’Ivoire now order through it, and the company extends roughly $40 million of credit a month, with a default rate it puts at 2.1%.\n\n' +
      'The route there was not direct. After studying economics in Leeds, Sarpong spent six years in credit risk at a bank in Johannesburg, then came home in 2017 to start Bodwe, a consumer lending app. Bodwe raised $400,000 from angel investors and shut down two years later. “We lent to people we didn’t understand,” she says. “Shopkeepers, I understand.”\n\n' +
      'She started Shelfline with Yaw Boateng, a software engineer she met in a Bodwe customer’s shop, and Kofi Mensah-Arthur, who had spent a decade driving delivery vans for a drinks distributor and still spends two days a week on the road. The company raised a $3 million seed round in 2023, led by Osu Ventures.\n\n' +
      'On Monday, Shelfline said it had raised $14 million in a Series A led by the Lagos-based Ikoyi Growth Fund, with Nairobi’s Ngong Road Capital and the Dutch development investor Amstelhof Impact taking part. The money will take the company into Nigeria and Senegal, Sarpong says, and let it carry more of its credit book on its own balance sheet.\n\n' +
      'Investors say her background as a risk manager is the point. “Most fintech founders in the region come from product,” says Funmi Adeyemo, a partner at Ikoyi Growth Fund. “Adwoa comes from the part of the bank that says no. That is exactly who you want running a credit business.”\n\n' +
      'Not everything has gone to plan. A push into Burkina Faso in 2024 was abandoned after four months, and Shelfline wrote off about $600,000 of loans there. Sarpong says the lesson was about distributors, not shops: “If the wholesaler doesn’t trust you, the shopkeeper never will.”\n\n' +
      'Her mother, now retired, still keeps a book. “She uses the app,” Sarpong says. “And the book. Just in case.”',
    kind: 'round',
    rounds: [
      {
        company: 'Shelfline',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Ikoyi Growth Fund'],
        other: ['Ngong Road Capital', 'Amstelhof Impact'],
      },
    ],
    prior: ['Bodwe'],
  },
  {
    id: 'ub37-05',
    style: 'roundup',
    phenomenon:
      'weekly_newsletter_sections,markets_deals_hires_jobs_events,emoji_section_headers,four_rounds_one_text,em_dash_items,city_in_brackets,x_led_at_end,co_led_city_introduced,x_led_with_y_following_on,gbp_amounts,listed_company_guidance_trap,share_move_trap,hire_recalls_series_b_trap,job_post_recalls_seed_trap,salary_trap,ticket_price_trap,demo_day_prize_trap,series_a,seed,pre_seed',
    title: 'The Northern Stack #212: four rounds, a results scare and a new CTO in Huddersfield',
    source: 'The Northern Stack',
    text:
      'Morning all. A busy week up north — four rounds, one of them from a founder who pitched at our breakfast in November, so we’re taking full credit. ☕\n\n' +
      '📈 MARKETS\n' +
      '• Pennine Analytics (AIM: PNA) closed up 14% on Friday after lifting its full-year revenue guidance to £62m. The shares are up 40% since January.\n' +
      '• Kirkstall Health fell 8% on Thursday after delaying its trading update. The Leeds company blamed “a late hospital contract” — we’ll believe it when we see it.\n\n' +
      '💷 DEALS\n' +
      '• Tenterhook (Bradford) — £6m Series A for its textile-sorting robots, led by Aire Valley Capital. Saltaire Angels also invested.\n' +
      '• Boltwright (Manchester) — £2.2m seed round to sell its bolt-tension sensors to wind-farm operators. Deansgate Ventures led.\n' +
      '• Quaylight (Liverpool) — £11m Series A for its berth-scheduling software for container ports, co-led by Mersey Harbour Partners and Edinburgh’s Dalkeith Growth.\n' +
      '• Gantrix Bio (Newcastle) — £1.4m pre-seed for enzyme-based stain removers, spun out of a university chemistry lab. Tyne Angels Network led, with Jesmond Capital following on.\n\n' +
      '👋 HIRES\n' +
      '• Gritstone, the Huddersfield payroll company that raised a £15m Series B last spring, has hired Ruth Amankwah, formerly engineering director at a Leeds building society, as CTO.\n' +
      '• Saltaire Angels has a new chair: Declan Moorhouse, who sold his packaging business in 2022.\n\n' +
      '💼 JOBS\n' +
      '• Boltwright is hiring two firmware engineers (Manchester, £55k–£70k).\n' +
      '• Calderside, still spending the seed round it raised in 2024, wants a head of sales for its dairy-farm software (Halifax, hybrid).\n\n' +
      '📅 EVENTS\n' +
      '• Northern Founders Breakfast, Leeds, 19 March, 7.30am. £15, bacon included.\n' +
      '• Tees Robotics Demo Day, Middlesbrough, 2 April: 12 teams and a £25,000 prize for the best of them.\n\n' +
      'That’s all for this week. Reply with your news — we read everything.',
    kind: 'round',
    rounds: [
      {
        company: 'Tenterhook',
        amount: 6e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Aire Valley Capital'],
        other: ['Saltaire Angels'],
      },
      { company: 'Boltwright', amount: 2.2e6, currency: 'GBP', roundType: 'seed', lead: ['Deansgate Ventures'] },
      {
        company: 'Quaylight',
        amount: 11e6,
        currency: 'GBP',
        roundType: 'series_a',
        lead: ['Mersey Harbour Partners', 'Dalkeith Growth'],
      },
      {
        company: 'Gantrix Bio',
        amount: 1.4e6,
        currency: 'GBP',
        roundType: 'pre_seed',
        lead: ['Tyne Angels Network'],
        other: ['Jesmond Capital'],
      },
    ],
    prior: ['Gritstone', 'Calderside'],
  },
  {
    id: 'ub37-06',
    style: 'business',
    phenomenon:
      'earnings_story_long,public_company_results,round_in_passing_paragraph_5,venture_arm_of_listed_company_led,startup_said_on_monday,eps_trap,revenue_trap,margin_trap,buyback_trap,dividend_trap,share_price_trap,guidance_trap,price_target_trap,series_a',
    title: 'Hallgarth Foods beats on margins as snack volumes slip',
    source: 'Twin Cities Markets Desk',
    text:
      'Hallgarth Foods reported fourth-quarter earnings above Wall Street expectations on Monday, as price increases and cheaper potatoes offset a third straight quarter of falling snack volumes.\n\n' +
      'The Minneapolis-based maker of chips, pretzels and frozen side dishes earned $1.12 a share, excluding one-time items, against the $1.05 analysts had forecast. Revenue fell 2% to $4.1 billion. Volumes in its snacks division dropped 4.5%, which chief executive Carla Lindqvist-Moore blamed on shoppers trading down to store brands and on weight-loss drugs, which she called “a real but manageable headwind”.\n\n' +
      'Gross margin widened to 36.8% from 34.9% a year earlier. Hallgarth said it would buy back up to $500 million of shares over two years and raised its quarterly dividend by 3 cents to 61 cents. The shares rose 3.2% to $78.40 in New York Stock Exchange trading.\n\n' +
      'For the year ahead, the company expects organic sales to be flat to down 1% and adjusted earnings of $4.60 to $4.75 a share.\n\n' +
      'Hallgarth is also spending on automation. Its venture arm, Hallgarth Ventures, led a $22 million Series A in Sprigloom, a Minneapolis start-up that uses cameras and machine learning to grade potatoes as they come off the truck, Sprigloom said on Monday. Hallgarth already uses Sprigloom’s systems at four of its plants and plans to install them in all 11 by the end of next year.\n\n' +
      '“Every bad potato we catch at the dock is one we don’t fry,” Lindqvist-Moore told analysts on a call.\n\n' +
      'Analysts were mostly upbeat. “Margins are doing the heavy lifting while volumes stabilise,” wrote Dev Raghunathan of Lakeshore Equity Research, who kept a buy rating and a $90 price target on the stock.',
    kind: 'round',
    rounds: [{ company: 'Sprigloom', amount: 22e6, roundType: 'series_a', lead: ['Hallgarth Ventures'] }],
  },
  {
    id: 'ub37-07',
    style: 'business',
    phenomenon:
      'conference_recap,numbered_takeaways,round_announced_on_stage_in_keynote,co_led_city_introduced,existing_investor_put_in_more,eur_amount,fund_first_close_trap,listing_plan_recalls_raise_trap,seed_statistics_trap,defence_spending_trap,pitch_prize_trap,attendee_count_trap,series_b',
    title: 'Three things we learned at Harbourline Summit',
    source: 'Tejo Tech Review',
    text:
      'More than 4,000 people crowded into a former tobacco warehouse on the Lisbon waterfront for the two days of Harbourline Summit, which ended on Monday evening. Here is what stood out.\n\n' +
      '1. Seed is smaller, and slower\n' +
      'On the opening panel, Ana Rebelo of the data firm Pontal Analytics said the number of European seed rounds fell 9% last year, while the median seed cheque rose to €2.8 million. “Fewer companies, bigger rounds, longer diligence,” she said. Three of the five investors on stage said they now take more than ten weeks to close a seed deal.\n\n' +
      '2. The biggest news came from the main stage\n' +
      'Marisol Quaresma, chief executive of Tidequay, a Porto company that makes water-quality sensors for fish farms, used her keynote on Monday to announce a €25 million Series B. The round was co-led by Belém Capital and Munich’s Glockenbach Partners, and existing investor Ribeira Seed put in more money. Tidequay’s sensors now monitor 1,900 sea cages in Portugal, Norway and Chile, Quaresma said, and the company will use the money to open an office in Puerto Montt.\n\n' +
      'Earlier in the day, Alfama Ventures said it had held a first close of €80 million for its second fund, and Vinhal, the Lisbon payments company that raised $60 million in 2024, said it was preparing to list on Euronext Lisbon next year.\n\n' +
      '3. Everyone wants to talk about defence\n' +
      'A session on dual-use technology drew a queue out of the door. Portugal’s defence spending will rise by about €1 billion over three years, a ministry official told the room, and several founders admitted they had rewritten their pitch decks to mention it.\n\n' +
      'The pitch competition was won by Salgado Labs, a Coimbra team that turns salt-marsh grasses into packaging, which took home a €50,000 prize.',
    kind: 'round',
    rounds: [
      {
        company: 'Tidequay',
        amount: 25e6,
        currency: 'EUR',
        roundType: 'series_b',
        lead: ['Belém Capital', 'Glockenbach Partners'],
        other: ['Ribeira Seed'],
      },
    ],
    prior: ['Vinhal'],
  },
  {
    id: 'ub37-08',
    style: 'blog',
    phenomenon:
      'founder_essay_lessons_from_series_a,company_named_only_in_bio_line,last_week_we_announced,x_led_it,first_cheque_investor_came_back_in,numbered_lessons,market_size_trap,pre_and_post_money_valuation_trap,legal_fees_trap,seed_safe_conversion_trap,arr_trap,retention_trap,firm_count_trap,series_a',
    title: 'Seven things I got wrong raising our Series A (and three I got right)',
    source: 'Field Notes',
    text:
      'Last week we announced our $11 million Series A. Pinecrown Ventures led it, and Halyard Seed, who wrote our very first cheque in a coffee shop three years ago, came back in. Since then about forty founders have emailed to ask how it went. Here is the honest version.\n\n' +
      'What I got wrong\n\n' +
      '1. I started too late. We had seven months of cash when I sent the first email. By the time we signed, we had three. Start when you have twelve.\n\n' +
      '2. I pitched 74 firms. About 50 of them were never going to invest in software for home-care agencies, and I could have known that from their websites.\n\n' +
      '3. I led with our market size ($42 billion a year spent on home-care scheduling and payroll in the US, if you’re wondering). Nobody cared. They cared that our net revenue retention was 131%.\n\n' +
      '4. I treated the first term sheet as the last. It valued us at $40 million post-money. The one we signed, eleven days later, was at $55 million.\n\n' +
      '5. I didn’t budget for lawyers. The round cost us about $38,000 in legal fees.\n\n' +
      '6. I forgot that our $2.5 million seed SAFE would convert. Model the dilution before the partner meeting, not after it.\n\n' +
      '7. I hid a bad month. Our ARR dipped in August, from $1.31 million to $1.24 million, when two of our agencies merged. Every investor found it anyway. Tell them first.\n\n' +
      'What I got right\n\n' +
      '1. I asked our ten best customers to take reference calls before anyone asked me for them.\n' +
      '2. I kept running the company. Our ARR is $1.9 million today.\n' +
      '3. I picked the partner, not the logo.\n\n' +
      'If you’re raising this year and want to compare notes, my inbox is open.\n\n' +
      'Rosalind Achebe is co-founder and chief executive of Tallybird, which makes scheduling and payroll software for home-care agencies. She lives in Atlanta.',
    kind: 'round',
    rounds: [
      { company: 'Tallybird', amount: 11e6, roundType: 'series_a', lead: ['Pinecrown Ventures'], other: ['Halyard Seed'] },
    ],
  },
  {
    id: 'ub37-09',
    style: 'blog',
    phenomenon:
      'podcast_show_notes,chapter_timestamps,round_in_intro_paragraph,has_just_closed,angel_by_name_with_former_role,amount_repeated_in_timestamp,guest_former_company_exit_trap,bridge_count_trap,maintenance_budget_trap,sponsor_discount_trap,seed',
    title: 'Ep. 88 — Drones for old rail bridges, with Pontrail’s Sven Adeyemi',
    source: 'The Long Haul Podcast',
    text:
      'Our guest this week is Sven Adeyemi, co-founder and CEO of Pontrail, the Rotterdam start-up whose drones inspect railway bridges without closing the line. Pontrail has just closed a $6.5 million seed round led by Gantry Hill Ventures, with former rail executive Miriam Dube joining as an angel, and Sven tells us why he raised in dollars from a London fund rather than in euros at home.\n\n' +
      'Before Pontrail, Sven co-founded Kartwise, a mapping start-up that was acquired by a Swiss surveying group in 2022 for $30 million.\n\n' +
      'Chapters:\n' +
      '(00:00) Intro, and a listener question about hydrogen trains\n' +
      '(04:40) Europe has more than 23,000 rail bridges over 100 years old\n' +
      '(12:15) Why a bridge inspection still means closing a line for a night\n' +
      '(19:05) Raising $6.5 million in eight weeks, and the term sheet he turned down\n' +
      '(31:30) The €1.2 billion a year European rail operators spend on bridge maintenance\n' +
      '(44:10) Hiring drone pilots who aren’t afraid of trains\n\n' +
      'This episode is brought to you by Ledgerpond, the accounting software for freight companies. Listeners get $200 off their first year at ledgerpond.com/longhaul.\n\n' +
      'Links: pontrail.eu · Gantry Hill’s post on the investment · our 2024 episode on track-inspection robots',
    kind: 'round',
    rounds: [{ company: 'Pontrail', amount: 6.5e6, roundType: 'seed', lead: ['Gantry Hill Ventures'], other: ['Miriam Dube'] }],
    prior: ['Kartwise'],
  },
  {
    id: 'ub37-10',
    style: 'roundup',
    phenomenon:
      'chinese_outlet_english_edition,weekly_deal_roundup,item_subheadings,four_rounds_one_text,pre_a_round_rmb_with_usd_conversion,series_b_plus_hundreds_of_millions_of_yuan,no_number_amount,continued_to_invest,strategic_financing_from_carmaker_undisclosed,angel_round_rmb_from_fund_and_individual,hong_kong_listing_filing_trap,guidance_fund_size_trap,monthly_statistic_trap,robot_count_trap,station_count_trap,unknown_type,series_b,strategic',
    title: 'China deals this week: a humanoid Pre-A, a charging B+ and a carmaker’s strategic bet',
    source: 'Yangtze Venture Daily (English edition)',
    text:
      'Here are the week’s notable financings in China’s hard-tech sector, compiled by our Shanghai desk.\n\n' +
      'Lingbu Robotics completes RMB 80 million Pre-A round\n' +
      'Shanghai-based Lingbu Robotics, which develops two-legged robots for picking goods in warehouses, has completed a Pre-A round of RMB 80 million (about $11 million). The round was led by Huangpu River Capital, with Jing’an Technology Fund following on. Founded in 2024, the company says it has delivered 60 robots to three logistics customers.\n\n' +
      'Yunqiao Charging closes Series B+ worth hundreds of millions of yuan\n' +
      'Yunqiao Charging, a Chengdu operator of fast-charging stations for electric trucks, has closed a Series B+ round worth hundreds of millions of yuan. Tianfu Industrial Investment led the round, and existing shareholder Jinjiang Capital continued to invest. The company operates 420 charging stations across Sichuan and Chongqing.\n\n' +
      'Qingneng New Energy receives strategic financing from Chaohu Motor Group\n' +
      'Hefei-based solid-state battery developer Qingneng New Energy has received strategic financing from automaker Chaohu Motor Group. Neither company disclosed the amount. Qingneng will supply sample cells for Chaohu’s next-generation sedan, due in 2028.\n\n' +
      'Xuebao Intelligence raises angel round\n' +
      'Hangzhou AI tutoring start-up Xuebao Intelligence has raised an angel round of RMB 15 million from Wulin Angel Fund and individual investor Zhou Minghui. The company’s app has 800,000 registered students.\n\n' +
      'Also this week\n' +
      '• Suzhou-based lidar maker Guangjian Technology filed for a listing on the Hong Kong Stock Exchange.\n' +
      '• Shenzhen’s municipal guidance fund launched a RMB 10 billion fund for embodied AI.\n' +
      '• Chinese robotics companies raised about RMB 21 billion in February, according to the data provider Qianxun Data.',
    kind: 'round',
    rounds: [
      {
        company: 'Lingbu Robotics',
        amount: 8e7,
        currency: 'CNY',
        roundType: 'unknown',
        lead: ['Huangpu River Capital'],
        other: ['Jing’an Technology Fund'],
      },
      {
        company: 'Yunqiao Charging',
        amount: null,
        roundType: 'series_b',
        lead: ['Tianfu Industrial Investment'],
        other: ['Jinjiang Capital'],
      },
      { company: 'Qingneng New Energy', amount: null, roundType: 'strategic', other: ['Chaohu Motor Group'] },
      {
        company: 'Xuebao Intelligence',
        amount: 1.5e7,
        currency: 'CNY',
        roundType: 'unknown',
        other: ['Wulin Angel Fund', 'Zhou Minghui'],
      },
    ],
  },
  {
    id: 'ub37-11',
    style: 'business',
    phenomenon:
      'japanese_outlet_english_edition,dateline,billion_yen_with_usd_conversion,third_party_allotment,acted_as_lead_investor,cvc_arm_described_by_parent_participant,regional_bank_participant,cumulative_total_trap,revenue_yen_trap,revenue_forecast_trap,tests_count_trap,listing_plan_trap,series_b',
    title: 'Kyoto EV-battery diagnostics startup Denchiwa raises 1.2 billion yen in Series B',
    source: 'Kansai Economic Journal (English edition)',
    text:
      'KYOTO -- Denchiwa, a Kyoto-based startup that measures how much life is left in used electric-vehicle batteries, said on Monday that it has raised 1.2 billion yen (about $8 million) in a Series B round through a third-party allotment of new shares.\n\n' +
      'Kamogawa Capital Partners acted as lead investor. Fushimi Industrial Ventures, the corporate venture capital arm of a Kyoto electronic-components maker, and the regional lender Rakuyo Bank also took part. The funding brings the company’s cumulative total to 2.1 billion yen.\n\n' +
      'Denchiwa’s testers connect to a battery pack for about 15 minutes and estimate its remaining capacity without taking it apart, a job that usually takes a day in a laboratory. Used-car dealers and battery recyclers use the service to price packs; the company says it tested about 38,000 batteries in 2025, more than double the year before.\n\n' +
      'Revenue for the fiscal year ended March 2025 was 340 million yen, and the company expects to reach 900 million yen this fiscal year. It plans to use the new funds to open testing sites in Aichi and Fukuoka prefectures and to hire about 30 engineers.\n\n' +
      'President Takumi Nishizawa, a former battery engineer at a major automaker, said the company aims to list on the Tokyo Stock Exchange’s Growth market within three years. “The number of used EVs in Japan will increase sharply from 2027,” he said. “Someone has to tell buyers what the battery is worth.”',
    kind: 'round',
    rounds: [
      {
        company: 'Denchiwa',
        amount: 1.2e9,
        currency: 'JPY',
        roundType: 'series_b',
        lead: ['Kamogawa Capital Partners'],
        other: ['Fushimi Industrial Ventures', 'Rakuyo Bank'],
      },
    ],
  },
  {
    id: 'ub37-12',
    style: 'business',
    phenomenon:
      'korean_outlet_english_edition,on_the_9th,attracted_billion_won_with_usd_conversion,series_a_investment,the_round_was_led_by,cumulative_investment_trap,supply_contract_won_trap,capacity_tonnes_trap,sales_won_trap,kosdaq_listing_plan_trap,series_a',
    title: 'Seaweed packaging startup Haecho Materials attracts 10 billion won in Series A',
    source: 'Hangang Business Daily (English edition)',
    text:
      'Haecho Materials, a Busan-based startup that makes food-packaging film from seaweed, announced on the 9th that it has attracted 10 billion won (about $7.5 million) in Series A investment.\n\n' +
      'The round was led by Suyeong Bay Investment, with Daejeon Tech Finance and Gwangan Partners participating. With this round, Haecho Materials’ cumulative investment has reached 13.5 billion won.\n\n' +
      'Founded in 2022 by CEO Kang Seo-yeon, a marine biologist, the company turns farmed brown seaweed into a transparent film that dissolves in warm water and breaks down in soil within eight weeks. Its film wraps triangle kimbap at a convenience-store chain in Busan and South Gyeongsang Province under a supply contract worth 4 billion won over two years.\n\n' +
      'The company plans to use the investment to expand its Gijang plant’s annual capacity from 300 tonnes to 1,200 tonnes and to begin exports to Japan in the second half. Haecho Materials posted sales of 2.3 billion won last year and aims to list on KOSDAQ in 2028.\n\n' +
      '“Korea farms more seaweed than almost any country in the world, and most of it is still eaten,” Kang said. “We want to wrap food with it, too.”',
    kind: 'round',
    rounds: [
      {
        company: 'Haecho Materials',
        amount: 1e10,
        currency: 'KRW',
        roundType: 'series_a',
        lead: ['Suyeong Bay Investment'],
        other: ['Daejeon Tech Finance', 'Gwangan Partners'],
      },
    ],
  },
  {
    id: 'ub37-13',
    style: 'wire',
    phenomenon: 'short_item,two_sentences,government_programme_grant_on_its_own,eur_amount,programme_total_and_count_trap,grant',
    title: 'Delft dike-monitoring startup Kwelwater wins €2.1m government grant',
    source: 'Dutch Water Tech Brief',
    text:
      'Kwelwater, a Delft company that detects seepage inside river dikes with buried fibre-optic cables, has won a €2.1 million grant from the Polderwerk Innovation Programme, the government’s fund for flood-safety technology, the company said on Monday. ' +
      'The programme handed out €18 million to 11 projects in this round.',
    kind: 'round',
    rounds: [
      { company: 'Kwelwater', amount: 2.1e6, currency: 'EUR', roundType: 'grant', other: ['Polderwerk Innovation Programme'] },
    ],
  },
  {
    id: 'ub37-14',
    style: 'wire',
    phenomenon:
      'short_item,headline_only_item,title_plus_one_sentence,amount_and_type_only_in_headline,body_says_the_denver_company,series_a',
    title: 'Vetspan nabs $9 million Series A to bring telehealth to rural vets',
    source: 'Front Range Startup Wire',
    text: 'The Denver company’s round was led by Larimer Square Ventures.',
    kind: 'round',
    rounds: [{ company: 'Vetspan', amount: 9e6, roundType: 'series_a', lead: ['Larimer Square Ventures'] }],
  },
  {
    id: 'ub37-15',
    style: 'press',
    phenomenon:
      'us_pr_wire_release,dateline,long_syndicate,new_and_existing_investors,total_raised_since_founding_trap,trial_size_trap,licensing_upfront_and_milestones_trap,board_seat,about_boilerplate_investor_aum_trap,forward_looking_statements,series_c',
    title:
      'Orbelle Therapeutics Announces $95 Million Series C Financing to Advance Inhaled Therapy for Idiopathic Pulmonary Fibrosis',
    source: 'Harborline Newswire',
    text:
      'BOSTON, March 10, 2026 /Harborline Newswire/ -- Orbelle Therapeutics, Inc., a clinical-stage biopharmaceutical company developing inhaled medicines for fibrotic lung disease, today announced a $95 million Series C financing. The round was led by new investor Quincy Point Capital, with participation from new investors Back Cove Healthcare Partners and Sorensen Hill Advisors and existing investors Fenway Bio Partners, Charles Harbor Ventures and Nantasket Capital.\n\n' +
      'Proceeds will fund a Phase 2b trial of ORB-210, Orbelle’s inhaled small-molecule inhibitor, in about 300 patients with idiopathic pulmonary fibrosis, and manufacturing scale-up ahead of a potential Phase 3 program. Including this financing, Orbelle has raised $212 million since its founding in 2020.\n\n' +
      'In a Phase 2a study reported in November, patients who received ORB-210 for 24 weeks lost on average 62 milliliters less lung function than those who received placebo.\n\n' +
      '“Patients with IPF lose lung function every month they wait for a better medicine,” said Helena Marchetti-Wu, Ph.D., President and Chief Executive Officer of Orbelle. “This financing lets us run the trial we believe can answer the question.”\n\n' +
      'In connection with the financing, Rajan Sethi, M.D., Managing Director at Quincy Point Capital, will join Orbelle’s Board of Directors.\n\n' +
      'Orbelle licensed ORB-210 from Kanzawa Pharmaceutical in 2021 for $8 million upfront and up to $260 million in development and regulatory milestones.\n\n' +
      'About Orbelle Therapeutics\nOrbelle Therapeutics is a clinical-stage company based in Boston, Massachusetts, focused on inhaled therapies for fibrotic and inflammatory lung diseases.\n\n' +
      'About Quincy Point Capital\nQuincy Point Capital is a healthcare investment firm with approximately $6.5 billion in assets under management.\n\n' +
      'Forward-Looking Statements\nThis press release contains forward-looking statements, including statements about the design, timing and results of Orbelle’s clinical trials and the sufficiency of its cash. These statements involve risks and uncertainties, and actual results may differ materially.',
    kind: 'round',
    rounds: [
      {
        company: 'Orbelle Therapeutics',
        amount: 95e6,
        roundType: 'series_c',
        lead: ['Quincy Point Capital'],
        other: [
          'Back Cove Healthcare Partners',
          'Sorensen Hill Advisors',
          'Fenway Bio Partners',
          'Charles Harbor Ventures',
          'Nantasket Capital',
        ],
      },
    ],
  },
  {
    id: 'ub37-16',
    style: 'blog',
    phenomenon:
      'short_item,investor_portfolio_post,we_led,lead_is_the_writer,company_named_in_possessive,angel_by_name_with_description,customer_savings_trap,investor_fund_size_trap,seed',
    title: 'Welcome to the portfolio, Mossgrain',
    source: 'Kittering Capital',
    text:
      'We’re excited to share that we led Mossgrain’s $4 million seed round, alongside Oat Street Angels and the milling-industry veteran Parvati Rao. Mossgrain gives small flour mills software to blend wheat lots to a target protein level, which saves a typical mill about $180,000 a year. It’s the ninth investment from our $85 million third fund.\n\n' +
      '— Joel Amsel, partner, Kittering Capital',
    kind: 'round',
    rounds: [
      {
        company: 'Mossgrain',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Kittering Capital'],
        other: ['Oat Street Angels', 'Parvati Rao'],
      },
    ],
  },
  {
    id: 'ub37-17',
    style: 'business',
    phenomenon:
      'fleet_trade_journal,asset_backed_debt_facility,lender_named_without_led,van_price_trap,lease_price_trap,fleet_count_trap,earlier_series_b_same_company_with_lead,rival_equity_raise_trap,debt',
    title: 'Voltcart lines up $45 million debt facility to put 700 more electric vans on the road',
    source: 'Fleet Electric',
    text:
      'Voltcart, the Atlanta company that leases electric delivery vans to small parcel contractors, has secured a $45 million asset-backed debt facility from Harrowden Credit, it said on Monday. The facility will finance about 700 vans over 18 months; Voltcart currently has 1,150 on the road in Georgia, Tennessee and the Carolinas.\n\n' +
      'A van costs Voltcart about $62,000, and contractors lease it for $1,450 a month including charging and maintenance — roughly what they pay to run a diesel van of the same size, the company says.\n\n' +
      'Voltcart raised a $28 million Series B led by Peachtree Row Ventures in 2024. Its closest rival, Chargeyard of Dallas, raised $60 million in equity last year and has said it will not use debt to buy vehicles.\n\n' +
      '“Equity is the most expensive money there is,” said Voltcart’s chief financial officer, Noor Haddad. “A van on a five-year lease is a perfectly good thing to lend against.”',
    kind: 'round',
    rounds: [{ company: 'Voltcart', amount: 45e6, roundType: 'debt', other: ['Harrowden Credit'] }],
    prior: ['Chargeyard'],
  },
  {
    id: 'ub37-18',
    style: 'business',
    phenomenon:
      'markets_wrap,private_round_in_one_paragraph,in_private_markets,valuation_from_person_familiar_trap,index_moves_trap,oil_price_trap,bond_yield_trap,currency_trap,gold_price_trap,listed_stock_moves_trap,series_c',
    title: 'Stocks edge higher as oil slips and chipmakers rally',
    source: 'Closing Bell Brief',
    text:
      'US stocks closed modestly higher on Monday, led by chipmakers, as a drop in oil prices eased worries about inflation ahead of Wednesday’s consumer-price data.\n\n' +
      'The broad market gained 0.4% and the tech-heavy Nasdaq index added 0.9%. Benchmark crude fell 2.1% to $71.30 a barrel after producers signalled they would keep output steady. The yield on the 10-year Treasury note slipped to 4.02%, and the dollar weakened against the yen, to 147.20.\n\n' +
      'Among individual stocks, the chip-equipment maker Teravane Systems jumped 7% after raising its forecast, and the regional lender Piedmont Ridge Bancorp fell 5% on a bigger-than-expected provision for bad loans.\n\n' +
      'In private markets, Quillfeather, a Seattle company that makes software to predict failures in chip-fab equipment, said it had raised $70 million in a Series C led by Cascadia Crest Partners. A person familiar with the deal said the round valued the company at about $900 million.\n\n' +
      'Gold rose 0.6% to $2,940 an ounce.\n\n' +
      'On Tuesday, investors will watch earnings from the retailer Wexmoor Brands and a speech by a central-bank official.',
    kind: 'round',
    rounds: [{ company: 'Quillfeather', amount: 70e6, roundType: 'series_c', lead: ['Cascadia Crest Partners'] }],
  },
  {
    id: 'ub37-19',
    style: 'business',
    phenomenon:
      'city_scene_feature,scene_setting_lede,round_in_paragraph_6,this_week_closed,lead_introduced_by_city,angel_by_name,studio_count_trap,salary_trap,rival_publisher_investment_trap,rival_listing_proceeds_trap,layoffs_trap,copies_sold_trap,seed',
    title: 'How Kraków became Europe’s quiet capital of indie games',
    source: 'Vistula Tech Review',
    text:
      'On a wet Thursday evening in Kazimierz, Kraków’s old Jewish quarter, forty game developers are crammed into the back room of a bar to watch a colleague play-test a level about a lighthouse keeper. Nobody is drinking much. Most of them have a build due on Friday.\n\n' +
      'Kraków now has more than 90 game studios employing about 4,500 people, according to the city’s development office, up from fewer than 40 studios a decade ago.\n\n' +
      'The city’s breakout was Wawel Pixel, whose 2019 puzzle game sold more than four million copies. In 2022 the studio took $25 million from a US publisher in exchange for a minority stake, and it now employs 210 people. Another local studio, Krakus Games, raised 90 million zloty when it listed on the Warsaw Stock Exchange in 2021.\n\n' +
      'What draws developers is partly cost. A senior programmer in Kraków earns about 28,000 zloty a month before tax, roughly half what a studio in Stockholm would pay, and office rents are about a third of London’s. The city’s universities turn out about 1,200 computer-science graduates a year.\n\n' +
      'It is also culture. Studios share testers, sound designers and sometimes desks. “If your game crashes at 2am, someone at another studio will answer your message,” says Ewa Sroka, who runs the Krakowski Game Collective, a meetup with 2,300 members.\n\n' +
      'Investors are starting to notice the smaller teams. The newest arrival is Hutnik Games, founded last year by three former Wawel Pixel developers, which this week closed a $3.5 million seed round led by Helsinki’s Suomenlinna Play Fund, with the Polish angel investor Tomasz Wierzba joining. Its first game, a co-operative farming sim for four players, is due in early 2027.\n\n' +
      'Not every studio has fared well. At least six closed last year as publishers cut budgets, and Wawel Pixel laid off 40 people in October after a sequel sold below expectations.\n\n' +
      '“The city is not immune to the industry,” says Sroka. “But when a studio closes here, its people mostly end up at another studio down the street. That’s the advantage.”',
    kind: 'round',
    rounds: [
      {
        company: 'Hutnik Games',
        amount: 3.5e6,
        roundType: 'seed',
        lead: ['Suomenlinna Play Fund'],
        other: ['Tomasz Wierzba'],
      },
    ],
    prior: ['Wawel Pixel', 'Krakus Games'],
  },
  {
    id: 'ub37-20',
    style: 'wire',
    phenomenon:
      'short_item,two_sentences,seed_extension_new_money,aud_amount,bringing_the_round_to_trap,x_led_the_extension,extension',
    title: 'Coralcount tops up seed round with A$3 million',
    source: 'Brisbane Startup Daily',
    text:
      'Brisbane’s Coralcount, which monitors coral bleaching for reef-tour operators with underwater cameras, has added A$3 million to its seed round, bringing the round to A$7 million. ' +
      'Moreton Reef Ventures led the extension.',
    kind: 'round',
    rounds: [{ company: 'Coralcount', amount: 3e6, currency: 'AUD', roundType: 'extension', lead: ['Moreton Reef Ventures'] }],
  },
  {
    id: 'ub37-21',
    style: 'business',
    phenomenon:
      'short_item,two_sentences,gbp_amount,raised_from_x_y_and_z_no_lead,no_stage,site_count_trap,headcount,unknown_type',
    title: 'Cardiff flood-sensor firm Dwrline raises £4.5m',
    source: 'Welsh Business Bulletin',
    text:
      'Cardiff-based Dwrline has raised £4.5m from Taff Valley Capital, Cardiff Bay Angels and the Dyffryn Growth Fund to expand its network of river-level sensors to 2,000 sites across Wales and the west of England. ' +
      'The company employs 23 people.',
    kind: 'round',
    rounds: [
      {
        company: 'Dwrline',
        amount: 4.5e6,
        currency: 'GBP',
        roundType: 'unknown',
        other: ['Taff Valley Capital', 'Cardiff Bay Angels', 'Dyffryn Growth Fund'],
      },
    ],
  },
  {
    id: 'ub37-22',
    style: 'business',
    phenomenon:
      'biotech_trade_item,licensing_deal_beside_round,co_led_city_introduced,seed_investor_took_part,licensing_upfront_trap,milestones_trap,trial_size_trap,prevalence_statistic_trap,headcount,series_a',
    title: 'Kestrelgen raises $60 million Series A a week after $40 million upfront deal with Holloway Pharma',
    source: 'Biopharm Dispatch',
    text:
      'Kestrelgen, a Cambridge, UK, company developing gene therapies for inherited hearing loss, has raised $60 million in a Series A co-led by Granta Bio Partners and Boston-based Charlesgate Life Sciences. Milton Road Ventures and the company’s seed investor, Fen Edge Capital, also took part.\n\n' +
      'The financing comes a week after Kestrelgen licensed the rights to its lead programme in Japan and South Korea to Holloway Pharma for $40 million upfront and up to $910 million in development and sales milestones, plus royalties.\n\n' +
      'The lead candidate, KG-101, uses a modified virus to deliver a working copy of the OTOF gene to the inner ear. Kestrelgen plans to dose the first of 18 children in a Phase 1/2 trial at hospitals in London and Madrid in the third quarter. About one in 500 children is born with significant hearing loss, and mutations in OTOF account for up to 8% of congenital cases, the company said.\n\n' +
      'Chief executive Oluwaseun Hartley said the two deals together gave Kestrelgen “cash into 2029”. The company has 41 employees and will add about 25 this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Kestrelgen',
        amount: 60e6,
        roundType: 'series_a',
        lead: ['Granta Bio Partners', 'Charlesgate Life Sciences'],
        other: ['Milton Road Ventures', 'Fen Edge Capital'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub37-23',
    style: 'business',
    phenomenon:
      'in_talks_to_raise,about_amount,people_familiar,expected_to_lead,existing_investor_likely_to_invest_again,no_stage_named,valuation_trap,earlier_series_b_same_company_trap,annualised_revenue_trap,rival_raise_trap,regulatory_fine_trap,fee_cap_trap,unknown_type',
    title: 'Earned-wage startup Brightwage in talks to raise $200 million at $1.5 billion valuation',
    source: 'Fintech Chronicle',
    text:
      'Brightwage, which lets hourly workers draw part of their pay before payday, is in talks to raise about $200 million in new funding at a valuation of roughly $1.5 billion, according to three people familiar with the matter.\n\n' +
      'Corvallis Growth is expected to lead the round, and existing investor Pembury Ventures is likely to invest again, the people said, asking not to be named because the talks are private. Terms could still change. Brightwage and Corvallis declined to comment.\n\n' +
      'The Austin company raised a $75 million Series B in 2024 at a valuation of $480 million. Its annualised revenue has since grown to about $120 million from $45 million, and it now serves 3.2 million workers through 1,400 employers, including two of the 20 largest US restaurant chains, one of the people said.\n\n' +
      'Earned-wage access has drawn both investors and regulators. Rival Earnflow raised $300 million last year, and a third company, Paycrest Now, was fined $6 million by a state regulator in January over the fees it charged for instant transfers. Several states are weighing rules that would cap those fees at $3.\n\n' +
      'Brightwage charges employers a monthly fee per worker and says it does not charge workers for standard transfers.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Brightwage',
        amount: 200e6,
        roundType: 'unknown',
        lead: ['Corvallis Growth'],
        other: ['Pembury Ventures'],
      },
    ],
    prior: ['Earnflow'],
  },
  {
    id: 'ub37-24',
    style: 'wire',
    phenomenon: 'short_item,exclusive_sources_headline,has_hired_advisers_to_raise,about_amount,no_lead_chosen,series_c',
    title: 'Exclusive: Freezer-robot maker Frostbay seeks $75 million Series C - sources',
    source: 'Deal Desk Wire',
    text:
      'Frostbay, whose robots move pallets inside freezer warehouses in Ohio and Texas, has hired advisers to raise about $75 million in a Series C round, two people familiar with the matter said. ' +
      'No lead investor has been chosen, one of them said.',
    kind: 'in_talks',
    rounds: [{ company: 'Frostbay', amount: 75e6, roundType: 'series_c', lead: [] }],
  },
  {
    id: 'ub37-25',
    style: 'business',
    phenomenon:
      'founder_qa_interview,five_questions,raising_now_in_answer,about_amount,seed_investors_will_put_money_in_again,havent_chosen_a_lead,earlier_seed_same_company_trap,outage_cost_zar_trap,battery_capacity_trap,farm_count_trap,series_a',
    title: 'Five questions for Saltpan Energy’s Lindiwe Dlamini-Fourie',
    source: 'Cape Startup Review',
    text:
      'Each week we put five questions to a founder. This week: Lindiwe Dlamini-Fourie, co-founder and CEO of Saltpan Energy, which builds solar-and-battery microgrids for fruit farms in the Western Cape.\n\n' +
      'What problem are you solving?\n' +
      'When the grid goes down, a fruit farm’s cold stores warm up. A bad month of outages can cost a farm R400,000 in spoiled fruit. Our microgrids keep the cold stores cold.\n\n' +
      'How big are you today?\n' +
      'We run microgrids on 46 farms, with 11 megawatt-hours of batteries installed, and we’re 38 people.\n\n' +
      'How have you funded it so far?\n' +
      'We raised a $2.4 million seed in 2024 from Kloof Street Capital and Bo-Kaap Angels. Farmers pay us monthly, so our revenue covers most of our operations.\n\n' +
      'Are you raising now?\n' +
      'Yes, we’re raising our Series A at the moment — about $10 million. Kloof Street and Bo-Kaap Angels have told us they’ll put money in again, but we haven’t chosen a lead yet. We’d love a lead who understands asset finance.\n\n' +
      'What’s next?\n' +
      'Namibia, and the citrus farms of the Eastern Cape.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Saltpan Energy',
        amount: 10e6,
        roundType: 'series_a',
        lead: [],
        other: ['Kloof Street Capital', 'Bo-Kaap Angels'],
      },
    ],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub37-26',
    style: 'business',
    phenomenon:
      'court_story,investor_sues_founders,damages_claimed_trap,stake_value_trap,backer_led_series_a_in_2021,spin_off_raise_in_2024,licence_fee_trap,revenue_trap,hearing_date,no_new_round',
    title: 'Early backer sues Glintwood founders for $48 million, claiming its stake was hollowed out',
    source: 'Chancery Watch',
    text:
      'Tamsin Road Capital, the venture firm that led Glintwood’s $8 million Series A in 2021, has sued the company’s two founders in a Delaware court, claiming they moved Glintwood’s most valuable software into a new company and left Tamsin Road holding shares in an empty shell.\n\n' +
      'The complaint, filed on Friday, seeks at least $48 million in damages, which Tamsin Road says is what its 12% stake would have been worth had the software stayed inside Glintwood. It names co-founders Marcus Oyelaran and Hedda Lindgren and the new company, Glintwood Labs, which raised $30 million from Alder Cove Partners in 2024.\n\n' +
      'According to the complaint, the founders licensed Glintwood’s route-optimisation engine to Glintwood Labs for $1 a year in 2023, then moved the company’s 40 engineers to the new entity. Glintwood itself reported revenue of $210,000 last year, the filing says, against $6.4 million in 2022.\n\n' +
      'A lawyer for the founders, Patrice Donnelly, called the lawsuit “a fund trying to rewrite a bad investment after the fact” and said Tamsin Road had approved the licence at a board meeting. Tamsin Road is also asking the court to freeze the founders’ shares in Glintwood Labs, which it values at $400 million.\n\n' +
      'A hearing on that request is set for April 14.',
    kind: 'other',
    rounds: [],
    prior: ['Glintwood', 'Glintwood Labs'],
  },
  {
    id: 'ub37-27',
    style: 'business',
    phenomenon:
      'obituary_of_vc,recalled_series_a_led_in_1994,recalled_ipo_proceeds,recalled_seed_in_2019,firm_first_fund_size_trap,largest_fund_trap,acquisition_price_trap,age_and_dates,no_new_round',
    title: 'Harriet Blythe-Okonedo, venture investor who backed Quillery and Stonefruit, dies at 81',
    source: 'Valley Ledger',
    text:
      'Harriet Blythe-Okonedo, who co-founded one of the first venture firms run by women in Silicon Valley and backed companies that helped define early desktop and online publishing, died on Saturday at her home in Palo Alto, California. She was 81.\n\n' +
      'Her daughter, Ngozi Blythe, said the cause was heart failure.\n\n' +
      'Ms. Blythe-Okonedo co-founded Blythe Rowan Partners in 1986 with a $40 million first fund, raised mostly from two university endowments and her former employer, a Boston insurance company. Over three decades the firm raised six more funds, the largest of them $650 million in 2008.\n\n' +
      'Her best-known bet was Quillery, the desktop-publishing software maker, whose $2 million Series A she led in 1994 over the objections of one of her partners. Quillery went public five years later and was bought by a larger software company in 2006 for $1.7 billion. She also led early rounds in Stonefruit, the online grocer, which raised $120 million in its 1999 initial public offering and collapsed two years later. “I learned more from Stonefruit than from Quillery,” she told an interviewer in 2015.\n\n' +
      'Born in Lagos in 1944 to a Nigerian father and an English mother, she grew up in London and moved to California in 1968 to study engineering.\n\n' +
      'She retired from Blythe Rowan in 2020. Her last investment was a $5 million seed round in Peppercloud, a weather-data start-up, in 2019.\n\n' +
      'She is survived by her daughter, two sons and five grandchildren.',
    kind: 'other',
    rounds: [],
    prior: ['Quillery', 'Stonefruit', 'Peppercloud'],
  },
  {
    id: 'ub37-28',
    style: 'business',
    phenomenon:
      'listed_company_annual_results,net_profit_trap,revenue_trap,dividend_trap,share_move_trap,guidance_range_trap,job_cuts,recalled_2024_investment_in_startup,ownership_share_trap,no_new_round',
    title: 'Kesselmann profit drops 12% as heat-pump demand cools',
    source: 'Rhine-Ruhr Markets',
    text:
      'Kesselmann, the Dortmund-based maker of boilers and heat pumps, said on Tuesday that net profit fell 12% last year to €210 million as demand for heat pumps in Germany slowed for a second year.\n\n' +
      'Revenue slipped 4% to €3.2 billion. Heat-pump sales fell 18% in units, while boiler sales rose 6%, helped by a rush of orders before new rules on fossil heating take effect. The board proposed an unchanged dividend of €1.40 a share. The shares fell 4.1% in Frankfurt trading.\n\n' +
      'For 2026, Kesselmann expects revenue of €3.1 billion to €3.4 billion, and it said it would cut about 600 jobs, mostly at its plant in Hamm.\n\n' +
      'Chief executive Jörg Wettstein said the company remained committed to heat pumps and to its stake in Värmelager, the Swedish thermal-storage start-up in which it invested €50 million in 2024 and of which it now owns 18%. Värmelager’s first commercial plant, near Norrköping, began delivering heat to a district-heating network in January.',
    kind: 'other',
    rounds: [],
    prior: ['Värmelager'],
  },
  {
    id: 'ub37-29',
    style: 'press',
    phenomenon:
      'government_press_release,grant_intake_opens,programme_total_trap,per_project_cap_trap,match_funding_trap,last_intake_totals_trap,private_investment_attracted_trap,minister_quote,no_named_recipients,no_new_round',
    title: 'Second intake opens for $60 million Prairie Clean Freight Fund',
    source: 'Prairie Clean Freight Office',
    text:
      'WINNIPEG, March 10, 2026 — The Prairie Clean Freight Office today opened the second intake of the Prairie Clean Freight Fund, making $60 million available to companies and municipalities that cut emissions from trucking, rail and warehousing across the region.\n\n' +
      'Grants of up to $2.5 million per project are available, and applicants must match at least 50% of eligible costs with their own or private funds. Projects must be located in the Prairie provinces and completed by March 2029.\n\n' +
      '“Freight is how our farms and factories reach the world, and it is one of the hardest parts of the economy to clean up,” said Corinne Delorme, the minister responsible for the fund. “This intake doubles what we offered last year.”\n\n' +
      'The first intake, in 2025, awarded $38 million to 21 projects, including electric yard tractors, hydrogen refuelling for long-haul trucks and solar-powered cold storage. Those projects attracted a further $140 million in private investment, the Office said.\n\n' +
      'Applications close on May 29. Information sessions will be held online on March 24 and April 8.\n\n' +
      'Media contact: Office communications, 204-555-0142',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub37-30',
    style: 'business',
    phenomenon:
      'vc_fund_close_long,above_target,previous_fund_size_trap,cheque_size_trap,portfolio_series_c_led_last_year,portfolio_exit_price_trap,tvpi_dpi_trap,no_new_round',
    title: 'Foxmoor Ventures closes $450 million fourth fund for enterprise software',
    source: 'Venture Ledger',
    text:
      'Foxmoor Ventures, the San Francisco firm that backs business-software companies at Series A, has closed its fourth fund at $450 million, above its $375 million target, the firm said on Monday.\n\n' +
      'The fund is Foxmoor’s largest; its third closed at $300 million in 2022. About 60% of the new money came from returning investors, including university endowments and a Scandinavian pension fund, said managing partner Deepa Rangarajan.\n\n' +
      'Foxmoor plans to write first cheques of $8 million to $15 million into about 22 companies and to hold back half the fund for follow-on investments. Its portfolio includes Ledgerbloom, whose $80 million Series C Foxmoor led last year, and Tesserine, which was acquired by a cloud-computing company for $1.1 billion in 2024.\n\n' +
      '“Series A is still where the best risk-adjusted returns in software are,” Rangarajan said. The firm’s third fund has returned 0.4 times its capital to investors so far and is marked at 2.1 times, she said.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Ledgerbloom', 'Tesserine'],
  },
  {
    id: 'ub37-31',
    style: 'wire',
    phenomenon: 'short_item,one_sentence,seed_fund_close,fund_size_multiple_trap,no_new_round',
    title: 'Kilnworth Capital closes $120 million second seed fund',
    source: 'Venture Ledger',
    text: 'Kilnworth Capital, a Pittsburgh seed firm, has closed its second fund at $120 million, twice the size of its first, and will invest in about 35 industrial-software and robotics start-ups.',
    kind: 'fund_close',
    rounds: [],
  },
  {
    id: 'ub37-32',
    style: 'wire',
    phenomenon:
      'acquisition_long,cash_and_stock,deal_value_trap,target_revenue_trap,target_total_raised_and_series_c_with_lead,valuation_trap,closing_timeline,acquirer_share_move,no_new_round',
    title: 'Pellworth to buy freight-audit startup Lanyard for $520 million',
    source: 'Logistics Wire',
    text:
      'Pellworth, the listed logistics software company, has agreed to buy freight-audit start-up Lanyard for $520 million in cash and stock, the companies said on Monday.\n\n' +
      'Lanyard, founded in Chicago in 2018, checks carriers’ invoices against contracted rates and recovers overcharges for about 900 shippers. It expects revenue of about $48 million this year and has 310 employees.\n\n' +
      'The start-up had raised about $110 million from investors, including a $60 million Series C led by Ashgrave Partners in 2024 that valued it at $400 million.\n\n' +
      'Pellworth will pay $340 million in cash and the rest in shares. The deal is expected to close in the third quarter, subject to regulatory approval. Pellworth shares rose 2.6% on the Nasdaq.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Lanyard'],
  },
  {
    id: 'ub37-33',
    style: 'wire',
    phenomenon: 'short_item,one_sentence,acquisition,gbp_price_trap,said_on_monday,no_new_round',
    title: 'Harbourside Software buys rota app Quayrota for £38m',
    source: 'Solent Business Wire',
    text: 'Harbourside Software, the Southampton group behind scheduling tools for ports, has acquired Quayrota, a shift-planning app for hospitality staff, for £38m in cash, the company said on Monday.',
    kind: 'acquisition',
    rounds: [],
  },
  {
    id: 'ub37-34',
    style: 'business',
    phenomenon:
      'ipo_pricing,top_of_range,ipo_proceeds_trap,share_count_trap,market_value_trap,revenue_and_loss_trap,recalled_series_d_with_lead,total_private_funding_trap,no_new_round',
    title: 'Dental-imaging maker Cuspis prices IPO at top of range, raising $310 million',
    source: 'IPO Desk',
    text:
      'Cuspis, which makes low-dose 3D X-ray scanners for dental clinics, priced its initial public offering at $24 a share on Monday, the top of its marketed range, raising $310 million.\n\n' +
      'The Salt Lake City company sold about 12.9 million shares and will begin trading on the Nasdaq on Tuesday under the ticker CUSP. At the IPO price, Cuspis is valued at about $2.6 billion.\n\n' +
      'Cuspis had 4,800 scanners installed at the end of 2025 and reported revenue of $214 million for the year, up 38%, with a net loss of $19 million.\n\n' +
      'Before the listing it had raised about $190 million from private investors, including a $90 million Series D led by Westbrook Hollow in 2024.',
    kind: 'ipo',
    rounds: [],
    prior: ['Cuspis'],
  },
  {
    id: 'ub37-35',
    style: 'wire',
    phenomenon:
      'short_item,two_sentences,employee_tender_offer,secondary_sale_no_new_money,valuation_trap,previous_valuation_trap,recalled_series_d,no_new_round',
    title: 'Fernlight employees to sell $150 million of shares at $6 billion valuation',
    source: 'Deal Desk Wire',
    text:
      'Fernlight will let current and former employees sell up to $150 million of stock to Ostrow Growth and other investors in a tender offer that values the design-software company at $6 billion, up from $4.2 billion in its last round. ' +
      'No new money goes to the company, which raised a $250 million Series D in 2025.',
    kind: 'other',
    rounds: [],
    prior: ['Fernlight'],
  },
  {
    id: 'ub37-36',
    style: 'business',
    phenomenon:
      'founder_profile_long,never_raised_series_a,declined_term_sheet_trap,recalled_2016_angel_round,revenue_sek_trap,margin_trap,ownership_trap,salary_trap,buyout_approach_trap,no_new_round',
    title: 'The Umeå founder who never raised a Series A — on purpose',
    source: 'Nordic Business Profile',
    text:
      'Corinna Västfjord keeps a framed term sheet on the wall of her office in Umeå. It is from 2022, it offered SEK 300 million for a third of her company, and she turned it down.\n\n' +
      '“It reminds me that saying no was a choice,” she says.\n\n' +
      'Papperlund, which Västfjord founded in 2015, makes software that helps sawmills and paper mills plan which logs to cut into what. It is used at 140 mills in Sweden, Finland and Canada, and last year it had revenue of SEK 240 million and an operating margin of 31%. It employs 160 people, 110 of them in Umeå.\n\n' +
      'The company raised SEK 4 million from a group of local angel investors in 2016 and has not taken outside money since. Västfjord, who owns 71% of the shares, pays herself SEK 1.2 million a year and has never paid a dividend; the profits go back into hiring.\n\n' +
      'She grew up in a forestry family near Lycksele and trained as an engineer before spending eight years in operations at a pulp company. “I watched consultants sell mills spreadsheets for millions of kronor,” she says. “I thought the software could just be better.”\n\n' +
      'Investors still call. Västfjord says she gets about one approach a week, most recently from a US private-equity firm that wanted to buy the company outright. She has no plans to sell or to raise. “Maybe one day. But the mills don’t care who owns us. They care whether the plan is right on Monday morning.”',
    kind: 'other',
    rounds: [],
    prior: ['Papperlund'],
  },
  {
    id: 'ub37-37',
    style: 'business',
    phenomenon:
      'quarterly_vc_statistics,regional_total_trap,deal_count_trap,country_share_trap,sector_total_trap,largest_round_named_with_lead,median_seed_trap,analyst_quote,no_new_round',
    title: 'Latin American startups raised $1.9 billion in the fourth quarter, the least in five years',
    source: 'Andes Deal Monitor',
    text:
      'Venture investment in Latin American start-ups fell to $1.9 billion in the fourth quarter of 2025, the lowest quarterly total since 2020, according to data compiled by Andeslink Data.\n\n' +
      'The number of deals dropped to 212 from 268 a year earlier. Brazil accounted for 58% of the money and Mexico for 21%, while Colombia and Chile made up most of the rest.\n\n' +
      'Fintech remained the largest sector, with $780 million, followed by logistics and business software. The quarter’s biggest deal was a $180 million Series C for São Paulo lender Cofreira, led by Paulista Growth Partners.\n\n' +
      'Seed rounds held up better than later ones: the median seed cheque was $2.1 million, up from $1.8 million, while the number of Series B and later rounds fell by nearly a third.\n\n' +
      '“Investors are still writing early cheques; what’s missing is the growth money,” said Valentina Orozco, head of research at Andeslink.',
    kind: 'other',
    rounds: [],
    prior: ['Cofreira'],
  },
  {
    id: 'ub37-38',
    style: 'blog',
    phenomenon:
      'podcast_show_notes,chapter_timestamps,vc_guest,recalled_seed_cheque_in_2013,exit_price_in_timestamp_trap,passed_on_seed_trap,fund_v_size_trap,first_angel_cheque_trap,sponsor_read,no_new_round',
    title: 'Ep. 140 — Twenty years of seed investing, with Amaal Hirsi of Copperbeech Seed',
    source: 'The First Cheque Podcast',
    text:
      'Amaal Hirsi has been writing first cheques since 2006. She co-founded Copperbeech Seed in Minneapolis in 2012 and has backed more than 120 companies, including Lumenfold, which she first invested in when it was three people in a basement. This week she talks about the deals she got right, the ones she missed, and why she still meets every founder in person.\n\n' +
      'Chapters:\n' +
      '(00:00) Intro\n' +
      '(03:20) Her first angel cheque: $25,000 into a friend’s bakery chain\n' +
      '(08:15) Why she wrote a $500,000 cheque into Lumenfold’s seed round in 2013\n' +
      '(22:40) Lumenfold’s $2.3 billion sale, and what she did with the proceeds\n' +
      '(34:05) The one that got away: passing on a $4 million seed in 2016\n' +
      '(41:00) Raising Copperbeech’s $90 million fifth fund in 2024\n' +
      '(52:30) Rapid-fire questions\n\n' +
      'This episode is sponsored by Vaultwright — fund administration for emerging managers. First three months free at vaultwright.com/firstcheque.',
    kind: 'other',
    rounds: [],
    prior: ['Lumenfold'],
  },
  {
    id: 'ub37-39',
    style: 'business',
    phenomenon:
      'conference_recap,numbered_takeaways,continental_statistics_trap,median_seed_trap,state_credit_guarantee_scheme_trap,company_recalls_last_year_raise,pitch_prize_trap,attendee_count_trap,no_new_round',
    title: 'Akagera Tech Week: five takeaways, from smaller seed cheques to a state guarantee scheme',
    source: 'East Africa Startup Digest',
    text:
      'About 3,000 founders, investors and officials gathered in Kigali for Akagera Tech Week, which closed on Sunday. Here is what we took away.\n\n' +
      '1. Money is tighter. African start-ups raised $2.1 billion in 2025, down 18% from the year before, according to figures presented by Umurage Data. Equity fell faster than debt.\n\n' +
      '2. Seed cheques are shrinking. The median seed round across the continent was $1.1 million, one panellist said, down from $1.5 million in 2023.\n\n' +
      '3. Governments want in. A senior official announced a $50 million credit guarantee scheme that will cover up to 60% of bank loans to young companies.\n\n' +
      '4. Pan-African is out; focus is in. Founders spoke of pulling back to two or three markets. Imigongo Pay, the Kigali payments company that raised $12 million last year, said it had closed its offices in Ghana and Zambia to concentrate on East Africa.\n\n' +
      '5. The pitch competition went to Nyungwe Labs, which makes solar-powered milk chillers for dairy co-operatives. It took home $25,000 and a place in a partner accelerator.',
    kind: 'other',
    rounds: [],
    prior: ['Imigongo Pay'],
  },
  {
    id: 'ub37-40',
    style: 'wire',
    phenomenon: 'short_item,two_sentences,arr_milestone,arr_trap,profitable,no_plan_to_raise,recalled_2024_raise,no_new_round',
    title: 'Loftsmith passes $100 million in annual recurring revenue',
    source: 'SaaS Wire',
    text:
      'Loftsmith, the property-management software company, said on Monday it had passed $100 million in annual recurring revenue, was profitable and did not plan to raise money this year. ' +
      'It last raised $65 million in 2024.',
    kind: 'other',
    rounds: [],
    prior: ['Loftsmith'],
  },
];
