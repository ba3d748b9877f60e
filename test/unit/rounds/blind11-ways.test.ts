// Each kind of wording the eleventh blind set (unseen-blind11.ts) missed, tested on different
// invented examples: title-case headlines ("… Startup X Valued at …", "… Firm X Said to …", "$14
// Billion"), MSEK / MNOK, a decimal comma ("€4,5 million"), "half a million dollars", a donation,
// a question headline, and a sentence whose subject is this round while it recalls an investor's
// earlier one ("…, which led its $6 million seed in 2024"). With them, what a review of the day's
// rules found: codes that are also words ("COP28", "PHP 8.3", "pen 20"), "late 2025" in early
// January, a civic-tech company selling to campaigns, "as we first reported on Monday".
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { roundsRead } from '../../helpers/rounds-read.js';
import { findMoney } from '../../../src/text/money.js';

const PUBLISHED = Date.UTC(2026, 5, 1);
const brief = (text: string, title?: string, published = PUBLISHED) => roundsRead(text, title ?? null, published);

describe('rounds written as the eleventh blind set writes them', () => {
  it('reads the name out of a title-case headline', () => {
    const text = 'The Lisbon-based robotics maker raised €90 million in a Series C led by Tagus Growth.';
    expect(brief(text, 'Robotics Startup Pelicano Valued at $1 Billion in €90 Million Round')).toMatchObject([
      { company: 'Pelicano', amount: 90e6 },
    ]);
    expect(
      brief(
        'The company is in talks to raise about $200 million, people familiar said.',
        'Fintech Firm Brightwell Said to Weigh $200 Million Round',
      ),
    ).toMatchObject([{ company: 'Brightwell', status: 'in_talks' }]);
  });

  it('reads MSEK and MNOK, a decimal comma and "half a million"', () => {
    expect(findMoney('raised 40 MSEK').map((m) => [m.amount, m.currency])).toEqual([[40e6, 'SEK']]);
    expect(findMoney('a round of MNOK 75').map((m) => [m.amount, m.currency])).toEqual([[75e6, 'NOK']]);
    expect(findMoney('haalt €2,5 million op').map((m) => m.amount)).toEqual([2.5e6]);
    expect(findMoney('raised half a million euros').map((m) => [m.amount, m.currency])).toEqual([[5e5, 'EUR']]);
  });

  it('reads no round in a donation or a question', () => {
    expect(brief('Brightpath Literacy, a charity, has received a $2 million donation from a tech founder.')).toEqual([]);
    expect(brief('Should your startup raise a $3 million seed round this year?')).toEqual([]);
  });

  it('takes the lead of this round from a sentence that also recalls an earlier one', () => {
    const text =
      'Fennick has raised $18 million in new funding, the company said. ' +
      'The Series A was led by Orrin Capital, with existing investor Dunmore Ventures, which led Fennick’s $4 million seed round in 2024.';
    expect(brief(text)).toMatchObject([{ company: 'Fennick', amount: 18e6, lead: ['Orrin Capital'] }]);
  });
});

describe('an investor announcing its part in a round (sets 9 and 11)', () => {
  it('reads the company after "participated in", by its possessive or after the round noun, and "B round"', () => {
    expect(
      brief(
        'Corvane Ventures, the venture arm of a steelmaker, said it has participated in the $30 million C round of Loftwise. The round was led by Aldmoor Capital.',
      ),
    ).toMatchObject([{ company: 'Loftwise', amount: 30e6, lead: ['Aldmoor Capital'] }]);
    expect(brief('Hollins Group participated in Quayhaven’s $12 million Series A.')).toMatchObject([
      { company: 'Quayhaven', amount: 12e6 },
    ]);
    expect(
      extractRounds('Hollins Group participated in the $8 million B round of Tessary.', { published: PUBLISHED }),
    ).toMatchObject([{ company: 'Tessary', roundType: 'series_b' }]);
  });

  it('reads a release whose header lines come before its first sentence', () => {
    const text = [
      'Harlow Biotech Investments plc',
      '("Harlow" or the "Company")',
      'Investment in portfolio company',
      'Harlow Biotech Investments plc, the listed investor, is pleased to say that a new holding was made this week. ' +
        'Penwick Bio, an Oxford developer of gut-microbiome tests, has raised £6.0 million in a seed round.',
    ].join('\n\n');
    expect(brief(text)).toMatchObject([{ company: 'Penwick Bio', amount: 6e6 }]);
  });
});

describe('what a review of these rules found', () => {
  it('reads no money in codes that are also words or versions', () => {
    for (const text of ['at COP28 in Dubai', 'runs on PHP 8.3', 'a pen 20 cm long', 'rm 5 files', 'new soles 2 sizes'])
      expect(findMoney(text)).toEqual([]);
    expect(findMoney('raised PEN 15 million').map((m) => m.currency)).toEqual(['PEN']);
  });

  it('keeps "late 2025" as news in early January, a civic-tech round, and "as we first reported on Monday"', () => {
    const january = Date.UTC(2026, 0, 5);
    expect(
      brief('Acme raised $10 million in late 2025 in a Series A led by Accel, the company said on Monday.', undefined, january),
    ).toMatchObject([{ company: 'Acme', amount: 10e6 }]);
    expect(
      brief('Canvasly, which sells software to political campaign teams, has raised $5 million in a seed round.'),
    ).toMatchObject([{ company: 'Canvasly' }]);
    expect(brief('Acme has raised $20 million in a Series A led by Accel, as we first reported on Monday.')).toMatchObject([
      { company: 'Acme', amount: 20e6 },
    ]);
  });

  it('keeps a round announced while an appositive before it mentions talks', () => {
    expect(
      brief('Acme, which was in talks with SoftBank about a distribution partnership, has raised $10 million in a Series A.'),
    ).toMatchObject([{ company: 'Acme', status: 'announced' }]);
  });
});
