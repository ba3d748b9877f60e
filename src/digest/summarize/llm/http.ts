// One API call: POST with a per-attempt timeout, bounded retries on 429, 5xx, timeouts and
// network errors, waiting what Retry-After asks (else exponential backoff).
import type { Logger } from '../../../log.js';
import { errorMessage } from '../../../errors.js';
import type { WireRequest } from './dialects.js';
import { LlmFailure } from './failure.js';

export interface HttpOptions {
  timeoutMs: number;
  maxRetries: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  log: Logger;
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

type Attempt = { body: unknown } | { failure: LlmFailure; retry: boolean; waitMs: number | null };

async function attempt(req: WireRequest, opts: HttpOptions): Promise<Attempt> {
  try {
    const res = await opts.fetch(req.url, {
      method: 'POST',
      headers: req.headers,
      body: req.body,
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    const text = await res.text();
    if (res.ok) {
      try {
        return { body: JSON.parse(text) };
      } catch (err) {
        return {
          failure: new LlmFailure('bad_response', 'the API answered with a body that is not JSON', err),
          retry: false,
          waitMs: null,
        };
      }
    }
    const reason = res.status === 429 ? 'rate_limited' : 'http';
    const failure = new LlmFailure(reason, `HTTP ${res.status} from ${req.url}: ${text.slice(0, DETAIL_CHARS)}`);
    return { failure, retry: retryable(res.status), waitMs: retryAfterMs(res.headers.get('retry-after'), Date.now()) };
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    const failure = timedOut
      ? new LlmFailure('timeout', `no answer from ${req.url} within ${opts.timeoutMs} ms`, err)
      : new LlmFailure('network', `cannot reach ${req.url}: ${errorMessage(err)}`, err);
    return { failure, retry: true, waitMs: null };
  }
}

/** The parsed JSON body of a 2xx answer; throws LlmFailure once retries are spent or pointless. */
export async function postJson(req: WireRequest, opts: HttpOptions): Promise<unknown> {
  for (let n = 0; ; n++) {
    const result = await attempt(req, opts);
    if ('body' in result) return result.body;
    const { failure, retry, waitMs } = result;
    const delay = waitMs ?? FIRST_BACKOFF_MS * 2 ** n;
    if (!retry || n >= opts.maxRetries || delay > MAX_WAIT_MS) throw failure;
    opts.log.debug({ reason: failure.reason, attempt: n + 1, waitMs: delay }, `LLM request failed, retrying: ${failure.message}`);
    await opts.sleep(delay);
  }
}
