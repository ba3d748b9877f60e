// Each kind of wording the twenty-fifth and twenty-sixth blind sets (unseen-blind25.ts, a general
// tech feed's week; unseen-blind26.ts, press releases) missed, tested on different invented
// examples: a firm's own release on the round it led ("has led the $6 million seed round of X"), a
// name with a dotted legal suffix ("X Pte. Ltd."), a title-case headline's verb ("X Signs Term
// Sheet"), a feature's round after its scene-setting lede; and what is no round: talks that
// collapsed, a price per anything ("R$1.99 per withdrawal"), the figure a correction says was
// stated incorrectly.
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

  it('reads the round a feature tells after its scene-setting lede, of the company its title names', () => {
    const text =
      'Every morning, the ferry captains of Lake Victoria check the weather on a radio. Mawimbi, a Kisumu startup, sends them forecasts by text message instead, and says 4,000 crews now pay for it. ' +
      'On Tuesday the company said it had raised $6 million in a seed round led by Rift Valley Partners.';
    expect(
      read(text, 'Mawimbi wants to warn lake ferries of storms before they leave port').map((r) => [r.company, r.amount, r.lead]),
    ).toEqual([['Mawimbi', 6e6, ['Rift Valley Partners']]]);
  });

  it('reads a price per anything as no amount of a round', () => {
    const text =
      'Now he uses Pagali, an app that lets riders draw on money they have already earned, for a flat fee of R$2.50 per withdrawal. On Monday the startup said it had raised R$30 million in a Series A round led by Jatobá Capital. Pagali says 90,000 riders used it last year.';
    expect(read(text, 'The app that pays riders early').map((r) => [r.company, r.amount])).toEqual([['Pagali', 3e7]]);
  });

  it('reads no round in the figure a correction says was stated incorrectly', () => {
    const text =
      'In the news release "Brindlecote Raises $31 Million Series A", issued June 1, 2026, the amount of the financing was stated incorrectly. The correct amount is $13 million.\n\n' +
      'Brindlecote, which recycles hospital textiles, today announced a $13 million Series A led by Aire Valley Capital.';
    expect(read(text, 'CORRECTION -- Brindlecote Raises $13 Million Series A').map((r) => r.amount)).toEqual([13e6]);
  });

  it('reads no round in talks that collapsed', () => {
    expect(read('Talks with an existing investor over a €10m bridge round collapsed in May, the founder wrote.')).toEqual([]);
  });
});
