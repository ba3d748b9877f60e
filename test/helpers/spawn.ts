import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs a TypeScript file in a separate Node process (with tsx) and resolves with its stdout. */
export function runTsProcess(file: string | URL, args: string[], timeoutMs = 20_000): Promise<string> {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${path} exited with ${code}: ${err}`));
    });
  });
}

/** Starts a TypeScript file in a separate Node process and returns it (for tests that kill it mid-way). */
export function startTsProcess(
  file: string | URL,
  args: string[],
  env?: Record<string, string>,
): { child: ChildProcess; output: Promise<string> } {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const child = spawn(process.execPath, ['--import', 'tsx', path, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(env ? { env } : {}),
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const output = new Promise<string>((resolve) => child.on('close', () => resolve(out)));
  return { child, output };
}
