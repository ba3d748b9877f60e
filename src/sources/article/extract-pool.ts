// Article extraction on worker threads, so pages are read beside the event loop (a page takes
// tens of milliseconds; a poll cycle may bring hundreds).
import { availableParallelism } from 'node:os';
import { createWorkerPool, transferable, type WorkerPool } from '../../runtime/worker-pool.js';
import type { ExtractTask } from './extract.js';
import type { PageArticle } from './page.js';

/** A page taking longer than this is abandoned (its worker is replaced). */
export const EXTRACT_TIMEOUT_MS = 10_000;

export type ExtractPool = Pick<WorkerPool<ExtractTask, PageArticle>, 'close'> & {
  /** Extracts the page's article on a worker thread; its body moves there. */
  run(task: ExtractTask): Promise<PageArticle>;
};

export function createExtractPool(size = Math.max(1, availableParallelism() - 1)): ExtractPool {
  const pool = createWorkerPool<ExtractTask, PageArticle>(new URL('./extract-worker.js', import.meta.url), {
    size,
    timeoutMs: EXTRACT_TIMEOUT_MS,
    errorCode: 'NO_ARTICLE',
    label: 'Extracting an article',
  });
  return { run: (task) => pool.run(task, transferable(task.body)), close: () => pool.close() };
}
