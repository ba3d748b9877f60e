// Choosing sentences: units (a sentence, or a dangling sentence with the one it leans on), then
// maximal marginal relevance so each pick adds something the earlier picks did not say.
import type { Candidate } from './prepare.js';

export interface Unit {
  /** Candidate indices, in source order. */
  members: number[];
  words: number;
  sentences: number;
  relevance: number;
}

const LAMBDA = 0.8;
/** Above this similarity to an earlier pick a unit repeats it and is never chosen (as is the same fact told by another source). */
const DUPLICATE = 0.6;

/** A dangling sentence is usable only together with its antecedent, the sentence before it. */
export function buildUnits(candidates: Candidate[], scores: number[]): Unit[] {
  const index = new Map(candidates.map((c, i) => [c.id, i]));
  const units: Unit[] = [];
  candidates.forEach((c, i) => {
    if (!c.dangling) {
      units.push({ members: [i], words: c.words, sentences: 1, relevance: scores[i]! });
      return;
    }
    const p = c.previousId === null ? undefined : index.get(c.previousId);
    if (p === undefined || candidates[p]!.dangling) return;
    const words = candidates[p]!.words + c.words;
    units.push({ members: [p, i], words, sentences: 2, relevance: (scores[p]! + scores[i]!) / 2 });
  });
  return units;
}

/** Similarities between candidates, and which pairs of different articles report the same fact. */
export interface Graph {
  sim: Float64Array[];
  sameFact: Uint8Array[];
}

/** Highest similarity of `unit` to the chosen units, and whether it repeats one of them. */
function redundancy(unit: Unit, chosen: Unit[], graph: Graph): { max: number; repeats: boolean } {
  let max = 0;
  let repeats = false;
  for (const other of chosen)
    for (const a of unit.members)
      for (const b of other.members) {
        const s = a === b ? 1 : graph.sim[a]![b]!;
        max = Math.max(max, s);
        repeats ||= s >= DUPLICATE || graph.sameFact[a]![b] === 1;
      }
  return { max, repeats };
}

/** Up to `limit` units in MMR order; units repeating an earlier pick are skipped. */
export function mmrOrder(units: Unit[], graph: Graph, limit: number): Unit[] {
  const chosen: Unit[] = [];
  const pool = [...units];
  while (chosen.length < limit) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((u, k) => {
      const r = redundancy(u, chosen, graph);
      if (r.repeats) return;
      const value = LAMBDA * u.relevance - (1 - LAMBDA) * r.max;
      if (value > bestValue) [best, bestValue] = [k, value];
    });
    if (best < 0) break;
    chosen.push(pool.splice(best, 1)[0]!);
  }
  return chosen;
}
