// Before Readability scores a page: elements that are furniture by their markup are removed
// (figures and captions, photo credits, share bars, newsletter boxes, related links), since
// Readability drops class names from what it keeps and our cleaning could not tell them after.
// A removal that would take much of the page's text is skipped: that element holds the article.

import type { PageDocument } from './metadata.js';

/** Class or id words of furniture Readability keeps: narrower than blocks.ts, as a page's markup is richer. */
const FURNITURE_NAME = /(?:^|[\s_-])(?:caption|credits?|share|sharing|newsletter|related|byline)(?:$|[\s_-])/i;

/** Share of the body's text above which an element is never removed as furniture. */
const MAX_SHARE = 0.3;

export function removeFurniture(document: PageDocument): void {
  const body = document.body;
  if (!body) return;
  const total = body.textContent?.length ?? 0;
  for (const el of [...body.querySelectorAll('[class], [id], figcaption')]) {
    if (!el.isConnected) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (el.localName !== 'figcaption' && !FURNITURE_NAME.test(names)) continue;
    if ((el.textContent?.length ?? 0) > total * MAX_SHARE) continue;
    el.remove();
  }
}
