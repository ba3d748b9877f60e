// One relevance score per candidate: centrality, lead position, headline overlap, fact density
// and (in a group) how many other sources say the same thing, discounted for captions,
// questions and awkward lengths.
import { factDensity, lengthFit, positionPrior, titleOverlap } from './features.js';
import { lexRank } from './lexrank.js';
import type { Candidate } from './prepare.js';

export const WEIGHTS = { centrality: 0.3, position: 0.4, title: 0.15, facts: 0.2, support: 0.2 };
/** Two sentences of different articles this similar report the same fact. */
export const SAME_FACT_SIMILARITY = 0.3;

/** Share of the other articles that have a sentence resembling each candidate. */
export function support(candidates: Candidate[], sim: Float64Array[], articleCount: number): number[] {
  if (articleCount < 2) return candidates.map(() => 0);
  return candidates.map((c, i) => {
    const others = new Set<number>();
    sim[i]!.forEach((s, j) => {
      const article = candidates[j]!.article;
      if (s >= SAME_FACT_SIMILARITY && article !== c.article) others.add(article);
    });
    return others.size / (articleCount - 1);
  });
}

export function scoreCandidates(
  candidates: Candidate[],
  sim: Float64Array[],
  titleTerms: Set<string>[],
  articleCount: number,
): number[] {
  const centrality = lexRank(sim);
  const maxCentrality = Math.max(...centrality, Number.MIN_VALUE);
  const supported = support(candidates, sim, articleCount);
  return candidates.map((c, i) => {
    const relevance =
      WEIGHTS.centrality * (centrality[i]! / maxCentrality) +
      WEIGHTS.position * positionPrior(c.position) +
      WEIGHTS.title * titleOverlap(new Set(c.terms), titleTerms[c.article]!) +
      WEIGHTS.facts * factDensity(c.text, c.words) +
      WEIGHTS.support * supported[i]!;
    const discount = (c.caption ? 0.75 : 1) * (c.question ? 0.5 : 1);
    return relevance * discount * lengthFit(c.words);
  });
}
