// The dateline in front of a story's first sentence: "SAN FRANCISCO, Dec 10 (Reuters) -",
// "LONDON —", "SAN FRANCISCO, Dec 10 : ", "Paris (AFP) – ", "(CNN) —", "AUSTIN, Texas, Nov. 4, 2025
// /PRNewswire/ --". Cut, so the lead reads as a sentence of its own.

const AGENCY = String.raw`\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|ANI|IANS|PTI|Xinhua|BBC|AP Photo|The Conversation|Business Wire|BUSINESS WIRE|GLOBE NEWSWIRE|PRNewswire|[A-Z][A-Za-z.]{1,15} News)\)`;
/** After a place in capitals any short name in parentheses is the agency ("(Newsline)"), and a
 * press-release wire is written between slashes ("/PRNewswire/", "/CNW/"). */
const ANY_AGENCY = String.raw`(?:\(\p{Lu}[\p{L}.&'’ -]{1,24}\)|\/\s?[\p{L}][\p{L}. -]{1,28}\/)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
/** A place in capitals, as datelines set it: "SAN FRANCISCO", "WASHINGTON, D.C.", "NEW DELHI/LONDON". */
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’]+(?:[ /-]\p{Lu}[\p{Lu}.'’]*){0,3}`;
/** A place as a name: "Paris", "New York", "Frankfurt am Main". */
const NAME_PLACE = String.raw`\p{Lu}\p{Ll}+(?:[ /-](?:\p{Lu}\p{Ll}+|am|an|de|del|la|upon)){0,3}`;
/** A region or country after the place: "Texas", "South Korea", "N.Y.". */
const REGION = String.raw`\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+){0,2}`;
const DASH = String.raw`(?:[-—–]{1,2}|:)`;

const DATELINES = [
  // CAPITAL PLACE[, Region][, Date] [(Agency)] dash|colon
  new RegExp(
    String.raw`^${CAPS_PLACE}(?:,\s*(?:${CAPS_PLACE}|${REGION}))?(?:,\s*${DATE})?\s*(?:${ANY_AGENCY})?\s*${DASH}\s+`,
    'u',
  ),
  // CAPITAL PLACE dash (Agency) dash: "SAN DIEGO--(BUSINESS WIRE)--"
  new RegExp(String.raw`^${CAPS_PLACE}(?:,\s*${REGION})?\s*${DASH}\s*${ANY_AGENCY}\s*${DASH}\s*`, 'u'),
  // Name Place[, Date] (Agency) dash
  new RegExp(String.raw`^${NAME_PLACE}(?:,\s*${DATE})?\s*${AGENCY}\s*${DASH}?\s*`, 'u'),
  // Date (Agency) dash: "June 10 (Reuters) -", and any agency's name when the dash follows: "Dec 3 (Newsline) -"
  new RegExp(String.raw`^${DATE}\s*${AGENCY}\s*${DASH}?\s*`, 'u'),
  new RegExp(String.raw`^${DATE}\s*${ANY_AGENCY}\s*${DASH}\s+`, 'u'),
  // (Agency) dash
  new RegExp(String.raw`^${AGENCY}\s*${DASH}?\s*`, 'u'),
];

/** The first sentence without its dateline; unchanged when it has none (or nothing would be left). */
export function cutDateline(text: string): string {
  for (const re of DATELINES) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // What follows a dateline is a sentence: it starts with a capital, a digit or a quote.
    if (/^["“‘'(]?[\p{Lu}\p{N}]/u.test(rest) && rest.length >= 20) return rest;
  }
  return text;
}
