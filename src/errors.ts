// Stable error codes. Logs, CLI output and user replies name these codes; never rename one.

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_FILE_UNREADABLE'
  | 'DB_UNREACHABLE'
  | 'DB_AUTH_FAILED'
  | 'DB_MIGRATION_FAILED'
  | 'DB_LOCKED'
  | 'DB_UNWRITABLE'
  | 'FEED_URL_INVALID'
  | 'FEED_ADDRESS_BLOCKED'
  | 'FEED_FETCH_FAILED'
  | 'FEED_HTTP_ERROR'
  | 'FEED_TIMEOUT'
  | 'FEED_TOO_LARGE'
  | 'FEED_REDIRECT_REFUSED'
  | 'FEED_DUPLICATE'
  | 'FEED_NOT_FOUND'
  | 'NOT_A_FEED'
  | 'EMPTY_DOCUMENT'
  | 'PARSE_ERROR'
  | 'TOO_LARGE'
  | 'NO_ARTICLE'
  | 'NOT_HTML'
  | 'BAD_ARGUMENT'
  | 'NOT_ADMIN'
  | 'NOT_FOUND'
  | 'CONFIG_OWNED'
  | 'SEED_FEED'
  | 'DELIVERY_NOT_FOUND'
  | 'OPML_INVALID'
  | 'PLATFORM_ERROR'
  | 'RATE_LIMITED'
  | 'SUMMARIZER_FAILED'
  | 'INTERNAL';

export interface AppErrorOptions {
  /** Safe to show to the person who asked; absent means "answer generically". */
  userMessage?: string;
  retryable?: boolean;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string | undefined;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage;
    this.retryable = options.retryable ?? false;
  }
}

/** An error the user caused and can fix; shown to them privately, never logged as a crash. */
export function userError(code: ErrorCode, message: string): AppError {
  return new AppError(code, message, { userMessage: message });
}

export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}

/** The message of anything thrown, for logs and CLI output. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
