// Time and signals around the poll: the bot down across a slot (it comes back within the grace
// window: the slot is caught up once; after it: skipped, as docs/product.md says), and SIGTERM while
// a feed poll hangs (a clean exit; the next process polls and posts the digest).
import type { ChildProcess } from 'node:child_process';
import { countWorld, startFaultWorld } from '../../test/helpers/fault-world.js';
import { gate, waitFor } from '../../test/helpers/wait.js';
import { result } from './table.js';
import { stoppedLine } from './kills.js';

/** A daily slot `minutesAgo` minutes before now, UTC. */
function slotMinutesAgo(minutesAgo: number): string {
  const d = new Date(Date.now() - minutesAgo * 60_000);
  return `${d.getUTCMinutes()} ${d.getUTCHours()} * * *`;
}

async function downAcrossSlot(graceMinutes: number) {
  const world = await startFaultWorld();
  try {
    const env = {
      DIGESTBOT_SCHEDULE: slotMinutesAgo(10),
      DIGESTBOT_TIMEZONE: 'UTC',
      DIGESTBOT_CATCHUP_GRACE_MINUTES: String(graceMinutes),
    };
    const r = await world.cli(['once'], env);
    const ranSlot = /slot .*: (queued|posted)/.test(r.stdout);
    const shouldRun = graceMinutes > 10;
    const notes = [`slot 10 min ago, grace ${graceMinutes} min: ${ranSlot ? 'caught up' : 'skipped'} (exit ${r.code})`];
    return { counts: await countWorld(world), notes, failed: r.code !== 0 || ranSlot !== shouldRun };
  } finally {
    await world.close();
  }
}

export async function sigtermMidPoll() {
  const hold = gate();
  let holding = false;
  let held = 0;
  const world = await startFaultWorld({
    beforeFeed: async () => {
      if (!holding) return;
      held++;
      await hold.passed;
    },
  });
  try {
    holding = true;
    let child: ChildProcess | undefined;
    const first = world.cli(['once', '--now'], {}, { started: (c) => (child = c) });
    await waitFor(() => held > 0, { what: 'the poll to reach the feed', everyMs: 20, timeoutMs: 120_000 });
    const signalled = Date.now();
    child!.kill('SIGTERM');
    const struck = await first;
    const exitMs = Date.now() - signalled;
    holding = false;
    hold.open();
    const again = await world.cli(['once', '--now']);
    const notes = [
      `SIGTERM while the feed answer hung: exit ${struck.code ?? 'by the signal'} after ${(exitMs / 1000).toFixed(1)} s (${stoppedLine(struck.stderr) ?? `stderr: ${struck.stderr.trim().slice(0, 200)}`})`,
      `next \`once --now\` exit ${again.code}: ${again.stdout.split('\n')[0]}`,
    ];
    const counts = await countWorld(world);
    const told = struck.code === 143 && stoppedLine(struck.stderr) !== null;
    return { counts, notes, failed: !told || again.code !== 0 || counts.expected === 0 };
  } finally {
    hold.open();
    await world.close();
  }
}

export async function scheduleScenarios() {
  return [
    result('down across a slot, back within grace', [await downAcrossSlot(180)]),
    result('down across a slot, back after grace', [await downAcrossSlot(5)]),
    result('SIGTERM mid-poll', [await sigtermMidPoll()]),
  ];
}
