// RSS 0.9x, 1.0 (RDF) and 2.0 into the one model. RSS text fields are HTML in practice
// (escaped or, in broken feeds, naked), so they all go through the HTML-to-text path.
import type { FeedFormat, ParsedFeed, ParsedItem } from '../../model.js';
import { atomLink, selfLink } from './atom-links.js';
import { parseDate } from './dates.js';
import { finishItem, joinNames, personName, uniqueStrings } from './items.js';
import { hasElementKids, htmlToText, markupToText, textOf } from './text.js';
import { absoluteLink } from './urls.js';
import { NS, RSS_NAMESPACES } from './xml/namespaces.js';
import { child, childText, children, Kids, type NsMatch } from './xml/select.js';
import { attr, type XElement } from './xml/tree.js';

export const rssText = (el: XElement | undefined): string | null =>
  el ? (hasElementKids(el) ? markupToText(el) : htmlToText(textOf(el))) : null;

const firstRssText = (kids: Kids, local: string, ns: NsMatch) => {
  for (const el of kids.all(local, ns)) {
    const t = rssText(el);
    if (t) return t;
  }
  return null;
};

const dateIn = (kids: Kids, local: string, ns: NsMatch) => parseDate(kids.text(local, ns));

function rssFormat(root: XElement, channel: XElement | undefined): FeedFormat {
  if (root.local === 'rdf') return (channel?.ns ?? attr(root, 'xmlns')) === NS.rss090 ? 'rss0.9x' : 'rss1.0';
  return /^0\.9/.test(attr(root, 'version') ?? '') ? 'rss0.9x' : 'rss2.0';
}

interface FeedContext {
  /** The namespaces plain RSS elements may have in this document. */
  ns: NsMatch;
  /** The document URL given by the caller. */
  docUrl: string | null;
  /**
   * Resolves relative item links unless an xml:base says otherwise: the channel's link (the site,
   * as Miniflux does; a feed is often served from another host), else the document URL.
   */
  base: string | null;
  /** The channel's author, which its items inherit. */
  author: string | null;
}

function rssLink(kids: Kids, feed: FeedContext): string | null {
  for (const el of kids.all('link', feed.ns)) {
    const xmlBase = el.base !== feed.docUrl ? el.base : null;
    const link = absoluteLink(textOf(el) || attr(el, 'href'), xmlBase ?? feed.base ?? el.base);
    if (link) return link;
  }
  return atomLink(kids.el, NS.atom10, feed.base);
}

function guidLink(kids: Kids, RSS: NsMatch): string | null {
  const guid = kids.first('guid', RSS);
  if (!guid || attr(guid, 'isPermaLink')?.toLowerCase() === 'false' || attr(guid, 'ispermalink')?.toLowerCase() === 'false')
    return null;
  const text = textOf(guid).trim();
  return /^https?:\/\//i.test(text) ? absoluteLink(text, guid.base) : null;
}

const creators = (kids: Kids) => joinNames(kids.all('creator', NS.dc).map((c) => personName(rssText(c))));

function readItem(item: XElement, feed: FeedContext): ParsedItem {
  const RSS = feed.ns;
  const k = new Kids(item);
  const group = k.first('group', NS.media);
  const media = group ? new Kids(group) : k;
  return finishItem({
    id: k.text('guid', RSS) ?? (attr(item, 'rdf:about')?.trim() || null) ?? k.text('id', NS.atom10),
    title:
      firstRssText(k, 'title', RSS) ??
      firstRssText(k, 'title', NS.dc) ??
      firstRssText(k, 'title', NS.itunes) ??
      rssText(media.first('title', NS.media)),
    link: rssLink(k, feed) ?? guidLink(k, RSS),
    published:
      dateIn(k, 'pubdate', RSS) ??
      dateIn(k, 'date', NS.dc) ??
      dateIn(k, 'issued', NS.dcterms) ??
      dateIn(k, 'created', NS.dcterms) ??
      dateIn(k, 'published', NS.atom10),
    updated: dateIn(k, 'modified', NS.dcterms) ?? dateIn(k, 'updated', NS.atom10),
    author:
      personName(k.text('author', RSS)) ??
      creators(k) ??
      personName(k.text('author', NS.itunes)) ??
      personName(k.text('author', NS.dc)) ??
      joinNames(k.all('author', NS.atom10).map((a) => childText(a, 'name', NS.atom10))) ??
      feed.author,
    summary:
      firstRssText(k, 'description', RSS) ??
      firstRssText(k, 'description', NS.dc) ??
      firstRssText(k, 'summary', NS.itunes) ??
      rssText(media.first('description', NS.media)),
    content:
      firstRssText(k, 'encoded', NS.content) ??
      firstRssText(k, 'fullitem', RSS) ??
      rssText(k.first('body', NS.xhtml)) ??
      rssText(k.first('content', NS.atom10)),
    categories: uniqueStrings([...k.all('category', RSS), ...k.all('subject', NS.dc)].map((c) => htmlToText(textOf(c)))),
  });
}

export function readRss(root: XElement, maxItems: number): ParsedFeed {
  // An <rss> root in an unknown namespace (e.g. a Userland variant) names the RSS namespace.
  const rootNs = root.local === 'rdf' ? (attr(root, 'xmlns') ?? '') : root.ns;
  const RSS = RSS_NAMESPACES.has(rootNs) ? RSS_NAMESPACES : new Set([...RSS_NAMESPACES, rootNs]);
  const channel = root.local === 'channel' ? root : child(root, 'channel', RSS);
  const meta = channel ?? root;
  // Items belong to the channel in RSS 2.0 and beside it in RSS 1.0; broken feeds do either.
  const itemEls = [...(channel ? children(channel, 'item', RSS) : []), ...(channel === root ? [] : children(root, 'item', RSS))];
  const k = new Kids(meta);
  const ttl = Number(k.text('ttl', RSS));
  const self = selfLink(meta, NS.atom10);
  const docUrl = root.base;
  const link = rssLink(k, { ns: RSS, docUrl, base: docUrl ?? self, author: null });
  const feed: FeedContext = {
    ns: RSS,
    docUrl,
    base: (link && URL.canParse(link) ? link : null) ?? docUrl ?? self,
    author: personName(k.text('author', NS.itunes)) ?? creators(k),
  };
  return {
    format: rssFormat(root, channel),
    title: firstRssText(k, 'title', RSS) ?? firstRssText(k, 'title', NS.dc),
    link,
    description:
      firstRssText(k, 'description', RSS) ??
      firstRssText(k, 'description', NS.dc) ??
      firstRssText(k, 'subtitle', NS.itunes) ??
      firstRssText(k, 'summary', NS.itunes),
    language: k.text('language', RSS) ?? k.text('language', NS.dc) ?? (meta.lang?.trim() || null),
    updated:
      dateIn(k, 'lastbuilddate', RSS) ??
      dateIn(k, 'pubdate', RSS) ??
      dateIn(k, 'date', NS.dc) ??
      dateIn(k, 'modified', NS.dcterms) ??
      dateIn(k, 'updated', NS.atom10),
    ttlMinutes: Number.isInteger(ttl) && ttl > 0 ? ttl : null,
    items: itemEls.slice(0, maxItems).map((item) => readItem(item, feed)),
  };
}
