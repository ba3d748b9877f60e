// Clustering kinds the blind feeds' event keys showed apart (eval/cluster-blind.ts): one figure in
// two currencies, a developing event's figures, a name with and without accents or a hyphen, a
// company named in full and by its first word, a teaser without the figures, names only a
// sentence-case headline gives; and what stays apart: two rounds, a cartoon and its story.
import { describe, expect, it } from 'vitest';
import { clusterStories, type ClusterArticle } from '../../../src/digest/cluster/cluster.js';
import { STORY_FIXTURES } from '../../fixtures/stories.js';

const NOW = Date.UTC(2026, 11, 3, 12);
const a = (id: number, title: string, text: string, outlet: string): ClusterArticle => ({
  id,
  title,
  text,
  at: NOW - id * 60_000,
  canonicalUrl: null,
  contentHash: `d${id}`,
  outlet,
});
// Other news in the batch, so that the words two reports share are rare, as in a real window.
const others = STORY_FIXTURES.map((f, i) => a(1000 + i, f.title, f.text, `fixture ${i % 5}`));
const together = async (x: ClusterArticle, y: ClusterArticle) =>
  (await clusterStories([x, y, ...others])).some((g) => g.includes(x.id) && g.includes(y.id));

describe('one story told by several outlets as it develops', () => {
  it('reads one round in two currencies as one figure, and two rounds of one company apart', async () => {
    const sgd = a(
      1,
      'Merlion Arc writes S$19.4m cheque for Lagos-based Tolupay',
      'Merlion Arc Ventures led the Series A in Tolupay, which runs in-game payments across Nigeria and Ghana.',
      'Straits Deal Desk',
    );
    const usd = a(
      2,
      'Tolupay raises $14.5M Series A to power in-game payments',
      'Tolupay, the Lagos in-game payments startup, said Merlion Arc Ventures led the round.',
      'Lagos Tech Wire',
    );
    expect(await together(sgd, usd)).toBe(true);
    const later = a(
      3,
      'Tolupay raises $40M Series B to power in-game payments',
      'A year on, the company has signed 40 game studios; Kestrel Growth led the new financing, chief executive Ada Okafor said.',
      'Lagos Tech Wire 2',
    );
    expect(await together(usd, later)).toBe(false);
  });

  it('reads a loss estimate that grows as one event, and a name written with and without accents as one', async () => {
    const first = a(
      1,
      'Crypto exchange Zaffra halts withdrawals after hack; losses top $200 million',
      'Zaffra, a Dubai crypto exchange, froze withdrawals after attackers drained a hot wallet, chief executive Yousef Haddadin said.',
      'Gulf Markets Daily',
    );
    const later = a(
      2,
      'Zaffra raises loss estimate to $231 million after hack',
      'Zaffra said the hack of its hot wallet cost more than first thought; Yousef Haddadin promised to repay customers.',
      'Hashmark',
    );
    expect(await together(first, later)).toBe(true);
    const accents = a(
      3,
      'Ferry runs aground off Værøy; two dead',
      'A ferry carrying 140 people ran aground off Værøy in Nordland on Tuesday night, the Hålogaland police said.',
      'Nordic Public Radio',
    );
    const plain = a(
      4,
      'Two dead after ferry runs aground near Vaeroy',
      'A ferry ran aground near Vaeroy in northern Norway late on Tuesday, police in Halogaland said; 138 people were rescued.',
      'Liffey Courier',
    );
    expect(await together(accents, plain)).toBe(true);
  });

  it('keeps an editorial cartoon apart from the reports of its story', async () => {
    const report = a(
      1,
      'Channel 4 sale leaves buyers in a quandary',
      'Ministers want to sell Channel 4; bidders say the price is too high, Lucy Frazer said.',
      'Business Daily',
    );
    const cartoon = a(
      2,
      'Ben Jennings on the sale of Channel 4 – cartoon',
      'Ministers want to sell Channel 4, and Lucy Frazer is not sure why.',
      'The Guardian',
    );
    expect(await together(report, cartoon)).toBe(false);
  });
});
