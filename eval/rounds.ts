// Funding-round extraction measured through the CLI (`digestbot rounds extract --json`) on the
// hand-labelled corpus, split in two halves by a hash of the id (sha256, first byte < 128 → A),
// and on our own check set (test/unit/rounds/checks.ts, invented texts, one phenomenon each):
// `npx tsx eval/rounds.ts`. `--errors A|B|checks` also lists that set's mistakes, text by text;
// `--sets A,checks` prints only those columns (develop on one half without seeing the other's
// numbers or errors, then measure the other). main() returns the numbers for `npm run eval`.
//
// Matching rule: a predicted round matches a gold new round of the same text when their company
// names have the same key: case, accents, punctuation and legal suffixes (Inc., Ltd., GmbH …)
// ignored (src/store/company-key.ts). One-to-one, in order. Investors are compared the same way.
// A predicted round with no gold match is counted by what the text is: a fund close, an IPO, an
// acquisition (the text's kind), a round the text mentions as background (its prior rounds), a
// text about something else (statistics, prizes, other news), or a wrong name in a round text.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { companyKey } from '../src/rounds/company-key.js';
import { BLIND_CHECKS } from '../test/unit/rounds/checks-blind.js';
import { CHECK_PUBLISHED, CHECKS, type RoundCheck } from '../test/unit/rounds/checks.js';
import { UNSEEN_BLIND } from '../test/unit/rounds/unseen-blind.js';
import { UNSEEN_BLIND2 } from '../test/unit/rounds/unseen-blind2.js';
import { UNSEEN_BLIND3 } from '../test/unit/rounds/unseen-blind3.js';
import { UNSEEN_BLIND4 } from '../test/unit/rounds/unseen-blind4.js';
import { UNSEEN_BLIND5 } from '../test/unit/rounds/unseen-blind5.js';
import { UNSEEN_BLIND6 } from '../test/unit/rounds/unseen-blind6.js';
import { UNSEEN_BLIND7 } from '../test/unit/rounds/unseen-blind7.js';
import { UNSEEN_BLIND8 } from '../test/unit/rounds/unseen-blind8.js';
import { UNSEEN_BLIND9 } from '../test/unit/rounds/unseen-blind9.js';
import { UNSEEN_BLIND10 } from '../test/unit/rounds/unseen-blind10.js';
import { UNSEEN_BLIND11 } from '../test/unit/rounds/unseen-blind11.js';
import { UNSEEN_BLIND12 } from '../test/unit/rounds/unseen-blind12.js';
import { UNSEEN_BLIND13 } from '../test/unit/rounds/unseen-blind13.js';
import { UNSEEN_BLIND14 } from '../test/unit/rounds/unseen-blind14.js';
import { UNSEEN_BLIND15 } from '../test/unit/rounds/unseen-blind15.js';
import { UNSEEN_BLIND16 } from '../test/unit/rounds/unseen-blind16.js';
import { UNSEEN_BLIND17 } from '../test/unit/rounds/unseen-blind17.js';
import { UNSEEN_BLIND18 } from '../test/unit/rounds/unseen-blind18.js';
import { UNSEEN_BLIND19 } from '../test/unit/rounds/unseen-blind19.js';
import { UNSEEN_BLIND20 } from '../test/unit/rounds/unseen-blind20.js';
import { UNSEEN_BLIND21 } from '../test/unit/rounds/unseen-blind21.js';
import { UNSEEN_BLIND22 } from '../test/unit/rounds/unseen-blind22.js';
import { UNSEEN_BLIND23 } from '../test/unit/rounds/unseen-blind23.js';
import { UNSEEN_BLIND24 } from '../test/unit/rounds/unseen-blind24.js';
import { UNSEEN_BLIND25 } from '../test/unit/rounds/unseen-blind25.js';
import { UNSEEN_BLIND26 } from '../test/unit/rounds/unseen-blind26.js';
import { UNSEEN_BLIND27 } from '../test/unit/rounds/unseen-blind27.js';
import { UNSEEN_BLIND28 } from '../test/unit/rounds/unseen-blind28.js';
import { UNSEEN_BLIND29 } from '../test/unit/rounds/unseen-blind29.js';
import { UNSEEN_BLIND30 } from '../test/unit/rounds/unseen-blind30.js';
import { UNSEEN_BLIND31 } from '../test/unit/rounds/unseen-blind31.js';
import { UNSEEN_BLIND32 } from '../test/unit/rounds/unseen-blind32.js';
import { UNSEEN_BLIND33 } from '../test/unit/rounds/unseen-blind33.js';
import { UNSEEN_BLIND34 } from '../test/unit/rounds/unseen-blind34.js';
import { UNSEEN_BLIND35 } from '../test/unit/rounds/unseen-blind35.js';
import { UNSEEN_BLIND36 } from '../test/unit/rounds/unseen-blind36.js';
import { UNSEEN_BLIND37 } from '../test/unit/rounds/unseen-blind37.js';
import { UNSEEN_BLIND38 } from '../test/unit/rounds/unseen-blind38.js';
import { UNSEEN_TEXTS } from '../test/unit/rounds/unseen-texts.js';
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
  title?: string;
  source?: string;
  /** Check set only: the phenomenon the text stands for (a false round is counted under it). */
  phenomenon?: string;
  gold: { kind: string; rounds: GoldRound[]; prior_rounds: GoldRound[] };
}
interface Predicted {
  company: string;
  amount: number | null;
  roundType: string;
  leadInvestors: string[];
  status: string;
}

const WRONG_KINDS = ['fund_close', 'ipo', 'acquisition', 'background', 'other_text', 'wrong_name'] as const;
type WrongKind = (typeof WRONG_KINDS)[number];

export interface RoundsEval {
  texts: number;
  goldRounds: number;
  predicted: number;
  company: { precision: number; recall: number; f1: number };
  amountExact: { correct: number; of: number; share: number };
  roundType: { correct: number; of: number; share: number };
  status: { correct: number; of: number; share: number };
  lead: { precision: number; recall: number; f1: number };
  wrong: Record<WrongKind, number>;
  /** Check set: false rounds per phenomenon. */
  wrongBy: Record<string, number>;
  bars: Record<string, boolean>;
}

export const halfOf = (id: string): 'A' | 'B' => (createHash('sha256').update(id).digest()[0]! < 128 ? 'A' : 'B');

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

function wrongKind(item: Item, p: Predicted): WrongKind {
  const kind = item.gold.kind;
  if (kind === 'fund_close' || kind === 'ipo' || kind === 'acquisition') return kind;
  if (item.gold.prior_rounds.some((x) => x.company && companyKey(x.company) === companyKey(p.company))) return 'background';
  return kind === 'round' || kind === 'in_talks' ? 'wrong_name' : 'other_text';
}

export interface Mistake {
  id: string;
  what: string;
}

export function score(items: Item[], predicted: Map<string, Predicted[]>, mistakes: Mistake[] = []): RoundsEval {
  let matched = 0;
  let goldNamed = 0;
  let predictedTotal = 0;
  const amount = { ok: 0, of: 0 };
  const type = { ok: 0, of: 0 };
  const status = { ok: 0, of: 0 };
  const lead = { tp: 0, fp: 0, fn: 0 };
  const wrong = Object.fromEntries(WRONG_KINDS.map((k) => [k, 0])) as Record<WrongKind, number>;
  const wrongBy: Record<string, number> = {};
  for (const item of items) {
    const preds = predicted.get(item.id) ?? [];
    const note = (what: string) => mistakes.push({ id: item.id, what });
    predictedTotal += preds.length;
    const gold = item.gold.rounds.filter((g) => g.company !== null);
    goldNamed += gold.length;
    const unmatchedGold = new Set(gold);
    for (const p of preds) {
      const g = [...unmatchedGold].find((x) => companyKey(x.company!) === companyKey(p.company));
      if (!g) {
        lead.fp += p.leadInvestors.length;
        const kind = wrongKind(item, p);
        wrong[kind]++;
        if (item.phenomenon) wrongBy[item.phenomenon] = (wrongBy[item.phenomenon] ?? 0) + 1;
        note(`false round (${kind}): ${JSON.stringify(p)}`);
        continue;
      }
      unmatchedGold.delete(g);
      matched++;
      if (g.amount !== null) {
        amount.of++;
        if (p.amount !== null && Math.abs(p.amount - g.amount) <= 0.01 * g.amount) amount.ok++;
        else note(`${g.company}: amount ${p.amount} (gold ${g.amount})`);
      }
      if (g.round_type !== 'unknown') {
        type.of++;
        if (p.roundType === g.round_type) type.ok++;
        else note(`${g.company}: type ${p.roundType} (gold ${g.round_type})`);
      }
      if (item.gold.kind === 'round' || item.gold.kind === 'in_talks') {
        status.of++;
        const goldStatus = item.gold.kind === 'in_talks' ? 'in_talks' : 'announced';
        if (p.status === goldStatus) status.ok++;
        else note(`${g.company}: status ${p.status} (gold ${goldStatus})`);
      }
      const tp = nameOverlap(p.leadInvestors, g.lead_investors);
      lead.tp += tp;
      lead.fp += p.leadInvestors.length - tp;
      lead.fn += g.lead_investors.length - tp;
      if (tp !== p.leadInvestors.length || tp !== g.lead_investors.length)
        note(`${g.company}: leads ${JSON.stringify(p.leadInvestors)} (gold ${JSON.stringify(g.lead_investors)})`);
    }
    for (const g of unmatchedGold) {
      lead.fn += g.lead_investors.length;
      note(`missed: ${g.company} ${g.amount ?? ''} ${g.round_type} (got ${JSON.stringify(preds.map((p) => p.company))})`);
    }
  }
  const company = f1(matched, predictedTotal - matched, goldNamed - matched);
  const leadF1 = f1(lead.tp, lead.fp, lead.fn);
  const amountExact = share(amount.ok, amount.of);
  const roundType = share(type.ok, type.of);
  const falseFromOtherEvents = wrong.fund_close + wrong.ipo + wrong.acquisition + wrong.other_text;
  return {
    texts: items.length,
    goldRounds: goldNamed,
    predicted: predictedTotal,
    company,
    amountExact,
    roundType,
    status: share(status.ok, status.of),
    lead: leadF1,
    wrong,
    wrongBy,
    bars: {
      'company F1 >= 0.90': company.f1 >= 0.9,
      'amount exact >= 95%': amountExact.share >= 0.95,
      'round type >= 85%': roundType.share >= 0.85,
      'lead F1 >= 0.85': leadF1.f1 >= 0.85,
      'no round from fund close / IPO / acquisition / other news': falseFromOtherEvents === 0,
    },
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const prf = (x: { precision: number; recall: number; f1: number }) =>
  `${x.precision.toFixed(2)} / ${x.recall.toFixed(2)} / **${x.f1.toFixed(3)}**`;

/** One column per evaluated set. */
export function table(columns: [string, RoundsEval][]): string {
  const rows: [string, (r: RoundsEval) => string][] = [
    ['texts / gold new rounds (named) / predicted', (r) => `${r.texts} / ${r.goldRounds} / ${r.predicted}`],
    ['company P / R / F1', (r) => prf(r.company)],
    ['amount exact (±1%), matched', (r) => `${r.amountExact.correct}/${r.amountExact.of} = ${pct(r.amountExact.share)}`],
    ['round type where labelled', (r) => `${r.roundType.correct}/${r.roundType.of} = ${pct(r.roundType.share)}`],
    ['status (announced / in talks)', (r) => `${r.status.correct}/${r.status.of} = ${pct(r.status.share)}`],
    ['lead investors P / R / F1', (r) => prf(r.lead)],
    ['false: fund close / IPO / acquisition', (r) => `${r.wrong.fund_close} / ${r.wrong.ipo} / ${r.wrong.acquisition}`],
    ['false: other news (statistics …) / background', (r) => `${r.wrong.other_text} / ${r.wrong.background}`],
    ['false: wrong name in a round text', (r) => `${r.wrong.wrong_name}`],
    ['bars met', (r) => `${Object.values(r.bars).filter(Boolean).length}/${Object.keys(r.bars).length}`],
  ];
  const head = `| measure | ${columns.map(([name]) => name).join(' | ')} |`;
  const rule = `|---|${columns.map(() => '---').join('|')}|`;
  const body = rows.map(([label, cell]) => `| ${label} | ${columns.map(([, r]) => cell(r)).join(' | ')} |`);
  const failed = columns.flatMap(([name, r]) =>
    Object.entries(r.bars)
      .filter(([, ok]) => !ok)
      .map(([bar]) => `${name}: ${bar}`),
  );
  return [head, rule, ...body, '', failed.length ? `bars not met: ${failed.join('; ')}` : 'every bar met on every set'].join(
    '\n',
  );
}

/** A check in the corpus's gold shape. */
export function checkItem(c: RoundCheck): Item {
  const gold = (company: string): GoldRound => ({ company, amount: null, round_type: 'unknown', lead_investors: [] });
  return {
    id: `check:${c.id}`,
    text: c.text,
    published: CHECK_PUBLISHED,
    ...(c.title ? { title: c.title } : {}),
    ...(c.source ? { source: c.source } : {}),
    phenomenon: c.phenomenon,
    gold: {
      kind: c.kind,
      rounds: c.rounds.map((r) => ({
        company: r.company,
        amount: r.amount,
        round_type: r.roundType,
        lead_investors: r.lead ?? [],
      })),
      prior_rounds: (c.prior ?? []).map(gold),
    },
  };
}

function readItems(file: string): Item[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

async function predict(items: Item[]): Promise<Map<string, Predicted[]>> {
  const input = items
    .map((i) => JSON.stringify({ id: i.id, text: i.text, published: i.published, title: i.title, source: i.source }))
    .join('\n');
  const predicted = new Map<string, Predicted[]>();
  for (const line of (await runCli(input)).split('\n').filter((l) => l.trim())) {
    const r = JSON.parse(line) as { id: string; rounds: Predicted[] };
    predicted.set(r.id, r.rounds);
  }
  return predicted;
}

/** Every set the eval scores, in the order of the table: key (for `--sets`, `--errors`), column label. */
const SET_LABELS = {
  A: 'half A',
  B: 'half B',
  all: 'all',
  checks: 'checks',
  blind: 'blind checks',
  unseen: 'unseen texts',
  unseenBlind: 'unseen, blind',
  unseenBlind2: 'unseen, blind 2',
  unseenBlind3: 'unseen, blind 3',
  unseenBlind4: 'unseen, blind 4',
  unseenBlind5: 'unseen, blind 5',
  unseenBlind6: 'unseen, blind 6',
  unseenBlind7: 'unseen, blind 7',
  unseenBlind8: 'unseen, blind 8',
  unseenBlind9: 'unseen, blind 9',
  unseenBlind10: 'unseen, blind 10',
  unseenBlind11: 'unseen, blind 11',
  unseenBlind12: 'unseen, blind 12',
  unseenBlind13: 'unseen, blind 13',
  unseenBlind14: 'unseen, blind 14',
  unseenBlind15: 'unseen, blind 15',
  unseenBlind16: 'unseen, blind 16',
  unseenBlind17: 'unseen, blind 17',
  unseenBlind18: 'unseen, blind 18',
  unseenBlind19: 'unseen, blind 19',
  unseenBlind20: 'unseen, blind 20',
  unseenBlind21: 'unseen, blind 21',
  unseenBlind22: 'unseen, blind 22',
  unseenBlind23: 'unseen, blind 23',
  unseenBlind24: 'unseen, blind 24',
  unseenBlind25: 'unseen, blind 25',
  unseenBlind26: 'unseen, blind 26',
  unseenBlind27: 'unseen, blind 27',
  unseenBlind28: 'unseen, blind 28',
  unseenBlind29: 'unseen, blind 29',
  unseenBlind30: 'unseen, blind 30',
  unseenBlind31: 'unseen, blind 31',
  unseenBlind32: 'unseen, blind 32',
  unseenBlind33: 'unseen, blind 33',
  unseenBlind34: 'unseen, blind 34',
  unseenBlind35: 'unseen, blind 35',
  unseenBlind36: 'unseen, blind 36',
  unseenBlind37: 'unseen, blind 37',
  unseenBlind38: 'unseen, blind 38',
} as const;
type SetKey = keyof typeof SET_LABELS;

export type RoundsEvalAll = Record<SetKey, RoundsEval>;

/** Our own invented texts, each set scored on its own. */
const INVENTED: Record<Exclude<SetKey, 'A' | 'B' | 'all'>, RoundCheck[]> = {
  checks: CHECKS,
  blind: BLIND_CHECKS,
  unseen: UNSEEN_TEXTS,
  unseenBlind: UNSEEN_BLIND,
  unseenBlind2: UNSEEN_BLIND2,
  unseenBlind3: UNSEEN_BLIND3,
  unseenBlind4: UNSEEN_BLIND4,
  unseenBlind5: UNSEEN_BLIND5,
  unseenBlind6: UNSEEN_BLIND6,
  unseenBlind7: UNSEEN_BLIND7,
  unseenBlind8: UNSEEN_BLIND8,
  unseenBlind9: UNSEEN_BLIND9,
  unseenBlind10: UNSEEN_BLIND10,
  unseenBlind11: UNSEEN_BLIND11,
  unseenBlind12: UNSEEN_BLIND12,
  unseenBlind13: UNSEEN_BLIND13,
  unseenBlind14: UNSEEN_BLIND14,
  unseenBlind15: UNSEEN_BLIND15,
  unseenBlind16: UNSEEN_BLIND16,
  unseenBlind17: UNSEEN_BLIND17,
  unseenBlind18: UNSEEN_BLIND18,
  unseenBlind19: UNSEEN_BLIND19,
  unseenBlind20: UNSEEN_BLIND20,
  unseenBlind21: UNSEEN_BLIND21,
  unseenBlind22: UNSEEN_BLIND22,
  unseenBlind23: UNSEEN_BLIND23,
  unseenBlind24: UNSEEN_BLIND24,
  unseenBlind25: UNSEEN_BLIND25,
  unseenBlind26: UNSEEN_BLIND26,
  unseenBlind27: UNSEEN_BLIND27,
  unseenBlind28: UNSEEN_BLIND28,
  unseenBlind29: UNSEEN_BLIND29,
  unseenBlind30: UNSEEN_BLIND30,
  unseenBlind31: UNSEEN_BLIND31,
  unseenBlind32: UNSEEN_BLIND32,
  unseenBlind33: UNSEEN_BLIND33,
  unseenBlind34: UNSEEN_BLIND34,
  unseenBlind35: UNSEEN_BLIND35,
  unseenBlind36: UNSEEN_BLIND36,
  unseenBlind37: UNSEEN_BLIND37,
  unseenBlind38: UNSEEN_BLIND38,
};

export async function main(argv = process.argv.slice(2)): Promise<RoundsEvalAll> {
  const errorsOf = argv.includes('--errors') ? argv[argv.indexOf('--errors') + 1] : undefined;
  const shown = argv.includes('--sets') ? (argv[argv.indexOf('--sets') + 1] ?? '').split(',') : null;
  const file = join(corpusDir(), 'funding/funding.jsonl');
  const corpus = readItems(file);
  const invented = Object.fromEntries(Object.entries(INVENTED).map(([key, texts]) => [key, texts.map(checkItem)]));
  const sets = {
    A: corpus.filter((i) => halfOf(i.id) === 'A'),
    B: corpus.filter((i) => halfOf(i.id) === 'B'),
    all: corpus,
    ...invented,
  } as Record<SetKey, Item[]>;
  process.stderr.write(
    `rounds eval: ${corpus.length} texts from ${file}, ${Object.values(invented)
      .map((items) => items.length)
      .join(' + ')} invented …\n`,
  );
  const started = Date.now();
  const predicted = await predict([...corpus, ...Object.values(invented).flat()]);
  process.stderr.write(`rounds eval: ${predicted.size} answered in ${Date.now() - started} ms\n`);
  const keys = Object.keys(SET_LABELS) as SetKey[];
  const mistakes = Object.fromEntries(keys.map((k) => [k, [] as Mistake[]])) as Record<SetKey, Mistake[]>;
  const result = Object.fromEntries(keys.map((k) => [k, score(sets[k], predicted, mistakes[k])])) as RoundsEvalAll;
  const by = Object.entries({ ...result.checks.wrongBy })
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const label = (k: SetKey) => (k === 'all' ? `all ${corpus.length}` : SET_LABELS[k]);
  process.stdout.write(
    `\nFunding rounds (${file}; halves by sha256(id)[0] < 128; checks: test/unit/rounds/checks.ts)\n\n` +
      `${table(keys.filter((k) => !shown || shown.includes(k)).map((k): [string, RoundsEval] => [label(k), result[k]]))}\n` +
      `check set, false rounds by phenomenon: ${by || 'none'}\n`,
  );
  if (errorsOf && errorsOf in mistakes) {
    process.stdout.write(`\nMistakes on ${errorsOf}:\n`);
    for (const m of mistakes[errorsOf as SetKey]) process.stdout.write(`  ${m.id}: ${m.what}\n`);
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
