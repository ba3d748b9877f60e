// From a parsed item to the article row we store: canonical URL, stable item key, content hash,
// and text without invisible characters (the one place feed text is cleaned of them before it is
// stored, and so before any platform sees it). Pure functions: same input, same output.
import { createHash } from 'node:crypto';
import type { Feed, ParsedFeed, ParsedItem } from '../model.js';
import type { NewArticle } from '../store/articles.js';
import { bodyText, isLinkList } from './article/feed-body.js';
import { isFurnitureLine } from './article/furniture.js';
import { htmlToText } from './parse/text.js';
import { undoubled, undoubledText } from './parse/double-encoded.js';
import { itemLanguage } from './article/language.js';
import { cleanOutletName, siteName } from './outlet-name.js';
import { splitTitle } from './outlet-after-title.js';
import { redirectTarget } from './redirect-link.js';

/** Query parameters that only say where a click came from. Matched case-insensitively. */
const TRACKING_PARAMS = new Set(
  [
    'fbclid gclid gclsrc dclid gbraid wbraid msclkid yclid twclid ttclid igshid mc_cid mc_eid _hsenc ',
    '_hsmi __hssc __hstc __hsfp hsctatracking mkt_tok oly_anon_id oly_enc_id vero_conv vero_id ',
    'rb_clickid s_cid ncid ocid cmpid sr_share ito wt_mc ref_src ref_url spm _ga _gl at_medium ',
    'at_campaign guccounter guce_referrer guce_referrer_sig xtor trk mbid smid',
  ]
    .join('')
    .split(' '),
);
const TRACKING_PREFIXES = ['utm_', 'at_custom', 'pk_', 'mtm_', 'hmb_'];

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING_PARAMS.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p));
}

/**
 * The URL an article is known by: absolute http(s), scheme and host lower case, default port,
 * fragment and tracking parameters dropped, remaining parameters sorted by name. Null when the
 * link is not an http(s) URL.
 */
export function canonicalUrl(link: string | null | undefined, base?: string): string | null {
  const url = httpUrl(link, base);
  return url ? canonicalOf(url) : null;
}

/** The link as an absolute http(s) URL, or null. */
function httpUrl(link: string | null | undefined, base?: string): URL | null {
  if (!link?.trim()) return null;
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** canonicalUrl of a parsed http(s) URL (changes `url`). */
function canonicalOf(url: URL): string {
  // Each change makes the URL serialize itself again: only the ones needed (most links have no
  // fragment, credentials or query; an empty one, "a?", still has its mark to drop).
  if (url.hash) url.hash = '';
  if (url.username || url.password) [url.username, url.password] = ['', ''];
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  if (url.href.includes('?')) {
    const sorted = new URLSearchParams([...url.searchParams].filter(([k]) => !isTracking(k)));
    sorted.sort();
    url.search = sorted.size ? sorted.toString() : '';
  }
  return url.href;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const MAX_KEY_LENGTH = 512;

/** A short fixed-size stand-in for an item key (72 bits), for remembering what a fetch carried. */
export function itemDigest(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 12);
}

/** The item's identity within its feed: guid/id, else its link, else a hash of what it says. */
export function itemKey(item: ParsedItem, base?: string): string {
  const key = item.id?.trim() || canonicalUrl(item.link, base);
  if (key) return key.length <= MAX_KEY_LENGTH ? key : `sha256:${sha256(key)}`;
  return `sha256:${sha256([item.title, item.published, item.summary, item.content].map((s) => s ?? '').join('\u0000'))}`;
}

/** A character outside ASCII: such text takes the Unicode rule. */
const NON_ASCII = /[^\p{ASCII}]/u;

/** Scratch bytes for ASCII text: it is normalized and hashed without building strings on the way. */
let scratch = Buffer.allocUnsafe(64 * 1024);

const room = (bytes: number) => {
  if (scratch.length < bytes) scratch = Buffer.allocUnsafe(bytes);
};

/** Writes normalizeText(text) of ASCII `text` to scratch at `at`; returns where it ends. */
function writeAsciiWords(text: string, at: number): number {
  let end = at;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32; // A-Z
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && end > at) scratch[end++] = 32;
      gap = false;
      scratch[end++] = c;
    } else gap = true;
  }
  return end;
}

/** Lower case, letters and digits only, single spaces: what two copies of one story share. */
export function normalizeText(text: string): string {
  if (!NON_ASCII.test(text)) {
    room(text.length);
    return scratch.toString('latin1', 0, writeAsciiWords(text, 0));
  }
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words ? words.join(' ') : '';
}

/** The content hash of an item that never reaches a digest (a new feed's backlog): not computed. */
const NO_CONTENT_HASH = '';

/** Hash of the normalized title + text, for near-duplicate detection. */
export function contentHash(title: string, text: string): string {
  if (NON_ASCII.test(title) || NON_ASCII.test(text))
    return sha256(`${normalizeText(title)}\n${normalizeText(text)}`).slice(0, 32);
  room(title.length + text.length + 1);
  let end = writeAsciiWords(title, 0);
  scratch[end++] = 10; // \n
  end = writeAsciiWords(text, end);
  return createHash('sha256').update(scratch.subarray(0, end)).digest('hex').slice(0, 32);
}

/**
 * The outlet name shown next to an article: the admin's title for the feed as written, else the
 * feed's own title cleaned of taglines, else (no title, only a tagline or section for one, or a
 * path) the site name of the site the feed links to, else of the host serving the feed
 * (sources/outlet-name.ts). The site the feed links to comes first because feeds are often served
 * from elsewhere (a feed service, a CDN).
 */
export function outletName(feed: Pick<Feed, 'title' | 'url'>, parsed: Pick<ParsedFeed, 'title' | 'link'>): string {
  const admin = feed.title?.trim();
  if (admin) return admin;
  const title = visibleText(parsed.title ?? '').trim();
  return (title ? cleanOutletName(title) : null) ?? siteName(siteHost(parsed.link, feed.url) ?? new URL(feed.url).hostname);
}

/** The host of the site a feed links to (resolved against the feed's own address), if it is a web address. */
function siteHost(link: string | null, feedUrl: string): string | null {
  if (!link?.trim()) return null;
  try {
    const url = new URL(link.trim(), feedUrl);
    return /^https?:$/.test(url.protocol) && url.hostname ? url.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Characters feed text never needs and that change what a reader sees: C0 and C1 controls (tab,
 * line feed and carriage return aside), DEL, zero-width spaces and joiners, direction marks,
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069: text-direction spoofing), the
 * word joiner and invisible operators, and the byte-order mark.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** Feed text without the characters above: what is stored, and so what any platform is sent. */
export function visibleText(s: string): string {
  return HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
}

const MAX_TEXT_CHARS = 50_000;
const MAX_TITLE_CHARS = 1_000;
const MAX_AUTHOR_CHARS = 200;
const MAX_CATEGORIES = 20;

export interface NormalizeContext {
  feed: Pick<Feed, 'id' | 'topic'>;
  /** The feed's outlet name (outletName), the same for each of its items unless the titles name theirs. */
  outlet: string;
  /** Whether the feed's titles end in an outlet (outletsAfterTitles over its items); absent: they do not. */
  titlesEndIn?: 'aggregator' | 'own' | null;
  /** The URL the feed was finally fetched from: relative links resolve against it. */
  baseUrl: string;
  now: number;
  /** Items published at or after this instant reach digests; -Infinity admits everything, undated items included. */
  admitSince: number;
  /** The language the feed declares, if any: its short items' (article/language.ts itemLanguage). */
  language?: string | null;
}

/**
 * A wire's desk markers on a headline, never meant for readers: "UPDATE 2-…", "EXCLUSIVE-…",
 * "BRIEF-…", "CORRECTED-…", a sports desk's "SOCCER-…" (capitals, a hyphen with no space), and its
 * attribution after a bare hyphen at the end: "… -sources", "… -authority".
 */
const WIRE_PREFIX =
  /^(?:(?:UPDATE|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|WRAPUP|BRIEF|EXCLUSIVE|FACTBOX|EXPLAINER|ANALYSIS|INSIGHT|INTERVIEW|PREVIEW|TIMELINE|GRAPHIC|POLL|FOCUS|BREAKINGVIEWS|URGENT|FLASH|ALERT|SOCCER|TENNIS|GOLF|CRICKET|RUGBY|ATHLETICS|OLYMPICS|CYCLING|BOXING|BASKETBALL|BASEBALL|MOTOR RACING|FORMULA ONE|NFL|NBA|NHL)(?: \d{1,2})?-\s?)+(?=\S)/;
const WIRE_ATTRIBUTION = /\s-(?=\p{Ll})[\p{Ll}][\p{Ll} ]{1,30}$/u;
/** A wire's version tag in parentheses before the headline: "(LEAD) …", "(2nd LD) …", "(URGENT) …", "(News Focus) …". */
const WIRE_TAG = /^\((?:LEAD|\d(?:st|nd|rd|th) LD|URGENT|News Focus|Yonhap Feature|EDITORIAL|ATTN|CORRECTED|UPDATE)\)\s*/i;
const withoutWireMarkers = (title: string) => title.replace(WIRE_TAG, '').replace(WIRE_PREFIX, '').replace(WIRE_ATTRIBUTION, '');

/** Paid placements, told by the headline's label or the item's category: never a digest's story. */
const SPONSORED_TITLE =
  /^(?:sponsored|paid (?:post|content|partnership)|advertorial|partner content|promoted|advertisement)(?: [\p{L}-]+){0,2}\s*[:|–—-]\s*/iu;
const SPONSORED_CATEGORY =
  /^(?:sponsored(?: content| post)?|advertorial|paid (?:post|content)|partner content|native ad(?:vertising)?)$/i;
const isSponsored = (title: string, categories: readonly string[]) =>
  SPONSORED_TITLE.test(title) || categories.some((c) => SPONSORED_CATEGORY.test(c.trim()));

function parseDate(value: string | null): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/**
 * The stored text: the item's body read by the article stage (paragraphs, furniture removed), or
 * the parser's plain text when the feed handed on no body or the stage found nothing in it. A body
 * that is a list of links (an aggregator's item: other outlets' reports of its story) has no text
 * of its own: its plain text would run their headlines and names together as one sentence, so only
 * another field's text (an excerpt beside it) is taken.
 */
function articleText(item: ParsedItem): string {
  const read = item.contentHtml ? bodyText(item.contentHtml) : '';
  if (read || !item.contentHtml) return read || item.content?.trim() || item.summary?.trim() || '';
  // A body that was all furniture (a gallery under a platform's buttons): its excerpt is read the same way.
  if (!isLinkList(item.contentHtml)) return keptLines(item.content) || keptLines(item.summary);
  const unread = htmlToText(item.contentHtml);
  return [item.content, item.summary].map((t) => t?.trim() ?? '').find((t) => t !== '' && t !== unread) ?? '';
}

const keptLines = (text: string | null | undefined) =>
  (text ?? '')
    .split('\n')
    .filter((line) => !isFurnitureLine(line.trim()))
    .join('\n')
    .trim();

const HEADLINE_CHARS = 120;

/** A headline for an item without a title (a social post): its first sentence, or its opening words up to a word's end. */
function untitledHeadline(text: string): string {
  const first = /^.{10,}?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;
  if (first.length <= HEADLINE_CHARS) return first.trim();
  const cut = first.slice(0, HEADLINE_CHARS + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), HEADLINE_CHARS / 2)).trim()}…`;
}

/** The article row for one item, or null when the item has neither a title nor any text. */
export function toNewArticle(item: ParsedItem, ctx: NormalizeContext, key = itemKey(item, ctx.baseUrl)): NewArticle | null {
  const linked = httpUrl(item.link, ctx.baseUrl);
  // An alerts feed's click tracker: the article, and its outlet, are the page it redirects to.
  const target = linked && redirectTarget(linked);
  const link = target ?? linked;
  const url = link?.href ?? null; // as linked, before canonicalOf changes it
  const canonical = link ? canonicalOf(link) : null;
  const text = undoubledText(visibleText(articleText(item).slice(0, MAX_TEXT_CHARS)).trim());
  const written = withoutWireMarkers(undoubled(visibleText(item.title?.slice(0, MAX_TITLE_CHARS) ?? '').trim()) ?? '');
  const named = ctx.titlesEndIn ? splitTitle(written, ctx.titlesEndIn) : { title: written, outlet: null };
  const title = named.title || untitledHeadline(text);
  if (!title) return null;
  const publishedAt = parseDate(item.published) ?? parseDate(item.updated);
  const admitted =
    (ctx.admitSince === -Infinity || (publishedAt !== null && publishedAt >= ctx.admitSince)) &&
    !isSponsored(written, item.categories);
  return {
    feedId: ctx.feed.id,
    itemKey: key,
    canonicalUrl: canonical,
    url,
    title,
    text,
    author: visibleText(item.author?.slice(0, MAX_AUTHOR_CHARS) ?? '').trim() || null,
    publishedAt,
    categories: [...new Set(item.categories.map((c) => visibleText(c).trim()).filter(Boolean))].slice(0, MAX_CATEGORIES),
    // Only clustering in a digest reads the hash (digest/cluster), like the language below.
    contentHash: admitted ? contentHash(title, text) : NO_CONTENT_HASH,
    digestEligible: admitted,
    outlet: named.outlet ?? (target ? siteName(target.hostname) : ctx.outlet),
    topic: ctx.feed.topic,
    // Only a digest reads the language (digest/compose/languages.ts), and an item a new feed
    // already held never enters one: detecting it there was a third of a first poll's CPU.
    lang: admitted ? itemLanguage(`${title}\n\n${text}`, ctx.language) : null,
    now: ctx.now,
  };
}
