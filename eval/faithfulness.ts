// The faithfulness gate on the corpus (summaries/ and funding/ articles): every sentence must
// pass against its own article (copied text is faithful by construction); sentences with one
// figure changed or one name swapped for a name from another article must fail; sentences
// whose figures are only rewritten ("$40 million" → "$40M", "75 percent" → "75%") must pass.
// `npx tsx eval/faithfulness.ts`; `main()` returns the numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFaithful } from '../src/digest/faithfulness/check.js';
import { lineNames } from '../src/digest/faithfulness/names.js';
import { splitSentences } from '../src/text/sentences.js';
import { corpusDir } from './corpus.js';

interface Rate {
  cases: number;
  hits: number;
  share: number;
}

export interface FaithfulnessEval {
  articles: number;
  sentences: number;
  /** Copied sentences that pass (must be 1). */
  verbatimPass: Rate;
  /** Sentences with a figure changed that fail. */
  numberCaught: Rate;
  /** Sentences with a name swapped that fail. */
  nameCaught: Rate;
  /** Sentences with figures rewritten in another form that pass. */
  rewritePass: Rate;
  msPerCheck: number;
}

function articles(): string[] {
  const dir = corpusDir();
  const rows = (file: string) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text?: string; article?: string });
  return [...rows('summaries/summaries.jsonl'), ...rows('funding/funding.jsonl')].map((r) => r.text ?? r.article ?? '');
}

const rate = (cases: number, hits: number): Rate => ({ cases, hits, share: cases ? hits / cases : 1 });
const wholeWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** The sentence with its first plain figure moved by one (or by half, for decimals); null when it has none. */
function changeNumber(sentence: string, article: string): string | null {
  const m = /(?<![\p{L}\p{N}.,])(\d+)(\.\d+)?(?![\p{L}\p{N}]|[.,]\d)/u.exec(sentence);
  if (!m) return null;
  const changed = m[2] ? (Number(m[0]) * 1.5).toFixed(m[2].length - 1) : String(Number(m[1]) + 1);
  if (wholeWord(article, changed)) return null;
  return sentence.slice(0, m.index) + changed + sentence.slice(m.index + m[0].length);
}

/** Rewrites of the same figures: "$40 million" → "$40M", "75 percent" → "75%"; null when none applies. */
function rewriteNumbers(sentence: string): string | null {
  const out = sentence
    .replace(/\$(\d+(?:\.\d+)?) (million|billion)\b/g, (_, n: string, w: string) => `$${n}${w === 'million' ? 'M' : 'B'}`)
    .replace(/(\d+(?:\.\d+)?) (?:per ?cent)\b/g, '$1%');
  return out === sentence ? null : out;
}

export function main(): FaithfulnessEval {
  const texts = articles();
  const names = new Set<string>();
  const perArticle = texts.map((text) => {
    const sentences = splitSentences(text).map((s) => s.text);
    for (const s of sentences)
      for (const run of lineNames(s)) if (run.tokens.length >= 2) names.add(run.tokens.map((t) => t.text).join(' '));
    return sentences;
  });
  const pool = [...names];
  let sentences = 0;
  let checks = 0;
  const counts = { verbatim: [0, 0], number: [0, 0], name: [0, 0], rewrite: [0, 0] };
  const tally = (key: keyof typeof counts, hit: boolean) => {
    counts[key][0]!++;
    if (hit) counts[key][1]!++;
  };
  const started = performance.now();
  texts.forEach((text, a) => {
    const sources = [text];
    perArticle[a]!.forEach((sentence, i) => {
      sentences++;
      const ok = (line: string) => (checks++, checkFaithful(line, sources).ok);
      tally('verbatim', ok(sentence));
      const changed = changeNumber(sentence, text);
      if (changed) tally('number', !ok(changed));
      const rewritten = rewriteNumbers(sentence);
      if (rewritten) tally('rewrite', ok(rewritten));
      const run = lineNames(sentence).find((r) => r.tokens.length >= 2);
      const stranger = pool[(a * 31 + i * 17) % pool.length];
      if (run && stranger && !text.toLowerCase().includes(stranger.toLowerCase())) {
        const first = run.tokens[0]!;
        const last = run.tokens[run.tokens.length - 1]!;
        tally('name', !ok(sentence.slice(0, first.start) + stranger + sentence.slice(last.end)));
      }
    });
  });
  const ms = performance.now() - started;
  return {
    articles: texts.length,
    sentences,
    verbatimPass: rate(counts.verbatim[0]!, counts.verbatim[1]!),
    numberCaught: rate(counts.number[0]!, counts.number[1]!),
    nameCaught: rate(counts.name[0]!, counts.name[1]!),
    rewritePass: rate(counts.rewrite[0]!, counts.rewrite[1]!),
    msPerCheck: ms / checks,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = main();
  const pct = (x: Rate) => `${(100 * x.share).toFixed(1)} % (${x.hits}/${x.cases})`;
  process.stdout.write(
    [
      `faithfulness gate on ${r.articles} corpus articles, ${r.sentences} sentences`,
      `  copied sentences that pass:        ${pct(r.verbatimPass)}`,
      `  one figure changed, caught:        ${pct(r.numberCaught)}`,
      `  one name swapped, caught:          ${pct(r.nameCaught)}`,
      `  figures rewritten, still pass:     ${pct(r.rewritePass)}`,
      `  time per check:                    ${r.msPerCheck.toFixed(2)} ms`,
      '',
    ].join('\n'),
  );
}
