// A small HTML tokenizer for item bodies and Readability's output: open tags (lower-case name,
// attributes), close tags and text (entities decoded), in order. It jumps from `<` to `<` rather
// than reading every character, since the article stage runs on every new item of a poll.
// Comments, doctypes and processing instructions are skipped; the bodies of raw-text elements
// (script, style, …) are passed over whole. Tree building is the caller's (blocks.ts).
import { decodeHTML } from 'entities';

export interface HtmlHandler {
  open(name: string, attribs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Elements whose content is not markup: skipped to their close tag. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);

/** The search for each raw-text element's close tag, any case. */
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const NAME_END = /[\s/>]/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|(\/?>)/g;

const decode = (s: string) => (s.indexOf('&') === -1 ? s : decodeHTML(s));

/** Where the tag starting at `lt` ends (just after its `>`), and its name, attributes and self-closing slash. */
function readTag(html: string, lt: number, closing: boolean) {
  const start = lt + (closing ? 2 : 1);
  NAME_END.lastIndex = start;
  const nameEnd = NAME_END.exec(html)?.index ?? html.length;
  const name = html.slice(start, nameEnd).toLowerCase();
  const attribs: Record<string, string> = {};
  let selfClosing = false;
  // Fast path: no attributes.
  if (html.charCodeAt(nameEnd) === 62) return { end: nameEnd + 1, name, attribs, selfClosing };
  ATTRIBUTE.lastIndex = nameEnd;
  for (let m = ATTRIBUTE.exec(html); m; m = ATTRIBUTE.exec(html)) {
    if (m[5]) {
      selfClosing = m[5] === '/>';
      return { end: ATTRIBUTE.lastIndex, name, attribs, selfClosing };
    }
    if (!closing) attribs[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return { end: html.length, name, attribs, selfClosing };
}

export function scanHtml(html: string, handler: HtmlHandler): void {
  let i = 0;
  const textUpTo = (end: number) => {
    if (end > i) handler.text(decode(html.slice(i, end)));
  };
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      // <!-- comment -->, <!doctype>, <![CDATA[…]]>, <?…>
      textUpTo(lt);
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
      i = end === -1 ? html.length : end + (comment ? 3 : 1);
      continue;
    }
    const closing = c === 47;
    if (!isAsciiLetter(closing ? html.charCodeAt(lt + 2) : c)) {
      // A `<` that opens no tag is text; it stays in the run of text before the next `<`.
      const next = html.indexOf('<', lt + 1);
      textUpTo(next === -1 ? html.length : next);
      i = next === -1 ? html.length : next;
      continue;
    }
    textUpTo(lt);
    const tag = readTag(html, lt, closing);
    i = tag.end;
    if (closing) {
      handler.close(tag.name);
      continue;
    }
    handler.open(tag.name, tag.attribs, tag.selfClosing);
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const search = RAW_TEXT_END.get(tag.name)!;
      search.lastIndex = i;
      const close = search.exec(html)?.index ?? -1;
      const end = close === -1 ? html.length : close;
      if (tag.name === 'textarea' || tag.name === 'title') handler.text(decode(html.slice(i, end)));
      i = close === -1 ? html.length : html.indexOf('>', close) + 1 || html.length;
      handler.close(tag.name);
    }
  }
  textUpTo(html.length);
}

/** Elements that never have content or a close tag. */
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Start tags that close an open <p> (HTML's block-level elements). */
const CLOSES_P = new Set(
  'address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul'.split(
    ' ',
  ),
);
/** Start tags that close an earlier open one of their kinds, up to the container named. */
const CLOSES_SIBLING = new Map<string, { siblings: string[]; container: string[] }>([
  ['li', { siblings: ['li'], container: ['ul', 'ol', 'menu'] }],
  ['dt', { siblings: ['dt', 'dd'], container: ['dl'] }],
  ['dd', { siblings: ['dt', 'dd'], container: ['dl'] }],
  ['td', { siblings: ['td', 'th'], container: ['tr', 'table'] }],
  ['th', { siblings: ['td', 'th'], container: ['tr', 'table'] }],
  ['tr', { siblings: ['tr', 'td', 'th'], container: ['table', 'tbody', 'thead', 'tfoot'] }],
  ['option', { siblings: ['option'], container: ['select', 'datalist'] }],
]);

/**
 * Wraps a handler so it sees a well-formed tree: every open has its close, void elements close at
 * once, end tags the HTML leaves out (</p>, </li>, </td>, …) are implied, stray end tags dropped,
 * and whatever is open at the end is closed.
 */
export function balanced(inner: HtmlHandler): HtmlHandler & { end(): void } {
  const stack: string[] = [];
  const popTo = (depth: number) => {
    while (stack.length > depth) inner.close(stack.pop()!);
  };
  return {
    open(name, attribs, selfClosing) {
      if (CLOSES_P.has(name) && stack.at(-1) === 'p') popTo(stack.length - 1);
      const rule = CLOSES_SIBLING.get(name);
      if (rule) {
        for (let d = stack.length - 1; d >= 0 && !rule.container.includes(stack[d]!); d--) {
          if (rule.siblings.includes(stack[d]!)) {
            popTo(d);
            break;
          }
        }
      }
      inner.open(name, attribs, selfClosing);
      if (VOID.has(name) || selfClosing) inner.close(name);
      else stack.push(name);
    },
    close(name) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) popTo(at);
    },
    text: (text) => inner.text(text),
    end: () => popTo(0),
  };
}
