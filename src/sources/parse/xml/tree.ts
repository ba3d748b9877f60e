// Builds a small element tree from scanner events, recovering from damage: a close tag with no
// open match is dropped, one that matches further up closes everything above it, and the end of
// the document closes whatever is still open. Namespaces, xml:base and xml:lang are resolved here.
import { AppError } from '../../../errors.js';
import type { TextPieces } from '../pieces.js';
import { resolveUrl } from '../urls.js';
import { UNDECLARED_PREFIXES } from './namespaces.js';
import { scanXml, type Attrs } from './scanner.js';

/** Deeper nesting than this is an attack or garbage, never a feed. */
export const MAX_DEPTH = 512;

export interface XElement {
  /** Qualified name as written, e.g. `dc:creator`. */
  name: string;
  /** Local name, lower-cased (feeds are careless about case). */
  local: string;
  /** Namespace URI, '' when none. */
  ns: string;
  attrs: Attrs;
  kids: readonly XNode[];
  /** xml:base in effect (absolute when it could be resolved). */
  base: string | null;
  lang: string | null;
}
export type XNode = XElement | string;

/** An attribute's value; when a name is repeated the last one counts. */
export function attr(el: XElement, name: string): string | undefined {
  return attrIn(el.attrs, name);
}

function attrIn(attrs: Attrs, name: string): string | undefined {
  for (let i = attrs.length - 2; i >= 0; i -= 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

export interface XDocument {
  /** A synthetic element holding the top-level nodes. */
  root: XElement;
  /** True when the input ended with elements still open. */
  truncated: boolean;
}

/** Namespace declarations of one element, linked to the enclosing ones (no copying per element). */
interface Scope {
  declared: Map<string, string>;
  parent: Scope | null;
}

function lookup(scope: Scope | null, prefix: string): string | undefined {
  for (let s = scope; s; s = s.parent) {
    const uri = s.declared.get(prefix);
    if (uri !== undefined) return uri;
  }
  return undefined;
}

interface QName {
  /** The first occurrence of the name, which all elements of that name share. */
  name: string;
  prefix: string;
  local: string;
}

/**
 * Split and lower-cased once per distinct name: a feed repeats a few dozen names many times.
 * Elements keep the cached copy of their name, so the scanner's substring is short-lived.
 */
function qname(cache: Map<string, QName>, name: string): QName {
  let q = cache.get(name);
  if (!q) {
    const colon = name.indexOf(':');
    const local = (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
    q = { name, prefix: colon === -1 ? '' : name.slice(0, colon), local };
    cache.set(name, q);
  }
  return q;
}

/** Shared by every element until its first child (many never get one). */
const NO_KIDS: readonly XNode[] = Object.freeze([]);

function element(q: QName, attrs: Attrs, parent: XElement, scope: Scope): XElement {
  const { name, prefix, local } = q;
  const ns = lookup(scope, prefix) ?? UNDECLARED_PREFIXES.get(prefix) ?? (prefix ? `${prefix}:` : '');
  const xmlBase = attrIn(attrs, 'xml:base');
  const base = xmlBase === undefined ? parent.base : (resolveUrl(xmlBase, parent.base) ?? parent.base);
  const lang = attrIn(attrs, 'xml:lang') ?? parent.lang;
  return { name, local, ns, attrs, kids: NO_KIDS, base, lang };
}

/**
 * Adds a child. A first child gets an array of exactly its size: most elements have one child,
 * and the spare room a first push reserves would be most of the tree's memory (and GC work).
 */
function append(parent: XElement, node: XNode): void {
  if (parent.kids.length === 0) parent.kids = [node];
  else (parent.kids as XNode[]).push(node); // never NO_KIDS: that is replaced by the first child
}

/**
 * The scope of an element with xmlns attributes. Declarations that repeat the binding already in
 * effect (some feeds repeat xmlns:itunes on every element) add no scope.
 */
function scopeFor(attrs: Attrs, parent: Scope): Scope {
  let declared: Map<string, string> | null = null;
  for (let i = 0; i < attrs.length; i += 2) {
    const key = attrs[i]!;
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    const prefix = key === 'xmlns' ? '' : key.slice(6);
    const uri = attrs[i + 1]!.trim().toLowerCase();
    if (!declared?.has(prefix) && lookup(parent, prefix) === uri) continue;
    (declared ??= new Map()).set(prefix, uri);
  }
  return declared ? { declared, parent } : parent;
}

/** Printable ASCII: never removed by trim(). */
const isPlain = (c: number) => c > 32 && c < 127;

/**
 * Whether the close tag's name, src[start, end), is exactly `el`'s: the usual case, seen without
 * taking a substring. A name that might start or end with what trim() removes takes the general path.
 */
function namesTop(src: string, start: number, end: number, el: XElement): boolean {
  const { name } = el;
  const length = name.length;
  if (length === 0 || end - start !== length || !isPlain(name.charCodeAt(0)) || !isPlain(name.charCodeAt(length - 1)))
    return false;
  return src.startsWith(name, start);
}

/** Stack index of the innermost open element a close tag names (exactly, else ignoring case); 0 for none. */
function openMatch(stack: XElement[], name: string): number {
  let at = stack.length - 1;
  while (at > 0 && stack[at]!.name !== name) at--;
  if (at > 0) return at;
  const lower = name.toLowerCase();
  at = stack.length - 1;
  while (at > 0 && stack[at]!.name.toLowerCase() !== lower) at--;
  return at;
}

/** Told of elements as the tree is built: what a feed reader can take early. */
export interface TreeListener {
  /** `el` was opened under `parent` (its attributes known, its children not yet). */
  opened(el: XElement, parent: XElement): void;
  /** `el` is complete (closed, self-closing or closed by an ancestor's close tag). True: drop it from the tree. */
  closed(el: XElement, parent: XElement): boolean;
}

/** Drops `el`, which is complete and so still the last of its parent's children. */
function detach(parent: XElement, el: XElement): void {
  const kids = parent.kids as XNode[];
  if (kids[kids.length - 1] === el) kids.pop();
}

export function parseXml(text: TextPieces, baseUrl: string | null, listener: TreeListener): XDocument {
  const root: XElement = {
    name: '',
    local: '',
    ns: '',
    attrs: [],
    kids: [],
    base: baseUrl,
    lang: null,
  };
  const stack: XElement[] = [root];
  const scopes: Scope[] = [{ declared: new Map(), parent: null }];
  let top = root;
  const names = new Map<string, QName>();
  scanXml(text, {
    open(name, attrs, selfClosing, declaresNs) {
      const parentScope = scopes[scopes.length - 1]!;
      const scope = declaresNs ? scopeFor(attrs, parentScope) : parentScope;
      const el = element(qname(names, name), attrs, top, scope);
      append(top, el);
      listener.opened(el, top);
      if (selfClosing) {
        if (listener.closed(el, top)) detach(top, el);
        return;
      }
      if (stack.length > MAX_DEPTH) throw new AppError('PARSE_ERROR', `Elements nested deeper than ${MAX_DEPTH} levels`);
      stack.push(el);
      scopes.push(scope);
      top = el;
    },
    close(src, start, end) {
      const at = namesTop(src, start, end, top) ? stack.length - 1 : openMatch(stack, src.slice(start, end).trim());
      if (at === 0) return;
      while (stack.length > at) {
        const el = stack.pop()!;
        scopes.pop();
        const parent = stack[stack.length - 1]!;
        if (listener.closed(el, parent)) detach(parent, el);
      }
      top = stack[at - 1]!;
    },
    text(value) {
      if (top !== root) append(top, value);
    },
  });
  return { root, truncated: stack.length > 1 };
}
