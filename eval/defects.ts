// Reader-visible defects in digests built from real feed captures and the funding texts (eval/
// defects/digests.ts), counted per kind for the two halves of a hash split of the captures and for
// each set of blind feeds (test/fixtures/blind-feeds*); the bar is zero of every kind.
// `npx tsx eval/defects.ts [--show]` (--show lists each defect).
import { pathToFileURL } from 'node:url';
import { checkDigest, type DigestEval } from './digest.js';
import { allDigests, GROUPS, type Group } from './defects/digests.js';
import { digestDefects, KINDS, type Found, type Kind } from './defects/digest-kinds.js';
import type { Article } from '../src/model.js';
import { pagesOf } from '../src/digest/compose/story.js';

/**
 * What backs a line citing an article: every article read from the page it stands for (a source is
 * a page: an aggregator's item and the report it links are one source, compose/story.ts pagesOf).
 */
function pageTexts(articles: Article[]): Map<number, string> {
  const pages = pagesOf(articles);
  const byPage = new Map<string, string[]>();
  for (const [a, page] of pages) byPage.set(page, [...(byPage.get(page) ?? []), `${a.title}\n${a.text}`]);
  return new Map(articles.map((a) => [a.id, byPage.get(pages.get(a)!)!.join('\n')]));
}

export interface DefectEval {
  half: Group;
  digests: number;
  stories: number;
  counts: Record<Kind, number>;
  found: (Found & { digest: string })[];
  /** Every line checked against the articles it cites (eval/digest.ts): must be all supported. */
  faithful: DigestEval;
}

export async function main(): Promise<DefectEval[]> {
  const built = await allDigests();
  const groups = GROUPS.filter((g) => built.some((b) => b.half === g));
  return groups.map((half) => {
    const mine = built.filter((b) => b.half === half);
    const found = mine.flatMap((b) => digestDefects(b.digest, b.articles).map((f) => ({ ...f, digest: b.key })));
    const counts = Object.fromEntries(KINDS.map((k) => [k, found.filter((f) => f.kind === k).length])) as Record<Kind, number>;
    const faithful: DigestEval = { digests: mine.length, lines: 0, supported: 0, unsupported: [] };
    for (const b of mine) checkDigest(b.digest, pageTexts(b.articles), faithful);
    const stories = mine.reduce((n, b) => n + b.digest.stories.length, 0);
    return { half, digests: mine.length, stories, counts, found, faithful };
  });
}

export function formatDefects(evals: DefectEval[], show: boolean): string {
  const lines = [
    'reader-visible defects in digests from real captures (must be 0 of every kind)',
    `| kind | ${evals.map((e) => `${e.half.startsWith('blind') ? `${e.half} feeds` : `half ${e.half}`} (${e.digests} digests, ${e.stories} stories)`).join(' | ')} |`,
    `|---|${evals.map(() => '---').join('|')}|`,
    ...KINDS.map((k) => `| ${k} | ${evals.map((e) => e.counts[k]).join(' | ')} |`),
    `| total | ${evals.map((e) => e.found.length).join(' | ')} |`,
    `| lines with every number and name in a cited source | ${evals.map((e) => `${e.faithful.supported}/${e.faithful.lines}`).join(' | ')} |`,
  ];
  for (const e of evals)
    for (const u of e.faithful.unsupported)
      lines.push(`  ${e.half} UNSUPPORTED: ${u.missing.join(', ')} in "${u.line.slice(0, 100)}"`);
  if (show)
    for (const e of evals)
      for (const f of e.found) lines.push(`  ${e.half} ${f.kind} · ${f.digest} · ${f.where}: ${f.text.slice(0, 140)}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatDefects(await main(), process.argv.includes('--show'))}\n`);
}
