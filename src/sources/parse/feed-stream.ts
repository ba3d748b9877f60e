// Finds the feed root while the tree is built and reads each item (RSS) or entry (Atom) of the
// feed as soon as its element is complete, dropping the element from the tree. A large feed's
// tree is then never all in memory at once: less for the garbage collector to copy and promote.
import { atomNamespaces, pendingEntry } from './atom.js';
import type { PendingItem } from './items.js';
import { pendingItem, rssNamespaces } from './rss.js';
import { ATOM_NAMESPACES } from './xml/namespaces.js';
import { inNs, type NsMatch } from './xml/select.js';
import type { TreeListener, XElement } from './xml/tree.js';

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);

/** An Atom entry document: `<entry>` in an Atom namespace at the top of the document (`top` is the document node). */
const isEntryDocument = (el: XElement, top: XElement) =>
  el.local === 'entry' && top.local === '' && el.ns !== '' && ATOM_NAMESPACES.has(el.ns);

export class FeedStream implements TreeListener {
  /**
   * The first feed root element in document order (junk such as PHP warnings may come first), or
   * the entry of an Atom entry document, which is read whole when the document ends.
   */
  root: XElement | null = null;
  /** Atom entries, or the items of the RSS channel (the first <channel> child of the root, or the root itself). */
  readonly inChannel: PendingItem[] = [];
  /** RSS 1.0 items, which are the root's children beside the channel. */
  readonly besideChannel: PendingItem[] = [];
  private channel: XElement | null = null;
  private ns: NsMatch = '';

  /** Items past `maxItems` in either list are dropped unread: they cannot be among the first `maxItems`. */
  constructor(private readonly maxItems: number) {}

  opened(el: XElement, parent: XElement): void {
    if (!this.root) {
      if (!FEED_ROOTS.has(el.local) && !isEntryDocument(el, parent)) return;
      this.root = el;
      if (el.local === 'feed' || el.local === 'entry') this.ns = atomNamespaces(el);
      else {
        this.ns = rssNamespaces(el);
        if (el.local === 'channel') this.channel = el;
      }
    } else if (
      !this.channel &&
      parent === this.root &&
      el.local === 'channel' &&
      this.root.local !== 'feed' &&
      inNs(el, this.ns)
    ) {
      this.channel = el;
    }
  }

  closed(el: XElement, parent: XElement): boolean {
    const root = this.root;
    if (!root || root.local === 'entry' || (parent !== root && parent !== this.channel)) return false;
    if (root.local === 'feed') {
      if (el.local !== 'entry' || !inNs(el, this.ns)) return false;
      this.take(this.inChannel, el, pendingEntry);
    } else {
      if (el.local !== 'item' || !inNs(el, this.ns)) return false;
      if (parent === this.channel) this.take(this.inChannel, el, pendingItem);
      else this.take(this.besideChannel, el, pendingItem);
    }
    return true;
  }

  private take(list: PendingItem[], el: XElement, read: (el: XElement, ns: NsMatch) => PendingItem): void {
    if (list.length < this.maxItems) list.push(read(el, this.ns));
  }
}
