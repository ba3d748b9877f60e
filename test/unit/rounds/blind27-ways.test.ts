// Each kind of wording the twenty-seventh and twenty-eighth blind sets (unseen-blind27.ts, the
// European startup press; unseen-blind28.ts, US and Asia-Pacific deal coverage) missed, tested on
// different invented examples: what is no round: the money of a listing told as "plans to list its
// shares on … and to raise …" or, under a title that tells the listing, without IPO words ("from
// anchor investors"), and a quarter's largest round named in a report.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the twenty-seventh and twenty-eighth blind sets write them', () => {
  it('reads no round in a listing’s offering', () => {
    expect(
      read(
        'Lundaskog, a Lund company that makes hearing tests for infants, plans to list its shares on Nasdaq First North Growth Market and to raise SEK 180 million in the offering, it said on Monday.',
      ),
    ).toEqual([]);
  });

  it('reads no round in a listing’s money told without IPO words, under a title that tells the listing', () => {
    const text =
      'Kapasi Looms will open its initial public offering on Thursday. The company raised Rs 9 crore from anchor investors including Narmada Growth Fund on Monday, ahead of the issue.';
    expect(read(text, 'Surat loom maker Kapasi Looms’ Rs 30 crore SME IPO opens Thursday')).toEqual([]);
    // The same sentence under a title that tells no listing is still a round.
    expect(
      read('Kapasi Looms raised Rs 9 crore in a seed round led by Narmada Growth Fund.', 'Kapasi Looms raises Rs 9 crore'),
    ).toHaveLength(1);
  });

  it('reads no round in the quarter’s largest round named in a report', () => {
    expect(
      read(
        'Australian startups raised A$1.2 billion in the quarter. The largest round of the quarter was the A$90 million Series B raised by Brolga Health, followed by Quokka Pay.',
      ),
    ).toEqual([]);
  });
});
