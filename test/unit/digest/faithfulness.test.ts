import { describe, expect, it } from 'vitest';
import { checkFaithful } from '../../../src/digest/faithfulness/check.js';
import { findQuantities } from '../../../src/digest/faithfulness/quantities.js';
import { splitSentences } from '../../../src/text/sentences.js';
import { BRIDGE, LAYOFFS, REPEATS, ROUND } from '../../fixtures/news.js';

// A report written for these tests (a fictional company and people).
const REPORT = [
  'Korvane Robotics, the Austin-based maker of warehouse robots, said on Tuesday it had raised $1.03 billion in a Series C round led by Halden Capital and Google DeepMind.',
  'The round values the company at $4.2 billion, up from $520 million in 2023.',
  "Korvane's chief executive, Mira Okafor, said orders grew 75% last year and that its robots now pick items five times faster than in 2022.",
  '"We are building the warehouse of the next decade," Okafor said.',
  "The deal took 22 days to close, and it is the company's second raise this year.",
  'Two of its 1,200 employees work from an office in the U.S. capital.',
  'Revenue reached €48.5 million.',
].join(' ');
const SOURCES = [REPORT, 'A separate note: Pellwick Labs hired 40 engineers.'];

const unsupported = (line: string, sources = SOURCES) => checkFaithful(line, sources).unsupported;

describe('checkFaithful: numbers', () => {
  it.each([
    ['Korvane raised $1.03B.', []],
    ['Korvane raised 1.03B.', []],
    ['Korvane raised $1,030 million.', []],
    ['Korvane raised 1.03 billion dollars.', []],
    ['Korvane raised $1 billion.', []],
    ['Korvane raised about $1B.', []],
    ['Korvane raised more than $1 billion.', []],
    ['Korvane raised $1.3B.', ['$1.3B']],
    ['Korvane raised $103 million.', ['$103 million']],
    ['Korvane raised €1.03 billion.', ['€1.03 billion']],
    ['Korvane raised $1.04 billion.', ['$1.04 billion']],
    ['It was worth $520M in 2023.', []],
    ['It was worth 520M in 2023.', []],
    ['It was worth $52M in 2023.', ['$52M']],
    ['It was worth $520M in 2024.', ['2024']],
    ['It is now valued at $5B.', ['$5B']],
    ['Orders grew 75 percent.', []],
    ['Orders grew 75%.', []],
    ['Orders grew 76%.', ['76%']],
    ['It has 75 orders.', ['75']],
    ['Robots pick items 5x faster.', []],
    ['Robots pick items fivefold faster.', []],
    ['Robots pick items 6x faster.', ['6x']],
    ['The deal closed in 22 days.', []],
    ['It was a 22-day deal.', []],
    ['The deal closed in 21 days.', ['21 days']],
    ['The deal closed in 22 weeks.', ['22 weeks']],
    ['Revenue reached 48.5 million euros.', []],
    ['Revenue reached $48.5 million.', ['$48.5 million']],
    ['It employs 1200 people.', []],
    ['It employs more than 1,000 people.', []],
    ['It employs about 1,000 people.', ['1,000']],
    ['It employs 1,000 people.', ['1,000']],
    ['It employs about 1,200 people.', []],
    ['It employs about 1,210 people.', ['1,210']],
    ['The deal closed in under 25 days.', ['25 days']],
    ['Robots pick items up to 6x faster.', ['6x']],
  ])('%s', (line, expected) => {
    expect(unsupported(line)).toEqual(expected);
  });

  it('reads numbers written as words, both ways', () => {
    expect(unsupported('2 of its staff work in the U.S. capital.')).toEqual([]);
    expect(unsupported('Three of its staff work in the U.S. capital.')).toEqual(['Three']);
    expect(unsupported('Pellwick Labs hired forty engineers.')).toEqual([]);
    expect(unsupported('Pellwick Labs hired forty-one engineers.')).toEqual(['forty-one']);
  });

  it('checks ordinals: "first" is a claim, "2nd" is "second"', () => {
    expect(unsupported("It is the company's second raise this year.")).toEqual([]);
    expect(unsupported("It is the company's 2nd raise this year.")).toEqual([]);
    expect(unsupported("It is the company's first raise this year.")).toEqual(['first']);
  });

  it('does not read "one" as a count', () => {
    expect(unsupported('It is one of the larger rounds for Korvane.')).toEqual([]);
  });
});

describe('checkFaithful: names', () => {
  it.each([
    ['Korvane Robotics makes warehouse robots.', []],
    ["Korvane's robots are faster.", []],
    ['Google DeepMind co-led the round.', []],
    ['DeepMind co-led the round with Halden Capital.', []],
    ['Halden Ventures led the round.', ['Halden Ventures']],
    ['Sequoia joined the round.', ['Sequoia']],
    ['Chief executive Mira Okafor spoke.', []],
    ['CEO Mira Okafor spoke.', []],
    ['Okafor spoke.', []],
    ['Mira Patel spoke.', ['Mira Patel']],
    ['NASA backed Korvane.', ['NASA']],
    ['Its staff work in the US capital.', []],
    ['Its staff work in the UK capital.', ['UK']],
    ['Its staff work in the U.K. capital.', ['U.K.']],
    ['On Tuesday in March, Korvane Robotics raised $1.03B.', []],
    ['Orders grew 75% at Korvane.', []],
    ['Korvane Robotics Raises $1.03 Billion In Round Led By Halden Capital', []],
    ['Korvane Robotics Raises $1.03 Billion From Sequoia', ['Sequoia']],
    ['The Austin startup raised $1.03B.', []],
    ['The Boston startup raised $1.03B.', ['Boston']],
    ['The Google-backed startup raised $1.03B.', []],
    ['The Tesla-backed startup raised $1.03B.', ['Tesla']],
  ])('%s', (line, expected) => {
    expect(unsupported(line)).toEqual(expected);
  });

  it('does not assemble a name from parts of other names', () => {
    const sources = ['John Doe met Jane Smith in Paris.'];
    expect(unsupported('John Smith met Jane Doe.', sources)).toEqual(['John Smith', 'Jane Doe']);
    expect(unsupported('Jane Smith met John Doe.', sources)).toEqual([]);
  });

  it('accepts a name split across sources when each part stands alone in one', () => {
    expect(unsupported('Google DeepMind backed it.', ['Google invested.', 'DeepMind advised.'])).toEqual([]);
  });
});

describe('checkFaithful: quotations', () => {
  it('needs the quoted words, in order, in a source', () => {
    expect(unsupported('Okafor said: "We are building the warehouse of the next decade."')).toEqual([]);
    expect(unsupported('Okafor said: “we are building the warehouse of the next decade”.')).toEqual([]);
    expect(unsupported('Okafor said: "We are building the warehouse of the future."')).toEqual([
      '"We are building the warehouse of the future."',
    ]);
  });

  it('leaves short scare quotes to the name and number checks', () => {
    expect(unsupported('Okafor called the robots "fast".')).toEqual([]);
  });
});

describe('checkFaithful: result', () => {
  it('is ok exactly when nothing is unsupported, without repeats', () => {
    expect(checkFaithful('Korvane raised $1.03B.', SOURCES)).toEqual({ ok: true, unsupported: [] });
    expect(checkFaithful('Zentrix raised $7M; Zentrix spent $7M.', SOURCES)).toEqual({
      ok: false,
      unsupported: ['$7M', 'Zentrix'],
    });
  });

  it('takes support from any of the sources', () => {
    expect(unsupported('Pellwick Labs hired 40 engineers; Korvane raised $1.03B.')).toEqual([]);
    expect(unsupported('Pellwick Labs hired 40 engineers.', [REPORT])).toEqual(['40', 'Pellwick Labs']);
  });

  it('passes every sentence of an article against that article', () => {
    for (const article of [BRIDGE, LAYOFFS, REPEATS, ...ROUND]) {
      for (const sentence of splitSentences(article.text)) {
        expect(checkFaithful(sentence.text, [article.text]), sentence.text).toEqual({ ok: true, unsupported: [] });
      }
    }
  });

  it('catches the figure that differs between reports of one story', () => {
    const [wire, , local] = ROUND;
    // "Battery" opens the sentence and the wire writes "battery": an ordinary word, not a name.
    expect(unsupported(local!.text.split('. ')[0]!, [wire!.text])).toEqual(['$45 million']);
  });
});

describe('findQuantities', () => {
  it('reads each figure once, with its unit', () => {
    const found = findQuantities('Raised $1.2B, or 1.2 billion, in 3 weeks; up 40%, 3x, third time, two rounds.');
    expect(found.map((q) => [q.text, q.unit, q.values])).toEqual([
      ['$1.2B', 'money:USD', [1.2e9]],
      ['1.2 billion', 'count', [1.2e9]],
      ['3 weeks', 'week', [3]],
      ['40%', 'percent', [40]],
      ['3x', 'times', [3]],
      ['third', 'ordinal', [3]],
      ['two', 'count', [2]],
    ]);
  });

  it('keeps both ends of a range', () => {
    expect(findQuantities('between $2M and $3M')[0]).toMatchObject({ values: [2e6, 3e6], unit: 'money:USD' });
    expect(unsupported('It raised $2-3 million.', ['It raised between $2 million and $3 million.'])).toEqual([]);
    expect(unsupported('It raised $2-4 million.', ['It raised between $2 million and $3 million.'])).toEqual(['$2-4 million']);
  });
});
