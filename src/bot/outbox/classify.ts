// What an HTTP answer means for a delivery: a pure function, the same for every platform (each
// poster first turns its SDK's error into an HttpOutcome).

export interface HttpOutcome {
  /** HTTP status; null when no answer arrived (connection dropped, timeout): the post may have landed. */
  status: number | null;
  retryAfterMs?: number;
  /** Platform error code or message, for logs and the delivery's last_error. */
  detail: string;
}

export type Verdict =
  | { kind: 'sent' }
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** Try again later; `maybePosted`: look for the message before sending it again. */
  | { kind: 'retry'; maybePosted: boolean }
  /** The platform refused this message; `destinationGone`: the channel refused us (403/404). */
  | { kind: 'rejected'; destinationGone: boolean };

/** When a 429 carries no Retry-After. */
export const DEFAULT_RETRY_AFTER_MS = 5000;

export function classify(o: Pick<HttpOutcome, 'status' | 'retryAfterMs'>): Verdict {
  const s = o.status;
  if (s === null) return { kind: 'retry', maybePosted: true };
  if (s >= 200 && s < 300) return { kind: 'sent' };
  if (s === 429) return { kind: 'rate_limited', retryAfterMs: Math.max(0, o.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS) };
  if (s === 403 || s === 404) return { kind: 'rejected', destinationGone: true };
  // Never processed: a timeout before the request was read, or credentials an operator can fix.
  if (s === 408 || s === 401) return { kind: 'retry', maybePosted: false };
  if (s >= 400 && s < 500) return { kind: 'rejected', destinationGone: false };
  // 5xx (a proxy may answer 502 after the platform stored the message) and anything unexpected.
  return { kind: 'retry', maybePosted: true };
}

/** 30 s × 2^(n-1) after the n-th failed attempt, at most an hour. */
export function retryDelayMs(failedAttempts: number, baseMs = 30_000, capMs = 3_600_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}
