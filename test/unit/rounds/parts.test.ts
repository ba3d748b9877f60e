// The pipeline's small pure functions, one by one.
import { describe, expect, it } from 'vitest';
import { sentenceCandidates } from '../../../src/rounds/candidates.js';
import { readSentence } from '../../../src/rounds/read-sentence.js';
import { classify } from '../../../src/rounds/classify.js';
import { plainText } from '../../../src/rounds/clean.js';
import { subjectOf } from '../../../src/rounds/company.js';
import { findInvestors, investorName } from '../../../src/rounds/investors.js';
import { moneyRoles } from '../../../src/rounds/money-roles.js';
import { findRoundType } from '../../../src/rounds/round-type.js';
import { readSentences } from '../../../src/rounds/segment.js';
import { findMoney } from '../../../src/text/money.js';

const roles = (text: string) => moneyRoles(text, findMoney(text));

describe('plainText and readSentences', () => {
  it('keeps link text and descriptive image text, drops markup, and splits glued sentences', () => {
    const plain = plainText(
      '# Title here\n![Acme closes seed round](x.png)\nSee [our post](https://a.example) &amp; **more**.The end.<meta name="x" value="y">',
    );
    expect(readSentences(plain).map((s) => s.text)).toEqual([
      'Title here',
      'Acme closes seed round',
      'See our post & more.',
      'The end.',
    ]);
  });

  it('gives a headline line its own sentence and numbers paragraphs', () => {
    const out = readSentences('Acme raises $5M\nThe startup said it will hire.\n\nSecond paragraph.');
    expect(out.map((s) => [s.text, s.paragraph])).toEqual([
      ['Acme raises $5M', 0],
      ['The startup said it will hire.', 0],
      ['Second paragraph.', 1],
    ]);
  });
});

describe('moneyRoles', () => {
  it.each([
    ['raised $100M at an $800M valuation', ['round', 'valuation']],
    ['bringing its total funding to $158 million', ['total']],
    ['has raised $85 million to date', ['total']],
    ['now expects to borrow $4.5 billion, down from the original amount of $6.6 billion', ['round', 'previous']],
    ['annual recurring revenue of $75 million', ['revenue']],
    ['closes $100M fund', ['fund']],
    ['raised $10 million (around Rs 90 crore)', ['round', 'conversion']],
    ['a $100/month plan', ['price']],
    ['a $20B Army contract', ['other']],
    ['raises $122B in a fund raise', ['round']],
  ])('%s', (text, expected) => expect(roles(text)).toEqual(expected));
});

describe('findRoundType', () => {
  it('reads stages, sub-series and extensions, and skips a company named like a stage', () => {
    expect(findRoundType('a Series B-2 round')).toMatchObject({ type: 'series_b', detail: 'Series B-2' });
    expect(findRoundType('its Series H')).toMatchObject({ type: 'series_g_plus' });
    expect(findRoundType('an extended seed round')).toMatchObject({ type: 'extension' });
    expect(findRoundType('a pre-Series A round')).toMatchObject({ type: 'unknown', detail: 'pre-Series A' });
    expect(findRoundType('Series, a social app, raised a pre-seed', [{ start: 0, end: 6 }])).toMatchObject({ type: 'pre_seed' });
    expect(findRoundType('with a seed-stage fund')).toBeNull();
  });
});

describe('subjectOf', () => {
  const subject = (text: string, verb: string) => {
    const s = readSentence(text);
    return subjectOf(
      s,
      s.tokens.findIndex((t) => t.text === verb),
    );
  };
  it('finds the company across adverbs, appositives, coordination and dates', () => {
    expect(subject('Upscale AI is reportedly in talks to raise', 'raise')).toMatchObject({ kind: 'name', name: 'Upscale AI' });
    expect(subject('Firmus, the data center builder backed by Nvidia, hits', 'hits')).toMatchObject({
      kind: 'name',
      name: 'Firmus',
    });
    expect(subject('Cognix wants AI to design chips, and just raised', 'raised')).toMatchObject({ kind: 'name', name: 'Cognix' });
    expect(subject('Orbitly said on Tuesday it had raised', 'raised')).toMatchObject({ kind: 'name', name: 'Orbitly' });
    expect(subject("India's Snabbit seeks", 'seeks')).toMatchObject({ kind: 'name', name: 'Snabbit' });
  });
  it('tells references, people and role nouns apart', () => {
    expect(subject('The Austin startup closed', 'closed')).toEqual({ kind: 'anaphor' });
    expect(subject('It helped us raise', 'raise')).toEqual({ kind: 'first_person' });
    expect(subject("DeepMind's David Silver just raised", 'raised')).toEqual({ kind: 'none' });
    expect(subject('Former Coatue partner raises', 'raises')).toEqual({ kind: 'none' });
  });
});

describe('investors', () => {
  it('reads names out of list items', () => {
    expect(investorName('existing investors Kae Capital')).toBe('Kae Capital');
    expect(investorName('US-based Susquehanna Investment Group (Susquehanna Asia VC)')).toBe('Susquehanna Investment Group');
    expect(investorName("Antonio Gracias' firm Valor")).toBe('Valor');
    expect(investorName('Remote CEO Job van der Voort')).toBe('Job van der Voort');
    expect(investorName('over 70 angels')).toBeNull();
    expect(investorName('12 Flags')).toBe('12 Flags');
  });
  it('separates leads from participants and stops where names stop', () => {
    expect(
      findInvestors('led by Dune Capital with participation from Shoe on Ventures, Tess Ventures and others, to build more'),
    ).toEqual({
      lead: ['Dune Capital'],
      other: ['Shoe on Ventures', 'Tess Ventures'],
    });
    expect(
      findInvestors(
        'raised $2.8 million from Fireside Ventures, othersAustralia begins enforcing a new social media rule for teens',
      ),
    ).toEqual({
      lead: [],
      other: ['Fireside Ventures'],
    });
    expect(findInvestors("The deal benefits Scale's investors including Accel and Index.")).toEqual({ lead: [], other: [] });
  });
});

describe('candidates and verdicts', () => {
  const verdicts = (text: string) => {
    const s = readSentence(text);
    return sentenceCandidates(s).map((c) => classify(c, s, Date.UTC(2026, 5, 10)));
  };
  it('classifies each event of a sentence', () => {
    expect(verdicts('Acme raises $5M seed')).toEqual(['new']);
    expect(verdicts('Ventura Capital raised $300 million, closing its largest venture fund yet')).toEqual(['fund_close']);
    expect(verdicts('Acme raised $5M in its IPO')).toEqual(['ipo']);
    expect(verdicts('Acme previously raised $5M')).toEqual(['background']);
    expect(verdicts('Acme was on track to raise a $2B round but halted talks')).toEqual(['halted']);
    expect(verdicts('Acme to acquire Bolt for $1B after raising $300M')).toEqual(['acquisition']);
  });
});
