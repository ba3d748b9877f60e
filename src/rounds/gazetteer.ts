// Places and common given names: a name that is one of these is not a company ("invests $1B in
// India", "DeepMind's David Silver raised …"). General knowledge, kept short on purpose.

const set = (words: string) =>
  new Set(
    words
      .trim()
      .toLowerCase()
      .split(/\s*,\s*/),
  );

export const PLACES = set(`
  afghanistan, albania, algeria, argentina, armenia, australia, austria, azerbaijan, bahrain, bangladesh, belarus,
  belgium, bolivia, bosnia, brazil, bulgaria, cambodia, cameroon, canada, chile, china, colombia, costa rica, croatia,
  cuba, cyprus, czechia, czech republic, denmark, ecuador, egypt, estonia, ethiopia, finland, france, georgia, germany,
  ghana, greece, guatemala, hong kong, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory
  coast, jamaica, japan, jordan, kazakhstan, kenya, korea, south korea, north korea, kuwait, latvia, lebanon, lithuania,
  luxembourg, macau, malaysia, malta, mexico, moldova, monaco, mongolia, morocco, myanmar, nepal, netherlands, new
  zealand, nigeria, norway, oman, pakistan, panama, paraguay, peru, philippines, poland, portugal, qatar, romania,
  russia, rwanda, saudi arabia, senegal, serbia, singapore, slovakia, slovenia, south africa, spain, sri lanka, sudan,
  sweden, switzerland, syria, taiwan, tanzania, thailand, tunisia, turkey, türkiye, uganda, ukraine, united arab
  emirates, uae, united kingdom, uk, britain, great britain, england, scotland, wales, united states, us, u.s., usa,
  america, uruguay, uzbekistan, venezuela, vietnam, yemen, zambia, zimbabwe, europe, asia, africa, latin america,
  north america, south america, middle east, southeast asia, the gulf, nordics, scandinavia, eu, apac, emea, mena,
  alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho, illinois,
  indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi,
  missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, new york, north carolina, north dakota,
  ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont,
  virginia, washington, west virginia, wisconsin, wyoming, silicon valley, bay area, san francisco, los angeles, boston,
  seattle, austin, chicago, miami, london, paris, berlin, munich, stockholm, amsterdam, tel aviv, bengaluru, bangalore,
  mumbai, delhi, new delhi, beijing, shanghai, shenzhen, tokyo, seoul, sydney, toronto, vancouver, dubai, abu dhabi,
  riyadh, lagos, nairobi, sao paulo, são paulo, mexico city, zurich, geneva, dublin, madrid, barcelona, milan, helsinki,
  oslo, copenhagen, warsaw, lisbon, pune, hyderabad, chennai, gurugram, gurgaon, noida, cape town, johannesburg,
  durban, pretoria, accra, cairo, kigali, casablanca, dakar, kuala lumpur, jakarta, ho chi minh city, hanoi, manila,
  bangkok, rio de janeiro, buenos aires, bogotá, bogota, montreal, calgary, atlanta, denver, boulder, tucson, dallas,
  houston, pittsburgh, philadelphia, baltimore, nashville, minneapolis, san diego, edinburgh, glasgow, manchester,
  belfast, lyon, hamburg, frankfurt, vienna, prague, budapest, bucharest, kraków, krakow, gdańsk, gdansk, tallinn,
  riga, vilnius, istanbul, doha, karachi, lahore, dhaka, taipei, osaka, melbourne, brisbane, auckland
`);

/** Nationality words that open descriptions ("the French startup") and are never the company. */
export const DEMONYMS = set(`
  american, british, english, scottish, irish, welsh, french, german, dutch, belgian, swiss, austrian, italian,
  spanish, portuguese, swedish, norwegian, danish, finnish, icelandic, estonian, latvian, lithuanian, polish, czech,
  slovak, hungarian, romanian, bulgarian, greek, turkish, ukrainian, russian, israeli, emirati, saudi, egyptian,
  nigerian, kenyan, south african, indian, pakistani, bangladeshi, chinese, japanese, korean, south korean,
  taiwanese, singaporean, malaysian, indonesian, thai, vietnamese, filipino, australian, canadian, mexican,
  brazilian, argentine, argentinian, chilean, colombian, peruvian, european, asian, african, nordic, latin american
`);

export const GIVEN_NAMES = set(`
  aaron, adam, adrian, alan, albert, alex, alexander, alexandr, alexandra, alice, alicia, alison, amanda, amit, amy, ana,
  andrea, andrew, andy, angela, anil, ankit, ann, anna, anne, anthony, anton, arjun, arun, ashish, ashley, barbara, ben,
  benjamin, bill, bob, brad, brandon, brian, bruce, bryan, carl, carlos, carol, caroline, catherine, charles, charlie,
  chris, christian, christina, christine, christopher, claire, colin, craig, dan, daniel, daniela, danny, dario, david,
  deepak, dennis, diana, diego, dmitry, donald, doug, douglas, dylan, ed, edward, elena, eli, elizabeth, elon, emily,
  emma, eric, erik, ethan, eva, evan, fatima, felix, fernando, francesca, frank, gabriel, gary, george, greg, gregory,
  hannah, harry, harsh, helen, henry, hiroshi, hugo, ian, igor, ilya, isaac, ivan, jack, jacob, jake, james, jamie, jan,
  jane, jason, jay, jean, jeff, jeffrey, jennifer, jensen, jeremy, jerry, jessica, jim, joe, john, jon, jonathan, jordan,
  jose, joseph, josh, joshua, juan, julia, julian, justin, karen, kate, katherine, katie, kevin, kim, kumar, kyle,
  laura, lauren, leo, lisa, liu, lucas, lucy, luis, mahesh, manish, marc, marco, maria, mark, martin, mary, matt,
  matthew, max, maya, megan, michael, michelle, mike, mohammed, muhammad, naveen, neha, nicholas, nick, nicole, nikhil,
  noah, olivia, omar, oscar, palmer, pat, patrick, paul, peter, philip, pierre, priya, rachel, rahul, raj, rajesh,
  ravi, rebecca, richard, rick, rob, robert, rohan, ryan, sam, samuel, sandeep, sanjay, sara, sarah, satya, scott,
  sean, sebastian, sergey, shantanu, simon, sophia, stephen, steve, steven, sundar, susan, tim, timothy, todd, tom,
  thomas, tony, tyler, uma, victor, vijay, vikram, vincent, vivek, walter, wei, william, xavier, yan, yuki, zach, zoe
`);
