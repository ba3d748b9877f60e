// The parser interface every feed goes through: bytes in, one ParsedFeed model out.
// Baseline implementation on rss-parser (the named starting point); see issue 3 for the bar.
import Parser from 'rss-parser';
import { AppError } from '../../errors.js';
import type { FeedFormat, ParsedFeed, ParsedItem } from '../../model.js';
import { createHash } from 'node:crypto';

export interface ParseOptions {
  /** The feed's URL: relative links resolve against it. */
  url?: string;
  /** HTTP Content-Type header, for the charset. */
  contentType?: string;
  /** At most this many items are returned. */
  maxItems?: number;
}

const parser = new Parser();

function sniffFormat(text: string): FeedFormat {
  if (/^\s*[{[]/.test(text)) return /jsonfeed\.org\/version\/1\.1/.test(text) ? 'json1.1' : 'json1.0';
  if (/<feed[\s>]/.test(text)) return /version=["']0\.3/.test(text) ? 'atom0.3' : 'atom1.0';
  if (/<rdf:RDF[\s>]/.test(text)) return 'rss1.0';
  if (/<rss[^>]*version=["']0\.9/.test(text)) return 'rss0.9x';
  return 'rss2.0';
}

const strip = (s: string | undefined | null): string | null => {
  if (!s) return null;
  const t = s
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t || null;
};

const iso = (s: string | undefined): string | null => {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

export async function parseFeed(input: Uint8Array | string, options: ParseOptions = {}): Promise<ParsedFeed> {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(text);
  } catch (err) {
    throw new AppError('PARSE_ERROR', `Not a readable feed: ${(err as Error).message}`, { cause: err });
  }
  const items: ParsedItem[] = (feed.items ?? []).slice(0, options.maxItems ?? Infinity).map((it) => {
    const link = it.link ?? null;
    const id =
      it.guid ??
      (it as { id?: string }).id ??
      link ??
      createHash('sha256')
        .update(`${it.title ?? ''}|${it.content ?? ''}`)
        .digest('hex')
        .slice(0, 32);
    return {
      id,
      title: strip(it.title),
      link,
      published: iso(it.isoDate ?? it.pubDate),
      updated: null,
      author: it.creator ?? (it as { author?: string }).author ?? null,
      summary: strip(it.contentSnippet ?? it.summary),
      content: strip(it.content),
      categories: (it.categories ?? []).map(String),
    };
  });
  return {
    format: sniffFormat(text),
    title: strip(feed.title),
    link: feed.link ?? null,
    description: strip(feed.description),
    language: (feed as { language?: string }).language ?? null,
    updated: iso(feed.lastBuildDate),
    items,
  };
}
