// Channel filters: words as whole words, regular expressions on RE2, bounded patterns, and no
// pattern that can stall a digest.
import { describe, expect, it } from 'vitest';
import { checkPattern, MAX_PATTERN_LENGTH, passesFilters } from '../../../src/digest/filters.js';

const a = (title: string, text = '') => ({ title, text });

describe('channel filters', () => {
  it('words match whole words in title or text, ignoring case; phrases keep their order', () => {
    expect(passesFilters(a('Humanoid robots ship'), ['humanoid'], [])).toBe(true);
    expect(passesFilters(a('Humanoids ship'), ['humanoid'], [])).toBe(false);
    expect(passesFilters(a('Quiet day', 'A NEW humanoid robot, at last.'), ['humanoid robot'], [])).toBe(true);
    expect(passesFilters(a('robot humanoid'), ['humanoid robot'], [])).toBe(false);
    expect(passesFilters(a('Série A pour Wandercraft'), ['série a'], [])).toBe(true);
  });

  it('include: one must match; exclude: none may', () => {
    expect(passesFilters(a('Drone startup raises'), ['humanoid', 'drone'], [])).toBe(true);
    expect(passesFilters(a('Drone opinion'), ['drone'], ['opinion'])).toBe(false);
    expect(passesFilters(a('Anything'), [], [])).toBe(true);
  });

  it('regular expressions, with an optional i flag; special characters in words are literal', () => {
    expect(passesFilters(a('Figure files for IPO'), ['/\\bIPO\\b/'], [])).toBe(true);
    expect(passesFilters(a('Figure files for ipo'), ['/\\bIPO\\b/'], [])).toBe(false);
    expect(passesFilters(a('Figure files for ipo'), ['/\\bIPO\\b/i'], [])).toBe(true);
    expect(passesFilters(a('C++ robots'), ['c++'], [])).toBe(true);
    expect(passesFilters(a('Series B: $20M'), ['/\\$\\d+M/'], [])).toBe(true);
  });

  it('a pattern that backtracks exponentially elsewhere runs in linear time here', () => {
    // JavaScript's own engine would not finish this in any lifetime: finishing at all is the test.
    const text = `${'a'.repeat(15_000)}!`;
    expect(passesFilters(a('x', text), ['/(a+)+$/'], [])).toBe(false);
    expect(passesFilters(a('x', text), [], ['/(a|aa)+b/'])).toBe(true);
  });

  it('refuses what RE2 cannot run, empty and overlong patterns, naming the problem', () => {
    expect(() => checkPattern('/(?<=x)a/')).toThrow(
      /not a regular expression this bot accepts .*no lookaround or backreferences/,
    );
    expect(() => checkPattern('/(a/')).toThrow(/missing closing \)/);
    expect(() => checkPattern('  ')).toThrow(/needs words or a \/regular expression\//);
    expect(() => checkPattern('x'.repeat(MAX_PATTERN_LENGTH + 1))).toThrow(/at most 200 characters/);
    expect(checkPattern('  humanoid ')).toBe('humanoid');
  });
});
