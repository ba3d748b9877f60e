// An item's body as the feed wrote it (escaped HTML, naked markup, markdown or text), handed on
// beside the plain-text fields so the article stage (src/sources/article) can read its structure.
import { escapeUTF8 } from 'entities';
import { hasElementKids, textOf } from './text.js';
import { attr, type XElement, type XNode } from './xml/tree.js';

/** Naked markup back to HTML: tags, class names (the article stage reads them) and text. */
function markup(nodes: readonly XNode[]): string {
  let out = '';
  for (const k of nodes) {
    if (typeof k === 'string') out += escapeUTF8(k);
    else {
      const cls = attr(k, 'class');
      out += `<${k.local}${cls ? ` class="${escapeUTF8(cls)}"` : ''}>${markup(k.kids)}</${k.local}>`;
    }
  }
  return out;
}

/** The raw body of the first candidate element that holds something. */
export function rawBody(candidates: readonly (XElement | undefined)[]): string | null {
  for (const el of candidates) {
    if (!el) continue;
    if (hasElementKids(el)) return markup(el.kids);
    const raw = textOf(el);
    if (raw.trim()) return raw;
  }
  return null;
}
