// The article benchmark's metric: text cut into 4-word shingles over \w+ tokens (case kept), per page
// true/false positives and false negatives counted and normalized to sum 1; precision and recall
// averaged over pages; F1 of the two averages (../shared/corpus/articles/README.md).

/** Python's `\w` with re.UNICODE: letters, digits and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalized TP/FP/FN of one page's predicted text against the marked body. */
export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface Aggregate {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall averaged over pages, and the F1 of those averages. */
export function aggregate(scores: readonly PageScore[]): Aggregate {
  const mean = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0) / Math.max(1, scores.length);
  const precision = mean((s) => (s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0));
  const recall = mean((s) => (s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: scores.length, precision, recall, f1 };
}
