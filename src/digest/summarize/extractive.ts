// The default summarizer: picks source sentences verbatim, so every number and name in a
// summary is in its source by construction.
import { terms } from '../../text/tokens.js';
import { fitBudget, truncateToWords } from './budget.js';
import { confirmingArticles, numbersIn } from './citations.js';
import { coverageOrder } from './coverage.js';
import { prepareCandidates } from './prepare.js';
import { sameFactMatrix } from './same-fact.js';
import { scoreCandidates } from './score.js';
import { atLeast, buildUnits, mmrOrder, type Unit } from './select.js';
import { MAX_TAKEAWAYS, MIN_TAKEAWAYS, type Summarizer, type SummaryInput, type SummaryResult } from './types.js';
import { similarityMatrix, tfidfVectors } from './vectors.js';

/** Enough ranked units for six takeaways and for the TL;DR to skip a few that overrun its budget. */
const RANKED_UNITS = 15;
/** Takeaways never repeat more than a third of the usable sentences. */
const SENTENCES_PER_TAKEAWAY = 3;

export function summarizeExtractive(input: SummaryInput): SummaryResult {
  const { articles } = input;
  const candidates = prepareCandidates(articles);
  if (candidates.length === 0) return { tldr: '', takeaways: [], tldrSentenceIds: [] };
  const sim = similarityMatrix(tfidfVectors(candidates.map((c) => c.terms)));
  const titles = articles.map((a) => new Set(terms(a.title ?? '')));
  const sameFact = sameFactMatrix(candidates);
  const articleNumbers = articles.map((a) => numbersIn(a.text));
  const scores = scoreCandidates(candidates, sim, sameFact, titles, articleNumbers);
  const graph = { sim, sameFact };
  const units = buildUnits(candidates, scores);
  const ranked = mmrOrder(units, graph, RANKED_UNITS);
  const wanted = Math.min(MAX_TAKEAWAYS, Math.max(MIN_TAKEAWAYS, Math.ceil(candidates.length / SENTENCES_PER_TAKEAWAY)));
  const picks = atLeast(MIN_TAKEAWAYS, coverageOrder(units, candidates, titles, graph, wanted), candidates, scores, graph);

  const textOf = (u: Unit) => u.members.map((m) => candidates[m]!.text).join(' ');
  const idsOf = (u: Unit) => u.members.map((m) => candidates[m]!.id);

  const takeaways = picks.map((u) => ({
    text: textOf(u),
    sources: [candidates[u.members[0]!]!.article, ...confirmingArticles(u.members, candidates, sameFact, articleNumbers)]
      .sort((a, b) => a - b)
      .map((a) => articles[a]!.id),
    sentenceIds: idsOf(u),
  }));

  const inReadingOrder = (a: Unit, b: Unit) =>
    candidates[a.members[0]!]!.article - candidates[b.members[0]!]!.article || a.members[0]! - b.members[0]!;
  const tldrUnits = fitBudget(ranked).sort(inReadingOrder);
  if (tldrUnits.length === 0) {
    const top = ranked[0] ?? picks[0]!;
    return { tldr: truncateToWords(textOf(top)), takeaways, tldrSentenceIds: idsOf(top) };
  }
  return { tldr: tldrUnits.map(textOf).join(' '), takeaways, tldrSentenceIds: tldrUnits.flatMap(idsOf) };
}

export const extractiveSummarizer: Summarizer = {
  summarize: (input) => Promise.resolve(summarizeExtractive(input)),
};
