// LexRank (Erkan & Radev 2004, continuous variant): a sentence is central when sentences that
// are themselves central resemble it. Power iteration on the row-normalized similarity graph.

const DAMPING = 0.85;
const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-6;

/** Stationary scores (summing to 1) of the similarity graph `sim`. */
export function lexRank(sim: Float64Array[]): Float64Array {
  const n = sim.length;
  const out = new Float64Array(n).fill(1 / n);
  if (n < 2) return out;
  const rowSums = sim.map((row) => row.reduce((a, b) => a + b, 0));
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      const share = out[j]! * DAMPING;
      const sum = rowSums[j]!;
      if (sum === 0) {
        for (let i = 0; i < n; i++) next[i]! += share / n;
        continue;
      }
      const row = sim[j]!;
      for (let i = 0; i < n; i++) next[i]! += (share * row[i]!) / sum;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - out[i]!);
    out.set(next);
    if (delta < TOLERANCE) break;
  }
  return out;
}
