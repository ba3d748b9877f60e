// Worker thread entry of the read pool (read-pool.ts).
import { serveTasks } from '../runtime/worker-pool.js';
import { readFeed } from './read-feed.js';

serveTasks(readFeed, 'PARSE_ERROR');
