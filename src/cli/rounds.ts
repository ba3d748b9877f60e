// `digestbot rounds extract [--json]`: funding rounds read from texts given as JSON lines on stdin
// ({ id, text, published?, title?, site? | source? | url? }); one output line per input, in order
// (EVALUATION.md). `title` is joined on when the text does not start with it; `site` (or `source`,
// or the page's `url`) names who "we" is in a first-party post.
import type { Command } from 'commander';
import type { ExtractedRound } from '../model.js';
import { readJsonLines, writeJsonLine } from './io.js';

/** One input line; built when the command runs, so zod loads with it and not with `--help`. */
const inputSchema = async () => {
  const { z } = await import('zod');
  return z.object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    published: z.union([z.string(), z.number()]).nullish(),
    /** The article's title when `text` does not start with it. */
    title: z.string().nullish(),
    /** The feed's or site's name, or its address: who "we" is in a first-party post. */
    site: z.string().nullish(),
    source: z.string().nullish(),
    url: z.string().nullish(),
  });
};

function describe(r: ExtractedRound): string {
  const amount = r.amount === null ? 'undisclosed amount' : `${r.currency} ${r.amount.toLocaleString('en-US')}`;
  const lead = r.leadInvestors.length ? `, led by ${r.leadInvestors.join(', ')}` : '';
  return `${r.company}: ${amount}, ${r.roundType}${r.status === 'in_talks' ? ' (in talks)' : ''}${lead}`;
}

export function registerRounds(program: Command): void {
  program
    .command('rounds')
    .description('funding rounds read from news text')
    .command('extract')
    .description(
      'read JSON lines {id, text, published?, title?, site?|source?|url?} on stdin and write the rounds each text reports',
    )
    .option('--json', 'write one JSON line {id, rounds} per input (the evaluation contract)')
    .action(async (opts: { json?: boolean }) => {
      const [{ extractRounds }, { parsePublished }] = await Promise.all([
        import('../rounds/extract.js'),
        import('../text/dates.js'),
      ]);
      const inputs = await readJsonLines(process.stdin, await inputSchema());
      for (const input of inputs) {
        const rounds = extractRounds(input.text, {
          published: parsePublished(input.published),
          title: input.title,
          site: input.site ?? input.source ?? input.url,
        });
        if (opts.json) writeJsonLine({ id: input.id, rounds });
        else process.stdout.write(`${input.id}\n${rounds.map((r) => `  ${describe(r)}\n`).join('') || '  (no rounds)\n'}`);
      }
    });
}
