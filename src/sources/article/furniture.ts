// Lines that are page furniture rather than reporting, told by what they say: photo and
// illustration credits, bylines, share/follow/newsletter prompts, "related" and "read more"
// labels, and the syndication footers blogs append. Each rule names one phenomenon.

/** Words in a collapsed line (single spaces between words), counted up to `limit` + 1 at most: enough to tell "more than limit". */
function wordCount(s: string, limit = Infinity): number {
  let n = s.length > 0 ? 1 : 0;
  for (let i = s.indexOf(' '); i !== -1 && n <= limit; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** No furniture rule applies to a line longer than this: it is reporting. */
const LONGEST_FURNITURE_WORDS = 70;

/** "Illustration by Alex Castro / The Verge", "Image: Plex", "Photo: Jo Roe/Getty Images", "| Image: Block". */
const CREDIT_LABEL =
  /^[|/•·\s]*(?:(?:lead |top |header |hero |featured |cover )?(?:illustrations?|photos?|photographs?|photography|images?|pictures?|graphics?|artwork|videos?|credits?|source|footage|animation|gif|screenshots?)(?: (?:by|courtesy(?: of)?|credit|via|from|source))?\s*[:|]|(?:illustrations?|photos?|photographs?|images?|pictures?|graphics?|artwork|videos?|screenshots?|animation) (?:by|courtesy(?: of)?|via|from)\s)/i;
/** A credit at the end of a short line: "… / Getty Images", "(AP Photo/Jo Roe)", "Reuters/Jo Roe". */
const CREDIT_TAIL =
  /(?:[/|]\s*(?:getty(?: images)?|ap|afp|reuters|shutterstock|alamy|epa|bloomberg|ap photo|afp via getty images|the verge|unsplash|istock(?:photo)?|pa(?: wire| media)?)\b[^.!?]{0,30}$|\((?:ap|afp|reuters|pa|epa)? ?(?:photo|picture|image)s?(?: by)?\s*[:/][^)]{1,60}\)\s*$|\b(?:via|courtesy of) getty images\s*$|^(?:getty images|shutterstock|alamy|reuters|ap|afp|epa)(?: ?\/[^.]{1,40})?$)/i;

/** A caption closing on its credit: "… of Titan. (NASA/JPL-Caltech/ASU)", "… (Credit: iStock)", "… New York.Reuters". */
const CAPTION_CREDIT =
  /(?:\((?:[^()]*\b(?:photo|photos|photograph|credit|image|images|illustration|file photo|courtesy)\b[^()]*|[^()\s]+\/[^()]+)\)|[.!?”"](?:reuters|getty images|ap|afp|epa|shutterstock))\s*$/i;
/** "© Amazon", "Copyright ⓒ Outlet. All rights reserved", "(c) 2026 Outlet". */
const COPYRIGHT = /(?:[©ⓒ]|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b)/i;

export function isCredit(line: string): boolean {
  const words = wordCount(line);
  if (words <= 25 && (CREDIT_LABEL.test(line) || CREDIT_TAIL.test(line) || COPYRIGHT.test(line))) return true;
  return words <= 70 && CAPTION_CREDIT.test(line);
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|la|le|bin|al))*`;
const NAMES = String.raw`${NAME}(?:\s*(?:,|\band\b|&)\s*${NAME})*`;
/** "By Mara Quinn", "By Jo Lee and Sam Roe, Reuters", "Written by …", "Posted by … on …", "Words: …". */
const BYLINE = new RegExp(
  String.raw`^(?:(?:written |posted |reported |story |words |text |published )?by|words|text|author|von|par|por|di)\s*:?\s+(?:the\s+)?${NAMES}(?:\s*(?:[,|•·—–-]|\bfor\b|\bin\b|\bon\b|\bat\b)\s*[^.!?]{0,80})?\.?$`,
  'iu',
);
/** Agency credits at the end of a story: "Reporting by X; Editing by Y", "Additional reporting by …". */
const AGENCY_CREDITS = /^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled|graphics|research) by\b|\(?our standards:)/i;
/** "Updated 3 hours ago", "Published Dec 10, 2026", "Last modified on …", "5 min read". */
const TIMESTAMP =
  /^(?:(?:last )?(?:updated|published|posted|modified|first published)(?: on| at)?\b[^.!?]{0,50}|\d+\s*(?:min(?:ute)?s?|hours?)(?: read| ago)|\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s+\w{2,5})?)\.?$/i;

/** "Meg Kinnard and Jo Roe, Associated Press", "Steve Peoples, AP National Political Writer". */
const NAME_AND_ROLE = new RegExp(
  String.raw`^${NAMES}\s*[,|–—-]\s*(?:[\p{L} ]{0,40}\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|press|news|wire)s?)$`,
  'iu',
);
/** "Associated Press writers … contributed to this report." */
const CONTRIBUTORS =
  /\bcontributed(?: reporting)? to this (?:report|story|article)\b|^(?:the )?associated press$|^(?:reuters|afp|ap|dpa)$/i;

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const DATE_WORDS = new RegExp(
  `^(?:${MONTHS}|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thursday|fri|friday|sat|saturday|sun|sunday|today|yesterday|updated|published|posted|modified|last|on|at|am|pm|a|p|m|\\d+(?:st|nd|rd|th)?|\\d{4}updated|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|ist|jst|aest|utc|gmt|amt|et|pt)$`,
  'i',
);
const MONTH_OR_DAY = new RegExp(
  `^(?:${MONTHS}|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thursday|fri|friday|sat|saturday|sun|sunday|today|yesterday)$`,
  'i',
);
const DATE_MARK = /\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/;
/** A line that only dates the page: "Nov. 20, 2019 5:52 AM EST", "Today 12:01 AM", "19.11.2019, 08:57", "November 20, 2019 / 1:07 AM / CBS News". */
function isDateLine(line: string): boolean {
  const parts = line.split(/\s*[|/]\s*/).filter(Boolean);
  const tokens = (parts.length > 1 && !/\d/.test(parts.at(-1)!) ? parts.slice(0, -1) : parts)
    .join(' ')
    .split(/[\s,.:;()–—-]+/)
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 12) return false;
  // Something that makes it a date, not a figure: a month or day name, a clock time, a numeric date.
  const dated = DATE_MARK.test(line) || tokens.some((t) => MONTH_OR_DAY.test(t));
  return dated && tokens.some((t) => /\d/.test(t)) && tokens.every((t) => DATE_WORDS.test(t) || /^[\d.:/]+(?:am|pm)?$/i.test(t));
}

export function isByline(line: string): boolean {
  if (wordCount(line) > 40) return false;
  if (CONTRIBUTORS.test(line)) return true;
  if (wordCount(line) > 20) return false;
  return BYLINE.test(line) || AGENCY_CREDITS.test(line) || TIMESTAMP.test(line) || NAME_AND_ROLE.test(line) || isDateLine(line);
}

/** Prompts to share, follow, subscribe or sign up, and "advertisement" labels. */
const PROMPT =
  /(?:^|\b)(?:share (?:this|on|via|the|your)|(?:tweet|email|pin|print) this|follow (?:us|me|him|her|them|@|\p{Lu}[\w.]* on)|like us on|sign up(?: now| today| here)?(?: for| to)|subscribe(?: now| today| here)?(?: to| for|\s*$)|(?:our|the|free|daily|weekly) newsletters?\b|newsletter sign-?up|get (?:the|our) (?:app|newsletter)|download (?:the|our) app|join (?:the conversation|our community)|click here|clicking here|tap here|advertisement$|sponsored content|support (?:our|independent) journalism|this (?:article|story|content) is (?:only )?(?:for|available to) (?:paid )?subscribers|already a subscriber|subscribe to (?:continue|keep) reading)/iu;

function isPrompt(sentence: string): boolean {
  return wordCount(sentence) <= 30 && PROMPT.test(sentence);
}

/** Labels that open a block of links to other stories. */
const RELATED_LABEL =
  /^(?:related(?: stories| articles| coverage| reading| content| links| posts| news)?|read (?:more|next|also)|more (?:from|on|about|stories|news|coverage|reading|like this)\b.*|more (?:[\w’'-]+ ){1,3}(?:stories|news|coverage|articles|reads)|see also|also (?:read|see)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| reading| stories)?|further reading|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|editor'?s picks|top stories|latest (?:news|stories)|what to read next|keep reading|in other news|don'?t miss|popular (?:now|stories))\s*[:.…»›>-]*\s*(?:.{0,120})?$/i;

/** A label line starting a related-links block ("Related:", "Read more: …", "More from The Outlet"). */
export function isRelatedLabel(line: string): boolean {
  return RELATED_LABEL.test(line) && wordCount(line) <= 20;
}

/**
 * Syndication footers: "The post X appeared first on Y.", "A version of this post originally
 * appeared in …", "This article was originally published on …", "X was originally published in Y
 * on Medium, where …", "Continue reading …".
 */
const FOOTER =
  /^(?:the post\b.{1,300}\b(?:appeared|was published) first on\b|(?:a version of )?this (?:post|article|story|piece|essay|interview|column|review) (?:was )?(?:originally|first)? ?(?:appeared|published|ran|posted)\b|(?:a version of this|an earlier version of this) (?:post|article|story|piece)\b|originally (?:published|posted|appeared) (?:at|on|in)\b|.{1,300}\bwas originally published (?:at|on|in)\b|continue reading\b|read the (?:full|rest of the|original) (?:story|article|post)\b|the rest of this (?:story|article|post)\b|(?:this|the) (?:post|article|entry) .{1,80} (?:appeared first|was first published) on\b|source: .{1,80}$|view (?:the )?(?:full|original) (?:article|post|story)\b|\[?(?:…|\.\.\.)\]?$|\[(?:…|\.\.\.)\].*$)/i;

export function isFooter(line: string): boolean {
  return wordCount(line) <= 60 && FOOTER.test(line);
}

/** Interface words standing alone: "Comments", "Sign In", "Caption", "Close", "Advertisement" (and its usual translations). */
const UI_LABEL =
  /^(?:\d+\s+)?(?:comments?|sign in|log ?in|sign up|register|close|caption|menu|home|share|tweet|breaking(?: news)?|advertisement|sponsored|iklan|anzeige|werbung|publicité|publicidad|pubblicità|реклама|广告|광고|print|e-?mail|more|next|previous|prev|back to top|skip to (?:main )?content|loading|listen|watch|play|expand|enlarge|toggle caption|hide caption|show caption)[.…:!]*$/i;
/** Gallery counters: "1 of 6", "Image 1 of / 9", "3/12". */
const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide|bild|foto)\s*)?\d+\s*(?:of|\/|von|de|из)\s*\/?\s*\d+$/i;
/** "Filed under: …", "Tags: …", "Topics: …", "Posted in …". */
const TAXONOMY =
  /^(?:filed under|tagged(?: with)?|tags?|topics?|categor(?:y|ies)|posted in|labels?|themen|schlagworte|etiquetas|catégories)\s*:/i;
/** "5 min read", "Tempo de leitura: 1 minuto", "Lesezeit: 3 Minuten", "Reading time 4 minutes". */
const READING_TIME =
  /^(?:(?:reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|время чтения)\s*:?\s*)?(?:\d+\s*(?:min(?:ute)?s?|minutos?|minuten?|минут\w*)\.?)(?:\s*(?:read|de leitura|de lectura|de lecture|lesezeit|di lettura|чтения))?$|^(?:reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\s*:/i;
/** A line that is only addresses: a URL, an e-mail address, a handle, "Listen: http://…". */
function isAddressLine(line: string): boolean {
  // Every kind of address holds "@" or "/" ("www.example.com" aside): a line without them has none.
  if (!/[@/]|www\./i.test(line)) return false;
  const tokens = line.split(/\s+/).filter(Boolean);
  const addresses = tokens.filter((t) =>
    /^(?:\S*https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w+|[\w-]+\.(?:com|org|net|co\.uk|io)\/\S*)$/i.test(t),
  );
  return (
    addresses.length > 0 &&
    (addresses.length * 2 >= tokens.length || (tokens.length <= 12 && addresses.length * 3 >= tokens.length))
  );
}
/** A masthead or contact line: a phone or fax number with its label ("202-555-0100 tel", "Phone: +44 20 7946 0000"). */
const PHONE_LINE = /\b(?:tel|fax|phone|telephone|call us)\b[^\n]{0,40}\+?\d[\d ().-]{6,}\d|\+?\d[\d ().-]{6,}\d\s*(?:tel|fax)\b/i;

/** A row of share buttons: "Share Tweet Submit", "Whatsapp Facebook Pint Baixar". */
const SHARE_WORDS = new Set(
  'share tweet submit email e-mail mail print facebook twitter x whatsapp pinterest pin pint linkedin reddit telegram flipboard messenger copy link sms baixar download save comment comments'.split(
    ' ',
  ),
);
/** Ten of the longest share words: a line with more letters than that, separators aside, is no share row. */
const SHARE_ROW_MAX_LETTERS = 10 * Math.max(...[...SHARE_WORDS].map((w) => w.length));
function isShareRow(line: string): boolean {
  if (line.length > SHARE_ROW_MAX_LETTERS && line.replace(/[\s|·•,]+/g, '').length > SHARE_ROW_MAX_LETTERS) return false;
  const tokens = line
    .toLowerCase()
    .split(/[\s|·•,]+/)
    .filter(Boolean);
  return tokens.length >= 2 && tokens.length <= 10 && tokens.every((t) => SHARE_WORDS.has(t));
}

/** A wire's note to editors on a story's new version: "(Corrects paragraph 2 …)", "(Adds quotes from …)", "(Updates with close)". */
const WIRE_NOTE =
  /^\((?:corrects|adds|updates|recasts|rewrites|changes|fixes|refiles|repeats|removes|clarifies|writes through|new throughout|adds byline)\b[^()]*\)\.?$/i;

/** A newsletter's mailing furniture and a government page's metadata: "View in browser · …", "Forward this to a friend", "From: Department for …". */
const MAILING =
  /^(?:view (?:this (?:email|issue) )?(?:in|on) (?:your |the )?(?:browser|web)|forward this (?:email |issue )?to a friend|from: \p{Lu}[^.!?]{0,120}$)/iu;

/** A blog platform's counters and buttons: "👏 87 claps · Clap · Follow", "12 responses", "340 likes · Share". */
const COUNTERS =
  /^[^\p{L}\d]*\d[\d,.]*[kK]?\s*(?:claps?|likes?|reactions?|responses?|comments?|shares?|views?)(?:\s*[·|•]\s*[^·|•.!?]{1,60})*[.!?]?$/iu;

/** A social post's repost label, a line of its own: "Boosted @cyclonewatch:", "RT @ana:", "Reposted by @lee". */
const REPOST_LABEL = /^(?:boosted|reblogged|reposted|retweeted|rt|shared)(?: by)?\s+@[\w.@-]+\s*:?$/i;

/** A column's note on its author, told by its disclaimer: "Jo Roe is a hydrologist. The views expressed are her own." */
const VIEWS_DISCLAIMER =
  /\b(?:the )?(?:views|opinions) expressed (?:here |in this (?:article|column|piece|post) )?are (?:his|her|their|the author['’]s|the writer['’]s|my|solely (?:his|her|their|the author['’]s)) own\b/i;

/** A line that is furniture whatever block it stands in (prompts are told sentence by sentence: isPromptSentence). */
export function isFurnitureLine(line: string): boolean {
  if (wordCount(line, LONGEST_FURNITURE_WORDS) > LONGEST_FURNITURE_WORDS) return false;
  return (
    WIRE_NOTE.test(line) ||
    MAILING.test(line) ||
    REPOST_LABEL.test(line) ||
    COUNTERS.test(line) ||
    VIEWS_DISCLAIMER.test(line) ||
    isCredit(line) ||
    isByline(line) ||
    isFooter(line) ||
    UI_LABEL.test(line) ||
    GALLERY_COUNTER.test(line) ||
    TAXONOMY.test(line) ||
    READING_TIME.test(line) ||
    isAddressLine(line) ||
    isShareRow(line) ||
    (wordCount(line, 40) <= 40 && PHONE_LINE.test(line))
  );
}

/** A sentence telling the reader to act: "Follow him on Twitter @name.", "Join our forums …", "Sign up for …". */
const PROMPT_SENTENCE =
  /^(?:(?:and )?(?:if you )?have a (?:news )?tip\b|reach (?:the )?(?:reporters?|writers?|authors?|us)\b|.{0,60}\bmay be reached at\b|.{0,80}\blet us know at\b|contact (?:the )?(?:reporters?|authors?|writers?|newsroom)\b|follow (?:\S+ ){0,3}(?:full |latest |live )?coverage\b|get (?:the latest|our|breaking) [\w ]{0,30}(?:in|to) your inbox|follow (?:us|him|her|them|me|@|(?:\S+ ){1,4}on (?:twitter|facebook|instagram|x|linkedin|mastodon|bluesky|threads|tiktok|youtube))|join (?:our|us)\b|sign up\b|subscribe\b|click here|clicking here|tap here|download (?:our|the)\b|like us on|share this|get [\w ]{1,30} on the go|check out our\b|learn more about your ad choices|(?:visit|see) (?:us at )?[\w.-]+\.[a-z]{2,}(?:\/\S*)?(?: for (?:privacy|more) information)?\.?\s*$|.{0,60}\buse (?:the )?(?:promo |discount |coupon )?code [A-Z0-9]{3,}\b|(?:this (?:episode|show|podcast) is )?(?:sponsored|brought to you|presented) by\b|become a (?:member|subscriber|patron|supporter)\b|hosted (?:on|by) \S+\.\s*$|(?:media|press|investor) (?:contacts?|inquiries|enquiries|relations)\s*:)/i;

/** A podcast's chapter list run into one sentence: three or more times, each with its chapter's title ("00:00 Intro 03:02 What changed …"). */
const CHAPTERS = /(?:^|\s)(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\S(?:[^:]*?\s(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\S){2}/;
/** One chapter of a list, a line of its own: a time and a short title ("12:30 Storm Ilse heads for the coast"). */
const CHAPTER_LINE = /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\S/;

/** The lines of a block that are a chapter list (three or more chapter lines: one is a live blog's time or a schedule's). */
export function chapterLines(lines: readonly string[]): Set<number> {
  const at = lines.flatMap((l, i) => (CHAPTER_LINE.test(l) && wordCount(l, 15) <= 15 ? [i] : []));
  return new Set(at.length >= 3 ? at : []);
}

/** Words without which no sentence is a prompt: a paragraph lacking them all is not split into sentences. */
const PROMPT_WORDS =
  /follow|tip\b|reach|contact|let us know|inbox|join|sign up|subscri|click|tap here|download|like us|share (?:this|on|via|the|your)|tweet|e-?mail this|pin this|print this|newsletter|on the go|check out|advertis|sponsored|journalism|get the app|get our|ad choices|code|visit|see \S+\.|brought to you|presented by|become a|hosted|inquiries|enquiries|relations|\d:\d\d\s/i;

/** Whether a line may hold a prompt sentence: one of the words, in a line short enough for a prompt or a bio note. */
export const mayHoldPrompt = (line: string): boolean =>
  wordCount(line, LONGEST_FURNITURE_WORDS) <= LONGEST_FURNITURE_WORDS && PROMPT_WORDS.test(line);

/**
 * A sentence that asks the reader to share, follow, subscribe or sign up, labels an advertisement
 * or a sponsor, gives the press contact, or lists a podcast's chapters.
 */
export const isPromptSentence = (sentence: string): boolean =>
  PROMPT_SENTENCE.test(sentence) || isPrompt(sentence) || CHAPTERS.test(sentence);
