// An outlet's display name read from what its feed calls itself: feed titles carry taglines
// ("BuzzFeed - Latest", "NYT > Top Stories", "The Latest News from the UK … ¦ Sky News"), site
// descriptions ("Engadget is a web magazine with …") and bare hostnames ("www.telegraph.co.uk for
// the latest news …"). The name is the part that is not a tagline; a hostname gives its site name.

/** Between a name and its tagline: "A | B", "A ¦ B", "A - B", "A – B", "A > B", "A » B", "A: B". */
const SEPARATOR = /\s+[|¦>»–—-]\s+|\s*[|¦]\s*|:\s+/u;

/**
 * A part that describes or sections the feed rather than naming the outlet; "posts from a, b, c"
 * is how a forum titles a feed of several of its communities.
 */
const TAGLINE =
  /\b(?:latest|breaking|top stories|headlines|all stories|front page|homepage|search results|newest submissions|since \d{4}|news and|and world news|últimas)\b|^(?:home|news|blog|rss|feed|site:\S+)$|^posts from\s/iu;

/**
 * A newspaper's section ("Sport | Touchline Daily", "World news | The Guardian", "Tech - Herald"):
 * the outlet is another part of the title, when it has one.
 */
const SECTION =
  /^(?:(?:uk|us|world|local|national|international|sports?|football|soccer|rugby|cricket|business|money|markets|economy|finance|tech|technology|science|health|politics|opinion|comment|culture|arts|books|film|music|entertainment|lifestyle|travel|weather|education|environment|climate|europe|asia|africa|americas|features|video|podcasts?|news|and|&)\s*)+$/iu;

/** "… for the latest news from …", "… bringing you the best …": a tagline after the name. */
const TRAILING_PITCH =
  /\s+(?:for|with|bringing you|delivering|your source for)\s+(?:the\s+)?(?:latest|breaking|best|top|all)\b.*$/iu;

/** Words that only say the feed is a list: "NASA Breaking News", "Latest Linux Kernel Versions". */
const TRAILING_LIST = /\s+(?:breaking news|latest news|top stories|headlines|news feed|rss feed|rss)$/iu;
const LEADING_LIST = /^(?:all|latest|newest|recent)\s+(?=\S)/iu;

/** "Engadget is a web magazine with …": the name is what the sentence is about. */
const DESCRIPTION = /^(.{2,40}?)\s+(?:is|are)\s+(?:a|an|the|your)\s/u;

/** A lower-case hostname, with or without "www.". */
const HOSTNAME = /^(?:www\d?\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})$/;
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or']);

/** A domain label that is an abbreviation, not a word: two letters, or no vowel ("ft", "bbc", "wsj"). */
const ABBREVIATION = /^(?:[a-z]{1,2}|[b-df-hj-np-tv-xz]{3,5})$/;

/** "www.telegraph.co.uk" → "Telegraph"; "news.example" → "News"; "www.ft.com" → "FT"; "gridline-review.com" → "Gridline Review". */
export function siteName(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.has(labels[i]!)) i--;
  const label = labels[Math.max(0, i)] ?? host;
  if (ABBREVIATION.test(label)) return label.toUpperCase();
  // "gridline-review" → "Gridline Review".
  return label
    .split('-')
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function cleanPart(part: string): string {
  let p = part
    .trim()
    .replace(TRAILING_PITCH, '')
    .replace(/[.!,;]+$/u, '')
    .trim();
  const host = HOSTNAME.exec(p);
  if (host) return siteName(host[1]!);
  p = DESCRIPTION.exec(p)?.[1] ?? p;
  const shorter = p.replace(TRAILING_LIST, '').replace(LEADING_LIST, '').trim();
  return shorter || p;
}

/** A slug or path ("namespace/feed", "blog/rss"): an identifier the feed was given, not a name. */
const PATH_LIKE = /^[a-z0-9._-]+(?:\/[a-z0-9._-]+)+\/?$/;

/**
 * The outlet's name in a feed title; null when every part of the title is a tagline or section
 * ("UK homepage", "Latest News") or the title is a path or slug, so the caller names the outlet
 * after its site.
 */
export function cleanOutletName(title: string): string | null {
  const whole = title.trim().replace(/\s+/g, ' ');
  const parts = whole
    .replace(TRAILING_PITCH, '')
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // A part that is no tagline, else one that names something once its list words are gone
  // ("Orbital Agency Breaking News"); none in "UK homepage" or "Latest News".
  const named = parts.find((p) => !TAGLINE.test(p) && !SECTION.test(p)) ?? parts.find((p) => !TAGLINE.test(p));
  const name = named !== undefined ? cleanPart(named) || whole : parts.map(cleanPart).find((p) => p !== '' && !TAGLINE.test(p));
  if (name === undefined) return null;
  return PATH_LIKE.test(name) ? null : name;
}
