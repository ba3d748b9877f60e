// Shapes shared by the parse evaluation: manifest entries, checks and one parser's result.
import type { ParsedFeed } from '../../src/model.js';

export interface ManifestEntry {
  file: string;
  category: string;
  format: string;
  expect_error: boolean;
  expected: {
    kind: 'feedparser_eval' | 'golden_json' | 'test_assertions' | 'none';
    checks?: { path: (string | number)[]; op: string; value?: unknown }[];
    golden_file?: string;
    golden_file_encoding?: string;
    producer?: string;
    summary?: Record<string, unknown>;
    assertions?: Record<string, unknown>[];
    extra_assertions?: Record<string, unknown>[];
    http_headers?: Record<string, string>;
  };
}

/** What a parser made of one file: the feed, and the charset it read the bytes as. */
export interface Result {
  feed: ParsedFeed;
  encoding: string;
}

/** Parse settings a check needs (an HTTP Content-Type, the document URL). */
export interface RunOptions {
  contentType?: string;
  url?: string;
}

export interface Check {
  /** Human-readable, e.g. `entries[0].title == "x"`. */
  what: string;
  /** False for checks on fields outside our model (counted, never scored). */
  applies: boolean;
  test?: (r: Result) => boolean;
  options?: RunOptions;
}

export const notApplicable = (what: string): Check => ({ what, applies: false });
