// Each kind of wording the nineteenth blind set (unseen-blind19.ts, a week of funding news heavy in
// roundups) missed, tested on different invented examples: a table's "Lead investor(s)" column,
// "from a group led by X", a VC's weekly note ("we co-led with X", its name given with what the
// feed is), "led by the amazing team at X", a roundup entry under a label ("Biggest: X, which …,
// raised"), a roundup counted as "two deals … this week", words that only look like a halted round
// ("abandoned oil wells", "their shelves"); and what is no round: a loan guarantee, a round a
// hiring note is "fresh off".
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { roundsRead } from '../../helpers/rounds-read.js';

const brief = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the nineteenth blind set writes them', () => {
  it('reads the leads of a table’s "Lead investor(s)" column', () => {
    const text =
      'Rounds of the week\n\n| Company | Amount | Round | Lead investor(s) |\n|---|---|---|---|\n| Fernwick | $30M | Series B | Quayside Growth |\n| Ollabee | €4M | Seed | Kastel Ventures, Dunmore Seed |';
    expect(brief(text).map((r) => [r.company, r.lead])).toEqual([
      ['Fernwick', ['Quayside Growth']],
      ['Ollabee', ['Kastel Ventures', 'Dunmore Seed']],
    ]);
  });

  it('reads "from a group led by X" as X’s lead', () => {
    expect(brief('Lindqvist Foods raised SEK 25 million from a group led by Vasastan Growth.')).toMatchObject([
      { company: 'Lindqvist Foods', lead: ['Vasastan Growth'] },
    ]);
  });

  it('reads a VC’s weekly note: "we co-led with X", the firm named by its feed', () => {
    const read = extractRounds(
      'Portfolio news\n\nBrightwick (invoicing for florists) closed a $2M seed that we co-led with Harrow Seed.',
      { site: 'Kestrel Row Ventures (weekly note to founders)', published: Date.UTC(2026, 5, 1) },
    );
    expect(read).toMatchObject([{ company: 'Brightwick', leadInvestors: ['Kestrel Row Ventures', 'Harrow Seed'] }]);
  });

  it('reads "led by the amazing team at X"', () => {
    const text =
      'Big news: Solvane has closed a $1.5M pre-seed round! 🎉\n\nLed by the amazing team at Marram Capital 🙌 with Dunlin Angels joining.';
    expect(brief(text)).toMatchObject([{ company: 'Solvane', amount: 1.5e6, lead: ['Marram Capital'] }]);
  });

  it('reads a roundup entry under a label, and words that only look like a halted round', () => {
    const text =
      'Climate deals of the week\n\n' +
      'Biggest: Heatwell, which turns abandoned coal mines into heat stores, raised a $30 million Series B led by Tyne Valley Capital.\n\n' +
      'Smallest: Crumbly, a Leeds startup that helps bakeries restock their shelves, raised £800k in pre-seed funding led by Aire Angels.';
    expect(brief(text).map((r) => [r.company, r.amount, r.lead])).toEqual([
      ['Heatwell', 30e6, ['Tyne Valley Capital']],
      ['Crumbly', 8e5, ['Aire Angels']],
    ]);
  });

  it('reads each deal of a roundup that counts them ("Two deals from the Gulf this week")', () => {
    const text =
      'Two deals from the Gulf this week.\n\n' +
      'Dubai’s Saffar, which books desert tours, raised AED 20 million in a Series A led by Creek Side Capital. The round also included Jumeirah Seed.\n\n' +
      'In Riyadh, Najdline raised SAR 15 million in a round led by Diriyah Partners to expand its courier network.';
    expect(brief(text, 'Money in the Gulf: dirhams and riyals').map((r) => r.company)).toEqual(['Saffar', 'Najdline']);
  });

  it('reads no round in a loan guarantee, nor in the round a hiring note is "fresh off"', () => {
    expect(
      brief(
        'The Department of Energy’s Loan Programs Office has offered a conditional commitment for a $300 million loan guarantee to Cinderpath Materials.',
        'Energy Department offers $300 million loan guarantee to battery recycler',
      ),
    ).toEqual([]);
    expect(
      brief(
        'Who’s hiring\n\nGantry Nine (Pittsburgh) — 12 open roles. Fresh off a $25M Series B led by Allegheny Growth in May.\nBluefin Ledger — 4 roles.',
      ),
    ).toEqual([]);
  });
});
