// Descriptions that stand for a company ("the startup", "The San Francisco startup") and the
// products a company is named by ("the maker of Claude", "the company behind the Hearthbox alarm").
import { COMPANY_NOUNS } from './lexicon.js';
import type { Token } from './names.js';

export const DETERMINERS = new Set(['the', 'this', 'that']);
export const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/** A definite description that stands for a company: "the startup", "The San Francisco startup". */
export function isDescription(tokens: Token[], j: number): boolean {
  if (!COMPANY_NOUNS.has(lower(tokens[j]))) return false;
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    if (DETERMINERS.has(lower(tokens[k]))) return true;
    if (tokens[k]!.text === ',') return false;
  }
  return false;
}

/**
 * A name that follows a description of its company, so it is the company's product, never the
 * company meant: "The maker of Claude …", "The company behind the Hearthbox alarm …" (`first` is
 * the name's first token).
 */
export function namesProduct(tokens: Token[], first: number): boolean {
  if (lower(tokens[first - 1]) === 'of') return isDescription(tokens, first - 2);
  return lower(tokens[first - 1]) === 'the' && lower(tokens[first - 2]) === 'behind' && isDescription(tokens, first - 3);
}

/** A clause that opens with a description of a company: "The Berlin-based maker of …", "A payments startup …". */
export function opensWithDescription(tokens: Token[], from: number, to: number): boolean {
  const first = lower(tokens[from]);
  if (!DETERMINERS.has(first) && first !== 'a' && first !== 'an') return false;
  for (let k = from + 1; k < Math.min(to, from + 7); k++) {
    if (/^[,;:()]$/.test(tokens[k]!.text)) return false;
    if (COMPANY_NOUNS.has(lower(tokens[k]))) return true;
  }
  return false;
}
