// A compiled worker thread starts with the process's flags minus its module loaders: tsx, loaded
// by tests, benches and `npx tsx src/cli.ts`, is not loaded again into every worker.
import { describe, expect, it } from 'vitest';
import { compiledWorkerArgv } from '../../../src/runtime/worker-pool.js';

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
});
