// Scoring tokens, the same for system output and references: lower-case, PTB escapes and split
// contractions undone ("do n't" → "don't", "-lrb-" → "("), then the ROUGE tokenizer of
// Google's rouge-score (runs of a-z0-9; Porter stem on tokens longer than three letters).
import { stemmer } from 'stemmer';
import { STOPWORDS } from '../src/text/stopwords.js';

const PTB: [RegExp, string][] = [
  [/``|''/g, '"'],
  [/-lrb-/g, '('],
  [/-rrb-/g, ')'],
  [/-lsb-/g, '['],
  [/-rsb-/g, ']'],
  [/-lcb-/g, '{'],
  [/-rcb-/g, '}'],
  [/(\w) (n't)\b/g, '$1$2'],
  [/(\w) ('(?:s|re|ve|ll|d|m))\b/g, '$1$2'],
];

export function normalizeText(text: string): string {
  let s = text.toLowerCase();
  for (const [re, to] of PTB) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

const stem = (t: string) => (t.length > 3 ? stemmer(t) : t);
const alnumTokens = (text: string) => normalizeText(text).match(/[a-z0-9]+/g) ?? [];

/** rouge-score's tokenizer with use_stemmer=True, after `normalizeText`. */
export function rougeTokens(text: string): string[] {
  return alnumTokens(text).map(stem);
}

/** Content tokens for fact matching: scoring tokens without stopwords. */
export function contentTokens(text: string): string[] {
  return alnumTokens(text)
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
}
