// The funding chart as data: one bar per round with a USD amount, largest first; rounds in talks
// are marked and drawn apart, and the subtitle is the table header's line (rounds-total.ts).
// Renderers draw exactly this, so tests can check the labels without reading pixels.
import type { DigestRound } from '../../model.js';
import { roundsTotal, roundsTotalText } from '../compose/rounds-total.js';
import { formatMoney } from '../format.js';

export interface ChartBar {
  label: string;
  valueUsd: number;
  /** The amount as reported, e.g. "€12.5M", plus "≈ $13.6M" when not in USD. */
  valueText: string;
  /** A round still in talks: drawn apart, its label says so, and it is not in the subtitle's total. */
  inTalks: boolean;
}

export interface ChartSpec {
  title: string;
  subtitle: string;
  bars: ChartBar[];
  /** Rounds left out of the bars (no USD amount, or beyond the cap). */
  omitted: number;
}

export const MAX_BARS = 12;

/** Null when there is nothing to draw (no round with an amount). */
export function chartSpec(rounds: DigestRound[], title: string): ChartSpec | null {
  const priced = rounds.filter((r): r is DigestRound & { amountUsd: number } => r.amountUsd !== null && r.amountUsd > 0);
  if (priced.length === 0) return null;
  const sorted = [...priced].sort((a, b) => b.amountUsd - a.amountUsd || a.company.localeCompare(b.company));
  const bars = sorted.slice(0, MAX_BARS).map((r) => ({
    label: r.status === 'in_talks' ? `${r.company} (in talks)` : r.company,
    inTalks: r.status === 'in_talks',
    valueUsd: r.amountUsd,
    valueText:
      r.currency && r.currency.toUpperCase() !== 'USD'
        ? `${formatMoney(r.amount, r.currency)} ≈ ${formatMoney(r.amountUsd, 'USD')}`
        : formatMoney(r.amountUsd, 'USD'),
  }));
  return {
    title,
    subtitle: roundsTotalText(roundsTotal(rounds)),
    bars,
    omitted: rounds.length - bars.length,
  };
}
