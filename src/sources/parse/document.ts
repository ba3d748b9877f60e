// Text to ParsedFeed: pick the format from the document's root element (or JSON), then read it.
// A document with nothing in it (no bytes, whitespace, a prolog alone) is EMPTY_DOCUMENT.
import { AppError } from '../../errors.js';
import type { ParsedFeed } from '../../model.js';
import { readAtom, readAtomEntry } from './atom.js';
import { FeedStream } from './feed-stream.js';
import { looksLikeJson, readJsonFeed } from './jsonfeed.js';
import { readAll, withHead, type TextPieces } from './pieces.js';
import { readRss } from './rss.js';
import { parseXml, type XElement } from './xml/tree.js';

/** What an empty document holds, for the error that names it; null when it holds more. */
function emptiness(text: string): string | null {
  if (text === '') return 'The feed body is empty';
  if (/^\s*$/.test(text)) return 'The feed body holds only whitespace';
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*$/i;
  return prolog.test(text) ? 'The feed body holds only an XML prolog (<?xml …?>, comments, a DOCTYPE) and no element' : null;
}

export function parseFeedText(text: TextPieces, baseUrl: string | null, maxItems: number): ParsedFeed {
  let head = text.next(0);
  // JSON is parsed whole; a first piece of only whitespace cannot tell.
  if (!text.done && /^\s*$/.test(head)) head += readAll(text);
  if (looksLikeJson(head)) return readJsonFeed(text.done ? head : head + readAll(text), baseUrl, maxItems);
  const whole = text.done ? head : null;
  const stream = new FeedStream(maxItems);
  const doc = parseXml(withHead(head, text), baseUrl, stream);
  const root = stream.root;
  if (!root) {
    const empty = whole === null ? null : emptiness(whole);
    if (empty) {
      const fix = 'check that the URL serves the feed itself, or try again later if the server failed for a moment';
      throw new AppError('EMPTY_DOCUMENT', `${empty}: ${fix}`);
    }
    const first = doc.root.kids.find((k): k is XElement => typeof k !== 'string');
    throw new AppError('NOT_A_FEED', first ? `Not a feed: the document is <${first.name}>` : 'Not a feed: no XML elements found');
  }
  const feed =
    root.local === 'feed'
      ? readAtom(root, maxItems, stream.inChannel)
      : root.local === 'entry'
        ? readAtomEntry(root, maxItems)
        : readRss(root, maxItems, stream);
  // A cut-off document is recovered when items are there; with none, it was a failed download.
  if (doc.truncated && feed.items.length === 0) {
    throw new AppError('PARSE_ERROR', `Document ends inside <${root.name}> before any item`);
  }
  return feed;
}
