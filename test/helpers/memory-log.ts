// A real pino logger whose lines are kept in memory, so tests can assert what was logged.
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.js';

export interface MemoryLog {
  log: Logger;
  lines: Record<string, unknown>[];
  /** Lines whose message contains `text`. */
  find(text: string): Record<string, unknown>[];
}

export function memoryLog(): MemoryLog {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return {
    log: createLogger({ level: 'debug', destination }),
    lines,
    find: (text) => lines.filter((l) => String(l.msg).includes(text)),
  };
}
