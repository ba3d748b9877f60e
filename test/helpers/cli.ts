import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A failure bound for a machine under load (below the e2e lane's 180 s), not a speed check. */
const KILL_AFTER_MS = 150_000;

/** Runs `digestbot …` as a real process (through tsx), with its own environment. */
export function runCli(
  args: string[],
  opts: { env?: Record<string, string>; input?: string; timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...(opts.nodeArgs ?? []), CLI, ...args], {
      // No test reaches the internet: the curated default feeds stay off unless a test asks.
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', DIGESTBOT_SEED_FEEDS: 'false', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? KILL_AFTER_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}
