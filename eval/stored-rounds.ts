// Funding rounds as a digest receives them from the store, for the evals that build digests
// without one: each round an article yields, with that article as its one source.
import type { Article, ExtractedRound, StoredRound } from '../src/model.js';

/** `read` extracts an article's rounds; `now` dates a source and an article without a date. */
export function storedRoundsOf(articles: Article[], read: (a: Article) => ExtractedRound[], now: number): StoredRound[] {
  return articles.flatMap((a) =>
    read(a).map((r, i) => ({
      ...r,
      id: a.id * 100 + i,
      companyKey: r.company.toLowerCase(),
      conflict: null,
      announcedAt: a.publishedAt ?? now,
      sources: [
        {
          articleId: a.id,
          title: a.title,
          url: a.url,
          outlet: a.outlet,
          evidence: r.evidence,
          amount: r.amount,
          currency: r.currency,
          valuation: r.valuation,
          seenAt: now,
        },
      ],
    })),
  );
}
