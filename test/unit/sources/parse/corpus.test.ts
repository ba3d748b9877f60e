// The conformance score on the shared feed corpus (<repo>/../shared/corpus), same scoring as
// `npx tsx eval/parse.ts`. Skipped, visibly, where the corpus is absent.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateParse, feedsCorpusDir, report } from '../../../../eval/parse.js';

const dir = feedsCorpusDir();
const present = existsSync(join(dir, 'manifest.json'));
if (!present) process.stdout.write(`\nparse corpus test: SKIPPED (no corpus at ${dir})\n\n`);

describe.skipIf(!present)('feed corpus conformance', () => {
  it(
    'passes ≥ 95% of applicable files, parses every real-world capture, errors only where expected',
    { timeout: 120_000 },
    async () => {
      const r = await evaluateParse(dir);
      process.stdout.write(`\n${report(r)}\n\n`);
      expect(r.ours.rate).toBeGreaterThanOrEqual(0.95);
      expect(r.ours.realWorld.parsed).toBe(r.ours.realWorld.total);
      expect(r.ours.unexpectedErrors).toEqual([]);
      expect(r.ours.missedErrors).toEqual([]);
    },
  );
});
