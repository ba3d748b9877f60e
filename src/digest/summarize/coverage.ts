// Choosing takeaways. The TL;DR wants the gist; takeaways should cover the distinct facts of the
// story. Greedy maximization of a monotone submodular coverage (Lin & Bilmes 2011):
//   f(S) = Σ_t salience(t) · √(Σ relevance of the picked units that state t),
// where a term's salience is how much the story dwells on it (the lead prior summed over the
// sentences and headlines that use it). The square root gives diminishing returns, so a takeaway on terms
// already covered adds less than one on new terms, and counting relevance rather than 1 lets a
// better sentence cover more. Each pick maximizes its gain per √word, so a unit does not win by
// length alone.
import { positionPrior } from './features.js';
import type { Candidate } from './prepare.js';
import { repeats, type Graph, type Unit } from './select.js';

/**
 * Salience of each content term: the lead prior summed over the sentences that use it, a
 * headline counting as one more sentence at the lead.
 */
export function termSalience(candidates: Candidate[], titleTerms: Set<string>[] = []): Map<string, number> {
  const out = new Map<string, number>();
  const add = (terms: Iterable<string>, weight: number) => {
    for (const t of terms) out.set(t, (out.get(t) ?? 0) + weight);
  };
  for (const c of candidates) add(c.termSet, positionPrior(c.position));
  for (const title of titleTerms) add(title, positionPrior(0));
  return out;
}

/** `longer` is `shorter` with the sentence that leans on it: a pair extending a picked antecedent. */
const extendsPick = (longer: Unit, shorter: Unit): boolean =>
  longer.members.length > shorter.members.length && shorter.members.every((m) => longer.members.includes(m));

/**
 * Up to `limit` units in the order greedy coverage picks them; never one that repeats a pick.
 * A unit is worth what its last sentence states: in a pair, the antecedent is only there to
 * resolve the dangling sentence (and is a unit of its own), so its terms cost words but earn no
 * gain. A pair whose antecedent was picked alone may still come, replacing that pick in place.
 * Everything a pick prints counts as covered afterwards.
 */
export function coverageOrder(
  units: Unit[],
  candidates: Candidate[],
  titleTerms: Set<string>[],
  graph: Graph,
  limit: number,
): Unit[] {
  const salience = termSalience(candidates, titleTerms);
  const covered = new Map<string, number>();
  const open = new Uint8Array(units.length).fill(1);
  const chosen: Unit[] = [];
  while (chosen.length < limit) {
    let best = -1;
    let bestValue = 0;
    units.forEach((u, k) => {
      if (!open[k]) return;
      let gain = 0;
      for (const t of candidates[u.members.at(-1)!]!.termSet) {
        const c = covered.get(t) ?? 0;
        gain += salience.get(t)! * (Math.sqrt(c + u.relevance) - Math.sqrt(c));
      }
      const value = gain / Math.sqrt(u.words);
      if (value > bestValue) [best, bestValue] = [k, value];
    });
    if (best < 0) break;
    const pick = units[best]!;
    const extended = chosen.findIndex((c) => extendsPick(pick, c));
    const shown = new Set(extended >= 0 ? chosen[extended]!.members : []);
    if (extended >= 0) chosen[extended] = pick;
    else chosen.push(pick);
    units.forEach((u, k) => {
      if (k === best || (repeats(u, pick, graph) && !extendsPick(u, pick))) open[k] = 0;
    });
    const added = new Set(pick.members.filter((m) => !shown.has(m)).flatMap((m) => [...candidates[m]!.termSet]));
    for (const t of added) covered.set(t, (covered.get(t) ?? 0) + pick.relevance);
  }
  return chosen;
}
