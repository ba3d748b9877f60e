// The faithfulness gate on a digest, whatever wrote its lines: a summary line must be supported by
// the articles it cites, else it is replaced by an extractive line (which is, by construction);
// a rounds-table row must be supported by its sources, else it is left out. Every event is reported.
import type { DigestRound } from '../../model.js';
import { checkFaithful } from './check.js';
import { eachInSlices } from '../slices.js';
import { formatMoney } from '../format.js';
import { summarizeExtractive } from '../summarize/extractive.js';
import type { SummaryArticle, SummaryResult } from '../summarize/types.js';

export interface UnfaithfulLine {
  kind: 'tldr' | 'takeaway' | 'round';
  line: string;
  unsupported: string[];
  /** What the line became: an extractive replacement, or nothing. */
  action: 'replaced' | 'dropped';
}

const textOf = (a: SummaryArticle) => `${a.title ?? ''}\n${a.text}`;

/** A story's summary with every line checked against the articles it cites. */
export function gateSummary(
  summary: SummaryResult,
  articles: SummaryArticle[],
  report: (e: UnfaithfulLine) => void,
): SummaryResult {
  const byId = new Map(articles.map((a) => [a.id, textOf(a)]));
  let extractive: SummaryResult | undefined;
  const fallback = () => (extractive ??= summarizeExtractive({ articles }));
  const takeaways = summary.takeaways.map((t, i) => {
    const sources = t.sources.map((id) => byId.get(id)).filter((s): s is string => s !== undefined);
    const check = checkFaithful(t.text, sources);
    if (sources.length > 0 && check.ok) return t;
    const replacement = fallback().takeaways[i] ?? fallback().takeaways.at(-1);
    report({ kind: 'takeaway', line: t.text, unsupported: check.unsupported, action: replacement ? 'replaced' : 'dropped' });
    return replacement;
  });
  const tldrCheck = checkFaithful(summary.tldr, [...byId.values()]);
  if (!tldrCheck.ok) report({ kind: 'tldr', line: summary.tldr, unsupported: tldrCheck.unsupported, action: 'replaced' });
  const unique = [...new Map(takeaways.filter((t) => t !== undefined).map((t) => [t.text, t])).values()];
  return { tldr: tldrCheck.ok ? summary.tldr : fallback().tldr, takeaways: unique };
}

/** How a rounds-table row reads, for the check: every figure and name the table will show. */
export function roundLine(r: DigestRound): string {
  const parts = [`${r.company} ${formatMoney(r.amount, r.currency)}`];
  if (r.valuation !== null) parts.push(`valuation ${formatMoney(r.valuation, r.currency)}`);
  if (r.leadInvestors.length > 0) parts.push(`led by ${r.leadInvestors.join(', ')}`);
  if (r.otherInvestors.length > 0) parts.push(`with ${r.otherInvestors.join(', ')}`);
  return parts.join('; ');
}

/** Rows whose figures and names are stated by their sources (`texts` maps article id to text). */
export async function gateRounds(
  rounds: DigestRound[],
  texts: Map<number, string>,
  report: (e: UnfaithfulLine) => void,
): Promise<DigestRound[]> {
  const kept: DigestRound[] = [];
  // A window's 250 rounds took 160 ms of CPU in one stretch: checked in slices.
  await eachInSlices(rounds, (r) => {
    const line = roundLine(r);
    const sources = r.sources.map((s) => texts.get(s.articleId)).filter((t): t is string => t !== undefined);
    const check = checkFaithful(line, sources);
    if (!check.ok || sources.length === 0) report({ kind: 'round', line, unsupported: check.unsupported, action: 'dropped' });
    if (check.ok && sources.length > 0) kept.push(r);
  });
  return kept;
}
