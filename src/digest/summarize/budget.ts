// The TL;DR length budget, one rule for every system that is compared: take sentences in the
// order given, skip any that would overrun the word budget, stop at the sentence limit.
import { TLDR_MAX_WORDS } from './types.js';

export interface Budgeted {
  words: number;
  sentences: number;
}

export const TLDR_MAX_SENTENCES = 3;

export function fitBudget<T extends Budgeted>(ordered: T[], maxWords = TLDR_MAX_WORDS, maxSentences = TLDR_MAX_SENTENCES): T[] {
  const out: T[] = [];
  let words = 0;
  let sentences = 0;
  for (const item of ordered) {
    if (sentences + item.sentences > maxSentences || words + item.words > maxWords) continue;
    out.push(item);
    words += item.words;
    sentences += item.sentences;
  }
  return out;
}

/** The first `maxWords` words of `text` (words as `wordCount` counts them), marked as cut. */
export function truncateToWords(text: string, maxWords = TLDR_MAX_WORDS): string {
  const tokens = text.split(/\s+/);
  let n = 0;
  let k = 0;
  for (; k < tokens.length; k++) {
    if (/[\p{L}\p{N}]/u.test(tokens[k]!) && ++n > maxWords) break;
  }
  return k < tokens.length ? `${tokens.slice(0, k).join(' ')} …` : text;
}
