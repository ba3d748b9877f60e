// Each kind of wording the twenty-third blind set (unseen-blind23.ts, the financial press on private
// companies) missed, tested on different invented examples: what is no round: a rival's round told
// for comparison, a denied report of talks, and a loan dated after its lender ("from Hollis Credit
// Partners last year"; a group of banks' loan is no venture round, dated or not).
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the twenty-third blind set writes them', () => {
  it('reads no round in a single rival’s round told for comparison', () => {
    const text =
      'Harrowfield has raised $30 million in a Series B led by Tessel Capital. Cold-chain software has drawn money this year: Leeds-based rival Frostline raised $12 million in April.';
    expect(read(text).map((r) => r.company)).toEqual(['Harrowfield']);
  });

  it('reads no round in a report the company denies', () => {
    expect(
      read(
        'Pellmark said on Monday it was not raising money, denying a magazine report that it was in talks to raise $150 million at a valuation of $2 billion.',
      ),
    ).toEqual([]);
  });

  it('reads a loan dated after its lender as the past', () => {
    expect(read('Orchardly said sales rose. Orchardly borrowed $80 million from Hollis Credit Partners last year.')).toEqual([]);
    expect(read('Orchardly has borrowed $80 million from Hollis Credit Partners.')).toHaveLength(1);
  });
});
