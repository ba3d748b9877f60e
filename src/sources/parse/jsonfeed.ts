// JSON Feed 1.0 and 1.1 into the one model. Only known fields are read; the parsed JSON is
// never merged into anything, so `__proto__` keys stay inert. Strings escaped twice by the
// publisher are undone (double-encoded.ts).
import { AppError } from '../../errors.js';
import type { ParsedFeed, ParsedItem } from '../../model.js';
import { parseDate } from './dates.js';
import { undoubled } from './double-encoded.js';
import { finishItem, joinNames, uniqueStrings } from './items.js';
import { cleanText } from './repair.js';
import { collapse, htmlToText } from './text.js';
import { absoluteLink } from './urls.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string field; escapes such as \u0092 can write what the decoder cleans from bytes (repair.ts), so it is cleaned here. */
const str = (v: unknown): string | null => (typeof v === 'string' ? cleanText(v) : typeof v === 'number' ? String(v) : null);
const own = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** A JSON Feed string as plain text (JSON Feed strings are text, but for content_html). */
const plain = (v: unknown): string | null => undoubled(collapse(str(v)));

function authorsOf(o: Json): string | null {
  const list = Array.isArray(own(o, 'authors')) ? (own(o, 'authors') as unknown[]) : [own(o, 'author')];
  return joinNames(list.map((a) => (isObject(a) ? plain(own(a, 'name')) : null)));
}

function readItem(it: Json, base: string | null): ParsedItem {
  const link = absoluteLink(str(own(it, 'url')) ?? str(own(it, 'external_url')), base);
  const html = str(own(it, 'content_html'));
  return finishItem({
    id: collapse(str(own(it, 'id'))),
    title: plain(own(it, 'title')),
    link,
    published: parseDate(str(own(it, 'date_published'))),
    updated: parseDate(str(own(it, 'date_modified'))),
    author: authorsOf(it),
    summary: plain(own(it, 'summary')),
    content: html !== null ? htmlToText(html) : plain(own(it, 'content_text')),
    contentHtml: html ?? str(own(it, 'content_text')) ?? str(own(it, 'summary')),
    categories: uniqueStrings(Array.isArray(own(it, 'tags')) ? (own(it, 'tags') as unknown[]).map(plain) : []),
  });
}

/** JSON Feed states no feed date: the feed changed when its latest item did. */
const latest = (dates: (string | null)[]) =>
  dates.reduce<string | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f]/g;

/**
 * JSON.parse, forgiving raw control characters in strings (a line break, a tab, a stray
 * backspace), which JSON forbids and feed generators write: line breaks and tabs become spaces
 * (whitespace between tokens stays whitespace), the others are dropped.
 */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    CONTROL.lastIndex = 0;
    if (CONTROL.test(text)) {
      try {
        return JSON.parse(text.replace(CONTROL, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : '')));
      } catch {
        // still not JSON: report the original error
      }
    }
    throw new AppError('PARSE_ERROR', `Not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

export function readJsonFeed(text: string, baseUrl: string | null, maxItems: number): ParsedFeed {
  const doc = parseJson(text);
  const version = isObject(doc) ? (str(own(doc, 'version')) ?? '') : '';
  if (!isObject(doc) || !(/jsonfeed\.org\/version\//.test(version) || Array.isArray(own(doc, 'items')))) {
    throw new AppError('NOT_A_FEED', 'JSON document is not a JSON Feed (no jsonfeed.org version, no items)');
  }
  const base = absoluteLink(str(own(doc, 'feed_url')), baseUrl) ?? baseUrl;
  const items = Array.isArray(own(doc, 'items')) ? (own(doc, 'items') as unknown[]).filter(isObject) : [];
  const read = items.slice(0, maxItems).map((it) => readItem(it, base));
  return {
    format: /1\.1$/.test(version.replace(/\/$/, '')) ? 'json1.1' : 'json1.0',
    title: plain(own(doc, 'title')),
    link: absoluteLink(str(own(doc, 'home_page_url')), base),
    description: plain(own(doc, 'description')),
    language: collapse(str(own(doc, 'language'))),
    updated: latest(read.map((it) => it.updated ?? it.published)),
    items: read,
  };
}
