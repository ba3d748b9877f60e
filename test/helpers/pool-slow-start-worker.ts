// A worker for the worker-pool tests that takes 2 s to load (a busy wait before it serves), as a
// thread starting on a loaded machine does; then it echoes.
import { serveTasks } from '../../src/runtime/worker-pool.js';

const loadedAt = Date.now() + 2_000;
while (Date.now() < loadedAt); // busy: the thread is still "loading its modules"

serveTasks((task: { echo: string }) => `${task.echo} after a slow start`, 'INTERNAL');
