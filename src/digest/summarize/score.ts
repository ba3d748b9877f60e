// One relevance score per candidate: centrality, lead position, headline overlap, fact density
// and (in a group) how many other sources say the same thing, discounted for captions,
// questions and awkward lengths.
import { confirmingArticles } from './citations.js';
import { factDensity, lengthFit, positionPrior, titleOverlap } from './features.js';
import { lexRank } from './lexrank.js';
import type { Candidate } from './prepare.js';

export const WEIGHTS = { centrality: 0.3, position: 0.4, title: 0.15, facts: 0.2, support: 0.2 };
/** Share of the other articles that confirm each candidate's fact. */
export function support(candidates: Candidate[], sameFact: Uint8Array[], articleNumbers: Set<string>[]): number[] {
  const others = articleNumbers.length - 1;
  if (others < 1) return candidates.map(() => 0);
  return candidates.map((_, i) => confirmingArticles([i], candidates, sameFact, articleNumbers).size / others);
}

export function scoreCandidates(
  candidates: Candidate[],
  sim: Float64Array[],
  sameFact: Uint8Array[],
  titleTerms: Set<string>[],
  articleNumbers: Set<string>[],
): number[] {
  const centrality = lexRank(sim);
  const maxCentrality = Math.max(...centrality, Number.MIN_VALUE);
  const supported = support(candidates, sameFact, articleNumbers);
  return candidates.map((c, i) => {
    const relevance =
      WEIGHTS.centrality * (centrality[i]! / maxCentrality) +
      WEIGHTS.position * positionPrior(c.position) +
      WEIGHTS.title * titleOverlap(c.termSet, titleTerms[c.article]!) +
      WEIGHTS.facts * factDensity(c.text, c.words) +
      WEIGHTS.support * supported[i]!;
    const discount = (c.caption ? 0.75 : 1) * (c.question ? 0.5 : 1);
    return relevance * discount * lengthFit(c.words);
  });
}
