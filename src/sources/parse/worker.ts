// Worker thread entry: parses each document it is sent (see offload.ts).
import { serveTasks } from '../../runtime/worker-pool.js';
import type { ParseTask } from './offload.js';
import { parseFeedSync } from './sync.js';

serveTasks(({ input, options }: ParseTask) => parseFeedSync(input, options), 'PARSE_ERROR');
