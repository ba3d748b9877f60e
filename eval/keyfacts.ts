// Key-fact recall of takeaways. The rule, fixed before looking at results: a fact is recalled
// when at least two thirds of its distinct content tokens (normalized, stopwords removed,
// Porter-stemmed) occur in one single takeaway.
import { contentTokens } from './normalize.js';

export const FACT_COVERAGE = 2 / 3;
export const FACT_RULE =
  'a fact counts when >= 2/3 of its distinct content tokens (stemmed, stopwords removed) appear in one takeaway';

export function coverage(fact: string, takeaway: string): number {
  const needed = new Set(contentTokens(fact));
  if (needed.size === 0) return 0;
  const have = new Set(contentTokens(takeaway));
  let hits = 0;
  for (const t of needed) if (have.has(t)) hits++;
  return hits / needed.size;
}

/** Share of `facts` recalled by some takeaway at the given coverage threshold. */
export function factRecall(facts: string[], takeaways: string[], threshold = FACT_COVERAGE): number {
  if (facts.length === 0) return 0;
  const recalled = facts.filter((f) => takeaways.some((t) => coverage(f, t) >= threshold - 1e-9));
  return recalled.length / facts.length;
}
