// Quotations a line prints ("…" or “…”): their words must stand, in order, in a source.
import { words } from '../../text/tokens.js';

const QUOTED = /“([^“”]+)”|"([^"]+)"/g;
/** Shorter quotes are scare quotes ("AI-first"): their words are checked as names and numbers. */
const MIN_WORDS = 3;

export function findQuotes(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2]!;
    if (words(inner).length >= MIN_WORDS) out.push(m[0]);
  }
  return out;
}

/** Every source's words, lower-cased and space-padded, for finding a quote's words in order. */
export function indexQuotes(sources: string[]): string {
  return ` ${sources.map((s) => words(s).join(' ')).join(' | ')} `;
}

export const isQuoted = (quote: string, index: string) => index.includes(` ${words(quote).join(' ')} `);
