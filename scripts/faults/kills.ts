// kill -9 and SIGTERM at seeded random points of a digest's delivery: `digestbot once --now`
// struck at the n-th call to a posting route (as it arrives, or once the platform stored the
// message and its answer is held back), then `digestbot once` finishes what is queued.
import type { ChildProcess } from 'node:child_process';
import { rng } from '../../bench/rng.js';
import {
  countWorld,
  finishQueued,
  routeCalls,
  ROUTES,
  startFaultWorld,
  strikeDuring,
  type Strike,
} from '../../test/helpers/fault-world.js';
import { result, type ScenarioResult } from './table.js';
import { pool } from './pool.js';

/** A run with nothing struck: the parts a digest has and the calls each route gets. */
export async function baseline(): Promise<{ result: ScenarioResult; calls: Map<(typeof ROUTES)[number], number> }> {
  const world = await startFaultWorld();
  try {
    const r = await world.cli(['once', '--now']);
    const calls = new Map(ROUTES.map((route) => [route, routeCalls(world, route)]));
    const notes = [`once --now exit ${r.code}`, `calls: ${ROUTES.map((x) => `${x} ${calls.get(x)}`).join(', ')}`];
    return { result: result('baseline (no fault)', [{ counts: await countWorld(world), notes, failed: r.code !== 0 }]), calls };
  } finally {
    await world.close();
  }
}

/** `runs` strikes drawn from `seed`: a route weighted by its calls, a call, a moment. */
export function strikes(seed: number, runs: number, calls: Map<(typeof ROUTES)[number], number>): Strike[] {
  const next = rng(seed);
  const weighted = ROUTES.flatMap((route) => Array<(typeof ROUTES)[number]>(calls.get(route) ?? 0).fill(route));
  return Array.from({ length: runs }, () => {
    const route = weighted[Math.floor(next() * weighted.length)]!;
    const nth = 1 + Math.floor(next() * (calls.get(route) ?? 1));
    return { route, nth, when: next() < 0.5 ? 'arrival' : 'posted' };
  });
}

/** The line `once` writes when a signal stops it, up to "being posted" (or null when it did not write it). */
export const stoppedLine = (stderr: string): string | null =>
  /digestbot once: stopped by SIG\w+; [^.]*being posted/.exec(stderr)?.[0] ?? null;

const describe = (s: Strike) => `${s.route} #${s.nth} ${s.when}`;

async function strikeAndFinish(s: Strike, signal: NodeJS.Signals, sigtermFirst = false) {
  const world = await startFaultWorld();
  try {
    const struck = await strikeDuring(world, ['once', '--now'], s, (c: ChildProcess) => c.kill(signal));
    const finish = await finishQueued(world);
    const counts = await countWorld(world);
    const notes = [`restarted \`once\` exit ${finish.code}${finish.code === 0 ? '' : `: ${finish.stderr.slice(0, 300)}`}`];
    let failed = finish.code !== 0;
    if (sigtermFirst) {
      // SIGTERM: `once` hands its leases back, says so in one line on stderr and exits 143.
      const told = stoppedLine(struck.stderr);
      notes.push(
        `SIGTERM at ${describe(s)}: exit ${struck.code ?? 'by the signal'}${told ? `, "${told}"` : `, stderr ${struck.stderr.slice(0, 200)}`}`,
      );
      failed ||= struck.code !== 143 || !told;
    }
    return { counts, notes, failed };
  } finally {
    await world.close();
  }
}

export async function killRuns(seed: number, runs: number, concurrency: number, calls: Map<(typeof ROUTES)[number], number>) {
  const points = strikes(seed, runs, calls);
  process.stdout.write(`kill -9 points (seed ${seed}): ${points.map(describe).join(', ')}\n`);
  const outcomes = await pool(points, concurrency, (s) => strikeAndFinish(s, 'SIGKILL'));
  return result(`kill -9 mid-delivery (seed ${seed})`, outcomes);
}

export async function sigtermRuns(seed: number, runs: number, calls: Map<(typeof ROUTES)[number], number>) {
  const outcomes = await pool(strikes(seed + 1, runs, calls), 1, (s) => strikeAndFinish(s, 'SIGTERM', true));
  return result('SIGTERM mid-delivery', outcomes);
}
