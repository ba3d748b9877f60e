// Choosing "the" link among Atom-style <link rel href type> elements.
import { absoluteLink } from './urls.js';
import { NS } from './xml/namespaces.js';
import { children, type NsMatch } from './xml/select.js';
import type { XElement } from './xml/tree.js';

const NOT_THE_PAGE = new Set(['self', 'edit', 'enclosure', 'replies', 'hub', 'license', 'next', 'previous', 'first', 'last']);

/** The alternate link (HTML preferred), else the first link that is not about the feed itself. */
export function atomLink(parent: XElement, ns: NsMatch = NS.atom10): string | null {
  const links = children(parent, 'link', ns).filter((l) => (l.attrs.href ?? '').trim() !== '');
  const rel = (l: XElement) => (l.attrs.rel ?? 'alternate').trim().toLowerCase();
  const alternates = links.filter((l) => rel(l) === 'alternate');
  const chosen =
    alternates.find((l) => /html/i.test(l.attrs.type ?? 'text/html')) ?? alternates[0] ?? links.find((l) => !NOT_THE_PAGE.has(rel(l)));
  return chosen ? absoluteLink(chosen.attrs.href, chosen.base) : null;
}
