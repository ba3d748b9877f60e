// Which articles state a chosen fact: its own, and every other article with a sentence close
// enough to it that also carries each of its numbers (so a citation never lends a figure to a
// source that does not print it).
import type { Candidate } from './prepare.js';
import type { SummaryArticle } from './types.js';

/** Similarity above which a sentence of another article is taken to state the same fact. */
export const CITE_SIMILARITY = 0.35;
const NUMBER = /\d+(?:[.,]\d+)*/g;

const digitsOf = (text: string) => new Set((text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '')));

export function citeSources(
  members: number[],
  candidates: Candidate[],
  sim: Float64Array[],
  articles: SummaryArticle[],
): string[] {
  const own = new Set(members.map((m) => candidates[m]!.article));
  const numbers = new Set(members.flatMap((m) => [...digitsOf(candidates[m]!.text)]));
  const cited = new Set(own);
  candidates.forEach((c, j) => {
    if (cited.has(c.article)) return;
    if (!members.some((m) => sim[m]![j]! >= CITE_SIMILARITY)) return;
    const theirs = digitsOf(articles[c.article]!.text);
    if ([...numbers].every((n) => theirs.has(n))) cited.add(c.article);
  });
  return [...cited].sort((a, b) => a - b).map((a) => articles[a]!.id);
}
