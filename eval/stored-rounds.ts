// Funding rounds as a digest receives them from the store, for the evals that build digests
// without one: each round an article yields is matched against the rounds already read, with the
// store's own policy (rounds/merge-policy.ts: same company, agreeing type, amount and time), and
// merged into the one it reports, as saveRounds does; otherwise it is a round of its own.
import type { Article, ExtractedRound, RoundStatus, RoundType, StoredRound } from '../src/model.js';
import { companyKey } from '../src/rounds/company-key.js';
import { matchingRound, mergedRound } from '../src/rounds/merge-policy.js';
import type { RoundRow } from '../src/store/schema.js';

/** The stored round as the store's row, for the merge policy. */
function asRow(s: StoredRound): RoundRow & { lead: string[]; other: string[] } {
  return {
    id: s.id,
    company_key: s.companyKey,
    company: s.company,
    amount: s.amount,
    currency: s.currency,
    amount_usd: s.amountUsd,
    round_type: s.roundType,
    round_type_detail: s.roundTypeDetail,
    valuation: s.valuation,
    lead_investors: JSON.stringify(s.leadInvestors),
    other_investors: JSON.stringify(s.otherInvestors),
    status: s.status,
    conflict: s.conflict,
    announced_at: s.announcedAt,
    first_seen_at: s.announcedAt,
    updated_at: s.announcedAt,
    lead: s.leadInvestors,
    other: s.otherInvestors,
  };
}

/** `read` extracts an article's rounds; `now` dates a source and an article without a date. */
export function storedRoundsOf(articles: Article[], read: (a: Article) => ExtractedRound[], now: number): StoredRound[] {
  const stored: StoredRound[] = [];
  for (const a of articles)
    read(a).forEach((r, i) => {
      const reportedAt = a.publishedAt ?? now;
      const source = {
        articleId: a.id,
        title: a.title,
        url: a.url,
        outlet: a.outlet,
        evidence: r.evidence,
        amount: r.amount,
        currency: r.currency,
        valuation: r.valuation,
        seenAt: now,
      };
      const key = companyKey(r.company);
      const match = matchingRound(stored.map(asRow), key, r, reportedAt);
      const into = match && stored.find((s) => s.id === match.id);
      if (!into) {
        stored.push({ ...r, id: a.id * 100 + i, companyKey: key, conflict: null, announcedAt: reportedAt, sources: [source] });
        return;
      }
      const first = into.sources[0]?.articleId ?? null;
      const u = mergedRound(asRow(into), r, { articleId: a.id, reportedAt, firstArticle: first });
      Object.assign(into, {
        amount: u.amount,
        currency: u.currency,
        amountUsd: u.amount_usd,
        valuation: u.valuation,
        roundType: u.round_type as RoundType,
        roundTypeDetail: u.round_type_detail,
        status: u.status as RoundStatus,
        conflict: u.conflict,
        announcedAt: u.announced_at,
        leadInvestors: u.lead_investors,
        otherInvestors: u.other_investors,
        sources: [...into.sources, source],
      });
    });
  return stored;
}
