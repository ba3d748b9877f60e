// `digestbot parse <file|url|-> ... --json`: the parser's output as JSON (see docs/evaluation.md).
// One input: the feed object, or {"error"} and exit 1. Several: one line per input with "file",
// exit 0 when every input was read (parse errors are then per line).
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError, errorMessage, userError } from '../errors.js';
import type { ParsedFeed } from '../model.js';
import type { Fetcher } from '../sources/fetch/fetcher.js';
import { cliFetcher } from './context.js';
import { writeJsonLine } from './io.js';

/** The bytes of one input and what the parser should know about them. */
export interface FeedSource {
  bytes: Uint8Array;
  url?: string;
  contentType?: string;
}

const isUrl = (arg: string) => /^https?:\/\//i.test(arg);

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Obtains one input's bytes: a file, `-` for stdin, or a URL through the guarded fetch. */
export async function readFeedSource(arg: string, fetcher: () => Promise<Fetcher>): Promise<FeedSource> {
  if (arg === '-') return { bytes: await readStdin() };
  if (isUrl(arg)) {
    const res = await (await fetcher()).fetchFeed(arg);
    if (res.kind !== 'ok')
      throw userError('FEED_FETCH_FAILED', `${arg} answered 304 Not Modified to a request without validators`);
    return { bytes: res.body, url: res.finalUrl, ...(res.contentType ? { contentType: res.contentType } : {}) };
  }
  try {
    return { bytes: await readFile(arg) };
  } catch (err) {
    throw userError('BAD_ARGUMENT', `Cannot read ${arg}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
  }
}

type Outcome = { feed: ParsedFeed } | { read: false; error: AppError } | { read: true; error: AppError };

async function parseOne(arg: string, fetcher: () => Promise<Fetcher>): Promise<Outcome> {
  let source: FeedSource;
  try {
    source = await readFeedSource(arg, fetcher);
  } catch (err) {
    return { read: false, error: asAppError(err) };
  }
  try {
    const { parseFeedSync } = await import('../sources/parse/index.js');
    return { feed: parseFeedSync(source.bytes, { url: source.url, contentType: source.contentType }) };
  } catch (err) {
    return { read: true, error: asAppError(err) };
  }
}

/** The docs/evaluation.md shape exactly (ttlMinutes and the items' raw bodies are for the poller, not part of the contract). */
const feedJson = ({ ttlMinutes: _ttl, ...feed }: ParsedFeed) => ({
  ...feed,
  items: feed.items.map(({ contentHtml: _raw, ...item }) => item),
});

const asAppError = (err: unknown) => (err instanceof AppError ? err : new AppError('INTERNAL', errorMessage(err)));
const errorJson = (e: AppError) => ({ error: { code: e.code, message: e.message } });

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse feed documents (files, URLs, or - for stdin) and print them as JSON')
    .argument('<inputs...>', 'feed files, http(s) URLs (fetched with the same guards as polling), or - for stdin')
    .option('--json', 'JSON output (the only format)')
    .action(async (inputs: string[]) => {
      let made: Fetcher | undefined;
      const fetcher = async () => (made ??= await cliFetcher(program));
      try {
        if (inputs.length === 1) {
          const out = await parseOne(inputs[0]!, fetcher);
          writeJsonLine('feed' in out ? feedJson(out.feed) : errorJson(out.error));
          if (!('feed' in out)) process.exitCode = 1;
          return;
        }
        let unread = 0;
        for (const file of inputs) {
          const out = await parseOne(file, fetcher);
          if ('read' in out && !out.read) unread++;
          writeJsonLine({ file, ...('feed' in out ? feedJson(out.feed) : errorJson(out.error)) });
        }
        if (unread) process.exitCode = 1;
      } finally {
        await made?.close();
      }
    });
}
