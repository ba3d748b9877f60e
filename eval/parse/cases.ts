// One manifest entry to the checks that apply to it and the parse settings they need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertionChecks, assertionUrl } from './assertions.js';
import { expectationChecks } from './expectation.js';
import { feedparserChecks } from './feedparser-checks.js';
import { goldenExpectation } from './golden.js';
import type { Check, ManifestEntry, RunOptions } from './types.js';

export interface Case {
  entry: ManifestEntry;
  bytes: Uint8Array;
  options: RunOptions;
  checks: Check[];
}

function contentTypeOf(entry: ManifestEntry): string | undefined {
  const headers = entry.expected.http_headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
  return key ? headers[key] : undefined;
}

function checksFor(entry: ManifestEntry, feedsDir: string, bytes: Uint8Array): Check[] {
  const x = entry.expected;
  if (x.kind === 'feedparser_eval') return feedparserChecks(x.checks ?? []);
  if (x.kind === 'test_assertions') return assertionChecks(x.assertions ?? []);
  if (x.kind === 'golden_json' && x.golden_file) {
    const raw = readFileSync(join(feedsDir, x.golden_file));
    const golden: unknown = JSON.parse(new TextDecoder(x.golden_file_encoding ?? 'utf-8').decode(raw));
    const doc = new TextDecoder('latin1').decode(bytes);
    const expectation = goldenExpectation(entry.file.split('/')[0]!, golden, entry.file, doc);
    if (!expectation) return [];
    const count = x.summary?.item_count;
    if (typeof count === 'number') expectation.count = count;
    return [...expectationChecks(expectation, 'golden'), ...assertionChecks(x.extra_assertions ?? [])];
  }
  return [];
}

export function loadCases(feedsDir: string): Case[] {
  const manifest = JSON.parse(readFileSync(join(feedsDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest.map((entry) => {
    const url = assertionUrl(entry.expected.assertions ?? []);
    const options: RunOptions = { contentType: contentTypeOf(entry), ...(url ? { url } : {}) };
    const bytes = readFileSync(join(feedsDir, entry.file));
    return { entry, bytes, options, checks: checksFor(entry, feedsDir, bytes) };
  });
}
