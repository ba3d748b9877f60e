// A worker for the worker-pool tests: echoes, adds up bytes, reports its heap limits or thread id, spins past a
// deadline, throws, or dies (at once, or once it has answered), as asked.
import { resourceLimits, threadId } from 'node:worker_threads';
import { AppError } from '../../src/errors.js';
import { serveTasks } from '../../src/runtime/worker-pool.js';

export type PoolTestTask =
  | { echo: string }
  | { spinMs: number }
  | { fail: string }
  | { exit: number }
  | { exitWhenIdle: true }
  | { sum: Uint8Array }
  | { limits: true }
  | { thread: true };

serveTasks((task: PoolTestTask) => {
  if ('echo' in task) return `${task.echo} from ${process.pid}`;
  if ('sum' in task) return String(task.sum.reduce((a, b) => a + b, 0));
  if ('limits' in task) return JSON.stringify(resourceLimits);
  if ('thread' in task) return String(threadId);
  if ('exitWhenIdle' in task) {
    setImmediate(() => process.exit(0)); // after the answer is sent: the thread ends while idle
    return 'bye';
  }
  if ('spinMs' in task) {
    const until = Date.now() + task.spinMs;
    while (Date.now() < until); // busy: only terminating the thread stops it
    return 'spun';
  }
  if ('fail' in task) throw new AppError('NOT_A_FEED', task.fail);
  process.exit(task.exit);
}, 'INTERNAL');
