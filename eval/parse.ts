// Parse conformance: `npx tsx eval/parse.ts [--failures]`. Scores our parser and the rss-parser
// baseline with the same checks on ../shared/corpus/feeds (see eval/parse/*.ts for how each
// check kind is read, and which are out of our model's scope).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/sources/parse/charset.js';
import { parseFeedSync } from '../src/sources/parse/index.js';
import { corpusDir } from './corpus.js';
import { parseWithRssParser } from './parse/baseline.js';
import { loadCases } from './parse/cases.js';
import { scoreParser, type ParseFn, type Score } from './parse/score.js';

export const feedsCorpusDir = (): string => join(corpusDir(), 'feeds');

const unzip = (b: Uint8Array) => (b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b);

export const ours: ParseFn = async (bytes, options) => ({
  feed: parseFeedSync(bytes, options),
  encoding: decodeBytes(unzip(bytes), options.contentType).encoding,
});

export const rssParser: ParseFn = async (bytes) => ({ feed: await parseWithRssParser(bytes), encoding: 'utf-8' });

export interface ParseEvalResult {
  files: number;
  applicableFiles: number;
  notApplicableFiles: number;
  checks: { applicable: number; notApplicable: number };
  ours: Score;
  rssParser: Score;
}

export async function evaluateParse(feedsDir = feedsCorpusDir()): Promise<ParseEvalResult> {
  const cases = loadCases(feedsDir);
  const all = cases.flatMap((c) => c.checks);
  const [a, b] = [await scoreParser(cases, ours), await scoreParser(cases, rssParser)];
  return {
    files: cases.length,
    applicableFiles: a.applicable,
    notApplicableFiles: cases.length - a.applicable,
    checks: { applicable: all.filter((k) => k.applies).length, notApplicable: all.filter((k) => !k.applies).length },
    ours: a,
    rssParser: b,
  };
}

const pct = (s: Score) => `${(s.rate * 100).toFixed(1)}% (${s.passed}/${s.applicable})`;

export function report(r: ParseEvalResult, showFailures = false): string {
  const lines = [
    `parse conformance on ${r.files} files: ${r.applicableFiles} with applicable checks, ${r.notApplicableFiles} with only out-of-scope checks (not scored)`,
    `checks: ${r.checks.applicable} applicable, ${r.checks.notApplicable} not applicable (fields outside our model, e.g. bozo, *_detail, rights)`,
    `                 ours                  rss-parser`,
    `pass rate        ${pct(r.ours).padEnd(22)}${pct(r.rssParser)}`,
    `unexpected errors ${String(r.ours.unexpectedErrors.length).padEnd(21)}${r.rssParser.unexpectedErrors.length}`,
    `missed errors    ${String(r.ours.missedErrors.length).padEnd(22)}${r.rssParser.missedErrors.length}`,
    `real-world parse ${`${r.ours.realWorld.parsed}/${r.ours.realWorld.total}`.padEnd(22)}${r.rssParser.realWorld.parsed}/${r.rssParser.realWorld.total}`,
    `every real-world capture parses (ours): ${r.ours.realWorld.parsed === r.ours.realWorld.total ? 'yes' : 'no'}`,
  ];
  if (showFailures) {
    for (const f of r.ours.files.filter((x) => x.applicable && !x.passed)) lines.push(`FAIL ${f.file}: ${f.failures.join('; ')}`);
    for (const e of r.ours.unexpectedErrors) lines.push(`ERROR ${e}`);
  }
  return lines.join('\n');
}

export async function main(): Promise<ParseEvalResult | null> {
  const dir = feedsCorpusDir();
  if (!existsSync(join(dir, 'manifest.json'))) {
    process.stdout.write(`parse eval skipped: no corpus at ${dir}\n`);
    return null;
  }
  const result = await evaluateParse(dir);
  process.stdout.write(`${report(result, process.argv.includes('--failures'))}\n`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
