// readFeed on worker threads: one per core beside the event loop's, so parsing and normalizing
// a poll cycle's feeds run in parallel with fetching and storing.
import { availableParallelism } from 'node:os';
import { createWorkerPool, type WorkerPool } from '../worker-pool.js';
import { WORKER_TIMEOUT_MS } from './parse/offload.js';
import type { ReadFeed, ReadRequest } from './read-feed.js';

export type ReadPool = WorkerPool<ReadRequest, ReadFeed>;

export function createReadPool(size = Math.max(1, availableParallelism() - 1)): ReadPool {
  return createWorkerPool(new URL('./read-worker.js', import.meta.url), {
    size,
    timeoutMs: WORKER_TIMEOUT_MS,
    errorCode: 'PARSE_ERROR',
    label: 'Reading a feed',
  });
}
