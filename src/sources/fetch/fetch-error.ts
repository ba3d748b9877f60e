import { AppError, type AppErrorOptions, type ErrorCode } from '../../errors.js';

export interface FetchErrorDetails extends AppErrorOptions {
  /** HTTP status, for FEED_HTTP_ERROR. */
  status?: number;
  /** When the host may be asked again (429/503 Retry-After, or a host already in backoff). */
  retryAt?: number;
}

/** A failed feed fetch. The message names the URL and the cause; the user may see it (admins typed the URL). */
export class FetchError extends AppError {
  readonly status: number | undefined;
  readonly retryAt: number | undefined;

  constructor(code: ErrorCode, message: string, details: FetchErrorDetails = {}) {
    super(code, message, { userMessage: message, ...details });
    this.name = 'FetchError';
    this.status = details.status;
    this.retryAt = details.retryAt;
  }
}
