// A tolerant XML tokenizer. It never fails on damage: a bare `&` or `<` is text, a broken tag ends
// at the next `<`, an unterminated comment or CDATA section runs to the end. It never expands
// anything it was not given (see entities.ts) and keeps no stack: nesting is the builder's job.
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
  close(start: number, end: number): void;
  text(value: string): void;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c > 127;
/** Name characters are mostly letters (above 62), which the first comparison settles. */
const endsName = (c: number) => !(c > 62) && (isSpace(c) || c === 62 || c === 47 || c === 60 || Number.isNaN(c));

/** End of a DOCTYPE starting at `at`, past its internal subset; also returns the subset. */
function doctypeEnd(src: string, at: number): { end: number; subset: string } {
  const open = src.indexOf('[', at);
  const close = src.indexOf('>', at);
  if (open === -1 || (close !== -1 && close < open)) return { end: close === -1 ? src.length : close + 1, subset: '' };
  let quote = 0;
  for (let i = open + 1; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 93) {
      const gt = src.indexOf('>', i);
      return { end: gt === -1 ? src.length : gt + 1, subset: src.slice(open + 1, i) };
    }
  }
  return { end: src.length, subset: src.slice(open + 1) };
}

/** Skips `<!...>` and `<?...?>` constructs; CDATA becomes text. Returns the next position. */
function scanMarkupDecl(src: string, lt: number, h: XmlHandler, setDtd: (d: DtdEntities | null) => void): number {
  if (src.startsWith('<!--', lt)) {
    const end = src.indexOf('-->', lt + 4);
    return end === -1 ? src.length : end + 3;
  }
  if (src.startsWith('<![CDATA[', lt)) {
    const end = src.indexOf(']]>', lt + 9);
    h.text(src.slice(lt + 9, end === -1 ? src.length : end));
    return end === -1 ? src.length : end + 3;
  }
  if (src.startsWith('<?', lt)) {
    const end = src.indexOf('?>', lt + 2);
    return end === -1 ? src.length : end + 2;
  }
  if (/^<!DOCTYPE/i.test(src.slice(lt, lt + 9))) {
    const { end, subset } = doctypeEnd(src, lt);
    setDtd(subset ? readDtdEntities(subset) : null);
    return end;
  }
  const end = src.indexOf('>', lt);
  return end === -1 ? src.length : end + 1;
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

/** Where the close tag whose name starts at `from` ends: its `>`, else just before the next `<`. */
function closeTagEnd(src: string, from: number): number {
  let p = from;
  while (!endsName(src.charCodeAt(p))) p++;
  if (src.charCodeAt(p) === 62) return p; // the usual `</name>`, found without searching ahead
  const end = src.indexOf('>', from);
  const next = src.indexOf('<', from);
  if (end === -1 || (next !== -1 && next < end)) return next === -1 ? src.length : next - 1;
  return end;
}

export function scanXml(src: string, h: XmlHandler): void {
  const n = src.length;
  let dtd: DtdEntities | null = null;
  const setDtd = (d: DtdEntities | null) => (dtd = d);
  const repeats = new Repeats();
  let i = 0;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt === -1) {
      h.text(decodeEntities(src.slice(i), dtd));
      return;
    }
    if (lt > i) h.text(isShortSpace(src, i, lt) ? repeats.get(src, i, lt) : decodeEntities(src.slice(i, lt), dtd));
    const c = src.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      i = scanMarkupDecl(src, lt, h, setDtd);
    } else if (c === 47) {
      const end = closeTagEnd(src, lt + 2);
      h.close(lt + 2, end);
      i = end + 1;
    } else if (isNameStart(c)) {
      i = scanStartTag(src, lt, h, dtd, repeats);
    } else {
      h.text('<');
      i = lt + 1;
    }
  }
}

function scanStartTag(src: string, lt: number, h: XmlHandler, dtd: DtdEntities | null, repeats: Repeats): number {
  const n = src.length;
  let p = lt + 1;
  while (!endsName(src.charCodeAt(p))) p++;
  const name = repeats.get(src, lt + 1, p);
  let attrs: string[] | null = null;
  let declaresNs = false;
  // The first `<` after p (n when none), where an unterminated quote ends. Looked up once per tag,
  // not per attribute: before a long escaped text (Atom type="html") each lookup ran to its end.
  let nextLt = -1;
  for (;;) {
    while (isSpace(src.charCodeAt(p))) p++;
    const c = src.charCodeAt(p);
    if (p >= n || c === 60) break; // truncated, or a tag that never closed: stop before the next tag
    if (c === 62) {
      p++;
      break;
    }
    if (c === 47) {
      if (src.charCodeAt(p + 1) === 62) {
        h.open(name, attrs ?? NO_ATTRS, true, declaresNs);
        return p + 2;
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
    const decoded = decodeEntities(value, dtd);
    // A literal for the first attribute: sized to fit, where a first push would reserve room for 16.
    if (attrs) attrs.push(attr, decoded);
    else attrs = [attr, decoded];
  }
  h.open(name, attrs ?? NO_ATTRS, false, declaresNs);
  return p;
}
