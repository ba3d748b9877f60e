// When two sentences from different articles report the same fact: they share at least three
// content terms and at least two fifths of the shorter one's. (TF-IDF cosine undervalues this: the
// words a story's sources share are exactly the ones with low IDF across the group.)
import type { Candidate } from './prepare.js';

const MIN_SHARED = 3;
const MIN_OVERLAP = 0.4;

export function sameFact(a: Candidate, b: Candidate): boolean {
  const [small, large] = a.termSet.size <= b.termSet.size ? [a.termSet, b.termSet] : [b.termSet, a.termSet];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared >= MIN_SHARED && shared >= MIN_OVERLAP * small.size;
}

/** Pairs of candidates from different articles that report the same fact (empty rows for one article). */
export function sameFactMatrix(candidates: Candidate[]): Uint8Array[] {
  const rows = candidates.map(() => new Uint8Array(candidates.length));
  for (let i = 0; i < candidates.length; i++)
    for (let j = i + 1; j < candidates.length; j++)
      if (candidates[i]!.article !== candidates[j]!.article && sameFact(candidates[i]!, candidates[j]!))
        rows[i]![j] = rows[j]![i] = 1;
  return rows;
}
