// readFeed on worker threads: one per core beside the event loop's, so parsing and normalizing
// a poll cycle's feeds run in parallel with fetching and storing.
import { availableParallelism } from 'node:os';
import { createWorkerPool, transferable, type WorkerPool } from '../runtime/worker-pool.js';
import { WORKER_TIMEOUT_MS } from './parse/offload.js';
import type { ReadFeed, ReadRequest } from './read-feed.js';

export type ReadPool = Pick<WorkerPool<ReadRequest, ReadFeed>, 'close'> & {
  /** Reads the feed on a worker thread; its body moves there (the caller is done with it). */
  run(request: ReadRequest): Promise<ReadFeed>;
};

export function createReadPool(size = Math.max(1, availableParallelism() - 1)): ReadPool {
  const pool = createWorkerPool<ReadRequest, ReadFeed>(new URL('./read-worker.js', import.meta.url), {
    size,
    timeoutMs: WORKER_TIMEOUT_MS,
    errorCode: 'PARSE_ERROR',
    label: 'Reading a feed',
  });
  return { run: (request) => pool.run(request, transferable(request.body)), close: () => pool.close() };
}
