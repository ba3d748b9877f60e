// ROUGE-N, ROUGE-L and summary-level ROUGE-Lsum (Lin 2004) on token lists, as F1 with
// precision and recall, matching the definitions of Google's rouge-score.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(overlap: number, candidateTotal: number, referenceTotal: number): Prf {
  const precision = candidateTotal ? overlap / candidateTotal : 0;
  const recall = referenceTotal ? overlap / referenceTotal : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Clipped n-gram overlap. */
export function rougeN(candidate: string[], reference: string[], n: number): Prf {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  return prf(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsTable(a: string[], b: string[]): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t;
}

export function rougeL(candidate: string[], reference: string[]): Prf {
  return prf(lcsTable(candidate, reference)[candidate.length]![reference.length]!, candidate.length, reference.length);
}

/** Positions of `ref` on one longest common subsequence with `cand`. */
function lcsPositions(ref: string[], cand: string[]): number[] {
  const t = lcsTable(ref, cand);
  const out: number[] = [];
  for (let i = ref.length, j = cand.length; i > 0 && j > 0;) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i - 1]![j]! >= t[i]![j - 1]!) i--;
    else j--;
  }
  return out;
}

/** Summary-level LCS: per reference sentence, the union of its LCS hits with every candidate sentence, clipped by token counts. */
export function rougeLsum(candidate: string[][], reference: string[][]): Prf {
  const left = (sentences: string[][]) => {
    const m = new Map<string, number>();
    for (const t of sentences.flat()) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const candLeft = left(candidate);
  const refLeft = left(reference);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const cand of candidate) for (const p of lcsPositions(ref, cand)) union.add(p);
    for (const p of [...union].sort((a, b) => a - b)) {
      const token = ref[p]!;
      if ((candLeft.get(token) ?? 0) > 0 && (refLeft.get(token) ?? 0) > 0) {
        hits++;
        candLeft.set(token, candLeft.get(token)! - 1);
        refLeft.set(token, refLeft.get(token)! - 1);
      }
    }
  }
  return prf(hits, candidate.flat().length, reference.flat().length);
}
