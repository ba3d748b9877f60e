// The dependencies of a cycle and of a slot run, assembled once from the opened app: `start`,
// `once` and the demo differ only in the fetcher, the admin alert and the outbox kick they pass.
import { breakerFor, createTokenBudget, summarizerFor, type Summarizer } from '../digest/summarize/index.js';
import type { App } from '../runtime/app.js';
import { llmCacheIn } from '../store/llm-cache.js';
import type { CycleDeps } from './cycle.js';

/** A summarizer per digest: the configured one, with its own token budget and deadline, the shared cache and circuit breaker. */
export function summarizerFactory(app: App): () => Summarizer {
  const config = app.config.summarizer;
  const cache = llmCacheIn(app.store.db);
  const breaker = breakerFor(config);
  return () => summarizerFor(config, { log: app.log, cache, breaker, budget: createTokenBudget(config.tokenBudget) });
}

export function cycleDeps(
  app: App,
  parts: Pick<CycleDeps, 'owner' | 'fetcher' | 'alert' | 'kick' | 'now' | 'threads'>,
): CycleDeps {
  return {
    store: app.store,
    config: app.config,
    log: app.log,
    summarizer: summarizerFactory(app),
    ...parts,
  };
}
