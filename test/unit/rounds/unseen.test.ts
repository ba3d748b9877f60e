// The unseen texts (unseen-texts.ts, written before the rules were changed for them) and the
// blind texts written after (unseen-blind.ts and unseen-blind2.ts to unseen-blind4.ts, each held here once
// its first look was recorded and its misses fixed) stay above bars set a little below what the rules
// reach, scored as eval/rounds.ts scores them: a rule change that loses them fails here.
import { describe, expect, it } from 'vitest';
import { checkItem, score } from '../../../eval/rounds.js';
import { extractRounds } from '../../../src/rounds/extract.js';
import { parsePublished } from '../../../src/text/dates.js';
import { CHECK_PUBLISHED, type RoundCheck } from './checks.js';
import { UNSEEN_BLIND } from './unseen-blind.js';
import { UNSEEN_BLIND2 } from './unseen-blind2.js';
import { UNSEEN_BLIND3 } from './unseen-blind3.js';
import { UNSEEN_BLIND4 } from './unseen-blind4.js';
import { UNSEEN_TEXTS } from './unseen-texts.js';

function measure(texts: RoundCheck[]) {
  const published = parsePublished(CHECK_PUBLISHED);
  const predicted = new Map(
    texts.map((c) => [`check:${c.id}`, extractRounds(c.text, { published, title: c.title ?? null, site: c.source ?? null })]),
  );
  return score(texts.map(checkItem), predicted);
}

describe('texts in styles the rules were not written on', () => {
  it.each([
    ['unseen texts', UNSEEN_TEXTS],
    ['blind unseen texts', UNSEEN_BLIND],
    ['second blind set', UNSEEN_BLIND2],
    ['third blind set', UNSEEN_BLIND3],
    ['fourth blind set', UNSEEN_BLIND4],
  ])('%s: company F1 ≥ 0.95, amount ≥ 95 %%, type ≥ 90 %%, lead F1 ≥ 0.95, no false round', (_name, texts) => {
    const r = measure(texts);
    expect(r.company.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.amountExact.share).toBeGreaterThanOrEqual(0.95);
    expect(r.roundType.share).toBeGreaterThanOrEqual(0.9);
    expect(r.lead.f1).toBeGreaterThanOrEqual(0.95);
    expect(Object.values(r.wrong).reduce((a, b) => a + b, 0)).toBe(0);
  });
});
