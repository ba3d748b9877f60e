// Feed text to plain text: tags removed (block elements become spaces), entities decoded,
// whitespace collapsed. Feed HTML is untrusted; nothing of its markup survives.
import { decodeHTML } from 'entities';
import type { XElement, XNode } from './xml/tree.js';

const BLOCK = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr img li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
// Each alternative is linear: a tag ends at the first `>` (or the end of the fragment).
const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<(\/?)([A-Za-z][\w:-]*)[^>]*>?|<![^>]*>?/g;

export function collapse(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

function tagGap(name: string): string {
  const lower = name.toLowerCase();
  const local = lower.slice(lower.indexOf(':') + 1);
  return BLOCK.has(local) ? ' ' : '';
}

/** Plain text of an HTML fragment. */
export function htmlToText(html: string | null | undefined): string | null {
  if (!html) return null;
  if (html.indexOf('<') === -1 && html.indexOf('&') === -1) return collapse(html);
  let skipUntil: string | null = null;
  const out: string[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const at = m.index;
    if (skipUntil === null && at > last) out.push(decodeHTML(html.slice(last, at)));
    last = at + m[0].length;
    const [, cdata, slash, name] = m;
    if (name === undefined) {
      if (cdata !== undefined && skipUntil === null) out.push(cdata);
      continue;
    }
    const lower = name.toLowerCase();
    if (skipUntil !== null) {
      if (slash && lower === skipUntil) skipUntil = null;
      continue;
    }
    if (!slash && SKIPPED.has(lower) && !m[0].endsWith('/>')) skipUntil = lower;
    else out.push(tagGap(name));
  }
  if (skipUntil === null && last < html.length) out.push(decodeHTML(html.slice(last)));
  return collapse(out.join(''));
}

/** Concatenated text of an element and its descendants, as written. */
export function textOf(el: XElement): string {
  if (el.kids.length === 1 && typeof el.kids[0] === 'string') return el.kids[0];
  const out: string[] = [];
  const walk = (nodes: XNode[]) => {
    for (const k of nodes) {
      if (typeof k === 'string') out.push(k);
      else walk(k.kids);
    }
  };
  walk(el.kids);
  return out.join('');
}

/** Plain text of inline markup (Atom xhtml, naked HTML in RSS): elements are tags, strings text. */
export function markupToText(el: XElement): string | null {
  const out: string[] = [];
  const walk = (nodes: XNode[]) => {
    for (const k of nodes) {
      if (typeof k === 'string') out.push(k);
      else if (!SKIPPED.has(k.local.toLowerCase())) {
        const gap = tagGap(k.local);
        out.push(gap);
        walk(k.kids);
        out.push(gap);
      }
    }
  };
  walk(el.kids);
  return collapse(out.join(''));
}

export const hasElementKids = (el: XElement): boolean => el.kids.some((k) => typeof k !== 'string');
