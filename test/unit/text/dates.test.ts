import { describe, expect, it } from 'vitest';
import { findTimeMentions, parsePublished } from '../../../src/text/dates.js';

const PUB = Date.UTC(2025, 6, 17); // Thursday 17 July 2025
const day = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));
const read = (text: string, pub: number | null = PUB) =>
  findTimeMentions(text, pub).map((m) => [m.text, m.relation, day(m.from), day(m.to)]);

describe('findTimeMentions', () => {
  it('resolves relative expressions against the publish date', () => {
    expect(read('On Tuesday, Acme said')).toEqual([['On Tuesday', 'recent', '2025-07-15', '2025-07-16']]);
    expect(read('last week')).toEqual([['last week', 'recent', '2025-07-07', '2025-07-14']]);
    expect(read('earlier this year')).toEqual([['earlier this year', 'recent', '2025-01-01', '2025-07-17']]);
    expect(read('later this year')[0]![1]).toBe('future');
    expect(read('today')).toEqual([['today', 'recent', '2025-07-17', '2025-07-18']]);
  });

  it('places a month without a year in the latest year it has begun', () => {
    expect(read('in December')).toEqual([['in December', 'past', '2024-12-01', '2025-01-01']]);
    expect(read('in May')).toEqual([['in May', 'recent', '2025-05-01', '2025-06-01']]);
    expect(read('In February, the firm led')).toEqual([['In February', 'past', '2025-02-01', '2025-03-01']]);
  });

  it('calls old dates past and leaves the modal verb "may" alone', () => {
    expect(read('in 2021')[0]![1]).toBe('past');
    expect(read('last year')[0]![1]).toBe('past');
    expect(read('two years ago')[0]![1]).toBe('past');
    expect(read('in Q1 2024')[0]![1]).toBe('past');
    expect(read('it may raise more')).toEqual([]);
  });

  it('without a publish date knows only what the words say', () => {
    expect(read('last year', null)).toEqual([['last year', 'past', null, null]]);
    expect(read('on Monday', null)).toEqual([['on Monday', 'recent', null, null]]);
    expect(read('in March 2024', null)).toEqual([['in March 2024', 'unknown', '2024-03-01', '2024-04-01']]);
  });
});

describe('parsePublished', () => {
  it('reads ISO, RFC 2822 and underscore dates; null when unreadable', () => {
    expect(parsePublished('2026-03-11')).toBe(Date.UTC(2026, 2, 11));
    expect(parsePublished('2026_03_11')).toBe(Date.UTC(2026, 2, 11));
    expect(parsePublished('Fri, 17 Apr 2026 13:00:00 +0000')).toBe(Date.UTC(2026, 3, 17, 13));
    expect(parsePublished('not a date')).toBeNull();
    expect(parsePublished(null)).toBeNull();
  });
});
