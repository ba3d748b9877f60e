// Where the evaluation corpus is: `<repo>/../shared/corpus` (CI and the main checkout), or one
// level further up for a git worktree under wt/; DIGESTBOT_CORPUS_DIR overrides both.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function corpusDir(): string {
  const candidates = [
    process.env.DIGESTBOT_CORPUS_DIR,
    resolve(repo, '..', 'shared', 'corpus'),
    resolve(repo, '..', '..', 'shared', 'corpus'),
  ];
  const found = candidates.find((d): d is string => !!d && existsSync(d));
  return found ?? resolve(repo, '..', 'shared', 'corpus');
}
