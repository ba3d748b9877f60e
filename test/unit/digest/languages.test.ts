// A digest speaks one language: the destination's, else the one most of the window's articles
// use; articles in other languages are listed apart (or left out) and never join a sentence group.
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/build.js';
import { digestLanguage, splitByLanguage } from '../../../src/digest/compose/languages.js';
import { extractiveSummarizer } from '../../../src/digest/summarize/index.js';
import { renderDigestText } from '../../../src/bot/console/render.js';
import { consoleDestination, type Article, type Destination } from '../../../src/model.js';

const SLOT = Date.UTC(2026, 10, 21, 15);

function article(id: number, lang: string | null, title: string, text: string, outlet: string): Article {
  return {
    id,
    canonicalUrl: `https://news.example/${id}`,
    url: `https://news.example/${id}`,
    title,
    text,
    author: null,
    publishedAt: SLOT - id * 600_000,
    firstSeenAt: SLOT - id * 600_000,
    categories: [],
    contentHash: `h${id}`,
    digestEligible: true,
    outlet,
    topic: null,
    lang,
  };
}

const english = [
  article(
    1,
    'en',
    'Harbor council bans diesel ferries from 2028',
    'The Harbor council voted on Monday to ban diesel ferries from 2028. Operators must switch to electric boats within two years.',
    'Quay Courier',
  ),
  article(
    2,
    'en',
    'Tendril Robotics raises $30 million for orchard robots',
    'Tendril Robotics has raised $30 million to build robots that pick apples. The company employs 80 people in Yakima.',
    'Farm Ledger',
  ),
  article(
    3,
    'en',
    'Brenlow Water fined over river leak',
    'Brenlow Water was fined £2 million on Tuesday after a leak polluted the river for six weeks.',
    'Quay Courier',
  ),
];
const german = [
  article(
    4,
    'de',
    'Stadtrat beschließt neue Fährlinie nach Lindau',
    'Der Stadtrat hat am Montag eine neue Fährlinie nach Lindau beschlossen. Die Schiffe fahren ab Mai stündlich.',
    'Seebote',
  ),
  article(
    5,
    'de',
    'Bäckerei Kranz eröffnet dritte Filiale',
    'Die Bäckerei Kranz eröffnet am Samstag ihre dritte Filiale in der Altstadt.',
    'Seebote',
  ),
];
const unknown = article(6, null, 'Ferry timetable', 'Ferries run every hour from May.', 'Quay Courier');

const build = (destination: Destination, articles: Article[]) =>
  buildDigest({
    name: 'Briefing',
    destination,
    slot: { at: SLOT, label: 'now' },
    lastSlot: null,
    nextSlot: { at: SLOT + 3_600_000, label: 'later' },
    articles,
    rounds: [],
    maxStories: 8,
    summarizer: extractiveSummarizer,
  });

const groups = (d: Awaited<ReturnType<typeof build>>) =>
  [d.tldr, ...d.takeaways.map((t) => t.text), ...d.stories.map((s) => `${s.headline} ${s.summary}`)].join(' ');

describe('a digest in one language', () => {
  it("takes the destination's language, else the one most articles use; unknown ones stay with it", () => {
    const auto = consoleDestination(1, 'c');
    expect(digestLanguage(auto, [...english, ...german, unknown])).toBe('en');
    expect(digestLanguage({ ...auto, language: 'de' }, english)).toBe('de');
    expect(digestLanguage(auto, [unknown])).toBeNull();
    const { own, others } = splitByLanguage([...english, ...german, unknown], 'en');
    expect(own.map((a) => a.id)).toEqual([1, 2, 3, 6]);
    expect(others.map(([lang, list]) => [lang, list.map((a) => a.id)])).toEqual([['de', [4, 5]]]);
  });

  it('lists the other language apart, never in the TL;DR, takeaways or stories', async () => {
    const d = await build(consoleDestination(1, 'c'), [...english, ...german]);
    expect(d.language).toBe('en');
    expect(groups(d)).toContain('Harbor council');
    expect(groups(d)).not.toMatch(/Stadtrat|Bäckerei|Fährlinie/);
    expect(d.otherLanguages).toEqual([
      {
        lang: 'de',
        items: expect.arrayContaining([
          expect.objectContaining({ headline: 'Stadtrat beschließt neue Fährlinie nach Lindau', outlet: 'Seebote' }),
        ]),
        more: 0,
      },
    ]);
    const text = renderDigestText(d, { width: 100, color: false });
    expect(text).toMatch(/IN GERMAN[\s\S]*Stadtrat beschließt neue Fährlinie nach Lindau \(Seebote\)/);
  });

  it("writes a German destination's digest from its German articles", async () => {
    const d = await build({ ...consoleDestination(1, 'c'), language: 'de' }, [...english, ...german]);
    expect(groups(d)).toContain('Fährlinie');
    expect(groups(d)).not.toMatch(/Harbor|Tendril|Brenlow/);
    expect(d.otherLanguages?.map((o) => o.lang)).toEqual(['en']);
  });

  it('leaves the other languages out when the destination drops them', async () => {
    const d = await build({ ...consoleDestination(1, 'c'), otherLanguages: 'drop' }, [...english, ...german]);
    expect(d.otherLanguages).toBeUndefined();
    expect(d.counts.articles).toBe(3);
    expect(renderDigestText(d, { width: 100, color: false })).not.toMatch(/Stadtrat|Bäckerei|IN GERMAN/);
  });
});
