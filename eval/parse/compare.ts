// Semantic comparison: the expected values come from other parsers' models (HTML-sanitized text,
// raw date strings, time tuples), ours are plain text, ISO dates and absolute URLs.
import { decodeHTML } from 'entities';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The plain-text reading of an expected value that may be HTML (independent of our parser). */
export function plain(s: string): string {
  return collapse(
    decodeHTML(
      s
        .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<\/?(p|div|br|li|ul|ol|h\d|tr|td|table|blockquote|img|hr)\b[^>]*>/gi, ' ')
        .replace(/<\/?[A-Za-z][^>]*>/g, ''),
    ),
  );
}

/** Our plain text equals the expected value read as text or read as HTML. */
export function sameText(ours: string | null | undefined, expected: unknown): boolean {
  if (typeof expected !== 'string') return expected === null && !ours;
  const e = collapse(expected);
  const p = plain(expected);
  if (!p) return !ours || ours === e; // markup with no text (a lone <img>) is no text
  return ours === e || ours === p;
}

function normUrl(u: string): string {
  try {
    return new URL(u.trim()).href;
  } catch {
    return u.trim();
  }
}

/** Equal URLs; a relative expected URL (a parser that does not resolve) matches its resolution. */
export function sameUrl(ours: string | null | undefined, expected: unknown): boolean {
  if (typeof expected !== 'string' || !expected) return !ours;
  if (!ours) return false;
  if (URL.canParse(expected.trim())) return normUrl(ours) === normUrl(expected);
  return URL.canParse(ours) && new URL(expected.trim(), ours).href === normUrl(ours);
}

/** An instant from an ISO/RFC 822 string, a Python time tuple (UTC) or epoch ms. */
export function instant(v: unknown): number | null {
  if (Array.isArray(v) && v.length >= 6) {
    const [y, mo, d, h, mi, s] = v as number[];
    return Date.UTC(y!, mo! - 1, d, h, mi, s);
  }
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || !v.trim()) return null;
  const t = Date.parse(v.trim());
  return Number.isNaN(t) ? null : t;
}

export function sameInstant(ours: string | null | undefined, expected: unknown): boolean {
  const e = instant(expected);
  if (e === null) return !ours;
  return !!ours && Date.parse(ours) === e;
}

/** Our author names the expected person: equal, or equal to the name in "Name (email)". */
export function namesPerson(ours: string | null | undefined, expected: unknown): boolean {
  if (typeof expected !== 'string' || !expected.trim()) return true;
  if (!ours) return false;
  const names = ours.split(', ').map((n) => n.trim());
  const e = plain(expected);
  const nameOnly = /^(.*?)\s*\(([^()]+@[^()]+)\)$/.exec(e)?.[1] ?? /^[^\s@]+@[^\s@]+\s*\((.+)\)$/.exec(e)?.[1];
  return names.includes(e) || ours === e || (!!nameOnly && names.includes(nameOnly));
}

export function sameId(ours: string | null | undefined, expected: unknown): boolean {
  return typeof expected === 'string' && ours === expected.trim();
}

const FORMAT_FAMILY: Record<string, string> = {
  'rss2.0': 'rss',
  'rss1.0': 'rss',
  'rss0.9x': 'rss',
  'atom1.0': 'atom',
  'atom0.3': 'atom',
  'json1.0': 'json',
  'json1.1': 'json',
};

export const formatFamily = (format: string): string => FORMAT_FAMILY[format] ?? format;
