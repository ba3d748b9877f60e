// What response headers say about when to ask again.
import type { IncomingHttpHeaders } from 'node:http';

export const DEFAULT_RETRY_AFTER_MS = 600_000;
export const MAX_RETRY_AFTER_MS = 6 * 3_600_000;

/** One header value (the first when repeated). */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Retry-After (delay-seconds or an HTTP date) as a wait in ms: 600 s when absent or unreadable, at most 6 h. */
export function retryAfterMs(value: string | undefined, now: number): number {
  const text = value?.trim() ?? '';
  let wait = DEFAULT_RETRY_AFTER_MS;
  if (/^\d+$/.test(text)) wait = Number(text) * 1000;
  else if (/[a-z]/i.test(text) && !Number.isNaN(Date.parse(text))) wait = Date.parse(text) - now;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, wait));
}

/**
 * How long the response says it stays fresh, in ms: Cache-Control max-age, else Expires (against
 * Date). Null when it says nothing useful: no header, no-cache, or already stale (`max-age=0`,
 * `Expires: 0` are server defaults, not requests to be polled more often).
 */
export function freshForMs(headers: IncomingHttpHeaders, now: number): number | null {
  const cacheControl = header(headers, 'cache-control')?.toLowerCase() ?? '';
  const maxAge = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/.exec(cacheControl);
  let fresh: number | null = null;
  if (maxAge) fresh = Number(maxAge[1]) * 1000;
  else if (!/no-cache|no-store/.test(cacheControl)) {
    const expires = Date.parse(header(headers, 'expires') ?? '');
    const date = Date.parse(header(headers, 'date') ?? '');
    if (!Number.isNaN(expires)) fresh = expires - (Number.isNaN(date) ? now : date);
  }
  return fresh !== null && fresh > 0 ? fresh : null;
}
