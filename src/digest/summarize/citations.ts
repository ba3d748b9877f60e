// Which articles confirm a fact: every other article with a sentence that reports the same fact
// and that also prints each of its numbers (so a citation never lends a figure to a source that
// does not carry it). Confirmations raise a sentence's score and make its citations.
import type { Candidate } from './prepare.js';

const NUMBER = /\d+(?:[.,]\d+)*/g;

export function numbersIn(text: string): Set<string> {
  return new Set((text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '')));
}

/** The articles (by input index) other than its own that confirm the fact of the given candidates together. */
export function confirmingArticles(
  members: number[],
  candidates: Candidate[],
  sameFact: Uint8Array[],
  articleNumbers: Set<string>[],
): Set<number> {
  const own = new Set(members.map((m) => candidates[m]!.article));
  const numbers = new Set(members.flatMap((m) => [...numbersIn(candidates[m]!.text)]));
  const out = new Set<number>();
  candidates.forEach((c, j) => {
    if (own.has(c.article) || out.has(c.article)) return;
    if (!members.some((m) => sameFact[m]![j] === 1)) return;
    if ([...numbers].every((n) => articleNumbers[c.article]!.has(n))) out.add(c.article);
  });
  return out;
}
