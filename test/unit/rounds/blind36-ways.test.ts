// Each kind of wording the thirty-sixth blind set (unseen-blind36.ts: funding stories as news sites'
// feeds deliver them) missed and that is now read, tested on different invented examples: a
// company named with its legal suffix in one report and without in another ("S.A."), a loan for a
// plant and a venue's financing package (no round), and a secondary sale in which the company
// "did not raise money".
import { describe, expect, it } from 'vitest';
import { companyKey } from '../../../src/rounds/company-key.js';
import { extractRounds } from '../../../src/rounds/extract.js';

const read = (text: string, title: string | null = null) =>
  extractRounds(text, { title, site: null, published: Date.UTC(2026, 2, 10) }).map((r) => ({
    company: r.company,
    amount: r.amount,
  }));

describe('the thirty-sixth blind set’s kinds of wording', () => {
  it('keys a company the same with and without a spaced legal suffix', () => {
    expect(companyKey('Verdemar S.A.')).toBe(companyKey('Verdemar'));
    expect(companyKey('Fiorella S.p.A.')).toBe('fiorella');
    expect(companyKey('Brava S.L.')).toBe('brava');
  });

  it('reads no round in a government loan for a plant or a venue’s financing package', () => {
    expect(read('Ministers confirmed the deal.', 'State to lend €300m to Kestrel Autos for Valencia battery plant')).toEqual([]);
    expect(read('Construction starts in spring.', 'Harbour City FC secures £180m stadium financing package')).toEqual([]);
    // A startup's Series B for its first plant is a round.
    expect(read('Ferrovane has raised a $60 million Series B for its first factory in Ohio.')).toEqual([
      { company: 'Ferrovane', amount: 60e6 },
    ]);
  });

  it('reads no round where the company says it raised nothing', () => {
    const text =
      'Former employees of Lumetra, the Denver maker of payroll software for clinics, have sold about $60 million of their shares to Front Range Growth. ' +
      'Lumetra itself did not raise money in the deal, which values it at $1.1 billion, up from $700 million when it raised its Series C in …';
    expect(read(text, 'Early staff sell $60M of Lumetra shares to growth investor')).toEqual([]);
  });
});
