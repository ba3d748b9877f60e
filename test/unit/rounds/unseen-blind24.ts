// A twenty-fourth blind set for funding-round extraction: invented (companies, people, investors,
// outlets, handles and sentences made up for this project; only cities, countries, regions and public
// bodies are real) on 2026-12-07 by a writer who had not read src/rounds and did not run the extractor.
// Dates are written for the eval's fixed publish date (2026-03-10, a Tuesday): "Friday" is 6 March
// 2026, "last week" is early March 2026, "last month" is February 2026, "last year" is 2025, and
// "Thursday 26 March" is 26 March 2026.
// Theme: funding told on social and community channels, as a bot reading their RSS/Atom feeds gets it.
// Styles (all 'blog' unless noted): LinkedIn posts by founders, investors and company pages ("Thrilled
// to share…", "Welcome to the portfolio, Koda.ai! 👋", emoji bullets, line breaks, @mentions,
// hashtags), one in German and one in French ('foreign'), an Indian founder's "₹32 crore"; X threads
// (numbered "1/ 2/ 3/", "🧵", "/end") by founders and an analyst, and a founder's reply correcting an
// outlet's figure and lead; Hacker News "Launch HN" and "Show HN" posts that mention a round in
// passing; Product Hunt launch posts; Reddit posts in startup communities; an Indie Hackers milestone
// post; a company changelog and an engineering blog post that open with funding news; Substack founder
// diaries; an accelerator's demo-day list ('roundup'); a VC firm's "Why we invested in X"; an angel's
// "my investments this quarter" ('roundup'); job posts ("We're hiring!"); an employee's farewell post.
// Phenomena: lowercase and stylised names ("fernly", "getplinth", "tallyho", "saltbox", "tinyqueue",
// "Koda.ai", "DRIFT", "KILNWORKS"); the poster's company named only in the feed's name (source) or
// only in an @mention; the lead named only in the source ("We're proud to have led…" on a firm's page
// or blog); investors as @mentions ("led by @Cobalt Reach Capital"); named angels; co-leads (two
// firms; "We at X have co-led … together with our friends at @Y"); a seed lead that "came back in" to
// a Series A; a seed extension "bringing our total seed funding to"; a corporate's "strategic
// investment"; a bank's credit facility; amounts as "$3.2M", "£2.5M", "$900K", "$750k", "€1.8M",
// "₹32 crore", "2,5 Mio. Euro", "3 M€"; amounts beside ARR, MRR, fines avoided, CI bills, burn,
// salaries, prices, promo codes, bids submitted, orders, plants saved, cheque sizes, valuations, fund
// sizes and earlier rounds of the same company; a round "closed a few weeks ago" / "last month" that
// the post discloses for the first time. In-talks: "We're raising our seed 🚀 … Still looking for a
// lead", a signed-but-not-closed Series A term sheet with the lead named, a Reddit "offered to lead a
// $600k pre-seed … Nothing is signed", a diary's "$1.3M soft-circled" of a $3M seed with "no lead
// yet", and a Spanish "Estamos levantando nuestra ronda semilla".
// Distractors (kind 'other' unless noted, all rounds: []): a VC's Fund II final close (kind
// 'fund_close'); a founder's "Quillhouse has been acquired by Papyrine" (kind 'acquisition'); a
// bootstrapped "$1M ARR, $0 raised"; an Innovate UK grant application; an analyst's thread on another
// company's Series B from last June; a hiring post "Backed by X and Y, who led our seed in 2025"; an
// employee's farewell mentioning past rounds; a bootstrapped Product Hunt launch with a $49 lifetime
// deal; a Show HN with "No VC money" and cloud credits; a VC's new-partner post naming a past round
// she led; a Reddit post about a pulled term sheet (company unnamed); a changelog that "raised the
// upload limit" and "raised" its prices; a scout's "first cheques of $25k–$100k"; an accelerator's
// demo-day invitation ("five are raising"); an employee tender offer "led" by an existing investor at
// the Series C price ("No new shares were issued"); a founder's "Why we turned down a $5M term sheet".
// Conventions (those of checks.ts, unseen-blind14.ts and unseen-blind20.ts): company as the text names
// it, with its spelling and case ("fernly", "DRIFT"); where a text uses a stylised full name and a
// short form, the full name as first written ("Koda.ai", not "Koda"); a company named only in an
// @mention is labelled as the handle without the "@" ("@tallyho" → "tallyho"); where the text names the
// poster's company nowhere and says "we", the company is the feed's name (source) without its channel
// part: "getplinth | LinkedIn" → "getplinth", "Orrery Engineering" → "Orrery", "Solenne (@solenne_energy)
// / X" → "Solenne", "Notes from Larkspur" → "Larkspur"; likewise "We're proud to have led …" on a firm's
// page or blog gives `lead` the firm's name from the source. Amount in the currency first stated (ISO
// code when not USD; "£" GBP, "€"/"Euro"/"M€"/"euros" EUR, "₹32 crore" 3.2e8 INR) and always the round's
// total, never one angel's cheque; `lead` only where the text says who led or co-led (or, in talks, who
// is to lead / "offered to lead" / signed a term sheet "to lead"); `lead: []` where the text says there
// is no lead yet; `other` for named participants (named angels, a seed lead returning, a public bank,
// and a lone investor named with "from" or "welcome … as a strategic investor" and no "led"; a
// lender of a credit facility). A round a post discloses for the first time counts as new even if it
// closed "a few weeks ago" or "last month"; a round dated last year or earlier and told as history is
// background (`prior`). Round types: pre-seed 'pre_seed'; "seed extension" 'extension' at the
// extension's amount, not the seed total; a corporate's "strategic investment" 'strategic'; a bank's
// "credit facility" 'debt'; "amorçage" and "Seed-Finanzierung" and "ronda semilla" 'seed'. A founder's
// correction ("raised $4.5M, not $45M … led by Sorrel Capital. Mapleton Ventures participated … but
// didn't lead") is labelled at the corrected figure and lead. Signed-but-unclosed term sheets, offers,
// soft circles and "we're raising" are 'in_talks' at the target amount. A tender offer, a declined term
// sheet, a pulled term sheet and a grant application are not rounds. Labelled by hand; a reader of each
// text should agree with every label.
// First look (2026-12-07 14:01, no rule changed for it; measured after the fixes for unseen-blind21.ts
// and unseen-blind22.ts): company F1 0.492 (P 0.56 / R 0.44), amount 100 %, type 100 %, lead F1
// 0.478, 5 false rounds (one from a fund close) and 7 wrong names. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND24: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub24-01',
    style: 'blog',
    phenomenon:
      'linkedin_founder_post,thrilled_to_share,lowercase_name,gbp_m_suffix,at_mention_investors,named_angel_participant,emoji_bullets,hashtags,stock_value_trap,seed',
    title: 'Thrilled to share that fernly has raised our £2.5M seed round 🌿',
    source: 'Maya Ostrander | LinkedIn',
    text:
      'Thrilled to share some news I’ve been sitting on for a while 🌿\n\n' +
      'fernly has raised a £2.5M seed round, led by @Oakmere Ventures, with participation from @Tidepool Angels and Juno Kariuki.\n\n' +
      'Two years ago this was a spreadsheet I built for my mum’s garden centre to work out which plants to reorder before the spring rush. ' +
      'Today fernly forecasts stock for 340 independent garden centres across the UK and Ireland, and last season it kept roughly £1.4M of plants from ending up on the compost heap.\n\n' +
      'The money goes into two things:\n' +
      '👉 hiring (4 engineers, 1 designer, links in the comments)\n' +
      '👉 getting our forecasts into nurseries and wholesalers, not just shops\n\n' +
      'Huge thanks to Hannah at Oakmere for getting it from the very first call, and to our first 12 customers, who put up with a lot of bugs.\n\n' +
      'More soon 💚\n\n' +
      '#seedround #startups #horticulture #retailtech',
    kind: 'round',
    rounds: [
      {
        company: 'fernly',
        amount: 2.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Oakmere Ventures'],
        other: ['Tidepool Angels', 'Juno Kariuki'],
      },
    ],
  },
  {
    id: 'ub24-02',
    style: 'blog',
    phenomenon:
      'linkedin_investor_post,welcome_to_the_portfolio,stylised_dot_ai_name,short_form_trap,lead_only_in_source,we_led,k_suffix_amount,unnamed_founder_angels,hours_trap,pre_seed',
    title: 'Welcome to the portfolio, Koda.ai! 👋',
    source: 'Harrow Lane Ventures | LinkedIn',
    text:
      'Welcome to the portfolio, Koda.ai! 👋\n\n' +
      'We’re proud to have led Koda.ai’s $900K pre-seed, alongside @Bramwell Angels and a handful of founders we’ve backed before.\n\n' +
      'Why we’re excited:\n' +
      '🔹 Every clinic we spoke to loses 6–10 staff hours a week chasing prior-authorization paperwork\n' +
      '🔹 Koda’s agent fills in and files the forms inside the insurer portals clinics already use, so nobody has to learn a new tool\n' +
      '🔹 Founders Ama Boateng and Lior Sasson ran revenue-cycle operations at a 40-clinic group before this. They have felt the pain.\n\n' +
      'In pilots at 9 practices in Ohio, authorization turnaround has dropped from 5 days to under 1.\n\n' +
      'Ama, Lior: let’s go! 🚀\n\n' +
      '#preseed #healthtech #portfolio',
    kind: 'round',
    rounds: [
      {
        company: 'Koda.ai',
        amount: 9e5,
        roundType: 'pre_seed',
        lead: ['Harrow Lane Ventures'],
        other: ['Bramwell Angels'],
      },
    ],
  },
  {
    id: 'ub24-03',
    style: 'blog',
    phenomenon:
      'linkedin_company_page,company_only_in_source,lowercase_name,we_have_raised,at_mention_lead,at_mention_participants,unnamed_seed_investors,fines_avoided_trap,headcount_trap,series_a',
    title: 'We’ve raised a $7M Series A 🎉',
    source: 'getplinth | LinkedIn',
    text:
      'Big day for the team 🎉\n\n' +
      'We’ve raised a $7M Series A led by @Cobalt Reach Capital, with @Eastbank Ventures and @Tillerman Fund joining the round and our seed investors coming back in.\n\n' +
      'When we started in 2023, building managers were tracking facade inspections, elevator certificates and fire-door checks in binders. ' +
      'Now 1,900 buildings across New York, New Jersey and Philadelphia run their compliance calendar on us, and our customers avoided more than $3M in violation fines last year.\n\n' +
      'What’s next:\n' +
      '1️⃣ Boston and Chicago by the summer\n' +
      '2️⃣ Automatic filing with city portals\n' +
      '3️⃣ Doubling the team to 50\n\n' +
      'We’re hiring across engineering and customer success, links in the comments 👇\n\n' +
      '#SeriesA #proptech #compliance',
    kind: 'round',
    rounds: [
      {
        company: 'getplinth',
        amount: 7e6,
        roundType: 'series_a',
        lead: ['Cobalt Reach Capital'],
        other: ['Eastbank Ventures', 'Tillerman Fund'],
      },
    ],
  },
  {
    id: 'ub24-04',
    style: 'blog',
    phenomenon:
      'x_thread,numbered_posts,thread_emoji,all_caps_name,lead_with_handle,seed_lead_came_back_in,earlier_seed_same_company,arr_trap,per_load_savings_trap,series_a',
    title: 'Today DRIFT is announcing a $12M Series A 🧵',
    source: 'Kwame Asante-Reyes (@kwamebuilds) / X',
    text:
      '1/ Today DRIFT is announcing a $12M Series A led by Saltmarsh Capital (@saltmarshcap) 🧵\n\n' +
      '2/ Quick recap if you’re new here: DRIFT tells refrigerated trucking fleets when a trailer’s temperature is about to go out of range. Before the load spoils, not after.\n\n' +
      '3/ Since our $2.5M seed in 2024 we’ve gone from 3 fleets to 41 and we’re at $3.1M ARR. Every reefer alarm we catch early saves a carrier ~$18k in rejected loads.\n\n' +
      '4/ Harborlight VC and Milepost Fund joined the round, and Quayline Partners, who led our seed, came back in.\n\n' +
      '5/ What it’s for: cross-border lanes into Mexico, a hardware refresh for older trailers, and ~20 hires.\n\n' +
      '6/ If you’ve ever been yelled at by a dispatcher at 3am, you’ll fit right in. Jobs link below 👇\n\n' +
      '/end',
    kind: 'round',
    rounds: [
      {
        company: 'DRIFT',
        amount: 12e6,
        roundType: 'series_a',
        lead: ['Saltmarsh Capital'],
        other: ['Harborlight VC', 'Milepost Fund', 'Quayline Partners'],
      },
    ],
  },
  {
    id: 'ub24-05',
    style: 'blog',
    phenomenon:
      'x_thread,lowercase_numbered_posts,company_only_in_at_mention,cofounder_handle_trap,named_angels,households_trap,pre_seed',
    title: 'personal news 🧵',
    source: 'Priya Raman (@priyaships) / X',
    text:
      'personal news 🧵\n\n' +
      '1/ @tallyho just closed a $1.4M pre-seed. i’ve been building it with @danwhitlow since last spring, mostly at my kitchen table\n\n' +
      '2/ what it is: shared expense tracking for house-shares that actually settles up. rent, bills, the person who never buys dish soap. 11k households in the beta\n\n' +
      '3/ the round was led by Windrow Capital. Maren Holt and Ezra Bain came in as angels. all three said yes within a week of the demo, which still feels unreal\n\n' +
      '4/ we’re 2 people. we’d like to be 5. if you write Swift or Kotlin and hate splitting bills, my DMs are open',
    kind: 'round',
    rounds: [
      {
        company: 'tallyho',
        amount: 1.4e6,
        roundType: 'pre_seed',
        lead: ['Windrow Capital'],
        other: ['Maren Holt', 'Ezra Bain'],
      },
    ],
  },
  {
    id: 'ub24-06',
    style: 'blog',
    phenomenon:
      'launch_hn,accelerator_batch_in_title,round_in_passing,closed_a_few_weeks_ago,per_user_price_trap,clause_count_trap,seed',
    title: 'Launch HN: Quarrel (YC W26) – Contract redlining for procurement teams',
    source: 'Hacker News: Launch HN',
    text:
      'Hi HN! We’re Sofia and Deniz from Quarrel. Quarrel reads a supplier’s contract, compares every clause against your company’s playbook and proposes redlines in Word, with a reason attached to each change.\n\n' +
      'We built this because Deniz spent four years in procurement at a hospital network, where a single indemnity clause could sit in legal’s queue for three weeks while a vendor waited to get paid. ' +
      'Most of the tools we tried were built for lawyers. Procurement teams do most of the negotiating and get none of the tooling.\n\n' +
      'How it works: we split the document into clauses, classify each one against a taxonomy of about 140 clause types, and compare it with the matching rule in your playbook. ' +
      'The genuinely hard part has been tracked changes. Word stores revisions in a way that breaks if you edit a paragraph someone else has already touched, and we rewrote that layer three times.\n\n' +
      'Pricing is $40 per user per month, with a free tier for up to 5 contracts a month. ' +
      'We closed a $3.1M seed led by Ferrous Partners a few weeks ago, so we’re not going anywhere, and we’d love your toughest feedback, especially if you’ve been on either side of a vendor negotiation.\n\n' +
      'We’ll be in the comments all day.',
    kind: 'round',
    rounds: [{ company: 'Quarrel', amount: 3.1e6, roundType: 'seed', lead: ['Ferrous Partners'] }],
  },
  {
    id: 'ub24-07',
    style: 'blog',
    phenomenon:
      'show_hn,lowercase_name,round_in_passing,single_investor_from_no_led,k_suffix_amount,throughput_trap,last_month,pre_seed',
    title: 'Show HN: tinyqueue – a Postgres-backed job queue in one file',
    source: 'Hacker News: Show HN',
    text:
      'I’ve written the same job queue on top of Postgres at three different jobs, so I finally pulled it out into a library. ' +
      'tinyqueue uses SELECT … FOR UPDATE SKIP LOCKED, retries with exponential backoff, and a single table. No Redis, no broker.\n\n' +
      'On a small box (2 vCPU) it does about 4,000 jobs a second, which is more than anything I’ve personally needed.\n\n' +
      'It’s MIT licensed and will stay that way. Since people always ask: I’m also turning tinyqueue into a company, with a hosted dashboard for teams who don’t want to run it themselves, and we raised a $750k pre-seed from Bellwether Byte last month. ' +
      'The library isn’t going to be crippled to sell the hosted version.\n\n' +
      'Happy to answer anything about the locking approach. There are a couple of edge cases around long-running jobs I’m still not happy with.',
    kind: 'round',
    rounds: [{ company: 'tinyqueue', amount: 7.5e5, roundType: 'pre_seed', other: ['Bellwether Byte'] }],
  },
  {
    id: 'ub24-08',
    style: 'blog',
    phenomenon:
      'product_hunt_launch,hey_hunters,round_mid_post,eur_m_suffix,promo_price_trap,customer_count_trap,past_launch_rank_trap,seed',
    title: 'Mossbank 2.0 — Bookkeeping that reads your receipts, in 14 languages',
    source: 'Product Hunt',
    text:
      'Hey Product Hunt! 👋 Jonas here, co-founder of Mossbank.\n\n' +
      'Three years ago we launched the first version here and you made us #2 Product of the Day, which got us our first 400 customers. Today we’re back with Mossbank 2.0 🎉\n\n' +
      'What’s new:\n' +
      '📸 Snap a receipt in any of 14 languages and it’s categorised and matched to the bank line\n' +
      '🧾 VAT returns for Germany, Austria and the Netherlands, filed from inside the app\n' +
      '🤝 Accountant seats at no extra cost\n\n' +
      'A bit of news from behind the scenes too: we’ve raised a €1.8M seed round led by Nordlicht Kapital, with Fjordside Angels participating, so we can keep building this properly.\n\n' +
      'For the PH community: 3 months free on any plan with code HUNT26 (normally €19/month).\n\n' +
      'We’ll be here all day, so tell us what to build next! 🙌',
    kind: 'round',
    rounds: [
      {
        company: 'Mossbank',
        amount: 1.8e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Nordlicht Kapital'],
        other: ['Fjordside Angels'],
      },
    ],
  },
  {
    id: 'ub24-09',
    style: 'blog',
    phenomenon:
      'reddit_post,lessons_learned,company_in_parenthetical_aside,dash_list,meeting_counts_trap,mrr_trap,unnamed_angels,fund_introduced_by_city,pre_seed',
    title: 'We closed our $1.1M pre-seed after 94 investor meetings. Here’s what actually worked (long)',
    source: 'r/startups',
    text:
      'Long-time lurker. My cofounder and I run Bramblebox (inventory and ordering software for independent florists, yes really) and on Friday the last wire hit, so I’m finally allowed to say it: we closed a $1.1M pre-seed.\n\n' +
      'Some numbers, because this sub likes numbers:\n' +
      '- 94 first meetings over 11 weeks\n' +
      '- 7 second meetings, 3 term sheets\n' +
      '- $14k MRR when we started, $19k when we closed\n' +
      '- Round led by Front Range Outpost, a small fund in Denver; the rest is 9 angels, mostly former florists and flower wholesalers\n\n' +
      'What worked:\n' +
      '1. Warm intros from customers, not from other founders. A florist telling an angel "I can’t run my shop without this" beat any deck.\n' +
      '2. Sending a two-minute Loom before the first call so the meeting started at the hard questions.\n\n' +
      'What didn’t: cold email to funds with "future of retail" theses. 0 for 38.\n\n' +
      'Happy to answer questions in the comments. Not going to share our valuation, sorry 🙂',
    kind: 'round',
    rounds: [{ company: 'Bramblebox', amount: 1.1e6, roundType: 'pre_seed', lead: ['Front Range Outpost'] }],
  },
  {
    id: 'ub24-10',
    style: 'blog',
    phenomenon:
      'changelog_post,funding_before_release_notes,version_numbers_trap,invoice_amount_trap,customer_count_trap,led_by_with_participation_from,series_a',
    title: 'March 2026: Series A news, dark mode and faster exports',
    source: 'Sprocketly Changelog',
    text:
      'Before the usual list: Sprocketly has raised a $15 million Series A led by Greyfriars Capital, with participation from Pallas Ventures and Underhill Seed. ' +
      'Thank you to the 2,600 workshops that schedule their bike repairs with us; you got us here. Nothing changes about pricing, and the free plan stays.\n\n' +
      'Now, the changes in 4.12:\n\n' +
      'New\n' +
      '• Dark mode for the workshop board (finally)\n' +
      '• Parts inventory now syncs with three more distributors\n\n' +
      'Improved\n' +
      '• CSV exports are about 8× faster on accounts with more than 10,000 jobs\n' +
      '• Customer SMS reminders now respect quiet hours\n\n' +
      'Fixed\n' +
      '• Labour totals rounding to the wrong cent on invoices over $1,000\n' +
      '• The calendar jumping back to today when you dragged a job past midnight',
    kind: 'round',
    rounds: [
      {
        company: 'Sprocketly',
        amount: 15e6,
        roundType: 'series_a',
        lead: ['Greyfriars Capital'],
        other: ['Pallas Ventures', 'Underhill Seed'],
      },
    ],
  },
  {
    id: 'ub24-11',
    style: 'blog',
    phenomenon:
      'engineering_blog,company_only_in_source,we_have_closed,co_led_by,ci_cost_trap,minutes_trap,hiring_count_trap,series_b',
    title: 'How we got CI from 41 minutes to 6 (and some news)',
    source: 'Orrery Engineering',
    text:
      'First, the news, since you’ll see it elsewhere today: we’ve closed a $22M Series B, co-led by Ninefold Partners and Ashlar Growth. ' +
      'A big chunk of it is going into this team. We’re hiring eleven engineers this year, and several of them will work on exactly the kind of problem below.\n\n' +
      'Now, CI. A year ago a full run on our main repository took 41 minutes at the median and 70 at p95. ' +
      'Engineers batched changes to avoid waiting, which made reviews bigger, which made runs fail more often, which made everyone wait longer.\n\n' +
      'We did three things: we split the test suite by what each change could actually affect, we moved the slowest integration tests to run against a shared, pre-warmed database, and we stopped rebuilding containers that hadn’t changed.\n\n' +
      'The result: a median of 6 minutes, 11 at p95, and a monthly CI bill that fell from about $38,000 to $9,500.',
    kind: 'round',
    rounds: [{ company: 'Orrery', amount: 22e6, roundType: 'series_b', lead: ['Ninefold Partners', 'Ashlar Growth'] }],
  },
  {
    id: 'ub24-12',
    style: 'blog',
    phenomenon:
      'substack_founder_diary,week_number_title,lowercase_name,led_it_sentence,unnamed_individuals,burn_trap,runway_trap,subscription_price_trap,seed',
    title: 'Week 61: the money is in the bank',
    source: 'Building saltbox',
    text:
      'Week 61.\n\n' +
      'The last wire cleared on Thursday at 4:52pm. I know the time because I’d been refreshing the bank app every twenty minutes since lunch.\n\n' +
      'So, officially: saltbox has raised a $2.4M seed round. Calloway Street Capital led it. Pinewood Angels, two founders I used to work with and my old manager from the shipping company filled out the rest.\n\n' +
      'If you’ve been reading since week 1, you’ll remember the first version of this was a Google Sheet I sold to three fishmongers for $40 a month.\n\n' +
      'Some honest numbers for the diary: we were down to four months of runway in December. Burn is about $85k a month now and will be closer to $140k by the summer once the two new engineers start. That gives us a little over 18 months.\n\n' +
      'Next week: what I got wrong about the pitch deck, and the one question every single investor asked.',
    kind: 'round',
    rounds: [
      {
        company: 'saltbox',
        amount: 2.4e6,
        roundType: 'seed',
        lead: ['Calloway Street Capital'],
        other: ['Pinewood Angels'],
      },
    ],
  },
  {
    id: 'ub24-13',
    style: 'roundup',
    phenomenon:
      'accelerator_demo_day_list,numbered_entries,two_rounds_in_list,announced_on_stage,co_led_by,eur_and_usd_in_one_text,mrr_in_dkk_trap,investor_count_trap,pilots_trap,pre_seed_and_seed',
    title: 'Demo Day, Cohort 9: meet the six companies',
    source: 'Nordhavn Foundry Blog',
    text:
      'Yesterday six teams took the stage at our Copenhagen demo day in front of 140 investors. Here’s the cohort, in the order they pitched:\n\n' +
      '1. Kelpie — seaweed-based packaging film for frozen food. Announced on stage: a €1.5M pre-seed led by Skagerrak Ventures.\n' +
      '2. Stillwater Robotics — autonomous hull cleaning for ferries. Four paid pilots with operators in Denmark and Norway.\n' +
      '3. Wattle Labs — scheduling for home-battery installers. Closed a $2M seed co-led by Ørsund Capital and Tallgrass Ventures last week.\n' +
      '4. Parsnip — demand forecasting for small grocery chains. DKK 180k MRR, growing 14% month on month.\n' +
      '5. Vinterlys — light-therapy programmes prescribed through GPs. CE marking expected in Q3.\n' +
      '6. Tolder — customs paperwork for small exporters shipping to the UK. 120 paying customers.\n\n' +
      'Investors who want intros can reply to this post or write to the programme team.',
    kind: 'round',
    rounds: [
      { company: 'Kelpie', amount: 1.5e6, currency: 'EUR', roundType: 'pre_seed', lead: ['Skagerrak Ventures'] },
      { company: 'Wattle Labs', amount: 2e6, roundType: 'seed', lead: ['Ørsund Capital', 'Tallgrass Ventures'] },
    ],
  },
  {
    id: 'ub24-14',
    style: 'blog',
    phenomenon:
      'vc_why_we_invested,lead_only_in_source,we_have_led,joining_us,unnamed_seed_investors,firm_count_trap,hours_trap,series_a',
    title: 'Why we invested in Tessellate',
    source: 'Quarry Hill Partners — Notes',
    text:
      'Every structural engineer we know tells the same story: a model that takes a week to build, checked by hand against a code that changes every few years, and sent back and forth with the architect a dozen times before a single beam is ordered.\n\n' +
      'Tessellate’s founders, Ines Okafor and Bram de Vries, lived that story at two large engineering firms in Rotterdam and London. ' +
      'Their software reads an architect’s model, proposes a structural scheme and checks it against the Eurocodes as the design changes, not after.\n\n' +
      'Today we’re announcing that we’ve led Tessellate’s $9M Series A. Kestrel Bay Capital and Fathom Angels are joining us, alongside Tessellate’s seed investors.\n\n' +
      'Three things convinced us.\n\n' +
      'Engineers actually use it. At the 23 firms using Tessellate, the time to a checked scheme has fallen from six days to about nine hours.\n\n' +
      'Architects ask for it. Half of Tessellate’s new customers came because an architect asked their engineer to use it.\n\n' +
      'The team. Ines and Bram have shipped every week for two years.\n\n' +
      'We’re thrilled to partner with them.',
    kind: 'round',
    rounds: [
      {
        company: 'Tessellate',
        amount: 9e6,
        roundType: 'series_a',
        lead: ['Quarry Hill Partners'],
        other: ['Kestrel Bay Capital', 'Fathom Angels'],
      },
    ],
  },
  {
    id: 'ub24-15',
    style: 'roundup',
    phenomenon:
      'angel_quarterly_investments,own_cheque_trap,three_rounds_in_list,seed_extension,lead_also_led_original_seed,write_off_prior_company,quarter_totals_trap,pre_seed_seed_extension',
    title: 'My angel investments, Q1 2026',
    source: 'Small Cheques by Nadia Ferreira-Holm',
    text:
      'Every quarter I write up what I invested in and why. Usual caveat: these are small cheques, my own money, and most of them will go to zero.\n\n' +
      'Quillfeather — software that drafts grant reports for small charities. I put in $25k as part of their $1.8M pre-seed, led by Cobblestone Fund. The founder ran fundraising at a food bank for eight years and knows this buyer cold.\n\n' +
      'Hattersley Robotics — pick-and-place arms for small e-commerce warehouses, leased by the month. $50k into a $6M seed led by Tandem Peak. Hardware scares me, but the leasing model means customers start paying in week one.\n\n' +
      'Marrowline — payroll for restaurant groups with tipped staff. A $10k follow-on into their $4M seed extension, which was led by Ember Street Ventures, who also led the original seed.\n\n' +
      'Write-offs: Cinderloop shut down in January. They raised $1.2M in 2024 and never found a second product after the first one stalled. Lovely founders; I’d back them again.\n\n' +
      'Totals this quarter: 3 cheques, $85k. Portfolio: 27 companies.',
    kind: 'round',
    rounds: [
      { company: 'Quillfeather', amount: 1.8e6, roundType: 'pre_seed', lead: ['Cobblestone Fund'] },
      { company: 'Hattersley Robotics', amount: 6e6, roundType: 'seed', lead: ['Tandem Peak'] },
      { company: 'Marrowline', amount: 4e6, roundType: 'extension', lead: ['Ember Street Ventures'] },
    ],
    prior: ['Cinderloop'],
  },
  {
    id: 'ub24-16',
    style: 'blog',
    phenomenon:
      'job_post,were_hiring,new_round_in_job_post,salary_range_trap,bids_value_trap,team_size_trap,led_by_with_participating,seed',
    title: 'We’re hiring: Senior Backend Engineer (Remote, US)',
    source: 'Cantilever Careers',
    text:
      'We’re hiring! 🛠️\n\n' +
      'Cantilever just closed a $6M seed led by Larchmont Ventures, with Sable Creek Capital participating, and we’re growing the engineering team from 4 to 9.\n\n' +
      'About us: Cantilever helps small general contractors bid on public works jobs. We read the 300-page tender packet so they don’t have to. Contractors on Cantilever submitted $410M in bids last year.\n\n' +
      'The role: you’ll own the pipeline that turns scanned drawings and specifications into structured line items, and work closely with our two estimators, both former contractors.\n\n' +
      'Compensation: $165k–$195k base plus equity. Fully remote within US time zones; we meet in person twice a year.\n\n' +
      'To apply, send us something you’ve built and a few lines about why it was hard.',
    kind: 'round',
    rounds: [
      {
        company: 'Cantilever',
        amount: 6e6,
        roundType: 'seed',
        lead: ['Larchmont Ventures'],
        other: ['Sable Creek Capital'],
      },
    ],
  },
  {
    id: 'ub24-17',
    style: 'blog',
    phenomenon:
      'founder_correction_reply,wrong_figure_trap,wrong_lead_trap,outlet_handle_trap,participated_but_did_not_lead,customer_count_trap,seed',
    title: 'Small correction to this morning’s story on Lumacrate',
    source: 'Ines Garrido (@inesgarrido) / X',
    text:
      'Small but important correction to @ledgerlinenews’s story this morning 🙏\n\n' +
      'Lumacrate raised $4.5M, not $45M. One decimal point, a lot of very confused texts from my mum.\n\n' +
      'And the seed was led by Sorrel Capital. Mapleton Ventures participated (and we love them) but didn’t lead.\n\n' +
      'Everything else in the piece is right: we make reusable shipping crates with tracking built in, and 60 wineries in Mendoza and Napa use them.\n\n' +
      'They’ve already fixed the headline, thank you Ledger Line!',
    kind: 'round',
    rounds: [
      {
        company: 'Lumacrate',
        amount: 4.5e6,
        roundType: 'seed',
        lead: ['Sorrel Capital'],
        other: ['Mapleton Ventures'],
      },
    ],
  },
  {
    id: 'ub24-18',
    style: 'blog',
    phenomenon:
      'linkedin_investor_post,we_at_firm_co_led,together_with_our_friends_at,at_mention_co_lead,founder_at_mentions,trial_count_trap,seed',
    title: 'Proud to back Velvetine ✨',
    source: 'Tomasz Wrzesniak | LinkedIn',
    text:
      'Some portfolio news I’m really excited about ✨\n\n' +
      'We at Ashgrove Capital have co-led Velvetine’s $5.5M seed round together with our friends at @Parapet Ventures.\n\n' +
      'Velvetine makes a plant-based alternative to the soft-touch velvet finish on cosmetics and spirits packaging, the stuff that makes a gift box feel expensive and is currently almost impossible to recycle. ' +
      'Their coating passes paper-mill repulping tests, and three of Europe’s larger beauty houses are already running trials.\n\n' +
      'It’s been a joy getting to know @Clara Mendel and @Yusuf Demir over the past few months. Onwards! 🌱\n\n' +
      '#portfolio #packaging #materials #seed',
    kind: 'round',
    rounds: [{ company: 'Velvetine', amount: 5.5e6, roundType: 'seed', lead: ['Ashgrove Capital', 'Parapet Ventures'] }],
  },
  {
    id: 'ub24-19',
    style: 'blog',
    phenomenon:
      'linkedin_founder_post,indian_founder,rupee_sign_crore,seed_investors_doubled_down,named_angel_participant,monthly_orders_crore_trap,store_count_trap,series_a',
    title: 'Chowkbox raises ₹32 crore in Series A',
    source: 'Aditi Bhardwaj | LinkedIn',
    text:
      'Grateful. That’s the only word today 🙏\n\n' +
      'Chowkbox has raised ₹32 crore in our Series A, led by Saffronline Capital. Our seed investors Konkan Ventures and Hubli Angel Network have doubled down, and we’re also welcoming Nikhil Sabharwal as an angel.\n\n' +
      'Quick story: in 2023, Rahul and I were delivering kirana orders ourselves on a scooter in Jaipur. ' +
      'Today Chowkbox powers ordering and credit for 18,000 neighbourhood stores across Rajasthan and Gujarat, processing ₹140 crore in orders every month.\n\n' +
      'Next up: Madhya Pradesh and Maharashtra, and a working-capital product for store owners.\n\n' +
      'We’re hiring in Jaipur and Bengaluru. DM me!\n\n' +
      '#SeriesA #Funding #Startups #IndianStartups',
    kind: 'round',
    rounds: [
      {
        company: 'Chowkbox',
        amount: 3.2e8,
        currency: 'INR',
        roundType: 'series_a',
        lead: ['Saffronline Capital'],
        other: ['Konkan Ventures', 'Hubli Angel Network', 'Nikhil Sabharwal'],
      },
    ],
  },
  {
    id: 'ub24-20',
    style: 'blog',
    phenomenon:
      'linkedin_company_page,seed_extension,bringing_total_seed_to_trap,original_seed_lead_took_part,earlier_seed_same_company,waiting_time_trap,extension',
    title: 'Our seed round just got a little bigger ⚓',
    source: 'Harbourline | LinkedIn',
    text:
      'Our seed round just got a little bigger ⚓\n\n' +
      'We’ve added $1.5M to our seed through an extension led by Seastack Ventures, bringing our total seed funding to $4M. Breakwater Fund, who led our original seed, also took part in the extension.\n\n' +
      'Harbourline schedules berths, pilots and tugs for mid-sized ports. Since we announced our seed last April, we’ve gone live in Gdańsk, Aarhus and Esbjerg, and ships in those ports now spend about 30% less time waiting at anchor.\n\n' +
      'Thank you, Seastack, and welcome aboard!\n\n' +
      '#maritime #logistics #seedextension',
    kind: 'round',
    rounds: [
      {
        company: 'Harbourline',
        amount: 1.5e6,
        roundType: 'extension',
        lead: ['Seastack Ventures'],
        other: ['Breakwater Fund'],
      },
    ],
  },
  {
    id: 'ub24-21',
    style: 'blog',
    phenomenon:
      'linkedin_company_page,all_caps_name,welcome_as_strategic_investor,corporate_strategic_investment,no_led,eur_m_suffix,gas_volume_trap,strategic',
    title: 'Welcome, Hallgren Industrial 🔥',
    source: 'KILNWORKS | LinkedIn',
    text:
      '🔥 We’re excited to welcome Hallgren Industrial as a strategic investor in KILNWORKS.\n\n' +
      'Hallgren is making a €4M strategic investment in us, and this year we’ll install our electric kiln retrofit at two of its ceramics plants in Sweden and Finland. ' +
      'At a plant that size, the retrofit cuts gas use by around 2.3 million cubic metres a year.\n\n' +
      'For us this is more than capital: Hallgren’s engineers have been firing kilns for ninety years and know exactly where our designs will break.\n\n' +
      '#decarbonisation #industry #ceramics',
    kind: 'round',
    rounds: [{ company: 'KILNWORKS', amount: 4e6, currency: 'EUR', roundType: 'strategic', other: ['Hallgren Industrial'] }],
  },
  {
    id: 'ub24-22',
    style: 'blog',
    phenomenon:
      'x_company_post,company_only_in_source_handle,credit_facility,without_raising_more_equity,building_count_trap,charger_count_trap,debt',
    title: 'We’ve secured a $10M credit facility 🔌',
    source: 'Solenne (@solenne_energy) / X',
    text:
      'We’ve secured a $10M credit facility from Brightwater Bank 🔌\n\n' +
      'It funds the chargers we install at apartment buildings: we pay for the hardware, residents pay per kWh, and the building pays nothing upfront. ' +
      'The facility lets us roll out to another 260 buildings in Texas and Arizona without raising more equity.\n\n' +
      'We’re at 410 buildings and 3,900 chargers today. Thanks to the Brightwater team for moving fast!',
    kind: 'round',
    rounds: [{ company: 'Solenne', amount: 10e6, roundType: 'debt', other: ['Brightwater Bank'] }],
  },
  {
    id: 'ub24-23',
    style: 'blog',
    phenomenon:
      'linkedin_ceo_post,existing_investors_also_participated,undisclosed_valuation,machine_count_trap,headcount_trap,cash_flow_positive,series_c',
    title: 'Today we announced our $40M Series C',
    source: 'Marcus Oyelaran | LinkedIn',
    text:
      'Today, Ferrule announced a $40M Series C led by Longwater Growth. Our existing investors Cobalt Reach Capital and Ninefold Partners also participated.\n\n' +
      'Eight years ago I was a maintenance planner at a bottling plant, watching a filler go down every few weeks with no warning. ' +
      'Ferrule now predicts equipment failures from vibration and power data on 74,000 machines in 19 countries.\n\n' +
      'A few people have asked about the valuation. We won’t be sharing it, but I’ll say this: we’re raising because we want to, not because we need to. We’ve been cash-flow positive for two quarters.\n\n' +
      'To the 410 people at Ferrule: this one is yours. ❤️',
    kind: 'round',
    rounds: [
      {
        company: 'Ferrule',
        amount: 40e6,
        roundType: 'series_c',
        lead: ['Longwater Growth'],
        other: ['Cobalt Reach Capital', 'Ninefold Partners'],
      },
    ],
  },
  {
    id: 'ub24-24',
    style: 'foreign',
    phenomenon:
      'german_linkedin_post,mio_euro_comma_decimal,angefuehrt_von,public_development_bank_participant,business_count_trap,headcount_trap,seed',
    title: 'Wir haben es geschafft! 🎉',
    source: 'Zunftwerk | LinkedIn',
    text:
      'Wir haben es geschafft! 🎉\n\n' +
      'Zunftwerk hat eine Seed-Finanzierung über 2,5 Mio. Euro abgeschlossen. Angeführt wird die Runde von Elbufer Ventures, außerdem sind die Alsterkai Angels und die NRW.BANK mit an Bord.\n\n' +
      'Zunftwerk ist die App, mit der Handwerksbetriebe Angebote, Baustellendokumentation und Rechnungen an einem Ort erledigen. ' +
      'Inzwischen arbeiten über 1.200 Betriebe mit uns, vom Dachdecker in Bielefeld bis zur Tischlerei in Passau.\n\n' +
      'Mit dem Geld wollen wir unser Team in Köln von 14 auf 30 Leute vergrößern.\n\n' +
      '#Handwerk #Seed #Finanzierung #Startup',
    kind: 'round',
    rounds: [
      {
        company: 'Zunftwerk',
        amount: 2.5e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Elbufer Ventures'],
        other: ['Alsterkai Angels', 'NRW.BANK'],
      },
    ],
  },
  {
    id: 'ub24-25',
    style: 'foreign',
    phenomenon:
      'french_linkedin_post,m_euro_sign_suffix,leve_en_amorcage,mene_par,aux_cotes_de,unnamed_business_angels,meals_trap,farm_count_trap,seed',
    title: 'Pousse lève 3 M€ en amorçage 🌱',
    source: 'Léa Fontanel | LinkedIn',
    text:
      'Très fière de vous annoncer que Pousse lève 3 M€ en amorçage ! 🌱\n\n' +
      'Notre tour est mené par Calanque Capital, aux côtés de Garrigue Invest et de plusieurs business angels du monde agricole.\n\n' +
      'Pousse aide les maraîchers à planifier leurs cultures et à vendre directement aux cantines scolaires. ' +
      'Nous accompagnons déjà 650 exploitations en Occitanie et en Provence, qui ont livré plus de 2 millions de repas l’an dernier.\n\n' +
      'Prochaine étape : la Nouvelle-Aquitaine, et une équipe qui passe de 9 à 20 personnes.\n\n' +
      'Merci à toutes celles et ceux qui nous ont fait confiance ! 🙏\n\n' +
      '#levéedefonds #agritech #amorçage',
    kind: 'round',
    rounds: [
      {
        company: 'Pousse',
        amount: 3e6,
        currency: 'EUR',
        roundType: 'seed',
        lead: ['Calanque Capital'],
        other: ['Garrigue Invest'],
      },
    ],
  },
  {
    id: 'ub24-26',
    style: 'blog',
    phenomenon:
      'indie_hackers_milestone,bootstrapped_then_raised,named_angels_no_lead,k_suffix_amount,mrr_trap,two_weeks_ago,pre_seed',
    title: 'Bootstrapped to $8k MRR, then raised $400k from two angels. Was it a mistake?',
    source: 'Indie Hackers — Milestones',
    text:
      'Posting this here because this community got me through the first two years.\n\n' +
      'Pollenpath (route planning for beekeepers who move hives between farms for pollination) hit $8k MRR in January, fully bootstrapped. ' +
      'Two weeks ago I took $400k in a pre-seed from two angels, Dara Whitcombe and Luis Ferreyra, both of whom ran agricultural businesses.\n\n' +
      'Why I did it: almond pollination season in California is six weeks long, and I kept losing growers because I couldn’t support them fast enough. The money pays for one full-time support person and a contract developer for a year.\n\n' +
      'Why I’m nervous: I’ve never had a boss, and now I sort of have two.\n\n' +
      'Would love to hear from anyone who’s done the same.',
    kind: 'round',
    rounds: [{ company: 'Pollenpath', amount: 4e5, roundType: 'pre_seed', other: ['Dara Whitcombe', 'Luis Ferreyra'] }],
  },

  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub24-27',
    style: 'blog',
    phenomenon:
      'linkedin_founder_post,were_raising_our_seed,dms_open,committed_portion_trap,still_looking_for_a_lead,checkmark_bullets,clinic_count_trap,seed',
    title: 'We’re raising our seed 🚀',
    source: 'Noor Haddad | LinkedIn',
    text:
      'We’re raising our seed 🚀\n\n' +
      'Wrenfield is raising $2M to bring our booking and patient-records software to independent physiotherapy clinics across Jordan, the UAE and Saudi Arabia.\n\n' +
      'Where we are:\n' +
      '✅ 140 clinics, 38% of them paying\n' +
      '✅ $800K already committed from our existing angels\n' +
      '🔎 Still looking for a lead\n\n' +
      'If you invest in vertical SaaS or healthcare in MENA, my DMs are open, or comment below and I’ll reach out.\n\n' +
      '#fundraising #seed #healthtech #MENA',
    kind: 'in_talks',
    rounds: [{ company: 'Wrenfield', amount: 2e6, roundType: 'seed', lead: [] }],
  },
  {
    id: 'ub24-28',
    style: 'blog',
    phenomenon:
      'x_thread,term_sheet_signed_not_closed,to_lead,expected_close_next_month,gbp_m_suffix,industry_size_trap,yard_count_trap,series_a',
    title: 'Some fundraising news, with the usual caveat 🧵',
    source: 'Ben Adeyemi-Clarke (@benac) / X',
    text:
      '1/ Some fundraising news, with the usual caveat that nothing is done until the money is in the bank 🧵\n\n' +
      '2/ We’ve signed a term sheet with Birchgate Capital to lead Ostler’s £6M Series A. The documents are with the lawyers and we expect to close in April.\n\n' +
      '3/ Ostler runs stable management for equestrian centres: feed, farrier visits, vet records, livery invoicing. 900 yards in the UK and Ireland use it.\n\n' +
      '4/ We have room for one or two more investors who know the equine world. DMs open.\n\n' +
      '5/ And if you’re thinking "horses? really?": the UK equestrian industry is worth around £4bn a year. Yes, really.',
    kind: 'in_talks',
    rounds: [{ company: 'Ostler', amount: 6e6, currency: 'GBP', roundType: 'series_a', lead: ['Birchgate Capital'] }],
  },
  {
    id: 'ub24-29',
    style: 'blog',
    phenomenon:
      'reddit_post,advice_question,offered_to_lead,nothing_is_signed,valuation_cap_trap,hoped_for_cap_trap,mrr_trap,pre_seed',
    title: 'Got my first term sheet ($600k pre-seed, $6M cap). Sign it or keep shopping?',
    source: 'r/Entrepreneur',
    text:
      'Throwaway-ish account. We’re Gulfwing, three people building a parts marketplace for small marine repair shops on the Gulf Coast. $22k MRR, growing about 9% a month.\n\n' +
      'Last Tuesday a local angel group, Lakeshore Angels, offered to lead a $600k pre-seed on a post-money SAFE at a $6M cap. They want an answer by the end of next week. Nothing is signed.\n\n' +
      'Two funds have said they’re "very interested" but neither has put anything in writing. My cofounder wants to sign now. I think we could get an $8M cap or better if we wait a month.\n\n' +
      'For those who’ve been here: would you take it?',
    kind: 'in_talks',
    rounds: [{ company: 'Gulfwing', amount: 6e5, roundType: 'pre_seed', lead: ['Lakeshore Angels'] }],
  },
  {
    id: 'ub24-30',
    style: 'blog',
    phenomenon:
      'substack_fundraising_diary,company_only_in_source,soft_circled_trap,no_lead_yet,target_amount,partner_meetings,seed',
    title: 'Fundraising diary, week 6: $1.3M soft-circled, still no lead',
    source: 'Notes from Larkspur',
    text:
      'Six weeks into raising our $3M seed, here’s where things stand:\n\n' +
      '- $1.3M soft-circled, mostly angels and two small funds\n' +
      '- 3 funds at partner meetings\n' +
      '- 0 term sheets, so no lead yet\n\n' +
      'For new readers: we make a menopause symptom tracker that clinicians can prescribe, and that shares what patients log with their doctor before each appointment.\n\n' +
      'The hardest part this time has been explaining why women’s health isn’t a "niche". It’s half of everyone.\n\n' +
      'I’ll keep writing these every week until the round is closed, or until I can no longer be honest about it.',
    kind: 'in_talks',
    rounds: [{ company: 'Larkspur', amount: 3e6, roundType: 'seed', lead: [] }],
  },
  {
    id: 'ub24-31',
    style: 'foreign',
    phenomenon:
      'spanish_linkedin_company_page,estamos_levantando,ronda_semilla,millones_de_euros,revenue_euros_trap,installation_count_trap,no_lead_mentioned,seed',
    title: 'Estamos levantando nuestra ronda semilla 📣',
    source: 'Alborada | LinkedIn',
    text:
      '📣 Estamos levantando nuestra ronda semilla.\n\n' +
      'En Alborada buscamos 1,5 millones de euros para llevar nuestra plataforma de mantenimiento de placas solares a toda la Comunidad Valenciana y a Murcia. ' +
      'Ya gestionamos 4.800 instalaciones en tejados de viviendas y naves, y cerramos 2025 con 620.000 euros de facturación.\n\n' +
      'Si inviertes en energía o en software para pymes y quieres conocernos, escríbenos por mensaje privado. 🌞\n\n' +
      '#rondasemilla #energiasolar #startups #Valencia',
    kind: 'in_talks',
    rounds: [{ company: 'Alborada', amount: 1.5e6, currency: 'EUR', roundType: 'seed' }],
  },

  // ── Distractors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub24-32',
    style: 'blog',
    phenomenon:
      'linkedin_investor_post,thrilled_to_share,fund_final_close,fund_target_trap,cheque_size_range_trap,portfolio_company_past_series_b,fund_close',
    title: 'Lanternfish Ventures Fund II: final close at $85M 🐟',
    source: 'Odile Marchetti | LinkedIn',
    text:
      'Thrilled to share that Lanternfish Ventures has held the final close of Fund II at $85M, above our $70M target 🐟✨\n\n' +
      'Fund II will write first cheques of $500K–$2M into pre-seed and seed companies building software for oceans, ports and coastal communities.\n\n' +
      'Fund I backed 31 companies. Some of them you may know, like Copperleaf, which raised a $40M Series B last year.\n\n' +
      'Thank you to our LPs, including two family foundations and a university endowment, for trusting a small team with a big mission.\n\n' +
      'And to founders: our inbox is open 📬\n\n' +
      '#venturecapital #fundraising #oceantech',
    kind: 'fund_close',
    rounds: [],
    prior: ['Copperleaf'],
  },
  {
    id: 'ub24-33',
    style: 'blog',
    phenomenon:
      'linkedin_founder_post,some_personal_news,has_been_acquired,terms_not_disclosed,past_seed_same_company,user_count_trap,acquisition',
    title: 'Some personal news: Quillhouse is joining Papyrine 💛',
    source: 'Rosa Delacourt | LinkedIn',
    text:
      'Some personal news 💛\n\n' +
      'Quillhouse has been acquired by Papyrine. Starting next month, our team of 18 joins Papyrine’s publishing tools group, and Quillhouse’s manuscript review features will be built into Papyrine Studio.\n\n' +
      'When Ilya and I started Quillhouse in a Lisbon co-working space in 2021, we wanted to make writing a first novel less lonely. 70,000 writers later, I think we did that.\n\n' +
      'Thank you to our investors, who backed our $3M seed in 2023 and never once asked us to be something we weren’t. Thank you to our writers. And thank you to the team: you know what you did.\n\n' +
      'Terms weren’t disclosed, so please don’t ask 😄\n\n' +
      '#acquisition #startups #writing',
    kind: 'acquisition',
    rounds: [],
    prior: ['Quillhouse'],
  },
  {
    id: 'ub24-34',
    style: 'blog',
    phenomenon: 'x_post,arr_milestone,zero_raised,bootstrapped,bullet_stats,revenue_share_trap,other',
    title: '$1M ARR, $0 raised',
    source: 'Elif Kaya (@elifships) / X',
    text:
      'We just crossed $1M ARR at Tilemark 🎉\n\n' +
      '• 26 months since launch\n' +
      '• 4 people\n' +
      '• $0 raised, no plans to\n' +
      '• biggest customer is 6% of revenue\n\n' +
      'Tilemark is floor-plan and quoting software for tile and flooring installers. Not sexy. Very profitable.\n\n' +
      'Thank you to every installer who sent us a blurry photo of a bathroom and asked "can your thing do this?"',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub24-35',
    style: 'blog',
    phenomenon:
      'linkedin_company_page,grant_application_submitted,public_body_competition,gbp_k_suffix,decision_pending,earlier_failed_applications,other',
    title: 'Fingers crossed 🤞',
    source: 'Tansy Robotics | LinkedIn',
    text:
      'Fingers crossed 🤞\n\n' +
      'Yesterday we submitted our application to an Innovate UK competition for a £480k grant to build the next version of our strawberry-picking robot, which we’d trial with two growers in Kent and Herefordshire.\n\n' +
      'It’s the third time we’ve applied for this kind of funding. The first two didn’t make it, and we learned a lot from the assessors’ feedback both times. Decisions are due in June.\n\n' +
      'Big thanks to the team for three weeks of late nights on the application, and to both farms for their letters of support.\n\n' +
      '#innovation #agritech #robotics #grantfunding',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub24-36',
    style: 'blog',
    phenomenon:
      'x_thread,analyst_thread,other_companys_round_last_year,led_by_in_analysis,post_money_valuation_trap,arr_multiple_trap,hypothetical_next_round,other',
    title: 'What Farrowdale’s Series B deck actually says 🧵',
    source: 'Hugo Lindqvist (@hugolindq) / X',
    text:
      '🧵 Farrowdale’s $30M Series B from last June is still the most-shared deck in my DMs. Let’s go through what it actually says.\n\n' +
      '1/ The round was led by Sandpiper Growth at a reported $210M post. For a company at ~$9M ARR that’s a 23x multiple. Rich, but not crazy for vertical fintech in 2025.\n\n' +
      '2/ Net revenue retention: 138%. This is the number that got the deal done. Dairy co-ops that start with payments add lending within a year.\n\n' +
      '3/ Gross margin: 61%. Lower than pure SaaS because of payment costs. Worth watching.\n\n' +
      '4/ What’s not in the deck: default rates on the lending book. If I were looking at their next round, that’s the first thing I’d ask about.\n\n' +
      '5/ Takeaway for founders: one killer retention number beats ten vanity metrics.\n\n' +
      '/end',
    kind: 'other',
    rounds: [],
    prior: ['Farrowdale'],
  },
  {
    id: 'ub24-37',
    style: 'blog',
    phenomenon:
      'linkedin_job_post,were_hiring,backed_by_past_seed_investors,who_led_our_seed_in_2025,eur_salary_range_trap,no_new_money,other',
    title: 'We’re hiring a Founding Product Designer 🎨',
    source: 'Ostrakon | LinkedIn',
    text:
      'We’re hiring! 🎨 Founding Product Designer, Athens or remote (EU)\n\n' +
      'Ostrakon builds voting and decision tools for housing co-operatives and residents’ associations. 900 of them in Greece, Portugal and Spain run their annual meetings on us.\n\n' +
      'You’ll be our first designer and work directly with the founders.\n\n' +
      '💶 €65k–€80k + meaningful equity\n' +
      '🏠 Remote within EU time zones\n' +
      '💰 Backed by Ridgeback Capital and Lowmoor Ventures, who led our seed in 2025\n\n' +
      'Apply via the link in the comments or DM me.',
    kind: 'other',
    rounds: [],
    prior: ['Ostrakon'],
  },
  {
    id: 'ub24-38',
    style: 'blog',
    phenomenon:
      'linkedin_farewell_post,last_day_at,past_seed_series_a_series_b,gbp_m_suffix_past,employee_number_trap,headcount_trap,other',
    title: 'Last day at Brindle 🐾',
    source: 'Jonah Whitfield | LinkedIn',
    text:
      'After four and a half years, today is my last day at Brindle 🐾\n\n' +
      'I joined as employee #6, a few weeks after our £4M seed closed, when the whole company fit around one table in a Manchester loft. ' +
      'I was there for the insurance licence, the Series A, the move to the bigger office, and the Series B in 2024 that took us to 140 people.\n\n' +
      'I’ve learned more here than in the ten years before it, mostly from people who were better at their jobs than I was at mine.\n\n' +
      'What’s next? A few weeks off with my daughter, then something new I’ll share soon.\n\n' +
      'Brindle is hiring, by the way. Go work with these people.',
    kind: 'other',
    rounds: [],
    prior: ['Brindle'],
  },
  {
    id: 'ub24-39',
    style: 'blog',
    phenomenon:
      'product_hunt_launch,solo_maker,no_funding,lifetime_deal_price_trap,subscription_price_trap,beta_user_count_trap,other',
    title: 'Snapwick — Turn any screenshot into an editable document',
    source: 'Product Hunt',
    text:
      'Hi Hunters! 👋 Marta here, solo maker of Snapwick.\n\n' +
      'Snapwick turns screenshots of slides, tables, receipts and whiteboards into documents you can actually edit, keeping the layout.\n\n' +
      'Some context: I’ve built this over 14 months of evenings and weekends, with no funding and no team. 2,300 people used the beta, and it already pays my rent.\n\n' +
      '🎁 Launch deal: lifetime access for $49 (normally $8/month) for the first 500 hunters.\n\n' +
      'If you upvote, I promise to read every single comment 🧡',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub24-40',
    style: 'blog',
    phenomenon: 'show_hn,no_vc_money,cloud_credits_trap,binary_size_trap,open_source_tool,other',
    title: 'Show HN: Ledgerlark – plain-text accounting with a web UI',
    source: 'Hacker News: Show HN',
    text:
      'I’ve used plain-text accounting for years and always wanted a UI for the parts that are annoying in a terminal: reconciling, budgets, and charts for my partner, who will never open a .ledger file.\n\n' +
      'Ledgerlark reads your existing ledger, hledger or beancount files (read-only by default) and runs entirely locally as a single ~12 MB binary.\n\n' +
      'Business model question I’m sure someone will ask: there isn’t one yet. No VC money, no plans for it. I got $20k in cloud credits from a startup programme, which covers the demo server for a long time.\n\n' +
      'Feedback welcome, especially on the importer for bank CSVs. Every bank has its own idea of what a date is.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub24-41',
    style: 'blog',
    phenomenon:
      'linkedin_vc_page,welcome_to_the_team,new_partner_hire,led_past_seed_at_previous_firm,past_series_b_other_company,other',
    title: 'Welcome to the team, Joanna Verhoeven! 👋',
    source: 'Outrider Capital | LinkedIn',
    text:
      'Welcome to the team, Joanna Verhoeven! 👋\n\n' +
      'Joanna joins Outrider Capital as a Partner, leading our investments in climate and industrial software.\n\n' +
      'Before Outrider, Joanna spent six years at Greenhollow Ventures, where she led the firm’s seed investment in Cobbler and sat on its board through its $28M Series B in 2024. ' +
      'Before that she was an engineer at a wind-turbine maker in Aarhus.\n\n' +
      'Founders building in energy, manufacturing or logistics: her inbox is already open 📬\n\n' +
      '#venturecapital #newhire #climatetech',
    kind: 'other',
    rounds: [],
    prior: ['Cobbler'],
  },
  {
    id: 'ub24-42',
    style: 'blog',
    phenomenon: 'reddit_post,pulled_term_sheet,company_unnamed,fund_unnamed,runway_trap,mrr_trap,other',
    title: 'Lead investor pulled our term sheet 3 days before closing. What now?',
    source: 'r/startups',
    text:
      'Not naming the company or the fund, for obvious reasons.\n\n' +
      'In November we signed a term sheet for a $1.5M seed. The fund was leading and two angels were following. The legal docs were basically done. ' +
      'On Friday the partner called to say their investment committee had "changed its view on the sector" and they’re out. The angels won’t go in without a lead.\n\n' +
      'We have about 5 months of runway and $11k MRR. We’ve stopped hiring and I’ve cut my own salary to zero.\n\n' +
      'Has anyone recovered from this? Should we go back to the funds that passed, or try to get to profitability on what we have?',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub24-43',
    style: 'blog',
    phenomenon: 'changelog_post,raised_the_limit_wordplay,raised_prices_wordplay,per_seat_price_trap,no_venture_money,other',
    title: 'v2.0: bigger uploads, new plans',
    source: 'Quirewell Changelog',
    text:
      'Quirewell 2.0 is out 🎉\n\n' +
      'What’s new:\n' +
      '• We’ve raised the upload limit from 100 MB to 500 MB per file\n' +
      '• Shared folders can now have up to 50 members (up from 10)\n' +
      '• Comments support @mentions and emoji reactions\n\n' +
      'Pricing: we’ve raised the Team plan from $8 to $12 per seat per month, effective April 1. Existing customers keep their current price until their next renewal, and annual plans keep it for the full year.\n\n' +
      'Why: our storage costs have gone up, and we’d rather charge a fair price than take venture money and chase growth at any cost.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub24-44',
    style: 'blog',
    phenomenon: 'linkedin_personal_news,scout_role,cheque_size_range_trap,raising_pre_seed_call_for_founders,other',
    title: 'Personal news: I’ve joined Greyfeather Ventures as a scout 🚀',
    source: 'Kofi Mensah-Bright | LinkedIn',
    text:
      'Personal news 🚀\n\n' +
      'I’ve joined Greyfeather Ventures as a scout! I’ll be writing first cheques of $25k–$100k into pre-seed companies in Accra, Lagos and Nairobi, especially in payments and logistics.\n\n' +
      'If you’re a founder raising a pre-seed round right now, or you know one who is, send them my way. I read everything.\n\n' +
      '#venturecapital #Africa #preseed #founders',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub24-45',
    style: 'blog',
    phenomenon:
      'linkedin_accelerator_page,demo_day_invitation,unnamed_companies_raising,revenue_multiple_trap,seat_count_trap,other',
    title: 'Demo Day is two weeks away 📅',
    source: 'Quayside Accelerator | LinkedIn',
    text:
      '📅 Demo Day is two weeks away!\n\n' +
      'On Thursday 26 March, the 11 companies in Quayside’s spring cohort will pitch at our Glasgow studio and on the livestream. ' +
      'Between them they’ve grown revenue 3.4x during the programme, and five of them are raising pre-seed or seed rounds.\n\n' +
      'Investors: request a seat via the link in the comments. The room holds 120.\n\n' +
      '#demoday #startups #Glasgow',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub24-46',
    style: 'blog',
    phenomenon:
      'linkedin_cfo_post,employee_tender_offer,led_by_existing_investor_trap,series_c_price_reference,no_new_shares_issued,seller_count_trap,other',
    title: 'Our first employee tender offer 👏',
    source: 'Sunniva Aarseth | LinkedIn',
    text:
      'Proud of this one 👏\n\n' +
      'Halyard has just completed its first tender offer for current and former employees. Existing investor Longwater Growth led the $15M tender, buying shares at the same price as our Series C last year.\n\n' +
      '126 people sold some of their shares. For many of them it’s the first time their equity has turned into something they can use, for a deposit on a home or their kids’ tuition.\n\n' +
      'No new shares were issued and the company didn’t raise any new capital; this was about liquidity for the people who built Halyard.\n\n' +
      '#equity #employees #startups',
    kind: 'other',
    rounds: [],
    prior: ['Halyard'],
  },
  {
    id: 'ub24-47',
    style: 'blog',
    phenomenon:
      'substack_founder_essay,declined_term_sheet,offered_to_lead_trap,mrr_trap,arr_plan_trap,might_raise_one_day,other',
    title: 'Why we turned down a $5M term sheet',
    source: 'The Dovecote Letter',
    text:
      'Three weeks ago a fund we admire offered to lead a $5M seed round in Dovecote. On Friday, we said no.\n\n' +
      'This isn’t a story about bad investors. The partner was thoughtful, the terms were fair, and the valuation was higher than anything we’d have asked for.\n\n' +
      'But look at where we are: $38k MRR, profitable since October, seven people. A $5M round would have meant a plan to reach $5M ARR in two years and a team of 30. ' +
      'Our customers, small-town veterinary practices, don’t change that fast, and we don’t want to pretend they do.\n\n' +
      'We might raise one day. Not this year.',
    kind: 'other',
    rounds: [],
  },
];
