// Namespace URIs the feed readers look for (lower-cased: feeds misspell their case, e.g. the
// iTunes one), and the prefixes feeds use for them without declaring.

export const NS = {
  atom10: 'http://www.w3.org/2005/atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
} as const;

/** Namespaces that all mean "plain RSS" (0.9x, 1.0, 2.0 and the Userland spellings). */
export const RSS_NAMESPACES: ReadonlySet<string> = new Set([
  '',
  NS.rss10,
  NS.rss090,
  'http://backend.userland.com/rss2',
  'http://backend.userland.com/rss',
  'http://blogs.law.harvard.edu/tech/rss',
  'http://purl.org/net/rss1.1#',
]);

export const ATOM_NAMESPACES: ReadonlySet<string> = new Set([
  '',
  NS.atom10,
  NS.atom03,
  'http://purl.org/atom/ns#draft-ietf-atompub-format-08',
]);

/** Used when a feed writes a well-known prefix but never declares it. */
export const UNDECLARED_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['atom', NS.atom10],
  ['dc', NS.dc],
  ['dcterms', NS.dcterms],
  ['content', NS.content],
  ['rdf', NS.rdf],
  ['itunes', NS.itunes],
  ['media', NS.media],
  ['xhtml', NS.xhtml],
]);
