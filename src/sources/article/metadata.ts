// What a page says about its article outside the text: title, byline, published date and
// declared language, read from JSON-LD (schema.org NewsArticle and kin), Open Graph and other
// meta tags, and <html lang>. Read before Readability runs (it changes the document).
import { decodeHTML } from 'entities';
import type { parseHTML } from 'linkedom';
import { parseDate } from '../parse/dates.js';

/** A page parsed by linkedom (the project compiles without the DOM library's types). */
export type PageDocument = ReturnType<typeof parseHTML>['document'];

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** ISO-8601 UTC. */
  published: string | null;
  /** The language the page declares (BCP 47 as written), or null. */
  declaredLang: string | null;
  siteName: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Metadata text, whitespace collapsed; entities some sites escape twice ("&amp;#8211;") decoded. */
const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? decodeHTML(v).replace(/\s+/g, ' ').trim() : null;

/** Dates before this are placeholders ("1901-01-01"), not publication dates. */
const EARLIEST_PUBLISHED = '1990-01-01';
const plausible = (iso: string | null) => (iso && iso >= EARLIEST_PUBLISHED ? iso : null);
/** "By Jo Roe, AP Writer" → "Jo Roe, AP Writer"; "Text: Jo Roe" → "Jo Roe". */
const bylineName = (s: string) => s.replace(/^(?:by|text|words|texto|von|par|por|текст)\s*:?\s+/iu, '');

/** The schema.org objects of the page's JSON-LD scripts, @graph members included. */
function jsonLdObjects(doc: PageDocument): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObject(v)) {
      out.push(v);
      if (Object.hasOwn(v, '@graph')) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block says nothing; the meta tags still may.
    }
  }
  return out;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|Posting|WebPage/;

function typeOf(o: Json): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : (text(t) ?? '');
}

function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v)) return names(v.name);
  const t = text(v);
  return t && !/^https?:\/\//i.test(t) ? [t] : [];
}

/** Every <meta> of the page by its property, name, itemprop or http-equiv (lower case): the first one wins. */
function metaTags(doc: PageDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const value = text(el.getAttribute('content'));
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, value);
    }
  }
  return tags;
}

const first = (tags: Map<string, string>, ...keys: string[]) => {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
};

/** "Headline | Outlet" → "Headline", when the part cut off names the site. */
function withoutSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!.toLowerCase();
  if (siteName && (last.includes(siteName.toLowerCase()) || siteName.toLowerCase().includes(last)))
    return parts.slice(0, -1).join(' - ');
  return title;
}

export function readMetadata(doc: PageDocument): PageMetadata {
  const tags = metaTags(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => ARTICLE_TYPE.test(typeOf(o)) && (o.headline || o.datePublished)) ?? null;
  const siteName = first(tags, 'og:site_name', 'application-name') ?? (article ? (names(article.publisher)[0] ?? null) : null);
  const rawTitle =
    text(article?.headline) ??
    first(tags, 'og:title', 'twitter:title', 'dc.title', 'title') ??
    text(doc.querySelector('title')?.textContent);
  const authors = article ? names(article.author) : [];
  const byline =
    (authors.length ? [...new Set(authors)].join(', ') : null) ??
    first(tags, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl');
  const published = plausible(
    parseDate(text(article?.datePublished) ?? text(article?.dateCreated)) ??
      parseDate(
        first(
          tags,
          'article:published_time',
          'og:article:published_time',
          'datepublished',
          'parsely-pub-date',
          'sailthru.date',
          'pubdate',
          'publishdate',
          'publish-date',
          'date',
          'dc.date.issued',
          'dc.date',
          'dcterms.created',
        ),
      ) ??
      parseDate(
        doc.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime]')?.getAttribute('datetime'),
      ),
  );
  const declaredLang =
    text(doc.documentElement?.getAttribute('lang')) ??
    text(doc.documentElement?.getAttribute('xml:lang')) ??
    first(tags, 'content-language', 'og:locale', 'language', 'dc.language') ??
    text(article?.inLanguage);
  return {
    title: rawTitle ? withoutSiteName(rawTitle, siteName) : null,
    byline: byline && !/^https?:\/\//i.test(byline) ? bylineName(byline) : null,
    published,
    declaredLang,
    siteName,
  };
}
