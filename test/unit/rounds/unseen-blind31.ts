// A thirty-first blind set for funding-round extraction: invented (companies, apps, people, angels, investors,
// outlets, tech blogs, company and VC blogs, PR wires, a data provider, a startup competition, a crowdfunding site
// and sentences made up for this project; only cities, countries, regions, places, the US Securities and Exchange
// Commission, the Nasdaq exchange and the Android phone platform are real) on 2026-12-07 by a writer who had not read
// src/rounds and did not run the extractor. Dates are written for the eval's fixed publish date (2026-03-10, a
// Tuesday): "Monday" is 9 March 2026, "Friday" is 6 March, "last month" is February 2026, "last year" is 2025, "the
// fourth quarter" is that of 2025 and "the week of March 2" is 2–6 March 2026.
// Theme: the tech-blog era of 2007–2016 and its descendants — consumer apps, marketplaces and small-business SaaS
// written up the way tech blogs, company blogs, VC blogs, PR wires and deal newsletters wrote them up.
// Styles: jokey tech-blog headlines ("gets a hefty wad of cash", "bags $4M to make your inbox less awful", "scores
// funding from", "pockets $30 million"); posts that name the company only in the headline ("The San Francisco
// startup", "The app"); "Filing reveals" / "SEC filing shows" Form D posts (amount sold, total offering amount,
// number of investors, a director from a VC firm); company blog announcements in the first person ("Today we’re
// announcing our $9 million Series A", "We’re thrilled to announce we’ve raised", "We (Pixelwick) have received");
// VC partner posts ("Why we invested in Grubline" where the writing firm led, "Welcome to the portfolio" where it
// only participated); two PR-wire releases with datelines ("AUSTIN, Texas, March 9, 2026 /Pressline Wire/ --"),
// "About" boilerplate and a SOURCE line; a "Deals of the Day" roundup (five raises, an acquisition, a fund) and a
// weekly "Who got funded" list with em-dash fields (six raises and a weekly total); a Sydney, a Berlin, a London and
// a Tel Aviv tech blog; a sources-say post about a round that has already closed; a founder Q&A; a company's
// one-year-later retrospective.
// Phenomena: seed, pre-seed, Series A/B/C, a seed extension in a list and another "added $1.5M to its seed round",
// a convertible note from angels and a fund, a Series A "made up of" equity and venture debt, raises with no stage
// named (an angel round "from a group of angels including", "half a million dollars from", "€2.5 million in funding
// led by", "£3m … Led by"); leads as "led by", "X led", "the round was led by", "Existing investor X led", an
// individual investor leading ("led by Gideon Marsh, the former payments executive", "super angel Marla Finch",
// "Aldous Crane … led the round"), a VC writer that led and one that participated; "with Y, Z and others
// participating", "existing investors A and B also chipped in", "additional investors include", angels by name;
// undisclosed amounts ("an undisclosed sum", "a seven-figure seed round", "undisclosed seed"); amounts written "$5.5M",
// "$5.5 million", "US$5.5m", "US$18 million", "5.5 million dollars", "half a million dollars", "$500K", "$800K",
// "$750,000", "£3m", "£1.8m ($2.3m)", "€1.5 million", "€2 million", "€2.5 million ($2.7 million)" and "US$4 million
// (A$6.1 million)". Amounts beside the round that are not rounds: "brings total raised to", "raised … to date",
// valuations, a Form D's total offering amount, an investor's fund size and AUM, a round's size after an extension,
// a valuation cap, user, download, store and order counts, prices and subscription fees, payment volume, revenue, a
// weekly total, an angel's earlier exit price, an acquired startup's earlier angel money.
// In talks: a Jersey City package-locker startup "in talks to raise a $50 million Series B led by" X with an existing
// investor "expected to participate"; a photo app "said to be raising a new round at a valuation of about $1
// billion", amount unknown, with X "reportedly leading"; a Kansas City ticketing startup "close to closing a Series A
// of roughly $8 million" with X "expected to lead"; a London commuter app "in talks with investors about a £20m
// Series B" that "has not yet picked a lead investor".
// Distractors (rounds: [] each): a seed firm's $150 million third fund naming rounds it led (kind 'fund_close'); an
// acqui-hire of a drawing app's team (kind 'acquisition'); a file-backup company's IPO filing with a placeholder
// offering size (kind 'ipo'); a bike-shop software company passing $10 million in annual recurring revenue "without
// a Series A"; a startup competition's $50,000 grand prize; a smart mug's crowdfunding pledges; fourth-quarter US VC
// statistics with the quarter's largest round named; a layoff post recalling a Series B; a profile of a company that
// "has raised $40 million to date" with no plans to raise; a product launch by an app "backed by" a named VC (kind
// 'other' each). Background only (rounds: []): a founder Q&A that recalls last year's Series A, and a company's "A
// year after our seed round" post in the first person (kind 'other').
// Conventions (those of checks.ts, unseen-texts.ts and unseen-blind30.ts, as far as the writer could read them):
// company as the text names it (the headline's name where the body only says "The San Francisco startup" or "The
// app"; in a company's first-person post the company named in the post, "We (Pixelwick)" giving Pixelwick; in a VC's
// post the portfolio company, with the writing firm as lead where it says it led and in `other` where it says it
// participated); amount in the currency first stated for the round (ISO code when not USD): "£1.8m ($2.3m)" is 1.8e6
// GBP, "€2.5 million ($2.7 million)" 2.5e6 EUR, "US$4 million (A$6.1 million)" 4e6 USD, "US$5.5m" 5.5e6 USD, "5.5
// million dollars" 5.5e6, "half a million dollars" 5e5, "roughly $8 million" 8e6; undisclosed amounts ("an
// undisclosed sum", "a seven-figure seed round", "undisclosed seed") are null. A Form D post is labelled at the amount
// sold, not the total offering amount ($4.2 million sold of a $6 million offering is 4.2e6), with the stage only
// where the filing names the securities ("Series B preferred stock"); a Series A "made up of" $10 million of equity and
// $4 million of venture debt is labelled at its total (1.4e7, 'series_a', the lender in `other`), as unseen-blind29.ts
// and unseen-blind30.ts label a round comprising equity and a credit facility; a seed extension and "added $1.5M to its
// seed round, bringing the round to $4 million" are 'extension' at their new money. Round types: a raise with no stage
// named (angels, "from Tiller Fund and a handful of angels", "in funding led by", a list's "£3m") is 'unknown'; a
// convertible note with no stage is 'convertible'. `lead` only where the text says who led, including an individual
// investor or super angel who led and, in talks, who "is expected to lead", is "reportedly leading" or leads the round
// "in talks … led by"; `lead: []` where the company "has not yet picked a lead investor"; no `lead` where investors
// are named without saying who led ("from X and Y", "Investors: X, Y", "The note came from …"). `other` for every
// other named participant: funds, angels by their own names, a lender, returning and existing investors, and, in
// talks, an existing investor "expected to participate"; a VC partner named as a company director in a Form D is not
// labelled as an investor in the round. A round reported by sources as already closed ("has quietly raised … according
// to two people familiar") is a round, not in talks. `prior` lists companies other than a labelled round's company
// whose funding the text recalls (an angel's exited company with its price, an acquired startup's angel money, a
// fund's portfolio companies, a statistic's largest round) and, in a text with no new round, its own company where the
// text recalls its funding (including "backed by" a named VC). Labelled by hand; a reader of each text should agree
// with every label.
// First look: not measured by the writer, who did not run the extractor. A measurement, not a test: unseen.test.ts
// does not assert it.
import type { RoundCheck } from './checks.js';

export const UNSEEN_BLIND31: RoundCheck[] = [
  // ── New rounds ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub31-01',
    style: 'blog',
    phenomenon:
      'tech_blog_post,jokey_headline_hefty_wad_of_cash,amount_not_in_headline,amount_written_5_5M,existing_investors_also_chipped_in,brings_total_raised_to_trap,take_rate_trap,monthly_orders_trap,series_a',
    title: 'Tiffinly gets a hefty wad of cash to fix the office lunch',
    source: 'Kilobyte Daily',
    text:
      'Remember when lunch at the office meant a sad sandwich from the vending machine? Tiffinly would like you to forget it. The Chicago startup, which lets groups of coworkers pool their orders from neighbourhood restaurants into a single delivery, has raised $5.5M in a Series A round led by Quillstone Ventures.\n\n' +
      'Existing investors Marrow Capital and Fenbrook Partners also chipped in, and the round brings total raised to $7.1M. Co-founder Dana Whitcombe tells us the money will go toward launching in Boston and Philadelphia this spring and toward hiring “roughly a dozen” engineers.\n\n' +
      'Tiffinly takes a 12% cut of each order and says it now handles about 40,000 lunches a month. Yes, we asked whether the team eats its own dog food. It does, every day, mostly dumplings.',
    kind: 'round',
    rounds: [
      {
        company: 'Tiffinly',
        amount: 5.5e6,
        roundType: 'series_a',
        lead: ['Quillstone Ventures'],
        other: ['Marrow Capital', 'Fenbrook Partners'],
      },
    ],
  },
  {
    id: 'ub31-02',
    style: 'blog',
    phenomenon:
      'tech_blog_post,jokey_headline_bags_to_make_your_x_less_awful,company_only_in_headline,body_says_the_san_francisco_startup,individual_investor_led,led_by_x_with_y_z_and_others_participating,waitlist_count_trap,price_per_user_trap,seed',
    title: 'Sortbox bags $4M to make your inbox less awful',
    source: 'Launchpadder',
    text:
      'The San Francisco startup, founded by two engineers who spent most of the last decade working on webmail, has raised $4 million in a seed round to build an email client that sorts messages by how urgently they need a reply rather than by when they arrived.\n\n' +
      'The round was led by Gideon Marsh, the former payments executive who has become one of the Valley’s busiest angel investors, with Cobblestone Capital, Tenpenny Ventures and others participating. Marsh also joins the company’s board.\n\n' +
      'The app is in private beta with about 8,000 users and a waitlist of 60,000, and the company says it will stay free for individuals while charging teams $6 per user per month.',
    kind: 'round',
    rounds: [
      {
        company: 'Sortbox',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Gideon Marsh'],
        other: ['Cobblestone Capital', 'Tenpenny Ventures'],
      },
    ],
  },
  {
    id: 'ub31-03',
    style: 'blog',
    phenomenon:
      'tech_blog_post,jokey_headline_scores_funding_from,undisclosed_sum,amount_null,no_stage_named,single_investor_not_said_to_lead,investor_fund_size_trap,unknown_type',
    title: 'Zestwell scores funding from Ironpine Ventures',
    source: 'Startup Ledger',
    text:
      'Zestwell, a Portland, Oregon, startup whose app turns a week of dinner plans into a grocery list sorted by supermarket aisle, has taken an undisclosed sum from Ironpine Ventures.\n\n' +
      'The company would not say how much it raised or what it is calling the round. Co-founder Marisol Etxeberria said the money would pay for integrations with two regional grocery chains and a version for Android phones, which users have been asking for since the app launched in 2024.\n\n' +
      'Ironpine, which invests out of a $60 million fund, has backed about a dozen consumer apps in the Pacific Northwest.',
    kind: 'round',
    rounds: [{ company: 'Zestwell', amount: null, roundType: 'unknown', other: ['Ironpine Ventures'] }],
  },
  {
    id: 'ub31-04',
    style: 'blog',
    phenomenon:
      'sec_form_d_post,filing_reveals,amount_sold_labelled,total_offering_amount_trap,number_of_investors,investors_not_named,securities_not_named,earlier_seed_same_company,buyer_count_trap,unknown_type',
    title: 'Filing reveals Threadloom has raised $4.2M, with more on the way',
    source: 'Dealpile',
    text:
      'Threadloom, the marketplace where knitters buy and sell patterns, has raised $4.2 million, according to a Form D filed with the Securities and Exchange Commission on Friday.\n\n' +
      'The filing lists a total offering amount of $6 million, which suggests the company is still raising, and says 11 investors have taken part so far. It does not name them or say what kind of securities were sold. Threadloom co-founder Bea Castellanos did not respond to an email.\n\n' +
      'The Minneapolis company raised $1.1 million in seed money from Bobbin Street Ventures in 2024 and says more than 300,000 people bought a pattern on the site last year.',
    kind: 'round',
    rounds: [{ company: 'Threadloom', amount: 4.2e6, roundType: 'unknown' }],
  },
  {
    id: 'ub31-05',
    style: 'blog',
    phenomenon:
      'sec_form_d_post,sec_filing_shows,securities_named_series_b_preferred,offering_fully_sold,number_of_investors,vc_partner_listed_as_director_not_said_to_invest_trap,earlier_series_a_led_by_directors_firm,spokesperson_confirmed,series_b',
    title: 'SEC filing shows Dashwick raised $12.5M in Series B funding',
    source: 'Cap Table Times',
    text:
      'Dashwick, the Atlanta company that makes scheduling software for home-cleaning services, has quietly raised $12.5 million, a regulatory filing shows.\n\n' +
      'The Form D, filed on March 4, lists the securities sold as Series B preferred stock and shows the whole $12.5 million offering as sold, to nine investors. Ruth Calloway, a partner at Brindle Capital, is listed among the company’s directors; Brindle led Dashwick’s $5 million Series A in 2023.\n\n' +
      'A Dashwick spokesperson confirmed the raise but declined to name the investors.',
    kind: 'round',
    rounds: [{ company: 'Dashwick', amount: 12.5e6, roundType: 'series_b' }],
  },
  {
    id: 'ub31-06',
    style: 'blog',
    phenomenon:
      'company_blog_post,today_were_announcing_our_series_a,first_person,company_named_in_post,seed_investors_investing_again,angels_by_name_with_roles,board_seat,district_count_trap,series_a',
    title: 'Announcing our Series A',
    source: 'The Mapleroute Blog',
    text:
      'When we started Mapleroute three years ago, the idea was simple: a school bus should never leave a child standing at the wrong corner. More than 400 school districts now use our routing software, and today we’re announcing our $9 million Series A, led by Harrowgate Partners.\n\n' +
      'Our seed investors, Bellwood Ventures and Sixpenny Capital, are investing again, and we’re lucky to have two new angels on board: Priya Okonjo, who ran transportation for one of the largest school districts in the country, and Dmitri Vael, co-founder of the fleet-tracking company Gearline.\n\n' +
      'Elena Ruiz from Harrowgate will join our board. We’ll use the money to build out our parent app and double our support team, because nothing matters more at 7 a.m. on a snow day.\n\n' +
      'We’re hiring! Check out our jobs page.\n\n' +
      '— Tomás Aldana and Grace Whitfield, co-founders',
    kind: 'round',
    rounds: [
      {
        company: 'Mapleroute',
        amount: 9e6,
        roundType: 'series_a',
        lead: ['Harrowgate Partners'],
        other: ['Bellwood Ventures', 'Sixpenny Capital', 'Priya Okonjo', 'Dmitri Vael'],
      },
    ],
  },
  {
    id: 'ub31-07',
    style: 'blog',
    phenomenon:
      'company_blog_post,we_parenthesised_company_name,no_company_in_title,url_source,eur_amount,from_fund_and_angel_no_lead,angel_with_former_company,seed',
    title: 'Big news for our small team',
    source: 'https://pixelwick.no/blog/big-news',
    text:
      'Hello friends of the blog! We (Pixelwick) have received €2 million in seed funding from Nordlund Capital in Oslo and the angel investor Henrik Aas, who started the design agency Fjellform back in 2008.\n\n' +
      'For those who are new here: we make a prototyping tool that lets designers turn static screens into clickable app mock-ups in minutes. We have been four people in a small office in Grünerløkka since 2024, paying the bills with consulting work. This money means we can stop doing that, work on Pixelwick full time and hire three more developers.\n\n' +
      'Thank you to everyone who sent feedback during the beta. More soon!',
    kind: 'round',
    rounds: [
      {
        company: 'Pixelwick',
        amount: 2e6,
        currency: 'EUR',
        roundType: 'seed',
        other: ['Nordlund Capital', 'Henrik Aas'],
      },
    ],
  },
  {
    id: 'ub31-08',
    style: 'blog',
    phenomenon:
      'vc_partner_blog_post,why_we_invested,lead_is_the_writer,company_named_in_possessive,returning_seed_investor,customer_count_trap,board_seat,series_a',
    title: 'Why we invested in Grubline',
    source: 'Fallowfield Ventures',
    text:
      'Every restaurant owner we talked to last year had the same complaint: the food distributors they depend on still take orders by fax, voicemail and, in one case we saw, a sticky note on a walk-in fridge. Grubline fixes that.\n\n' +
      'We first met Grubline’s founders, Amara Nwosu and Felix Brandt, when they were running a catering company in Houston and built the first version of their ordering app for themselves. Today more than 2,500 restaurants and 60 distributors in Texas use it to place and confirm orders.\n\n' +
      'That’s why Fallowfield Ventures led Grubline’s $6 million Series A, alongside Copperfield Ventures and returning seed investor Lanyard Capital. I’m joining the board.\n\n' +
      'Grubline is the fourth company in our food and hospitality portfolio, and the one we’ve been most excited to write about. Welcome aboard, Amara and Felix.\n\n' +
      '— Jonah Pettigrew, General Partner',
    kind: 'round',
    rounds: [
      {
        company: 'Grubline',
        amount: 6e6,
        roundType: 'series_a',
        lead: ['Fallowfield Ventures'],
        other: ['Copperfield Ventures', 'Lanyard Capital'],
      },
    ],
  },
  {
    id: 'ub31-09',
    style: 'blog',
    phenomenon:
      'vc_blog_post,welcome_to_the_portfolio,writer_participated_not_led,lead_named_by_writer,group_of_founders_unnamed,amount_2_5M,seed',
    title: 'Welcome to the portfolio, Hatchpoint!',
    source: 'Ferncastle Capital',
    text:
      'We’re excited to welcome Hatchpoint to the Ferncastle Capital family. Hatchpoint helps small hardware companies get their products certified for sale in the US and Europe, a process that today involves a dozen labs, a pile of PDFs and months of waiting.\n\n' +
      'Ferncastle Capital participated in Hatchpoint’s $2.5M seed round, which was led by Mossgiel Ventures. Keystone Row and a group of hardware founders also invested.\n\n' +
      'Hatchpoint’s founders, Ines Carvalho and Raj Menon, spent years shipping consumer electronics at a large gadget maker and have lived through the certification mess themselves. We think they’ve found a boring problem with a very large number of unhappy customers, which is our favourite kind.\n\n' +
      'Welcome, Ines and Raj!',
    kind: 'round',
    rounds: [
      {
        company: 'Hatchpoint',
        amount: 2.5e6,
        roundType: 'seed',
        lead: ['Mossgiel Ventures'],
        other: ['Ferncastle Capital', 'Keystone Row'],
      },
    ],
  },
  {
    id: 'ub31-10',
    style: 'press',
    phenomenon:
      'pr_wire_release,dateline_city_state_date_wire,us$_prefix,existing_investors_also_participated,brings_total_capital_raised_trap,about_boilerplate_investor_aum_trap,location_count_trap,source_line,series_b',
    title: 'Rowlock Analytics Raises US$18 Million in Series B Funding Led by Longhorn Growth Partners',
    source: 'Pressline Wire',
    text:
      'AUSTIN, Texas, March 9, 2026 /Pressline Wire/ -- Rowlock Analytics, a leading provider of inventory-forecasting software for independent retailers, today announced that it has closed US$18 million in Series B financing led by Longhorn Growth Partners. Existing investors Sabine Street Ventures and Pecan Grove Capital also participated. The funding brings Rowlock’s total capital raised to US$31 million.\n\n' +
      'Rowlock will use the new capital to expand its sales and customer success teams and to accelerate development of its point-of-sale integrations.\n\n' +
      '“Independent retailers deserve the same forecasting tools as the big chains,” said Wendell Adeyinka, co-founder and CEO of Rowlock Analytics. “With Longhorn’s support, we can put them in the hands of thousands more store owners.”\n\n' +
      'About Rowlock Analytics\nFounded in 2019 and headquartered in Austin, Rowlock Analytics serves more than 3,200 retail locations across North America.\n\n' +
      'About Longhorn Growth Partners\nLonghorn Growth Partners is a growth equity firm with more than $1.2 billion in capital under management, investing in software and tech-enabled services companies.\n\n' +
      'SOURCE Rowlock Analytics',
    kind: 'round',
    rounds: [
      {
        company: 'Rowlock Analytics',
        amount: 18e6,
        roundType: 'series_b',
        lead: ['Longhorn Growth Partners'],
        other: ['Sabine Street Ventures', 'Pecan Grove Capital'],
      },
    ],
  },
  {
    id: 'ub31-11',
    style: 'roundup',
    phenomenon:
      'deals_of_the_day_roundup,bullet_items,five_rounds_one_text,amount_500K,pre_seed_from_unnamed_angels,eur_no_stage_from_two_investors_no_lead,us$_m_lowercase,acquisition_item_trap,fund_item_trap,seed,pre_seed,unknown_type,series_b,series_a',
    title: 'Deals of the Day: five raises, one acquisition and a new fund',
    source: 'Pixel & Penny',
    text:
      'Good morning! Here’s what got funded on Monday.\n\n' +
      '• Brightnook, a Milwaukee marketplace that matches homeowners with vetted renovation crews, raised a $3M seed round led by Third Ward Ventures.\n' +
      '• Tallycat (Toronto), which makes invoicing software for freelance illustrators, picked up $500K in pre-seed funding from angels.\n' +
      '• Dublin mobile-game studio Saltmarsh Games raised €1.5 million from Liffey Ventures and Howth Head Capital.\n' +
      '• Orbitbean, a Seattle company whose app lets coffee shops run loyalty programmes without a punch card, closed a $22M Series B led by Puget Crest Capital. Capitol Hill Ventures also participated.\n' +
      '• Kettleworks, a Melbourne maker of ordering software for bakeries, raised US$5.5m in a Series A led by Yarra Bend Partners.\n\n' +
      'Acquisitions: Goldline Media bought the podcast-discovery app Plinkr for an undisclosed amount.\n\n' +
      'Funds: Larchmont Ventures closed its second seed fund at $90M.',
    kind: 'round',
    rounds: [
      { company: 'Brightnook', amount: 3e6, roundType: 'seed', lead: ['Third Ward Ventures'] },
      { company: 'Tallycat', amount: 5e5, roundType: 'pre_seed' },
      {
        company: 'Saltmarsh Games',
        amount: 1.5e6,
        currency: 'EUR',
        roundType: 'unknown',
        other: ['Liffey Ventures', 'Howth Head Capital'],
      },
      {
        company: 'Orbitbean',
        amount: 22e6,
        roundType: 'series_b',
        lead: ['Puget Crest Capital'],
        other: ['Capitol Hill Ventures'],
      },
      { company: 'Kettleworks', amount: 5.5e6, roundType: 'series_a', lead: ['Yarra Bend Partners'] },
    ],
  },
  {
    id: 'ub31-12',
    style: 'roundup',
    phenomenon:
      'weekly_who_got_funded_list,em_dash_fields,six_rounds_one_text,investors_list_no_lead,undisclosed_seed,from_one_investor,gbp_no_stage,led_by_with_participant,seed_extension,existing_investor_led,weekly_total_trap,seed,series_a,unknown_type,series_c,extension',
    title: 'Who got funded: the week of March 2',
    source: 'The Seedling Post',
    text:
      'Our weekly list of the startups that announced rounds. Know of one we missed? Hit reply.\n\n' +
      'Quiverly — $1.2M seed — Nashville — a booking app for archery ranges. Investors: Music Row Seed, Cumberland Angels.\n' +
      'Hexadock — $14M Series A — Denver — container-tracking software for ports. Led by Larimer Square Partners.\n' +
      'Fernpost — undisclosed seed — Boston — newsletters for condo associations. From Charles Landing Ventures.\n' +
      'Vantapay — £3m — London — expense cards for building contractors. Led by Shoreditch Row Capital.\n' +
      'Mintgrove — $40M Series C — San Mateo, Calif. — payroll for restaurant chains. Led by Coyote Point Capital, with Belmont Ridge Ventures.\n' +
      'Plumtide — $2.75M seed extension — Raleigh, N.C. — a shift-swapping app for hospital staff. Existing investor Oak City Ventures led.\n\n' +
      'By the numbers: 27 rounds this week, totalling $311M, per our tracker.',
    kind: 'round',
    rounds: [
      {
        company: 'Quiverly',
        amount: 1.2e6,
        roundType: 'seed',
        other: ['Music Row Seed', 'Cumberland Angels'],
      },
      { company: 'Hexadock', amount: 14e6, roundType: 'series_a', lead: ['Larimer Square Partners'] },
      { company: 'Fernpost', amount: null, roundType: 'seed', other: ['Charles Landing Ventures'] },
      {
        company: 'Vantapay',
        amount: 3e6,
        currency: 'GBP',
        roundType: 'unknown',
        lead: ['Shoreditch Row Capital'],
      },
      {
        company: 'Mintgrove',
        amount: 40e6,
        roundType: 'series_c',
        lead: ['Coyote Point Capital'],
        other: ['Belmont Ridge Ventures'],
      },
      { company: 'Plumtide', amount: 2.75e6, roundType: 'extension', lead: ['Oak City Ventures'] },
    ],
  },
  {
    id: 'ub31-13',
    style: 'blog',
    phenomenon:
      'tech_blog_post,group_of_angels_including,angels_named_with_roles,no_stage_named,angel_exit_price_trap,quote_from_angel,launch_month,unknown_type',
    title: 'Pebblecast lands $1.2 million from a who’s who of app-world angels',
    source: 'TechSprout',
    text:
      'Pebblecast, a two-person startup in Brooklyn building a podcast app that lets listeners clip and share a 30-second moment from any episode, has raised $1.2 million from a group of angels including Oren Blackwood, co-founder of the photo app Snapdrift, and Lucía Ferrant, a former head of product at a large music-streaming service.\n\n' +
      'Blackwood sold Snapdrift to a search company in 2015 for a reported $60 million and has since put money into about 40 startups. “I don’t usually do audio,” he told us. “But I’ve shared more Pebblecast clips this month than photos.”\n\n' +
      'The company says it will launch publicly in April.',
    kind: 'round',
    rounds: [
      {
        company: 'Pebblecast',
        amount: 1.2e6,
        roundType: 'unknown',
        other: ['Oren Blackwood', 'Lucía Ferrant'],
      },
    ],
    prior: ['Snapdrift'],
  },
  {
    id: 'ub31-14',
    style: 'blog',
    phenomenon:
      'tech_blog_post,super_angel_leads,individual_lead_in_headline,amount_800K,fund_and_angels_participated,units_sold_trap,kit_price_trap,seed',
    title: 'Super angel Marla Finch leads $800K seed round for robot-kit maker Tinkerbloc',
    source: 'Bootstrap Bulletin',
    text:
      'Tinkerbloc, a Pittsburgh company making snap-together robot kits that kids program from a tablet, has closed an $800K seed round led by super angel Marla Finch. Boxcar Ventures and angels Theo Lindqvist and Rana Haddad also participated.\n\n' +
      'Finch, who has written early checks into more than 150 startups since 2009, said she invested after watching her nine-year-old nephew build a line-following robot in an afternoon. Tinkerbloc sells its starter kit for $79 and says it sold 11,000 of them over the holidays.',
    kind: 'round',
    rounds: [
      {
        company: 'Tinkerbloc',
        amount: 8e5,
        roundType: 'seed',
        lead: ['Marla Finch'],
        other: ['Boxcar Ventures', 'Theo Lindqvist', 'Rana Haddad'],
      },
    ],
  },
  {
    id: 'ub31-15',
    style: 'blog',
    phenomenon:
      'tech_blog_post,equity_and_debt_in_one_series_a,round_labelled_at_total,equity_part_led_by,lender_named,existing_investor_also_put_in,store_count_trap,series_a',
    title: 'Shelfwise raises $14M in equity and debt to put grocery shelves on autopilot',
    source: 'Kilobyte Daily',
    text:
      'Shelfwise, a Cleveland startup whose ceiling-mounted cameras tell grocery managers when a shelf is running empty, has raised a $14 million Series A. The round is made up of $10 million in equity, led by Brookhollow Ventures, and $4 million in venture debt from Keel Street Bank. Existing investor Cuyahoga Bend Capital also put in money.\n\n' +
      'The company’s cameras are in 140 stores across six regional chains, and chief executive Hannah Lindgren says stores using them have cut out-of-stock items by about a third.',
    kind: 'round',
    rounds: [
      {
        company: 'Shelfwise',
        amount: 14e6,
        roundType: 'series_a',
        lead: ['Brookhollow Ventures'],
        other: ['Keel Street Bank', 'Cuyahoga Bend Capital'],
      },
    ],
  },
  {
    id: 'ub31-16',
    style: 'blog',
    phenomenon:
      'tel_aviv_tech_blog,amount_written_million_dollars,angel_by_name,raised_to_date_trap,earlier_pre_seed_same_company_same_investor,user_count_trap,seed',
    title: 'Tel Aviv’s Shuffleo raises 5.5 million dollars for its playlist-swapping app',
    source: 'Hacker Gazette',
    text:
      'Shuffleo, a Tel Aviv startup whose app lets friends trade playlists and see what each other are listening to in real time, announced today that it has raised 5.5 million dollars in a seed round led by Jaffa Gate Capital. Carmel Ridge Ventures and the angel investor Noa Ben-Ami also took part.\n\n' +
      'The company was founded in 2023 by Yoav Sherman and Maya Levinson, who met while serving in the army’s technology unit. It has raised 7 million dollars to date, including a pre-seed round from Carmel Ridge Ventures in 2024.\n\n' +
      'Shuffleo has 900,000 registered users, most of them in Israel, Brazil and Turkey.',
    kind: 'round',
    rounds: [
      {
        company: 'Shuffleo',
        amount: 5.5e6,
        roundType: 'seed',
        lead: ['Jaffa Gate Capital'],
        other: ['Carmel Ridge Ventures', 'Noa Ben-Ami'],
      },
    ],
  },
  {
    id: 'ub31-17',
    style: 'blog',
    phenomenon:
      'tech_blog_post,company_not_in_headline,amount_written_half_a_million_dollars,from_fund_and_unnamed_angels_no_lead,investor_fund_size_trap,daily_users_trap,unknown_type',
    title: 'Two college dropouts raise half a million dollars for a voice-notes app for teens',
    source: 'The Incubator Blog',
    text:
      'Murmurly, a voice-messaging app built by two 20-year-olds who left college last spring, has raised half a million dollars from Tiller Fund and a handful of angels, the founders said on Monday.\n\n' +
      'The app lets friends leave each other short voice notes on a shared “wall” that disappears after 24 hours. Co-founders Jaden Okoro and Lily Sandoval say it has 150,000 daily users, mostly high-school students in California and Texas, and that the money will pay for two engineers and a lot of server bills.\n\n' +
      'Tiller Fund, the $25 million pre-seed fund run by former founder Cass Whitlock, has now backed 31 startups started by people under 25.',
    kind: 'round',
    rounds: [{ company: 'Murmurly', amount: 5e5, roundType: 'unknown', other: ['Tiller Fund'] }],
  },
  {
    id: 'ub31-18',
    style: 'blog',
    phenomenon:
      'london_tech_blog,gbp_m_with_usd_conversion,existing_investor_also_chipped_in,monthly_income_trap,shop_count_trap,seed',
    title: 'London’s Cobbleday raises £1.8m to turn empty shops into pop-up studios',
    source: 'The Old Street Post',
    text:
      'Cobbleday, which rents out empty high-street shops by the day to makers, photographers and small brands, has raised £1.8m ($2.3m) in a seed round led by Spitalfields Capital. Hoxton Angels and existing investor Bankside Ventures also chipped in.\n\n' +
      'Founded in 2023 by former estate agent Priya Ramsden, Cobbleday has 210 shops on its books across London, Manchester and Bristol, and says landlords earn an average of £1,400 a month from spaces that would otherwise sit empty.\n\n' +
      'The startup will use the cash to launch in Leeds and Glasgow.',
    kind: 'round',
    rounds: [
      {
        company: 'Cobbleday',
        amount: 1.8e6,
        currency: 'GBP',
        roundType: 'seed',
        lead: ['Spitalfields Capital'],
        other: ['Hoxton Angels', 'Bankside Ventures'],
      },
    ],
  },
  {
    id: 'ub31-19',
    style: 'blog',
    phenomenon:
      'berlin_tech_blog,eur_with_usd_conversion,no_stage_named,funding_led_by,existing_backers_also_took_part,city_introduced_participant,listing_price_trap,unknown_type',
    title: 'Berlin’s Kiezkarte raises €2.5 million to map the city’s corner shops',
    source: 'Kreuzberg Tech Notes',
    text:
      'Kiezkarte, a Berlin startup whose app maps independent corner shops, bakeries and bars neighbourhood by neighbourhood, has raised €2.5 million ($2.7 million) in funding led by Spreebogen Ventures. Existing backers Friedrichshain Angels and Paris-based Canal Saint-Martin Capital also took part.\n\n' +
      'Kiezkarte covers 14 German cities and plans to add Vienna and Zurich this year. It makes money from local businesses that pay €29 a month for a promoted listing.',
    kind: 'round',
    rounds: [
      {
        company: 'Kiezkarte',
        amount: 2.5e6,
        currency: 'EUR',
        roundType: 'unknown',
        lead: ['Spreebogen Ventures'],
        other: ['Friedrichshain Angels', 'Canal Saint-Martin Capital'],
      },
    ],
  },
  {
    id: 'ub31-20',
    style: 'blog',
    phenomenon:
      'sydney_tech_blog,usd_stated_first_with_aud_conversion,us$_prefix,angel_by_name,existing_investor_joined,output_loss_percent_trap,rooftop_count_trap,seed',
    title: 'Sydney’s Wattlebird raises US$4 million seed round for solar-panel cleaning robots',
    source: 'Southern Cross Startups',
    text:
      'Wattlebird, a Sydney startup whose robots crawl across rooftop solar panels to clean off dust and bird droppings, has raised US$4 million (A$6.1 million) in a seed round led by Circular Quay Ventures.\n\n' +
      'Bondi Point Capital and the angel investor Hamish Tran joined the round, along with existing investor Parramatta Seed. Wattlebird says dirty panels can lose up to 15% of their output and that its robots already work on 300 commercial rooftops in New South Wales and Queensland.',
    kind: 'round',
    rounds: [
      {
        company: 'Wattlebird',
        amount: 4e6,
        roundType: 'seed',
        lead: ['Circular Quay Ventures'],
        other: ['Bondi Point Capital', 'Hamish Tran', 'Parramatta Seed'],
      },
    ],
  },
  {
    id: 'ub31-21',
    style: 'blog',
    phenomenon:
      'tech_blog_post,seven_figure_seed_round,amount_null,lead_named,unnamed_angels,subscription_price_trap,family_count_trap,seed',
    title: 'Bedtime-story app Lullabee closes seven-figure seed round',
    source: 'TechSprout',
    text:
      'Lullabee, an Edinburgh startup whose app lets grandparents record bedtime stories for grandchildren who live far away, has closed a seven-figure seed round led by Nightjar Ventures.\n\n' +
      'The company wouldn’t disclose the exact amount. Arthur’s Seat Capital also invested, along with several angels from the children’s publishing world. Lullabee has 45,000 families on a paid plan at £3.99 a month.',
    kind: 'round',
    rounds: [
      {
        company: 'Lullabee',
        amount: null,
        roundType: 'seed',
        lead: ['Nightjar Ventures'],
        other: ['Arthur’s Seat Capital'],
      },
    ],
  },
  {
    id: 'ub31-22',
    style: 'blog',
    phenomenon:
      'tech_blog_post,jokey_headline_pockets,existing_investors_also_chipped_in,new_investor_too,valuation_from_person_familiar_trap,brings_total_raised_to_trap,payment_volume_trap,series_c',
    title: 'Payments upstart Coinpurse pockets $30 million',
    source: 'Launchpadder',
    text:
      'Coinpurse, the Phoenix startup that lets small landlords collect rent by text message, has raised $30 million in a Series C round led by Mortlake Growth. Existing investors Ashdown Ventures and Quarry Lane Capital also chipped in, as did new investor Pelham Rise.\n\n' +
      'The round values Coinpurse at $310 million, according to a person familiar with the deal, and brings total raised to $52 million. The company processed $1.8 billion in rent payments last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Coinpurse',
        amount: 30e6,
        roundType: 'series_c',
        lead: ['Mortlake Growth'],
        other: ['Ashdown Ventures', 'Quarry Lane Capital', 'Pelham Rise'],
      },
    ],
  },
  {
    id: 'ub31-23',
    style: 'blog',
    phenomenon:
      'tech_blog_post,convertible_note_no_stage,amount_750K_in_headline,amount_750_000_in_body,angels_and_fund_no_lead,note_came_from,valuation_cap_trap,subscription_price_trap,convertible',
    title: 'Tailoring app Hemline raises $750K on a convertible note',
    source: 'Bootstrap Bulletin',
    text:
      'Hemline, a Philadelphia startup that gives neighbourhood tailors and dry cleaners a simple app for tracking orders and texting customers when their clothes are ready, has raised $750,000 in a convertible note.\n\n' +
      'The note came from angels Deborah Kessler and Ivan Moretti and from Schuylkill Seed, and converts at a $6 million cap when Hemline raises a priced round, which co-founder Kwame Asante hopes to do next year. Some 1,100 shops pay $39 a month for the app.',
    kind: 'round',
    rounds: [
      {
        company: 'Hemline',
        amount: 7.5e5,
        roundType: 'convertible',
        other: ['Deborah Kessler', 'Ivan Moretti', 'Schuylkill Seed'],
      },
    ],
  },
  {
    id: 'ub31-24',
    style: 'blog',
    phenomenon:
      'tech_blog_post,added_to_seed_round,extension_labelled_at_new_money,round_total_after_extension_trap,existing_and_new_investor_no_lead,download_count_trap,subscription_price_trap,extension',
    title: 'Gardenly adds $1.5M to its seed round as its plant-care app blooms',
    source: 'Kilobyte Daily',
    text:
      'Gardenly, the plant-care app that tells you when to water your fiddle-leaf fig, has added $1.5 million to its seed round, bringing the round to $4 million. The extension came from existing investor Hollyhock Ventures and new investor Sproutfield Capital.\n\n' +
      'The Portland, Maine, company says 1.3 million people have downloaded the app and that its $4.99-a-month premium tier, which diagnoses sick plants from a photo, now brings in more than half of its revenue.',
    kind: 'round',
    rounds: [
      {
        company: 'Gardenly',
        amount: 1.5e6,
        roundType: 'extension',
        other: ['Hollyhock Ventures', 'Sproutfield Capital'],
      },
    ],
  },
  {
    id: 'ub31-25',
    style: 'blog',
    phenomenon:
      'company_blog_post,were_thrilled_to_announce_weve_raised,first_person,company_named_in_first_sentence,angels_by_name,bootstrapped_revenue_trap,seed',
    title: 'We raised $3.5 million!',
    source: 'The Quillfeather Blog',
    text:
      'We’re thrilled to announce we’ve raised $3.5 million in seed funding for Quillfeather, led by Hartwell Bay Ventures, with participation from Acorn Lane Capital, Pipit Seed and a terrific group of angels including Nadia Brennan and Sol Ferreira.\n\n' +
      'Quillfeather started as a weekend project: a writing app for novelists that keeps track of characters, places and timelines so you don’t have to. We bootstrapped it to $1 million in annual revenue with a team of five, and for a long time we didn’t think we’d ever raise money. What changed our minds was how much faster we could ship the collaboration features our users keep asking for.\n\n' +
      'Thank you to every writer who has sent us a bug report at 2 a.m. This one’s for you.\n\n' +
      '— Eliza Marchbanks, founder',
    kind: 'round',
    rounds: [
      {
        company: 'Quillfeather',
        amount: 3.5e6,
        roundType: 'seed',
        lead: ['Hartwell Bay Ventures'],
        other: ['Acorn Lane Capital', 'Pipit Seed', 'Nadia Brennan', 'Sol Ferreira'],
      },
    ],
  },
  {
    id: 'ub31-26',
    style: 'blog',
    phenomenon:
      'tech_blog_post,round_and_acquisition_in_one_text,acquired_startup_earlier_angel_money_trap,undisclosed_acquisition_price,existing_investor_participated,user_count_trap,series_b',
    title: 'Flockstar raises $20M Series B and snaps up tiny rival Wrenfield Labs',
    source: 'Hacker Gazette',
    text:
      'Flockstar, the San Diego company behind an app that helps birdwatchers log sightings and find rare species nearby, has raised $20 million in a Series B round led by Gullwing Partners. Pelican Bay Ventures and existing investor Kittiwake Capital also participated.\n\n' +
      'Flockstar also said it had acquired Wrenfield Labs, a two-person startup that built a bird-song recognition model, for an undisclosed sum. Wrenfield had raised $400,000 from angels in 2024. Its founders will lead Flockstar’s new audio team.\n\n' +
      'Flockstar says 2.4 million people logged at least one sighting last year.',
    kind: 'round',
    rounds: [
      {
        company: 'Flockstar',
        amount: 20e6,
        roundType: 'series_b',
        lead: ['Gullwing Partners'],
        other: ['Pelican Bay Ventures', 'Kittiwake Capital'],
      },
    ],
    prior: ['Wrenfield Labs'],
  },
  {
    id: 'ub31-27',
    style: 'press',
    phenomenon:
      'pr_wire_release,dateline_city_date_wire,amount_5_5_million,additional_investors_include,media_contact,business_count_trap,source_line,seed',
    title: 'Ledgerlark Secures $5.5 Million Seed Funding to Simplify Bookkeeping for Food Trucks',
    source: 'Globe Release Service',
    text:
      'NEW YORK, March 9, 2026 /Globe Release Service/ -- Ledgerlark, the bookkeeping platform built for food trucks and market vendors, today announced $5.5 million in seed funding led by Bowery Lane Ventures. Additional investors include Canal Street Capital, Fulton Partners and Greenpoint Angels.\n\n' +
      'The funding will be used to grow Ledgerlark’s engineering team and to launch integrations with the most widely used mobile card readers.\n\n' +
      '“Food truck owners spend their Sundays sorting receipts in a shoebox. We want to give them that day back,” said Rosa Delgado, founder and CEO of Ledgerlark.\n\n' +
      'About Ledgerlark\nLedgerlark is based in New York and serves more than 6,000 mobile food businesses in 38 states. For more information, visit ledgerlark.com.\n\n' +
      'Media Contact: press@ledgerlark.com\n\n' +
      'SOURCE Ledgerlark',
    kind: 'round',
    rounds: [
      {
        company: 'Ledgerlark',
        amount: 5.5e6,
        roundType: 'seed',
        lead: ['Bowery Lane Ventures'],
        other: ['Canal Street Capital', 'Fulton Partners', 'Greenpoint Angels'],
      },
    ],
  },
  {
    id: 'ub31-28',
    style: 'blog',
    phenomenon:
      'tech_blog_scoop,has_quietly_raised,sources_say_completed_round,closed_last_month,valuation_trap,existing_investor_also_took_part,company_declined_to_comment,earlier_series_a_same_company,series_b',
    title: 'Dog-walking app Pawpool has quietly raised $25M, sources say',
    source: 'ByteHerald',
    text:
      'Pawpool, the app that books vetted dog walkers on demand, has quietly raised $25 million in a Series B round led by Oakhurst Row, according to two people familiar with the deal.\n\n' +
      'The round, which closed last month, values the Los Angeles company at about $180 million, one of the people said. Existing investor Echo Park Ventures also took part. Pawpool declined to comment.\n\n' +
      'Pawpool raised an $8 million Series A in 2024. It faces a crowded field: at least three rivals have raised money in the past year.',
    kind: 'round',
    rounds: [
      {
        company: 'Pawpool',
        amount: 25e6,
        roundType: 'series_b',
        lead: ['Oakhurst Row'],
        other: ['Echo Park Ventures'],
      },
    ],
  },
  {
    id: 'ub31-29',
    style: 'blog',
    phenomenon:
      'tech_blog_post,company_only_in_headline,body_says_the_app,amount_and_type_only_in_headline,individual_investor_led,with_y_z_and_several_others_joining,download_count_trap,daily_users_trap,board_seat,series_a',
    title: 'Habit-tracking app Streakly raises $6.5 million Series A led by Aldous Crane',
    source: 'ByteHerald',
    text:
      'The app, which turns daily habits like flossing or reading into streaks that friends can cheer on, has been downloaded more than 3 million times, and about 400,000 people open it every day.\n\n' +
      'Aldous Crane, the investor and former chief executive of a big web portal, led the round, with Fairhaven Ventures, Nutmeg Street Capital and several others joining. Crane will take a board seat.\n\n' +
      'The company, founded in Montreal in 2022, plans to add paid coaching plans later this year.',
    kind: 'round',
    rounds: [
      {
        company: 'Streakly',
        amount: 6.5e6,
        roundType: 'series_a',
        lead: ['Aldous Crane'],
        other: ['Fairhaven Ventures', 'Nutmeg Street Capital'],
      },
    ],
  },
  // ── In talks ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ub31-30',
    style: 'blog',
    phenomenon:
      'exclusive_scoop,in_talks_to_raise,led_by_in_talks,sources_familiar,existing_investor_expected_to_participate,could_fall_apart,valuation_trap,earlier_series_a_same_company,building_count_trap,series_b',
    title: 'Exclusive: Parcelry in talks to raise $50M Series B led by Westbrook Peak',
    source: 'Dealpile',
    text:
      'Parcelry, the Jersey City startup that lets apartment buildings accept packages in smart lockers instead of piling them up in the lobby, is in talks to raise a $50 million Series B led by Westbrook Peak, according to sources familiar with the deal.\n\n' +
      'Existing investor Gantry Hill Ventures is also expected to participate, the sources said. The deal, which could still fall apart, would value Parcelry at around $400 million.\n\n' +
      'Parcelry raised a $12 million Series A last year and has lockers in about 1,800 buildings. A spokesperson declined to comment.',
    kind: 'in_talks',
    rounds: [
      {
        company: 'Parcelry',
        amount: 50e6,
        roundType: 'series_b',
        lead: ['Westbrook Peak'],
        other: ['Gantry Hill Ventures'],
      },
    ],
  },
  {
    id: 'ub31-31',
    style: 'blog',
    phenomenon:
      'rumor_post,is_said_to_be_raising,amount_not_known,valuation_only_trap,reportedly_leading,earlier_series_a_same_company_with_valuation_trap,unknown_type',
    title: 'Photo app Glimmerly is said to be raising at a $1B valuation',
    source: 'Startup Ledger',
    text:
      'Glimmerly, the photo-sharing app whose filters have become a fixture of teenagers’ feeds, is said to be raising a new round at a valuation of about $1 billion, according to multiple reports and a person we spoke to. Harborlight Partners is reportedly leading.\n\n' +
      'It isn’t clear how much Glimmerly is raising. The company, which has fewer than 20 employees, raised a $7 million Series A from Corliss Ventures just nine months ago at a valuation said to be around $60 million. Glimmerly did not respond to a request for comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Glimmerly', amount: null, roundType: 'unknown', lead: ['Harborlight Partners'] }],
  },
  {
    id: 'ub31-32',
    style: 'blog',
    phenomenon:
      'sources_scoop,close_to_closing,roughly_amount,expected_to_lead,could_be_announced_within_weeks,ticket_count_trap,earlier_seed_same_company,series_a',
    title: 'Sources: Buzzhollow close to landing a roughly $8 million Series A',
    source: 'Launchpadder',
    text:
      'Buzzhollow, a Kansas City startup that sells tickets for small music venues, is close to closing a Series A of roughly $8 million, two sources tell us. Elmstead Ventures is expected to lead, and the round could be announced within weeks.\n\n' +
      'Buzzhollow sold 1.2 million tickets last year for about 900 venues. It raised a $2 million seed round from Westport Angels in 2024.',
    kind: 'in_talks',
    rounds: [{ company: 'Buzzhollow', amount: 8e6, roundType: 'series_a', lead: ['Elmstead Ventures'] }],
  },
  {
    id: 'ub31-33',
    style: 'blog',
    phenomenon:
      'london_tech_blog,in_talks_with_investors,gbp_m,has_not_yet_picked_a_lead,earlier_series_a_gbp_with_lead,monthly_users_trap,series_b',
    title: 'Tubeway in talks to raise £20m as it hunts for a lead investor',
    source: 'The Old Street Post',
    text:
      'Tubeway, the London app that tells commuters which carriage will be least crowded, is in talks with investors about a £20m Series B, according to three people with knowledge of the discussions. The company has not yet picked a lead investor, the people said.\n\n' +
      'Tubeway raised £6.5m in a Series A led by Blackfriars Ventures in 2024 and now has 2.2 million monthly users in London, Paris and Madrid. Chief executive Omar Siddiqui declined to comment.',
    kind: 'in_talks',
    rounds: [{ company: 'Tubeway', amount: 2e7, currency: 'GBP', roundType: 'series_b', lead: [] }],
  },
  // ── Not new rounds ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ub31-34',
    style: 'blog',
    phenomenon:
      'vc_fund_close,third_fund,previous_fund_size_trap,check_size_trap,portfolio_rounds_recalled,portfolio_later_round_trap',
    title: 'Tollgate Ventures closes $150M third fund to keep writing first checks',
    source: 'Cap Table Times',
    text:
      'Tollgate Ventures, the seed firm that was among the first investors in the grocery app Basketfly and the scheduling startup Clockpin, has closed its third fund at $150 million, up from $90 million for its second.\n\n' +
      'The firm will keep writing first checks of $500K to $2M, partner Renata Szabo said, and expects to back about 40 companies from the new fund. Tollgate led Basketfly’s $1.5 million seed round in 2019; the company raised a $60 million Series C last year.',
    kind: 'fund_close',
    rounds: [],
    prior: ['Basketfly', 'Clockpin'],
  },
  {
    id: 'ub31-35',
    style: 'blog',
    phenomenon: 'acqui_hire,terms_not_disclosed,app_shutdown,farewell_post,earlier_seed_of_acquired_company',
    title: 'Chirpway acqui-hires the team behind Doodlepad, and the app is shutting down',
    source: 'Kilobyte Daily',
    text:
      'Chirpway has acqui-hired the five-person team behind Doodlepad, the drawing app that let friends sketch on each other’s photos. Terms were not disclosed. Doodlepad will stop working on April 15, and users can export their drawings until then.\n\n' +
      '“We’re joining Chirpway to bring Doodlepad’s ideas to a much bigger audience,” the founders wrote in a farewell post, using the sentence nearly every founder uses in a farewell post. Doodlepad had raised $1.5 million in seed funding from Sandpiper Row Ventures and angels in 2023.',
    kind: 'acquisition',
    rounds: [],
    prior: ['Doodlepad'],
  },
  {
    id: 'ub31-36',
    style: 'blog',
    phenomenon:
      'ipo_filing,nasdaq_ticker,placeholder_offering_size_trap,revenue_and_loss_trap,raised_from_vcs_to_date,ownership_stakes',
    title: 'Cloudkeep files for IPO, revealing revenue of $212M and a $48M loss',
    source: 'Startup Ledger',
    text:
      'Cloudkeep, the file-backup company that started as a $5-a-month service for photographers, has filed publicly for an initial public offering on the Nasdaq under the ticker CLKP.\n\n' +
      'The filing shows revenue of $212 million last year, up 38%, and a net loss of $48 million. Cloudkeep lists a placeholder offering size of $100 million, which is used to calculate the registration fee and will change.\n\n' +
      'The company has raised about $210 million from venture investors; Redwood Hollow Partners owns 22% and Fairlight Capital 14%, according to the filing.',
    kind: 'ipo',
    rounds: [],
    prior: ['Cloudkeep'],
  },
  {
    id: 'ub31-37',
    style: 'blog',
    phenomenon: 'revenue_milestone,arr_trap,never_raised_a_series_a_negation,earlier_seed_same_company,shop_count',
    title: 'Sprocketly passes $10M in annual revenue without a Series A',
    source: 'Bootstrap Bulletin',
    text:
      'Sprocketly, the Boise company that sells scheduling and parts-ordering software to independent bike shops, says it has passed $10 million in annual recurring revenue, with 2,900 shops paying for it.\n\n' +
      'That is notable mostly for what Sprocketly hasn’t done: it has never raised a Series A. Its only outside money was a $1.5 million seed round from Foothill Spoke Ventures in 2021. “We’ve been profitable since 2023, so there’s never been a reason to,” co-founder Ellen Navarro said.',
    kind: 'other',
    rounds: [],
    prior: ['Sprocketly'],
  },
  {
    id: 'ub31-38',
    style: 'blog',
    phenomenon: 'startup_competition_prize,grand_prize_trap,runner_up_prize_trap,judges_from_vc_firms,signup_count',
    title: 'Weatherwise wins $50,000 at LaunchFest startup battle',
    source: 'TechSprout',
    text:
      'Weatherwise, a three-person startup from Omaha that sends farmers hyperlocal frost warnings by text, won the $50,000 grand prize at the LaunchFest startup competition on Monday, beating 24 other finalists.\n\n' +
      'The judges, who included investors from four venture firms, praised the team’s early traction: 1,700 farms signed up in the first two months. Runner-up Pillbright, which makes a smart pill organiser for elderly patients, took home $10,000.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub31-39',
    style: 'blog',
    phenomenon: 'crowdfunding_campaign,pledges_raised_trap,funding_goal_trap,backer_count,pledge_price_trap,ship_date',
    title: 'Smart coffee mug Brewbuddy blows past $1.4M on Pledgepot',
    source: 'Gadget Grind',
    text:
      'Brewbuddy, a mug that keeps coffee at exactly the temperature you pick for up to three hours, has raised more than $1.4 million from 9,300 backers on the crowdfunding site Pledgepot, 28 times its $50,000 goal, with nine days left in the campaign.\n\n' +
      'The cheapest pledge that gets you a mug is $99, and the company, two hardware engineers in Eugene, Oregon, says backers should get their mugs in November. Crowdfunded gadgets have a patchy record of shipping on time, so consider yourself warned.',
    kind: 'other',
    rounds: [],
  },
  {
    id: 'ub31-40',
    style: 'blog',
    phenomenon: 'quarterly_vc_statistics,quarter_total_trap,median_seed_trap,deal_count_trend,largest_round_named',
    title: 'VC funding hit $31.4 billion in the fourth quarter, the most in three years',
    source: 'Dealpile',
    text:
      'US startups raised $31.4 billion from venture investors in the fourth quarter of 2025, up 11% from the third quarter and the most in any quarter since 2022, according to data from Venturegauge.\n\n' +
      'Seed rounds got bigger, with a median of $3.1 million, while the number of Series A deals fell for the sixth quarter in a row. The quarter’s largest deal was the $900 million Series E raised by Zephyrion, a maker of AI chips.',
    kind: 'other',
    rounds: [],
    prior: ['Zephyrion'],
  },
  {
    id: 'ub31-41',
    style: 'blog',
    phenomenon:
      'layoff_post,memo_posted_online,headcount_trap,earlier_series_b_with_lead_in_headline,total_funding_trap,severance_weeks',
    title: 'Shopwise lays off 40% of staff, 18 months after its $25M Series B',
    source: 'ByteHerald',
    text:
      'Shopwise, the Charlotte startup that built a comparison-shopping app for groceries, has laid off about 60 of its 150 employees, chief executive Marcus Bellamy wrote in a memo that was posted online on Monday.\n\n' +
      '“We grew the team ahead of revenue, and that was my mistake,” Bellamy wrote. Shopwise raised a $25 million Series B led by Harlow Crest Capital in September 2024, bringing its total funding to $38 million. Departing employees will get eight weeks of severance.',
    kind: 'other',
    rounds: [],
    prior: ['Shopwise'],
  },
  {
    id: 'ub31-42',
    style: 'blog',
    phenomenon:
      'company_profile,scene_lede,raised_to_date_no_new_round,investors_named_for_past_funding,no_plans_to_raise,subscription_price_trap,restaurant_count_trap',
    title: 'How Tabletalk got 9,000 restaurants to ditch the paper waitlist',
    source: 'Hacker Gazette',
    text:
      'On a Friday night at a busy Detroit taqueria, nobody is standing on the sidewalk. They are at the bar down the street, waiting for a text from Tabletalk that says their table is ready.\n\n' +
      'The Detroit company’s waitlist app is now used by about 9,000 restaurants, co-founder Nadia Farouk says, up from 2,000 two years ago. Tabletalk charges $59 a month and has raised $40 million to date from investors including Woodward Avenue Ventures and Greektown Capital.\n\n' +
      'Farouk says there are no plans to raise again soon. “We have more money in the bank than we did after our last round,” she said.',
    kind: 'other',
    rounds: [],
    prior: ['Tabletalk'],
  },
  {
    id: 'ub31-43',
    style: 'blog',
    phenomenon: 'product_launch,investor_named_as_backer,no_amount,board_member_quote,subscription_price_trap',
    title: 'Inkstream launches its Android app, with offline sync',
    source: 'Gadget Grind',
    text:
      'Inkstream, the handwriting-first note-taking app backed by Birchmount Ventures, launched its Android version on Monday, two years after its tablet app came out. The new app syncs notes offline and converts handwriting to text in 14 languages.\n\n' +
      'Inkstream charges $7.99 a month after a free trial. Birchmount partner Sophie Lachance, who sits on the board, said in a post that Android support had been “the most requested feature by a mile.”',
    kind: 'other',
    rounds: [],
    prior: ['Inkstream'],
  },
  {
    id: 'ub31-44',
    style: 'blog',
    phenomenon: 'founder_qa,earlier_series_a_as_background,last_year,series_a_lead_in_answer,hq_move,marina_count_trap',
    title: 'Q&A: Coastline’s CEO on why she moved the company to Miami',
    source: 'Launchpadder',
    text:
      'Coastline makes software that lets boat-rental companies take bookings and track their fleets. Last year the startup raised an $8 million Series A led by Biscayne Point Ventures, and in January it moved its headquarters from San Francisco to Miami. We talked to chief executive Leah Moskowitz about the move.\n\n' +
      'Why Miami?\nHalf our customers are within a day’s drive. I was spending more time on planes than with them.\n\n' +
      'Did your investors push back?\nLess than you’d think. Our Series A lead has an office here, and most of our team was already remote.\n\n' +
      'What’s next?\nWe want to be in 1,000 marinas by the end of the year. We’re at about 620.',
    kind: 'other',
    rounds: [],
    prior: ['Coastline'],
  },
  {
    id: 'ub31-45',
    style: 'blog',
    phenomenon:
      'company_blog_post,first_person,anniversary_of_seed_round,earlier_seed_as_background,not_raising_right_now,numbered_list,subscriber_count_trap',
    title: 'A year after our seed round: what we got wrong',
    source: 'The Brambleway Blog',
    text:
      'A year ago this week we announced our $2 million seed round, led by Corbridge Ventures, to build Brambleway, a trail-finding app for people who want to hike without a car. Here are three things we got wrong since then.\n\n' +
      '1. We hired too fast. We went from four people to 14 in five months and spent the summer untangling who owned what.\n' +
      '2. We built for the hikers we wished we had. Our most loyal users aren’t weekend adventurers; they’re parents looking for a flat two-mile loop near a bus stop.\n' +
      '3. We waited too long to charge. Brambleway Plus launched in November at $3.99 a month, and 11,000 people now pay for it.\n\n' +
      'We’re not raising right now, but we’ll write about it when we are.\n\n' +
      '— Ana Kowal, CEO',
    kind: 'other',
    rounds: [],
    prior: ['Brambleway'],
  },
];
