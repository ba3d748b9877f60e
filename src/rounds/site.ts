// The name a feed or site goes by, for first-party posts that only say "we": "Tiller Blog" →
// "Tiller", "https://blog.brindle.io/posts/x" → "Brindle", "acme.substack.com" → "Acme". A value
// that is neither a name nor an address (a file path, a provenance note) gives null.

/** Words feeds and blogs put before or after a company's name. */
const GENERIC = new Set(
  'the official blog blogs weblog news newsroom press room updates update engineering team journal stories insights posts announcements changelog newsletter podcast hq medium substack home site website from at by careers jobs notes letters letter diary building inside dispatches linkedin'.split(
    ' ',
  ),
);
/** Hosts that carry many blogs: the name is the subdomain or the first path segment. */
const BLOG_HOSTS = /^(?:medium|substack|github|gitlab|wordpress|blogspot|ghost|notion|tumblr|hashnode|dev|beehiiv|webflow)$/i;
const SUBDOMAINS = /^(?:www\d?|blog|blogs|news|newsroom|press|engineering|about|info|m|en|de|fr|community|www-[a-z]+)$/i;

const COMMUNITY = /^(?:Hacker News|Product Hunt|Reddit|Indie Hackers|Lobsters)\b/i;

const capitalize = (w: string) => (/^\p{Ll}+$/u.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w);

function fromHost(url: URL): string | null {
  const labels = url.hostname.split('.').filter(Boolean);
  labels.pop(); // top-level domain
  if (labels.length > 1 && /^(?:co|com|org|net|ac|gov)$/i.test(labels[labels.length - 1]!)) labels.pop(); // .co.uk
  while (labels.length > 1 && SUBDOMAINS.test(labels[0]!)) labels.shift();
  const main = labels[labels.length - 1];
  if (!main) return null;
  if (BLOG_HOSTS.test(main)) {
    const sub =
      labels.length > 1
        ? labels[0]
        : url.pathname
            .split('/')
            .find((p) => p.length > 1)
            ?.replace(/^@/, '');
    return sub ? capitalize(sub) : null;
  }
  return capitalize(main);
}

function trimGeneric(words: string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && GENERIC.has(words[from]!.toLowerCase())) from++;
  while (to > from && GENERIC.has(words[to - 1]!.toLowerCase())) to--;
  return words.slice(from, to);
}

export function siteName(source: string | null | undefined): string | null {
  // "Wrenfield Ventures (weekly email to founders)": what the feed is, after its name.
  const value = source?.trim().replace(/\s*\([^)]*\)$/, '');
  if (!value) return null;
  if (/^https?:\/\//i.test(value) || /^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/.test(value)) {
    try {
      return fromHost(new URL(/^https?:/i.test(value) ? value : `https://${value}`));
    } catch {
      return null;
    }
  }
  if (/[/\\@]|:\S/.test(value)) return null;
  // A community's feed ("Hacker News: Show HN", "Product Hunt"): its posters are many companies.
  if (COMMUNITY.test(value)) return null;
  const parts = value
    .split(/\s+[-–—|·:]\s+|['’]s\s+(?=blog|news)/i)
    .map((p) => trimGeneric(p.split(/\s+/)))
    .filter((words) => words.join(' ').length > 1);
  const name = parts[0];
  return name && name.length <= 4 ? name.join(' ') : null;
}
