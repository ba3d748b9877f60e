// Plain text its publisher escaped twice. An Atom text construct (type="text") or a JSON Feed
// string is text, not markup: once the XML or JSON is decoded it should hold no character
// reference. `&amp;amp;`, `&amp;#8217;`, `&amp;quot;` in the XML (`&amp;`, `&#8217;` in JSON,
// which WordPress writes into titles) leave `&amp;`, `&#8217;`, `&quot;`, which readers that
// decode text twice (@rowanmanning/feed-parser, feed apps) show as "&", "’" and '"'. Such text is
// decoded once more when that is clearly what it is: every `&` in it starts a reference the HTML
// table knows, and none is quoted as a thing talked about (`"&amp;"`). RSS text is read as HTML
// already, which decodes the second level (feedparser does the same), so this is not applied there.
import { decodeHTMLStrict } from 'entities';
import { collapse } from './text.js';

const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;
/** Characters around a reference that mark it as quoted: text about the reference, not an escaping. */
const QUOTES = '"\'`‘’“”«»‹›';

const quoted = (text: string, start: number, end: number) =>
  start > 0 && end < text.length && QUOTES.includes(text[start - 1]!) && QUOTES.includes(text[end]!);

/** A web address written out in the text ("site.example/a?utm_source=x&utm_medium=y"): its "&" joins parameters. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+\?\S*=\S*/gi;

export function undoubled(text: string | null): string | null {
  if (text === null || text.indexOf('&') === -1) return text;
  const prose = text.replace(ADDRESS, ' ');
  let references = 0;
  for (const m of prose.matchAll(REFERENCE)) {
    const ref = m[0];
    if (decodeHTMLStrict(ref) === ref || quoted(prose, m.index, m.index + ref.length)) return text;
    references++;
  }
  let ampersands = 0;
  for (let at = prose.indexOf('&'); at !== -1; at = prose.indexOf('&', at + 1)) ampersands++;
  return references > 0 && ampersands === references ? collapse(decodeHTMLStrict(text)) : text;
}

/**
 * Text escaped once more than its markup: after the HTML is read, "El n&uacute;mero" or "a&ntilde;o"
 * is left (undoubled decides, paragraph by paragraph, that every "&" starts a known reference). A
 * paragraph of escaped markup ("&lt;div …&gt;") stays as it is: decoded, it would show its tags.
 */
export const undoubledText = (text: string): string =>
  text.indexOf('&') === -1
    ? text
    : text
        .split('\n\n')
        .map((p) => (/&(?:lt|gt);/i.test(p) ? p : decodedFully(p)))
        .join('\n\n');

/** Escaped twice or three times over ("4&amp;nbsp;KB"): decoded while every "&" still starts a reference. */
function decodedFully(p: string): string {
  let out = p;
  for (let i = 0; i < 3; i++) {
    const next = undoubled(out) ?? out;
    if (next === out) break;
    out = next;
  }
  return out;
}
