// One page's bytes to its article (decodePage, then extractPage): the task a worker thread runs.
import { decodePage } from './page-bytes.js';
import { extractPage, type PageArticle } from './page.js';

export interface ExtractTask {
  body: Uint8Array;
  contentType?: string | null;
}

export const extractArticle = ({ body, contentType }: ExtractTask): PageArticle => extractPage(decodePage(body, contentType));
