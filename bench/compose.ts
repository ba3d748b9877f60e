// Composing a digest from 2,000 new articles, clustering included (goal: under 5 s here).
// Articles are generated: ~700 stories told by one to four outlets, with names and amounts in
// their leads, over generated body text. `npx tsx bench/compose.ts`
import { pathToFileURL } from 'node:url';
import { consoleDestination, type Article } from '../src/model.js';
import { buildDigest } from '../src/digest/build.js';
import { extractiveSummarizer } from '../src/digest/summarize/index.js';
import { generateArticle } from './summarize.js';

const SLOT = Date.UTC(2026, 10, 21, 15);
const H = 3_600_000;
const SYLLABLES = 'ka lo mi ne ra su ti vo ze bri dra fle gor lun mar pex quo stri tal ven'.split(' ');
const DEST = consoleDestination(1, 'bench');

function company(i: number): string {
  const a = SYLLABLES[i % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  const c = SYLLABLES[Math.floor(i / 400) % SYLLABLES.length]!;
  return `${a[0]!.toUpperCase()}${a.slice(1)}${b}${c} ${['Robotics', 'AI', 'Labs', 'Systems'][i % 4]}`;
}

export function generateArticles(count: number): Article[] {
  const out: Article[] = [];
  for (let story = 0; out.length < count; story++) {
    const name = company(story);
    const amount = 5 + ((story * 37) % 400);
    const investor = `${company(story + 5000).split(' ')[0]} Ventures`;
    const outlets = 1 + (story % 4);
    for (let o = 0; o < outlets && out.length < count; o++) {
      const body = generateArticle(story * 10 + o + 1, 400 + ((story * 13) % 600)).text;
      const lead = [
        `${name} has raised $${amount} million in a round led by ${investor}.`,
        `${investor} led a $${amount} million investment in ${name}, the company said.`,
        `${name}, a startup, closed $${amount}M from ${investor} and others.`,
        `The $${amount} million round for ${name} was led by ${investor}.`,
      ][o]!;
      const id = out.length + 1;
      out.push({
        id,
        canonicalUrl: `https://outlet${o}.example/${story}`,
        url: `https://outlet${o}.example/${story}`,
        title: `${name} raises $${amount}M ${['in new round', 'led by ' + investor, 'to grow', 'for expansion'][o]}`,
        text: `${lead} ${body}`,
        author: null,
        publishedAt: SLOT - ((story * 7) % 40) * H,
        firstSeenAt: SLOT - ((story * 7) % 40) * H,
        categories: [],
        contentHash: `${story}-${o}`,
        digestEligible: true,
        outlet: `Outlet ${o}`,
        topic: 'robotics',
      });
    }
  }
  return out;
}

export interface ComposeBench {
  articles: number;
  stories: number;
  /** Wall-clock and CPU milliseconds, medians of three runs. */
  ms: number;
  cpuMs: number;
}

export async function benchCompose(count = 2000): Promise<ComposeBench> {
  const articles = generateArticles(count);
  const runs: number[] = [];
  const cpu: number[] = [];
  let stories = 0;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const d = await buildDigest({
      name: 'Bench',
      destination: DEST,
      slot: { at: SLOT, label: 'slot' },
      lastSlot: null,
      nextSlot: { at: SLOT + 6 * H, label: 'next' },
      articles,
      rounds: [],
      maxStories: 12,
      summarizer: extractiveSummarizer,
    });
    runs.push(performance.now() - started);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
    stories = d.counts.stories;
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  return { articles: count, stories, ms: median(runs), cpuMs: median(cpu) };
}

export function formatComposeBench(b: ComposeBench): string {
  return `compose: ${b.articles} articles → digest of ${b.stories} stories in ${(b.ms / 1000).toFixed(2)} s wall, ${(b.cpuMs / 1000).toFixed(2)} s CPU (median of 3; goal < 5 s)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatComposeBench(await benchCompose())}\n`);
}
