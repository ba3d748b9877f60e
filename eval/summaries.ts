// Summaries on the corpus in ../shared/corpus/summaries: ROUGE of the TL;DR against the human
// reference (with Lead-1 and Lead-3 under the same TL;DR budget as baselines), key-fact recall
// of the takeaways (CNN/DM), and the share of picked sentences that open with a dangling
// pronoun or connective; ours against Lead-3 again on each half of a split by a hash of the
// document id (the split eval/defects.ts uses). `npx tsx eval/summaries.ts`; `main()` returns the numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fitBudget, truncateToWords } from '../src/digest/summarize/budget.js';
import { opensDangling } from '../src/digest/summarize/dangling.js';
import { summarizeExtractive } from '../src/digest/summarize/extractive.js';
import type { SummaryResult } from '../src/digest/summarize/types.js';
import { splitSentences } from '../src/text/sentences.js';
import { wordCount } from '../src/text/tokens.js';
import { halfOf } from './articles.js';
import { corpusDir } from './corpus.js';
import { FACT_RULE, factRecall } from './keyfacts.js';
import { rougeTokens } from './normalize.js';
import { rougeL, rougeLsum, rougeN } from './rouge.js';

interface Row {
  id: string;
  dataset: 'cnn_dailymail' | 'xsum';
  article: string;
  reference: string;
  reference_sentences: string[];
  key_facts?: string[];
}

export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
  rlsum: number;
  words: number;
}

export interface SummariesEval {
  corpus: string;
  documents: number;
  rouge: Record<string, Record<string, RougeScores>>;
  /** `${dataset} half A|B`: our TL;DR and Lead-3 on that half of the hash split. */
  halves: Record<string, { documents: number; ours: RougeScores; lead3: RougeScores }>;
  keyFacts: { rule: string; documents: number; recall: number; recallAtHalf: number; recallAll: number; leadRecall: number };
  dangling: { selected: number; opening: number; unresolved: number; share: number; unresolvedShare: number };
  shape: { tldrMaxWords: number; takeawaysMin: number; takeawaysMedian: number; takeawaysMax: number };
  msPerArticle: number;
}

export const CORPUS = join(corpusDir(), 'summaries', 'summaries.jsonl');

/** The first `k` sentences under the TL;DR budget, exactly as the summarizer's own picks are fitted. */
function lead(article: string, k: number): string[] {
  const sentences = splitSentences(article)
    .slice(0, k)
    .map((s) => ({ text: s.text, words: wordCount(s.text), sentences: 1 }));
  const fitted = fitBudget(sentences, undefined, k);
  if (fitted.length > 0 || sentences.length === 0) return fitted.map((s) => s.text);
  return [truncateToWords(sentences[0]!.text)];
}

function score(system: string[], row: Row): RougeScores {
  const cand = system.map(rougeTokens);
  const ref = row.reference_sentences.map(rougeTokens);
  const flatC = cand.flat();
  const flatR = ref.flat();
  return {
    r1: rougeN(flatC, flatR, 1).f1,
    r2: rougeN(flatC, flatR, 2).f1,
    rl: rougeL(flatC, flatR).f1,
    rlsum: rougeLsum(cand, ref).f1,
    words: system.reduce((n, s) => n + wordCount(s), 0),
  };
}

function mean(list: RougeScores[]): RougeScores {
  const avg = (k: keyof RougeScores) => list.reduce((s, x) => s + x[k], 0) / (list.length || 1);
  return { r1: avg('r1'), r2: avg('r2'), rl: avg('rl'), rlsum: avg('rlsum'), words: avg('words') };
}

/** TL;DR sentences by id, so a dangling sentence right after its own antecedent counts as resolved. */
function danglingCounts(result: SummaryResult, sentenceText: Map<string, string>) {
  let selected = 0;
  let opening = 0;
  let unresolved = 0;
  const check = (ids: string[], standalone: boolean) =>
    ids.forEach((id, k) => {
      selected++;
      if (!opensDangling(sentenceText.get(id)!)) return;
      opening++;
      const [article, index] = [id.slice(0, id.lastIndexOf('#')), Number(id.slice(id.lastIndexOf('#') + 1))];
      const resolved = k > 0 && ids[k - 1] === `${article}#${index - 1}`;
      if (!resolved || (standalone && k === 0)) unresolved++;
    });
  check(result.tldrSentenceIds ?? [], false);
  for (const t of result.takeaways) check(t.sentenceIds ?? [], true);
  return { selected, opening, unresolved };
}

export async function main(corpusPath = CORPUS): Promise<SummariesEval> {
  const rows = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const perSystem = new Map<string, RougeScores[]>();
  const add = (key: string, s: RougeScores) => perSystem.set(key, [...(perSystem.get(key) ?? []), s]);
  const facts = { docs: 0, recall: 0, half: 0, all: 0, lead: 0 };
  const dangling = { selected: 0, opening: 0, unresolved: 0 };
  let ms = 0;
  const tldrWords: number[] = [];
  const takeawayCounts: number[] = [];

  rows.forEach((row, n) => {
    const started = performance.now();
    const result = summarizeExtractive({ articles: [{ id: row.id, text: row.article }] });
    ms += performance.now() - started;
    tldrWords.push(wordCount(result.tldr));
    takeawayCounts.push(result.takeaways.length);
    const split = splitSentences(row.article);
    const sentenceText = new Map(split.map((s, i) => [`${row.id}#${i}`, s.text]));
    const ours = score(
      splitSentences(result.tldr).map((s) => s.text),
      row,
    );
    add(`${row.dataset}/extractive`, ours);
    add(`${row.dataset} half ${halfOf(row.id)}/extractive :half`, ours);
    add(`${row.dataset}/lead-1`, score(lead(row.article, 1), row));
    const lead3 = score(lead(row.article, 3), row);
    add(`${row.dataset}/lead-3`, lead3);
    add(`${row.dataset} half ${halfOf(row.id)}/lead-3 :half`, lead3);
    add(
      `${row.dataset}/lead-3 (no budget)`,
      score(
        split.slice(0, 3).map((s) => s.text),
        row,
      ),
    );
    if (row.key_facts?.length) {
      const takeaways = result.takeaways.map((t) => t.text);
      const leadTakeaways = split.slice(0, takeaways.length).map((s) => s.text);
      facts.docs++;
      facts.recall += factRecall(row.key_facts, takeaways);
      facts.half += factRecall(row.key_facts, takeaways, 0.5);
      facts.all += factRecall(row.key_facts, takeaways, 1);
      facts.lead += factRecall(row.key_facts, leadTakeaways);
    }
    const d = danglingCounts(result, sentenceText);
    dangling.selected += d.selected;
    dangling.opening += d.opening;
    dangling.unresolved += d.unresolved;
    if ((n + 1) % 10 === 0 || n + 1 === rows.length) process.stderr.write(`summaries: ${n + 1}/${rows.length}\r`);
  });
  process.stderr.write('\n');

  const rouge: SummariesEval['rouge'] = {};
  const halves: SummariesEval['halves'] = {};
  for (const [key, list] of perSystem) {
    const [dataset, system] = key.split('/') as [string, string];
    if (!system.endsWith(' :half')) (rouge[dataset] ??= {})[system] = mean(list);
    else if (system === 'extractive :half')
      halves[dataset] = {
        documents: list.length,
        ours: mean(list),
        lead3: mean(perSystem.get(`${dataset}/lead-3 :half`)!),
      };
  }
  const d = Math.max(1, facts.docs);
  return {
    corpus: corpusPath,
    documents: rows.length,
    rouge,
    halves,
    keyFacts: {
      rule: FACT_RULE,
      documents: facts.docs,
      recall: facts.recall / d,
      recallAtHalf: facts.half / d,
      recallAll: facts.all / d,
      leadRecall: facts.lead / d,
    },
    dangling: {
      ...dangling,
      share: dangling.opening / Math.max(1, dangling.selected),
      unresolvedShare: dangling.unresolved / Math.max(1, dangling.selected),
    },
    shape: {
      tldrMaxWords: Math.max(...tldrWords),
      takeawaysMin: Math.min(...takeawayCounts),
      takeawaysMedian: takeawayCounts.sort((a, b) => a - b)[Math.floor(takeawayCounts.length / 2)]!,
      takeawaysMax: Math.max(...takeawayCounts),
    },
    msPerArticle: ms / Math.max(1, rows.length),
  };
}

const pct = (x: number) => (100 * x).toFixed(1);

export function formatReport(r: SummariesEval): string {
  const lines = [`summaries: ${r.documents} documents from ${r.corpus}`, ''];
  lines.push('| half | system | R-1 | R-2 | R-L | R-Lsum | words |', '|---|---|---|---|---|---|---|');
  for (const [dataset, systems] of Object.entries(r.rouge))
    for (const [system, s] of Object.entries(systems)) {
      lines.push(
        `| ${dataset} | ${system} | ${pct(s.r1)} | ${pct(s.r2)} | ${pct(s.rl)} | ${pct(s.rlsum)} | ${s.words.toFixed(1)} |`,
      );
    }
  lines.push(
    '',
    'hash split of the document id (eval/articles.ts halfOf): our TL;DR against Lead-3',
    '| half | docs | ours R-1 / R-2 | Lead-3 R-1 / R-2 | ours >= Lead-3 on both |',
    '|---|---|---|---|---|',
  );
  for (const [half, { documents, ours, lead3 }] of Object.entries(r.halves).sort(([a], [b]) => a.localeCompare(b))) {
    const holds = ours.r1 >= lead3.r1 && ours.r2 >= lead3.r2;
    lines.push(
      `| ${half} | ${documents} | ${pct(ours.r1)} / ${pct(ours.r2)} | ${pct(lead3.r1)} / ${pct(lead3.r2)} | ${holds ? 'yes' : 'NO'} |`,
    );
  }
  const k = r.keyFacts;
  lines.push(
    '',
    `key facts (cnn_dailymail, ${k.documents} docs; ${k.rule}): recall ${pct(k.recall)}% ` +
      `(at >= 1/2: ${pct(k.recallAtHalf)}%, all tokens: ${pct(k.recallAll)}%; ` +
      `lead sentences, as many as takeaways: ${pct(k.leadRecall)}%)`,
    `dangling openers: ${r.dangling.opening}/${r.dangling.selected} picked sentences = ${pct(r.dangling.share)}%; ` +
      `not preceded by their antecedent in the same TL;DR or takeaway: ${r.dangling.unresolved} = ${pct(r.dangling.unresolvedShare)}%`,
    `shape: TL;DR at most ${r.shape.tldrMaxWords} words; takeaways per article min ${r.shape.takeawaysMin}, ` +
      `median ${r.shape.takeawaysMedian}, max ${r.shape.takeawaysMax}`,
    `summarizer time: ${r.msPerArticle.toFixed(2)} ms per article (one pass, includes warm-up; see bench/summarize.ts)`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${formatReport(await main(process.argv[2]))}\n`);
}
