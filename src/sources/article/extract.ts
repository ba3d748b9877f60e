// One page's bytes to its article (decodePage, then extractPage): the task a worker thread runs.
import { decodePage } from './page-bytes.js';
import { extractPage, type PageArticle } from './page.js';

export interface ExtractTask {
  body: Uint8Array;
  contentType?: string | null;
  /** The language read from the feed's own text for this article (page.ts). */
  feedLang?: string | null;
}

export const extractArticle = ({ body, contentType, feedLang }: ExtractTask): PageArticle =>
  extractPage(decodePage(body, contentType), feedLang);
