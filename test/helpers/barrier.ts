// Racing processes that really overlap, however loaded the machine: each child says "ready" once
// it has opened what it needs and waits for "go" on stdin; the parent sends "go" to all of them at
// once, after every one is ready.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const READY = 'ready';

/** In the child: announce readiness and wait for the parent's go. */
export async function readyThenGo(): Promise<void> {
  process.stdout.write(`${READY}\n`);
  await once(process.stdin, 'data');
  process.stdin.pause();
}

export interface ReadyProcess {
  ready: Promise<void>;
  go(): void;
  /** Everything the child wrote to stdout after "ready"; rejects when it exits non-zero. */
  output: Promise<string>;
}

/** In the parent: a TypeScript file run with tsx, stopped after `timeoutMs` whatever happens. */
export function spawnReady(file: URL, args: string[], timeoutMs = 120_000): ReadyProcess {
  const path = fileURLToPath(file);
  const child = spawn(process.execPath, ['--import', 'tsx', path, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith(`${READY}\n`)) markReady();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const output = new Promise<string>((resolve, reject) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out.slice(READY.length + 1));
      else reject(new Error(`${path} exited with ${code}: ${err}`));
    }),
  );
  // A child that dies before it is ready must not leave the parent waiting on `ready`.
  output.catch(() => undefined).finally(markReady);
  return { ready, go: () => child.stdin.end('go\n'), output };
}

/** Starts every child, waits until all are ready, lets them go together and collects their output. */
export async function runTogether(children: { file: URL; args: string[]; timeoutMs?: number }[]): Promise<string[]> {
  const started = children.map((c) => spawnReady(c.file, c.args, c.timeoutMs));
  await Promise.all(started.map((s) => s.ready));
  for (const s of started) s.go();
  return Promise.all(started.map((s) => s.output));
}
