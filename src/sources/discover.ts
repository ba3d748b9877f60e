// Feed discovery: the feeds a web page announces in its head, as
// `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href="…">` (RSS
// autodiscovery, used by WordPress, Ghost, Substack, Hugo and most CMSs), in the page's order,
// resolved against the page's URL or its `<base href>`.
import { Parser } from 'htmlparser2';

export interface FeedLink {
  url: string;
  title: string | null;
  type: string;
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
]);

/** Whether a response looks like an HTML page (by its type, or its first bytes when the type says nothing). */
export function looksLikeHtml(contentType: string | null, body: Buffer): boolean {
  if (contentType && /html/i.test(contentType)) return true;
  return /^\s*(<!doctype html|<html|<head|<meta|<!--)/i.test(body.subarray(0, 512).toString('latin1'));
}

/** The feeds the page links, without duplicates; comment feeds come after the others. */
export function feedLinksInPage(html: string, pageUrl: string): FeedLink[] {
  let base = pageUrl;
  const found: FeedLink[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && attrs.href && URL.canParse(attrs.href, pageUrl)) base = new URL(attrs.href, pageUrl).href;
        if (name !== 'link' || !attrs.href) return;
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
        const type = (attrs.type ?? '').toLowerCase().split(';')[0]!.trim();
        if (!rel.includes('alternate') || !FEED_TYPES.has(type)) return;
        if (type === 'application/json' && !/feed/i.test(`${attrs.title ?? ''} ${attrs.href}`)) return;
        if (!URL.canParse(attrs.href, base)) return;
        const url = new URL(attrs.href, base);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
        url.hash = '';
        found.push({ url: url.href, title: attrs.title?.trim() || null, type });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const unique = found.filter((f, i) => found.findIndex((g) => g.url === f.url) === i);
  const comments = (f: FeedLink) => /comments?/i.test(`${f.title ?? ''} ${f.url}`);
  return [...unique.filter((f) => !comments(f)), ...unique.filter(comments)];
}
