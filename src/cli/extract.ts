// `digestbot extract <file|url>... --json`: the article of each web page as one JSON line, in
// order (see EVALUATION.md): {file|url, title, text, byline, published, lang}, or
// {file|url, error:{code,message}} for a page that holds no article. Exit 0 when every page was
// read (an article missing is then per line); 1 when a file or URL could not be read.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError, errorMessage, userError } from '../errors.js';
import type { ExtractTask } from '../sources/article/extract.js';
import type { Fetcher } from '../sources/fetch/fetcher.js';
import { cliFetcher } from './context.js';
import { writeJsonLine } from './io.js';

const isUrl = (arg: string) => /^https?:\/\//i.test(arg);

/** A page's bytes: a file (`.html.gz` too), or a URL through the guarded fetch. */
async function readPage(arg: string, fetcher: () => Promise<Fetcher>): Promise<ExtractTask> {
  if (isUrl(arg)) {
    const res = await (await fetcher()).fetchFeed(arg);
    if (res.kind !== 'ok')
      throw userError('FEED_FETCH_FAILED', `${arg} answered 304 Not Modified to a request without validators`);
    return { body: res.body, contentType: res.contentType };
  }
  try {
    return { body: await readFile(arg) };
  } catch (err) {
    throw userError('BAD_ARGUMENT', `Cannot read ${arg}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
  }
}

const asAppError = (err: unknown) => (err instanceof AppError ? err : new AppError('INTERNAL', errorMessage(err)));
const errorJson = (e: AppError) => ({ error: { code: e.code, message: e.message } });

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description("print each web page's article (title, text, byline, date, language) as a JSON line")
    .argument('<pages...>', 'HTML files (.html.gz accepted) or http(s) URLs (fetched with the same guards as polling)')
    .option('--json', 'JSON output (the only format)')
    .action(async (pages: string[]) => {
      const { extractArticle } = await import('../sources/article/extract.js');
      let made: Fetcher | undefined;
      const fetcher = async () => (made ??= await cliFetcher(program));
      let unread = 0;
      try {
        for (const page of pages) {
          const key = isUrl(page) ? { url: page } : { file: page };
          let task: ExtractTask;
          try {
            task = await readPage(page, fetcher);
          } catch (err) {
            unread++;
            writeJsonLine({ ...key, ...errorJson(asAppError(err)) });
            continue;
          }
          try {
            writeJsonLine({ ...key, ...extractArticle(task) });
          } catch (err) {
            writeJsonLine({ ...key, ...errorJson(asAppError(err)) });
          }
        }
      } finally {
        await made?.close();
      }
      if (unread) process.exitCode = 1;
    });
}
