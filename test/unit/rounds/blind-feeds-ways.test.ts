// The kinds of wording the blind feeds (test/fixtures/blind-feeds*) showed the rounds reader, tested
// on different invented examples: a reader's question in an advice column speaks as "I" or "we",
// and the site that publishes the column is not the one raising; (third set) a company raising its
// guidance, a podcast episode's show label and guest, a founder's post shared from a person's
// account, a lead named by a social handle; (fourth set) a statistic of lending, where "banks" is
// the lenders and not a verb; a payments company's "merchant acquiring", which is its trade and
// not a purchase.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';

const read = (text: string, title: string, site: string) =>
  extractRounds(text, { title, site, published: Date.UTC(2026, 11, 3) }).map(({ company, amount }) => ({ company, amount }));

describe('rounds in the blind feeds’ kinds of text', () => {
  it('reads no round in a reader’s question to an advice column', () => {
    const text =
      'Q: We’re raising $1.2 million on a SAFE and two angels want different caps. Is that allowed?\n\n' +
      'Short answer: yes, but expect the later investor to ask for the better terms.';
    expect(read(text, 'Ask the Founder Desk: two caps in one SAFE round?', 'Founder Desk')).toEqual([]);
    // The same sentence in a company's own post is its round (its site speaks as "we").
    expect(read('We’re raising $1.2 million on a SAFE from two angels.', 'Our seed round', 'Tessel Labs')).toEqual([
      { company: 'Tessel Labs', amount: 1.2e6 },
    ]);
  });

  it('reads no round in raised guidance, however many words describe it', () => {
    const text = 'The bakery chain raised its full-year adjusted EPS guidance to a range of $2.10 to $2.20.';
    expect(read(text, 'Hearthloaf (NASDAQ: HRTH) beats estimates', 'Tickerwire')).toEqual([]);
  });

  it('reads neither a show’s label nor its guest as the company of a round told in an episode', () => {
    const text = 'Last month, Sundrake announced a $9 million Series A led by Fellgate Partners.';
    const title = 'Build Notes #41: Mira Lindqvist on closing a $9M Series A';
    expect(read(text, title, 'Harbour Audio').map((r) => r.company)).toEqual(['Sundrake']);
  });

  it('reads a founder’s post shared from a person’s account as the company the post describes', () => {
    const text =
      'We closed our $2.4M seed! Led by @fjordcap (Fjord Harbour Capital). Netwise helps ferry operators sell tickets offline.';
    const [round] = extractRounds(text, { title: null, site: 'Ingrid Solheim Aas', published: Date.UTC(2026, 11, 3) });
    expect(round).toMatchObject({ company: 'Netwise', amount: 2.4e6, leadInvestors: ['Fjord Harbour Capital'] });
  });

  it('reads no round in a lending statistic whose lenders are "banks"', () => {
    const text = 'Mortgage loans issued by banks climbed by 3.1 trillion yen in October, the fastest pace in a year.';
    expect(read(text, 'Central bank keeps rates on hold', 'Tokai Economic Daily')).toEqual([]);
    expect(read('Credit granted from banks to households rose $4.2 billion.', 'Lending picks up', 'Wire')).toEqual([]);
    // The verb still reads after its subject.
    expect(read('Ferncrest banks $4.2 million to expand its clinics.', 'Ferncrest banks $4.2M', 'Wire')).toEqual([
      { company: 'Ferncrest', amount: 4.2e6 },
    ]);
  });

  it('reads a payments company’s “merchant acquiring” as its trade, not as an acquisition', () => {
    const text =
      'Accra-based Tapora has raised $11 million in a Series A led by Kingsway Rock Capital to grow its merchant acquiring arm in Kenya. ' +
      'Existing backer Duneview Partners also joined.';
    const [round] = extractRounds(text, { title: null, site: 'Gold Coast Business', published: Date.UTC(2026, 11, 3) });
    expect(round).toMatchObject({ company: 'Tapora', amount: 11e6, leadInvestors: ['Kingsway Rock Capital'] });
  });
});
