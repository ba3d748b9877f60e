// Every text of both check sets (invented texts, one phenomenon each) gives exactly its rounds:
// the same companies, amounts, stages, statuses and leads, and nothing from a fund close, an IPO,
// an acquisition, a payment, statistics, background, or a text in another language.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { parsePublished } from '../../../src/text/dates.js';
import { companyKey } from '../../../src/rounds/company-key.js';
import { BLIND_CHECKS } from './checks-blind.js';
import { CHECK_PUBLISHED, CHECKS, type RoundCheck } from './checks.js';

function read(c: RoundCheck) {
  return extractRounds(c.text, { published: parsePublished(CHECK_PUBLISHED), title: c.title ?? null, site: c.source ?? null });
}

describe.each([
  ['check set', CHECKS],
  ['blind check set', BLIND_CHECKS],
])('%s', (_name, checks) => {
  it.each(checks.map((c) => [`${c.id} (${c.style}, ${c.phenomenon})`, c] as const))('%s', (_label, c) => {
    const got = read(c);
    // Companies compare as the store keys them ("Quillfeather Bio, Inc." is "Quillfeather Bio").
    expect(got.map((r) => companyKey(r.company))).toEqual(c.rounds.map((r) => companyKey(r.company)));
    c.rounds.forEach((want, i) => {
      const r = got[i]!;
      expect(r.amount).toBe(want.amount);
      if (want.currency) expect(r.currency).toBe(want.currency);
      expect(r.roundType).toBe(want.roundType);
      expect(r.status).toBe(c.kind === 'in_talks' ? 'in_talks' : 'announced');
      expect(r.leadInvestors).toEqual(want.lead ?? []);
      if (want.other) expect(r.otherInvestors).toEqual(expect.arrayContaining(want.other));
    });
  });
});
