// Milliseconds per article for the extractive summarizer, on generated 500–1500-word news
// articles and (when ../shared is beside the repo) on the summaries corpus. Median of 5 rounds.
// `npx tsx bench/summarize.ts`
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarizeExtractive, type SummaryArticle } from '../src/digest/summarize/index.js';
import { wordCount } from '../src/text/tokens.js';
import { corpusDir } from '../eval/corpus.js';

const ROUNDS = 5;
const GENERATED = 200;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS =
  'the of and to in a that for on is was with as by at from has it its said will be have an are were after'.split(' ');
const NAMES = ['Acme Robotics', 'Lumora', 'Northwind Capital', 'Priya Nair', 'Harbor Bank', 'Jo Lee', 'the U.S.', 'Dr. Ada Park'];
const OPENERS = ['', '', '', '', '', 'However, ', 'He added that ', 'It ', '"We are pleased," said Jo Lee, and '];
const SYLLABLES = 'ba ce di fo gu ha ke li mo nu pa re si to vu wa ye zo tra ple gri sto mer lin dor vas'.split(' ');

/** A content vocabulary of pseudo-words, drawn with Zipf frequencies as in real text. */
function vocabulary(next: () => number, size: number): () => string {
  const words = Array.from({ length: size }, (_, i) => {
    let w = '';
    for (let k = 0, n = 2 + (i % 3); k < n; k++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    return w;
  });
  const harmonic = words.reduce((s, _, r) => s + 1 / (r + 1), 0);
  return () => {
    let u = next() * harmonic;
    for (let r = 0; r < words.length; r++) if ((u -= 1 / (r + 1)) <= 0) return words[r]!;
    return words.at(-1)!;
  };
}

/** A news-like article: sentences of 12–35 words with names, amounts, quotes and a few dangling openers. */
export function generateArticle(seed: number, words: number): SummaryArticle {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const content = vocabulary(next, 3000);
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 12 + Math.floor(next() * 24);
    const body: string[] = [];
    for (let k = 0; k < length; k++) body.push(next() < 0.45 ? pick(FUNCTION_WORDS) : content());
    if (next() < 0.5) body.splice(Math.floor(next() * length), 0, pick(NAMES));
    if (next() < 0.3) body.splice(Math.floor(next() * length), 0, `$${(1 + next() * 99).toFixed(1)} million`);
    const s = `${pick(OPENERS)}${body.join(' ')}.`;
    sentences.push(s.charAt(0).toUpperCase() + s.slice(1));
    count += wordCount(s);
  }
  return {
    id: `gen-${seed}`,
    title: `${pick(NAMES)} ${content()} ${content()}`,
    text: sentences.join(next() < 0.3 ? '\n\n' : ' '),
  };
}

function corpusArticles(): SummaryArticle[] {
  const file = join(corpusDir(), 'summaries', 'summaries.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; article: string })
    .map((r) => ({ id: r.id, text: r.article }));
}

/** Wall-clock and CPU milliseconds per article, each the median of the rounds. */
function msPerArticle(articles: SummaryArticle[]): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    for (const a of articles) summarizeExtractive({ articles: [a] });
    const used = process.cpuUsage(usage);
    wall.push((performance.now() - started) / articles.length);
    cpu.push((used.user + used.system) / 1000 / articles.length);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
  return { wall: median(wall), cpu: median(cpu) };
}

export interface SummarizeBench {
  set: string;
  articles: number;
  medianWords: number;
  msPerArticle: number;
  cpuMsPerArticle: number;
}

export async function benchSummarize(): Promise<SummarizeBench[]> {
  const sets: [string, SummaryArticle[]][] = [
    ['generated 500-1500 words', Array.from({ length: GENERATED }, (_, i) => generateArticle(i + 1, 500 + ((i * 37) % 1001)))],
    ['summaries corpus', corpusArticles()],
  ];
  const out: SummarizeBench[] = [];
  for (const [set, articles] of sets) {
    if (articles.length === 0) continue;
    msPerArticle(articles.slice(0, 20)); // warm-up: JIT and the stem cache
    const words = articles.map((a) => wordCount(a.text)).sort((a, b) => a - b);
    const { wall, cpu } = msPerArticle(articles);
    out.push({
      set,
      articles: articles.length,
      medianWords: words[Math.floor(words.length / 2)]!,
      msPerArticle: wall,
      cpuMsPerArticle: cpu,
    });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchSummarize())
    process.stdout.write(
      `summarize: ${r.msPerArticle.toFixed(2)} ms/article wall, ${r.cpuMsPerArticle.toFixed(2)} ms CPU (${r.set}, ${r.articles} articles, median ${r.medianWords} words, median of ${ROUNDS} rounds; budget 5 ms)\n`,
    );
}
