import { describe, expect, it } from 'vitest';
import { consoleDestination, type Article, type StoredRound } from '../../../src/model.js';
import { buildDigest } from '../../../src/digest/build.js';
import { digestId } from '../../../src/digest/compose/compose.js';
import { cleanHeadline, headlineArticle, storySources } from '../../../src/digest/compose/story.js';
import { reportedBy, roundsTotalLine } from '../../../src/bot/render/format.js';
import { chartSpec } from '../../../src/digest/chart/spec.js';
import type { UnfaithfulLine } from '../../../src/digest/faithfulness/gate.js';
import { extractiveSummarizer, type Summarizer } from '../../../src/digest/summarize/index.js';
import { STORY_FIXTURES } from '../../fixtures/stories.js';

const SLOT = Date.UTC(2026, 10, 21, 15);
const H = 3_600_000;
const dest = consoleDestination(7, 'term');

const articles: Article[] = STORY_FIXTURES.map((f, i) => ({
  id: i + 1,
  canonicalUrl: `https://news.example/${f.key}`,
  url: `https://news.example/${f.key}`,
  title: f.title,
  text: f.text,
  author: null,
  publishedAt: SLOT - f.hoursAgo * H,
  firstSeenAt: SLOT - f.hoursAgo * H,
  categories: [],
  contentHash: f.key,
  digestEligible: true,
  outlet: f.outlet,
  topic: f.story.startsWith('meridian') ? 'chips' : 'robotics',
}));
const byKey = (key: string) => articles[STORY_FIXTURES.findIndex((f) => f.key === key)]!;

const harborRound: StoredRound = {
  id: 1,
  company: 'Harbor Robotics',
  companyKey: 'harbor robotics',
  amount: 40e6,
  currency: 'USD',
  amountUsd: 40e6,
  roundType: 'series_b',
  roundTypeDetail: 'Series B',
  valuation: null,
  leadInvestors: ['Keel Ventures'],
  otherInvestors: ['Tidewater Capital'],
  status: 'announced',
  conflict: null,
  announcedAt: SLOT - 7 * H,
  sources: ['harbor-a', 'harbor-c'].map((k) => ({
    articleId: byKey(k).id,
    title: byKey(k).title,
    url: byKey(k).url,
    outlet: byKey(k).outlet,
    evidence: '',
    amount: 40e6,
    currency: 'USD',
    valuation: null,
    seenAt: 0,
  })),
};
const talks: StoredRound = {
  ...harborRound,
  id: 2,
  company: 'Solace AI',
  companyKey: 'solace ai',
  amount: null,
  amountUsd: null,
  status: 'in_talks',
  valuation: 4e9,
  leadInvestors: [],
  otherInvestors: [],
  sources: [
    {
      articleId: byKey('solace-talks').id,
      title: '',
      url: null,
      outlet: '',
      evidence: '',
      amount: null,
      currency: null,
      valuation: 4e9,
      seenAt: 0,
    },
  ],
};
const invented: StoredRound = { ...harborRound, id: 3, company: 'Harbor Robotics', leadInvestors: ['Zenith Partners'] };

const input = {
  name: 'Test briefing',
  destination: dest,
  slot: { at: SLOT, label: '2026-11-21 15:00 UTC' },
  lastSlot: { at: SLOT - 18 * H, label: '2026-11-20 21:00 UTC' },
  nextSlot: { at: SLOT + 6 * H, label: '2026-11-21 21:00 UTC' },
  articles,
  rounds: [harborRound, talks],
  maxStories: 8,
  summarizer: extractiveSummarizer,
};

describe('digestId', () => {
  it('names a slot by its second, and keeps the milliseconds of an unscheduled digest', () => {
    const at = Date.UTC(2026, 11, 5, 19, 10, 6);
    expect(digestId(3, at)).toBe('dg-3-20261205T191006Z');
    expect(digestId(3, at + 250)).toBe('dg-3-20261205T191006250Z');
    expect(digestId(3, at + 250)).not.toBe(digestId(3, at + 900));
  });
});

describe('buildDigest', () => {
  it('tells each story once, with every outlet that reported it, best stories first', async () => {
    const d = await buildDigest(input);
    expect(d.id).toBe(digestId(7, SLOT));
    expect(d.counts).toEqual({ articles: articles.length, sources: new Set(articles.map((a) => a.outlet)).size, stories: 8 });
    const harbor = d.stories.find((s) => s.sources.some((x) => x.articleId === byKey('harbor-a').id))!;
    expect(harbor.sources.map((s) => s.outlet).sort()).toEqual(['Capital Wire', 'Dockside Daily', 'Freight Tech Review']);
    expect(d.stories[0]).toBe(harbor);
    const cited = d.stories.flatMap((s) => s.sources.map((x) => x.articleId));
    expect(new Set(cited).size).toBe(cited.length);
  });

  it('lists the stories past the cap under Also, each headline linked to its own article, and counts the rest', async () => {
    const all = await buildDigest({ ...input, maxStories: 50 });
    const d = await buildDigest({ ...input, maxStories: 2 });
    expect(d.stories.map((s) => s.headline)).toEqual(all.stories.slice(0, 2).map((s) => s.headline));
    const rest = all.stories.slice(2);
    expect(d.also!.items.map((a) => a.headline)).toEqual(rest.slice(0, 8).map((s) => s.headline));
    expect(d.also!.more).toBe(Math.max(0, rest.length - 8));
    for (const a of d.also!.items) {
      const source = articles.find((x) => x.canonicalUrl === a.url || x.url === a.url)!;
      expect(a.headline).toBe(source.title);
    }
    expect(all.also).toBeUndefined();
  });

  it('writes a short TL;DR and three to six takeaways, each copied from an article it cites', async () => {
    const d = await buildDigest(input);
    const texts = new Map(articles.map((a) => [a.id, `${a.title} ${a.text}`]));
    expect(d.tldr.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(3);
    expect(d.takeaways.length).toBeGreaterThanOrEqual(3);
    expect(d.takeaways.length).toBeLessThanOrEqual(6);
    for (const t of d.takeaways) {
      expect(t.sources.length).toBeGreaterThan(0);
      // Shown alone or after its headline ("headline — sentence"), cut at a clause ("…"): every word copied.
      const sentence = t.text.split(' — ').pop()!.replace(/…$/, '');
      expect(t.sources.some((s) => texts.get(s.articleId)!.includes(sentence))).toBe(true);
    }
    expect(new Set(d.takeaways.map((t) => t.text)).size).toBe(d.takeaways.length);
  });

  it('lists the window’s rounds and totals only announced amounts', async () => {
    const d = await buildDigest(input);
    expect(d.rounds.items.map((r) => [r.company, r.status])).toEqual([
      ['Harbor Robotics', 'announced'],
      ['Solace AI', 'in_talks'],
    ]);
    expect(d.rounds.totalUsd).toBe(40e6);
  });

  it('says the same count and total in the table header and the chart subtitle, talks apart', async () => {
    const d = await buildDigest(input);
    const header = roundsTotalLine(d);
    expect(header).toBe('1 round · total $40M · 1 in talks, not in the total');
    expect(chartSpec(d.rounds.items, 'Funding rounds')!.subtitle).toBe(header);
  });

  it('drops a round row the sources do not support, and says so', async () => {
    const events: UnfaithfulLine[] = [];
    const d = await buildDigest({ ...input, rounds: [invented], onUnfaithful: (e) => events.push(e) });
    expect(d.rounds.items).toEqual([]);
    expect(events).toEqual([expect.objectContaining({ kind: 'round', action: 'dropped', unsupported: ['Zenith Partners'] })]);
  });

  it('replaces a summary line that states what its source does not', async () => {
    const liar: Summarizer = {
      async summarize(inp) {
        const real = await extractiveSummarizer.summarize(inp);
        const [first, ...rest] = real.takeaways;
        return {
          ...real,
          takeaways: [{ ...first!, text: `${first!.text} It raised $99 million from Zenith Partners.` }, ...rest],
        };
      },
    };
    const events: UnfaithfulLine[] = [];
    const d = await buildDigest({ ...input, summarizer: liar, onUnfaithful: (e) => events.push(e) });
    const all = [d.tldr, ...d.takeaways.map((t) => t.text), ...d.stories.map((s) => s.summary)].join(' ');
    expect(all).not.toContain('Zenith');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.kind === 'takeaway' && e.action === 'replaced' && e.unsupported.includes('$99 million'))).toBe(
      true,
    );
  });

  it('carries the schedule status, topics and a reading time', async () => {
    const d = await buildDigest({ ...input, maxStories: 50 });
    expect(d.status.lastSlot?.label).toBe('2026-11-20 21:00 UTC');
    expect(d.status.nextSlot.label).toBe('2026-11-21 21:00 UTC');
    expect(d.footer.topics).toEqual(['chips', 'robotics']);
    expect(d.footer.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('says briefly that nothing is new', async () => {
    const d = await buildDigest({ ...input, articles: [], rounds: [] });
    expect(d).toMatchObject({ empty: true, stories: [], takeaways: [], counts: { articles: 0, sources: 0, stories: 0 } });
  });
});

describe('story sources', () => {
  it("links every article of a story, the headline's own first, and counts outlets as sources", () => {
    const [a, b] = [articles[0]!, { ...articles[1]!, outlet: articles[0]!.outlet, firstSeenAt: 0 }];
    const sources = storySources([a, b]);
    // Two headlines share as many words either way: the earlier-listed one leads and is linked first.
    expect(sources.map((s) => s.articleId)).toEqual([a.id, b.id]);
    const c = { ...articles[2]!, firstSeenAt: -1 };
    expect(storySources([a, b, c]).map((s) => s.articleId)).toEqual([
      headlineArticle([a, b, c]).id,
      ...[c, b, a].map((x) => x.id).filter((id) => id !== headlineArticle([a, b, c]).id),
    ]);
    expect(sources.every((s) => s.url?.startsWith('https://news.example/'))).toBe(true);
    expect(reportedBy(sources)).toBe('reported by 1 source');
    expect(reportedBy(storySources(articles.slice(0, 3)))).toBe('reported by 3 sources');
  });

  it('counts an aggregator’s item that links a report of the story as that report, under its publisher', () => {
    const report = {
      ...articles[0]!,
      id: 901,
      outlet: 'Harbour Wire',
      url: 'https://harbourwire.example/r/ferry',
      canonicalUrl: null,
    };
    const pointer = { ...report, id: 902, outlet: 'Linkpile', text: 'Points: 12', firstSeenAt: report.firstSeenAt + 1 };
    const other = { ...articles[1]!, id: 903 };
    const sources = storySources([pointer, report, other]);
    expect(sources.map((s) => s.outlet)).toEqual(['Harbour Wire', other.outlet]);
    expect(reportedBy(sources)).toBe('reported by 2 sources');
    // A site not named after its outlet: the one with the report's text.
    const press = { ...report, outlet: 'Department for Harbours', url: 'https://dh-press.example/n/1' };
    expect(storySources([{ ...pointer, url: press.url }, press]).map((s) => s.articleId)).toEqual([press.id]);
    // One outlet's same headline under a second address is one source.
    const again = { ...report, id: 905, url: 'https://harbourwire.example/r/ferry-2' };
    expect(storySources([report, again]).map((s) => s.articleId)).toHaveLength(1);
    // An alerts item named after the page's site, beside the site's own report: the report, with its text.
    const alert = { ...pointer, id: 904, outlet: 'Harbourwire' };
    expect(storySources([alert, report]).map((s) => s.articleId)).toEqual([report.id]);
    // … and so is one posted again with a newsroom's tag.
    const tagged = { ...again, id: 906, title: `${report.title} [UPDATED]`, url: 'https://harbourwire.example/r/ferry-3' };
    expect(storySources([report, tagged]).map((s) => s.articleId)).toHaveLength(1);
    // … and one whose headline is reworded by a word written two ways ("Cr" / "Crore").
    const first = { ...report, id: 907, title: 'Ferry maker raises Rs 30 Cr', url: 'https://harbourwire.example/r/a' };
    const reworded = { ...report, id: 908, title: 'Ferry maker raises Rs 30 Crore', url: 'https://harbourwire.example/r/b' };
    expect(storySources([first, reworded]).map((s) => s.articleId)).toEqual([first.id]);
  });

  it('lists a round’s reports one per page, as a story’s', async () => {
    const a = byKey('harbor-a');
    const source = (articleId: number, url: string | null, title = a.title) => ({
      ...harborRound.sources[0]!,
      articleId,
      url,
      title,
      outlet: a.outlet,
    });
    const round: StoredRound = {
      ...harborRound,
      sources: [
        source(a.id, a.url),
        source(a.id + 1000, a.url),
        source(a.id + 2000, `${a.url}-2`, `${a.title} [UPDATED]`),
        harborRound.sources[1]!,
      ],
    };
    const d = await buildDigest({ ...input, rounds: [round] });
    expect(d.rounds.items[0]!.sources.map((s) => s.articleId)).toEqual([a.id, harborRound.sources[1]!.articleId]);
  });

  it('drops a forum’s or an aggregator’s tag from a headline', () => {
    expect(cleanHeadline('[Poll] Should the ferry run all night?', 'Harbour forum')).toBe('Should the ferry run all night?');
    expect(cleanHeadline('Wave loads on moored ships [pdf]', 'Linkpile')).toBe('Wave loads on moored ships');
    expect(cleanHeadline('Harbour app raises $4m Series A [UPDATED]', 'Quay Daily')).toBe('Harbour app raises $4m Series A');
    expect(cleanHeadline('[Updated] Ferry fares rise', 'Harbour forum')).toBe('Ferry fares rise');
  });

  it('takes a report’s headline over a gallery’s or a live blog’s, even when theirs is the most typical', () => {
    const [a, b, c] = articles;
    const gallery = { ...a!, title: 'In pictures: Storm Vela floods the Elbe valley' };
    const live = { ...b!, title: 'Live: Storm Vela floods the Elbe valley – latest updates' };
    const report = { ...c!, title: 'Storm Vela floods villages as rivers rise' };
    expect(headlineArticle([gallery, live, report]).id).toBe(report.id);
    // When every report is one, the most typical still leads.
    expect(headlineArticle([gallery, live]).id).toBe(gallery.id);
  });
});
