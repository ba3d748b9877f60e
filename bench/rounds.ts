// Milliseconds per article for funding-round extraction (budget: ≤ 10 ms per article). Two sets:
// articles generated here (headlines, feed items, long posts), and the real texts of the funding
// corpus (../shared/corpus/funding, when present: headlines to long scraped pages). Each set is
// timed over several alternating runs; per run the mean CPU time per article, and per article its
// fastest run (its own cost without a garbage collection or a busy neighbour): the median and the
// slowest article by that measure.
// Run alone with `npx tsx bench/rounds.ts`; `benchRounds()` returns the numbers for `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePublished } from '../src/text/dates.js';
import { extractRounds } from '../src/rounds/extract.js';
import { corpusDir } from '../eval/corpus.js';

interface Article {
  text: string;
  published: number | null;
}

export interface SetTiming {
  articles: number;
  /** Mean CPU ms per article in each run: min / median / max over the runs. */
  meanMs: { min: number; median: number; max: number };
  /** Each article's fastest run: the median article and the slowest article. */
  medianMs: number;
  slowestMs: number;
}

export interface RoundsBench {
  repeats: number;
  generated: SetTiming;
  corpus: SetTiming | null;
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

function generated(i: number): string {
  const kind = i % 3;
  const c = COMPANIES[i % COMPANIES.length]!;
  const f = FIRMS[i % FIRMS.length]!;
  const g = FIRMS[(i + 1) % FIRMS.length]!;
  const amount = 5 + (i % 90);
  const headline = `${c} raises $${amount}M Series ${'ABCD'[i % 4]} led by ${f}`;
  if (kind === 0) return headline;
  const lead = `${c}, a startup founded in 2021, said on Tuesday it has raised $${amount} million in a round led by ${f}, with participation from ${g} and two angels, at a valuation of $${amount * 8} million.`;
  if (kind === 1) return `${headline}\n\n${lead}`;
  return `# ${headline}\n\n${lead}\n\n${FILLER.repeat(8)}\n\nThe company previously raised $4 million from ${g} in 2022.\n\n${FILLER.repeat(8)}`;
}

function corpusArticles(): Article[] | null {
  const file = join(corpusDir(), 'funding/funding.jsonl');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const item = JSON.parse(l) as { text: string; published: string | null };
      return { text: item.text, published: parsePublished(item.published) };
    });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
/** CPU time of the process in milliseconds (user + system). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One run over the set; `fastest[i]` keeps article i's fastest time so far. */
function runOnce(articles: Article[], fastest: number[]): number {
  const started = cpuMs();
  articles.forEach((a, i) => {
    const s = performance.now();
    extractRounds(a.text, { published: a.published });
    fastest[i] = Math.min(fastest[i] ?? Infinity, performance.now() - s);
  });
  return (cpuMs() - started) / articles.length;
}

function summarize(articles: Article[], means: number[], fastest: number[]): SetTiming {
  return {
    articles: articles.length,
    meanMs: { min: round3(Math.min(...means)), median: round3(median(means)), max: round3(Math.max(...means)) },
    medianMs: round3(median(fastest)),
    slowestMs: round3(Math.max(...fastest)),
  };
}

export async function benchRounds(opts: { articles?: number; repeats?: number } = {}): Promise<RoundsBench> {
  const repeats = opts.repeats ?? 7;
  const published = Date.UTC(2026, 5, 10);
  const made: Article[] = Array.from({ length: opts.articles ?? 300 }, (_, i) => ({ text: generated(i), published }));
  const real = corpusArticles();
  for (const a of [...made.slice(0, 30), ...(real ?? [])]) extractRounds(a.text, { published: a.published }); // warm-up
  const sets = [{ articles: made, means: [] as number[], each: [] as number[] }];
  if (real) sets.push({ articles: real, means: [], each: [] });
  for (let r = 0; r < repeats; r++) for (const set of sets) set.means.push(runOnce(set.articles, set.each));
  return {
    repeats,
    generated: summarize(sets[0]!.articles, sets[0]!.means, sets[0]!.each),
    corpus: sets[1] ? summarize(sets[1].articles, sets[1].means, sets[1].each) : null,
  };
}

const line = (name: string, t: SetTiming) =>
  `${name} (${t.articles} articles): mean CPU ms/article per run ${t.meanMs.min} / ${t.meanMs.median} / ${t.meanMs.max} (min / median / max); ` +
  `per article (its fastest run) median ${t.medianMs} ms, slowest ${t.slowestMs} ms`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchRounds();
  process.stdout.write(
    `rounds extraction over ${r.repeats} runs (budget ≤ 10 ms per article)\n${line('generated', r.generated)}\n`,
  );
  process.stdout.write(r.corpus ? `${line('funding corpus', r.corpus)}\n` : 'funding corpus not found: skipped\n');
}
