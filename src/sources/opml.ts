// OPML, the subscription lists feed readers exchange, read and written with feedsmith. Reading
// accepts what Feedly, Inoreader, NetNewsWire, Miniflux and others export: folders nested in
// outlines (the innermost folder becomes the topic), or a `category` attribute; `title` or
// `text` as the name; attribute names in any case (xmlUrl, xmlurl, XMLURL). Writing groups the
// feeds in one folder per topic.
import { generateOpml, parseOpml, type Opml } from 'feedsmith';
import { userError } from '../errors.js';
import type { Feed } from '../model.js';

export interface OpmlEntry {
  url: string;
  title: string | null;
  topic: string | null;
  siteUrl: string | null;
}

export interface OpmlRead {
  entries: OpmlEntry[];
  /** Outlines that could not become feeds, and why. */
  problems: string[];
}

/** Largest OPML file read (a reader's export of thousands of feeds is well under this). */
export const MAX_OPML_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

type Outline = Opml.Outline<string>;

/** A folder or category name as a topic (letters, digits, spaces, dots, dashes, underscores), or null. */
export function topicFromFolder(name: string | undefined): string | null {
  const cleaned = (name ?? '')
    .replace(/[^\p{L}\p{N} _.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 64)
    .trim();
  return /^[\p{L}\p{N}]/u.test(cleaned) ? cleaned : null;
}

/** `/Tech/AI, /News` → `AI`: the last part of the first category path. */
function topicFromCategory(category: string | undefined): string | null {
  const first = category
    ?.split(',')[0]
    ?.split('/')
    .filter((p) => p.trim() !== '');
  return topicFromFolder(first?.at(-1));
}

const name = (o: Outline) => o.title?.trim() || o.text?.trim() || null;

export function readOpml(text: string): OpmlRead {
  if (Buffer.byteLength(text) > MAX_OPML_BYTES)
    throw userError('OPML_INVALID', `The OPML file is larger than ${MAX_OPML_BYTES / 1024 / 1024} MB.`);
  let doc: Opml.Document<string>;
  try {
    doc = parseOpml(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw userError(
      'OPML_INVALID',
      `This is not an OPML file (${err instanceof Error ? err.message : String(err)}): export one from your feed reader (often Settings → Import/Export → OPML).`,
    );
  }
  const entries: OpmlEntry[] = [];
  const problems: string[] = [];
  const walk = (outlines: Outline[] | undefined, folder: string | null) => {
    for (const o of outlines ?? []) {
      if (entries.length >= MAX_ENTRIES) {
        problems.push(`only the first ${MAX_ENTRIES} feeds were read`);
        return;
      }
      const xmlUrl = o.xmlUrl?.trim();
      if (xmlUrl) {
        if (/^https?:\/\//i.test(xmlUrl) && URL.canParse(xmlUrl))
          entries.push({
            url: xmlUrl,
            title: name(o),
            topic: folder ?? topicFromCategory(o.category),
            siteUrl: o.htmlUrl?.trim() || null,
          });
        else problems.push(`"${name(o) ?? xmlUrl}": ${xmlUrl} is not an http(s) feed URL`);
      } else if (o.type?.toLowerCase() === 'rss') problems.push(`"${name(o) ?? '(unnamed)'}" has no xmlUrl`);
      if (o.outlines) walk(o.outlines, xmlUrl ? folder : (topicFromFolder(name(o) ?? undefined) ?? folder));
    }
  };
  walk(doc.body?.outlines, null);
  return { entries, problems };
}

/** The feeds as OPML 2.0: one folder per topic (feeds without one at the top), name, feed and site URLs. */
export function writeOpml(feeds: readonly Feed[], title: string, now: number): string {
  const outline = (f: Feed): Outline => ({
    type: 'rss',
    text: f.title ?? f.url,
    title: f.title ?? f.url,
    xmlUrl: f.url,
    ...(f.siteUrl ? { htmlUrl: f.siteUrl } : {}),
  });
  const topics = [...new Set(feeds.flatMap((f) => (f.topic ? [f.topic] : [])))].sort((a, b) => a.localeCompare(b));
  const outlines: Outline[] = [
    ...topics.map((t) => ({ text: t, title: t, outlines: feeds.filter((f) => f.topic === t).map(outline) })),
    ...feeds.filter((f) => !f.topic).map(outline),
  ];
  return generateOpml({ head: { title, dateCreated: new Date(now) }, body: { outlines } });
}
