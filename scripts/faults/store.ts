// The SQLite store unavailable for a while: another process holds the write lock mid-delivery;
// the file is read-only (chattr +i: root ignores permissions) when the bot restarts after a crash;
// the disk is full (a file size limit, `ulimit -f`, on the restarted process). Each ends with an
// ordinary restart that must finish the digest, every part once.
import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SQLITE_FILE } from '../../src/store/store.js';
import { DIST_CLI } from '../../test/helpers/cli.js';
import type { ChatWorld } from '../../test/helpers/chat-world.js';
import { countWorld, finishQueued, startFaultWorld, strikeDuring, type Strike } from '../../test/helpers/fault-world.js';
import { startTsProcess } from '../../test/helpers/spawn.js';
import { waitFor } from '../../test/helpers/wait.js';
import { result } from './table.js';

const HOLDER = new URL('../../test/helpers/lock-holder-process.ts', import.meta.url);
const FIRST_SLACK_POST: Strike = { route: 'chat.postMessage', nth: 1, when: 'arrival' };
/** How long the store stays unavailable. */
const OUTAGE_MS = 10_000;
const firstLine = (s: string) => s.trim().split('\n')[0]?.slice(0, 220) ?? '';
const dbFile = (world: ChatWorld) => join(world.env.DIGESTBOT_DATA_DIR!, SQLITE_FILE);

export async function sqliteLocked() {
  const world = await startFaultWorld();
  try {
    let holder: ChildProcess | undefined;
    const struck = await strikeDuring(world, ['once', '--now'], FIRST_SLACK_POST, async () => {
      const started = startTsProcess(HOLDER, [dbFile(world)]);
      holder = started.child;
      let out = '';
      holder.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      await waitFor(() => out.includes('locked'), { what: 'the lock holder', timeoutMs: 60_000 });
      setTimeout(() => holder!.kill('SIGTERM'), OUTAGE_MS);
    });
    await waitFor(() => holder && holder.exitCode !== null, { what: 'the lock holder to exit', timeoutMs: OUTAGE_MS * 3 });
    const notes = [
      `write lock held ${OUTAGE_MS / 1000} s by another process from the first Slack post; once --now exit ${struck.code}`,
    ];
    if (struck.code !== 0) {
      const finish = await finishQueued(world);
      notes.push(`then \`once\` exit ${finish.code}`);
    }
    return { counts: await countWorld(world), notes, failed: false };
  } finally {
    await world.close();
  }
}

/** kill -9 at the first Slack post, then a restart while the store is broken, then one after it is mended. */
async function crashThenBrokenRestart(
  name: string,
  breakIt: (world: ChatWorld) => () => void,
  restart: (world: ChatWorld) => Promise<{ code: number | null; stderr: string }>,
) {
  const world = await startFaultWorld();
  try {
    await strikeDuring(world, ['once', '--now'], FIRST_SLACK_POST, (c: ChildProcess) => c.kill('SIGKILL'));
    const mend = breakIt(world);
    let broken;
    try {
      broken = await restart(world);
    } finally {
      mend();
    }
    const finish = await finishQueued(world);
    const notes = [
      `${name}: restart exit ${broken.code} ("${firstLine(broken.stderr)}")`,
      `after mending, \`once\` exit ${finish.code}`,
    ];
    return { counts: await countWorld(world), notes, failed: broken.code === 0 || finish.code !== 0 };
  } finally {
    await world.close();
  }
}

export const sqliteReadOnly = () =>
  crashThenBrokenRestart(
    'database file immutable (chattr +i)',
    (world) => {
      execFileSync('chattr', ['+i', dbFile(world)]);
      return () => execFileSync('chattr', ['-i', dbFile(world)]);
    },
    (world) => finishQueued(world),
  );

const run = promisify(execFile);

export const sqliteDiskFull = () =>
  crashThenBrokenRestart(
    'disk full (ulimit -f at the file sizes)',
    () => () => undefined,
    async (world) => {
      // sh (dash) counts -f in 512-byte blocks: no file may grow past the database's current size.
      const blocks = Math.floor(statSync(dbFile(world)).size / 512);
      const env = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', DIGESTBOT_SEED_FEEDS: 'false', ...world.env };
      const script = `ulimit -f ${blocks}; exec "${process.execPath}" "${DIST_CLI}" once`;
      return run('sh', ['-c', script], { env, timeout: 150_000 }).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (err: { code?: number; stderr?: string }) => ({ code: err.code ?? null, stderr: err.stderr ?? String(err) }),
      );
    },
  );

export async function storeScenarios() {
  return [
    result('SQLite write lock held 10 s mid-delivery', [await sqliteLocked()]),
    result('SQLite read-only at restart', [await sqliteReadOnly()]),
    result('disk full at restart', [await sqliteDiskFull()]),
  ];
}
