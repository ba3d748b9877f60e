// TF-IDF vectors of sentences and their cosine similarities (the graph the ranker walks).

export type Vector = Map<string, number>;

/** Sublinear TF times smoothed IDF, where a "document" is one sentence of the input. */
export function tfidfVectors(termLists: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  return termLists.map((list) => {
    const tf = new Map<string, number>();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const u = large.get(t);
    if (u !== undefined) dot += w * u;
  }
  return dot;
}

/** Symmetric matrix of pairwise cosines, zero on the diagonal. */
export function similarityMatrix(vectors: Vector[]): Float64Array[] {
  const rows = vectors.map(() => new Float64Array(vectors.length));
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++) rows[i]![j] = rows[j]![i] = cosine(vectors[i]!, vectors[j]!);
  return rows;
}
