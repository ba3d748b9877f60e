// eld's extra-small n-gram table as JSON (dist/language-table.json), written by `npm run build`.
// eld ships its tables as JavaScript object literals; compiling the 0.95 MB literal costs every
// thread that detects a language 0.39 s CPU and 82 MB of memory that stays, where JSON.parse of the
// same data costs 0.14 s and 28 MB (issue 20: the poll's peak RSS; docs/decisions/0037). The file
// names the eld version it was read from, so an upgraded eld without a rebuild falls back to eld's
// own module (src/sources/article/language.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Writes eld's extra-small table, with the eld version it came from, to `out`. */
export function writeLanguageTable(out: string): void {
  const entry = fileURLToPath(import.meta.resolve('eld/extrasmall'));
  const require = createRequire(import.meta.url);
  const { version } = require(join(dirname(entry), '..', '..', 'package.json')) as { version: string };
  const { ngramsData } = require(join(dirname(entry), '..', 'ngrams', 'extrasmall.js')) as {
    ngramsData?: { languages?: unknown; ngrams?: unknown };
  };
  if (!ngramsData?.ngrams || !ngramsData.languages) throw new Error(`eld ${version}: no n-gram table in its extrasmall file`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ eldVersion: version, data: ngramsData }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeLanguageTable(fileURLToPath(new URL('../dist/language-table.json', import.meta.url)));
}
