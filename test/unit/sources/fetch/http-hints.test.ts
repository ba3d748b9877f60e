import { describe, expect, it } from 'vitest';
import { freshForMs, retryAfterMs } from '../../../../src/sources/fetch/http-hints.js';

const NOW = Date.UTC(2026, 10, 21, 12);

describe('Retry-After', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 30 ', 30_000],
    ['Sat, 21 Nov 2026 12:05:00 GMT', 300_000],
    ['Sat, 21 Nov 2026 11:00:00 GMT', 0],
    ['999999', 6 * 3_600_000],
    ['Sun, 22 Nov 2026 12:00:00 GMT', 6 * 3_600_000],
    [undefined, 600_000],
    ['soon', 600_000],
    ['-5', 600_000],
  ])('%s → %i ms', (value, ms) => {
    expect(retryAfterMs(value, NOW)).toBe(ms);
  });
});

describe('freshness', () => {
  it.each([
    [{ 'cache-control': 'public, max-age=3600' }, 3_600_000],
    [{ 'cache-control': 's-maxage=10, max-age="900"' }, 900_000],
    [{ 'cache-control': 'no-cache', expires: 'Sat, 21 Nov 2026 14:00:00 GMT' }, null],
    [{ expires: 'Sat, 21 Nov 2026 14:00:00 GMT' }, 2 * 3_600_000],
    [{ expires: 'Sat, 21 Nov 2026 14:00:00 GMT', date: 'Sat, 21 Nov 2026 13:00:00 GMT' }, 3_600_000],
    [{ expires: '0' }, null],
    [{ expires: 'Sat, 21 Nov 2026 10:00:00 GMT' }, null],
    [{ 'cache-control': 'max-age=0' }, null],
    [{}, null],
  ])('%j → %s', (headers, ms) => {
    expect(freshForMs(headers, NOW)).toBe(ms);
  });
});
