import { describe, expect, it } from 'vitest';
import { coverage, factRecall } from '../../../eval/keyfacts.js';
import { normalizeText, rougeTokens } from '../../../eval/normalize.js';
import { rougeL, rougeLsum, rougeN } from '../../../eval/rouge.js';

const t = (s: string) => s.split(' ');

describe('ROUGE on hand-computed examples', () => {
  it('equal-length summaries: R-1 5/6, R-2 3/5, R-L 5/6', () => {
    const c = t('the cat sat on the mat');
    const r = t('the cat lay on the mat');
    expect(rougeN(c, r, 1).f1).toBeCloseTo(5 / 6, 10);
    expect(rougeN(c, r, 2)).toEqual({ precision: 0.6, recall: 0.6, f1: expect.closeTo(0.6, 10) });
    expect(rougeL(c, r).f1).toBeCloseTo(5 / 6, 10);
  });

  it('different lengths: precision and recall differ, F1 is their harmonic mean', () => {
    const c = rougeTokens('Police killed the gunman');
    const r = rougeTokens('The gunman was shot by police');
    expect(c).toEqual(['polic', 'kill', 'the', 'gunman']);
    expect(rougeN(c, r, 1)).toEqual({ precision: 0.75, recall: 0.5, f1: expect.closeTo(0.6, 10) });
    expect(rougeN(c, r, 2)).toEqual({ precision: 1 / 3, recall: 0.2, f1: expect.closeTo(0.25, 10) });
    expect(rougeL(c, r)).toEqual({ precision: 0.5, recall: 1 / 3, f1: expect.closeTo(0.4, 10) });
  });

  it('clips repeated n-grams to their count in the reference', () => {
    expect(rougeN(t('the the the the'), t('the cat'), 1)).toMatchObject({ precision: 0.25, recall: 0.5 });
  });

  it('summary-level LCS takes the union of LCS hits over candidate sentences (Lin 2004, section 3.2)', () => {
    const ref = [t('w1 w2 w3 w4 w5')];
    const cand = [t('w1 w2 w6 w7 w8'), t('w1 w3 w8 w9 w5')];
    const s = rougeLsum(cand, ref);
    expect(s.recall).toBeCloseTo(4 / 5, 10);
    expect(s.precision).toBeCloseTo(4 / 10, 10);
    expect(s.f1).toBeCloseTo((0.8 * 0.4 * 2) / 1.2, 10);
  });

  it('scores empty summaries as zero', () => {
    expect(rougeN([], t('a b'), 1).f1).toBe(0);
    expect(rougeL(t('a b'), []).f1).toBe(0);
    expect(rougeLsum([], [t('a')]).f1).toBe(0);
  });
});

describe('normalization shared by system output and references', () => {
  it('undoes PTB escapes, quotes and split contractions', () => {
    expect(normalizeText("He did n't go -LRB- really -RRB- , `` ok ''")).toBe('he didn\'t go ( really ) , " ok "');
    expect(rougeTokens("do n't stop")).toEqual(rougeTokens("Don't stop"));
    expect(rougeTokens("Koirala 's group")).toEqual(rougeTokens("koirala's group"));
    expect(rougeTokens('74-year - old')).toEqual(rougeTokens('74-year-old'));
  });

  it('stems like rouge-score: Porter on tokens longer than three letters', () => {
    expect(rougeTokens('Running quickly, the cats ran')).toEqual(['run', 'quickli', 'the', 'cat', 'ran']);
  });
});

describe('key-fact recall', () => {
  it('counts a fact when two thirds of its content tokens are in one takeaway', () => {
    const takeaway = 'another cnn hero , pushpa basnet , and the 45 children she cares for were forced to leave';
    expect(coverage('Pushpa Basnet cares for 45 children.', takeaway)).toBe(1);
    expect(coverage('Basnet evacuated the children.', takeaway)).toBeCloseTo(2 / 3, 10);
    expect(coverage('The hospice walls crumbled.', takeaway)).toBe(0);
    expect(factRecall(['Basnet evacuated the children.', 'The hospice walls crumbled.'], [takeaway])).toBe(0.5);
  });

  it('does not pool tokens across takeaways', () => {
    expect(factRecall(['Rain flooded the village square.'], ['heavy rain fell', 'the village square was closed'])).toBe(0);
  });
});
