import { describe, expect, it } from 'vitest';
import { outletsAfterTitles, splitTitle } from '../../../src/sources/outlet-after-title.js';
import { readFeed } from '../../../src/sources/read-feed.js';

const rss = (titles: string[]) =>
  new TextEncoder().encode(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Aggregated news - Startups</title><link>https://news.example/</link>` +
      titles
        .map(
          (t, i) =>
            `<item><title>${t}</title><link>https://news.example/a/${i}</link><pubDate>Mon, 09 Mar 2026 10:0${i}:00 GMT</pubDate><description>Report ${i}.</description></item>`,
        )
        .join('') +
      `</channel></rss>`,
  );

const read = (titles: string[]) =>
  readFeed({
    body: rss(titles),
    url: 'https://news.example/rss',
    maxItems: 50,
    feed: { id: 1, url: 'https://news.example/rss', title: null, topic: null, primedAt: 0, backfillSince: null, lastItems: [] },
    now: Date.UTC(2026, 2, 10),
  }).articles.map((a) => [a.title, a.outlet]);

describe('outlets written after headlines', () => {
  it('reads an aggregator’s items as the reports of the outlets they name, under their headlines alone', () => {
    expect(
      read([
        'Quillmere raises $18M Series A - The Ledger Wire',
        'Quillmere lands $18 million to audit freight bills - harbourpost.example',
        'Brussels readies ban on salmon imports - Capitol Daily',
        'Rate decision due on Thursday - Morning Ledger',
      ]),
    ).toEqual([
      ['Quillmere raises $18M Series A', 'The Ledger Wire'],
      ['Quillmere lands $18 million to audit freight bills', 'harbourpost.example'],
      ['Brussels readies ban on salmon imports', 'Capitol Daily'],
      ['Rate decision due on Thursday', 'Morning Ledger'],
    ]);
  });

  it('drops a site’s own name after every headline and keeps the feed’s outlet', () => {
    const rows = read([
      'First post | Harbour Notes',
      'Second post | Harbour Notes',
      'Third | Harbour Notes',
      'Fourth | Harbour Notes',
    ]);
    expect(rows.map(([title]) => title)).toEqual(['First post', 'Second post', 'Third', 'Fourth']);
    expect(new Set(rows.map(([, outlet]) => outlet)).size).toBe(1);
  });

  it('leaves headlines alone when only some end in a dash and words (most feeds)', () => {
    const titles = [
      'Acme raises $5M - and hires',
      'Weekly notes',
      'Rates rise again',
      'Ferry timetable changes on Monday',
      'Q&A - Part 2',
    ];
    expect(outletsAfterTitles(titles)).toBeNull();
    expect(read(titles).map(([title]) => title)).toEqual(titles);
  });

  it('needs a few items to tell, and never takes a whole title as the outlet', () => {
    expect(outletsAfterTitles(['A - B', 'C - D'])).toBeNull();
    expect(splitTitle('- The Ledger', 'aggregator')).toEqual({ title: '- The Ledger', outlet: null });
  });
});
