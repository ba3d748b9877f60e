// Each kind of wording the twentieth blind set (unseen-blind20.ts, the startup press of many
// countries) missed, tested on different invented examples: a deal sheet's entry under a place and a
// dash ("Manila — X, a …, raised"); and what is no round: a public grant scheme's total.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const brief = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the twentieth blind set writes them', () => {
  it('reads a deal sheet’s entries under a place and a dash', () => {
    const text =
      'Deal sheet\n\n' +
      'Hanoi — Bepxanh, a meal-kit service for office workers, raised VND 50 billion (US$2 million) in a seed round led by Hoan Kiem Ventures.\n\n' +
      'Penang — Kilang, which rents 3D printers to small factories, closed an RM8 million Series A co-led by Georgetown Capital and Straits Row Partners.';
    expect(brief(text, 'Deal sheet: Hanoi and Penang').map((r) => [r.company, r.currency, r.lead])).toEqual([
      ['Bepxanh', 'VND', ['Hoan Kiem Ventures']],
      ['Kilang', 'MYR', ['Georgetown Capital', 'Straits Row Partners']],
    ]);
  });

  it('reads no round in a public grant scheme’s total', () => {
    expect(
      brief(
        'Enterprise Norland has opened applications for a $30 million grant scheme that will pay for food startups to run pilot lines. Each company can receive up to $500,000.',
      ),
    ).toEqual([]);
    expect(brief('Harbour Enterprise launched a $20 million grant scheme for rural broadband providers on Monday.')).toEqual([]);
  });
});
