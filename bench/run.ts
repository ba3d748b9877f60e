// `npm run bench`: every speed and memory measurement (the poll one takes a few minutes).
import { runEach } from '../scripts/run-each.js';

process.exitCode = runEach(
  'bench',
  ['parse', 'extract', 'summarize', 'rounds', 'faithfulness', 'compose', 'round', 'deliveries', 'startup', 'poll'],
  process.argv.slice(2),
);
