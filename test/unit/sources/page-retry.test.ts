import { describe, expect, it } from 'vitest';
import { nextPageTry, PAGE_TRIES, retryNote } from '../../../src/sources/page-retry.js';

const NOW = Date.UTC(2026, 11, 6, 5);
const MIN = 60_000;

describe('nextPageTry', () => {
  it('waits longer after each passing failure, and gives up after the last try', () => {
    const waits = [1, 2, 3].map((tries) => nextPageTry(true, tries, NOW)! - NOW);
    expect(waits).toEqual([30 * MIN, 120 * MIN, 480 * MIN]);
    expect(nextPageTry(true, PAGE_TRIES, NOW)).toBeNull();
  });
  it('never retries a lasting failure', () => {
    expect(nextPageTry(false, 1, NOW)).toBeNull();
  });
});

describe('retryNote', () => {
  it('says the feed text is kept and what happens next', () => {
    expect(retryNote(true, 1, NOW + 30 * MIN, NOW)).toBe(
      "; the feed's own text is kept, and the page is tried again in 30 min (try 1 of 4).",
    );
    expect(retryNote(true, 2, NOW + 120 * MIN, NOW)).toContain('tried again in 2 h (try 2 of 4)');
    expect(retryNote(true, 4, null, NOW)).toBe("; the feed's own text is kept (the page failed all 4 tries).");
    expect(retryNote(false, 1, null, NOW)).toBe("; the feed's own text is kept.");
  });
});
