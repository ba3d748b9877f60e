// `npm run eval`: every quality measurement on ../shared/corpus, with its baselines.
import { runEach } from '../scripts/run-each.js';

process.exitCode = runEach(
  'eval',
  ['parse', 'articles', 'summaries', 'rounds', 'cluster', 'importance', 'faithfulness', 'digest', 'defects'],
  process.argv.slice(2),
);
