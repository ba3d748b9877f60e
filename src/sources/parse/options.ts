// Options of parseFeed / parseFeedSync.

export interface ParseOptions {
  /** The feed's URL: relative links resolve against it. */
  url?: string;
  /** HTTP Content-Type header, for the charset. */
  contentType?: string;
  /** At most this many items are returned. */
  maxItems?: number;
  /** Larger input (after gzip) is refused with TOO_LARGE; default 10 MiB. */
  maxBytes?: number;
  /** parseFeed hands input at least this large to a worker thread; default 1 MiB. */
  offloadBytes?: number;
}
