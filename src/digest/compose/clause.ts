// Long sentences made short without writing anything new: cut at the last clause boundary that
// leaves enough of the sentence to stand on its own ("…, which", "…; ", "… — ", "…, according to"),
// so every word shown is still copied from the source in its order.
import { openQuotes } from '../../text/sentences.js';
import { wordCount } from '../../text/tokens.js';

/** Where a clause ends: before a comma or dash clause, a semicolon, a colon, a bracket. */
const BOUNDARY =
  /(?:,\s+(?:which|who|whose|where|while|as|after|before|but|and|according|with|including|following|amid|despite|since|because|although|though|when|bringing|making|adding|saying)\b|;\s|\s[—–]\s|:\s|\s\()/gu;

const MIN_WORDS = 8;

/**
 * `text` when it has at most `maxWords` words; else its longest opening up to a clause boundary
 * that fits (and has at least eight words) outside a quotation, closed with "…"; null when no
 * boundary fits.
 */
export function trimAtClause(text: string, maxWords: number): string | null {
  if (wordCount(text) <= maxWords) return text;
  let best: string | null = null;
  const open = openQuotes(text);
  for (const m of text.matchAll(BOUNDARY)) {
    const head = text.slice(0, m.index).trimEnd();
    const n = wordCount(head);
    if (n > maxWords) break;
    // Never inside a quotation the whole sentence closes.
    if (n >= MIN_WORDS && openQuotes(head) <= open) best = head;
  }
  return best === null ? null : `${best.replace(/[,;:]$/u, '')}…`;
}
