// The funding chart as data: one bar per round with a USD amount, largest first. Renderers draw
// exactly this, so tests can check the labels without reading pixels.
import type { DigestRound } from '../../model.js';
import { formatMoney } from '../format.js';

export interface ChartBar {
  label: string;
  valueUsd: number;
  /** The amount as reported, e.g. "€12.5M", plus "≈ $13.6M" when not in USD. */
  valueText: string;
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
export function chartSpec(rounds: DigestRound[], title: string, totalUsd: number): ChartSpec | null {
  const priced = rounds.filter((r): r is DigestRound & { amountUsd: number } => r.amountUsd !== null && r.amountUsd > 0);
  if (priced.length === 0) return null;
  const sorted = [...priced].sort((a, b) => b.amountUsd - a.amountUsd || a.company.localeCompare(b.company));
  const bars = sorted.slice(0, MAX_BARS).map((r) => ({
    label: r.company,
    valueUsd: r.amountUsd,
    valueText:
      r.currency && r.currency.toUpperCase() !== 'USD'
        ? `${formatMoney(r.amount, r.currency)} ≈ ${formatMoney(r.amountUsd, 'USD')}`
        : formatMoney(r.amountUsd, 'USD'),
  }));
  return {
    title,
    subtitle: `${priced.length} round${priced.length === 1 ? '' : 's'} · total ${formatMoney(totalUsd, 'USD')}`,
    bars,
    omitted: rounds.length - bars.length,
  };
}
