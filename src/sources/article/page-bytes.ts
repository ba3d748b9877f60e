// A fetched or saved page's bytes to its HTML text: gzip undone (saved `.html.gz` pages), the
// charset taken from the BOM, the HTTP Content-Type, then the page's own <meta charset> (read
// from its start, as browsers do), else UTF-8, or windows-1252 when the bytes are no UTF-8.
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../errors.js';
import { canonicalCharset, contentTypeCharset } from '../parse/charset.js';

/** How far into the page a <meta charset> is looked for. */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const label =
    bomCharset(bytes) ??
    contentTypeCharset(contentType ?? undefined) ??
    META_CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)))?.[1] ??
    null;
  return label ? canonicalCharset(label) : null;
}

/** Content types that are no web page. */
const NOT_PAGE = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|octet-stream|x-|vnd\.)|^application\/(?:rss|atom)\+xml/i;

/** NOT_HTML when the declared type is no web page (an image, a PDF, a feed). */
export function checkPageType(contentType?: string | null): void {
  if (contentType && NOT_PAGE.test(contentType.trim()))
    throw new AppError('NOT_HTML', `The answer is ${contentType.split(';')[0]}, not a web page`);
}

/** The page's HTML; NOT_HTML for bytes that are no web page (binary, an image, a PDF). */
export function decodePage(input: Uint8Array, contentType?: string | null): string {
  checkPageType(contentType);
  const bytes = input[0] === 0x1f && input[1] === 0x8b ? gunzipSync(input) : input;
  const charset = declaredCharset(bytes, contentType);
  let html: string;
  if (charset) html = new TextDecoder(charset).decode(bytes);
  else {
    try {
      html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      html = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  const head = html.slice(0, PRESCAN_BYTES);
  if (head.includes('\u0000') || !/<[a-z!?]/i.test(html.slice(0, 64 * 1024)))
    throw new AppError('NOT_HTML', 'The content is not HTML (no markup at its start)');
  return html;
}
