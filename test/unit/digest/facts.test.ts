import { describe, expect, it } from 'vitest';
import { trimAtClause } from '../../../src/digest/compose/clause.js';
import { placeFacts } from '../../../src/digest/compose/facts.js';
import { standingRun, standsAlone, withHeadline } from '../../../src/digest/compose/lead.js';
import type { SummarizedStory } from '../../../src/digest/compose/compose.js';
import type { Article } from '../../../src/model.js';

const article = (id: number, title: string, text: string, outlet = 'Harbor News'): Article => ({
  id,
  canonicalUrl: `https://news.example/${id}`,
  url: `https://news.example/${id}`,
  title,
  text,
  author: null,
  publishedAt: id,
  firstSeenAt: id,
  categories: [],
  contentHash: `h${id}`,
  digestEligible: true,
  outlet,
  topic: null,
});

const story = (a: Article, sentences: string[]): SummarizedStory => ({
  articles: [a],
  summary: { tldr: sentences[0] ?? '', takeaways: sentences.map((text) => ({ text, sources: [String(a.id)] })) },
});

describe('standsAlone and withHeadline', () => {
  it('passes over or pairs sentences that lean on an unshown antecedent', () => {
    expect(standsAlone('The raise gives Kelpie more than $1 billion to work with.')).toBe(false);
    expect(standsAlone('Kelpie agreed to spend $100 billion on cloud capacity in return.')).toBe(false);
    expect(standsAlone('We are thrilled to share our news.')).toBe(false);
    expect(standsAlone('It will open next year.')).toBe(false);
    expect(standsAlone('Kelpie raised $350 million from Tidal Ventures on Monday.')).toBe(true);
    expect(withHeadline('The raise gives Kelpie more than $1 billion.', 'Kelpie raises $350M', true)).toBe(
      'Kelpie raises $350M — The raise gives Kelpie more than $1 billion.',
    );
    expect(withHeadline('The raise gives Kelpie more than $1 billion.', 'Kelpie raises $350M', false)).toBeNull();
    expect(withHeadline('Kelpie raised $350 million from Tidal Ventures.', 'Kelpie raises $350M', true)).toBe(
      'Kelpie raised $350 million from Tidal Ventures.',
    );
  });

  it('pairs a sentence that names the headline’s thing by its noun alone, not one that says whose it is', () => {
    const headline = 'Vantor’s $11.5 million fine, with footnotes';
    expect(withHeadline('The fine is split: $9 million as a penalty and $2.5 million for a monitor.', headline, true)).toBe(
      `${headline} — The fine is split: $9 million as a penalty and $2.5 million for a monitor.`,
    );
    expect(withHeadline('The fine against Vantor is the largest of its kind, at $11.5 million.', headline, true)).toBe(
      'The fine against Vantor is the largest of its kind, at $11.5 million.',
    );
  });

  it('cuts a passage before a sentence that leans on the one before it, never inside a quotation', () => {
    expect(standingRun('The mayor resigned on Tuesday. His deputy takes over.')).toBe('The mayor resigned on Tuesday.');
    const quote = '“We all saw the damage along the harbour. These losses will not go unanswered,” the mayor said.';
    expect(standingRun(quote)).toBe(quote);
  });
});

describe('trimAtClause', () => {
  it('cuts a long sentence at a clause boundary, every word kept in order', () => {
    const long =
      'The port authority approved a plan to rebuild the northern breakwater and two ferry berths over four years, which officials said would cost about $80 million and close the harbor mouth to larger ships for several months during the winter season of next year.';
    const cut = trimAtClause(long, 30)!;
    expect(cut).toBe(
      'The port authority approved a plan to rebuild the northern breakwater and two ferry berths over four years…',
    );
    expect(long.startsWith(cut.replace(/…$/, ''))).toBe(true);
    expect(trimAtClause('Short and plain.', 30)).toBe('Short and plain.');
    expect(trimAtClause(`${'word '.repeat(45)}end.`, 30)).toBeNull();
  });

  it('never cuts inside a quotation the sentence closes', () => {
    const quoted =
      '“We all saw the damage the storm left along the harbour, which will take years to repair, and these losses will not go unanswered,” the mayor said on Tuesday, adding that the council would meet again next week.';
    expect(trimAtClause(quoted, 30)).toBe(
      '“We all saw the damage the storm left along the harbour, which will take years to repair, and these losses will not go unanswered,” the mayor said on Tuesday…',
    );
    // Shorter, the only boundaries that fit are inside the quotation: no cut rather than an open quote.
    expect(trimAtClause(quoted, 25)).toBeNull();
  });
});

describe('placeFacts', () => {
  const a = article(1, 'Kelpie raises $350M', 'Kelpie raised $350 million on Monday. The raise values it at $4 billion.');
  const b = article(2, 'Harbor bridge to close for repairs', 'It will close for six weeks.');
  const c = article(3, 'Ferry line adds night sailings', 'Tidewater Ferries will add 12 night sailings a week from March.');
  const stories = [
    story(a, ['Our team is growing fast.', 'Kelpie raised $350 million on Monday.', 'The raise values it at $4 billion.']),
    story(b, ['It will close for six weeks.']),
    story(c, ['Tidewater Ferries will add 12 night sailings a week from March.']),
  ];

  it('leads with the sentence carrying figures, pairs dangling ones with their headline, and shows no sentence twice', () => {
    const placed = placeFacts(stories);
    expect(placed.tldr).toBe(
      'Kelpie raised $350 million on Monday. Harbor bridge to close for repairs — It will close for six weeks. Tidewater Ferries will add 12 night sailings a week from March.',
    );
    const shown = [placed.tldr, ...placed.takeaways.map((t) => t.text), ...placed.summaries].join(' ');
    for (const s of ['Kelpie raised $350 million on Monday.', 'It will close for six weeks.'])
      expect(shown.split(s).length - 1).toBe(1);
    // The headline is shown once above the stories; the story's entry (under its headline) keeps the rest.
    expect(placed.takeaways.map((t) => t.text)).toEqual(['Kelpie raises $350M — Our team is growing fast.']);
    expect(placed.summaries[0]).toBe('The raise values it at $4 billion.');
    expect(placed.summaries[1]).toBe('');
  });

  it('ends a standfirst without a full stop before the next sentence of a story entry', () => {
    const d = article(4, 'Quay tolls rise', '');
    const placed = placeFacts([
      story(d, [
        'The harbor board approved a $2 rise on Monday.',
        'Tolls go up in May for every ferry',
        'Ferry firms said fares would follow.',
      ]),
    ]);
    expect(placed.summaries[0]).toBe('Tolls go up in May for every ferry. Ferry firms said fares would follow.');
  });
});
