// Worker thread entry: parses one document from workerData and posts the feed or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, errorMessage } from '../../errors.js';
import type { ParseOptions } from './options.js';
import { parseFeedSync } from './sync.js';

const { input, options } = workerData as { input: Uint8Array | string; options: ParseOptions };
try {
  parentPort!.postMessage({ feed: parseFeedSync(input, options) });
} catch (err) {
  const code = err instanceof AppError ? err.code : 'PARSE_ERROR';
  parentPort!.postMessage({ error: { code, message: errorMessage(err) } });
}
