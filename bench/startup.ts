// Startup cost (issue 20), in CPU seconds of the child process (user + system), so a loaded
// machine does not move the numbers: `node dist/cli.js --help`, and `node dist/cli.js start`
// until /healthz answers 200 with one platform configured (Slack over HTTP, against the loopback
// stand-in, a fresh SQLite file each run). Goals: --help < 0.4 s, start -> /healthz < 1 s.
// `npx tsx bench/startup.ts [runs]` (default 7). Linux: the started bot's CPU is read from /proc.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startSlackStandIn } from '../test/stand-ins/slack-api.js';
import { compiled } from './poll.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux Node supports). */
const TICKS = 100;
/** A failure bound for one run on a loaded machine, not a speed check. */
const RUN_BOUND_MS = 60_000;

/** Writes the process's own CPU seconds to $STARTUP_CPU_FILE as it exits. */
const EXIT_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeFileSync(process.env.STARTUP_CPU_FILE, String((u.user + u.system) / 1e6)); });",
)}`;

interface Stats {
  min: number;
  median: number;
  max: number;
}
const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};

function exited(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no exit within ${RUN_BOUND_MS / 1000} s`));
    }, RUN_BOUND_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** CPU seconds of one `digestbot --help`. */
async function helpCpu(dir: string): Promise<number> {
  const file = join(dir, 'help-cpu');
  const child = spawn(process.execPath, ['--import', EXIT_HOOK, CLI, '--help'], {
    env: { PATH: process.env.PATH ?? '', STARTUP_CPU_FILE: file },
    stdio: 'ignore',
  });
  const code = await exited(child);
  if (code !== 0) throw new Error(`--help exited with ${code}`);
  return Number(readFileSync(file, 'utf8'));
}

const procCpu = (pid: number) => {
  // Fields after the command name: utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
};

/** CPU seconds of `digestbot start` from exec until /healthz answers 200. */
async function startCpu(env: Record<string, string>): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-startup-'));
  const child = spawn(process.execPath, [CLI, 'start'], {
    env: { PATH: process.env.PATH ?? '', ...env, DIGESTBOT_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const done = exited(child);
  try {
    let log = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr!.on('data', (d: Buffer) => {
        log += d.toString();
        const m = /"port":(\d+)[^\n]*"msg":"HTTP listener ready"/.exec(log);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${log}`)));
    });
    for (let attempt = 0; attempt < 1000; attempt++) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      if (res?.status === 200) return procCpu(child.pid!);
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('/healthz never answered 200');
  } finally {
    child.kill('SIGTERM');
    await done;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchStartup(runs: number) {
  await compiled();
  const dir = mkdtempSync(join(tmpdir(), 'digestbot-help-'));
  const slack = await startSlackStandIn({ token: 'xoxb-bench' });
  const env = {
    PORT: '0',
    LOG_LEVEL: 'info',
    DIGESTBOT_SEED_FEEDS: 'false',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    SLACK_API_URL: slack.apiUrl,
    DIGESTBOT_DESTINATIONS: 'slack:C0BENCH',
    DIGESTBOT_SCHEDULE: '0 0 1 1 *',
  };
  try {
    const help: number[] = [];
    const start: number[] = [];
    for (let i = 0; i < runs; i++) {
      help.push(await helpCpu(dir));
      start.push(await startCpu(env));
    }
    return { runs, help: stats(help), start: stats(start), load: loadavg() };
  } finally {
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const row = (s: Stats) => `${s.min.toFixed(2)} / ${s.median.toFixed(2)} / ${s.max.toFixed(2)} s CPU`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchStartup(Number(process.argv[2] ?? 7));
  process.stdout.write(
    `startup, ${r.runs} runs, min / median / max (load average ${r.load.map((l) => l.toFixed(2)).join(', ')}):\n` +
      `  digestbot --help                         ${row(r.help)}  (goal < 0.4 s)\n` +
      `  digestbot start -> /healthz 200 (Slack)  ${row(r.start)}  (goal < 1 s)\n`,
  );
}
