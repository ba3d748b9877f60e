// One reading of a digest's rounds for every place that counts or sums them: the table's header,
// the chart's subtitle and the digest's stored total are all this function of the same rows, so
// they cannot disagree. Rounds in talks are shown (marked) but never counted in the total: money
// not yet raised would inflate it, and talks often end at another figure or not at all.
import type { DigestRound } from '../../model.js';
import { formatMoney } from '../format.js';

export interface RoundsTotal {
  /** Announced rounds, with or without a disclosed amount. */
  announced: number;
  inTalks: number;
  /** Sum of the announced rounds' USD amounts. */
  totalUsd: number;
}

export function roundsTotal(rounds: readonly Pick<DigestRound, 'status' | 'amountUsd'>[]): RoundsTotal {
  const announced = rounds.filter((r) => r.status === 'announced');
  return {
    announced: announced.length,
    inTalks: rounds.length - announced.length,
    totalUsd: announced.reduce((sum, r) => sum + (r.amountUsd ?? 0), 0),
  };
}

/**
 * "9 rounds · total $7B", "1 round · amount undisclosed" (never "total $0"), and "· 2 in talks,
 * not in the total" when there are any.
 */
export function roundsTotalText(t: RoundsTotal): string {
  const plural = t.announced === 1 ? '' : 's';
  const sum = t.totalUsd > 0 || t.announced === 0 ? `total ${formatMoney(t.totalUsd, 'USD')}` : `amount${plural} undisclosed`;
  const rounds = `${t.announced} round${plural} · ${sum}`;
  return t.inTalks > 0 ? `${rounds} · ${t.inTalks} in talks, not in the total` : rounds;
}
