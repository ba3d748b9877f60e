// A name used in a simile ("the Tesla of e-bikes", "a Stripe for freight") is never the company
// meant; as a subject ("The Tesla of e-bikes raises …") it stands for the story's company.
import type { SentenceTokens } from './company.js';
import { DETERMINERS, lower } from './description.js';
import { runEndingAt, type NameRun } from './names.js';

/** "the Tesla of e-bikes", "a Stripe for freight": a name used in a simile, never the company meant. */
export function isSimileRun(s: SentenceTokens, run: NameRun): boolean {
  const det = /^(?:the|a|an)\s/i.test(run.text) ? 'the' : lower(s.tokens[run.first - 1]);
  const after = lower(s.tokens[run.last + 1]);
  return (
    (DETERMINERS.has(det) || det === 'a' || det === 'an') &&
    (after === 'of' || after === 'for') &&
    /^\p{Ll}/u.test(s.tokens[run.last + 2]?.text ?? '')
  );
}

/** "The Tesla of e-bikes raises …": a simile subject stands for the story's company. */
export function isSimile(s: SentenceTokens, j: number): boolean {
  for (let k = j; k >= Math.max(1, j - 3); k--) {
    const w = lower(s.tokens[k]);
    const run = w === 'of' || w === 'for' ? runEndingAt(s.text, s.tokens, k - 1) : null;
    if (run) return isSimileRun(s, run);
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]!.text)) return false;
  }
  return false;
}
