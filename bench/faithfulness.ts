// Cost of the faithfulness gate for one digest line: a story of 3 generated articles of 500–1500
// words as sources, each of its sentences as a line; "cold" gives sources never seen before
// (spaces appended), "warm" the same sources line after line, as a story's lines are checked.
// Median of 5 rounds. `npx tsx bench/faithfulness.ts`
import { pathToFileURL } from 'node:url';
import { checkFaithful } from '../src/digest/faithfulness/check.js';
import { splitSentences } from '../src/text/sentences.js';
import { generateArticle } from './summarize.js';

const ROUNDS = 5;
const STORIES = 20;

export interface FaithfulnessBench {
  lines: number;
  coldMsPerLine: number;
  warmMsPerLine: number;
}

function story(i: number): { sources: string[]; lines: string[] } {
  const sources = [0, 1, 2].map((k) => generateArticle(i * 3 + k + 1, 500 + (((i * 3 + k) * 37) % 1001)).text);
  return { sources, lines: sources.flatMap((s) => splitSentences(s).map((x) => x.text)) };
}

function msPerLine(stories: ReturnType<typeof story>[], cold: boolean): number {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let lines = 0;
    const started = performance.now();
    for (const { sources, lines: ls } of stories) {
      for (const line of ls) {
        checkFaithful(line, cold ? sources.map((s) => s + ' '.repeat(lines % 64)) : sources);
        lines++;
      }
    }
    times.push((performance.now() - started) / lines);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

export function benchFaithfulness(): FaithfulnessBench {
  const stories = Array.from({ length: STORIES }, (_, i) => story(i));
  const cold = stories.slice(0, 4);
  msPerLine(stories.slice(0, 2), false); // warm-up
  return {
    lines: stories.reduce((n, s) => n + s.lines.length, 0),
    coldMsPerLine: msPerLine(cold, true),
    warmMsPerLine: msPerLine(stories, false),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchFaithfulness();
  process.stdout.write(
    `faithfulness: ${r.warmMsPerLine.toFixed(3)} ms/line against a story's sources read once, ${r.coldMsPerLine.toFixed(2)} ms/line reading them anew (3 generated articles of 500-1500 words per story; median of ${ROUNDS} rounds)\n`,
  );
}
