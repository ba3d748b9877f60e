// `npm run faults`: the fault suite of issue 14 against the loopback stand-ins, through the built
// CLI (`dist/cli.js`) as child processes. Each scenario strikes a digest's delivery (kill -9 and
// SIGTERM at seeded random points, 429 storms, 5xx bursts, downtime across a slot, the store locked,
// read-only or cut off, two replicas on PostgreSQL with one killed, the admin channel told what is
// stuck) and counts what reached each
// platform. Prints the seed, the table (docs/reliability.md keeps the last one) and exits 1 when
// any part was lost, doubled, out of order, or a mention leaked.
//   npm run faults -- [--kills 20] [--seed N] [--concurrency 3]
//     [--only kill,sigterm,storm,5xx,store,schedule,admin,postgres]
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { baseline, killRuns, sigtermRuns, strikes } from './faults/kills.js';
import { postgresScenarios } from './faults/postgres.js';
import { burst5xx, storm429 } from './faults/storms.js';
import { storeScenarios } from './faults/store.js';
import { stuckAlert } from './faults/admin.js';
import { scheduleScenarios } from './faults/schedule.js';
import { clean, formatTable, type ScenarioResult } from './faults/table.js';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    seed: { type: 'string' },
    concurrency: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 1_000_000);
const only = values.only?.split(',');
const wanted = (name: string) => !only || only.includes(name);
/** CPU seconds of this process and of the children it waited for (user + system, /proc/self/stat). */
const cpuSeconds = () => {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(f[i]), 0);
  return ticks / 100;
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

process.stdout.write(`fault suite: seed ${seed} (rerun with --seed ${seed}), ${cpus().length} cores, load ${load()}\n`);
const started = process.hrtime.bigint();
const rows: ScenarioResult[] = [];
const run = async (name: string, scenario: () => Promise<ScenarioResult | ScenarioResult[]>) => {
  if (!wanted(name)) return;
  const r = await scenario();
  for (const row of [r].flat()) {
    rows.push(row);
    process.stdout.write(`  ${row.scenario}: ${JSON.stringify(row.counts)} ${row.notes.join('; ')}\n`);
  }
};

const base = await baseline();
rows.push(base.result);
await run('kill', () => killRuns(seed, Number(values.kills), Number(values.concurrency), base.calls));
await run('sigterm', () => sigtermRuns(seed, 3, base.calls));
await run('storm', () => storm429(30));
await run('5xx', () => burst5xx());
await run('store', () => storeScenarios());
await run('schedule', () => scheduleScenarios());
await run('admin', () => stuckAlert());
await run('postgres', () => postgresScenarios(strikes(seed + 2, 3, base.calls)));

const wallS = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(`\n${formatTable(rows)}\n\n`);
process.stdout.write(
  `seed ${seed}; ${cpuSeconds().toFixed(0)} CPU s (suite and its processes), ${wallS.toFixed(0)} s wall; load average after: ${load()}\n`,
);
process.exitCode = rows.every((r) => clean(r.counts) && !r.failed) ? 0 : 1;
