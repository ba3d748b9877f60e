import { describe, expect, it } from 'vitest';
import { compactNumber, formatMoney, formatRoundType } from '../../../src/digest/format.js';

describe('display formats', () => {
  it.each([
    [1_030_000_000, '1.03B'],
    [520_000_000, '520M'],
    [12_500_000, '12.5M'],
    [750_000, '750K'],
    [2_000_000_000_000, '2T'],
    [999, '999'],
  ])('compactNumber(%d) = %s', (n, s) => expect(compactNumber(n)).toBe(s));

  it('formats money with symbols or codes', () => {
    expect(formatMoney(520e6, 'USD')).toBe('$520M');
    expect(formatMoney(12.5e6, 'eur')).toBe('€12.5M');
    expect(formatMoney(40e6, 'CHF')).toBe('CHF 40M');
    expect(formatMoney(null, null)).toBe('undisclosed');
  });

  it('names round types, preferring the detail as written', () => {
    expect(formatRoundType('series_b')).toBe('Series B');
    expect(formatRoundType('series_b', 'Series B-2')).toBe('Series B-2');
    expect(formatRoundType('seed')).toBe('Seed');
    expect(formatRoundType('unknown')).toBe('Undisclosed round');
    expect(formatRoundType('extension', 'an extension')).toBe('Extension');
    expect(formatRoundType('seed', 'seed')).toBe('Seed');
  });
});
