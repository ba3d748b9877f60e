// A tolerant XML tokenizer. It never fails on damage: a bare `&` or `<` is text, a broken tag ends
// at the next `<`, an unterminated comment or CDATA section runs to the end. It never expands
// anything it was not given (see entities.ts) and keeps no stack: nesting is the builder's job.
// The text may come in pieces (see ../pieces.ts): a construct that runs past the end of a piece
// is left for the next one, so every event is the same as for the whole text at once.
import type { TextPieces } from '../pieces.js';
import { decodeEntities, readDtdEntities, type DtdEntities } from './entities.js';

/**
 * Attributes in document order as alternating qualified names and values. A flat list, not an
 * object: building a keyed object per element cost more than all lookups readers ever make.
 */
export type Attrs = readonly string[];

/** Shared by every element without attributes (most of them); frozen, so nothing can change it. */
const NO_ATTRS: Attrs = Object.freeze([]);

export interface XmlHandler {
  /** `declaresNs`: some attribute is an xmlns declaration. */
  open(name: string, attrs: Attrs, selfClosing: boolean, declaresNs: boolean): void;
  /** The close tag's name is src[start, end), untrimmed (a range: most need no substring). */
  close(src: string, start: number, end: number): void;
  text(value: string): void;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c > 127;
/** Name characters are mostly letters (above 62), which the first comparison settles. */
const endsName = (c: number) => !(c > 62) && (isSpace(c) || c === 62 || c === 47 || c === 60 || Number.isNaN(c));

/** Returned by a step that reached the end of a piece of text that is not the last: read it with the next. */
const MORE = -1;

/**
 * End of a DOCTYPE starting at `at`, past its internal subset; also returns the subset. At the end
 * of the text, the end of the text (the last piece) or MORE.
 */
function doctypeEnd(src: string, at: number, last: boolean): { end: number; subset: string } {
  const atEnd = last ? src.length : MORE;
  const open = src.indexOf('[', at);
  const close = src.indexOf('>', at);
  if (open === -1 || (close !== -1 && close < open)) return { end: close === -1 ? atEnd : close + 1, subset: '' };
  let quote = 0;
  for (let i = open + 1; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 93) {
      const gt = src.indexOf('>', i);
      return { end: gt === -1 ? atEnd : gt + 1, subset: src.slice(open + 1, i) };
    }
  }
  return { end: atEnd, subset: src.slice(open + 1) };
}

/** Skips `<!...>` and `<?...?>` constructs; CDATA becomes text. Returns the next position, or MORE. */
function scanMarkupDecl(src: string, lt: number, last: boolean, h: XmlHandler, setDtd: (d: DtdEntities | null) => void): number {
  // `<![CDATA[` and `<!DOCTYPE` are told apart by their first 9 characters.
  if (!last && lt + 9 > src.length) return MORE;
  const atEnd = last ? src.length : MORE;
  if (src.startsWith('<!--', lt)) {
    const end = src.indexOf('-->', lt + 4);
    return end === -1 ? atEnd : end + 3;
  }
  if (src.startsWith('<![CDATA[', lt)) {
    const end = src.indexOf(']]>', lt + 9);
    if (end === -1 && !last) return MORE;
    h.text(src.slice(lt + 9, end === -1 ? src.length : end));
    return end === -1 ? src.length : end + 3;
  }
  if (src.startsWith('<?', lt)) {
    const end = src.indexOf('?>', lt + 2);
    return end === -1 ? atEnd : end + 2;
  }
  if (/^<!DOCTYPE/i.test(src.slice(lt, lt + 9))) {
    const { end, subset } = doctypeEnd(src, lt, last);
    if (end !== MORE) setDtd(subset ? readDtdEntities(subset) : null);
    return end;
  }
  const end = src.indexOf('>', lt);
  return end === -1 ? atEnd : end + 1;
}

/**
 * Strings a feed repeats thousands of times (element and attribute names, the indentation between
 * elements) without a new copy each time: a small direct-mapped cache, keyed by length and end
 * characters and confirmed character by character. Fewer strings in the tree, less GC.
 */
class Repeats {
  private readonly slots: string[] = new Array<string>(256).fill('');

  get(src: string, start: number, end: number): string {
    const length = end - start;
    const slot = (length * 31 + src.charCodeAt(start) * 7 + src.charCodeAt(end - 1)) & 255;
    const cached = this.slots[slot]!;
    if (cached.length === length && src.startsWith(cached, start)) return cached;
    const s = src.slice(start, end);
    this.slots[slot] = s;
    return s;
  }
}

/** Indentation and line breaks between elements, worth sharing. */
function isShortSpace(src: string, start: number, end: number): boolean {
  if (end - start > 64) return false;
  for (let i = start; i < end; i++) if (!isSpace(src.charCodeAt(i))) return false;
  return true;
}

/**
 * Where the close tag whose name starts at `from` ends: its `>`, else just before the next `<`;
 * MORE when that depends on text after this piece.
 */
function closeTagEnd(src: string, from: number, last: boolean): number {
  let p = from;
  while (!endsName(src.charCodeAt(p))) p++;
  if (src.charCodeAt(p) === 62) return p; // the usual `</name>`, found without searching ahead
  const end = src.indexOf('>', from);
  const next = src.indexOf('<', from);
  if (end === -1 && next === -1) return last ? src.length : MORE;
  if (end === -1 || (next !== -1 && next < end)) return next - 1;
  return end;
}

/**
 * Reads a document's text and tells `h` what it holds. What a piece ends in the middle of is read
 * again in front of the next piece, which is then at least as long, so nothing is read more than
 * a few times over even when one construct spans the whole document.
 */
export function scanXml(text: TextPieces, h: XmlHandler): void {
  const scanner = new XmlScanner(h);
  let rest = '';
  for (;;) {
    const piece = text.next(rest.length);
    // Joined, not concatenated: a concatenation stays a cons string, slower to scan.
    const src = rest ? [rest, piece].join('') : piece;
    const last = text.done;
    const at = scanner.scan(src, last);
    if (last) return;
    rest = src.slice(at);
  }
}

/** What scanning one text keeps from piece to piece: the DTD's entities and the repeated strings. */
class XmlScanner {
  private dtd: DtdEntities | null = null;
  private readonly setDtd = (d: DtdEntities | null) => (this.dtd = d);
  private readonly repeats = new Repeats();

  constructor(private readonly h: XmlHandler) {}

  /**
   * Reads `src`; unless it is the `last` piece of the text, stops before a construct that runs
   * past its end. Returns where it stopped: the rest belongs in front of the next piece.
   */
  scan(src: string, last: boolean): number {
    const { h, repeats } = this;
    const n = src.length;
    let i = 0;
    while (i < n) {
      const lt = src.indexOf('<', i);
      if (lt === -1) {
        if (!last) return i;
        h.text(decodeEntities(src.slice(i), this.dtd));
        return n;
      }
      if (lt > i) h.text(isShortSpace(src, i, lt) ? repeats.get(src, i, lt) : decodeEntities(src.slice(i, lt), this.dtd));
      const c = src.charCodeAt(lt + 1);
      let next: number;
      if (c === 33 || c === 63) {
        next = scanMarkupDecl(src, lt, last, h, this.setDtd);
      } else if (c === 47) {
        const end = closeTagEnd(src, lt + 2, last);
        if (end !== MORE) h.close(src, lt + 2, end);
        next = end === MORE ? MORE : end + 1;
      } else if (isNameStart(c)) {
        next = scanStartTag(src, lt, last, h, this.dtd, repeats);
      } else if (!last && lt + 1 === n) {
        next = MORE;
      } else {
        h.text('<');
        next = lt + 1;
      }
      if (next === MORE) return lt;
      i = next;
    }
    return n;
  }
}

/** Reads the start tag at `lt`; returns the position after it, or MORE. */
function scanStartTag(src: string, lt: number, last: boolean, h: XmlHandler, dtd: DtdEntities | null, repeats: Repeats): number {
  const n = src.length;
  let p = lt + 1;
  while (!endsName(src.charCodeAt(p))) p++;
  const name = repeats.get(src, lt + 1, p);
  // Values are decoded once the tag is known to be whole: a tag left for the next piece is read
  // again, and DTD entities must be charged to the expansion budget once.
  let attrs: string[] | null = null;
  let declaresNs = false;
  let selfClosing = false;
  // The first `<` after p (n when none), where an unterminated quote ends. Looked up once per tag,
  // not per attribute: before a long escaped text (Atom type="html") each lookup ran to its end.
  let nextLt = -1;
  for (;;) {
    while (isSpace(src.charCodeAt(p))) p++;
    const c = src.charCodeAt(p);
    if (p >= n || c === 60) {
      if (!last && p >= n) return MORE;
      break; // truncated, or a tag that never closed: stop before the next tag
    }
    if (c === 62) {
      p++;
      break;
    }
    if (c === 47) {
      if (src.charCodeAt(p + 1) === 62) {
        selfClosing = true;
        p += 2;
        break;
      }
      p++;
      continue;
    }
    const start = p;
    while (!endsName(src.charCodeAt(p)) && src.charCodeAt(p) !== 61) p++;
    if (p === start) {
      p++; // a stray character such as a quote: skip it
      continue;
    }
    const attr = repeats.get(src, start, p);
    while (isSpace(src.charCodeAt(p))) p++;
    let value = '';
    if (src.charCodeAt(p) === 61) {
      p++;
      while (isSpace(src.charCodeAt(p))) p++;
      const q = src.charCodeAt(p);
      if (q === 34 || q === 39) {
        const close = src.indexOf(q === 34 ? '"' : "'", p + 1);
        if (nextLt <= p) {
          nextLt = src.indexOf('<', p + 1);
          if (nextLt === -1) nextLt = n;
        }
        if (close === -1 && nextLt === n && !last) return MORE;
        if (close !== -1 && close < nextLt) {
          value = src.slice(p + 1, close);
          p = close + 1;
        } else {
          // Unterminated quote: the value runs to the end of the tag.
          let end = src.indexOf('>', p + 1);
          if (end === -1 || nextLt < end) end = nextLt;
          value = src.slice(p + 1, end);
          p = end;
        }
      } else {
        const start2 = p;
        while (p < n && !isSpace(src.charCodeAt(p)) && src.charCodeAt(p) !== 62) p++;
        value = src.slice(start2, p);
      }
    }
    if (attr.startsWith('xmlns')) declaresNs = true;
    // A literal for the first attribute: sized to fit, where a first push would reserve room for 16.
    if (attrs) attrs.push(attr, value);
    else attrs = [attr, value];
  }
  if (attrs) for (let k = 1; k < attrs.length; k += 2) attrs[k] = decodeEntities(attrs[k]!, dtd);
  h.open(name, attrs ?? NO_ATTRS, selfClosing, declaresNs);
  return p;
}
