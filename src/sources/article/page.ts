// A full article page to its article: Readability (on linkedom) finds the main content, then our
// own cleaning (blocks.ts, clean.ts) reads it into paragraphs and drops what Readability keeps
// but a reader never wants: captions and credits, bylines and datelines lines, share rows,
// related links, newsletter boxes. Title, byline, date and language come from the page's
// metadata. Pure and synchronous (html in, plain data out), so it runs on worker threads.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AppError } from '../../errors.js';
import { domToBlocks, type DomNode } from './blocks.js';
import { cleanBlocks } from './clean.js';
import { articleLanguage } from './language.js';
import { readMetadata } from './metadata.js';
import { removeFurniture } from './page-furniture.js';
import { pruneInert } from './page-prune.js';

export interface PageArticle {
  title: string | null;
  /** Paragraphs separated by a blank line. */
  text: string;
  byline: string | null;
  /** ISO-8601 UTC. */
  published: string | null;
  /** ISO 639-1. */
  lang: string | null;
}

/**
 * The article of a page; NO_ARTICLE when the page holds no readable text. `feedLang`, the language
 * read from the feed's text of the same article, confirms the page's declared one (language.ts).
 */
export function extractPage(html: string, feedLang?: string | null): PageArticle {
  const { document } = parseHTML(pruneInert(html));
  const meta = readMetadata(document);
  removeFurniture(document);
  // The article element itself, not its HTML: our cleaning walks it (no serializing and re-reading).
  const found = new Readability<DomNode>(document, { serializer: (el) => el as unknown as DomNode, disableJSONLD: true }).parse();
  const title = meta.title ?? found?.title?.trim() ?? null;
  const paragraphs = found?.content ? cleanBlocks(domToBlocks(found.content), { title, keepDateline: true }) : [];
  if (paragraphs.length === 0)
    throw new AppError('NO_ARTICLE', 'The page holds no article text (Readability found no main content)');
  const text = paragraphs.join('\n\n');
  return {
    title,
    text,
    byline: meta.byline ?? (found?.byline?.trim() || null),
    published: meta.published,
    lang: articleLanguage(text, meta.declaredLang ?? found?.lang, feedLang),
  };
}
