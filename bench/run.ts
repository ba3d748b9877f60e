// `npm run bench`: every speed and memory measurement (the poll one takes a few minutes; the growth
// ones, seeding a million articles and four months of news, take 20–40 on first run).
import { runEach } from '../scripts/run-each.js';

process.exitCode = runEach(
  'bench',
  [
    'parse',
    'extract',
    'summarize',
    'rounds',
    'faithfulness',
    'compose',
    'round',
    'deliveries',
    'startup',
    'poll',
    'growth',
    'growth-steady',
  ],
  process.argv.slice(2),
);
