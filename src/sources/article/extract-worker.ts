// Worker thread entry of the extraction pool (extract-pool.ts).
import { serveTasks } from '../../runtime/worker-pool.js';
import { extractArticle } from './extract.js';

serveTasks(extractArticle, 'NO_ARTICLE');
