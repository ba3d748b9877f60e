// The optional LLM summarizer behind the Summarizer contract. It never throws: every failure
// (network, HTTP, timeout, malformed or unfaithful answer, spent token budget, spent LLM time,
// open circuit breaker) ends in the extractive summary, with the reason logged. One summarizer
// serves one digest: its deadline starts with its first call.
import type { Config } from '../../../config.js';
import { errorMessage } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { summarizeExtractive } from '../extractive.js';
import type { Summarizer, SummaryInput, SummaryResult } from '../types.js';
import { assemble } from './assemble.js';
import { createCircuitBreaker, type CircuitBreaker } from './breaker.js';
import { createTokenBudget, estimateTokens, type TokenBudget } from './budget.js';
import { cacheKey, type LlmCache } from './cache.js';
import { baseOf, buildRequest, MAX_OUTPUT_TOKENS, readCompletion, wireOf, type Endpoint, type Provider } from './dialects.js';
import { LlmFailure } from './failure.js';
import { postJson } from './http.js';
import { readOutput, type LlmOutput } from './output.js';
import { buildPrompt, numberSentences, PROMPT_VERSION, type Prompt } from './prompt.js';

export type SummarizerConfig = Config['summarizer'];

export interface LlmDeps {
  log: Logger;
  /** The digest's token allowance; one per summarizer from `tokenBudget` when absent. */
  budget?: TokenBudget;
  /** Answers kept by content hash (the store's `llmCacheIn(db)`); none when absent. */
  cache?: LlmCache;
  /** The endpoint's breaker, shared by the process's digests; one per summarizer when absent. */
  breaker?: CircuitBreaker;
  fetch?: typeof fetch;
  /** How retries wait (tests pass one that records the waits). */
  sleep?: (ms: number) => Promise<void>;
  /** The clock of the deadline and the breaker's cool-down. */
  now?: () => number;
}

/** The breaker `summarizerFor` callers share between digests. */
export const breakerFor = (config: SummarizerConfig) => createCircuitBreaker(config.breakerFailures, config.breakerCooldownMs);

/** Failures that say nothing new about the story: logged once, not per story. */
const QUIET: ReadonlySet<string> = new Set(['deadline', 'circuit_open']);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createLlmSummarizer(config: SummarizerConfig, deps: LlmDeps): Summarizer {
  const provider = config.provider as Provider;
  const endpoint: Endpoint = { provider, baseUrl: config.baseUrl, model: config.model ?? '', apiKey: config.apiKey };
  const wire = wireOf(endpoint);
  const budget = deps.budget ?? createTokenBudget(config.tokenBudget);
  const { log, cache } = deps;
  const http = {
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: deps.fetch ?? globalThis.fetch,
    sleep: deps.sleep ?? realSleep,
    now: deps.now ?? Date.now,
    log,
    breaker: deps.breaker ?? breakerFor(config),
    onOpen: (failure: LlmFailure, until: number) =>
      log.error(
        { provider, url: baseOf(endpoint), model: endpoint.model, failures: config.breakerFailures, err: failure.message },
        `the LLM endpoint failed ${config.breakerFailures} calls in a row: summaries are extractive until ${new Date(until).toISOString()}; ` +
          `check that the server at ${baseOf(endpoint)} is up and serves the model ${endpoint.model}, and SUMMARIZER_URL/SUMMARIZER_PROVIDER ` +
          '(`digestbot config check` probes it)',
      ),
  };
  let deadlineAt: number | null = null;
  let deadlineLogged = false;

  async function cached(key: string): Promise<LlmOutput | null> {
    if (!cache) return null;
    try {
      const hit = await cache.get(key);
      return hit === undefined ? null : readOutput(hit);
    } catch (err) {
      log.warn({ err: errorMessage(err) }, 'LLM cache entry unreadable; asking the model');
      return null;
    }
  }

  async function ask(prompt: Prompt): Promise<LlmOutput> {
    const request = buildRequest(endpoint, prompt);
    const reserve = estimateTokens(prompt.system + prompt.user) + MAX_OUTPUT_TOKENS;
    if (!budget.reserve(reserve)) {
      throw new LlmFailure('budget', `the digest's token budget (${budget.limit}) has ${budget.limit - budget.spent()} left`);
    }
    let used = 0;
    deadlineAt ??= http.now() + config.deadlineMs;
    try {
      const completion = await postJson(request, http, {
        read: (body) => readCompletion(wire, body),
        notAnswer: `the answer is not a ${provider} completion`,
        deadlineAt,
        deadlineMs: config.deadlineMs,
      });
      used = completion.tokens ?? estimateTokens(prompt.system + prompt.user + completion.text);
      return readOutput(completion.text);
    } finally {
      budget.settle(reserve, used);
    }
  }

  async function summarize(input: SummaryInput): Promise<SummaryResult> {
    const extractive = summarizeExtractive(input);
    const sentences = numberSentences(input.articles);
    if (sentences.length === 0) return extractive;
    const prompt = buildPrompt(input.articles, sentences);
    const key = cacheKey({ provider, model: endpoint.model, promptVersion: PROMPT_VERSION, ...prompt });
    const story = input.articles.map((a) => a.id);
    try {
      let output = await cached(key);
      if (output) log.debug({ story, key }, 'LLM answer from the cache');
      else {
        output = await ask(prompt);
        await cache?.put(key, JSON.stringify(output)).catch((err: unknown) => {
          log.warn({ err: errorMessage(err) }, 'LLM answer not cached');
        });
      }
      return assemble(output, { input, sentences, extractive, log });
    } catch (err) {
      const reason = err instanceof LlmFailure ? err.reason : 'internal';
      if (reason === 'deadline' && !deadlineLogged) {
        deadlineLogged = true;
        log.warn(
          { provider, deadlineMs: config.deadlineMs },
          `the digest's LLM time (${config.deadlineMs} ms) is spent: the rest of its stories get extractive summaries`,
        );
      }
      (QUIET.has(reason) ? log.debug.bind(log) : log.warn.bind(log))(
        { reason, story, provider, model: endpoint.model, err: errorMessage(err) },
        'LLM summary not used; extractive summary instead',
      );
      return extractive;
    }
  }

  return { summarize };
}
