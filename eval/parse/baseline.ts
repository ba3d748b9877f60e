// The rss-parser baseline (the project's first parser), kept only as the comparison in the
// evaluation and the benchmark: rss-parser's output mapped onto our model.
import { createHash } from 'node:crypto';
import Parser from 'rss-parser';
import type { FeedFormat, ParsedFeed, ParsedItem } from '../../src/model.js';

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

export async function parseWithRssParser(input: Uint8Array | string): Promise<ParsedFeed> {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const feed = await parser.parseString(text);
  const items: ParsedItem[] = (feed.items ?? []).map((it) => {
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
