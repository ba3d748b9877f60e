// Measuring tools of the growth bench: CPU milliseconds of a call, the event loop's delay while
// something runs, and the longest single statement a Kysely handle ran (a plugin sees each query
// before and its result after; on SQLite the statement runs synchronously in between).
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

export interface LoopDelay {
  p99: number;
  max: number;
}

/** The event loop's delay (p99 and max, ms) while `fn` runs, sampled every 5 ms. */
export async function loopDelayDuring<T>(fn: () => Promise<T>): Promise<{ delay: LoopDelay; value: T }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const value = await fn();
  // One more turn so a stall at the very end is recorded.
  await new Promise((resolve) => setTimeout(resolve, 10));
  h.disable();
  return { delay: { p99: h.percentile(99) / 1e6, max: h.max / 1e6 }, value };
}

/** A handle over `db` that remembers its longest statement (ms, wall), reset by `take()`. */
export function timedDb(db: Db): { db: Db; take: () => number } {
  const started = new Map<unknown, number>();
  let longest = 0;
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      started.set(args.queryId, performance.now());
      return args.node;
    },
    transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const at = started.get(args.queryId);
      if (at !== undefined) {
        longest = Math.max(longest, performance.now() - at);
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
