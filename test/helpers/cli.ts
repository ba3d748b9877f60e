import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The sources' entry point, run through tsx (the default). */
export const SOURCE_CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
/** The built entry point (`npm run build`), as the image runs it: no tsx in the process. */
export const DIST_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Node's arguments for `digestbot …` from the sources (through tsx) or from a built `.js` entry. */
export function cliArgv(entry: string, args: string[], nodeArgs: string[] = []): string[] {
  return entry.endsWith('.js') ? [...nodeArgs, entry, ...args] : ['--import', 'tsx', ...nodeArgs, entry, ...args];
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A failure bound for a machine under load (below the e2e lane's 180 s), not a speed check. */
const KILL_AFTER_MS = 150_000;

export interface CliOptions {
  env?: Record<string, string>;
  input?: string;
  timeoutMs?: number;
  /** The entry point (default: the sources through tsx; DIST_CLI for the build). */
  cli?: string;
  /** Node's own flags, after tsx's loader (e.g. another `--import` hook). */
  nodeArgs?: string[];
  /** Called with the process once spawned (a fault run kills or signals it mid-way). */
  started?: (child: ChildProcess) => void;
}

/** Runs `digestbot …` as a real process (through tsx unless `cli` is a build), with its own environment. */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliArgv(opts.cli ?? SOURCE_CLI, args, opts.nodeArgs), {
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
    opts.started?.(child);
  });
}
