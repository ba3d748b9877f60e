import { describe, expect, it } from 'vitest';
import { FX_RATES_DATE, toUsd } from '../../../src/text/fx.js';
import { findMoney, parseMoney } from '../../../src/text/money.js';

describe('findMoney', () => {
  it.each([
    ['$48 million', 48e6, 'USD', 'exact'],
    ['$1.2B', 1.2e9, 'USD', 'exact'],
    ['€12.5m', 12.5e6, 'EUR', 'exact'],
    ['US$ 40 mn', 40e6, 'USD', 'exact'],
    ['1.03 billion dollars', 1.03e9, 'USD', 'exact'],
    ['£3bn', 3e9, 'GBP', 'exact'],
    ['¥500 million', 500e6, 'JPY', 'exact'],
    ['10 million yuan', 10e6, 'CNY', 'exact'],
    ['48 million euros', 48e6, 'EUR', 'exact'],
    ['Rs 90 crore', 900e6, 'INR', 'exact'],
    ['₹2 lakh', 2e5, 'INR', 'exact'],
    ['A$49.5 million', 49.5e6, 'AUD', 'exact'],
    ['$660k USD', 660e3, 'USD', 'exact'],
    ['$15-billion pledge', 15e9, 'USD', 'exact'],
    ['CHF 20 million', 20e6, 'CHF', 'exact'],
    ['30 million Canadian dollars', 30e6, 'CAD', 'exact'],
    ['12 million Singapore dollars', 12e6, 'SGD', 'exact'],
    ['40 million Norwegian crowns', 40e6, 'NOK', 'exact'],
    ['250 million Swedish kronor', 250e6, 'SEK', 'exact'],
    ['₦2.4 billion', 2.4e9, 'NGN', 'exact'],
    ['KSh 390 million', 390e6, 'KES', 'exact'],
    ['NIS 40 million', 40e6, 'ILS', 'exact'],
    ['R85 million', 85e6, 'ZAR', 'exact'],
    ['R2.5bn', 2.5e9, 'ZAR', 'exact'],
    ['60 million Egyptian pounds', 60e6, 'EGP', 'exact'],
    ['12 million dirhams', 12e6, 'AED', 'exact'],
    ['up to $40B', 40e9, 'USD', 'up_to'],
    ['more than $5M', 5e6, 'USD', 'at_least'],
    ['$2B+', 2e9, 'USD', 'at_least'],
    ['nearly $15 billion', 15e9, 'USD', 'approx'],
    ['~USD 500,000', 5e5, 'USD', 'approx'],
  ])('%s', (text, amount, currency, qualifier) => {
    expect(parseMoney(text)).toMatchObject({
      amount,
      currency,
      qualifier,
      text: expect.stringContaining(text.replace(/ pledge$/, '')),
    });
  });

  it('reads a bare "R" as rand only with a multiplier, and never lowercase', () => {
    expect(findMoney('the Rivian R2 costs 45,000 dollars')).toMatchObject([{ amount: 45000, currency: 'USD' }]);
    expect(findMoney('a r5 million budget')).toEqual([]);
  });

  it('reads ranges as their upper bound and keeps the lower one', () => {
    expect(parseMoney('USD 25-30 million')).toMatchObject({ amount: 30e6, low: 25e6, qualifier: 'range' });
    expect(parseMoney('between $1M and $2M')).toMatchObject({ amount: 2e6, low: 1e6, qualifier: 'range' });
    expect(parseMoney('$850 billion to $900 billion')).toMatchObject({ amount: 900e9, low: 850e9 });
  });

  it('keeps two amounts apart when they are not a range', () => {
    expect(findMoney('down from $6.6 billion to $4.5B').map((m) => m.amount)).toEqual([6.6e9, 4.5e9]);
    expect(findMoney('$10M and $20M').map((m) => m.amount)).toEqual([10e6, 20e6]);
  });

  it('ignores numbers that are not money and words that only look like currencies', () => {
    expect(findMoney('1,250 startups in 2021 won 3 awards; 5 pounds of flour; the $PUSH token')).toEqual([]);
  });

  it('reports offsets and how precisely the figure is written', () => {
    const [m] = findMoney('It raised $14.8 billion.');
    expect(m).toMatchObject({ start: 10, end: 23, significantDigits: 3 });
    expect(parseMoney('$100M')!.significantDigits).toBe(1);
  });
});

describe('toUsd', () => {
  it('converts with the dated table and refuses unknown currencies', () => {
    expect(FX_RATES_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(toUsd(10e6, 'USD')).toBe(10e6);
    expect(toUsd(10e6, 'EUR')).toBe(11.7e6);
    expect(toUsd(900e6, 'INR')).toBeGreaterThan(10e6);
    expect(toUsd(1, 'XYZ')).toBeNull();
  });
});
