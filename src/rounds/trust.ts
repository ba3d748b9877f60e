// The trust signal extraction gives the digest: a round is trusted when the headline of an article
// that reported it states the round itself (its company raising money), or when two outlets or
// more reported it. A round read from one sentence of an article about something else is neither,
// so it may fill a table row but never lifts its story's rank.
import { companyKey, keysOverlap } from './company-key.js';
import { extractRounds } from './extract.js';

export interface TrustedSource {
  articleId: number;
  outlet: string;
}

/** Whether a headline, read alone, reports a round of `company`. */
export function headlineReports(title: string, company: string): boolean {
  const key = companyKey(company);
  return extractRounds(title).some((r) => keysOverlap(companyKey(r.company), key));
}

/** `titleOf` gives the title of a source article when it is at hand. */
export function isTrusted(
  round: { company: string; sources: readonly TrustedSource[] },
  titleOf: (articleId: number) => string | undefined,
): boolean {
  if (new Set(round.sources.map((s) => s.outlet)).size >= 2) return true;
  return round.sources.some((s) => {
    const title = titleOf(s.articleId);
    return title !== undefined && headlineReports(title, round.company);
  });
}
