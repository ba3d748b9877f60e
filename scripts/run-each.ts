// Runs scripts of a folder one after another, each in its own Node process (so one's memory and
// timers never skew the next), streaming their output under a heading. Used by `npm run eval`
// and `npm run bench`; names on the command line pick a subset (`npm run bench -- parse compose`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function runEach(folder: string, names: readonly string[], picked: readonly string[]): number {
  const unknown = picked.filter((p) => !names.includes(p));
  if (unknown.length > 0) {
    process.stderr.write(`unknown: ${unknown.join(', ')} (choose from ${names.join(', ')})\n`);
    return 2;
  }
  let failed = 0;
  for (const name of picked.length > 0 ? picked : names) {
    const file = fileURLToPath(new URL(`../${folder}/${name}.ts`, import.meta.url));
    process.stdout.write(`\n## ${folder}/${name}  (npx tsx ${folder}/${name}.ts)\n\n`);
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
    process.stdout.write(
      `\n(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s${r.status === 0 ? '' : `, exit ${r.status}`})\n`,
    );
    if (r.status !== 0) failed++;
  }
  return failed > 0 ? 1 : 0;
}
