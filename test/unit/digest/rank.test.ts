// Story ranking: importance (outlets, the event a headline reports, new names, topics) before
// recency; service posts fall behind. A story is lifted for its round only once the round is trusted: the headline of an
// article that reported it states the round, or two outlets reported it.
import { describe, expect, it } from 'vitest';
import { rankStories, seenHeadlines, storyScore, type StoryCandidate } from '../../../src/digest/compose/rank.js';
import { inSoftSection, isSoftPost, reportsPublicAction } from '../../../src/digest/compose/news-kind.js';
import { headlineReports, isTrusted } from '../../../src/rounds/trust.js';
import type { Article, StoredRound } from '../../../src/model.js';

const SLOT = Date.UTC(2026, 10, 21, 15);

function article(id: number, title: string, text: string, outlet: string): Article {
  return {
    id,
    canonicalUrl: null,
    url: null,
    title,
    text,
    author: null,
    publishedAt: SLOT - 3_600_000,
    firstSeenAt: SLOT - 3_600_000,
    categories: [],
    contentHash: String(id),
    digestEligible: true,
    outlet,
    topic: null,
  };
}

function round(company: string, amountUsd: number, sources: Article[]): StoredRound {
  return {
    id: sources[0]!.id,
    company,
    companyKey: company.toLowerCase(),
    amount: amountUsd,
    currency: 'USD',
    amountUsd,
    roundType: 'unknown',
    roundTypeDetail: null,
    valuation: null,
    leadInvestors: [],
    otherInvestors: [],
    status: 'announced',
    conflict: null,
    announcedAt: SLOT,
    sources: sources.map((a) => ({
      articleId: a.id,
      title: a.title,
      url: null,
      outlet: a.outlet,
      evidence: '',
      amount: amountUsd,
      currency: 'USD',
      valuation: null,
      seenAt: SLOT,
    })),
  };
}

const factory = article(
  1,
  'Corvex opens a chip plant in Ohio',
  'Corvex opened its plant on Monday. Its new partner Halberd invested $900 million in Corvex for the build-out.',
  'Plant Weekly',
);
const raise = article(2, 'Tendril raises $30 million for orchard robots', 'Tendril has raised $30 million.', 'Farm Tech');

describe('trusted rounds', () => {
  it('reads the headline alone for the round', () => {
    expect(headlineReports(raise.title, 'Tendril')).toBe(true);
    expect(headlineReports(factory.title, 'Corvex')).toBe(false);
  });

  it('trusts a round its headline states, or that two outlets reported', () => {
    const titles = new Map([factory, raise].map((a) => [a.id, a.title]));
    const titleOf = (id: number) => titles.get(id);
    expect(isTrusted(round('Tendril', 30e6, [raise]), titleOf)).toBe(true);
    expect(isTrusted(round('Corvex', 900e6, [factory]), titleOf)).toBe(false);
    const second = article(3, 'Chip news', 'Halberd put $900 million into Corvex.', 'Other Outlet');
    expect(isTrusted(round('Corvex', 900e6, [factory, second]), titleOf)).toBe(true);
  });

  it('lets only a trusted round lift its story', async () => {
    const mention: StoryCandidate = { articles: [factory], rounds: [round('Corvex', 900e6, [factory])] };
    const news: StoryCandidate = { articles: [raise], rounds: [round('Tendril', 30e6, [raise])] };
    const unlifted: StoryCandidate = { articles: [factory], rounds: [] };
    expect(storyScore(mention, SLOT, [])).toBe(storyScore(unlifted, SLOT, []));
    expect(storyScore(news, SLOT, [])).toBeGreaterThan(storyScore({ ...news, rounds: [] }, SLOT, []));
    expect(await rankStories([mention, news], SLOT, [])).toEqual([news, mention]);
  });
});

describe('importance, not recency', () => {
  const at = (a: Article, hoursAgo: number): Article => ({ ...a, publishedAt: SLOT - hoursAgo * 3_600_000 });
  const story = (...articles: Article[]): StoryCandidate => ({ articles, rounds: [] });
  const news = article(
    10,
    'Parliament votes to ban Quorvane exports',
    'Parliament banned exports by Quorvane on Monday.',
    'Daily Ledger',
  );
  const howTo = article(11, 'How to clean a laptop keyboard', 'Turn the laptop off first.', 'Gadget Desk');
  const deal = article(12, 'Deals: the Tessel 5 speaker is $40 off today', 'The Tessel 5 speaker is on sale.', 'Gadget Desk');

  it('puts a reported event above a newer how-to or deals post', async () => {
    expect(
      (await rankStories([story(at(howTo, 0)), story(at(deal, 0)), story(at(news, 20))], SLOT, [])).map(
        (s) => s.articles[0]!.id,
      )[0],
    ).toBe(10);
  });

  it('puts a labelled gallery or video behind a report, in English or German', async () => {
    const report = article(21, 'Stadtrat beschließt Haushalt', 'Der Stadtrat hat den Haushalt beschlossen.', 'Elbe Post');
    for (const title of [
      'Bilderstrecke: Der erste Schnee im Erzgebirge',
      'Photos: First snow on the ridge',
      'Watch: Crews reach the stranded ship',
    ]) {
      const gallery = article(22, title, '', 'Elbe Post');
      expect((await rankStories([story(at(gallery, 0)), story(at(report, 20))], SLOT, []))[0]!.articles[0]!.id).toBe(21);
    }
  });

  it("lifts a story two outlets report above one outlet's", async () => {
    const other = article(13, 'Quorvane exports banned after vote', 'Parliament banned Quorvane Mining exports.', 'Evening Post');
    const single = article(
      14,
      'Council fines Brenlow Water over leak',
      'Brenlow Water was fined by the council.',
      'Daily Ledger',
    );
    expect((await rankStories([story(single), story(news, other)], SLOT, []))[0]!.articles).toHaveLength(2);
  });

  it("counts names the destination's earlier digests already carried as not new", () => {
    const seen = seenHeadlines(['Quorvane Mining shares fall']);
    expect(storyScore(story(news), SLOT, [], seen)).toBeLessThan(storyScore(story(news), SLOT, []));
  });

  it("weighs the destination's first topic above its last", () => {
    const first = { ...news, topic: 'policy' };
    const last = { ...news, id: 15, topic: 'markets' };
    expect(storyScore(story(first), SLOT, ['policy', 'markets'])).toBeGreaterThan(
      storyScore(story(last), SLOT, ['policy', 'markets']),
    );
    expect(storyScore(story(last), SLOT, ['policy', 'markets'])).toBeGreaterThan(storyScore(story(last), SLOT, ['sport']));
  });

  it('reads a public authority acting (ban, sanction, order, approval) from the headline', () => {
    expect(reportsPublicAction('Velmar ministers ban Korsk timber imports')).toBe(true);
    expect(reportsPublicAction('EU to approve Dalmore rail merger')).toBe(true);
    expect(reportsPublicAction('Court orders Quillby to halt pump sales')).toBe(true);
    expect(reportsPublicAction('Brussels readies sanctions on Tarn shipping firms')).toBe(true);
    // "us" is not the US, a first name is not a lawsuit, and a product update acts on nobody.
    expect(reportsPublicAction('Tell us how the ban on scooters changed your commute')).toBe(false);
    expect(reportsPublicAction('Council hires Sue Harlow as head of parks')).toBe(false);
    expect(reportsPublicAction('Pathly maps app adds offline mode and new widgets')).toBe(false);
    expect(reportsPublicAction('How to vote by post if the council moved your polling station')).toBe(false);
  });

  it("puts one outlet's government ban above two outlets' product update", async () => {
    const ban = article(20, 'Velmar ministers ban Korsk timber imports', 'Velmar banned Korsk timber on Monday.', 'Daily Ledger');
    const update = (id: number, outlet: string) =>
      article(id, 'Pathly maps app adds offline mode and new widgets', 'Pathly added an offline mode.', outlet);
    const ranked = await rankStories([story(update(21, 'Gadget Desk'), update(22, 'Phone Weekly')), story(ban)], SLOT, []);
    expect(ranked[0]!.articles[0]!.id).toBe(20);
    // Two outlets reporting an event still lead one outlet's ban.
    const twice = story(news, article(13, 'Quorvane exports banned after vote', 'Parliament banned exports.', 'Evening Post'));
    expect((await rankStories([story(ban), twice], SLOT, []))[0]).toBe(twice);
  });
});

describe('soft sections', () => {
  it('puts a story an outlet files under a soft section behind one-outlet hard news, however many outlets carry it', async () => {
    const gossip = [
      article(11, 'Singer Mara Vell Shuts Down Engagement Rumors', 'She spoke on Monday.', 'Pop Desk'),
      article(12, 'Mara Vell Denies Engagement', 'The singer spoke on Monday.', 'Daily Wire Service'),
    ];
    gossip[0] = { ...gossip[0]!, categories: ['Celebrity'] };
    const policy = [
      article(13, 'Regulator fines Quayline $4 million over outages', 'The fine was set on Monday.', 'Harbor News'),
    ];
    const ranked = await rankStories(
      [
        { articles: gossip, rounds: [] },
        { articles: policy, rounds: [] },
      ],
      SLOT,
      [],
    );
    expect(ranked[0]!.articles[0]!.id).toBe(13);
    expect(inSoftSection({ categories: ['Life and style'] })).toBe(true);
    expect(inSoftSection({ categories: ['World news', 'Culture'] })).toBe(false);
  });
});

describe('listings', () => {
  it('puts an event’s or a webinar’s listing behind one outlet’s news', async () => {
    const listing = article(30, 'EVENT: Harbour Power Summit 2027 – Rotterdam, 9–10 March', 'Tickets cost €695.', 'Grid Weekly');
    const news = article(31, 'Port of Velmar closes after crane collapse', 'The port closed on Monday.', 'Harbor News');
    const ranked = await rankStories(
      [
        { articles: [listing], rounds: [] },
        { articles: [news], rounds: [] },
      ],
      SLOT,
      [],
    );
    expect(ranked[0]!.articles[0]!.id).toBe(31);
    expect(isSoftPost('Webinar: What lenders want to see')).toBe(true);
    expect(isSoftPost('Eventbrite rival raises $4M')).toBe(false);
  });
});
