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

/** Longest name in BLOCK and SKIPPED; 37^10 is still an exact integer. */
const MAX_CODED = 10;

/**
 * s[start, end) as a number (base 37: letters ignoring case, then digits), so that HTML tags are
 * told apart without a substring and a hash per tag; -1 when no name in BLOCK or SKIPPED could be it.
 */
function nameCode(s: string, start: number, end: number): number {
  if (end - start > MAX_CODED) return -1;
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) | 32; // ASCII upper case to lower; digits keep their code
    if (c >= 97 && c <= 122) code = code * 37 + c - 96;
    else if (c >= 48 && c <= 57) code = code * 37 + c - 21;
    else return -1;
  }
  return code;
}

const codeOf = (name: string) => nameCode(name, 0, name.length);
/** A block tag, open or close, becomes a space. */
const GAP = ' ';
/** By nameCode: GAP for a block tag; for a skipped element, the search for its close tag. One lookup per tag. */
const TAG_EFFECTS = new Map<number, typeof GAP | RegExp>([
  ...[...BLOCK].map((tag) => [codeOf(tag), GAP] as const),
  ...[...SKIPPED].map((tag) => [codeOf(tag), new RegExp(`</${tag}`, 'gi')] as const),
]);

/** Whitespace to collapse: runs of two or more, or one that is not a plain space (single spaces, the bulk, never match). */
const MESSY_SPACE = /\s{2,}|[^\S ]/g;
/** The characters of `\s` above Latin-1: a one-byte string cannot hold them, so the search ends at once. */
const WIDE_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const DOUBLE_SPACE = /\s\s/;

/**
 * Whether MESSY_SPACE matches anywhere, asked more cheaply than by MESSY_SPACE itself, which tests
 * every character against two alternatives: a search per Latin-1 whitespace character, the wide
 * ones, then a pair (which the regex engine looks for two characters at a time).
 */
function hasMessySpace(s: string): boolean {
  return (
    s.indexOf('\n') !== -1 ||
    s.indexOf('\t') !== -1 ||
    s.indexOf('\r') !== -1 ||
    s.indexOf('\u00a0') !== -1 ||
    s.indexOf('\v') !== -1 ||
    s.indexOf('\f') !== -1 ||
    WIDE_SPACE.test(s) ||
    DOUBLE_SPACE.test(s)
  );
}

export function collapse(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = (hasMessySpace(s) ? s.replace(MESSY_SPACE, ' ') : s).trim();
  return t || null;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 58) || c === 45 || c === 95;

const tagGap = (local: string): string => (BLOCK.has(local) ? ' ' : '');

/** Whether s[start, end) is all ASCII whitespace (true when empty). */
function isAsciiSpace(s: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = s.charCodeAt(p);
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}

/** End of the tag name starting at `start`. */
function nameEnd(html: string, start: number): number {
  let p = start;
  while (isNameChar(html.charCodeAt(p))) p++;
  return p;
}

/** nameCode of the local part (after the first colon) of the tag name at [start, end). */
function localCode(html: string, start: number, end: number): number {
  for (let p = start; p < end; p++) if (html.charCodeAt(p) === 58) return nameCode(html, p + 1, end);
  return nameCode(html, start, end);
}

/** End of a `<!...>` construct at `lt` (comment, CDATA, doctype), and the text it contributes. */
function declaration(html: string, lt: number): { end: number; text: string } {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return { end: end === -1 ? html.length : end + 3, text: '' };
  }
  if (html.startsWith('<![CDATA[', lt)) {
    const end = html.indexOf(']]>', lt + 9);
    return { end: end === -1 ? html.length : end + 3, text: html.slice(lt + 9, end === -1 ? html.length : end) };
  }
  const end = html.indexOf('>', lt);
  return { end: end === -1 ? html.length : end + 1, text: '' };
}

/** Plain text of an HTML fragment. A tag ends at the first `>`; script/style bodies are dropped. */
export function htmlToText(html: string | null | undefined): string | null {
  if (!html) return null;
  if (html.indexOf('<') === -1) return collapse(html.indexOf('&') === -1 ? html : decodeHTML(html));
  let out = '';
  let gapEnd = 0; // out.length just after the last block-tag space (0: none needed at the start)
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (out.length !== gapEnd || !isAsciiSpace(html, i, lt)) out += html.slice(i, lt);
    const c = html.charCodeAt(lt + 1);
    const closing = c === 47;
    if (c === 33) {
      const d = declaration(html, lt);
      out += d.text;
      i = d.end;
      continue;
    }
    if (!isLetter(closing ? html.charCodeAt(lt + 2) : c)) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const nameStart = closing ? lt + 2 : lt + 1;
    const p = nameEnd(html, nameStart);
    const code = localCode(html, nameStart, p);
    const gt = html.indexOf('>', p);
    i = gt === -1 ? html.length : gt + 1;
    const effect = TAG_EFFECTS.get(code);
    if (effect === GAP) {
      if (out.length !== gapEnd) {
        out += GAP;
        gapEnd = out.length;
      }
    } else if (effect && !closing && html.charCodeAt(i - 2) !== 47) {
      effect.lastIndex = i;
      i = effect.exec(html)?.index ?? html.length;
    }
  }
  out += html.slice(i);
  return collapse(html.indexOf('&') === -1 ? out : decodeHTML(out));
}

/** Concatenated text of an element and its descendants, as written. */
export function textOf(el: XElement): string {
  if (el.kids.length === 1 && typeof el.kids[0] === 'string') return el.kids[0];
  const out: string[] = [];
  const walk = (nodes: readonly XNode[]) => {
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
  const walk = (nodes: readonly XNode[]) => {
    for (const k of nodes) {
      if (typeof k === 'string') out.push(k);
      else if (!SKIPPED.has(k.local)) {
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
