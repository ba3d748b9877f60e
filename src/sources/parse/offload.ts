// Runs a parse on a worker thread so a large document never stalls the event loop.
import type { ParsedFeed } from '../../model.js';
import { createWorkerPool, type WorkerPool } from '../../runtime/worker-pool.js';
import type { ParseOptions } from './options.js';

/** A parse taking longer than this is abandoned (its worker is terminated). */
export const WORKER_TIMEOUT_MS = 30_000;

export interface ParseTask {
  input: Uint8Array | string;
  options: ParseOptions;
}

let pool: WorkerPool<ParseTask, ParsedFeed> | undefined;

export function parseInWorker(input: Uint8Array | string, options: ParseOptions): Promise<ParsedFeed> {
  pool ??= createWorkerPool(new URL('./worker.js', import.meta.url), {
    size: 1,
    timeoutMs: WORKER_TIMEOUT_MS,
    errorCode: 'PARSE_ERROR',
    label: 'Parsing',
  });
  return pool.run({ input, options });
}
