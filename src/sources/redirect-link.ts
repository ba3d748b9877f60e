// A link that only redirects to the article: an alerts service's or a search engine's click
// tracker ("https://www.google.com/url?rct=j&url=https://outlet.example/story&ct=ga"), a social
// network's link shim ("l.php?u=…"). The article is the page it sends the reader to.

/** Paths of redirectors: "/url", "/l.php", "/redirect", "/out", "/news/apiclick.aspx". */
const REDIRECT_PATH = /^\/(?:url|l|l\.php|r|redirect|redir|out|outbound|link|goto|click|news\/apiclick\.aspx)\/?$/i;
/** The parameters that carry the destination. */
const TARGET_PARAMS = ['url', 'u', 'q', 'target', 'dest', 'destination', 'to'];

/** The page a redirect link sends the reader to (an absolute http(s) URL on another host), or null for any other link. */
export function redirectTarget(link: URL): URL | null {
  if (!REDIRECT_PATH.test(link.pathname)) return null;
  for (const name of TARGET_PARAMS) {
    const value = link.searchParams.get(name);
    if (!value || !/^https?:\/\//i.test(value)) continue;
    try {
      const target = new URL(value);
      if (target.hostname && target.hostname !== link.hostname) return target;
    } catch {
      // not a URL: try the next parameter
    }
  }
  return null;
}
