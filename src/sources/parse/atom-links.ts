// Choosing "the" link among Atom-style <link rel href type> elements.
import { textOf } from './text.js';
import { absoluteLink } from './urls.js';
import { NS } from './xml/namespaces.js';
import { children, type NsMatch } from './xml/select.js';
import { attr, type XElement } from './xml/tree.js';

const NOT_THE_PAGE = new Set(['self', 'edit', 'enclosure', 'replies', 'hub', 'license', 'next', 'previous', 'first', 'last']);

// Broken feeds put the URL in the element's text instead of href.
const hrefOf = (l: XElement) => (attr(l, 'href') ?? '').trim() || textOf(l).trim();

/** The feed's own URL as it states it (rel="self"), when absolute. */
export function selfLink(parent: XElement, ns: NsMatch): string | null {
  const self = children(parent, 'link', ns).find((l) => attr(l, 'rel')?.trim().toLowerCase() === 'self');
  const href = self ? hrefOf(self) : '';
  return URL.canParse(href) ? new URL(href).href : null;
}

/**
 * The alternate link, else the first link that is not about the feed itself. An explicit
 * rel="alternate" beats an implicit one (no rel), and HTML beats other types.
 * `fallbackBase` resolves relative links when no xml:base or document URL is known.
 */
export function atomLink(parent: XElement, ns: NsMatch = NS.atom10, fallbackBase: string | null = null): string | null {
  const links = children(parent, 'link', ns).filter((l) => hrefOf(l) !== '');
  const rel = (l: XElement) => (attr(l, 'rel') ?? 'alternate').trim().toLowerCase();
  const html = (l: XElement) => /html/i.test(attr(l, 'type') ?? 'text/html');
  const explicit = links.filter((l) => attr(l, 'rel') !== undefined && rel(l) === 'alternate');
  const implicit = links.filter((l) => attr(l, 'rel') === undefined);
  const chosen =
    explicit.find(html) ?? explicit[0] ?? implicit.find(html) ?? implicit[0] ?? links.find((l) => !NOT_THE_PAGE.has(rel(l)));
  return chosen ? absoluteLink(hrefOf(chosen), chosen.base ?? fallbackBase) : null;
}
