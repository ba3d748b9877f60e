// One row of the fault suite's table per scenario: what was expected on the platforms and what
// arrived (test/helpers/delivery-count.ts), with notes on how each process ended.
import { addCounts, NO_COUNTS, type DeliveryCounts } from '../../test/helpers/delivery-count.js';

export interface ScenarioResult {
  scenario: string;
  runs: number;
  counts: DeliveryCounts;
  /** What else was checked (exit codes, Retry-After, alerts), and anything that went wrong. */
  notes: string[];
  /** A check other than the counts failed. */
  failed: boolean;
}

export function result(scenario: string, runs: { counts: DeliveryCounts; notes?: string[]; failed?: boolean }[]): ScenarioResult {
  return {
    scenario,
    runs: runs.length,
    counts: runs.reduce((a, r) => addCounts(a, r.counts), NO_COUNTS),
    notes: [...new Set(runs.flatMap((r) => r.notes ?? []))],
    failed: runs.some((r) => r.failed),
  };
}

export const clean = (c: DeliveryCounts) => c.lost + c.doubled + c.outOfOrder + c.leakedMentions === 0;

const HEAD = ['scenario', 'runs', 'parts expected', 'delivered', 'lost', 'doubled', 'out of order', 'leaked mentions'];

/** A Markdown table (it goes into docs/reliability.md as printed), then the notes per scenario. */
export function formatTable(rows: ScenarioResult[]): string {
  const cells = rows.map((r) => [
    r.scenario,
    String(r.runs),
    String(r.counts.expected),
    String(r.counts.delivered),
    String(r.counts.lost),
    String(r.counts.doubled),
    String(r.counts.outOfOrder),
    String(r.counts.leakedMentions),
  ]);
  const total = rows.reduce((a, r) => addCounts(a, r.counts), NO_COUNTS);
  cells.push([
    '**total**',
    String(rows.reduce((n, r) => n + r.runs, 0)),
    ...[total.expected, total.delivered, total.lost, total.doubled, total.outOfOrder, total.leakedMentions].map(String),
  ]);
  const line = (c: string[]) => `| ${c.join(' | ')} |`;
  const notes = rows.map((r) => `- ${r.scenario}${r.failed ? ' (FAILED)' : ''}: ${r.notes.join('; ') || '—'}`);
  return [line(HEAD), line(HEAD.map(() => '---')), ...cells.map(line), '', ...notes].join('\n');
}
