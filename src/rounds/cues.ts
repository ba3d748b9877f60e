// Sentence-level cues: what else a financing sentence may be about (a fund, an IPO, an
// acquisition, a halted or past round) and whether the round is done or still being talked about.

/** The money is for a fund ("for two growth-stage funds", "across its third fund", "for Fund II"), not from one. */
export const FUND_OBJECT =
  /\b(?:for|across|into|in|of|to (?:close|launch|raise))\s+(?:(?:its|their|his|her|the|a|an|two|three|four|five|several|new|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|flagship|debut|inaugural|next|dedicated|separate|[\w-]+-stage|growth|early|seed|venture|opportunity|opportunities|continuation|select|core|main|\d+(?:st|nd|rd|th)|[IVX]+)\s+){0,4}(?:funds|fund(?!\s+(?:its|the|their|our|[\w-]+ing)\b)|vehicles?)\b|\bfund\s+(?:[IVX]+|\d+)\b/i;
/**
 * Words only fund-raising by investors uses: "final close", "limited partners", "capital commitments"
 * (not "the first close of its Series A": a company's round closes in stages too).
 */
export const FUND_WORDS =
  /\b(?:(?:final|first) close(?!\s+of\s+(?:its|the|their|this|a)\s+(?:[\w$.-]+\s+){0,2}(?:[Ss]eries\s+[A-Za-z]|seed|pre-seed|round|funding|financing))|hard cap|limited partners|LPs|capital commitments|oversubscribed fund|fund size|assets under management)\b/i;
/** The money is for investing in others: "to back growth-stage startups", "to expand its AI bets", "for seed deals". */
export const INVESTING_PURPOSE =
  /\b(?:to|will)\s+(?:back|invest in|fund|bet on|double down on|write (?:checks|cheques)|deploy|expand its (?:[\w-]+\s+)?bets)\b[^.;]{0,40}?\b(?:startups|companies|founders|entrepreneurs|bets|portfolio|breakout)\b|\bexpand its (?:[\w-]+\s+)?bets\b|\bfor\s+(?:new\s+|more\s+)?(?:seed|[\w-]+-stage)\s+(?:deals|bets|investments|startups|companies)\b/i;

/** An offering to the public: shares listed on a market, or tokens sold to anyone (an ICO, a public token sale). */
export const IPO =
  /\b(?:IPO|IPOs|initial public offering|go(?:es|ing)? public|went public|public (?:listing|offering|debut)|direct listing|SPAC|(?:stock[- ]market|market|trading|Nasdaq|NYSE|LSE|HKEX|TSX|ASX|exchange|public[- ]market) debut|pric(?:es|ed|ing) (?:its |the )?(?:shares|IPO|offering)|listing (?:on|in)|list(?:s|ed|ing)?\s+(?:its\s+|their\s+)?(?:shares\s+)?on\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Exchange|Market|Board|Nasdaq|NYSE|AIM|Emerge|First North)|(?:its|an?|the) (?:[A-Z][\w.-]+ ){1,2}(?:stock[- ]market |share |market )?listing|(?:stock[- ]market|share|market) listing|debut(?:s|ed)? on (?:the )?(?:Nasdaq|NYSE|stock|Dalal|LSE|HKEX|exchange)|files? (?:to go public|for (?:an )?IPO)|S-1 filing|(?:follow-on|secondary|public|rights) offering|bought deal|(?:stock[- ]market |share |market )?flotation|(?:public|community|open) (?:token|coin) sale|public sale of (?:its |the |an? )?(?:[\w$-]+ ){0,2}(?:tokens?|coins?)|(?:initial|public) coin offering|ICO|token generation event|(?:sold|sells|selling|offered|offers)\s+(?:[\w$.,-]+\s+){0,4}(?:tokens|coins|shares)\s+to\s+(?:the\s+)?public)\b/;
/** Money from the debt or share markets, not a round: bonds, notes, a tender offer or a sale of existing shares. */
export const SECURITIES =
  /\b(?:(?:green|corporate|junk|high-yield|sovereign|social|sustainability|dollar|euro|yen|panda|samurai|perpetual|hybrid|benchmark)[- ]bonds?|bonds?(?: offering| sale| issue| deal| market)?|debentures|eurobonds?|gilts|(?:senior|unsecured|secured|subordinated) notes|notes offering|debt offering|tender offer|rights issue|share buyback|stock buyback|secondary (?:share |stock )?(?:sale|transaction|deal)|sale of (?:existing|employee) shares|(?:employee|secondary) share[- ]sales?|sale of shares held by|loan guarantees?|conditional commitment|(?:share )?placing(?: of (?:new )?shares)?)\b/i;

/**
 * Money for a project or from a market, not a company's round: a plant's or a farm's project
 * finance, a loan from a group of banks, tax equity, a listed company's PIPE ("private investment
 * in public equity").
 */
export const PROJECT_OR_PUBLIC_EQUITY =
  /\b(?:project[- ]financ(?:e|ing)|non-recourse|(?:group|syndicate|consortium|club) of (?:\w+ )?(?:banks|lenders)|tax[- ]equity|construction (?:and [\w-]+ )?(?:loans?|financing|finance|debt)|private investment in public equity|PIPE (?:financing|deal|offering|transaction)|registered direct offering|pre-funded warrants|at-the-market offering)\b/i;

/** Public incentives for a site, a plant or jobs: not financing of the company. */
export const INCENTIVES =
  /\b(?:(?:state|tax|economic[- ]development|local|county|city|government|public|federal) incentives?|incentives? package|job tax credits?|tax credits?|(?:property[- ])?tax abatements?)\b/i;

/**
 * A sentence about many companies' money ("Startups in Berlin raised a record €10bn last year"):
 * a round named in it ("with Qubix's €200m round the largest") is an example, not news. A counted
 * group ("Two startups raised …") is a roundup, not a statistic.
 */
export const STATISTICS =
  /(?<!\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|these|both)\s+(?:[\w-]+\s+)?)\b(?:startups|companies|founders|firms|scale-?ups|fintechs|unicorns|businesses)\b(?:\s+[\w-]+){0,5}?\s+(?:have\s+|collectively\s+|together\s+)?(?:raised|secured|pulled in|attracted|drew|received|took in|bagged)\s+(?:a record\s+|a total of\s+|more than\s+|over\s+|nearly\s+|almost\s+|about\s+|just\s+|only\s+)?[$€£¥₹]/i;

/** Money every member of a group got: "Every company in the cohort received our standard $125K investment". */
export const EACH_OF_MANY =
  /^(?:every|each|all(?: of the)?)\s+(?:[\w-]+\s+){0,2}?(?:company|companies|startup|startups|start-ups|team|teams|founder|founders|participant|participants|finalist|finalists|winner|winners)\b/i;

/** A public programme's money: "opened applications for a S$50 million grant scheme". */
export const SCHEME = /\b(?:grant|loan|funding|support|subsidy|innovation)\s+(?:scheme|programme|program|pot|budget|package)\b/i;

/** Several companies' money added up: "Kelso, Orbitware and Plinth raise a combined $41M". */
export const COMBINED = /\b(?:a combined|collectively|jointly|between them)\b/i;

/** A story of how a round was raised ("How Dunmore raised its Series A in a down market"): told as news only by another sentence. */
export const HOW_IT_RAISED =
  /^(?:[^:]{0,40}:\s+)?[Hh]ow\s+(?:\p{Lu}[\p{L}\d.&'’-]*\s+){1,3}(?:raised|closed|landed|secured|got|won|bagged)\b/u;

/** A past round as the start of other news: "Fresh off a $30M Series B, …", "On the heels of its seed, …". */
export const FRESH_OFF = /^(?:[^:]{0,40}:\s+)?(?:[Ff]resh (?:off|from)|[Oo]n the heels of|[Cc]oming off)\s/u;

/**
 * Rivals' rounds told for comparison: "comes after two competitors raised rounds of their own: X
 * closed …", "… this year: Pune-based rival X raised …" (not a headline's "Nvidia-backed rival X
 * raises", which is the news).
 */
export const RIVALS =
  /\b(?:rivals|competitors|peers)\b|^Rival\s|(?:[:;]|\b(?:while|whereas|and|after))\s+(?:[\w-]+\s+){0,2}(?:rival|competitor)\s+(?=\p{Lu})/u;

/** A report's list of the period's deals: "The largest deals of the quarter were X’s $2 billion Series E …". */
export const DEALS_LISTED =
  /\b(?:largest|biggest|top|notable|other)\s+(?:deals|rounds|raises|financings|fundraises)\b(?:\s+[\w-]+){0,4}?\s+(?:were|was|included|include)\b|\b(?:the\s+)?(?:largest|biggest)\s+(?:deal|round|raise|financing)\s+of\s+the\s+(?:quarter|year|month|week|half|period)\s+was\b/i;

export const PRE_IPO =
  /\b(?:pre-IPO|ahead of (?:a |an |its )?(?:planned |potential |possible |eventual )?(?:IPO|listing|public offering)|before (?:a |an |its )?(?:IPO|listing)|IPO-bound)\b/i;

export const ACQUISITION =
  /\b(?:acquir(?:e|es|ed|ing)|acquisitions?|buy(?:s|ing)?|bought|buyout|takeover|take over|taking over|merg(?:e|es|ed|er|ers|ing)|purchas(?:e|es|ed|ing)|snap(?:s|ped)? up|scoop(?:s|ed)? up|majority stake|controlling stake|(?:[5-9]\d(?:\.\d+)?|100)% stake)\b|\btak(?:e|es|en|ing)\s+(?:[\p{Lu}][\w&.'’-]*\s+){1,4}private\b/iu;
/**
 * Acquisition words that describe what the money is for, or something else entirely: a payments
 * company's "merchant acquiring" (taking card payments for shops) is its trade, not a purchase.
 */
export const NOT_ACQUISITION =
  /\b(?:(?:merchant|card|payments?)\s+acquiring|(?:to|for|fund|finance|pursue|make|making|support|accelerate|fuel)\s+(?:[\w-]+\s+){0,2}(?:acquisitions?|mergers?|m&a)|acquir(?:e|es|ed|ing)\s+(?:new\s+|more\s+)?(?:customers|users|clients|talent|market share|data|licen[cs]es?|land|equipment)|buy(?:ing)? now|buy-now|(?:snap(?:s|ped)?|scoop(?:s|ed)?|buy(?:s|ing)?|bought) up (?:another |an additional |a fresh |fresh |new |nearly |about |over )?[$€£¥₹\d])/i;

/** Money paid for goods, services, rights or damages, or offered as a prize: not financing. */
export const PAYMENT =
  /\b(?:upfront|up-front|milestone payments?|licen[cs](?:ing|e) (?:deal|agreement|fees?|payments?)|royalt(?:y|ies)|settle(?:ment|s|d)?|to settle|in damages|damages of|for (?:[\w-]+ ){0,2}services|under (?:a|an|the) (?:[\w-]+ ){0,2}(?:agreement|contract)|purchase (?:order|agreement)|(?:grand )?prize|prize money|runners?-up|bount(?:y|ies)|for (?:initial |the |a |full )?(?:integration|bug|bugs|vulnerabilit(?:y|ies))|(?:will|to) pay (?:researchers|hackers|users|customers|developers|creators))\b/i;

/**
 * A stake that is not new money for the company: bought on the public market or disclosed as a
 * holding ("4.9% stake in listed carmaker X on the open market", "discloses $1.3B stake, shares
 * jump"), bought from another holder ("buys SoftBank's stake in X"), or revalued by its holder
 * ("cut the value of its stake in X by 38%").
 */
export const NOT_NEW_SHARES =
  /\b(?:open market|on the (?:stock )?(?:market|exchange)|(?:publicly )?listed|publicly traded|(?:shares|stock) (?:rose|rise|rises|jump|jumps|jumped|fell|fall|falls|climb(?:s|ed)?|soar(?:s|ed)?|surge[sd]?|gain(?:s|ed)?|drop(?:s|ped)?)|regulatory filing|exchange filing|13[DFG]\b|disclos(?:es|ed|ing)\s+(?:an?\s+|its\s+)?(?:[$€£¥₹\d][\w.,$%]*\s+(?:million|billion|bn|mn|m|b)?\s*)?(?:stake|holding)|closing price|market value|share price|stake (?:held|owned) by|stake from|stake in\b[^.;]{1,60}?\bfrom\s+(?!the\s+(?:start|outset|beginning)\b)|secondary (?:sale|shares|transaction)|(?:sold|sells?|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|dump(?:s|ed)?|exit(?:s|ed)?|trim(?:s|med)?|unload(?:s|ed)?)\b[^.;]{0,30}\bstake|entire stake|(?:cut|cuts|slash(?:es|ed)?|lower(?:s|ed)?|reduc(?:es|ed)|rais(?:es|ed)|mark(?:s|ed)? (?:down|up)|wr(?:ote|ites?|itten|iting) (?:down|up))\s+(?:(?:the\s+)?(?:value|valuation)\s+of\s+)?(?:its|their|the)\s+(?:[\w-]+\s+)?(?:stake|holding|shares|position))\b|['’]s? (?:\d+(?:\.\d+)?% )?stake\b/i;

export const HALTED =
  /\b(?:halt(?:s|ed)?|call(?:s|ed)? off|scrapped|scraps?\s+(?:the|its|their|his|her|a|an|plans?|it)\b|abandon(?:s|ed)?(?!\s+(?!the\b|its\b|their\b|his\b|her\b|plans?\b|talks\b|efforts?\b|it\b)\p{Ll})|pull(?:s|ed)? out of|pre-?empt(?:s|ed)?|walk(?:s|ed)? away|cancel(?:s|led|ed)?|shelved|shelve\b|shelves\s+(?:the|its|their|his|her|a|an|plans?|it)\b|fell through|falls? through|collaps(?:e|es|ed)|den(?:y|ies|ied|ying)\b[^.;]{0,40}\b(?:reports?|claims?|rumou?rs?|speculation))\b/iu;
/** A correction's account of the figure it corrects: "the amount … was stated incorrectly". */
export const MISSTATED =
  /\b(?:stated incorrectly|incorrectly stated|misstated|erroneously (?:stated|reported)|was (?:stated|reported) in error|an? (?:earlier|previous) version of this (?:article|story|report|post) (?:said|stated|reported|misstated))\b/i;
export const SHUTDOWN =
  /\b(?:Chapter (?:7|11) (?:bankruptcy|protection|filing)|files? for Chapter (?:7|11)|(?:into|enters?|entered) (?:administration|receivership)|shut(?:s|ting)? down|shutters?|shuttered|winds? down|winding down|clos(?:es|ing) (?:its )?doors|bankrupt|bankruptcy|insolven\w+|liquidat\w+|defunct)\b/i;

/** Words that place a round in the past: "previously raised", "last year's Series A", "far more money". */
export const BACKGROUND =
  /\b(?:(?:previously|earlier|once|formerly|originally)\s+(?:[\w-]+\s+)?(?:raised|secured|closed|received|valued|landed|bagged|backed|invested)|had previously (?:raised|secured|closed|received)|(?:last|most recently) raised|had been valued|only (?:ever )?raised|in that (?:round|raise|financing|funding round)|(?:had\s+(?:set out|aimed|sought|hoped|planned|intended|targeted)|originally (?:sought|aimed|planned|targeted))\s+to\s+raise|last (?:year|month)['’]s|(?:previous|prior|earlier|last)\s+(?:[$€£¥₹][\d.,]+\s*(?:million|billion|bn|mn|m|b)?\s+)?(?:funding|round|rounds|raise|financing|fundraise)|(?:previous|prior|earlier)\s+[$€£¥₹]|(?:days?|weeks?|months?|years?)\s+after(?:\s+(?:an?|its|the|raising|securing|closing|landing)(?=\s)|(?=\s+[$€£¥₹]))|(?:days?|weeks?|months?|years?|comes|came|coming|just|shortly|soon)\s+after(?:\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:had\s+)?(?:raised|secured|closed|landed|received|banked|got|bagged|took in)(?=\s))|at (?:its|the|their) (?:peak|height)|since\s+(?:an?|its|the)(?=\s+(?:[\w-]+\s+)?[$€£¥₹])|in (?:its|their) heyday|whose(?=\s+[$€£¥₹])|(?:we|as we|which we)\s+(?:first\s+)?(?:reported|covered|wrote about)\s+in\s+(?:our|the)\s+(?:Q[1-4]|last|previous|prior|earlier|spring|summer|autumn|fall|winter)\s+(?:letter|update|newsletter|report|issue)|has since (?:halved|fallen|dropped|collapsed|shrunk|been cut)|(?:follows|followed|following|on the heels of|comes after|came after)\s+(?:an?|its|the)\s+(?:[\w-]+\s+)?(?=[$€£¥₹])|(?:far |much )?(?:more|less) (?:money|capital|funding|cash)|at the time)\b/i;

export const TALKS =
  /\b(?:in (?:advanced |early |final |late-stage |preliminary )?(?:talks|discussions|negotiations)|(?:is|are|was|were) (?:reportedly |now |currently )?(?:raising|seeking|negotiating|closing|finali[sz]ing|looking to raise|in the process of (?:raising|closing)|in the market)|in the (?:[\w-]+ )?stages? of (?:raising|closing|securing|finali[sz]ing|negotiating)|reportedly (?:raising|seeking|in talks)|seek(?:s|ing)? (?:to raise|fresh|new|additional|more|funding|capital|investment|financing|a valuation|(?:up to |about |around |roughly |as much as |more than )?[$€£¥₹]|\d)|consider(?:s|ing)? (?:seeking|raising)|(?:weigh(?:s|ing)?|explor(?:es|ing)|mull(?:s|ing)?|eye(?:s|ing)?)\s+(?:an?\s+)?(?:new\s+|fresh\s+)?(?:[$€£¥₹][\d.,]+\s*(?:million|billion|bn|mn|m|b)?\s+)?(?:raise|round|funding|fundraise|financing)|in the market for|(?:potential|possible|prospective|planned|proposed|mooted)\s+(?:[$€£¥₹][\d.,]+\S*\s+)?(?:[\w-]+\s+)?(?:round|raise|fundraise|funding)|(?:courting|sounding out|pitching) investors|looking to raise|prepar(?:es|ing) (?:for|to raise)|gear(?:s|ing) up (?:for|to raise)|plan(?:s|ning)? to raise|aim(?:s|ing)? to raise|set to (?:raise|close|secure|land)|(?:could|would|may|might) raise|expected to (?:raise|close|lead)|(?:is |are )?(?:said|reported|understood|believed) to be (?:raising|seeking|in talks|nearing|closing|finali[sz]ing)|(?:approach(?:es|ed|ing)|sound(?:s|ed|ing) out) (?:new |potential |prospective |existing )?investors|near(?:s|ing)? (?:an? )?(?:[$€£¥₹][\d.,]+\s*(?:million|billion|bn|mn|m|b)?\s+)?(?:[\w-]+\s+)?(?:round|raise|funding|financing|investment)|should it (?:occur|close|happen)|not (?:yet )?(?:been )?finali[sz]ed|sign(?:s|ed|ing)? (?:a |the )?term sheet|(?:has|have) not (?:yet )?closed|yet to close|near(?:s|ing)? (?:a )?deal|close to (?:raising|a deal|closing)|clos(?:es|ing) in on|pre-emptive offers?|arrang(?:es|ed|ing) to raise|to help (?:it|them|the company) raise|(?:received|receives|receiving|weighs|weighing|weighed|fielding|considering|reviewing) (?:several |multiple |competing )?term sheets|yet to (?:pick|choose|select|name) a lead|negotiates\s+(?:an?\s+|the\s+)?[^.;]{0,40}?\b(?:round|raise|funding|financing|investment|series [a-z]|seed)\b)\b/i;
export const REPORTED =
  /\b(?:reportedly|sources? (?:say|said|says|familiar)|according to (?:people|sources|a report|reports|the report)|people familiar|person familiar|report(?:s|ed)?\b|rumou?red|understands|has (?:learned|learnt)|have (?:learned|learnt))\b|\bSources:/i;
export const PROSPECTIVE =
  /\b(?:to (?:invest|back|pay|take|lead|raise|put|inject)|agreed to|agrees to|will|would|could|plans? to|planning to|set to|expected to)\b/i;

/** A verb saying the financing happened: headline present ("raises") or past/perfect ("has raised"). */
export const COMPLETED =
  /^(?:rais(?:es|ed)|secur(?:es|ed)|lands|landed|grab(?:s|bed)|bank(?:s|ed)|collect(?:s|ed)|wins|won|add(?:s|ed)|bag(?:s|ged)|nab(?:s|bed)|snag(?:s|ged)|scor(?:es|ed)|clos(?:es|ed)|complet(?:es|ed)|announc(?:es|ed)|receiv(?:es|ed)|gets|got|obtain(?:s|ed)|pull(?:s|ed) in|(?:takes|took) in|rak(?:es|ed) in|haul(?:s|ed) in|garner(?:s|ed)|(?:snap|scoop)(?:s|ped|ed) up|nets|netted|draws|drew|pick(?:s|ed) up|pocket(?:s|ed)|reel(?:s|ed) in|clinch(?:es|ed)|borrowed|led|co-led|invest(?:s|ed)|backs|backed|poured|injected)$/i;

/** A sentence whose subject is the round itself: "The $22 million round …", "The round, worth $40 million, …", "The $9.5 million will go toward …". */
export const ROUND_ITSELF =
  /^(?:the|this|that|its|our)\s+(?:(?:company|startup|firm)['’]s\s+)?(?:new\s+|latest\s+|fresh\s+)?(?:[$€£¥₹][\d.,]+\s*(?:million|billion|bn|mn|m|b|k)?\s+)?(?:[\w-]+\s+){0,2}?(?:round|raise|financing|funding|investment|seed|series [a-z]|extension|top-up)\b(?:\s*,\s*(?:worth|totaling|totalling|valued at|of|about|some|[$€£¥₹])|\s+(?:totals|totaled|totalled|amounts to|came to|comes to|brings in|brought in|is worth|was worth|of|adds|added)\b|[^,]*?[$€£¥₹]|(?=\s+(?:was|is|were)\b))|^(?:the|this|that)\s+(?:new\s+|fresh\s+)?[$€£¥₹][\d.,]+\s*(?:million|billion|bn|mn|m|b|k)?\s+(?:will|would|is|was|goes|went|should|gives?|brings?|lets?|allows?|takes?|helps?)\b/i;

/** Existing debt changed or drawn, not new money: "amended and extended its existing $750M revolving credit facility", "refinanced a $400M term loan", "a draw on its credit facility". */
export const AMENDED_DEBT =
  /\b(?:amend(?:s|ed|ing)?(?:\s+and\s+(?:restat|extend)(?:es|ed|ing|s)?)?|reprice[sd]?|repricing|refinanc(?:e|es|ed|ing))\b(?:[^.;]|\.\d){0,60}?\b(?:credit facilit(?:y|ies)|revolver|term loans?|loans?|notes|debt)\b|\bexisting\s+(?:[$€£¥₹][\d.,]+\s*(?:million|billion|bn|mn|m|b)?\s+)?(?:(?:senior|secured|unsecured|revolving|syndicated)\s+)*(?:credit facility|revolver|term loan|loan)\b|\b(?:a\s+)?draw(?:ing|down)?\s+(?:on|from|under)\s+(?:its|their|the|an?)\s+(?:existing\s+)?(?:credit facility|revolver|revolving credit|credit line)\b/i;

/** Who gets the money is an institution, not a company: "the University of Eastmoor", "Northfield Children’s Hospital" (not "Lambda School", a startup). */
export const INSTITUTION =
  /^(?:(?:The\s+)?(?:University|College|Institute|School|Hospital|Museum|City|County|State|Ministry|Department|Government|Republic)\s+of\b)|\b(?:University|College|Institute of Technology|Hospital|Museum|Library|Council|Municipality|Foundation|Charity)$/;

/** What a verb of raising or drawing names that is no round: a prize, a donation, a drawdown ("drew down …", "… at closing"). */
export const PRIZE = /\b(?:competition|contest|prize|award|challenge|pitch|hackathon|jackpot|lottery)\b/i;
export const DONATION = /^[^.;]{0,40}?\b(?:donations?|gifts?|bequests?|endowment)\b/i;
export const DRAWDOWN =
  /^\s+(?:down\b|[^.;]{0,30}?\b(?:at closing|of (?:[\w-]+\s+){0,2}(?:facility|loan|credit line|capacity)))/i;

/** Things a company raises or draws that are not money: "raised it to $59" (a price), "raises offer for", "raised its full-year adjusted EPS guidance", "raising prices", "drawing orders of", "raise its allocation to". */
export const NOT_RAISED =
  /^\s+(?:it|them)\s+(?:to|by|from)\b|^\s+(?:its\s+|the\s+|an?\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:offer|bid|bids|price|prices|forecasts?|guidance|outlook|targets?|rates?|dividends?|wages?|salar(?:y|ies)|pay|orders|allocations?|awareness|concerns?|questions|doubts|stakes?|holding|tariffs?|limits?|cap|ceiling|hopes|alarm|eyebrows|fees|the bar|a glass)\b/i;

/** After a name: what it speaks on ("on closing a round", "on how we raised"), not what it did. */
export const TELLS_OF = /^\s+on\s+(?:\p{Ll}+ing|how|why|what|when)\b/u;

/** A listing's account of the funding before it: "has raised about $210 million from venture investors", "to date". */
export const RAISED_TO_DATE =
  /^(?![^.;]*\b(?:round|series|seed|led by)\b)[^.;]*(?:\b(?:has|have|had)\s+raised\b|\bto date\b|\bin total\b)/i;

/** The money of a listing: "raised Rs 12 crore from anchor investors", "could raise about US$150 million" in a filing. */
export const OFFERING_MONEY =
  /\b(?:anchor|cornerstone)\s+investors?\b|\bthe\s+(?:offering|issue|float|listing)\b|\bcould\s+raise\b/i;

/**
 * A job post or careers page: two of its section headings on lines of their own ("The role",
 * "Compensation", "How to apply"). A round it mentions ("We recently raised a $14M Series A") is
 * what the company tells applicants, not news.
 */
export const JOB_POST =
  /^(?:the role|about the role|about you|responsibilities|requirements|what you['’]ll do|who you are|compensation|benefits|perks|how to apply|apply now)\s*:?\s*$(?:[\s\S]*?)^(?:the role|about the role|about you|responsibilities|requirements|what you['’]ll do|who you are|compensation|benefits|perks|how to apply|apply now)\s*:?\s*$/im;

/** A campaign where backers pledge money for a product. */
export const REWARD_CROWDFUNDING =
  /\b(?:kickstarter|indiegogo|crowdfunding (?:campaign|platform|site|goal)|pledg(?:e|es|ed|ing))\b/i;
/** Crowdfunding for shares: a round, however small. */
export const EQUITY_CROWDFUNDING =
  /\b(?:equity crowdfunding|crowdcube|seedrs|wefunder|startengine|republic)\b|\b(?:for|in exchange for|in return for)\s+(?:an?\s+)?(?:equity|shares|a stake)\b/i;
/** A candidate's or a party's fundraising. */
export const POLITICAL_FUNDRAISING =
  /\bfor\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:campaign|race|bid|re-?election)\b|\b(?:super PAC|political action committee)\b/i;
export const CHARITY =
  /\b(?:appeal|charity|charities|hospice|donors|fundraising (?:drive|target|total)|JustGiving|GoFundMe|gala|charity ball|telethon|radiothon|fun run|paddle raise|lottery (?:grant|fund|funding))\b/i;
export const BACKERS_PLEDGED = /\b(?:backers|pledg\w*|campaign|crowdfunding|kickstarter|indiegogo)\b/i;

export const FUNDING_WORDS =
  /\b(?:rais\w*|rounds?|fund(?:ing|ed|raise)|financ\w*|invest\w*|valuation|valued|unicorn|series [a-z]|seed|backers?|backed|stake)\b/i;

/** Verbs of someone reacting to another's money: "welcomes", "hails", "praises". */
/** A verb of giving before an amount ("City awards $250,000 grant to X"), and the "to" that names who gets it. */
export const GIVES = /^(?:awards?|awarded|grants?|granted|gives?|gave|hands?|handed)$/i;
export const TO_RECIPIENT = /^[^.;]{0,60}?\bto\s+(?=(?:[\p{Ll}-]+\s+){0,3}\p{Lu})/u;

export const REACTS =
  /^(?:welcome[sd]?|hail(?:s|ed)?|prais(?:es|ed)|applaud(?:s|ed)?|celebrat(?:es|ed)|cheer(?:s|ed)?|critici[sz](?:es|ed)|slam(?:s|med)?)$/i;

/** A sentence after a round that gives its backers: "The round was led by X", "The money came from a group led by X". */
export const BACKERS_NEXT =
  /^(?:the|this)\s+(?:round|raise|financing|funding|investment|money|cash)\s+(?:was|is|has been|came|comes)\s+(?:co-led|led|from)\b/i;

/** What an investment made back, in an investor's letter: "Our $1.5M investment returns 6.1x". */
export const RETURN_MULTIPLE =
  /\breturn(?:s|ed)?\s+(?:about\s+|roughly\s+|nearly\s+)?[\d.]+x\b|\b[\d.]+x\s+(?:return|multiple|on (?:our|its|the) (?:money|investment))\b/i;

/** After a round's amount, words that name another round ("… eight months after its Series A"). */
export const EARLIER_ROUND_NAMED = /^[^.;]{0,25}?\b(?:[Ss]eries [A-Z]\b|(?:pre-)?seed\b|(?:funding |investment )?round\b)/;

/**
 * Money for one site: "to lend £450m to Northway Motors for Sunderland plant", "a £220m stadium
 * financing package": a plant's or a venue's loan or finance (a Series B for a plant is a round).
 */
export const FOR_A_SITE =
  /^\s*(?:stadium|arena|plant|factory)\s+(?:financing|finance|funding|loan)\b|^[^.;]{0,60}?\bfor\s+(?:(?:its|the|a|an|new|first|second)\s+)*(?:[\p{Lu}\d][\p{L}\d,-]*\s+){0,3}(?:(?:car|battery|chip|steel|cement)\s+)?(?:plants?|factory|factories|gigafactory|smelter|refinery|mill|stadium|arena|ground)\b/u;
/** A company that says it took no money: a secondary sale's "did not raise money in the deal". */
export const RAISED_NOTHING =
  /\b(?:did not|didn['’]t|will not|won['’]t|does not|doesn['’]t) raise (?:any )?(?:new )?(?:money|capital|funds|cash)\b|\bno new (?:money|capital|shares)\b/i;

/** Money raised for one plant: "secures €85m for Extremadura solar farm" (its project's finance). */
export const POWER_PROJECT =
  /^\s*(?:of\s+[\w-]+\s+)?(?:loans?\s+)?for\s+(?:(?:its|the|a|an|new|first)\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:[\d.,]+[- ]?(?:MW|GW|megawatts?|gigawatts?)\s+)?(?:solar|wind|battery|storage|hydro\w*|geothermal|offshore wind|onshore wind)\s+(?:farms?|parks?|plants?|projects?|stations?)\b/u;

/** "A, B and ", "A, B, C & ": the end of a list of names before the last one. */
export const LIST_BEFORE =
  /\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*)*,\s+(?:\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*)*,?\s+)*(?:and|&)\s+$/u;
/** Two names or more, each with its comma, just before a name: a list ("Hoshizora, Tallyfold, Orchard Ledger, Kopje Pay"). */
export const NAMES_LISTED = /(?:\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*)*,\s+){2,}$/u;
/** The verb of a list's total: "A, B and C raise $34M". */
export const PLURAL_VERB = /^(?:raise|land|secure|bag|get|net|close|collect|score|nab|snag|draw)$/i;
/** An appeal for aid named as if it raised: "2027 Humanitarian Response Plan seeks US$2.1 billion". */
export const APPEAL_NAME = /\b(?:Response Plan|Appeal|Relief Fund)$/;

/** Money the company puts into its own site: "to invest €30m in Porto textile-recycling plant", "will invest $2 billion to convert its assembly plant". */
export const CAPEX =
  /^\s*(?:(?:in|into)\s+|to\s+(?:build|convert|expand|upgrade|retool|modernise|modernize|open)\s+)(?:(?:its|their|a|an|the|new|second|third|first)\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:plants?|factory|factories|facility|facilities|warehouses?|mill|refinery|smelter|gigafactory|campus|data ?cent(?:er|re)s?|headquarters|production lines?)\b/iu;

/** The common noun, not a name ("the Renault-Nissan Alliance led …"). */
export const CONSORTIUM =
  /\b(?:consortium|alliance|coalition|group of (?:[\w-]+\s+){0,2}(?:companies|firms|partners|universities|organi[sz]ations|institutions))\b/;

/** A sentence whose subject is a research unit, not a company. */
export const RESEARCH_UNIT =
  /^(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:research (?:group|team|lab|laboratory|centre|center|institute)|lab|laboratory|team of (?:researchers|scientists))\b/i;

/** A relative clause dated to the news's days: "which this week closed", "who on Monday announced". */
export const THIS_WEEK =
  /\b(?:which|that|who)\s+(?:this week|today|yesterday|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+\S+)?\s*$/i;
/** After the event, a date of the news's days: "…, which closed a $4 million seed round last week." */
export const DATED_NOW_AFTER =
  /^[^.;]{0,80}?\b(?:last week|this week|this month|today|yesterday|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/** A sentence about "the round" that adds investors, a stage or a valuation ("The round values it at $400M"). */
export const ABOUT_THE_ROUND =
  /\b(?:the|this|its|their|our|that)\s+(?:[\w$.+-]+\s+){0,3}?(?:round|funding|financing|raise|fundraise|investment|deal|seed|series [a-z])\b|\b(?:valu(?:es|ing) the (?:company|startup|firm|business)|gives? (?:it|the (?:company|startup|firm))(?: a)? valuation)/i;

/** A sentence whose subject is this round, or its lead: "The extension was led by X", "Pinecrown Ventures led it". */
export const THIS_ROUND_SUBJECT =
  /^(?:the|this)\s+(?:new\s+|latest\s+|fresh\s+)?(?:[$€£¥₹][\d.,]+\s*(?:million|billion|bn|mn|m|b)?\s+)?(?:round|extension|raise|financing|funding|investment|series [a-z]|seed(?: round)?)\s+(?:was|is|has been|were)\s+(?:co-)?led\b|^(?:\p{Lu}[\p{L}\d&.'’-]*\s+){1,4}(?:co-)?led\s+(?:it|the\s+(?:round|extension|raise|financing|deal))\b/iu;

/** After a person's name, the role that names their company: ", chief executive of Tidequay,", ", co-founder and CEO of X". */
export const ROLE_OF_COMPANY =
  /^,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:chief executive|CEO|founder|co-founder|cofounder|president|managing director)(?:\s+and\s+(?:chief executive|CEO|founder|co-founder|president))?\s+of\s+(\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,2})\s*[,;]/u;

export const COMPARISON = /\b(?:than|same (?:level|price|valuation) as|compared (?:with|to)|versus|up from|down from)\b/i;

/** A round paid in parts: "an $80M Series A, of which $30M is committed upfront" (not a licensing deal's upfront payment). */
export const TRANCHED_ROUND = /\b(?:[Ss]eries [A-Z]|seed|round|financing)\b[^.;]{0,80}\b(?:of which|tranches?|committed)\b/;

/** A sum that includes a round: the company's funding to date, not a round of its own. */
export const TOTAL_OF_ROUNDS =
  /^[\s,]*(?:[\w-]+[\s,]+){0,5}?including\s+(?:an?|its|the)\s+(?:[$€£¥₹]|[A-Z]{2,3}\$?\s?)\d[\d.,]*\s*(?:[mbk]n?|million|billion)?\s+(?:pre-seed|seed|Series [A-H]|growth|venture)\b/i;

/** Money applied for, not yet won: "we submitted our application to an Innovate UK competition for a £480k grant". */
export const APPLIED_FOR =
  /\b(?:appl(?:y|ies|ied|ying)\s+(?:for|to)\b|(?:submitted|filed|sent|put in)\s+(?:an?|our|its|their|the)\s+(?:[\w-]+\s+){0,2}application)/i;

/**
 * Money paid per unit or for one building: "$4,000 for each job it creates", "$60,000 toward
 * renovating the building's façade" (a city's incentive, not a round).
 */
export const PER_UNIT =
  /^\s*(?:(?:for each|per|a|an)\s+(?:new\s+)?(?:job|employee|worker|hire|head|unit|seat|ticket|acre|tonne|ton|barrel|kilo)\b|toward(?:s)?\s+(?:renovating|restoring|refurbishing|repairing|rebuilding)\b)/i;
