// An outbox drainer in its own process: `node --import tsx drain-process.ts '<json>'`. Prints its
// drain reports as one JSON line. Tests kill it mid-post (a crash) or run two at once (replicas).
import { openStore } from '../../src/store/store.js';
import { drainOnce } from '../../src/bot/outbox/drain.js';
import { processOwner } from '../../src/runtime/owner.js';
import { readyThenGo } from './barrier.js';
import { drainAll, FAST, harness, posters } from './outbox.js';

interface Job {
  options: { databaseUrl?: string; dataDir: string };
  slack?: string;
  discord?: string;
  /** The lease owner; 'this-process' names this process as production does (host:pid:tag). */
  owner: string;
  leaseMs: number;
  /** Drain until nothing is left (else one round). */
  all: boolean;
  /** Wait for the parent's go before draining (test/helpers/barrier.ts), so racing drainers really overlap. */
  together?: boolean;
  slackGapMs?: number;
  /** How long a pacing turn is held (default FAST's). */
  turnHoldMs?: number;
}

const job = JSON.parse(process.argv[2]!) as Job;
const store = await openStore(job.options);
try {
  const h = harness(
    store.db,
    posters({ slack: job.slack, discord: job.discord }, job.slackGapMs),
    job.owner === 'this-process' ? processOwner() : job.owner,
  );
  const options = { ...FAST, leaseMs: job.leaseMs, turnHoldMs: job.turnHoldMs ?? FAST.turnHoldMs };
  if (job.together) await readyThenGo();
  const reports = job.all ? await drainAll(h, options, { rounds: 20_000, ms: 120_000 }) : [await drainOnce(h.deps, options)];
  process.stdout.write(`${JSON.stringify(reports)}\n`);
} finally {
  await store.close();
}
