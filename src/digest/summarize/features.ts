// Per-sentence signals besides centrality: where it stands, what it shares with the headline,
// how many facts it carries, and whether its length suits a bullet.

/** News puts the main facts first: the lead weighs 1, the fifth sentence about half. */
export function positionPrior(index: number): number {
  return 1 / Math.sqrt(1 + index / 1.5);
}

/** Share of the title's content terms the sentence repeats (0 without a title). */
export function titleOverlap(sentenceTerms: Set<string>, titleTerms: Set<string>): number {
  if (titleTerms.size === 0) return 0;
  let hits = 0;
  for (const t of titleTerms) if (sentenceTerms.has(t)) hits++;
  return hits / titleTerms.size;
}

const NUMBER = /(?:[$€£¥]\s?)?\d[\d,.]*\s?(?:%|percent|per cent|[kmb]n?\b|million|billion|trillion)?/gi;
/** Capitalized words that are not the first word of the sentence: names of people, firms, places. */
const NAME = /(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}'’-]+/gu;

/** Facts per word, saturating: numbers and amounts count double, names once. */
export function factDensity(text: string, wordCount: number): number {
  if (wordCount === 0) return 0;
  const facts = 2 * (text.match(NUMBER)?.length ?? 0) + (text.match(NAME)?.length ?? 0);
  return Math.min(1, facts / wordCount / 0.25);
}

/** Sentences of 12–35 words read best as bullets; fragments and run-ons weigh less. */
export function lengthFit(wordCount: number): number {
  if (wordCount < 6) return 0;
  if (wordCount < 12) return 0.6 + (wordCount - 6) * (0.4 / 6);
  if (wordCount <= 35) return 1;
  return Math.max(0.4, 1 - (wordCount - 35) / 50);
}
