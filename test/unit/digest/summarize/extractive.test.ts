import { describe, expect, it } from 'vitest';
import { opensDangling } from '../../../../src/digest/summarize/dangling.js';
import { extractiveSummarizer, summarizeExtractive } from '../../../../src/digest/summarize/index.js';
import type { SummaryArticle } from '../../../../src/digest/summarize/types.js';
import { splitSentences } from '../../../../src/text/sentences.js';
import { wordCount } from '../../../../src/text/tokens.js';
import { BRIDGE, LAYOFFS, REPEATS, ROUND } from '../../../fixtures/news.js';

const one = (article: SummaryArticle) => summarizeExtractive({ articles: [article] });
/** The source sentence behind a sentence id `<articleId>#<index>`. */
const sentenceOf = (articles: SummaryArticle[], id: string) => {
  const cut = id.lastIndexOf('#');
  const article = articles.find((a) => a.id === id.slice(0, cut))!;
  return splitSentences(article.text)[Number(id.slice(cut + 1))]!.text;
};

describe('summarizeExtractive on one article', () => {
  const result = one(BRIDGE);

  it('writes a TL;DR of at most 60 words made of source sentences, in source order', () => {
    expect(wordCount(result.tldr)).toBeLessThanOrEqual(60);
    const ids = result.tldrSentenceIds!;
    expect(ids.length).toBeGreaterThan(0);
    const indices = ids.map((id) => Number(id.split('#')[1]));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    for (const id of ids) expect(result.tldr).toContain(sentenceOf([BRIDGE], id).replace(/^PORTVILLE \(Reuters\) - /, ''));
  });

  it('leads with the lead, without its dateline', () => {
    expect(result.tldr.startsWith('The Harbor Bridge will close for six weeks')).toBe(true);
    expect(result.takeaways[0]!.text).toMatch(/^The Harbor Bridge will close/);
  });

  it('gives three to six takeaways copied verbatim, each naming its article and sentence', () => {
    expect(result.takeaways.length).toBeGreaterThanOrEqual(3);
    expect(result.takeaways.length).toBeLessThanOrEqual(6);
    for (const t of result.takeaways) {
      expect(t.sources).toEqual(['bridge-1']);
      expect(BRIDGE.text.replace(/\s+/g, ' ')).toContain(t.text.replace(/^PORTVILLE \(Reuters\) - /, ''));
      for (const id of t.sentenceIds!)
        expect(t.text).toContain(sentenceOf([BRIDGE], id).replace(/^PORTVILLE \(Reuters\) - /, ''));
    }
  });

  it('never picks page furniture, bylines or standalone dangling sentences', () => {
    const picked = [result.tldr, ...result.takeaways.map((t) => t.text)].join(' ');
    expect(picked).not.toMatch(/Scroll down|Click here|By Mara Quinn/);
    for (const t of result.takeaways) expect(opensDangling(t.text)).toBe(false);
  });

  it('prefers fact-bearing sentences to reactions, quotes and captions', () => {
    const texts = result.takeaways.map((t) => t.text);
    expect(texts.filter((t) => /\d/.test(t)).length).toBeGreaterThanOrEqual(3);
    expect(texts.join(' ')).not.toMatch(/\(pictured\)|Commuters reacted|nightmare/);
  });

  it('is deterministic, and the async Summarizer returns the same', async () => {
    expect(one(BRIDGE)).toEqual(result);
    await expect(extractiveSummarizer.summarize({ articles: [BRIDGE] })).resolves.toEqual(result);
  });
});

describe('ranking properties', () => {
  it('keeps a sentence that opens with a pronoun only together with its antecedent, in order', () => {
    const result = one(LAYOFFS);
    const jobs = result.takeaways.find((t) => t.text.includes('cut 500 jobs'));
    expect(jobs).toBeDefined();
    expect(jobs!.text).toBe(
      'Vantor chief executive Priya Nair spoke to investors on Monday. She said the company would cut 500 jobs and close its Denver plant by June.',
    );
    expect(jobs!.sentenceIds).toEqual(['layoffs-1#0', 'layoffs-1#1']);
    expect(result.tldr).toContain('spoke to investors on Monday. She said the company would cut 500 jobs');
  });

  it('never repeats a sentence across takeaways, and prints each in source order after its antecedent', () => {
    for (const articles of [[BRIDGE], [LAYOFFS], [REPEATS], ROUND]) {
      const { takeaways } = summarizeExtractive({ articles });
      expect(takeaways.length).toBeGreaterThanOrEqual(3);
      expect(takeaways.length).toBeLessThanOrEqual(6);
      const ids = takeaways.flatMap((t) => t.sentenceIds!);
      expect(new Set(ids).size).toBe(ids.length);
      for (const t of takeaways) {
        const [article, ...rest] = new Set(t.sentenceIds!.map((id) => id.split('#')[0]));
        expect(rest).toEqual([]);
        expect(t.sources).toContain(article);
        const indices = t.sentenceIds!.map((id) => Number(id.split('#')[1]));
        indices.slice(1).forEach((index, k) => expect(index).toBe(indices[k]! + 1));
      }
    }
  });

  it('does not say the same thing twice', () => {
    const result = one(REPEATS);
    const picked = result.takeaways.filter((t) => t.text.includes('ban diesel buses from the old town'));
    expect(picked).toHaveLength(1);
    expect(result.tldr.match(/ban diesel buses/g)).toHaveLength(1);
  });

  it('ranks a sentence higher when it repeats the headline', () => {
    const text =
      'The festival opened on Friday with a parade through the centre. ' +
      'Organisers expect 60,000 visitors over the weekend. ' +
      'Local hotels report full bookings for both nights. ' +
      'A new stage hosts jazz bands from six countries. ' +
      'Food stalls line the river for the first time. ' +
      'The town library will stay closed during the festival because of staff shortages. ' +
      'Tickets for the closing concert sold out in an hour.';
    const rankOf = (title?: string) =>
      one({ id: 'f', text, ...(title ? { title } : {}) }).takeaways.findIndex((t) => t.text.includes('library'));
    const withTitle = rankOf('Town library closed during festival as staff shortages bite');
    expect(withTitle).toBeGreaterThanOrEqual(0);
    const without = rankOf();
    expect(without === -1 || withTitle < without).toBe(true);
  });

  it('truncates a TL;DR whose best sentence alone runs over 60 words, and marks the cut', () => {
    const long = `The committee ${'reviewed the budget, heard the residents, '.repeat(12)}and approved the plan.`;
    const result = one({ id: 'long', text: `${long} It takes effect in May. Critics object to it.` });
    expect(wordCount(result.tldr)).toBeLessThanOrEqual(60);
    expect(result.tldr.length).toBeGreaterThan(100);
  });

  it('still gives three takeaways when most sentences of a short text lean on the one before', () => {
    const text =
      'Harbor Bank opened its new headquarters in Portville on Monday. ' +
      'The building cost $90 million and took three years to finish. ' +
      'It has room for 1,200 staff. ' +
      'They will move in over the summer. ' +
      'Its roof garden is open to the public.';
    const result = one({ id: 'short', text });
    expect(result.takeaways).toHaveLength(3);
    const ids = result.tldrSentenceIds!;
    ids.forEach((id, k) => {
      if (opensDangling(sentenceOf([{ id: 'short', text }], id)))
        expect(ids[k - 1]).toBe(`short#${Number(id.split('#')[1]) - 1}`);
    });
  });

  it('returns an empty summary for text without sentences, and fewer takeaways for a two-sentence text', () => {
    expect(one({ id: 'e', text: '  ' })).toEqual({ tldr: '', takeaways: [], tldrSentenceIds: [] });
    const short = one({
      id: 's',
      text: 'The museum reopened on Sunday after a two-year renovation. Entry remains free for children under 12.',
    });
    expect(short.takeaways).toHaveLength(2);
    expect(short.tldr).toBe(
      'The museum reopened on Sunday after a two-year renovation. Entry remains free for children under 12.',
    );
  });
});

describe('summarizeExtractive on a story told by several articles', () => {
  const result = summarizeExtractive({ articles: ROUND });

  it('puts the fact most sources confirm first and cites every article that states it with the same figures', () => {
    const first = result.takeaways[0]!;
    expect(first.text).toMatch(/\$40 million/);
    expect(first.sources).toEqual(['wire', 'blog']);
  });

  it('cites only the sources that carry the numbers of a fact', () => {
    for (const t of result.takeaways) {
      for (const source of t.sources) {
        const article = ROUND.find((a) => a.id === source)!;
        for (const n of t.text.match(/\d[\d,.]*/g) ?? []) expect(article.text).toContain(n.replace(/[.,]$/, ''));
      }
    }
    const plant = result.takeaways.find((t) => /second plant in Ohio/.test(t.text));
    expect(plant?.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('does not repeat a fact in the words of another source', () => {
    const about40 = result.takeaways.filter((t) => /\$40 million/.test(t.text));
    expect(about40).toHaveLength(1);
    const ohio = result.takeaways.filter((t) => /second plant in Ohio/.test(t.text));
    expect(ohio.length).toBeLessThanOrEqual(1);
  });

  it('keeps every takeaway traceable to a sentence of its first source', () => {
    for (const t of result.takeaways) {
      expect(t.sentenceIds!.length).toBeGreaterThan(0);
      for (const id of t.sentenceIds!) expect(t.text).toContain(sentenceOf(ROUND, id));
      expect(t.sources).toContain(t.sentenceIds![0]!.split('#')[0]);
    }
  });
});
