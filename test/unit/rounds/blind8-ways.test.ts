// Each kind of wording the eighth blind set (unseen-blind8.ts) missed, tested on different invented
// examples than the ones that prompted the rule: Central European currencies written after the
// figure (zł, Kč, forints, lei), "scrap" as a noun in a purpose clause, a lead described before its
// name ("the Silesian investment firm X", "angel investor X" with letters beyond ASCII), a round
// told in the passive, a signed term sheet, reward crowdfunding against equity crowdfunding, a
// research group's grant, an extension's new money beside the total and the earlier round, and a
// roundup bullet opening on a city's possessive ("Rio de Janeiro’s X, which …, raised"), and a
// product named first ("The company behind the X alarm raises …") with its maker named later.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';

const PUBLISHED = Date.UTC(2026, 5, 1);
const read = (text: string, options: { title?: string; site?: string } = {}) =>
  extractRounds(text, { ...options, published: PUBLISHED });
const brief = (text: string, options: { title?: string; site?: string } = {}) =>
  read(text, options).map((r) => ({
    company: r.company,
    amount: r.amount,
    currency: r.currency,
    lead: r.leadInvestors,
    status: r.status,
  }));

describe('rounds written as the eighth blind set writes them', () => {
  it('reads zł, Kč, forints and lei written after the figure, not the euro conversion beside them', () => {
    expect(brief('Gdańsk-based Portolan has raised 9 million zł (about €2.1 million) in a seed round.')).toMatchObject([
      { company: 'Portolan', amount: 9e6, currency: 'PLN' },
    ]);
    expect(brief('Ostrava startup Kovárna has raised 45 million Kč in a round led by Beskydy Ventures.')).toMatchObject([
      { company: 'Kovárna', amount: 45e6, currency: 'CZK', lead: ['Beskydy Ventures'] },
    ]);
    expect(brief('Szeged-based Lapály has raised 800 million forints from Tisza Capital.')).toMatchObject([
      { company: 'Lapály', amount: 800e6, currency: 'HUF' },
    ]);
    expect(brief('Cluj startup Brânză Labs has raised 12 million lei in a seed round.')).toMatchObject([
      { company: 'Brânză Labs', amount: 12e6, currency: 'RON' },
    ]);
  });

  it('reads "scrap" as a noun in what the money is for, and still reads a round that was scrapped', () => {
    expect(
      brief('Kessock Metals has closed a $6 million seed round to turn scrap aluminium into alloy for bike frames.'),
    ).toMatchObject([{ company: 'Kessock Metals', amount: 6e6 }]);
    expect(read('Kessock Metals has scrapped its plans to raise a $6 million seed round.')).toEqual([]);
  });

  it('takes the lead’s name from behind its description', () => {
    expect(
      brief('Katowice-based Hutnik has raised $3 million in a round led by the Silesian investment firm Żuraw Partners.'),
    ).toMatchObject([{ company: 'Hutnik', lead: ['Żuraw Partners'] }]);
    expect(
      brief(
        'Porto-based Sardinha Labs has raised $900,000 in pre-seed funding led by angel investor Joaquim Antão, a former bank executive.',
      ),
    ).toMatchObject([{ company: 'Sardinha Labs', lead: ['Joaquim Antão'] }]);
  });

  it('reads a round told in the passive as raised by the name after "by"', () => {
    expect(
      brief('A $7 million seed round was raised by Quayline, a Bristol startup that schedules harbour pilots, the company said.'),
    ).toMatchObject([{ company: 'Quayline', amount: 7e6 }]);
  });

  it('reads a signed term sheet for a round that has not closed as talks', () => {
    expect(
      brief('Fennick has signed a term sheet for a $25 million Series B led by Ostler Capital; the round has not yet closed.'),
    ).toMatchObject([{ company: 'Fennick', amount: 25e6, status: 'in_talks' }]);
  });

  it('reads money pledged by a campaign’s backers as no round, and equity crowdfunding as one', () => {
    expect(
      read(
        'Loomlet, a pocket loom for children, has raised $1.3 million from 8,000 backers on Kickstarter. Backers pledged $89 for a loom.',
        { title: 'Pocket loom Loomlet raises $1.3 million from backers' },
      ),
    ).toEqual([]);
    expect(
      brief('Brewster Cider has raised £1.3 million from 2,000 investors on Crowdcube in exchange for shares in the company.'),
    ).toMatchObject([{ company: 'Brewster Cider', amount: 1.3e6 }]);
  });

  it('reads a research group’s grant as no company’s round, and a place as no company', () => {
    const text =
      'A research group at a Boulder university’s engineering college has received a $1.8 million grant from the National Science Foundation to study how battery packs catch fire. ' +
      'Over three years, the team will build test rigs in Colorado and Utah. Two battery makers, including the startup Voltgarde, will lend packs.';
    expect(read(text, { title: 'Boulder lab wins $1.8 million federal grant to study battery fires' })).toEqual([]);
  });

  it('reads a roundup bullet that opens on a city’s possessive and a long description before the verb', () => {
    const text =
      'Two rounds this week:\n\n' +
      '* Rio de Janeiro’s Caju Frio, which rents solar freezers to fishing co-operatives along the coast by the month, raised R$30 million in a seed round led by Guanabara Impact.\n' +
      '* Kampala-based Matooke Pay secured $2 million in debt financing from Nile Crest Credit.';
    expect(brief(text).map((r) => [r.company, r.amount, r.lead])).toEqual([
      ['Caju Frio', 30e6, ['Guanabara Impact']],
      ['Matooke Pay', 2e6, []],
    ]);
  });

  it('names the company behind a product, not the product the headline leads with', () => {
    const text =
      'The maker of Pebblewatch, the clip-on sensor that tells a parent when a toddler wanders off, has raised $9 million. ' +
      'Lowmoor Labs, the Leeds company behind the sensor, said the round was led by Aire Valley Capital. ' +
      'Pebblewatch costs £49 and is sold in 300 shops.';
    expect(brief(text, { title: 'The company behind the Pebblewatch toddler sensor raises $9 million' })).toMatchObject([
      { company: 'Lowmoor Labs', amount: 9e6, lead: ['Aire Valley Capital'] },
    ]);
  });

  it('takes an extension’s new money, not the total it brings the round to, nor the round it adds to', () => {
    const text =
      'Pellow has extended its Series B to $40 million. The extension adds $12 million from Gannet Partners, on top of the $28 million round Marram Ventures led in May.';
    expect(brief(text)).toMatchObject([{ company: 'Pellow', amount: 12e6 }]);
  });
});
