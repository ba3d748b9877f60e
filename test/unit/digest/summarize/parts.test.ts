import { describe, expect, it } from 'vitest';
import { isFurniture, looksLikeCaption, stripDateline } from '../../../../src/digest/summarize/boilerplate.js';
import { fitBudget, truncateToWords } from '../../../../src/digest/summarize/budget.js';
import { opensDangling } from '../../../../src/digest/summarize/dangling.js';
import { prepareCandidates } from '../../../../src/digest/summarize/prepare.js';
import { lexRank } from '../../../../src/digest/summarize/lexrank.js';
import { mmrOrder, type Unit } from '../../../../src/digest/summarize/select.js';
import { wordCount } from '../../../../src/text/tokens.js';

describe('dangling openers', () => {
  it('flags pronouns, connectives and anaphoric descriptions, past quotes and case', () => {
    for (const s of [
      'He said so.',
      'However, it fell.',
      '"It was late," she said.',
      'but mentally , we are .',
      'The 33-year-old left.',
      'In addition, fees rose.',
      'Also, the CEO quit.',
    ])
      expect(opensDangling(s), s).toBe(true);
  });

  it('leaves sentences that name their subject alone', () => {
    for (const s of [
      'Helen said so.',
      'Thesis defended.',
      'The company said so.',
      'Italy won.',
      'Therese Ng, 42, won.',
      'Another hero helped.',
    ])
      expect(opensDangling(s), s).toBe(false);
  });
});

describe('quotations over several sentences', () => {
  const texts = (text: string) => prepareCandidates([{ id: 'a', text }]).map((c) => c.text);

  it('are one candidate, so no pick opens a quote it does not close or closes one it did not open', () => {
    const quote =
      '“We all saw the damage the storm left along the harbour. These losses will not go unanswered,” the mayor, Jo Roe, said.';
    expect(texts(`The council approved a repair fund on Tuesday. ${quote} Work starts in May next year.`)).toEqual([
      'The council approved a repair fund on Tuesday.',
      quote,
      'Work starts in May next year.',
    ]);
  });

  it('stay split when the quotation runs on into the next paragraph or past the length of a takeaway', () => {
    const runOn =
      '“We all saw the damage the storm left along the harbour.\n\n“These losses will not go unanswered,” the mayor said.';
    expect(texts(runOn)).toHaveLength(2);
    const nextParagraph =
      '“We all saw the damage the storm left along the harbour.\n\nThese losses will not go unanswered,” the mayor said.';
    expect(texts(nextParagraph)).toHaveLength(2);
    const long = `“${Array.from({ length: 5 }, (_, i) => `Sentence number ${i + 1} of the mayor's long statement goes on here.`).join(' ')}” she said.`;
    expect(texts(long).length).toBeGreaterThan(1);
  });

  it('count as the sentences they hold, for the budget that compares with Lead-3', () => {
    const text =
      'The council met on Tuesday evening. “We all saw the damage. These losses will not go unanswered,” the mayor said.';
    expect(prepareCandidates([{ id: 'a', text }]).map((c) => c.sentences)).toEqual([1, 2]);
  });

  it('are not joined to the next sentence by a German closing mark', () => {
    const text =
      'Niemand wird vergessen“, sagte die Bürgermeisterin am Dienstag. Der Rat nannte den Plan „einen guten Anfang“ und stimmte zu.';
    expect(texts(text)).toHaveLength(2);
  });
});

describe('page furniture', () => {
  it('recognizes video prompts, bylines, label lines and photo captions', () => {
    expect(isFurniture('Scroll down for video.')).toBe(true);
    expect(isFurniture('By Mara Quinn, Transport Correspondent')).toBe(true);
    expect(isFurniture('Advertisement')).toBe(true);
    expect(isFurniture('Copyright © 2026 Portville Daily. All rights reserved.')).toBe(true);
    expect(isFurniture('Media playback is unsupported on your device')).toBe(true);
    expect(isFurniture('By then the crowd had gone home.')).toBe(false);
    expect(isFurniture('The agency said copyright rules would change.')).toBe(false);
    // A sentence that introduces a list or code the line would not show.
    expect(isFurniture('Give the review its own directory instead:')).toBe(true);
    expect(isFurniture('You can test the release candidate in three ways:.')).toBe(true);
    expect(isFurniture('The mayor said: the bridge reopens on Monday.')).toBe(false);
    // A changelog's entries: a commit message and a code host's credit line.
    expect(isFurniture('feat(router): retry idle sockets once before failing.')).toBe(true);
    expect(isFurniture('Faster cold starts on small machines by @lena-k in #2210.')).toBe(true);
    expect(isFurniture('The fix arrived in version 2.1, the maintainers said.')).toBe(false);
    // A preprint's LaTeX.
    expect(isFurniture('Over $\\mathbb{F}_p$ the sieve runs in $\\tilde{O}(n)$ time.')).toBe(true);
    expect(isFurniture('The price rose to $40 from $35 per share.')).toBe(false);
    // No prose: a scoreline, a table row; a sentence in another script is not judged by case.
    expect(isFurniture("Harbour United: Okafor 12', 77' | Castle Vale: Brandt 64'.")).toBe(true);
    expect(isFurniture('Quarterly Revenue | Net Income | Margin')).toBe(true);
    expect(isFurniture('Harbour United beat Castle Vale 2-1 on Saturday.')).toBe(false);
    expect(isFurniture('市議会は新しい防潮堤の建設を承認した。')).toBe(false);
    expect(looksLikeCaption('Closed: the bridge (pictured) was built in 1964.')).toBe(true);
    expect(looksLikeCaption('A spokesman said: "No comment."')).toBe(false);
  });

  it('strips a news-agency dateline, and nothing else', () => {
    expect(stripDateline('PORTVILLE (Reuters) - The bridge will close for six weeks.')).toBe(
      'The bridge will close for six weeks.',
    );
    expect(stripDateline('( cnn ) two cnn heroes are among the survivors .')).toBe('two cnn heroes are among the survivors .');
    expect(stripDateline('Officials in Washington (AP) said this.')).toBe('Officials in Washington (AP) said this.');
  });
});

describe('TL;DR budget', () => {
  const item = (words: number, sentences = 1) => ({ words, sentences });

  it('takes items in order, skips one that would overrun the words, stops at the sentence limit', () => {
    const [a, b, c, d] = [item(30), item(35), item(20), item(5)];
    expect(fitBudget([a, b, c, d], 60, 3)).toEqual([a, c, d]);
    expect(fitBudget([item(10), item(10, 2), item(10)], 60, 3)).toHaveLength(2);
    expect(fitBudget([item(61)], 60, 3)).toEqual([]);
  });

  it('truncates to whole words, counting only tokens with letters or digits', () => {
    const text = Array.from({ length: 70 }, (_, i) => `w${i} ,`).join(' ');
    const cut = truncateToWords(text, 60);
    expect(wordCount(cut)).toBe(60);
    expect(cut.endsWith('w59 , …')).toBe(true);
    expect(truncateToWords('short text', 60)).toBe('short text');
  });
});

describe('LexRank and MMR', () => {
  it('ranks the hub of a star graph first and sums to one', () => {
    const sim = [0, 1, 2, 3].map((i) => Float64Array.from([0, 1, 2, 3], (j) => (i !== j && (i === 0 || j === 0) ? 0.5 : 0)));
    const r = lexRank(sim);
    expect(r[0]).toBeGreaterThan(r[1]!);
    expect(r[1]).toBeCloseTo(r[2]!, 10);
    expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('skips a near-duplicate of an earlier pick even when it scores higher than the rest', () => {
    const unit = (i: number, relevance: number): Unit => ({ members: [i], words: 10, sentences: 1, relevance });
    const sim = [Float64Array.from([0, 0.9, 0.1]), Float64Array.from([0.9, 0, 0.1]), Float64Array.from([0.1, 0.1, 0])];
    const none = sim.map(() => new Uint8Array(3));
    expect(mmrOrder([unit(0, 1), unit(1, 0.95), unit(2, 0.3)], { sim, sameFact: none }, 3).map((u) => u.members[0])).toEqual([
      0, 2,
    ]);
    const same = [Uint8Array.from([0, 0, 1]), new Uint8Array(3), Uint8Array.from([1, 0, 0])];
    const lowSim = sim.map((row) => row.map(() => 0));
    expect(
      mmrOrder([unit(0, 1), unit(2, 0.9), unit(1, 0.2)], { sim: lowSim, sameFact: same }, 3).map((u) => u.members[0]),
    ).toEqual([0, 1]);
  });
});

describe('a video’s or a gallery’s description', () => {
  const video = {
    id: 'v',
    title: 'WATCH: Central bank governor explains the cut',
    text: 'Governor Ada Linden speaks to reporters in Halifax after the central bank lowered its policy rate to 2%.',
  };
  const report = {
    id: 'r',
    title: 'Central bank cuts its rate to 2%',
    text: 'The central bank cut its policy rate by a quarter point on Wednesday, citing rising unemployment.',
  };

  it('gives no line to a story that has a report, and its only lines to one that has none', () => {
    expect(prepareCandidates([video, report]).map((c) => c.articleId)).toEqual(['r']);
    expect(prepareCandidates([video]).map((c) => c.articleId)).toEqual(['v']);
  });
});

describe('an aggregator’s description', () => {
  it('gives no line that is only the headline and the outlet’s name, and keeps one that goes on', () => {
    const title = 'Ferry operator halts Arctic crossings after storm';
    expect(prepareCandidates([{ id: 'g', title, text: `${title} Harbour Evening Post.` }])).toEqual([]);
    expect(
      prepareCandidates([{ id: 'g', title, text: `${title} after waves damaged two vessels near Tromsø on Tuesday.` }]).map(
        (c) => c.articleId,
      ),
    ).toEqual(['g']);
  });
});
