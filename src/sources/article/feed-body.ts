// An item's body as the feed carried it (HTML, markdown or plain text) to the article's text:
// paragraphs separated by a blank line, page furniture removed (see clean.ts). This is the stage
// between parsing and storing; pure and synchronous, so it runs on the reader threads.
import { htmlToBlocks } from './blocks.js';
import { cleanBlocks } from './clean.js';
import { markdownToBlocks } from './markdown.js';

/** A tag that makes a body HTML (an escaped or naked HTML fragment) rather than markdown or text. */
const HTML_TAG =
  /<\/?(?:p|div|br|a|img|li|ul|ol|h[1-6]|figure|figcaption|span|strong|em|b|i|u|blockquote|table|td|iframe|pre|code|section|article|hr|sup|sub|small|picture|video|script|style)\b[^<>]*>/i;

/** Fenced and inline code of a markdown body, which may show tags without being HTML. */
const MARKDOWN_CODE = /^\s{0,3}(```|~~~)[^]*?^\s{0,3}\1|`[^`\n]+`/gm;

export const isHtml = (body: string): boolean =>
  HTML_TAG.test(body) &&
  (body.indexOf('`') === -1 && body.indexOf('~~~') === -1 ? true : HTML_TAG.test(body.replace(MARKDOWN_CODE, '')));

/** The paragraphs of an item's body. */
export function bodyParagraphs(body: string): string[] {
  return cleanBlocks(isHtml(body) ? htmlToBlocks(body) : markdownToBlocks(body));
}

/**
 * A body that is a list of links to other pages: an aggregator's item lists the outlets' reports
 * of its story (most of its text inside links, over several links), and holds no text of its own.
 */
export function isLinkList(body: string): boolean {
  if (!isHtml(body)) return false;
  const blocks = htmlToBlocks(body);
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  const linked = blocks.reduce((n, b) => n + b.linkChars, 0);
  return blocks.filter((b) => b.linkChars > 0).length >= 2 && linked >= 0.6 * chars;
}

/** The article text of an item's body: its paragraphs, separated by a blank line. */
export function bodyText(body: string): string {
  return bodyParagraphs(body).join('\n\n');
}
