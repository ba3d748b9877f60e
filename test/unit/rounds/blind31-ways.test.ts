// Each kind of wording the thirty-first blind set (unseen-blind31.ts: the tech-blog era's posts,
// company and VC blogs, filings, roundups) missed, tested on different invented examples: an IPO
// filing's funding to date, money won at a contest, "a year ago this week", a date in a relative
// clause about an angel, funding "from" a named investor with no figure, an extension of "$1.5M",
// a lead "reportedly leading", and a deals list in fields between dashes.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the thirty-first blind set writes them', () => {
  it('reads no round in an IPO filing’s account of the funding before it', () => {
    expect(
      read(
        'The filing shows revenue of $90 million. The company has raised about $120 million from venture investors; Tallow Bay Partners owns 18%.',
        'Stackmere files for IPO on the Nasdaq',
      ),
    ).toEqual([]);
  });

  it('reads no round in money won with no word of funding', () => {
    expect(
      read(
        'Frostline, a two-person team from Fargo, took the top spot on Friday.',
        'Frostline wins $25,000 at Prairie Founders Showdown',
      ),
    ).toEqual([]);
  });

  it('reads "a year ago this week" as the past', () => {
    expect(
      read(
        'A year ago this week Brindlemark announced its $3 million seed round, led by Cobble Hill Ventures.',
        'What Brindlemark learned',
      ),
    ).toEqual([]);
  });

  it('dates a round by its own clause, not by a relative clause about an angel', () => {
    const [round] = read(
      'We (Loftpaper) have received €1.5 million in seed funding from Granite Row Capital and the angel investor Mats Berg, who founded the studio Fjordline back in 2011.',
      'Some news',
    );
    expect(round).toMatchObject({ company: 'Loftpaper', amount: 1.5e6, type: 'seed' });
  });

  it('reads funding from a named investor with no figure as a round', () => {
    expect(read('The company would not say how much it raised.', 'Pantryloop scores funding from Alder Creek Ventures')).toEqual([
      expect.objectContaining({ company: 'Pantryloop', amount: null }),
    ]);
  });

  it('reads "adds $2.5M to its seed round" as an extension', () => {
    expect(read('Mosslight adds $2.5M to its seed round as its app grows')[0]).toMatchObject({
      amount: 2.5e6,
      type: 'extension',
    });
  });

  it('reads a lead "reportedly leading" a round in talks', () => {
    const [round] = read(
      'Snapgrove is said to be raising a new round at a valuation of about $800 million. Kestrel Arch Partners is reportedly leading.',
      'Snapgrove is said to be raising at an $800M valuation',
    );
    expect(round).toMatchObject({ company: 'Snapgrove', lead: ['Kestrel Arch Partners'] });
  });

  it('reads each line of a deals list in fields between dashes as its own round', () => {
    const rounds = read(
      'Our list of this week’s rounds.\n\n' +
        'Cinderhop — $900K pre-seed — Tulsa — ticketing for rodeos. Investors: Red Dirt Angels.\n' +
        'Brinevale — £4m — Leeds — insurance for boat clubs. Led by Aire Valley Capital.\n' +
        'Tollbright — undisclosed seed — Austin — parking apps for churches. From Barton Springs Ventures.',
      'Who raised this week',
    );
    expect(rounds.map((r) => [r.company, r.amount, r.type, r.lead])).toEqual([
      ['Cinderhop', 9e5, 'pre_seed', []],
      ['Brinevale', 4e6, 'unknown', ['Aire Valley Capital']],
      ['Tollbright', null, 'seed', []],
    ]);
  });
});
