// How a text is read before its rounds are: its language, the site's name, wrapped paragraphs,
// which events it reports as news, and which company a description or "we" stands for.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { isEnglish } from '../../../src/rounds/language.js';
import { prominence, type PlacedEvent } from '../../../src/rounds/main-event.js';
import { readSentences } from '../../../src/rounds/segment.js';
import { siteName } from '../../../src/rounds/site.js';

describe('isEnglish', () => {
  it.each([
    ['Pellucid bags $18M to take on legacy payroll vendors', true],
    ['LA startup Quorn raises $5M', true],
    ['Die Berliner Firma Taktwerk hat 22 Millionen Euro von Investoren erhalten, die Runde wurde angeführt.', false],
    ['La start-up Veloria lève 20 millions d’euros auprès de Brume Capital et de ses investisseurs.', false],
    ['東京のスタートアップがシリーズBで50億円を調達した。', false],
  ])('%s → %s', (text, english) => expect(isEnglish(text)).toBe(english));
});

describe('siteName', () => {
  it.each([
    ['Tiller Blog', 'Tiller'],
    ['https://blog.brindle.io/posts/series-a', 'Brindle'],
    ['https://medium.com/@loomwell/news', 'Loomwell'],
    ['Bank of America Newsroom', 'Bank of America'],
    ['github:acme/site@0123 _posts/x.md', null],
    ['', null],
  ])('%s → %s', (source, name) => expect(siteName(source)).toBe(name));
});

describe('readSentences', () => {
  it('joins a paragraph wrapped at a fixed width, but keeps a list’s lines apart', () => {
    const wrapped =
      'You may have read the news already: Quorra has just raised an $8M Series A\nround of financing led by Alder\nPartners! Our founders will tell you more about it in the coming weeks, and we\nwill keep hiring.';
    expect(readSentences(wrapped)[0]!.text).toContain('led by Alder Partners!');
    const list =
      'Acme raised $5 million in a seed round led by North Fund and two angel investors.\nBeta closed a $9 million Series A round from South Capital and its early backers.\nGamma landed $20 million in debt financing from West Bank to build its factory.';
    expect(readSentences(list).map((s) => s.opensBlock)).toEqual([true, true, true]);
  });
});

describe('prominence', () => {
  const sentences = readSentences(
    'Corvex names a new chief\n\nCorvex named Lena Ortiz as chief executive. Ortiz starts on Monday. ' +
      'Analysts credit the outgoing chief with a deal that helped Corvex clinch $3 billion. Ortiz will focus on software.',
  );
  const event = (sentence: number, more: Partial<PlacedEvent> = {}): PlacedEvent => ({
    sentence,
    company: 'Corvex',
    firstPerson: false,
    headline: false,
    subjectFirst: false,
    inTitle: true,
    whole: false,
    ...more,
  });

  it('keeps what the title and lead state, and a first-party "we raised" anywhere', () => {
    expect(prominence([event(0), event(1), event(3, { firstPerson: true })], sentences)).toEqual([true, true, true]);
  });

  it('leaves a round stated deeper in a text about something else', () => {
    expect(prominence([event(3)], sentences)).toEqual([false]);
    expect(prominence([event(3, { subjectFirst: true })], sentences)).toEqual([true]);
    // Deeper, unless a sentence of its own opens with a company the title does not name and gives the whole round.
    expect(prominence([event(3, { inTitle: false, subjectFirst: true })], sentences)).toEqual([false]);
    expect(prominence([event(3, { inTitle: false, subjectFirst: true, whole: true })], sentences)).toEqual([true]);
    expect(prominence([event(3, { inTitle: false, whole: true })], sentences)).toEqual([false]);
  });

  it('keeps every entry of a roundup', () => {
    const roundup = readSentences('Deals\n\nIntro text here. More intro. Still intro.\n\nAcme raises $5M.\n\nBeta raises $9M.');
    const events: PlacedEvent[] = [
      { ...event(4), company: 'Acme', inTitle: false, headline: true },
      { ...event(5), company: 'Beta', inTitle: false, headline: true },
    ];
    expect(prominence(events, roundup)).toEqual([true, true]);
    expect(prominence(events.slice(0, 1), roundup)).toEqual([false]);
  });

  it('keeps a list item that opens with its own headline and goes on to tell it, not a bare related headline', () => {
    const item = readSentences(
      'Notes\n\nIntro text here. More intro. Still intro.\n\nAcme raises $5M. The Boise maker closed a seed round.',
    );
    expect(prominence([{ ...event(4), company: 'Acme', inTitle: false, headline: true }], item)).toEqual([true]);
  });
});

describe('the company a description or "we" stands for', () => {
  it('never takes a person or a former employer named inside a description', () => {
    const text =
      'The Berlin-based maker of warehouse robots, founded by two former Siemens engineers, has secured €40 million in a Series A round. Rollbot will use the money to open a factory.';
    expect(extractRounds(text).map((r) => r.company)).toEqual(['Rollbot']);
  });

  it('takes "we" from a parenthesis, the title, the site, or the post’s self-description', () => {
    expect(extractRounds('We’re pleased to say that we’ve (Quorra) received $5m from Northgate Capital.')[0]?.company).toBe(
      'Quorra',
    );
    expect(extractRounds('We raised $12M in Series A funding.', { title: 'Kitebase raises $12M Series A' })[0]?.company).toBe(
      'Kitebase',
    );
    expect(extractRounds('We raised $12M in Series A funding.', { site: 'Kitebase Blog' })[0]?.company).toBe('Kitebase');
    expect(
      extractRounds('Today we are announcing our $1M seed round.\n\nSeed is the best way for teams to ship serverless apps.')[0]
        ?.company,
    ).toBe('Seed');
    expect(extractRounds('We’ve raised $3M to build better tools for small clinics.')).toEqual([]);
  });

  it('takes the title of a post’s front matter', () => {
    const post =
      '---\nlayout: post\ntitle: "Kitebase raises $12M Series A"\nauthor: team\n---\n\nWe raised $12M in Series A funding.';
    expect(extractRounds(post).map((r) => [r.company, r.amount])).toEqual([['Kitebase', 12e6]]);
  });

  it('takes a quoted "we" as the story’s company, never the outlet', () => {
    const text = 'Orrin Health raises $20M\n\n“We raised $20 million to open more clinics,” said its chief executive.';
    expect(extractRounds(text, { site: 'Health Wire' }).map((r) => r.company)).toEqual(['Orrin Health']);
  });
});
