// A thirty-third blind set for funding-round extraction: invented (companies, people, investors, funds,
// accelerators, grant programmes, hackathons, crowdfunding platforms, newsletters, podcasts, channels and
// sentences made up for this project; only cities, countries and regions are real, as settings) on
// 2026-12-07 by a writer who had not read src/rounds and did not run the extractor. Dates are written for
// the eval's fixed publish date (2026-03-10, a Tuesday): "this morning" and "today" are 10 March 2026,
// "yesterday" and "Monday" 9 March, "this weekend" 7–8 March, "February" and "January" are of 2026, "last
// year" is 2025 and "in April" is April 2026.
// Theme: social and newsletter formats, and other languages.
// Styles: LinkedIn-style founder posts with line breaks, emoji, "@Name" mentions, a sign-off and hashtags
// ("🚀 Big news: …", "We did it! 🎉", "We’ve raised! 🙌🏾", "Some news we’re really proud of"); a bilingual
// English/French post; X/Twitter threads numbered "1/" and "1/7" with the amount in post 3 (and, in one,
// the company’s earlier seed in post 2); an investor’s single post ("led by us at X") with @handles and
// names in brackets; a journalist’s "Scoop:" post; a Product Hunt launch whose maker comment gives the
// round in a P.S.; a Show HN post ("We’re backed by …"); Substack issues (a fintech newsletter with
// DEALS, RUMOURS and NUMBERS sections, a rumour-and-numbers edition, a founder’s build-in-public issue
// with monthly numbers, a statistics issue); Discord announcements for crypto projects ("@everyone gm gm
// ☀️ Excited to share we closed our strategic round", an airdrop); a Telegram announcement; a YouTube
// description with timestamps; a podcast episode page with timestamps and a sponsor; an investor’s
// monthly LP letter; a job post; a company "About us" page; and ten texts not in English (German,
// French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Japanese script, Chinese).
// Phenomena: seed, pre-seed, Series A, a crypto "strategic round", a crypto seed with token warrants,
// venture debt in a newsletter, a government-programme grant a company wins on its own; amounts as "$3M",
// "3 million USD", "$1.2m", "1.2M$" (beside "1,2 M$" in the French half), "¥300 million (about $2
// million)", "R$ 25 million (about US$4.5 million)", "€8.5M", "£5.5m", and, in the other languages,
// "€2,5 Mio.", "2,5 millions d’euros", "R$ 10 milhões", "40 miljoner kronor", "1億円", "5000万元人民币";
// leads as "led by the amazing team at X", "X led, with Y and Z joining", "we’re thrilled to welcome X as
// lead investor in our Series A", "co-led by @handle (Name) and @handle (Name)", "led by us at X", "X led
// our … seed round", "X led; Y and Z joined", an LP letter’s "we led" and "X led the round" (the writing
// fund as participant); angels as "@Name", "angel investor @Name", "@handle (Name)"; the lead’s partner
// thanked by name (not a participant); a co-founder thanked by @Name (not an investor). Amounts beside
// the round that are not rounds: ARR, MRR and revenue, payments volume, TVL and deposits, a subscription
// price, a robot’s monthly rent, a grant programme’s total, a fund’s cheque into a round (the LP letter’s
// $750K of a $15M Series A), ownership, TVPI/DPI, a fund’s first close, an exit’s price and multiple, the
// company’s own earlier seed, a pre-seed’s angel commitments, a valuation, market statistics.
// In talks: a founder’s LinkedIn post "We’re raising!" ($2M pre-seed, $600k committed by unnamed angels,
// "looking for a lead investor", `lead: []`); a founder’s X post "we’re currently raising our seed
// (~$1.5M) — DMs open"; a newsletter rumour that an Edinburgh company "is in talks with X to lead a Series
// B of around $40M" with an existing backer "expected to take its pro-rata"; a journalist’s scoop that a
// company "is raising a $60M Series B led by X … Term sheet is signed".
// Distractors (rounds: [] each): a founder celebrating $5M ARR "still on the seed we raised in 2024"; a
// government grant programme’s call for applications (no recipient named); a hackathon prize; a token
// airdrop whose post recalls the project’s 2024 seed; an accelerator acceptance with the programme’s
// standard $250k SAFE to come; a seed fund closing Fund II with LP commitments (kind 'fund_close'); a
// "We’re hiring!" post recalling a 2024 Series A; "Quiverleaf has been acquired by …" recalling its seed
// (kind 'acquisition'); a rewards crowdfunding campaign’s pledges; a seed-statistics newsletter naming
// the month’s largest seed; a job post "We recently raised a $12M Series A led by …"; an "About us" page
// listing funding to date; a Show HN post "We’re backed by …".
// Other languages: labelled as unseen-texts.ts labels its German, French and Spanish texts, which report
// real rounds and are listed among "the texts that must give no round": style 'foreign', kind 'other',
// rounds: [] — whether the text reports a round (German seed, French seed, Portuguese seed, Swedish
// Series A, Japanese Series A, Chinese Series A) or not (Spanish acquisition, Italian statistics, a Dutch
// founder’s "we are raising a seed round", Polish grant). The writer read no convention requiring rounds
// from other languages; a reader who wants them would label the six rounds named above.
// Conventions (those of unseen-blind30.ts, unseen-texts.ts and checks.ts’s types, as far as the writer
// could read them): company as the post names it (the posting company; in the investor’s post the company
// named by "@handle (Name)"; "Brinefold Protocol" as the announcement names it); amount in the currency
// first stated for the round (ISO code when not USD): "¥300 million (about $2 million)" is 3e8 JPY from a
// Japanese company, "R$ 25 million" 2.5e7 BRL, "1.2M$" 1.2e6 USD, "~$1.5M" and "around $40M" at the stated
// figure; the LP letter’s rounds at the round’s size, not the fund’s cheque. Round types: a crypto
// "strategic round" named as such is 'strategic' (the stage named wins); a seed "structured as equity with
// token warrants" is 'seed'; a credit facility is 'debt' with the lender in `other`; a grant a company
// wins on its own from a government programme is 'grant' with the programme in `other` (as
// unseen-blind30.ts labels ARPA-E and EIC Accelerator grants — so this set’s government grant is a labelled
// round, and its grant distractor is a programme’s call that names no recipient). `lead` only where the
// text says who led, co-led, was welcomed "as lead investor", or, in talks, who is "to lead"/the round is
// "led by" in a scoop; `lead: []` where the founder is "looking for a lead investor"; no `lead` where the
// text names none. `other` for every other named participant (funds, angels by their own names, a writing
// fund that joined a round another led). Not news, so no round: a job post’s and an "About us" page’s
// "recently raised"/"most recently" rounds and a Show HN’s "We’re backed by", all labelled as background
// (`prior`, kind 'other'), as unseen-texts.ts labels a CFO-hire story’s "raised $120 million last year";
// an accelerator’s standard SAFE that the company "will receive" on joining a batch (no financing closed;
// not labelled as in talks either). `prior` lists other companies whose funding the text recalls (an
// exit’s company, a fund’s portfolio company, a statistics issue’s largest round, a podcast guest’s former
// company) and, in a distractor, its own company where the text recalls its earlier rounds. Labelled by
// hand; a reader of each text should agree with every label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test:
// unseen.test.ts does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND33: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub33-01',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,big_news_rocket_opener,no_title,dollar_m_amount,led_by_the_amazing_team_at,lead_partner_thanked_not_participant,angel_by_at_mention,hashtags,tonnage_trap,seed',
    source: 'LinkedIn',
    text:
      '🚀 Big news: Scrapsight has raised a $3M seed round!\n\n' +
      'When Dara and I started Scrapsight in a lock-up garage in Hull 18 months ago, every scrapyard we visited sorted aluminium by hand. Today our hyperspectral cameras sort alloys at 11 yards across the UK, and they’ve handled more than 40,000 tonnes of metal.\n\n' +
      'The round was led by the amazing team at Calderbrook Ventures 🙌 Huge thanks to @Harriet Lowe and everyone at Calderbrook for believing in us from the first call. We’re also grateful to Tyneside Angels and to @Greta Holm, who built and sold a recycling business herself, for joining the round.\n\n' +
      'Next up: our first yards in Germany and the Netherlands, and a team that grows from 14 to 30 this year.\n\n' +
      'If you run a scrapyard and you’re tired of sorting by hand, my DMs are open 📩\n\n' +
      '#funding #seed #recycling #circulareconomy #startups',
    kind: 'round',
    rounds: [
      {
        company: 'Scrapsight',
        amount: 3e6,
        roundType: 'seed',
        lead: ['Calderbrook Ventures'],
        other: ['Tyneside Angels', 'Greta Holm'],
      },
    ],
  },
  {
    id: 'ub33-02',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,we_did_it_opener,no_title,eur_m_amount,thrilled_to_welcome_x_as_lead_investor,angel_investor_at_mention,seed_investors_doubled_down,cofounder_at_mention_not_investor,hashtags,kitchen_count_trap,series_a',
    source: 'LinkedIn',
    text:
      'We did it! 🎉\n\n' +
      'After seven months, 90-plus investor meetings and more cortados than I want to admit, Tallymoss has closed its €8.5M Series A.\n\n' +
      'We’re thrilled to welcome Grisewood Capital as lead investor in our Series A, and to have Ostrander Partners and angel investor @Lucía Ferrán on board. Our seed investors, Montjuïc Ventures and Raval Angels, doubled down too ❤️\n\n' +
      'Tallymoss helps restaurants stop guessing how much food to order. More than 1,200 kitchens in Spain and Portugal use it every morning, and in 2025 they threw away about 30% less food than the year before.\n\n' +
      'With this round we’re opening in Italy and France, and hiring 25 people in Barcelona.\n\n' +
      'Thank you to our team, our customers and @Jordi Camps, my co-founder, who still answers support tickets at midnight.\n\n' +
      '#SeriesA #funding #foodtech #Barcelona\n\n' +
      '— Marta Pujol, CEO & co-founder @Tallymoss',
    kind: 'round',
    rounds: [
      {
        company: 'Tallymoss',
        amount: 8.5e6,
        currency: 'EUR',
        roundType: 'series_a',
        lead: ['Grisewood Capital'],
        other: ['Ostrander Partners', 'Lucía Ferrán', 'Montjuïc Ventures', 'Raval Angels'],
      },
    ],
  },
  {
    id: 'ub33-03',
    style: 'blog',
    phenomenon:
      'x_thread_numbered_1_slash,coming_out_of_stealth,amount_in_post_3,lowercase_m_amount,x_led_with_y_and_z_joining,handle_with_name_in_brackets,market_count_trap,waitlist_trap,pre_seed',
    source: 'X',
    text:
      '1/ Today we’re coming out of stealth 👋 Meet Cadenzo: rehearsal tracks for every voice part in every choir, generated from a photo of the sheet music.\n\n' +
      '2/ There are ~40,000 amateur choirs in the UK and Germany alone. Most still learn their parts from a pianist plunking notes into a phone on Tuesday nights.\n\n' +
      '3/ To build it, we raised a $1.2m pre-seed. @scrimshawvc (Scrimshaw Ventures) led, with @obi_mbeki (Obi Mbeki) and Fermata Angels joining 🙏\n\n' +
      '4/ We’ve had 310 choirs join the waitlist since December, and 62 use the beta every week.\n\n' +
      '5/ We’re a team of 4 in Manchester and hiring a founding ML engineer. Link below 👇\n\n' +
      '6/ If you sing in a choir (or direct one), try it: cadenzo.app',
    kind: 'round',
    rounds: [
      {
        company: 'Cadenzo',
        amount: 1.2e6,
        roundType: 'pre_seed',
        lead: ['Scrimshaw Ventures'],
        other: ['Obi Mbeki', 'Fermata Angels'],
      },
    ],
  },
  {
    id: 'ub33-04',
    style: 'blog',
    phenomenon:
      'x_thread_numbered_1_of_7,earlier_seed_same_company_in_post_2,amount_in_post_3,co_led_by_two_handles_with_names,seed_lead_came_back_in_by_handle,angel_handle_with_name,building_count_trap,series_a',
    source: 'X',
    text:
      '1/7 Big day for us at Loftkeep. A thread 🧵\n\n' +
      '2/7 Two years ago we raised a $2.5M seed to test a simple idea: landlords shouldn’t need five apps to fix a leaking tap. Today 3,800 buildings run their maintenance on Loftkeep.\n\n' +
      '3/7 So today we’re announcing our $14M Series A, co-led by @harrowfieldcap (Harrowfield Capital) and @bluewillowvc (Blue Willow Ventures) 🎉\n\n' +
      '4/7 Our seed lead @pecanstreetvc (Pecan Street Ventures) came back in, and we’re lucky to have @deshawn_ops (DeShawn Ellery, who ran operations at one of the largest apartment owners in Texas) as an angel.\n\n' +
      '5/7 What’s next: work orders that dispatch themselves, starting in Texas and Florida.\n\n' +
      '6/7 We’re hiring across engineering and sales in Austin.\n\n' +
      '7/7 Thank you to our customers, our team, and my co-founder @priyankaloft. Onward.',
    kind: 'round',
    rounds: [
      {
        company: 'Loftkeep',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Harrowfield Capital', 'Blue Willow Ventures'],
        other: ['Pecan Street Ventures', 'DeShawn Ellery'],
      },
    ],
  },
  {
    id: 'ub33-05',
    style: 'blog',
    phenomenon:
      'product_hunt_launch,maker_comment,round_in_ps_at_end,we_just_closed,unnamed_angels,subscription_price_trap,discount_trap,pre_seed',
    title: 'Stitchbook — Changelogs your customers actually read',
    source: 'Product Hunt',
    text:
      'Hey Product Hunt 👋\n\n' +
      'I’m Tomasz, co-founder of Stitchbook. We turn your merged pull requests into a visual changelog, with screenshots and short videos, that you can embed in your app or email to customers.\n\n' +
      'What’s new today:\n' +
      '• Release notes written automatically from your Git history\n' +
      '• A widget that shows each user only the changes that matter to them\n' +
      '• Translations into 12 languages\n\n' +
      '🎁 Hunters get 50% off the Team plan ($49/month) for the first year.\n\n' +
      'P.S. A few people asked whether we’re a side project. We’re not 😅 We just closed a $2.1M pre-seed led by Kittiwake Capital, with Lowther Angels and a handful of indie-hacker angels joining, so we’ll be around for a long time.\n\n' +
      'Would love your feedback in the comments!',
    kind: 'round',
    rounds: [
      {
        company: 'Stitchbook',
        amount: 2.1e6,
        roundType: 'pre_seed',
        lead: ['Kittiwake Capital'],
        other: ['Lowther Angels'],
      },
    ],
  },
  {
    id: 'ub33-06',
    style: 'roundup',
    phenomenon:
      'substack_newsletter,emoji_section_headers,deals_rumours_numbers_sections,three_rounds_one_text,x_led_semicolon_y_and_z_joined,existing_investor,eur_seed_from_two_no_lead,credit_facility_from_lender,acquisition_rumour_trap,statistics_trap,series_a,seed,debt',
    title: 'The Ledger Line #57: payroll in Nairobi, invoices in Warsaw, and a sale rumour',
    source: 'The Ledger Line (Substack)',
    text:
      'Morning, ledger-liners. Three deals, one rumour and a couple of numbers this week.\n\n' +
      '💸 DEALS\n\n' +
      '• Cobaltine (Nairobi), which runs payroll and statutory filings for small businesses in Kenya and Uganda, raised a $6.5M Series A. Savannah Arc Capital led; Limuru Ventures and existing investor Rift Seed joined.\n' +
      '• Parquetry, a Warsaw startup automating accounts payable for mid-sized manufacturers, closed a €4M seed from Vistula Partners and Mokotów Angels.\n' +
      '• Lisbon mortgage lender Telhado secured a €20M credit facility from Tagus Lending to fund new loans.\n\n' +
      '👂 RUMOURS\n\n' +
      '• Rumour: Harlow Pay, the UK expense-card startup, is exploring a sale. Two buyers, including Brightmere Bank, have been through the data room. Neither side would comment.\n\n' +
      '📊 NUMBERS\n\n' +
      '• $1.1B: venture funding for African fintechs in 2025, per Kijiji Data.\n' +
      '• 41%: share of European fintech deals in February that were seed or pre-seed.\n\n' +
      'That’s it. Forward this to a friend who still reconciles invoices in spreadsheets.',
    kind: 'round',
    rounds: [
      {
        company: 'Cobaltine',
        amount: 6.5e6,
        roundType: 'series_a',
        lead: ['Savannah Arc Capital'],
        other: ['Limuru Ventures', 'Rift Seed'],
      },
      { company: 'Parquetry', amount: 4e6, currency: 'EUR', roundType: 'seed', other: ['Vistula Partners', 'Mokotów Angels'] },
      { company: 'Telhado', amount: 2e7, currency: 'EUR', roundType: 'debt', other: ['Tagus Lending'] },
    ],
  },
  {
    id: 'ub33-07',
    style: 'blog',
    phenomenon:
      'discord_announcement,at_everyone,gm_opener,crypto_strategic_round,we_closed_our,ens_handle_angel_with_name,deposits_trap,wallet_count_trap,no_token_no_airdrop_warning,strategic',
    source: 'Discord',
    text:
      '@everyone\n\n' +
      'gm gm ☀️\n\n' +
      'Excited to share we closed our $6M strategic round for Brinefold Protocol! 🎉\n\n' +
      'The round was led by Quarterdeck Digital, with Obsidian Reef Capital, Lanternhash and a few of our favourite builders joining, including @maximo.eth (Máximo Ruiz).\n\n' +
      'What this means for the community:\n' +
      '🔐 Two more audits of the lending contracts before v2\n' +
      '🌉 v2 goes live on mainnet in April\n' +
      '🧑‍💻 We’re doubling the core dev team\n\n' +
      'Brinefold now secures $31M in deposits across 9,400 wallets. None of that happens without you 🫡\n\n' +
      '⚠️ There is NO token and NO airdrop. Ignore any DM that says otherwise. Mods will never DM you first.\n\n' +
      'LFG 🚀',
    kind: 'round',
    rounds: [
      {
        company: 'Brinefold Protocol',
        amount: 6e6,
        roundType: 'strategic',
        lead: ['Quarterdeck Digital'],
        other: ['Obsidian Reef Capital', 'Lanternhash', 'Máximo Ruiz'],
      },
    ],
  },
  {
    id: 'ub33-08',
    style: 'blog',
    phenomenon:
      'telegram_announcement,announcement_emoji_banner,crypto_seed,co_led,unnamed_ecosystem_angels,equity_with_token_warrants,tvl_trap,message_count_trap,seed',
    source: 'Telegram',
    text:
      '📢 ANNOUNCEMENT 📢\n\n' +
      'Kelpwire has raised $4.5M in seed funding! 🌊\n\n' +
      'The round was co-led by Ninefold Labs and Corsair Block Ventures, with participation from Arbor Node Capital and angels from across the restaking ecosystem.\n\n' +
      'Kelpwire is building cross-chain messaging that settles in under two seconds. Since our testnet launched in November:\n' +
      '✅ 2.3M messages relayed\n' +
      '✅ $48M in TVL bridged\n' +
      '✅ 61 integrations\n\n' +
      'The raise was structured as equity with token warrants. Funds go to security, our validator set and growing the team.\n\n' +
      'Mainnet is coming. Stay tuned, Kelpies 💙\n\n' +
      'Official links only: kelpwire.xyz | @kelpwire',
    kind: 'round',
    rounds: [
      {
        company: 'Kelpwire',
        amount: 4.5e6,
        roundType: 'seed',
        lead: ['Ninefold Labs', 'Corsair Block Ventures'],
        other: ['Arbor Node Capital'],
      },
    ],
  },
  {
    id: 'ub33-09',
    style: 'blog',
    phenomenon:
      'youtube_description,title_with_amount,timestamps,my_company_announced,seed_investor_also_in_round,arr_in_timestamp_trap,retention_trap,hashtags,series_a',
    title: 'We raised an $8M Series A. Here’s the exact deck we used',
    source: 'YouTube',
    text:
      'This morning my company Bramblecart announced an $8M Series A led by Greenhithe Partners, with Ouseburn Capital and our seed investor Kestle Ventures also in the round. In this video I go through every slide of the deck we pitched, and the questions investors pushed back on.\n\n' +
      'Bramblecart predicts what independent grocers will sell each day, so they order less and throw away less.\n\n' +
      '⏱️ Timestamps\n' +
      '0:00 Intro\n' +
      '1:12 What Bramblecart does (and why grocers hate waste)\n' +
      '3:45 Our numbers going in: $2.4M ARR, 130% net revenue retention\n' +
      '9:30 The slide that almost killed the round\n' +
      '14:05 Why we picked Greenhithe to lead\n' +
      '18:40 Valuation, dilution and the option pool\n' +
      '22:10 Your questions from the comments\n\n' +
      '📬 My weekly founder newsletter: link in channel bio\n' +
      '🛒 Bramblecart is hiring in Newcastle and remote\n\n' +
      '#startup #fundraising #SeriesA #venturecapital',
    kind: 'round',
    rounds: [
      {
        company: 'Bramblecart',
        amount: 8e6,
        roundType: 'series_a',
        lead: ['Greenhithe Partners'],
        other: ['Ouseburn Capital', 'Kestle Ventures'],
      },
    ],
  },
  {
    id: 'ub33-10',
    style: 'blog',
    phenomenon:
      'podcast_episode_page,round_in_intro,lowercase_m_gbp_amount,named_agritech_angel,guest_former_company_raised_and_sold_trap,amount_repeated_in_timestamp,sponsor_line,farm_count_trap,seed',
    title: 'Ep. 143 — Selling software to farmers who hate software, with Furrowlink’s Ruth Achebe',
    source: 'The Muddy Boots Podcast',
    text:
      'This week Callum is joined by Ruth Achebe, co-founder and CEO of Furrowlink, the Norwich startup whose app tells arable farmers when and where to spray, field by field. Furrowlink announced a £5.5m seed round this morning, led by Wensum Capital, with Broadland Ventures and agritech angel Piers Cattermole joining.\n\n' +
      'Ruth grew up on a farm in Lincolnshire. Before Furrowlink she co-founded Tillerbase, which raised £2m and was sold to a machinery dealer in 2021.\n\n' +
      'In this episode:\n' +
      '(03:15) Why farmers don’t trust dashboards\n' +
      '(14:40) Getting 600 farms onto the app without a sales team\n' +
      '(27:05) The £5.5m round: who said no, and why Wensum said yes\n' +
      '(39:30) What the end of EU-era subsidies means for farm software\n\n' +
      'This episode is sponsored by Hedgerow Mutual, insurance for farms of every size.',
    kind: 'round',
    rounds: [
      {
        company: 'Furrowlink',
        amount: 5.5e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Wensum Capital'],
        other: ['Broadland Ventures', 'Piers Cattermole'],
      },
    ],
    prior: ['Tillerbase'],
  },
  {
    id: 'ub33-11',
    style: 'blog',
    phenomenon:
      'investor_lp_letter,section_headers,two_rounds_one_text,we_led_writer_is_lead,writer_fund_participant_in_round_led_by_other,fund_cheque_vs_round_size_trap,ownership_trap,portfolio_exit_price_and_multiple_trap,tvpi_dpi_trap,fund_first_close_trap,seed,series_a',
    title: 'February update to our Limited Partners (excerpt)',
    source: 'Gorse Hill Ventures',
    text:
      'Dear Limited Partners,\n\n' +
      'February was a busy month for Fund II. The highlights:\n\n' +
      'NEW INVESTMENTS\n' +
      '• We led the $4M seed round of Ferrobloom, a Pittsburgh startup making low-cost cathodes for iron-air batteries. Cobblestone Capital and two angels joined us. We own 12% after the round.\n' +
      '• We invested $750K in the $15M Series A of Quillhart, a Denver company whose software schedules charging for electric truck fleets. Harrowgate Capital led the round.\n\n' +
      'PORTFOLIO NEWS\n' +
      '• Dapplewing, which we backed at seed in 2022, was acquired by Ostermann Logistics for $90M. Our $1.5M investment returns 6.1x.\n\n' +
      'FUND MATTERS\n' +
      '• Fund II is 68% deployed; net TVPI is 1.9x and DPI 0.4x.\n' +
      '• We held a first close of Fund III at $75M in January and expect a final close this summer. Thank you to those of you who have already committed.\n\n' +
      'As always, this letter is confidential and intended only for our LPs.\n\n' +
      '— Rachel Oduya and Ben Kettering',
    kind: 'round',
    rounds: [
      {
        company: 'Ferrobloom',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Gorse Hill Ventures'],
        other: ['Cobblestone Capital'],
      },
      {
        company: 'Quillhart',
        amount: 15e6,
        roundType: 'series_a',
        lead: ['Harrowgate Capital'],
        other: ['Gorse Hill Ventures'],
      },
    ],
    prior: ['Dapplewing'],
  },
  {
    id: 'ub33-12',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,no_title,jpy_yen_sign_with_usd_conversion,angel_investor_at_mention,japanese_phrase_in_english_post,monthly_rent_yen_trap,hashtags,seed',
    source: 'LinkedIn',
    text:
      'Excited to share that Hanamori Robotics has raised ¥300 million (about $2 million) in seed funding! 🌸🤖\n\n' +
      'The round was led by Sumidagawa Ventures, with Kagurazaka Capital and angel investor @Kenji Arakawa joining.\n\n' +
      'Japan’s restaurants are short of hundreds of thousands of workers, and dishwashing is the job nobody wants. Our robot arm loads and unloads commercial dishwashers, and it costs about ¥120,000 a month to rent. Twenty-three kitchens in Osaka and Kyoto already use it.\n\n' +
      'We’ll use the money to build 100 more units and open a support base in Tokyo.\n\n' +
      'ありがとうございます to everyone who helped us get here 🙏\n\n' +
      '#robotics #seed #startupjapan #funding\n\n' +
      '— Yui Tanabe, CEO, Hanamori Robotics',
    kind: 'round',
    rounds: [
      {
        company: 'Hanamori Robotics',
        amount: 3e8,
        currency: 'JPY',
        roundType: 'seed',
        lead: ['Sumidagawa Ventures'],
        other: ['Kagurazaka Capital', 'Kenji Arakawa'],
      },
    ],
  },
  {
    id: 'ub33-13',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,no_title,brl_with_usd_conversion,x_led_with_y_and_z_joining,city_introduced_participant,payments_volume_brl_trap,portuguese_words_in_english_post,hashtags,series_a',
    source: 'LinkedIn',
    text:
      'Big news from São Paulo 🇧🇷\n\n' +
      'Quitandeira has raised R$ 25 million (about US$4.5 million) in our Series A! Pinheiros Capital led, with Vila Madalena Ventures and Recife’s Capibaribe Partners joining.\n\n' +
      'Three years ago we started with 40 fruit and vegetable stalls at two street markets. Today more than 9,000 feirantes use Quitandeira to take payments, order stock and get working-capital loans, and they processed R$ 1.4 billion through the app in 2025.\n\n' +
      'Obrigada to our team, our feirantes and our seed investors, who have been with us since the first stall.\n\n' +
      '#fintech #SeriesA #funding #Brasil\n\n' +
      '— Beatriz Amaral, co-founder & CEO',
    kind: 'round',
    rounds: [
      {
        company: 'Quitandeira',
        amount: 2.5e7,
        currency: 'BRL',
        roundType: 'series_a',
        lead: ['Pinheiros Capital'],
        other: ['Vila Madalena Ventures', 'Capibaribe Partners'],
      },
    ],
  },
  {
    id: 'ub33-14',
    style: 'blog',
    phenomenon:
      'bilingual_linkedin_post,english_then_french,flag_emoji_sections,m_dollar_suffix_amount,same_round_twice_in_two_languages,angel_at_mention,motor_count_trap,hashtags,pre_seed',
    source: 'LinkedIn',
    text:
      '🇬🇧 (version française plus bas)\n\n' +
      'We’ve raised 1.2M$ in pre-seed to electrify the small boats of the Mediterranean ⛵⚡\n\n' +
      'Ondeline builds plug-in electric outboard motors for fishing boats and water taxis, with swappable batteries that charge at the quay. Our first 15 motors are on the water in Marseille.\n\n' +
      'The round was led by Calanques Capital, with Joliette Angels and @Camille Roussel joining. Merci !\n\n' +
      '🇫🇷\n\n' +
      'Nous avons levé 1,2 M$ en pre-seed pour électrifier les petits bateaux de la Méditerranée ⛵⚡\n\n' +
      'Ondeline conçoit des moteurs hors-bord électriques pour les bateaux de pêche et les navettes maritimes, avec des batteries échangeables rechargées à quai. Nos 15 premiers moteurs naviguent déjà à Marseille.\n\n' +
      'La levée a été menée par Calanques Capital, avec Joliette Angels et @Camille Roussel. Merci !\n\n' +
      '#preseed #funding #levéedefonds #maritime',
    kind: 'round',
    rounds: [
      {
        company: 'Ondeline',
        amount: 1.2e6,
        roundType: 'pre_seed',
        lead: ['Calanques Capital'],
        other: ['Joliette Angels', 'Camille Roussel'],
      },
    ],
  },
  {
    id: 'ub33-15',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,no_title,government_programme_grant_on_its_own,non_dilutive,programme_total_and_count_trap,earlier_pre_seed_same_company,capacity_trap,hashtags,grant',
    source: 'LinkedIn',
    text:
      'Some news we’re really proud of 🌊\n\n' +
      'Saltmarrow has been awarded a €2.5M grant from Tonnta, Ireland’s national programme for marine innovation, to build a pilot line for seaweed-based packaging film in Galway.\n\n' +
      'It’s non-dilutive, which means we keep building without giving up any more of the company. Tonnta gave €18M to nine companies in this call, and we’re honoured to be one of them.\n\n' +
      'Our €700k pre-seed from Corrib Angels in 2024 got us to a working prototype. This grant gets us to our first 50 tonnes a year.\n\n' +
      '#grant #bluebioeconomy #packaging #Galway\n\n' +
      '— Aoife Brennan, founder, Saltmarrow',
    kind: 'round',
    rounds: [{ company: 'Saltmarrow', amount: 2.5e6, currency: 'EUR', roundType: 'grant', other: ['Tonnta'] }],
  },
  {
    id: 'ub33-16',
    style: 'blog',
    phenomenon:
      'investor_x_post,led_by_us_at_x,company_as_handle_with_name,participants_as_handles_with_names,farm_count_trap,hashtags,seed',
    source: 'X',
    text:
      'Thrilled to share that @tallyroot (Tallyroot) just raised a $5M seed, led by us at Marram Ventures 🎉\n\n' +
      'Joined by @hollowaycap (Holloway Capital) and @ines_carvalho (Inês Carvalho) 🌱\n\n' +
      'Tallyroot measures soil carbon from satellite and soil-probe data, and already covers 900 farms in Scotland and Denmark. Proud to back Mhairi and Lasse.\n\n' +
      '#funding #seed #climatetech #agtech',
    kind: 'round',
    rounds: [
      {
        company: 'Tallyroot',
        amount: 5e6,
        roundType: 'seed',
        lead: ['Marram Ventures'],
        other: ['Holloway Capital', 'Inês Carvalho'],
      },
    ],
  },
  {
    id: 'ub33-17',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,weve_raised_opener,no_title,million_usd_amount,x_led_our_round_with_y_and_z_joining,company_named_after_round,parcel_count_trap,fleet_size_trap,hashtags,seed',
    source: 'LinkedIn',
    text:
      'We’ve raised! 🙌🏾\n\n' +
      'Agbado Capital led our 3 million USD seed round, with Lekki Bay Ventures and Yaba Angels Network joining.\n\n' +
      'Danfoline runs same-day delivery for online sellers in Lagos with a fleet of 600 electric motorbikes. Last year we moved 2.1 million parcels, and our riders earned 40% more per trip than on petrol bikes.\n\n' +
      'This round takes us to Ibadan and Abuja, and doubles our fleet.\n\n' +
      'To everyone who said last-mile delivery in Lagos was impossible: thank you, you motivated us 😄\n\n' +
      '#funding #seed #logistics #Africa #Lagos\n\n' +
      '— Tunde Bakare, CEO, Danfoline',
    kind: 'round',
    rounds: [
      {
        company: 'Danfoline',
        amount: 3e6,
        roundType: 'seed',
        lead: ['Agbado Capital'],
        other: ['Lekki Bay Ventures', 'Yaba Angels Network'],
      },
    ],
  },
  {
    id: 'ub33-18',
    style: 'blog',
    phenomenon:
      'founder_substack_build_in_public,issue_number_in_title,round_in_first_paragraph,seed_investors_came_back_in,new_investor_added,monthly_revenue_trap,ticket_count_trap,runway_trap,series_a',
    title: 'Building Gullsway #24: we raised our Series A (and what I got wrong)',
    source: 'Building Gullsway (Substack)',
    text:
      'Hi friends,\n\n' +
      'Some of you have been reading since issue #1, when Gullsway was two people and a spreadsheet of ferry timetables. I’ve wanted to write this one for a long time: Gullsway has raised an $11M Series A, led by Penhallow Capital.\n\n' +
      'Our seed investors, Truro Ventures and Fal Estuary Angels, came back in, and we added Mousehole Partners as a new investor.\n\n' +
      'Gullsway sells ferry, bus and train tickets for the islands of Scotland, Ireland and Norway in a single checkout. In February we sold 212,000 tickets.\n\n' +
      'Monthly numbers, as always:\n' +
      '• Revenue: $182K (+9% month on month)\n' +
      '• Gross margin: 71%\n' +
      '• Runway: 40+ months after the round\n\n' +
      'What I got wrong: I started fundraising too early, with a deck full of slides about the market and none about our customers. Next issue, I’ll share the deck.\n\n' +
      'Thanks for reading,\nEilidh',
    kind: 'round',
    rounds: [
      {
        company: 'Gullsway',
        amount: 11e6,
        roundType: 'series_a',
        lead: ['Penhallow Capital'],
        other: ['Truro Ventures', 'Fal Estuary Angels', 'Mousehole Partners'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub33-19',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,were_raising,no_title,angel_commitments_trap,looking_for_a_lead,dms_open,pilot_count,hashtags,pre_seed',
    source: 'LinkedIn',
    text:
      '🚨 We’re raising!\n\n' +
      'Quaymark is raising a $2M pre-seed to bring automated berth scheduling to small and mid-sized ports.\n\n' +
      'Where we are:\n' +
      '⚓ 3 ports in pilot (Aberdeen, Esbjerg and Bilbao)\n' +
      '⚓ $600k already committed by angels from the shipping industry\n' +
      '⚓ Looking for a lead investor who knows logistics\n\n' +
      'If that’s you, or you know someone, DMs are open 📩\n\n' +
      '#preseed #fundraising #maritime #logistics\n\n' +
      '— Henrik Dahl, co-founder, Quaymark',
    kind: 'in_talks',
    rounds: [{ company: 'Quaymark', amount: 2e6, roundType: 'pre_seed', lead: [] }],
  },
  {
    id: 'ub33-20',
    style: 'blog',
    phenomenon:
      'founder_x_post,lowercase_casual,product_update_first,currently_raising_our_seed,tilde_approximate_amount,dms_open,user_count_trap,seed',
    source: 'X',
    text:
      'shipped: Plinthwork now exports your floor plans straight to IFC, so your engineer can open them without asking you for the 14th time 🏗️\n\n' +
      'took us 6 weeks, 2 rewrites and one very patient structural engineer in Leeds. 1,100 architects on the beta now.\n\n' +
      'also: we’re currently raising our seed (~$1.5M) — DMs open 📩',
    kind: 'in_talks',
    rounds: [{ company: 'Plinthwork', amount: 1.5e6, roundType: 'seed' }],
  },
  {
    id: 'ub33-21',
    style: 'roundup',
    phenomenon:
      'substack_newsletter,rumours_section,rumour_in_talks_with_x_to_lead,around_amount,existing_backer_expected_pro_rata,people_who_have_seen_the_deck,monthly_statistics_trap,series_b',
    title: 'The Back Channel #12: a Series B rumour and February’s numbers',
    source: 'The Back Channel (Substack)',
    text:
      '👂 RUMOURS\n\n' +
      'Rumour: Velliscope, the Edinburgh company whose software reads pathology slides for veterinary labs, is in talks with Saltire Growth to lead a Series B of around $40M, according to two people who have seen the deck. Existing backer Forthbank Ventures is expected to take its pro-rata. Velliscope declined to comment; Saltire didn’t reply.\n\n' +
      '📊 FEBRUARY IN NUMBERS\n\n' +
      '• 212: seed rounds announced by UK startups\n' +
      '• £1.9B: total UK venture funding in the month, down 8% on January\n' +
      '• 3: Series B rounds in Scotland\n\n' +
      'Got a tip? Reply to this email. We never name sources.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Velliscope',
        amount: 40e6,
        roundType: 'series_b',
        lead: ['Saltire Growth'],
        other: ['Forthbank Ventures'],
      },
    ],
  },
  {
    id: 'ub33-22',
    style: 'wire',
    phenomenon:
      'journalist_x_post,scoop_prefix,is_raising_led_by,term_sheet_signed,expected_close_in_april,post_money_valuation_trap,earlier_series_a_same_company,series_b',
    source: 'X',
    text: 'Scoop: Orrinda, the Chicago freight-audit startup, is raising a $60M Series B led by Palisade Row at a ~$400M post-money valuation, per two sources. Term sheet is signed; they expect to close in April. Orrinda last raised a $15M Series A in 2024. More in tomorrow’s newsletter 👇',
    kind: 'in_talks',
    rounds: [{ company: 'Orrinda', amount: 60e6, roundType: 'series_b', lead: ['Palisade Row'] }],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub33-23',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,arr_milestone,arr_amounts_trap,profitable,still_on_2024_seed_with_lead,no_new_round_said,hashtags',
    source: 'LinkedIn',
    text:
      'We just crossed $5M in ARR 🎉\n\n' +
      'Four years ago Pebblequill was a shared doc and a waitlist. Today 2,300 dental practices use our software to fill last-minute cancellations.\n\n' +
      'A few things I’m proud of:\n' +
      '📈 From $1M to $5M ARR in 19 months\n' +
      '💰 Profitable since October\n' +
      '🧑‍🤝‍🧑 A team of 38, still on the $3.5M seed we raised in 2024 from Wrenfield Capital\n\n' +
      'No new round to announce, just a thank-you to our customers and team.\n\n' +
      '#SaaS #ARR #milestone\n\n' +
      '— Owen Hartley, CEO, Pebblequill',
    kind: 'other',
    rounds: [],
    prior: ['Pebblequill'],
  },
  {
    id: 'ub33-24',
    style: 'blog',
    phenomenon:
      'government_grant_programme_call,applications_open,programme_total_trap,per_company_cap_trap,matched_funding,last_cohort_totals_trap,no_named_recipients,hashtags',
    source: 'LinkedIn',
    text:
      '📣 Applications are open for Kiirendi 2026!\n\n' +
      'Kiirendi, the Estonian government’s grant programme for deep-tech startups, will award €30 million this year to up to 60 companies. Each company can receive up to €500,000, matched 1:1 by private investment.\n\n' +
      'Last year’s cohort of 48 companies shared €22 million, and together they went on to raise more than €140 million from investors.\n\n' +
      '🗓️ Deadline: 30 April\n' +
      '📍 Companies must be registered and employ staff in Estonia\n\n' +
      '#grants #deeptech #Estonia #startups',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-25',
    style: 'blog',
    phenomenon: 'hackathon_prize,we_won,sek_prize_trap,cloud_credits_trap,team_count,teammates_at_mentions,hashtags',
    source: 'LinkedIn',
    text:
      '🏆 We won!\n\n' +
      'This weekend our team of four took first place at Harbourhack 2026 in Gothenburg, out of 86 teams. Our project, Sealog, uses cheap hydrophones to count ship traffic and estimate underwater noise for marine biologists.\n\n' +
      'The prize: SEK 100,000 and €25,000 in cloud credits, plus a spot at the organisers’ demo day in May 💙\n\n' +
      'Thank you to the mentors who stayed up with us until 4 a.m., and to my teammates @Elsa Norberg, @Ravi Menon and @Jonas Ek.\n\n' +
      '#hackathon #oceantech #buildinpublic',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-26',
    style: 'blog',
    phenomenon:
      'discord_announcement,token_airdrop,token_count_and_supply_share_trap,wallet_count_trap,vesting,earlier_seed_same_project_with_lead,seed_phrase_word_trap',
    source: 'Discord',
    text:
      '@everyone\n\n' +
      'gm frens 🌿\n\n' +
      'The $FERN airdrop is LIVE 🪂\n\n' +
      '40,000,000 FERN (4% of total supply) is now claimable by 18,200 wallets that used Fernwisp before 1 February. Check eligibility at claim.fernwisp.xyz — and ONLY there.\n\n' +
      '📅 Claim window: 90 days\n' +
      '🔒 25% unlocked at claim, the rest vests over 6 months\n\n' +
      'Quick reminder of where we come from: Fernwisp raised a $7M seed in 2024 led by Chalkhill Crypto, and the team’s and investors’ tokens stay locked for another year.\n\n' +
      '⚠️ We will never DM you. Never share your seed phrase.\n\n' +
      'WAGMI 🫡',
    kind: 'other',
    rounds: [],
    prior: ['Fernwisp'],
  },
  {
    id: 'ub33-27',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,accelerator_acceptance,standard_safe_to_be_received_trap,batch_size,bootstrapped_so_far,demo_day_invitation,hashtags',
    source: 'LinkedIn',
    text:
      'Personal news 🎉\n\n' +
      'Mottlebay has been accepted into Foundry Quay’s Spring 2026 batch! We start in Rotterdam next month with 22 other teams.\n\n' +
      'Like every company in the batch, we’ll receive Foundry Quay’s standard investment of $250k on a post-money SAFE, plus 13 weeks of office hours with people who have built logistics companies before.\n\n' +
      'Mottlebay helps small importers book and track shipping containers without a freight forwarder. We’ve been bootstrapped so far, and we have 140 paying customers.\n\n' +
      'Demo day is in June. If you invest in logistics software, come say hi 👋\n\n' +
      '#accelerator #startups #logistics\n\n' +
      '— Sara Lindqvist, co-founder, Mottlebay',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-28',
    style: 'blog',
    phenomenon:
      'vc_linkedin_post,fund_ii_close,lp_commitments_named_by_type,fund_of_funds_lp,earlier_fund_size_trap,cheque_size_trap,portfolio_company_series_b_with_lead,hashtags',
    source: 'LinkedIn',
    text:
      'We’ve closed Fund II at $60M 🎉\n\n' +
      'When we raised Fund I ($18M) in 2021, most of our LPs were founders we’d worked with. For Fund II, we’re grateful to welcome three university endowments, the fund of funds Ashgrove Partners, a family office from Minneapolis and more than 40 founders and operators as limited partners.\n\n' +
      'What we’ll do with it: first cheques of $500k to $1.5M into pre-seed and seed companies building software for the trades, about 30 of them over three years.\n\n' +
      'Fund I companies have gone on to raise more than $400M from other investors, including Corvina’s $45M Series B led by Spindle Capital last year.\n\n' +
      'Thank you to our LPs and founders. We’re open for pitches 📩\n\n' +
      '#venturecapital #fundII #LPs\n\n' +
      '— Maya Feld and Tobias Grün, Saltgrass Ventures',
    kind: 'fund_close',
    rounds: [],
    prior: ['Corvina'],
  },
  {
    id: 'ub33-29',
    style: 'blog',
    phenomenon: 'were_hiring_post,job_list,since_our_2024_series_a_with_lead,customer_count_trap,team_size,hashtags',
    source: 'LinkedIn',
    text:
      'We’re hiring! 🧑‍💻🪵\n\n' +
      'Lumberjot is looking for:\n' +
      '• 2 senior backend engineers (Go, Postgres)\n' +
      '• 1 product designer\n' +
      '• 1 customer success lead for the Nordics\n\n' +
      'Since our $9M Series A in 2024 (led by Birchmoor Capital), we’ve tripled our customer base to 1,400 sawmills and timber yards, and the team is now 45 people across Tampere and Riga.\n\n' +
      'Salary ranges are on every job ad. Remote within the EU is fine.\n\n' +
      'Apply via the link in the comments or DM me 👇\n\n' +
      '#hiring #jobs #engineering',
    kind: 'other',
    rounds: [],
    prior: ['Lumberjot'],
  },
  {
    id: 'ub33-30',
    style: 'blog',
    phenomenon:
      'founder_linkedin_post,weve_been_acquired,acquirer_described_after,undisclosed_price,seed_investor_thanked_with_2022_seed,shop_count_trap,hashtags',
    source: 'LinkedIn',
    text:
      'Some personal news: Quiverleaf has been acquired by Hollins & Marr! 🤝\n\n' +
      'Six years ago, Ana and I started Quiverleaf to help independent bookshops run loyalty programmes that could compete with the big chains. Today 1,900 shops in the UK and Ireland use it.\n\n' +
      'Joining Hollins & Marr, the book distributor, means we can put Quiverleaf in front of every independent shop they supply. The whole team is coming with us, and the product keeps its name.\n\n' +
      'Thank you to Dunmore Park Ventures, who backed our $2M seed in 2022 when we were two people with a prototype, and to every bookseller who sent us feedback.\n\n' +
      '#acquisition #bookshops #startups',
    kind: 'acquisition',
    rounds: [],
    prior: ['Quiverleaf'],
  },
  {
    id: 'ub33-31',
    style: 'blog',
    phenomenon:
      'rewards_crowdfunding_campaign,were_live,goal_amount_trap,pledged_amount_trap,backer_count,early_bird_price_trap,hashtags',
    source: 'LinkedIn',
    text:
      '🚨 We’re LIVE on Backerfield! 🚨\n\n' +
      'Drizzlecap, the cap that turns any bottle into a self-cleaning water filter, launched its crowdfunding campaign yesterday. We set a goal of €50,000.\n\n' +
      'In 24 hours, 1,940 backers have pledged €128,400. That’s 257% of our goal 🤯\n\n' +
      'Early-bird pledges start at €39 for one cap, and the first 3,000 caps ship in September.\n\n' +
      'Thank you, thank you, thank you. Link in comments 💧\n\n' +
      '#crowdfunding #hardware #launch',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-32',
    style: 'roundup',
    phenomenon:
      'substack_statistics_issue,monthly_counts,median_round_trap,largest_round_of_month_named,country_counts,emoji_section_headers',
    title: 'Seed Signal #31: February in numbers',
    source: 'Seed Signal (Substack)',
    text:
      'Every month we count the seed rounds so you don’t have to. February’s numbers:\n\n' +
      '📊 THE BIG PICTURE\n' +
      '• 486 seed rounds announced in Europe, down from 531 in January\n' +
      '• €1.3B raised in total; the median round was €2.2M, the highest we’ve recorded\n' +
      '• 23% of rounds were led by a single angel or angel syndicate\n\n' +
      '🏅 LARGEST ROUND OF THE MONTH\n' +
      '• Korvella’s $22M seed, led by Ashby Row, was the largest. It was also the only seed round above $20M.\n\n' +
      '🌍 BY COUNTRY\n' +
      '• UK 118 · Germany 84 · France 71 · Spain 33 · Netherlands 31\n\n' +
      'Next month: what happened to pre-seed valuations. See you then.',
    kind: 'other',
    rounds: [],
    prior: ['Korvella'],
  },
  {
    id: 'ub33-33',
    style: 'blog',
    phenomenon:
      'job_post,about_us_section,we_recently_raised_series_a_with_lead,background_not_news,salary_range_trap,learning_budget_trap,booking_count_trap',
    title: 'Senior Backend Engineer (Remote, EU) — Ploverly',
    source: 'Ploverly Careers',
    text:
      'About Ploverly\n' +
      'Ploverly helps veterinary clinics manage appointments, reminders and payments in one place. We recently raised a $12M Series A led by Tamsin Road Capital and work with 2,600 clinics in seven countries.\n\n' +
      'The role\n' +
      'You’ll own our scheduling service, which handles about 1.5 million bookings a month, and help us split it out of the monolith without anyone noticing.\n\n' +
      'What we offer\n' +
      '• Salary: €85,000–€105,000, plus equity\n' +
      '• 30 days of holiday\n' +
      '• A €1,500 yearly learning budget\n\n' +
      'How to apply\n' +
      'Send your CV and a short note about something you’ve built. We reply to every application within a week.',
    kind: 'other',
    rounds: [],
    prior: ['Ploverly'],
  },
  {
    id: 'ub33-34',
    style: 'blog',
    phenomenon:
      'company_about_page,founding_story,raised_to_date_trap,most_recently_2025_series_a_with_lead,investor_list,site_count_trap,values_list',
    title: 'About us — Grainwick',
    source: 'Grainwick',
    text:
      'Grainwick was founded in 2021 in Hull by Hannah Okoro and Matthew Penrose, two former millers who were tired of guessing the protein content of every lorry of wheat that arrived at the gate.\n\n' +
      'Our handheld near-infrared scanners now test grain at 320 mills and merchants in the UK, France and Poland.\n\n' +
      'Our investors\n' +
      'We’ve raised $14M to date from investors including Aire Valley Capital, Kirkstall Ventures and Harvest Moon Angels, most recently a $10M Series A led by Aire Valley Capital in 2025.\n\n' +
      'Our values\n' +
      '• Measure, don’t guess\n' +
      '• Farmers first\n' +
      '• Build things that survive a grain store\n\n' +
      'We’re 52 people and always looking for engineers who like mud on their boots. See our careers page.',
    kind: 'other',
    rounds: [],
    prior: ['Grainwick'],
  },
  {
    id: 'ub33-35',
    style: 'blog',
    phenomenon:
      'show_hn_post,funding_at_end,were_backed_by_no_amount,open_source_licence,benchmark_trap,vps_price_trap,future_pricing',
    title: 'Show HN: Pikefish – a durable job queue for Go, backed by SQLite',
    source: 'Hacker News',
    text:
      'Hi HN! I’m Daniel, one of the two people behind Pikefish.\n\n' +
      'Pikefish is a job queue for Go that keeps everything in a single SQLite file. It does retries with backoff, cron schedules, unique jobs and a small web UI, and in our benchmarks it handles about 9,000 jobs a second on a $5/month VPS.\n\n' +
      'We built it because every small app we worked on ended up running a separate queue server that was bigger than the app itself.\n\n' +
      'The core is MIT-licensed and will stay that way. We’re backed by Morrow Lane Ventures and a few angels, and we plan to charge for a hosted dashboard later this year.\n\n' +
      'Docs and source: pikefish.dev\n\n' +
      'Happy to answer anything about the design, especially the locking.',
    kind: 'other',
    rounds: [],
    prior: ['Pikefish'],
  },
  // ── Other languages (no round expected, as in unseen-texts.ts) ──────────────────────────────
  {
    id: 'ub33-36',
    style: 'foreign',
    phenomenon:
      'other_language,german,linkedin_post,rocket_opener,eur_mio_comma_decimal,angefuehrt_von_dem_grossartigen_team,angel_at_mention,hashtags,reports_seed_round',
    source: 'LinkedIn',
    text:
      '🚀 Wir haben es geschafft!\n\n' +
      'Lindwurm Logistik hat eine Seed-Finanzierungsrunde über €2,5 Mio. abgeschlossen. Angeführt wurde die Runde vom großartigen Team von Spreebogen Kapital, mit dabei sind außerdem Elbauen Ventures und @Katrin Vogt als Business Angel.\n\n' +
      'Wir digitalisieren die Disposition für kleine Speditionen: Heute planen über 300 Unternehmen in Sachsen und Thüringen ihre Touren mit unserer Software.\n\n' +
      'Danke an unser Team und an alle, die von Anfang an an uns geglaubt haben! 🙏\n\n' +
      '#Finanzierung #Seed #Logistik #Startup\n\n' +
      '— Jonas Reuter, Gründer & CEO, Lindwurm Logistik',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-37',
    style: 'foreign',
    phenomenon: 'other_language,french,regional_news,millions_d_euros_comma_decimal,amorcage,menee_par,reports_seed_round',
    title: 'La start-up lyonnaise Carillonne lève 2,5 millions d’euros pour ses capteurs de qualité de l’air',
    source: 'Rhône Tech Hebdo',
    text:
      'Carillonne, qui fabrique des capteurs de qualité de l’air pour les écoles et les crèches, annonce une levée de fonds d’amorçage de 2,5 millions d’euros. L’opération est menée par Presqu’île Capital, aux côtés de Croix-Paquet Angels et de plusieurs business angels.\n\n' +
      'Fondée en 2023, la société équipe déjà 450 établissements en Auvergne-Rhône-Alpes et vise 3 000 classes d’ici à la fin de l’année. Les fonds serviront à recruter une quinzaine de personnes.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-38',
    style: 'foreign',
    phenomenon: 'other_language,spanish,acquisition,undisclosed_price,earlier_seed_round_with_lead,no_round',
    title: 'La valenciana Albufera Data, adquirida por el grupo logístico Serranía',
    source: 'Levante Startups',
    text:
      'La startup valenciana Albufera Data, especializada en la previsión de demanda para cadenas de supermercados, ha sido adquirida por el grupo logístico Serranía por una cifra no revelada, según ha confirmado la compañía este lunes.\n\n' +
      'Albufera Data, fundada en 2020, cuenta con 35 empleados y había levantado 1,5 millones de euros en una ronda semilla liderada por Turia Ventures en 2023. Todo el equipo se incorporará a Serranía.',
    kind: 'other',
    rounds: [],
    prior: ['Albufera Data'],
  },
  {
    id: 'ub33-39',
    style: 'foreign',
    phenomenon: 'other_language,portuguese,brazil,brl_milhoes,rodada_seed_liderada_por,loan_book_trap,reports_seed_round',
    title: 'Fintech paulistana Cambuci levanta R$ 10 milhões em rodada seed',
    source: 'Radar de Startups',
    text:
      'A Cambuci, fintech de São Paulo que oferece crédito para pequenos salões de beleza, levantou R$ 10 milhões em uma rodada seed liderada pela Anhangabaú Capital, com participação da Paraíso Ventures e de investidores-anjo.\n\n' +
      'Com o aporte, a empresa pretende triplicar a carteira de crédito, que hoje soma R$ 18 milhões, e chegar a 5 mil salões clientes até o fim do ano.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-40',
    style: 'foreign',
    phenomenon: 'other_language,italian,annual_statistics,eur_miliardi,largest_round_named,city_shares,no_round',
    title: 'Startup italiane, nel 2025 raccolti 1,4 miliardi di euro',
    source: 'Il Bollettino dell’Innovazione',
    text:
      'Nel 2025 le startup italiane hanno raccolto 1,4 miliardi di euro in 380 round, il 9% in più rispetto all’anno precedente, secondo il rapporto annuale dell’Osservatorio Capitale Nuovo. Milano resta in testa con il 46% del totale, seguita da Torino e Roma.\n\n' +
      'Il round più grande dell’anno è stato quello da 85 milioni di euro della società torinese Dora Robotica. Cresce anche il peso dei business angel, presenti in quasi un round su tre.',
    kind: 'other',
    rounds: [],
    prior: ['Dora Robotica'],
  },
  {
    id: 'ub33-41',
    style: 'foreign',
    phenomenon:
      'other_language,dutch,linkedin_post,we_are_raising_seed,eur_miljoen_comma_decimal,looking_for_lead,dms_open,hashtags,no_round',
    source: 'LinkedIn',
    text:
      'We halen geld op! 🌷\n\n' +
      'Kasklok, onze software die kassen in het Westland automatisch laat ventileren en verwarmen op basis van de weersverwachting, draait nu bij 42 tuinders. Om naar 400 te groeien, halen we op dit moment een seedronde van €1,5 miljoen op.\n\n' +
      'We hebben al toezeggingen van een paar angels uit de tuinbouw en zoeken nog een lead investor. DM’s staan open 📩\n\n' +
      '#startup #tuinbouw #agritech #funding\n\n' +
      '— Pieter van Leeuwen, oprichter Kasklok',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-42',
    style: 'foreign',
    phenomenon: 'other_language,polish,government_programme_grant,pln_mln_zl,programme_total_and_count_trap,no_round',
    title: 'Krakowski Wawelion z dotacją 3,2 mln zł na czujniki do mostów',
    source: 'Startup Małopolska',
    text:
      'Krakowska spółka Wawelion, która rozwija bezprzewodowe czujniki do monitorowania pęknięć w mostach i wiaduktach, otrzymała 3,2 mln zł dotacji z rządowego programu Mosty Przyszłości. Pieniądze pójdą na testy czujników na 12 obiektach w Małopolsce.\n\n' +
      'W tym naborze program rozdzielił łącznie 60 mln zł między 24 firmy.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-43',
    style: 'foreign',
    phenomenon:
      'other_language,swedish,miljoner_kronor,a_runda,rundan_leds_av,existing_owners_take_part,turbine_count_trap,reports_series_a',
    title: 'Göteborgsbolaget Vindelo tar in 40 miljoner kronor',
    source: 'Västsvensk Tillväxt',
    text:
      'Vindelo, som utvecklar sensorer som upptäcker isbildning på vindkraftverkens rotorblad, har tagit in 40 miljoner kronor i en A-runda. Rundan leds av Hisingen Kapital, och befintliga ägare Majorna Ventures och Lindholmen Seed deltar också.\n\n' +
      'Bolaget har i dag system på 260 vindkraftverk i Sverige och Finland och räknar med att fördubbla antalet i år.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-44',
    style: 'foreign',
    phenomenon:
      'other_language,japanese_script,press_release,oku_yen_amount,third_party_allotment,lead_investor_katakana,reports_series_a',
    title: '株式会社ミズハ、シリーズAで総額1億円の資金調達を実施',
    source: 'スタートアップ通信',
    text:
      '株式会社ミズハ（本社：東京都渋谷区、代表取締役：高橋 澪）は、シリーズAラウンドにおいて、第三者割当増資により総額1億円の資金調達を実施したことをお知らせいたします。本ラウンドは、あおばベンチャーズがリードインベスターを務め、かもめキャピタルが参加しました。\n\n' +
      'ミズハは、地方の水道事業者向けに、漏水をAIで検知するサービスを提供しています。現在、全国18の自治体で導入されています。調達した資金は、エンジニアの採用と営業体制の強化に充てる予定です。',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub33-45',
    style: 'foreign',
    phenomenon:
      'other_language,chinese,cny_wan_yuan_amount,a_round,lead_and_follow_investors,existing_shareholder_follow_on,factory_count_trap,reports_series_a',
    title: '「云梭科技」完成5000万元人民币A轮融资',
    source: '创投日报',
    text:
      '杭州工业软件公司「云梭科技」近日宣布完成5000万元人民币A轮融资，本轮由澜屿资本领投，拱宸创投跟投，老股东青芝坞天使基金继续追加投资。\n\n' +
      '云梭科技成立于2022年，为纺织企业提供排产与质检软件，目前已服务超过200家工厂。本轮融资将主要用于产品研发和华南市场拓展。',
    kind: 'other',
    rounds: [],
  },
];
