// One API call: POST with a per-attempt timeout, bounded retries on 429, 5xx, timeouts and
// network errors, waiting what Retry-After asks (else exponential backoff). No attempt starts
// once the digest's LLM time is spent or while the circuit breaker is open, and no attempt or
// wait runs past the digest's deadline.
import type { Logger } from '../../../log.js';
import { errorMessage } from '../../../errors.js';
import type { CircuitBreaker } from './breaker.js';
import type { WireRequest } from './dialects.js';
import { LlmFailure } from './failure.js';

export interface HttpOptions {
  timeoutMs: number;
  maxRetries: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  log: Logger;
  breaker: CircuitBreaker;
  /** Told when a failure opens the breaker (the summarizer logs it, once). */
  onOpen: (failure: LlmFailure, until: number) => void;
}

/** What one call may use: the body reader (null: not this API's answer) and the digest's deadline. */
export interface CallLimits<T> {
  read: (body: unknown) => T | null;
  /** Not this API's answer, in words. */
  notAnswer: string;
  /** When the digest's LLM time is up (ms since the epoch), and how long it was. */
  deadlineAt: number;
  deadlineMs: number;
}

const FIRST_BACKOFF_MS = 1000;
/** A wait longer than this (Retry-After included) is not worth holding a digest for. */
const MAX_WAIT_MS = 60_000;
/** Error bodies are logged, never kept whole. */
const DETAIL_CHARS = 200;

const retryable = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/** Retry-After as seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\s*\d+(?:\.\d+)?\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

type Attempt<T> = { value: T } | { failure: LlmFailure; retry: boolean; waitMs: number | null };

async function attempt<T>(req: WireRequest, opts: HttpOptions, timeoutMs: number, limits: CallLimits<T>): Promise<Attempt<T>> {
  try {
    const res = await opts.fetch(req.url, {
      method: 'POST',
      headers: req.headers,
      body: req.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (res.ok) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (err) {
        const failure = new LlmFailure('bad_response', `${req.url} answered with a body that is not JSON`, err);
        return { failure, retry: false, waitMs: null };
      }
      const value = limits.read(body);
      if (value !== null) return { value };
      return { failure: new LlmFailure('bad_response', limits.notAnswer), retry: false, waitMs: null };
    }
    const reason = res.status === 429 ? 'rate_limited' : 'http';
    const failure = new LlmFailure(reason, `HTTP ${res.status} from ${req.url}: ${text.slice(0, DETAIL_CHARS)}`);
    return { failure, retry: retryable(res.status), waitMs: retryAfterMs(res.headers.get('retry-after'), Date.now()) };
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    const failure = timedOut
      ? new LlmFailure('timeout', `no answer from ${req.url} within ${timeoutMs} ms`, err)
      : new LlmFailure('network', `cannot reach ${req.url}: ${errorMessage(err)}`, err);
    return { failure, retry: true, waitMs: null };
  }
}

/** Throws when no attempt may start now: the breaker is open or the digest's LLM time is spent. */
function mayCall(opts: HttpOptions, limits: CallLimits<unknown>, now: number): number {
  const openUntil = opts.breaker.openUntil(now);
  if (openUntil !== null) {
    throw new LlmFailure(
      'circuit_open',
      `the endpoint is not called until ${new Date(openUntil).toISOString()} after failed calls`,
    );
  }
  const left = limits.deadlineAt - now;
  if (left <= 0) throw new LlmFailure('deadline', `the digest's LLM time (${limits.deadlineMs} ms) is spent`);
  return left;
}

/** What `read` made of a 2xx JSON answer; throws LlmFailure once retries are spent or pointless. */
export async function postJson<T>(req: WireRequest, opts: HttpOptions, limits: CallLimits<T>): Promise<T> {
  for (let n = 0; ; n++) {
    const left = mayCall(opts, limits, opts.now());
    const result = await attempt(req, opts, Math.min(opts.timeoutMs, left), limits);
    const opened = opts.breaker.record('value' in result, opts.now());
    if ('value' in result) return result.value;
    const { failure, retry, waitMs } = result;
    if (opened !== null) opts.onOpen(failure, opened);
    const delay = waitMs ?? FIRST_BACKOFF_MS * 2 ** n;
    const pointless = delay > MAX_WAIT_MS || delay >= limits.deadlineAt - opts.now() || opened !== null;
    if (!retry || n >= opts.maxRetries || pointless) throw failure;
    opts.log.debug({ reason: failure.reason, attempt: n + 1, waitMs: delay }, `LLM request failed, retrying: ${failure.message}`);
    await opts.sleep(delay);
  }
}
