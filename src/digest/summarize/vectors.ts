// TF-IDF vectors of sentences and their cosine similarities (the graph the ranker walks).

/** Sparse unit vector: term → weight. */
export type Vector = Map<string, number>;

/** Sublinear TF times smoothed IDF, where a "document" is one sentence of the input. */
export function tfidfVectors(termLists: string[][]): Vector[] {
  const df = new Map<string, number>();
  const counted = termLists.map((list) => {
    const tf = new Map<string, number>();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return tf;
  });
  const n = termLists.length;
  return counted.map((tf) => {
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

/**
 * Symmetric matrix of pairwise cosines, zero on the diagonal. Built from term postings: only
 * sentences that share a term are ever multiplied, so rare terms cost next to nothing.
 */
export function similarityMatrix(vectors: Vector[]): Float64Array[] {
  const postings = new Map<string, { sentence: number; weight: number }[]>();
  vectors.forEach((v, sentence) => {
    for (const [t, weight] of v) {
      const list = postings.get(t);
      if (list) list.push({ sentence, weight });
      else postings.set(t, [{ sentence, weight }]);
    }
  });
  const rows = vectors.map(() => new Float64Array(vectors.length));
  for (const list of postings.values())
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a]!;
        const y = list[b]!;
        const product = x.weight * y.weight;
        rows[x.sentence]![y.sentence]! += product;
        rows[y.sentence]![x.sentence]! += product;
      }
  return rows;
}
