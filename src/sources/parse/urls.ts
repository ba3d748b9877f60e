// Links in feeds are often relative: resolve against xml:base, the document URL, or keep as given.

/**
 * An absolute http(s) URL already written the way `new URL(...).href` writes it back: lower-case
 * host name (no port, no IP address, no punycode), a path without dot segments, and only
 * characters the URL parser keeps as they are. Most feed links are; they skip the parser.
 */
const CANONICAL_URL =
  /^(?!.*%2[eE])(?!.*xn--)https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*\/(?!\.)(?:[\w\-~!$&()*+,;=:@%.]|\/(?!\.))*(?:\?[\w\-.~!$&()*+,;=:@%/?]*)?(?:#[\w\-.~!$&()*+,;=:@%/?]*)?$/;

/** A line break or tab with the indentation around it: a long link wrapped over lines. */
const WRAPPING = /[^\S\r\n\t]*[\r\n\t]\s*/g;

export function resolveUrl(ref: string, base: string | null): string | null {
  const trimmed = ref.trim();
  if (!trimmed) return base;
  if (CANONICAL_URL.test(trimmed)) return trimmed;
  try {
    // The URL parser drops the line break itself but would keep the indentation as %20.
    return new URL(trimmed.replace(WRAPPING, ''), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** An absolute URL when it can be made one, else the reference as written (never empty). */
export function absoluteLink(ref: string | null | undefined, base: string | null): string | null {
  const trimmed = ref?.trim();
  if (!trimmed) return null;
  return resolveUrl(trimmed, base) ?? trimmed;
}
