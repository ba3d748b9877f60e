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

const single = (c: Candidate, i: number, scores: number[]): Unit => ({
  members: [i],
  words: c.words,
  sentences: c.sentences,
  relevance: scores[i]!,
});

/**
 * A dangling sentence is usable only together with its antecedent, the sentence before it; a
 * fragment of a long quotation is not usable (atLeast may still take it for a text with little else).
 */
export function buildUnits(candidates: Candidate[], scores: number[]): Unit[] {
  const index = new Map(candidates.map((c, i) => [c.id, i]));
  const units: Unit[] = [];
  candidates.forEach((c, i) => {
    if (c.quoteFragment) return;
    if (!c.dangling) {
      units.push(single(c, i, scores));
      return;
    }
    const p = c.previousId === null ? undefined : index.get(c.previousId);
    if (p === undefined || candidates[p]!.dangling || candidates[p]!.quoteFragment) return;
    const words = candidates[p]!.words + c.words;
    units.push({
      members: [p, i],
      words,
      sentences: candidates[p]!.sentences + c.sentences,
      relevance: (scores[p]! + scores[i]!) / 2,
    });
  });
  return units;
}

/** Similarities between candidates, and which pairs of different articles report the same fact. */
export interface Graph {
  sim: Float64Array[];
  sameFact: Uint8Array[];
}

/** Similarity of two units: that of their closest members; Infinity when they repeat each other. */
function closeness(a: Unit, b: Unit, graph: Graph): number {
  let max = 0;
  for (const x of a.members)
    for (const y of b.members) {
      const s = x === y ? 1 : graph.sim[x]![y]!;
      if (s >= DUPLICATE || graph.sameFact[x]![y] === 1) return Infinity;
      max = Math.max(max, s);
    }
  return max;
}

/** True when two units say the same thing: too similar, or the same fact told by another source. */
export const repeats = (a: Unit, b: Unit, graph: Graph): boolean => closeness(a, b, graph) === Infinity;

/** Up to `limit` units in MMR order after the `earlier` picks; units repeating a pick are skipped. */
export function mmrOrder(units: Unit[], graph: Graph, limit: number, earlier: Unit[] = []): Unit[] {
  const chosen: Unit[] = [];
  const redundancy = Float64Array.from(units, (u) => Math.max(0, ...earlier.map((e) => closeness(u, e, graph))));
  const taken = new Uint8Array(units.length);
  while (chosen.length < limit) {
    let best = -1;
    let bestValue = -Infinity;
    units.forEach((u, k) => {
      if (taken[k] || redundancy[k] === Infinity) return;
      const value = LAMBDA * u.relevance - (1 - LAMBDA) * redundancy[k]!;
      if (value > bestValue) [best, bestValue] = [k, value];
    });
    if (best < 0) break;
    const pick = units[best]!;
    taken[best] = 1;
    chosen.push(pick);
    units.forEach((u, k) => {
      if (!taken[k]) redundancy[k] = Math.max(redundancy[k]!, closeness(u, pick, graph));
    });
  }
  return chosen;
}

/**
 * `ranked`, topped up to `min` units when a short text has too few: then the remaining sentences
 * stand alone, dangling or not, rather than not at all.
 */
export function atLeast(min: number, ranked: Unit[], candidates: Candidate[], scores: number[], graph: Graph): Unit[] {
  if (ranked.length >= min) return ranked;
  const used = new Set(ranked.flatMap((u) => u.members));
  const rest = candidates.map((c, i) => single(c, i, scores)).filter((u) => !used.has(u.members[0]!));
  return [...ranked, ...mmrOrder(rest, graph, min - ranked.length, ranked)];
}
