// Reader-visible defects in digests built from real feed captures and the funding texts (eval/
// defects/digests.ts), counted per kind for the two halves of a hash split of the captures; the
// bar is zero of every kind. `npx tsx eval/defects.ts [--show]` (--show lists each defect).
import { pathToFileURL } from 'node:url';
import { allDigests } from './defects/digests.js';
import { digestDefects, KINDS, type Found, type Kind } from './defects/digest-kinds.js';

export interface DefectEval {
  half: 'A' | 'B';
  digests: number;
  stories: number;
  counts: Record<Kind, number>;
  found: (Found & { digest: string })[];
}

export async function main(): Promise<DefectEval[]> {
  const built = await allDigests();
  return (['A', 'B'] as const).map((half) => {
    const mine = built.filter((b) => b.half === half);
    const found = mine.flatMap((b) => digestDefects(b.digest, b.articles).map((f) => ({ ...f, digest: b.key })));
    const counts = Object.fromEntries(KINDS.map((k) => [k, found.filter((f) => f.kind === k).length])) as Record<Kind, number>;
    return { half, digests: mine.length, stories: mine.reduce((n, b) => n + b.digest.stories.length, 0), counts, found };
  });
}

export function formatDefects(evals: DefectEval[], show: boolean): string {
  const lines = [
    'reader-visible defects in digests from real captures (must be 0 of every kind)',
    `| kind | ${evals.map((e) => `half ${e.half} (${e.digests} digests, ${e.stories} stories)`).join(' | ')} |`,
    `|---|${evals.map(() => '---').join('|')}|`,
    ...KINDS.map((k) => `| ${k} | ${evals.map((e) => e.counts[k]).join(' | ')} |`),
    `| total | ${evals.map((e) => e.found.length).join(' | ')} |`,
  ];
  if (show)
    for (const e of evals)
      for (const f of e.found) lines.push(`  ${e.half} ${f.kind} · ${f.digest} · ${f.where}: ${f.text.slice(0, 140)}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatDefects(await main(), process.argv.includes('--show'))}\n`);
}
