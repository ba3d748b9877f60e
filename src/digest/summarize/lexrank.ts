// LexRank (Erkan & Radev 2004, continuous variant): a sentence is central when sentences that
// are themselves central resemble it. Power iteration on the row-normalized similarity graph,
// kept sparse: most sentence pairs of an article share no term.

const DAMPING = 0.85;
const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-6;

interface Row {
  to: number[];
  p: number[];
}

/** Stationary scores (summing to 1) of the similarity graph `sim`. */
export function lexRank(sim: Float64Array[]): Float64Array {
  const n = sim.length;
  let scores = new Float64Array(n).fill(1 / n);
  if (n < 2) return scores;
  const rows: Row[] = sim.map((row) => {
    const sum = row.reduce((a, b) => a + b, 0);
    const out: Row = { to: [], p: [] };
    row.forEach((x, i) => {
      if (x === 0) return;
      out.to.push(i);
      out.p.push(x / sum);
    });
    return out;
  });
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    // A sentence like no other spreads its score evenly.
    let spread = 0;
    for (let j = 0; j < n; j++) if (rows[j]!.to.length === 0) spread += scores[j]!;
    const next = new Float64Array(n).fill((1 - DAMPING) / n + (DAMPING * spread) / n);
    for (let j = 0; j < n; j++) {
      const share = scores[j]! * DAMPING;
      const { to, p } = rows[j]!;
      for (let k = 0; k < to.length; k++) next[to[k]!]! += share * p[k]!;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - scores[i]!);
    scores = next;
    if (delta < TOLERANCE) break;
  }
  return scores;
}
