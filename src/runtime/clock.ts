// The clock trigger: node-cron wakes the process every minute and at start; each wake runs one
// cycle unless the previous one is still running. Correctness never depends on the wake-ups:
// a cycle works out from the clock and the store what is due (see cycle.ts, slots.ts).
import { schedule as cronSchedule, type ScheduledTask } from 'node-cron';
import type { Logger } from '../log.js';

export interface Scheduler {
  /** Runs a cycle now unless one is running; resolves when that cycle ends. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startScheduler(cycle: () => Promise<unknown>, log: Logger, expression = '* * * * *'): Scheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped) return Promise.resolve();
    running ??= cycle()
      .then(() => undefined)
      .catch((err: unknown) => log.error({ err }, 'cycle failed'))
      .finally(() => (running = null));
    return running;
  };
  const task: ScheduledTask = cronSchedule(expression, () => void tick(), { name: 'digestbot-cycle' });
  void tick();
  return {
    tick,
    stop: async () => {
      stopped = true;
      await task.stop();
      await running;
    },
  };
}
