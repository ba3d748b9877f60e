// Golden outputs of other parsers, each read into an Expectation. Field names follow the producer:
// gofeed (universal Feed), rss-parser, @rowanmanning/feed-parser, feedsmith (format-specific), feed-rs.
// Item summaries/contents are not compared (each library sanitizes HTML its own way); feed-rs
// generated ids (absent from the document) and feed-rs authors (placeholder names) are skipped.
import type { Expectation, ItemExpectation } from './expectation.js';

type J = Record<string, unknown>;
const obj = (v: unknown): J => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as J) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const s = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const names = (v: unknown, key = 'name') =>
  arr(v)
    .map((a) => s(obj(a)[key]))
    .filter((x): x is string => !!x);

const strings = (v: unknown) => arr(v).filter((x): x is string => typeof x === 'string');

/** gofeed fills `published` from `updated` (and back) when one is missing: equal means one date. */
function gofeedDates(it: J): Pick<ItemExpectation, 'published' | 'updated' | 'date'> {
  if (it.publishedParsed && it.publishedParsed === it.updatedParsed) return { date: it.publishedParsed };
  return { published: it.publishedParsed, updated: it.updatedParsed };
}

function gofeed(g: J): Expectation {
  return {
    title: g.title,
    link: g.link,
    linkAnyOf: strings(g.links),
    description: g.description,
    language: g.language,
    updated: g.updatedParsed,
    family: s(g.feedType),
    items: arr(g.items).map((raw) => {
      const it = obj(raw);
      return {
        title: it.title,
        link: it.link,
        linkAnyOf: strings(it.links),
        id: it.guid,
        ...gofeedDates(it),
        authors: [...names(it.authors), ...names([it.author])],
        categories: arr(it.categories).map(String),
      };
    }),
  };
}

function rssParser(g: J): Expectation {
  const feed = obj(g.feed);
  return {
    title: feed.title,
    link: feed.link,
    description: feed.description,
    items: arr(feed.items).map((raw) => {
      const it = obj(raw);
      return {
        title: it.title,
        link: it.link,
        id: it.guid ?? it.id,
        date: it.isoDate,
        authorAnyOf: [s(it.creator), s(it.author)].filter((a): a is string => !!a),
        categories: arr(it.categories)
          .map((c) => s(c) ?? s(obj(c)._))
          .filter((c): c is string => !!c),
      };
    }),
  };
}

/** Libraries that fill `updated` from `published` when a feed states no update: equal means unstated. */
const statedUpdate = (published: unknown, updated: unknown) => (updated === published ? undefined : updated);

const ROWANMANNING_FAMILY: Record<string, string> = { rss: 'rss', rdf: 'rss', atom: 'atom', json: 'json' };

function rowanmanning(g: J): Expectation {
  const feed = obj(g.feed);
  // Items repeat the feed's categories; ours stay with the feed, so only the item's own count.
  const feedCategories = new Set(names(feed.categories, 'term'));
  return {
    title: feed.title,
    link: feed.url,
    description: feed.description,
    language: feed.language,
    updated: feed.updated,
    family: ROWANMANNING_FAMILY[String(obj(feed.meta).type)],
    items: arr(feed.items).map((raw) => {
      const it = obj(raw);
      return {
        title: it.title,
        link: it.url,
        id: it.id,
        published: it.published,
        updated: statedUpdate(it.published, it.updated),
        authors: names(it.authors),
        categories: arr(it.categories)
          .map((c) => [s(obj(c).label), s(obj(c).term)].filter((x): x is string => !!x))
          .filter((c) => !c.some((x) => feedCategories.has(x))),
      };
    }),
  };
}

function feedsmith(g: J, file: string): Expectation {
  const atom = file.includes('/atom/');
  const entries = arr(atom ? g.entries : g.items);
  return {
    title: g.title,
    link: atom ? undefined : g.link,
    description: atom ? g.subtitle : g.description,
    updated: atom ? g.updated : undefined,
    items: entries.map((raw): ItemExpectation => {
      const it = obj(raw);
      const guid = obj(it.guid).value ?? it.guid;
      return {
        title: it.title,
        link: atom ? undefined : it.link,
        id: atom ? it.id : guid,
        published: atom ? (it.published ?? it.issued) : it.pubDate,
        authors: names(it.authors),
        categories: [...names(it.categories, 'term'), ...names(it.categories, 'name')],
      };
    }),
  };
}

const FEED_RS_FAMILY: Record<string, string> = { RSS2: 'rss', RSS1: 'rss', RSS0: 'rss', Atom: 'atom', JSON: 'json' };

function feedRs(g: J, doc: string): Expectation {
  const content = (v: unknown) => obj(v).content;
  const firstLink = (v: unknown) => obj(arr(v).find((l) => obj(l).rel !== 'self')).href;
  return {
    title: content(g.title),
    link: firstLink(g.links),
    description: content(g.description),
    language: g.language,
    family: FEED_RS_FAMILY[String(g.feed_type)],
    items: arr(g.entries).map((raw) => {
      const it = obj(raw);
      const id = s(it.id);
      return {
        title: content(it.title),
        link: firstLink(it.links),
        id: id && doc.includes(id) ? id : undefined, // otherwise feed-rs generated it
        published: it.published,
        updated: statedUpdate(it.published, it.updated),
        categories: names(it.categories, 'term'),
      };
    }),
  };
}

export function goldenExpectation(producerFolder: string, golden: unknown, file: string, doc: string): Expectation | null {
  const g = obj(golden);
  if (producerFolder === 'gofeed') return gofeed(g);
  if (producerFolder === 'rss-parser') return rssParser(g);
  if (producerFolder.startsWith('rowanmanning')) return rowanmanning(g);
  if (producerFolder === 'feedsmith') return feedsmith(g, file);
  if (producerFolder === 'feed-rs') return feedRs(g, doc);
  return null;
}
