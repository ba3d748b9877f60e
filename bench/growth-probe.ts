// Measuring tools of the growth bench: CPU milliseconds of a call, the event loop's delay while
// something runs, and the CPU time of the longest single statement a Kysely handle ran (a plugin
// sees each query before and its result after; on SQLite the statement runs synchronously in
// between, on the main thread, so its CPU time is what it holds the event loop for on an idle machine).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Db } from '../src/store/store.js';

/** CPU milliseconds (user + system, this process) a call took, and its result. */
export async function cpuMs<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const before = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface LoopDelay {
  /** Wall-clock delay of the event loop (ms): moves with the machine's load. */
  p99: number;
  max: number;
  /** CPU ms this process used between two turns of the loop, at most: the longest synchronous stretch, whatever the load. */
  maxCpu: number;
}

/** The event loop's delay while `fn` runs (histogram sampled every 5 ms), and its longest stretch in CPU ms (a 1 ms timer). */
export async function loopDelayDuring<T>(fn: () => Promise<T>): Promise<{ delay: LoopDelay; value: T }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
  let last = cpuNow();
  let maxCpu = 0;
  const timer = setInterval(() => {
    const now = cpuNow();
    maxCpu = Math.max(maxCpu, now - last);
    last = now;
  }, 1);
  h.enable();
  // The histogram measures between two of its timer's turns: let it turn before and after, or a
  // stall at the very start or end goes unrecorded.
  await tick();
  const value = await fn();
  await tick();
  h.disable();
  clearInterval(timer);
  return { delay: { p99: h.percentile(99) / 1e6, max: h.max / 1e6, maxCpu }, value };
}

/** A handle over `db` that remembers its longest statement (CPU ms), reset by `take()`. */
export function timedDb(db: Db): { db: Db; take: () => number } {
  const started = new Map<unknown, number>();
  let longest = 0;
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      started.set(args.queryId, cpuNow());
      return args.node;
    },
    transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const at = started.get(args.queryId);
      if (at !== undefined) {
        longest = Math.max(longest, cpuNow() - at);
        started.delete(args.queryId);
      }
      return Promise.resolve(args.result);
    },
  };
  return {
    db: db.withPlugin(plugin),
    take: () => {
      const out = longest;
      longest = 0;
      return out;
    },
  };
}

export const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] ?? NaN;
};
