// A compiled worker thread starts with the process's flags minus its module loaders: tsx, loaded
// by tests, benches and `npx tsx src/cli.ts`, is not loaded again into every worker; flags a
// worker refuses (V8's heap sizes, --expose-gc) are left with the process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { compiledWorkerArgv, startCompiledWorker } from '../../../src/runtime/worker-pool.js';

describe('compiled worker flags', () => {
  it('drops loader flags written with their value apart or joined, and keeps every other flag', () => {
    expect(
      compiledWorkerArgv([
        '--require',
        '/x/tsx/preflight.cjs',
        '--import',
        'file:///x/tsx/loader.mjs',
        '--enable-source-maps',
        '--loader=ts-node/esm',
        '-r',
        'dotenv/config',
        '--experimental-loader',
        './hooks.mjs',
        '--max-old-space-size=512',
        '--import=tsx',
      ]),
    ).toEqual(['--enable-source-maps', '--max-old-space-size=512']);
  });

  it('leaves flags that only start like a loader flag', () => {
    expect(compiledWorkerArgv(['--imports-are-not-a-flag', '--required-x'])).toEqual([
      '--imports-are-not-a-flag',
      '--required-x',
    ]);
  });

  it('starts a compiled worker when the process was given flags a worker refuses (node --max-old-space-size=… dist/cli.js)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digestbot-worker-argv-'));
    try {
      const file = join(dir, 'up.mjs');
      writeFileSync(file, "import { parentPort } from 'node:worker_threads'; parentPort.postMessage(process.execArgv);\n");
      const limits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
      const worker = startCompiledWorker(pathToFileURL(file), limits, [
        '--max-old-space-size=512',
        '--enable-source-maps',
        '--expose-gc',
      ]);
      const [argv] = (await once(worker, 'message')) as [string[]];
      expect(argv).toEqual(['--enable-source-maps']);
      await worker.terminate();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
