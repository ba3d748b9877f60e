// Funding-round extraction measured through the CLI (`digestbot rounds extract --json`) on the
// hand-labelled corpus: `npx tsx eval/rounds.ts`. main() returns the numbers for `npm run eval`.
//
// Matching rule: a predicted round matches a gold new round of the same text when their company
// names have the same key: case, accents, punctuation and legal suffixes (Inc., Ltd., GmbH …)
// ignored (src/rounds/company-key.ts). One-to-one, in order. Investors are compared the same way.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { companyKey } from '../src/rounds/company-key.js';
import { corpusDir } from './corpus.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'src/cli.ts');

interface GoldRound {
  company: string | null;
  amount: number | null;
  round_type: string;
  lead_investors: string[];
}
interface Item {
  id: string;
  text: string;
  published: string | null;
  gold: { kind: string; rounds: GoldRound[]; prior_rounds: GoldRound[] };
}
interface Predicted {
  company: string;
  amount: number | null;
  roundType: string;
  leadInvestors: string[];
}

export interface RoundsEval {
  texts: number;
  goldRounds: number;
  predicted: number;
  company: { precision: number; recall: number; f1: number };
  amountExact: { correct: number; of: number; share: number };
  roundType: { correct: number; of: number; share: number };
  roundTypeAll: { correct: number; of: number; share: number };
  lead: { precision: number; recall: number; f1: number };
  wrong: { fund_close: number; ipo: number; acquisition: number; background: number; other: number };
  bars: Record<string, boolean>;
}

function runCli(input: string): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'rounds', 'extract', '--json'], {
      cwd: REPO,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`digestbot rounds extract exited ${code}`))));
    child.stdin.end(input);
  });
}

const f1 = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};
const share = (correct: number, of: number) => ({ correct, of, share: of ? correct / of : 1 });

function nameOverlap(pred: string[], gold: string[]): number {
  const left = gold.map(companyKey);
  let tp = 0;
  for (const p of pred) {
    const i = left.indexOf(companyKey(p));
    if (i >= 0) {
      tp++;
      left.splice(i, 1);
    }
  }
  return tp;
}

export function score(items: Item[], predicted: Map<string, Predicted[]>): RoundsEval {
  let matched = 0;
  let goldNamed = 0;
  let predictedTotal = 0;
  let amountOk = 0;
  let amountOf = 0;
  let typeOk = 0;
  let typeOf = 0;
  let typeAllOk = 0;
  const lead = { tp: 0, fp: 0, fn: 0 };
  const wrong = { fund_close: 0, ipo: 0, acquisition: 0, background: 0, other: 0 };
  for (const item of items) {
    const preds = predicted.get(item.id) ?? [];
    predictedTotal += preds.length;
    const gold = item.gold.rounds.filter((g) => g.company !== null);
    goldNamed += gold.length;
    const unmatchedGold = new Set(gold);
    for (const p of preds) {
      const g = [...unmatchedGold].find((x) => companyKey(x.company!) === companyKey(p.company));
      if (!g) {
        lead.fp += p.leadInvestors.length;
        const kind = item.gold.kind as keyof typeof wrong;
        const prior = item.gold.prior_rounds.some((x) => x.company && companyKey(x.company) === companyKey(p.company));
        if (kind in wrong && kind !== 'background') wrong[kind]++;
        else if (prior) wrong.background++;
        else wrong.other++;
        continue;
      }
      unmatchedGold.delete(g);
      matched++;
      if (g.amount !== null) {
        amountOf++;
        if (p.amount !== null && Math.abs(p.amount - g.amount) <= 0.01 * g.amount) amountOk++;
      }
      if (p.roundType === g.round_type) typeAllOk++;
      if (g.round_type !== 'unknown') {
        typeOf++;
        if (p.roundType === g.round_type) typeOk++;
      }
      const tp = nameOverlap(p.leadInvestors, g.lead_investors);
      lead.tp += tp;
      lead.fp += p.leadInvestors.length - tp;
      lead.fn += g.lead_investors.length - tp;
    }
    for (const g of unmatchedGold) lead.fn += g.lead_investors.length;
  }
  const company = f1(matched, predictedTotal - matched, goldNamed - matched);
  const leadF1 = f1(lead.tp, lead.fp, lead.fn);
  const amountExact = share(amountOk, amountOf);
  const roundType = share(typeOk, typeOf);
  return {
    texts: items.length,
    goldRounds: goldNamed,
    predicted: predictedTotal,
    company,
    amountExact,
    roundType,
    roundTypeAll: share(typeAllOk, matched),
    lead: leadF1,
    wrong,
    bars: {
      'company F1 >= 0.90': company.f1 >= 0.9,
      'amount exact >= 95%': amountExact.share >= 0.95,
      'round type >= 90%': roundType.share >= 0.9,
      'lead F1 >= 0.85': leadF1.f1 >= 0.85,
      'no round from fund close / IPO / acquisition': wrong.fund_close + wrong.ipo + wrong.acquisition === 0,
    },
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function table(r: RoundsEval): string {
  const rows: [string, string][] = [
    ['texts / gold new rounds (named) / predicted', `${r.texts} / ${r.goldRounds} / ${r.predicted}`],
    ['company P / R / F1', `${r.company.precision.toFixed(3)} / ${r.company.recall.toFixed(3)} / ${r.company.f1.toFixed(3)}`],
    ['amount exact (±1%) on matched', `${r.amountExact.correct}/${r.amountExact.of} = ${pct(r.amountExact.share)}`],
    ['round type right where labelled (not unknown)', `${r.roundType.correct}/${r.roundType.of} = ${pct(r.roundType.share)}`],
    ['round type right, all matched', `${r.roundTypeAll.correct}/${r.roundTypeAll.of} = ${pct(r.roundTypeAll.share)}`],
    ['lead investors P / R / F1', `${r.lead.precision.toFixed(3)} / ${r.lead.recall.toFixed(3)} / ${r.lead.f1.toFixed(3)}`],
    ['wrong: fund close / IPO / acquisition', `${r.wrong.fund_close} / ${r.wrong.ipo} / ${r.wrong.acquisition}`],
    ['wrong: background (prior round) / other', `${r.wrong.background} / ${r.wrong.other}`],
    ...Object.entries(r.bars).map(([bar, ok]): [string, string] => [`bar: ${bar}`, ok ? 'pass' : 'FAIL']),
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `| ${k.padEnd(w)} | ${v} |`).join('\n');
}

export async function main(): Promise<RoundsEval> {
  const file = join(corpusDir(), 'funding/funding.jsonl');
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  process.stderr.write(`rounds eval: ${items.length} texts from ${file} through digestbot rounds extract --json …\n`);
  const started = Date.now();
  const input = items.map((i) => JSON.stringify({ id: i.id, text: i.text, published: i.published })).join('\n');
  const out = await runCli(input);
  const predicted = new Map<string, Predicted[]>();
  for (const line of out.split('\n').filter((l) => l.trim())) {
    const r = JSON.parse(line) as { id: string; rounds: Predicted[] };
    predicted.set(r.id, r.rounds);
  }
  process.stderr.write(`rounds eval: ${predicted.size}/${items.length} answered in ${Date.now() - started} ms\n`);
  const result = score(items, predicted);
  process.stdout.write(`\nFunding rounds (${file})\n${table(result)}\n`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
