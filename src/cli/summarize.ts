// `digestbot summarize [--json] [--group]`: articles as JSON lines on stdin → TL;DR and takeaways.
import type { Command } from 'commander';
import type { SummaryResult } from '../digest/summarize/index.js';
import { userError } from '../errors.js';
import { readJsonLines, writeJsonLine } from './io.js';

/** One article line; built when the command runs, so zod loads with it and not with `--help`. */
const articleSchema = async () => {
  const { z } = await import('zod');
  return z.object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    title: z.string().optional(),
    text: z.string(),
    url: z.string().optional(),
    published: z.string().optional(),
  });
};

function printText(heading: string, result: SummaryResult, cite: boolean): void {
  const bullets = result.takeaways.map((t) => `  - ${t.text}${cite ? ` [${t.sources.join(', ')}]` : ''}`);
  process.stdout.write(`${heading}\nTL;DR: ${result.tldr}\n${bullets.join('\n')}\n\n`);
}

export function registerSummarize(program: Command): void {
  program
    .command('summarize')
    .description('summarize articles given as JSON lines { id, title?, text, url?, published? } on stdin')
    .option('--json', 'write one JSON line per result: { id, tldr, takeaways: [{ text }] }')
    .option('--group', 'all lines are one story: write one result whose takeaways cite their sources')
    .action(async (opts: { json?: boolean; group?: boolean }) => {
      const { summarizeExtractive } = await import('../digest/summarize/index.js');
      const articles = await readJsonLines(process.stdin, await articleSchema());
      if (opts.group) {
        if (articles.length === 0) throw userError('BAD_ARGUMENT', 'summarize --group: stdin has no article lines');
        const result = summarizeExtractive({ articles });
        const ids = articles.map((a) => a.id);
        if (!opts.json) return printText(`story of ${ids.join(', ')}`, result, true);
        const takeaways = result.takeaways.map((t) => ({ text: t.text, sources: t.sources }));
        return writeJsonLine({ ids, tldr: result.tldr, takeaways });
      }
      for (const article of articles) {
        const result = summarizeExtractive({ articles: [article] });
        if (!opts.json) printText(article.id, result, false);
        else writeJsonLine({ id: article.id, tldr: result.tldr, takeaways: result.takeaways.map((t) => ({ text: t.text })) });
      }
    });
}
