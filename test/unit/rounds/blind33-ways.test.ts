// Each kind of wording the thirty-third blind set (unseen-blind33.ts: founders' social posts and
// threads, newsletters, an investor's letter, other languages) missed and that is now read, tested on
// different invented examples: a company and its backers written as handles with names, a thread
// that introduces its company with "Meet X:", an emoji ending a lead's name, "led by us at X", a
// figure with its sign after it ("1.2M$", "2,5 M€"), a bilingual post's other-language paragraph,
// "the Series A of X", what an investment returned, deposits, and a rumoured round "of around $X".
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { findMoney } from '../../../src/text/money.js';

const read = (text: string, site: string | null = null) =>
  extractRounds(text, { title: null, site, published: Date.UTC(2026, 5, 1) }).map((r) => ({
    company: r.company,
    amount: r.amount,
    currency: r.currency,
    lead: r.leadInvestors,
  }));

describe('rounds written as the thirty-third blind set writes them', () => {
  it('reads a company and its backers written as handles with their names', () => {
    expect(read('So proud: @reedloop (Reedloop) just raised a $4M seed, led by us at Oxbow Ventures 🎉', 'X')).toEqual([
      { company: 'Reedloop', amount: 4e6, currency: 'USD', lead: ['Oxbow Ventures'] },
    ]);
  });

  it('reads the company a thread introduces with "Meet X:" as the "we" that raised', () => {
    const thread =
      '1/ Today we’re out of stealth 👋 Meet Loomtide: knitting patterns that size themselves.\n\n' +
      '2/ To build it, we raised a $900k pre-seed. @ferncap (Fern Capital) led, with Purl Angels joining.';
    expect(read(thread, 'X')).toEqual([{ company: 'Loomtide', amount: 9e5, currency: 'USD', lead: ['Fern Capital'] }]);
  });

  it('ends a lead’s name at the emoji after it', () => {
    const post =
      '🚀 Big news: Kilnwise has raised a $2M seed round!\n\nThe round was led by the amazing team at Pottery Lane Capital 🙌 Huge thanks to everyone there.';
    expect(read(post, 'LinkedIn')[0]!.lead).toEqual(['Pottery Lane Capital']);
  });

  it('reads a figure with its sign after it, and leaves a bilingual post’s French paragraph alone', () => {
    expect(findMoney('levé 2,5 M€ en seed').map((m) => [m.amount, m.currency])).toEqual([[2.5e6, 'EUR']]);
    const post =
      'We’ve raised 1.5M$ in pre-seed to build solar ferries for the lagoon, and we are hiring.\n\nVoltamar builds solar ferries that are quiet, and it is the first of its kind in the city.\n\n' +
      'Nous avons levé 1,5 M$ en pre-seed pour construire des ferries solaires pour la lagune.';
    expect(read(post, 'Voltamar')).toEqual([{ company: 'Voltamar', amount: 1.5e6, currency: 'USD', lead: [] }]);
  });

  it('reads the company after "the Series A of", and no round in what an investment returned', () => {
    const letter =
      'Last week we invested $500K in the $9M Series A of Brookvale, a Leeds company that schedules tram repairs. Tarn Capital led the round.\n\n' +
      'Our $1M investment in Ferncliff returns 4.2x after its sale.';
    expect(read(letter, 'Gorse Fund')).toEqual([{ company: 'Brookvale', amount: 9e6, currency: 'USD', lead: ['Tarn Capital'] }]);
  });

  it('reads no round in deposits a protocol holds, and a rumoured round "of around $X" under its label', () => {
    expect(read('Saltmarsh now secures $18M in deposits across 5,000 wallets.', 'Saltmarsh Protocol')).toEqual([]);
    const rumour =
      'Rumour: Brackenly, the Cardiff company whose software plans bus routes, is in talks with Severn Growth to lead a Series B of around $35M, two people said.';
    expect(extractRounds(rumour, { title: null, published: Date.UTC(2026, 5, 1) })).toEqual([
      expect.objectContaining({ company: 'Brackenly', amount: 35e6, roundType: 'series_b', status: 'in_talks' }),
    ]);
  });
});
