// Runs a parse on a worker thread so a large document never stalls the event loop.
// Compiled code starts worker.js directly. From TypeScript sources (tsx, vitest) the worker first
// registers tsx's loader, then imports worker.ts: the same file works in all three settings.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../errors.js';
import type { ParsedFeed } from '../../model.js';
import type { ParseOptions } from './options.js';

/** A parse taking longer than this is abandoned (the worker is terminated). */
export const WORKER_TIMEOUT_MS = 30_000;

function startWorker(workerData: unknown): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: 1024 };
  const compiled = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, { workerData, resourceLimits });
  const source = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** The file URL of tsx's ESM API, read from its package exports (a dev dependency). */
function tsxEsmApi(): string {
  const pkgFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
}

type Reply = { feed: ParsedFeed } | { error: { code: ErrorCode; message: string } };

export function parseInWorker(input: Uint8Array | string, options: ParseOptions): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ input, options });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new AppError('PARSE_ERROR', `Parsing took longer than ${WORKER_TIMEOUT_MS} ms`));
    }, WORKER_TIMEOUT_MS);
    const settle = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (reply: Reply) => {
      settle();
      if ('feed' in reply) resolve(reply.feed);
      else reject(new AppError(reply.error.code, reply.error.message));
    });
    worker.once('error', (err) => {
      settle();
      reject(new AppError('PARSE_ERROR', `Parser worker failed: ${err.message}`, { cause: err }));
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new AppError('PARSE_ERROR', `Parser worker exited (code ${code}) without a result`));
    });
  });
}
