// Lines that are page furniture rather than reporting, told by what they say: photo and
// illustration credits, bylines, share/follow/newsletter prompts, "related" and "read more"
// labels, and the syndication footers blogs append. Each rule names one phenomenon.

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "Illustration by Alex Castro / The Verge", "Image: Plex", "Photo: Jo Roe/Getty Images", "| Image: Block". */
const CREDIT_LABEL =
  /^[|/•·\s]*(?:(?:lead |top |header |hero |featured |cover )?(?:illustrations?|photos?|photographs?|photography|images?|pictures?|graphics?|artwork|videos?|credits?|source|footage|animation|gif|screenshots?)(?: (?:by|courtesy(?: of)?|credit|via|from|source))?\s*[:|]|(?:illustrations?|photos?|photographs?|images?|pictures?|graphics?|artwork|videos?|screenshots?|animation) (?:by|courtesy(?: of)?|via|from)\s)/i;
/** A credit at the end of a short line: "… / Getty Images", "(AP Photo/Jo Roe)", "Reuters/Jo Roe". */
const CREDIT_TAIL =
  /(?:[/|]\s*(?:getty(?: images)?|ap|afp|reuters|shutterstock|alamy|epa|bloomberg|ap photo|afp via getty images|the verge|unsplash|istock(?:photo)?|pa(?: wire| media)?)\b[^.!?]{0,30}$|\((?:ap|afp|reuters|pa|epa)? ?(?:photo|picture|image)s?(?: by)?\s*[:/][^)]{1,60}\)\s*$|\b(?:via|courtesy of) getty images\s*$|^(?:getty images|shutterstock|alamy|reuters|ap|afp|epa)(?: ?\/[^.]{1,40})?$)/i;

export function isCredit(line: string): boolean {
  const words = wordCount(line);
  if (words > 25) return false;
  return CREDIT_LABEL.test(line) || CREDIT_TAIL.test(line);
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

export function isByline(line: string): boolean {
  if (wordCount(line) > 20) return false;
  return BYLINE.test(line) || AGENCY_CREDITS.test(line) || TIMESTAMP.test(line);
}

/** Prompts to share, follow, subscribe or sign up, and "advertisement" labels. */
const PROMPT =
  /(?:^|\b)(?:share (?:this|on|via|the|your)|(?:tweet|email|pin|print) this|follow (?:us|me|him|her|them|@|\p{Lu}[\w.]* on)|like us on|sign up(?: now| today| here)?(?: for| to)|subscribe(?: now| today| here)?(?: to| for|\s*$)|(?:our|the|free|daily|weekly) newsletters?\b|newsletter sign-?up|get (?:the|our) (?:app|newsletter)|download (?:the|our) app|join (?:the conversation|our community)|click here|tap here|advertisement$|sponsored content|support (?:our|independent) journalism)/iu;

export function isPrompt(line: string): boolean {
  return wordCount(line) <= 30 && PROMPT.test(line);
}

/** Labels that open a block of links to other stories. */
const RELATED_LABEL =
  /^(?:related(?: stories| articles| coverage| reading| content| links| posts| news)?|read (?:more|next|also)|more (?:from|on|about|stories|news|coverage|reading|like this)\b.*|see also|also (?:read|see)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| reading| stories)?|further reading|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|editor'?s picks|top stories|latest (?:news|stories)|what to read next|keep reading|in other news|don'?t miss|popular (?:now|stories))\s*[:.…»›>-]*\s*(?:.{0,120})?$/i;

/** A label line starting a related-links block ("Related:", "Read more: …", "More from The Outlet"). */
export function isRelatedLabel(line: string): boolean {
  return wordCount(line) <= 20 && RELATED_LABEL.test(line);
}

/**
 * Syndication footers: "The post X appeared first on Y.", "A version of this post originally
 * appeared in …", "This article was originally published on …", "Continue reading …".
 */
const FOOTER =
  /^(?:the post\b.{1,300}\b(?:appeared|was published) first on\b|(?:a version of )?this (?:post|article|story|piece|essay|interview|column|review) (?:was )?(?:originally|first)? ?(?:appeared|published|ran|posted)\b|(?:a version of this|an earlier version of this) (?:post|article|story|piece)\b|originally (?:published|posted|appeared) (?:at|on|in)\b|continue reading\b|read the (?:full|rest of the|original) (?:story|article|post)\b|the rest of this (?:story|article|post)\b|(?:this|the) (?:post|article|entry) .{1,80} (?:appeared first|was first published) on\b|source: .{1,80}$|view (?:the )?(?:full|original) (?:article|post|story)\b|\[?(?:…|\.\.\.)\]?$|\[(?:…|\.\.\.)\].*$)/i;

export function isFooter(line: string): boolean {
  return wordCount(line) <= 60 && FOOTER.test(line);
}

/** A line that is furniture whatever block it stands in. */
export function isFurnitureLine(line: string): boolean {
  return isCredit(line) || isByline(line) || isPrompt(line) || isFooter(line);
}
