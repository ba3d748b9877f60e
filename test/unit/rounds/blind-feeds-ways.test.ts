// The kinds of wording the blind feeds (test/fixtures/blind-feeds) showed the rounds reader, tested
// on different invented examples: a reader's question in an advice column speaks as "I" or "we",
// and the site that publishes the column is not the one raising.
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
});
