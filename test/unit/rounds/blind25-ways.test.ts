// Each kind of wording the twenty-fifth and twenty-sixth blind sets (unseen-blind25.ts, a general
// tech feed's week; unseen-blind26.ts, press releases) missed, tested on different invented
// examples: a firm's own release on the round it led ("has led the $6 million seed round of X"), a
// name with a dotted legal suffix ("X Pte. Ltd."), a title-case headline's verb ("X Signs Term
// Sheet"); and what is no round: talks that collapsed.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the twenty-fifth and twenty-sixth blind sets write them', () => {
  it('reads a firm’s own release on the round it led as the company’s round, with the firm as lead', () => {
    const text =
      'Brackenford Capital today announced that it has led the $7 million seed round of Tallowick, a Denver company that schedules snowplough crews.';
    expect(read(text).map((r) => [r.company, r.amount, r.lead])).toEqual([['Tallowick', 7e6, ['Brackenford Capital']]]);
  });

  it('keeps a dotted legal suffix inside the name and the sentence', () => {
    const text =
      'SINGAPORE, 2 June 2026 -- Kelong Power Pte. Ltd. ("Kelong Power"), a battery-leasing platform for fishing boats, today announced a US$5 million seed round led by Sentosa Bay Ventures.';
    expect(read(text).map((r) => [r.company, r.lead])).toEqual([['Kelong Power Pte. Ltd.', ['Sentosa Bay Ventures']]]);
  });

  it('ends a title-case headline’s name at its verb', () => {
    expect(
      read('Marlpit Dental Signs Term Sheet for $15 Million Series B Led by Hythe Health Partners').map((r) => r.company),
    ).toEqual(['Marlpit Dental']);
  });

  it('reads no round in talks that collapsed', () => {
    expect(read('Talks with an existing investor over a €10m bridge round collapsed in May, the founder wrote.')).toEqual([]);
  });
});
