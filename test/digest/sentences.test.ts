import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/digest/text/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps money, company suffixes, countries, titles and decimals inside a sentence', () => {
    expect(texts('Apptronik Inc. raised $1.2B in a Series A. The U.S. company grew 3.5 percent. Dr. Li agreed.')).toEqual([
      'Apptronik Inc. raised $1.2B in a Series A.',
      'The U.S. company grew 3.5 percent.',
      'Dr. Li agreed.',
    ]);
  });

  it('splits where the space after a full stop is missing, and after closing quotes', () => {
    expect(texts('It rose 3.5 percent.The firm "grew fast." Then it fell!')).toEqual([
      'It rose 3.5 percent.',
      'The firm "grew fast."',
      'Then it fell!',
    ]);
  });

  it('keeps initials and quoted speech whole', () => {
    expect(texts('Led by J. P. Morgan, the round closed. "We are thrilled," said Jeff Cardenas. Next?')).toEqual([
      'Led by J. P. Morgan, the round closed.',
      '"We are thrilled," said Jeff Cardenas.',
      'Next?',
    ]);
  });

  it('splits paragraphs and list items, and reports offsets into the input', () => {
    const input = 'Items:\n- one\n- two\n\nLast line';
    const out = splitSentences(input);
    expect(out.map((s) => s.text)).toEqual(['Items:', '- one', '- two', 'Last line']);
    for (const s of out) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});
