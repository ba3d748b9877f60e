// Words and content terms for comparing sentences: lower-cased, stopwords dropped, Porter-stemmed.
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';

const WORD = /[\p{L}\p{N}]+/gu;
const CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

/** Lower-cased letter/digit runs: "Don't raise $1.2B" → don, t, raise, 1, 2b. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Porter stem, memoized (the same few thousand words recur in every article). */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= CACHE_LIMIT) stems.clear();
    s = /\d/.test(word) ? word : stemmer(word);
    stems.set(word, s);
  }
  return s;
}

/** Content terms of a text: stemmed words without stopwords or single letters. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w))) out.push(stem(w));
  return out;
}

/** Words as a reader counts them: tokens holding a letter or digit (PTB's " , " and " . " are not words). */
export function wordCount(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}
