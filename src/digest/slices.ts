// Long CPU work of a digest (clustering a 5,000-article window, ranking its stories, checking 250
// rounds against their sources) done in slices, the event loop free in between: a slot runs on the
// main thread beside commands, interactions and /healthz (decision 0030).
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** CPU milliseconds of work between two turns of the event loop, at most about this. */
const SLICE_MS = 20;

/** Calls `fn` on each item in order, yielding to the event loop every SLICE_MS. */
export async function eachInSlices<T>(items: readonly T[], fn: (item: T) => void): Promise<void> {
  let since = performance.now();
  for (const item of items) {
    fn(item);
    if (performance.now() - since < SLICE_MS) continue;
    await yieldToLoop();
    since = performance.now();
  }
}
