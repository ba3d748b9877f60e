// `digestbot start` as a child process, as production runs it: the same entry point and module
// graph, its JSON log lines collected (each fires 'event' for test/helpers/wait.ts), the port of
// its HTTP listener read from the log, and a stop that sends SIGTERM and waits for the exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cliArgv, SOURCE_CLI } from './cli.js';
import { waitFor } from './wait.js';

export interface BotProcess {
  child: ChildProcess;
  /** Parsed log lines, in order. */
  logs: Record<string, unknown>[];
  events: EventEmitter;
  /** The HTTP listener's port (after `started`). */
  port: number;
  url(path: string): string;
  /** Waits for a log line whose msg matches. */
  logged(msg: string | RegExp, what?: string): Promise<Record<string, unknown>>;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** `cli`: the entry point (default: the sources through tsx; test/helpers/cli.ts DIST_CLI for the build). */
export async function startBot(env: Record<string, string>, cli = SOURCE_CLI): Promise<BotProcess> {
  const child = spawn(process.execPath, cliArgv(cli, ['start']), {
    env: { PATH: process.env.PATH ?? '', DIGESTBOT_SEED_FEEDS: 'false', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events = new EventEmitter();
  const logs: Record<string, unknown>[] = [];
  let rest = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    rest += d.toString();
    const lines = rest.split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
    events.emit('event');
  });
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.on('exit', () => events.emit('event'));
  const logged = (msg: string | RegExp, what?: string) =>
    waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`digestbot start exited with ${child.exitCode}: ${stderr}`);
        return logs.find((l) => (typeof msg === 'string' ? l.msg === msg : msg.test(String(l.msg))));
      },
      { what: what ?? `the log line "${String(msg)}"`, on: [events], timeoutMs: 90_000 },
    );
  await logged('digestbot started');
  const port = Number((logs.find((l) => l.msg === 'HTTP listener ready') as { port: number }).port);
  return {
    child,
    logs,
    events,
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    logged,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
