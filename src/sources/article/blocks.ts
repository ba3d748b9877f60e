// HTML to a list of text blocks: every block element (p, li, h1–h6, blockquote, table cells, …)
// and every double <br> ends a block, so no caption or heading runs into the next sentence.
// Elements that never hold article text are dropped whole: scripts, styles, embeds, media,
// figures and their captions, code blocks, forms, navigation and asides, and elements whose
// class or id names page furniture (share bars, newsletter boxes, related links, credits).
import { collapse } from '../parse/text.js';
import { balanced, scanHtml, type HtmlHandler } from './html-scan.js';

export type BlockKind = 'text' | 'heading' | 'item' | 'quote' | 'cell';

export interface Block {
  kind: BlockKind;
  /** Plain text, whitespace collapsed; a single <br> is kept as '\n'. */
  text: string;
  /** How many of the text's characters are inside links. */
  linkChars: number;
}

const DROPPED = new Set(
  (
    'script style noscript template iframe object embed applet svg math canvas video audio picture source track ' +
    'figure figcaption pre button form input select option textarea label nav aside footer dialog menu'
  ).split(' '),
);

const BLOCK_KIND = new Map<string, BlockKind>([
  ...'h1 h2 h3 h4 h5 h6'.split(' ').map((t) => [t, 'heading'] as const),
  ...'li dt dd'.split(' ').map((t) => [t, 'item'] as const),
  ['blockquote', 'quote'],
  ...'td th caption'.split(' ').map((t) => [t, 'cell'] as const),
]);

const BLOCK = new Set([
  ...BLOCK_KIND.keys(),
  ...'address article center details summary dir div dl fieldset header hgroup hr main ol p section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
]);

/**
 * Class or id words that name furniture rather than text: share bars, newsletter sign-ups,
 * related links, photo credits and captions, bylines, comments, advertising, a footnote's
 * number in the text ("… after 47.<a class="footnote-anchor">2</a>" read as "47.2").
 */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:related|newsletter|share|sharing|social|subscribe|signup|credits?|caption|byline|author-?bio|comments?|advert|advertisement|ad|ads|promo|breadcrumbs?|read-?more|more-?stories|recirc|sidebar|wp-caption-text|footnote-anchor|footnote-ref|footnote-backref|fnref)(?:$|[\s_-])/i;

/** Whether an element is furniture by its name or attributes, never article text. */
function isFurnitureElement(name: string, attribs: Record<string, string>): boolean {
  if (DROPPED.has(name)) return true;
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none/i.test(attribs.style ?? '')) return true;
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`;
  return names.length > 1 && FURNITURE_NAME.test(names);
}

/** Stands for a single <br> in the raw text until the block is finished. */
const LINE_BREAK = '\uE000';

/** The blocks of an HTML fragment or document, in reading order. */
export function htmlToBlocks(html: string): Block[] {
  return collectBlocks((handler) => {
    const tree = balanced(handler);
    scanHtml(html, tree);
    tree.end();
  });
}

/** The attributes furniture is told by: all an element's attributes are not needed. */
const TOLD_BY = ['class', 'id', 'style', 'hidden', 'aria-hidden'];

/** A DOM node as linkedom (or any DOM) gives it: only what the walk reads. */
export interface DomNode {
  nodeType: number;
  localName?: string;
  data?: string;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** The blocks of a DOM element's content (Readability's article), read without serializing it. */
export function domToBlocks(root: DomNode): Block[] {
  const walk = (node: DomNode, handler: HtmlHandler) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 3) handler.text(child.data ?? '');
      else if (child.nodeType === 1 && child.localName) {
        const attribs: Record<string, string> = {};
        for (const name of TOLD_BY) {
          const value = child.getAttribute?.(name);
          if (value !== null && value !== undefined) attribs[name] = value;
        }
        handler.open(child.localName, attribs, false);
        walk(child, handler);
        handler.close(child.localName);
      }
    }
  };
  return collectBlocks((handler) => walk(root, handler));
}

/** Blocks from the open/close/text events `emit` sends (well-formed: every open is closed). */
function collectBlocks(emit: (handler: HtmlHandler) => void): Block[] {
  const blocks: Block[] = [];
  const kinds: BlockKind[] = [];
  let raw = '';
  let linkChars = 0;
  let dropDepth = 0;
  let linkDepth = 0;
  let brPending = false;
  /** Where the raw text stood when each open <code> began, to cut code that spans lines. */
  const codeStarts: number[] = [];

  const flush = () => {
    brPending = false;
    if (codeStarts.length > 0) return; // a block tag inside <code>: the code decides at its end
    const text =
      raw.indexOf(LINE_BREAK) === -1
        ? collapse(raw)
        : raw
            .split(LINE_BREAK)
            .map((l) => collapse(l))
            .filter(Boolean)
            .join('\n');
    if (text) blocks.push({ kind: kinds.at(-1) ?? 'text', text, linkChars });
    raw = '';
    linkChars = 0;
  };

  emit({
    open(name, attribs) {
      if (dropDepth > 0 || isFurnitureElement(name, attribs)) {
        dropDepth++;
        return;
      }
      if (name === 'br') {
        if (brPending) flush();
        else {
          raw += LINE_BREAK;
          brPending = true;
        }
        return;
      }
      if (BLOCK.has(name)) flush();
      const kind = BLOCK_KIND.get(name);
      if (kind) kinds.push(kind);
      if (name === 'a') linkDepth++;
      if (name === 'code') codeStarts.push(raw.length);
    },
    text(text) {
      if (dropDepth > 0) return;
      if (brPending && /\S/.test(text)) brPending = false;
      raw += text;
      if (linkDepth > 0) linkChars += collapse(text)?.length ?? 0;
    },
    close(name) {
      if (dropDepth > 0) {
        dropDepth--;
        return;
      }
      if (name === 'br') return;
      if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
      if (name === 'code') {
        const start = codeStarts.pop() ?? raw.length;
        // Code that spans lines is a code block, never prose.
        if (/[\n\r]/.test(raw.slice(start))) raw = raw.slice(0, start);
      }
      if (BLOCK_KIND.has(name)) {
        flush();
        kinds.pop();
      } else if (BLOCK.has(name)) flush();
    },
  });
  codeStarts.length = 0;
  flush();
  return blocks;
}
