// Atom 1.0 and 0.3 into the one model. Text constructs carry their own type (text, html, xhtml;
// 0.3 adds mode="escaped|base64|xml"), which decides how they become plain text; plain text
// escaped twice by the publisher is undone (double-encoded.ts). An entry document is a feed too.
import type { FeedFormat, ParsedFeed, ParsedItem } from '../../model.js';
import { atomLink, selfLink } from './atom-links.js';
import { parseDate } from './dates.js';
import { undoubled } from './double-encoded.js';
import { rawBody } from './raw-body.js';
import { finishItem, joinNames, linksOf, uniqueStrings, type ItemDraft, type PendingItem } from './items.js';
import { collapse, hasElementKids, htmlToText, markupToText, textOf } from './text.js';
import { ATOM_NAMESPACES, NS } from './xml/namespaces.js';
import { child, childText, children, type NsMatch } from './xml/select.js';
import { attr, type XElement } from './xml/tree.js';

function atomText(el: XElement | undefined): string | null {
  if (!el) return null;
  const type = (attr(el, 'type') ?? 'text').trim().toLowerCase();
  const mode = (attr(el, 'mode') ?? '').trim().toLowerCase();
  const isHtml = type === 'html' || type.endsWith('/html');
  const isText = type === 'text' || type.startsWith('text/') || type === '';
  const isXml = type === 'xhtml' || type.endsWith('xml');
  if (mode === 'base64' || (!isHtml && !isText && !isXml)) {
    const decoded = Buffer.from(textOf(el).replace(/\s+/g, ''), 'base64').toString('utf8');
    return isHtml || /<\/?[a-z]/i.test(decoded) ? htmlToText(decoded) : collapse(decoded);
  }
  if (hasElementKids(el)) return markupToText(el);
  if (isHtml || mode === 'escaped') return htmlToText(textOf(el));
  return undoubled(collapse(textOf(el)));
}

const personNames = (parent: XElement, role: string, ATOM: NsMatch) =>
  joinNames(
    children(parent, role, ATOM).map((p) => childText(p, 'name', ATOM) ?? (hasElementKids(p) ? null : collapse(textOf(p)))),
  );

const dateOf = (parent: XElement, ATOM: NsMatch, ...names: string[]) => {
  for (const name of names) {
    const date = parseDate(childText(parent, name, ATOM));
    if (date) return date;
  }
  return null;
};

interface FeedContext {
  author: string | null;
  base: string | null;
  ns: NsMatch;
}

/** The namespaces Atom elements may have in the document under `root`. */
export function atomNamespaces(root: XElement): NsMatch {
  // A <feed> in an unknown namespace is still read as Atom (old drafts used several).
  return ATOM_NAMESPACES.has(root.ns) ? ATOM_NAMESPACES : new Set([...ATOM_NAMESPACES, root.ns]);
}

/** All of an entry that does not depend on its feed. */
export function pendingEntry(entry: XElement, ATOM: NsMatch): PendingItem {
  const source = child(entry, 'source', ATOM);
  const content = child(entry, 'content', ATOM);
  const draft: ItemDraft = {
    id: childText(entry, 'id', ATOM),
    title: atomText(child(entry, 'title', ATOM)),
    link: null,
    published: dateOf(entry, ATOM, 'published', 'issued', 'created'),
    updated: dateOf(entry, ATOM, 'updated', 'modified'),
    // Per RFC 4287 an entry without an author has its source's, else the feed's.
    author:
      personNames(entry, 'author', ATOM) ??
      personNames(entry, 'creator', ATOM) ??
      joinNames(children(entry, 'creator', NS.dc).map((c) => collapse(textOf(c)))) ??
      (source ? personNames(source, 'author', ATOM) : null),
    summary: atomText(child(entry, 'summary', ATOM)),
    content: content && attr(content, 'src') ? null : atomText(content),
    contentHtml: rawBody([content && attr(content, 'src') ? undefined : content, child(entry, 'summary', ATOM)]),
    categories: uniqueStrings([
      ...children(entry, 'category', ATOM).map(
        (c) => collapse(attr(c, 'term')) ?? collapse(attr(c, 'label')) ?? collapse(textOf(c)),
      ),
      ...children(entry, 'subject', NS.dc).map((c) => collapse(textOf(c))),
    ]),
  };
  return { draft, links: linksOf(entry) };
}

function finishEntry({ draft, links }: PendingItem, feed: FeedContext): ParsedItem {
  draft.link = atomLink(links, feed.ns, feed.base);
  draft.author ??= feed.author;
  return finishItem(draft);
}

const atomFormat = (root: XElement): FeedFormat =>
  root.ns === NS.atom03 || attr(root, 'version')?.trim() === '0.3' ? 'atom0.3' : 'atom1.0';

/**
 * An Atom entry document (RFC 4287 section 2): a feed of its one entry. The document states
 * nothing about a feed, so the feed's fields are empty but for its date, the entry's (as for
 * JSON Feed, a feed changes when its latest item does).
 */
export function readAtomEntry(entry: XElement, maxItems: number): ParsedFeed {
  const ATOM = atomNamespaces(entry);
  const item = finishEntry(pendingEntry(entry, ATOM), { author: null, base: entry.base ?? selfLink(entry, ATOM), ns: ATOM });
  return {
    format: atomFormat(entry),
    title: null,
    link: null,
    description: null,
    language: entry.lang?.trim() || null,
    updated: item.updated ?? item.published,
    items: maxItems > 0 ? [item] : [],
  };
}

/** `taken`: entries already taken out of the tree (see FeedStream), in document order. */
export function readAtom(root: XElement, maxItems: number, taken: readonly PendingItem[]): ParsedFeed {
  const format = atomFormat(root);
  const ATOM = atomNamespaces(root);
  // Without xml:base or a document URL, relative links resolve against the feed's self link,
  // and entry links then against the feed's own page.
  const self = selfLink(root, ATOM);
  const link = atomLink(root, ATOM, self);
  const context: FeedContext = { author: personNames(root, 'author', ATOM), base: root.base ?? self ?? link, ns: ATOM };
  return {
    format,
    title: atomText(child(root, 'title', ATOM)),
    link,
    description: atomText(child(root, 'subtitle', ATOM)) ?? atomText(child(root, 'tagline', ATOM)),
    language: root.lang?.trim() || childText(root, 'language', NS.dc),
    updated: dateOf(root, ATOM, 'updated', 'modified'),
    // An entry still in the tree was left open at the end, after all those taken.
    items: [...taken, ...children(root, 'entry', ATOM).map((e) => pendingEntry(e, ATOM))]
      .slice(0, maxItems)
      .map((e) => finishEntry(e, context)),
  };
}
