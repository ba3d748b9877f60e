// The rounds header and the chart's subtitle read the same total; an undisclosed amount is said so.
import { describe, expect, it } from 'vitest';
import { roundsTotal, roundsTotalText } from '../../../src/digest/compose/rounds-total.js';

describe('roundsTotalText', () => {
  it('sums announced rounds, keeps talks out of the total, and never shows "total $0" for undisclosed amounts', () => {
    const announced = (amountUsd: number | null) => ({ status: 'announced' as const, amountUsd });
    expect(roundsTotalText(roundsTotal([announced(5e6), announced(2e6), { status: 'in_talks', amountUsd: 9e6 }]))).toBe(
      '2 rounds · total $7M · 1 in talks, not in the total',
    );
    expect(roundsTotalText(roundsTotal([announced(null)]))).toBe('1 round · amount undisclosed');
    expect(roundsTotalText(roundsTotal([announced(null), announced(null)]))).toBe('2 rounds · amounts undisclosed');
  });
});
