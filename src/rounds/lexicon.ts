// Word lists the rules use to tell a company name from the words around it. General vocabulary
// of news English, not names taken from any evaluation text.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Capitalized words that open a sentence or a headline but are not names. Dropped from a name's start. */
export const LEADING_NOISE = set(`
  the a an this that these those today yesterday tomorrow now here there it its we our us they their he she his her
  i my you your in on at for with by from as after before during since meanwhile however also and but or so then thus
  still yet if when while where why how what who which whose sources source report reports exclusive update updated
  breaking announced according founded based backed led spearheaded only just last next earlier later read share another former
  two three four five several many some every each funding financing investors investor angel angels other others
  existing photo image credit cover explore want thank please important notably overall both all most more less big
  huge giant latest first second third fourth fifth dear hello welcome introducing meet inside why exclusive watch
  thrilled excited proud delighted humbled honored honoured stoked happy pleased grateful got fundraising
  bootstrapped self-funded profitable spinout spin-out spinoff spin-off
  announcing presenting celebrating welcoming unveiling is are was were does do did can could should would has have
  listen analysis opinion editorial interview podcast newsletter sponsored ad advertisement video live top daily weekly
  fintech insurtech proptech edtech healthtech medtech biotech cleantech climatetech regtech legaltech agtech agritech
  foodtech deeptech logtech adtech martech femtech govtech spacetech traveltech wealthtech startup start-up chipmaker carmaker automaker drugmaker neobank unicorn decacorn rival competitor insurer lender retailer sovereign
`);

/** Words that may sit inside a longer name but are not a company on their own. */
export const NOT_A_NAME_ALONE = set(`
  ai ml api us u.s. uk u.k. eu un usd eur gbp ipo spac vc vcs llm llms saas b2b b2c ceo cto cfo coo cmo cpo evp svp vp
  mrr arr gmv tvl ebitda kpi kpis okr okrs rs cr mn bn lakh crore inr
  round pre-seed inc ltd llc corp co q1 q2 q3 q4 h1 h2 fy it ev evs gpu gpus chip chips web3 crypto defi
  nft nfts dao tech startup startups company companies monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec covid-19 covid reuters bloomberg techcrunch axios cnbc ap afp wsj ft information
  no none nobody noone anyone someone any neither either each every which whose hi hello hey dear
  remote hybrid onsite on-site full-time part-time freelance internship about
  two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred dozens hundreds thousands
  questions interview lessons things ways reasons
`);

/** Head nouns of a description that stands for a company ("the San Francisco startup", "the maker"). */
export const COMPANY_NOUNS = set(`
  startup start-up company firm maker developer provider platform lab labs laboratory app service marketplace unicorn
  business brand outfit operator manufacturer builder specialist player venture spinout spin-off fintech insurtech
  proptech biotech edtech healthtech medtech cleantech climatetech decacorn giant group portal network creator producer
  supplier vendor retailer exchange neobank lender insurer studio scaleup scale-up subsidiary rival competitor insurer lender retailer sovereign
  challenger pioneer upstart newcomer entity project protocol chain team tool toolmaker designer owner parent
  aggregator organization organisation enterprise corporation co-op nonprofit major conglomerate heavyweight
`);

/** Nouns naming people, so "Former Coatue partner raises …" has no company subject. */
export const PERSON_NOUNS = set(`
  partner founder founders cofounder co-founder ceo executive executives researcher researchers kid kids student
  students engineer engineers veteran veterans alum alumni entrepreneur entrepreneurs billionaire teen teens duo trio
  scientist scientists professor couple brothers sisters siblings dropout dropouts exec execs
`);

/** Function words and adverbs between a subject and its verb ("X has reportedly agreed to raise"). */
export const SUBJECT_GAP = set(`
  is are was were has have had will would could can may might must shall should just also now reportedly officially
  today finally recently quietly successfully already to in talks discussions advanced early final said says say
  agreed agrees plans planned planning expects expected set aims aimed looking seeking wants wanted been be being then
  still newly again has now formally publicly tentatively reported reportedly allegedly is said hopes hoped poised
  about ready likely not yet also this week on monday tuesday wednesday thursday friday thrilled excited pleased
  proud happy delighted honored honoured glad grateful humbled announced announces confirmed confirms disclosed
  revealed reveals noted stated told considering weighing exploring mulling considers weighs explores mulls eyes eyeing
`);

/** Particles inside personal and company names ("Job van der Voort", "Bank of America"). */
export const NAME_PARTICLES = set(`of van der von de da di du del della la le bin al &`);

/** Capitalized function words that end a title-case name ("… In Anthropic In Cash And Compute"). */
// Title-case headlines capitalize every word: their verbs end a name ("Hexwright Valued at …",
// "Ardentia Said to Be in Talks …").
export const NAME_BREAKERS = set(`In And To For With At By On From As Into Of Or But Via Over Amid After Before Than
  Valued Said Says Raises Raised Secures Secured Closes Closed Nets Bags Lands Gets Is Are Was Were Be Seen Reportedly
  Seeks Seek Eyes Nears Weighs Weigh Mulls Mull Explores Explore Considers Consider Launches Launched Emerges Debuts
  Unveils Announces Announced Completes Completed Receives Received Picks Scores Snags Grabs Adds Extends Signs Inks
  Confirms Agrees Enters`);

/** A title-case headline's description before the name: "Chip Startup Hexwright", "AI Drug-Discovery Firm Ardentia", "Cyber MGA Vaultrow". */
export const TITLE_DESCRIPTORS = set(
  `startup start-up firm company maker developer unicorn fintech insurtech biotech mga neobank lender brand marketplace`,
);

/** Large corporations: money from them is a strategic investment unless the text names another stage. */
export const CORPORATES = set(`
  google alphabet meta facebook amazon aws microsoft apple nvidia intel amd qualcomm samsung sony oracle salesforce ibm
  cisco sap tesla toyota volkswagen bmw mercedes-benz daimler ford gm honda hyundai siemens bosch tencent alibaba baidu
  bytedance huawei xiaomi uber openai anthropic adobe shopify stripe paypal visa mastercard walmart target disney
  comcast verizon at&t t-mobile arm dell hp lenovo foxconn tsmc netflix spotify softbank panasonic hitachi lg bayer
  pfizer novartis roche merck sanofi astrazeneca unilever nestle pepsico coca-cola boeing airbus lockheed shell bp
  exxonmobil chevron saudi aramco reliance jio infosys tata wipro mahindra rakuten kakao naver grab gojek
  snowflake databricks servicenow workday intuit autodesk atlassian broadcom micron asml zoom
`);

/** The last word of an investment firm's name ("137 Ventures", "Harbor Lane Capital", "Foxglove Fund"). */
export const FIRM_SUFFIX =
  /\b(?:Capital|Kapital|Ventures?|Partners|VC|Fund|Funds|Investments?|Invest|Equity|Management|Advisors)$/;

/** Venture investors known by a bare name (company keys): when one of them raises money, it raises a fund. */
export const INVESTOR_FIRMS = new Set([
  'sequoia',
  'a16z',
  'andreessen horowitz',
  'accel',
  'greylock',
  'lightspeed',
  'kleiner perkins',
  'bessemer',
  'khosla',
  'coatue',
  'tiger global',
  'general catalyst',
  'ivp',
  'nea',
  'redpoint',
  'atomico',
  'balderton',
  'northzone',
  'creandum',
  'earlybird',
  'partech',
  'felicis',
  'floodgate',
  'ribbit',
  'polychain',
  'pantera',
  'multicoin',
  'iconiq',
  'tcv',
  'ggv',
  'hongshan',
  'qiming',
  'kaszek',
  'monashees',
  'y combinator',
  'techstars',
  'peak xv',
  'blume',
  'benchmark',
  'founders fund',
  'gv',
]);
