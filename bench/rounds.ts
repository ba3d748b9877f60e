// Milliseconds per article for funding-round extraction (budget: ≤ 3 ms; summarizing and
// extraction together ≤ 10 ms). Articles are generated here: headlines, RSS items and long posts.
// Run alone with `npx tsx bench/rounds.ts`; `benchRounds()` returns the numbers for `npm run bench`.
import { pathToFileURL } from 'node:url';
import { extractRounds } from '../src/rounds/extract.js';

export interface RoundsBench {
  articles: number;
  repeats: number;
  msPerArticle: { median: number; min: number; max: number };
  byKind: Record<string, number>;
}

const COMPANIES = [
  'Kestrel Aerospace',
  'Norrland Robotics',
  'Tidepool',
  'Quark Systems',
  'Helio Labs',
  'Brightwave',
  'Loopline',
  'Ferrous AI',
];
const FIRMS = ['Northwind Partners', 'Dune Capital', 'Oakline Ventures', 'Basis Set', 'Granite Partners', 'Juniper Capital'];
const FILLER =
  'The company builds software that helps factories plan maintenance, and it says demand grew quickly this year as customers moved workloads to the cloud. ' +
  'Its chief executive said the team will hire engineers in three countries and expand its sales staff, while keeping costs under control. ' +
  'Analysts said the market for such tools is crowded, with several rivals offering similar products at lower prices. ';

function article(i: number, kind: 'headline' | 'item' | 'long'): string {
  const c = COMPANIES[i % COMPANIES.length]!;
  const f = FIRMS[i % FIRMS.length]!;
  const g = FIRMS[(i + 1) % FIRMS.length]!;
  const amount = 5 + (i % 90);
  const headline = `${c} raises $${amount}M Series ${'ABCD'[i % 4]} led by ${f}`;
  if (kind === 'headline') return headline;
  const lead = `${c}, a startup founded in 2021, said on Tuesday it has raised $${amount} million in a round led by ${f}, with participation from ${g} and two angels, at a valuation of $${amount * 8} million.`;
  if (kind === 'item') return `${headline}\n\n${lead}`;
  return `# ${headline}\n\n${lead}\n\n${FILLER.repeat(8)}\n\nThe company previously raised $4 million from ${g} in 2022.\n\n${FILLER.repeat(8)}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchRounds(opts: { articles?: number; repeats?: number } = {}): Promise<RoundsBench> {
  const n = opts.articles ?? 300;
  const repeats = opts.repeats ?? 7;
  const kinds = ['headline', 'item', 'long'] as const;
  const texts = Array.from({ length: n }, (_, i) => ({ kind: kinds[i % 3]!, text: article(i, kinds[i % 3]!) }));
  const published = Date.UTC(2026, 5, 10);
  for (const t of texts.slice(0, 30)) extractRounds(t.text, { published }); // warm-up
  const runs: number[] = [];
  const perKind: Record<string, number[]> = { headline: [], item: [], long: [] };
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    for (const t of texts) {
      const s = performance.now();
      extractRounds(t.text, { published });
      perKind[t.kind]!.push(performance.now() - s);
    }
    runs.push((performance.now() - started) / n);
  }
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    articles: n,
    repeats,
    msPerArticle: { median: round3(median(runs)), min: round3(Math.min(...runs)), max: round3(Math.max(...runs)) },
    byKind: Object.fromEntries(Object.entries(perKind).map(([k, v]) => [k, round3(median(v))])),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchRounds();
  process.stdout.write(
    `rounds extraction: ${r.msPerArticle.median} ms/article median over ${r.repeats} runs of ${r.articles} articles (min ${r.msPerArticle.min}, max ${r.msPerArticle.max}); ` +
      `median per article: ${Object.entries(r.byKind)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', ')}\n`,
  );
}
