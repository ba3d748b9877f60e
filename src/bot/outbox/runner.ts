// The outbox loop of a running bot: drain while there is work, then poll (or wake on kick()).
import { errorMessage } from '../../errors.js';
import { drainOnce } from './drain.js';
import { DEFAULT_OUTBOX_OPTIONS, type OutboxDeps, type OutboxOptions } from './types.js';

export interface OutboxRunner {
  /** Drain now (e.g. right after a digest was queued). */
  kick(): void;
  /** Stops after the round in flight; resolves when it has settled. */
  stop(): Promise<void>;
}

export function startOutbox(deps: OutboxDeps, options: OutboxOptions = DEFAULT_OUTBOX_OPTIONS, pollMs = 2000): OutboxRunner {
  let stopping = false;
  let wake: (() => void) | null = null;
  const pause = () =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, pollMs);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const loop = (async () => {
    while (!stopping) {
      try {
        const r = await drainOnce(deps, options);
        if (r.claimed > 0) continue;
      } catch (err) {
        deps.log.error({ err: errorMessage(err) }, 'outbox round failed');
      }
      if (!stopping) await pause();
      wake = null;
    }
  })();
  return {
    kick: () => wake?.(),
    stop: async () => {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
