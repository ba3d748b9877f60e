// Seeding for the growth benches: generated articles stored through the poller's own insert path
// (`insertArticlesIfNew`: articles, feed items and, by trigger or index, the search index) and one
// funding round for every tenth article through `saveRounds` (the round reader's path: aliases,
// trigram index, merging with an earlier report), many thousand articles per transaction.
// Article `i` is first seen at `T0 + i · DAY / perDay`, so "now" and the window follow the count.
import { insertArticlesIfNew } from '../src/store/article-batch.js';
import type { NewArticle } from '../src/store/articles.js';
import { markRoundsRead } from '../src/store/articles.js';
import { insertFeed } from '../src/store/feeds.js';
import type { Store } from '../src/store/store.js';
import { saveRounds } from '../src/rounds/save.js';
import { DAY } from '../src/time.js';
import { rng } from './rng.js';

export const T0 = Date.UTC(2026, 0, 1);
const FEEDS = 500;
const BATCH = 5_000;

const SYLLABLES = 'ka lo mi ra tek vo zen qu ix ar bel cor dyn el fa gor hel ion jun kry lum nov or pax sil tum'.split(' ');
const SUFFIX = ['Robotics', 'AI', 'Labs', 'Systems', 'Dynamics', 'Motion', 'Automation', 'Machines'];
const FIRMS = ['Harbor Peak', 'North Pier', 'Gull Capital', 'Oakline Ventures', 'Dune Capital', 'Basis Set'];

function word(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  let w = '';
  for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
  return w;
}

/** 4,000 generated words; articles pick them skewed towards the first (a few words are everywhere). */
const VOCABULARY = (() => {
  const r = rng(3);
  return Array.from({ length: 4_000 }, () => word(r));
})();

/**
 * Words the query benchmark uses: common ones (the two most frequent generated words, in nearly
 * every article, and `market` and `robot`, in about 10 %) and rare ones (about 50 per million).
 */
export const COMMON_WORDS = [VOCABULARY[0]!, VOCABULARY[1]!, 'market', 'robot'];
export const RARE_WORDS = Array.from({ length: 20 }, (_, k) => `quillon${'abcdefghijklmnopqrst'[k]}`);
const INSERTED = ['market', 'robot', 'factory'];

export function companyName(k: number): string {
  const r = rng(k + 101);
  let stem = word(r) + word(r);
  for (let d = 0, x = k; d < 4; d++, x = Math.floor(x / 20)) stem += 'abcdefghijklmnoprstu'[x % 20];
  return `${stem[0]!.toUpperCase()}${stem.slice(1)} ${SUFFIX[k % SUFFIX.length]}`;
}

/** The company the round of article `i` (a multiple of 10) names: two articles in a row report each. */
const companyOf = (i: number) => Math.floor(i / 20);

export function seenAt(i: number, perDay: number): number {
  return T0 + Math.floor((i * DAY) / perDay);
}

function articleText(i: number): { title: string; text: string; lead: string | null } {
  const r = rng(i * 7 + 1);
  const words: string[] = [];
  const n = 110 + Math.floor(r() * 60);
  for (let k = 0; k < n; k++) words.push(VOCABULARY[Math.floor(VOCABULARY.length * r() ** 3)]!);
  if (r() < 0.3) words.splice(Math.floor(r() * n), 0, INSERTED[i % INSERTED.length]!);
  if (i % 1_000 === 7) words.splice(Math.floor(r() * n), 0, RARE_WORDS[Math.floor(i / 1_000) % RARE_WORDS.length]!);
  const sentences: string[] = [];
  for (let at = 0; at < words.length; at += 12) {
    const s = words.slice(at, at + 12).join(' ');
    sentences.push(`${s[0]!.toUpperCase()}${s.slice(1)}.`);
  }
  const title = `${words.slice(0, 6).join(' ')} ${i}`;
  if (i % 10 !== 0) return { title, text: sentences.join(' '), lead: null };
  const k = companyOf(i);
  const lead = `${companyName(k)} has raised $${5 + (k % 300)} million in a round led by ${FIRMS[k % FIRMS.length]}.`;
  return { title: `${companyName(k)} raises money ${i}`, text: `${lead} ${sentences.join(' ')}`, lead };
}

function newArticle(i: number, perDay: number): NewArticle & { lead: string | null } {
  const feedId = 1 + (i % FEEDS);
  const { title, text, lead } = articleText(i);
  const now = seenAt(i, perDay);
  return {
    feedId,
    itemKey: `item-${i}`,
    canonicalUrl: `https://o${feedId}.bench.example/a/${i}`,
    url: `https://o${feedId}.bench.example/a/${i}`,
    title,
    text,
    author: null,
    publishedAt: now - 600_000,
    categories: [],
    contentHash: `h${i}`,
    digestEligible: true,
    outlet: `Outlet ${feedId % 60}`,
    topic: null,
    lang: 'en',
    now,
    lead,
  };
}

/** The feeds every article belongs to (once per store). */
export async function seedFeeds(store: Store): Promise<void> {
  await store.transaction(async (trx) => {
    for (let f = 0; f < FEEDS; f++) await insertFeed(trx, { url: `https://o${f + 1}.bench.example/feed`, now: T0 });
  });
}

/** Stores articles `from` … `to - 1` (and their rounds) in transactions of BATCH articles. */
export async function seedArticles(store: Store, from: number, to: number, perDay: number): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    const list = Array.from({ length: Math.min(BATCH, to - start) }, (_, n) => newArticle(start + n, perDay));
    await store.transaction(async (trx) => {
      const results = await insertArticlesIfNew(trx, list);
      for (const [n, a] of list.entries()) {
        if (a.lead === null || !results[n]!.isNew) continue;
        const k = companyOf(start + n);
        const amount = (5 + (k % 300)) * 1e6;
        await saveRounds(trx, {
          articleId: results[n]!.articleId,
          reportedAt: a.publishedAt!,
          now: a.now,
          rounds: [
            {
              company: companyName(k),
              amount,
              currency: 'USD',
              amountUsd: amount,
              roundType: 'series_a',
              roundTypeDetail: null,
              valuation: null,
              leadInvestors: [FIRMS[k % FIRMS.length]!],
              otherInvestors: [],
              status: 'announced',
              evidence: a.lead,
            },
          ],
        });
      }
      await markRoundsRead(
        trx,
        results.map((r) => r.articleId),
        list.at(-1)!.now,
      );
    });
  }
}
