// RSS 0.9x, 1.0 (RDF) and 2.0 into the one model. RSS text fields are HTML in practice
// (escaped or, in broken feeds, naked), so they all go through the HTML-to-text path.
import type { FeedFormat, ParsedFeed, ParsedItem } from '../../model.js';
import { atomLink, selfLink } from './atom-links.js';
import { parseDate } from './dates.js';
import { rawBody } from './raw-body.js';
import { finishItem, joinNames, linksOf, personName, uniqueStrings, type ItemDraft, type PendingItem } from './items.js';
import { hasElementKids, htmlToText, markupToText, textOf } from './text.js';
import { absoluteLink } from './urls.js';
import { NS, RSS_NAMESPACES } from './xml/namespaces.js';
import { child, childText, children, inNs, type NsMatch } from './xml/select.js';
import { attr, type XElement } from './xml/tree.js';

export const rssText = (el: XElement | undefined): string | null =>
  el ? (hasElementKids(el) ? markupToText(el) : htmlToText(textOf(el))) : null;

const firstRssText = (parent: XElement, local: string, ns: NsMatch) => {
  for (const el of children(parent, local, ns)) {
    const t = rssText(el);
    if (t) return t;
  }
  return null;
};

const dateIn = (parent: XElement, local: string, ns: NsMatch) => parseDate(childText(parent, local, ns));

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

function rssLink(parent: XElement, feed: FeedContext): string | null {
  for (const el of children(parent, 'link', feed.ns)) {
    const xmlBase = el.base !== feed.docUrl ? el.base : null;
    // Text of only whitespace (a line break between the tags) is no link: an href may follow.
    const link = absoluteLink(textOf(el).trim() || attr(el, 'href'), xmlBase ?? feed.base ?? el.base);
    if (link) return link;
  }
  return atomLink(parent, NS.atom10, feed.base);
}

const isFalse = (value: string | undefined) => value?.trim().toLowerCase() === 'false';

function guidLink(item: XElement, RSS: NsMatch): string | null {
  const guid = child(item, 'guid', RSS);
  if (!guid || isFalse(attr(guid, 'isPermaLink')) || isFalse(attr(guid, 'ispermalink'))) return null;
  const text = textOf(guid).trim();
  return /^https?:\/\//i.test(text) ? absoluteLink(text, guid.base) : null;
}

/**
 * An item's <description> and <summary> (not RSS, but written by some generators), in document
 * order. As in feedparser, the first that has text is the summary; the next with other text is
 * the content when the item has no content element of its own.
 */
function summaryAndSecond(item: XElement, RSS: NsMatch): { summary: string | null; second: string | null } {
  let summary: string | null = null;
  for (const k of item.kids) {
    if (typeof k === 'string' || (k.local !== 'description' && k.local !== 'summary') || !inNs(k, RSS)) continue;
    const text = rssText(k);
    if (!text || text === summary) continue;
    if (summary !== null) return { summary, second: text };
    summary = text;
  }
  return { summary, second: null };
}

const creators = (parent: XElement) => joinNames(children(parent, 'creator', NS.dc).map((c) => personName(rssText(c))));

/** The namespaces plain RSS elements may have in the document under `root`. */
export function rssNamespaces(root: XElement): NsMatch {
  // An <rss> root in an unknown namespace (e.g. a Userland variant) names the RSS namespace.
  const rootNs = root.local === 'rdf' ? (attr(root, 'xmlns') ?? '') : root.ns;
  return RSS_NAMESPACES.has(rootNs) ? RSS_NAMESPACES : new Set([...RSS_NAMESPACES, rootNs]);
}

/** All of an item that does not depend on its channel. */
export function pendingItem(item: XElement, RSS: NsMatch): PendingItem {
  const media = child(item, 'group', NS.media) ?? item;
  const own = summaryAndSecond(item, RSS);
  const draft: ItemDraft = {
    id: childText(item, 'guid', RSS) ?? (attr(item, 'rdf:about')?.trim() || null) ?? childText(item, 'id', NS.atom10),
    title:
      firstRssText(item, 'title', RSS) ??
      firstRssText(item, 'title', NS.dc) ??
      firstRssText(item, 'title', NS.itunes) ??
      rssText(child(media, 'title', NS.media)),
    link: null,
    published:
      dateIn(item, 'pubdate', RSS) ??
      dateIn(item, 'date', NS.dc) ??
      dateIn(item, 'issued', NS.dcterms) ??
      dateIn(item, 'created', NS.dcterms) ??
      dateIn(item, 'published', NS.atom10),
    updated: dateIn(item, 'modified', NS.dcterms) ?? dateIn(item, 'updated', NS.atom10),
    author:
      personName(childText(item, 'author', RSS)) ??
      creators(item) ??
      personName(childText(item, 'author', NS.itunes)) ??
      personName(childText(item, 'author', NS.dc)) ??
      joinNames(children(item, 'author', NS.atom10).map((a) => childText(a, 'name', NS.atom10))),
    summary:
      own.summary ??
      firstRssText(item, 'description', NS.dc) ??
      firstRssText(item, 'summary', NS.itunes) ??
      rssText(child(media, 'description', NS.media)),
    content:
      firstRssText(item, 'encoded', NS.content) ??
      firstRssText(item, 'fullitem', RSS) ??
      rssText(child(item, 'body', NS.xhtml)) ??
      rssText(child(item, 'content', NS.atom10)) ??
      own.second,
    contentHtml: rawBody([
      ...children(item, 'encoded', NS.content),
      ...children(item, 'fullitem', RSS),
      child(item, 'body', NS.xhtml),
      child(item, 'content', NS.atom10),
      ...children(item, 'description', RSS),
      ...children(item, 'description', NS.dc),
      child(item, 'summary', NS.itunes),
      child(media, 'description', NS.media),
    ]),
    categories: uniqueStrings(
      [...children(item, 'category', RSS), ...children(item, 'subject', NS.dc)].map((c) => htmlToText(textOf(c))),
    ),
  };
  return { draft, links: linksOf(item) };
}

function finishRssItem({ draft, links }: PendingItem, feed: FeedContext): ParsedItem {
  draft.link = rssLink(links, feed) ?? guidLink(links, feed.ns);
  draft.author ??= feed.author;
  return finishItem(draft);
}

/** Items already taken out of the tree (see FeedStream), in document order. */
export interface TakenItems {
  inChannel: readonly PendingItem[];
  besideChannel: readonly PendingItem[];
}

export function readRss(root: XElement, maxItems: number, taken: TakenItems): ParsedFeed {
  const RSS = rssNamespaces(root);
  const channel = root.local === 'channel' ? root : child(root, 'channel', RSS);
  const meta = channel ?? root;
  // Items belong to the channel in RSS 2.0 and beside it in RSS 1.0; broken feeds do either.
  // Those still in the tree come after the ones taken: only an item left open at the end stays.
  const pending = (items: XElement[]) => items.map((item) => pendingItem(item, RSS));
  const items = [
    ...taken.inChannel,
    ...pending(channel ? children(channel, 'item', RSS) : []),
    ...taken.besideChannel,
    ...pending(channel === root ? [] : children(root, 'item', RSS)),
  ];
  const ttl = Number(childText(meta, 'ttl', RSS));
  const self = selfLink(meta, NS.atom10);
  const docUrl = root.base;
  const link = rssLink(meta, { ns: RSS, docUrl, base: docUrl ?? self, author: null });
  const feed: FeedContext = {
    ns: RSS,
    docUrl,
    base: (link && URL.canParse(link) ? link : null) ?? docUrl ?? self,
    author: personName(childText(meta, 'author', NS.itunes)) ?? creators(meta),
  };
  return {
    format: rssFormat(root, channel),
    title: firstRssText(meta, 'title', RSS) ?? firstRssText(meta, 'title', NS.dc),
    link,
    description:
      firstRssText(meta, 'description', RSS) ??
      firstRssText(meta, 'description', NS.dc) ??
      firstRssText(meta, 'subtitle', NS.itunes) ??
      firstRssText(meta, 'summary', NS.itunes),
    language: childText(meta, 'language', RSS) ?? childText(meta, 'language', NS.dc) ?? (meta.lang?.trim() || null),
    updated:
      dateIn(meta, 'lastbuilddate', RSS) ??
      dateIn(meta, 'pubdate', RSS) ??
      dateIn(meta, 'date', NS.dc) ??
      dateIn(meta, 'modified', NS.dcterms) ??
      dateIn(meta, 'updated', NS.atom10),
    ttlMinutes: Number.isInteger(ttl) && ttl > 0 ? ttl : null,
    items: items.slice(0, maxItems).map((item) => finishRssItem(item, feed)),
  };
}
