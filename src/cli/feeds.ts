// `digestbot feeds add <url> [--topic t] [--backfill 48h] [--full-text auto|always|off] | list [--json] | remove <id> | rename <id> <name> | test <url> | errors
// | import <file|url> [--topic t] | export [--out file]`.
import { plural } from '../bot/render/text.js';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../config.js';
import { userError } from '../errors.js';
import type { Fetcher } from '../sources/fetch/index.js';
import type { FeedStatus } from '../sources/feed-status.js';
import { cliConfig, withStore } from './context.js';
import { writeJsonLine } from './io.js';

// Each action imports what it runs, so `feeds list` does not load the fetcher or OPML code (issue 20).
async function withFetcher<T>(config: Config, fn: (fetcher: Fetcher) => Promise<T>): Promise<T> {
  const { createFetcher } = await import('../sources/fetch/index.js');
  const fetcher = createFetcher(config.fetch);
  try {
    return await fn(fetcher);
  } finally {
    await fetcher.close();
  }
}

async function readOpmlFile(path: string): Promise<string> {
  const { MAX_OPML_BYTES } = await import('../sources/opml.js');
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw userError('BAD_ARGUMENT', `Cannot read ${path}: ${(err as Error).message}`);
  }
  if (buf.length > MAX_OPML_BYTES) throw userError('OPML_INVALID', `${path} is larger than ${MAX_OPML_BYTES / 1024 / 1024} MB.`);
  return buf.toString('utf8');
}

const when = (ms: number | null) => (ms === null ? '-' : new Date(ms).toISOString().replace(/:\d\d\.\d+Z$/, 'Z'));

function printTable(feeds: FeedStatus[]): void {
  if (feeds.length === 0) {
    process.stdout.write('no feeds\n');
    return;
  }
  for (const f of feeds) {
    const state =
      (f.health === 'disabled' ? `disabled (${f.disabledReason})` : f.health) + (f.origin === 'admin' ? '' : ` · ${f.origin}`);
    const error = f.lastErrorCode && f.health !== 'ok' ? `  last error ${f.lastErrorCode}: ${f.lastError}` : '';
    process.stdout.write(
      `${f.id}\t${state}\t${f.title ?? '(untitled)'}\t${f.url}\n` +
        `\ttopic ${f.topic ?? '-'}  last success ${when(f.lastSuccessAt)}  next check ${when(f.nextCheckAt)}${error}\n`,
    );
  }
}

export function registerFeeds(program: Command): void {
  const feeds = program.command('feeds').description('manage the feeds the bot polls');

  feeds
    .command('add <url>')
    .description('test-fetch a feed and add it; its current items are marked as seen')
    .option('--topic <topic>', 'topic used to route its articles to destinations')
    .option('--backfill <duration>', 'admit items published this recently (e.g. 48h, 7d) to the next digest')
    .option('--full-text <mode>', 'fetch article pages: auto (for titles and teasers), always, off', 'auto')
    .action(async (url: string, opts: { topic?: string; backfill?: string; fullText: string }) => {
      const config = await cliConfig(program);
      const { addFeed } = await import('../sources/feeds-admin.js');
      const { feed, preview, seedsRemoved } = await withStore(config, (store) =>
        withFetcher(config, (fetcher) =>
          addFeed(
            { db: store.db, fetcher, maxItems: config.fetch.maxItems },
            { url, topic: opts.topic ?? null, backfill: opts.backfill ?? null, fullText: opts.fullText, addedBy: 'cli' },
          ),
        ),
      );
      const backfill = feed.backfillSince === null ? '' : `; items since ${when(feed.backfillSince)} reach the next digest`;
      const found = preview.discoveredFrom ? `; found on ${preview.discoveredFrom}` : '';
      process.stdout.write(
        `added feed ${feed.id}: ${feed.url} (${preview.title ?? 'untitled'}, ${plural(preview.itemCount, 'item')}${backfill}${found})\n`,
      );
      if (seedsRemoved > 0) process.stdout.write(`removed the ${seedsRemoved} starter feeds (seeds/feeds.json)\n`);
    });

  feeds
    .command('import <source>')
    .description('add the feeds of an OPML file (a path, or an http(s) URL); folders become topics')
    .option('--topic <topic>', 'one topic for every feed instead of the folders')
    .action(async (source: string, opts: { topic?: string }) => {
      const config = await cliConfig(program);
      const { fetchOpml, importOpml } = await import('../sources/opml-import.js');
      const text = /^https?:\/\//i.test(source)
        ? await withFetcher(config, (fetcher) => fetchOpml(fetcher, source))
        : await readOpmlFile(source);
      const r = await withStore(config, (store) =>
        importOpml(store.db, text, { topic: opts.topic ?? null, addedBy: 'cli', now: Date.now() }),
      );
      for (const f of r.added) process.stdout.write(`added feed ${f.id}: ${f.url} [${f.topic ?? '-'}] ${f.title ?? ''}\n`);
      for (const s of r.skipped) process.stdout.write(`already there: ${s}\n`);
      for (const p of r.problems) process.stderr.write(`not read: ${p}\n`);
      process.stdout.write(`imported ${r.added.length}, skipped ${r.skipped.length}, not read ${r.problems.length}\n`);
      if (r.seedsRemoved > 0) process.stdout.write(`removed the ${r.seedsRemoved} starter feeds (seeds/feeds.json)\n`);
    });

  feeds
    .command('export')
    .description('every feed as OPML 2.0, one folder per topic (stdout, or --out)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { out?: string }) => {
      const { exportOpml } = await import('../sources/opml-import.js');
      const text = await withStore(await cliConfig(program), (store) => exportOpml(store.db, Date.now()));
      if (opts.out) writeFileSync(opts.out, text);
      else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    });

  feeds
    .command('list')
    .description('every feed with its health: last success, last error, next check')
    .option('--json', 'one JSON array')
    .action(async (opts: { json?: boolean }) => {
      const { listFeedStatus } = await import('../sources/feed-status.js');
      const list = await withStore(await cliConfig(program), (store) => listFeedStatus(store.db));
      if (opts.json) writeJsonLine(list);
      else printTable(list);
    });

  feeds
    .command('errors')
    .description("failing and disabled feeds, and why; article pages that gave no full text (the feed's text is kept)")
    .option('--json', 'one JSON object: {feeds, pages}')
    .action(async (opts: { json?: boolean }) => {
      const [{ feedErrors }, { recentPageErrors }] = await Promise.all([
        import('../sources/feed-status.js'),
        import('../store/page-texts.js'),
      ]);
      const [list, pages] = await withStore(await cliConfig(program), (store) =>
        Promise.all([feedErrors(store.db), recentPageErrors(store.db)]),
      );
      if (opts.json) writeJsonLine({ feeds: list, pages });
      else if (list.length === 0) process.stdout.write('no failing feeds\n');
      else printTable(list);
      if (!opts.json && pages.length > 0) {
        process.stdout.write('article pages not read (the feed text is kept):\n');
        for (const p of pages)
          process.stdout.write(`feed ${p.feedId}\t${p.code}\t${p.articleTitle}\t${p.url}\n\t${when(p.failedAt)}  ${p.message}\n`);
      }
    });

  feeds
    .command('remove <id>')
    .description('remove a feed (the articles it brought stay)')
    .action(async (id: string) => {
      if (!/^\d+$/.test(id)) throw userError('BAD_ARGUMENT', `A feed id is a number (see feeds list), got "${id}"`);
      const { removeFeed } = await import('../sources/feeds-admin.js');
      const feed = await withStore(await cliConfig(program), (store) => removeFeed(store.db, Number(id)));
      process.stdout.write(`removed feed ${feed.id}: ${feed.url}\n`);
    });

  feeds
    .command('rename <id> <name...>')
    .description('give a feed the outlet name digests show (its recent articles too)')
    .action(async (id: string, words: string[]) => {
      if (!/^\d+$/.test(id)) throw userError('BAD_ARGUMENT', `A feed id is a number (see feeds list), got "${id}"`);
      const { renameFeed } = await import('../sources/feeds-admin.js');
      const feed = await withStore(await cliConfig(program), (store) =>
        renameFeed(store.db, Number(id), words.join(' '), Date.now()),
      );
      process.stdout.write(`feed ${feed.id} is now shown as ${feed.title ?? ''}: ${feed.url}\n`);
    });

  feeds
    .command('test <url>')
    .description('fetch and parse a feed without saving anything')
    .option('--json', 'one JSON object')
    .action(async (url: string, opts: { json?: boolean }) => {
      const config = await cliConfig(program);
      const { testFeed } = await import('../sources/feeds-admin.js');
      const preview = await withFetcher(config, (fetcher) => testFeed({ fetcher, maxItems: config.fetch.maxItems }, url));
      if (opts.json) {
        writeJsonLine(preview);
        return;
      }
      process.stdout.write(
        `${preview.format} feed "${preview.title ?? 'untitled'}" at ${preview.finalUrl}: ${plural(preview.itemCount, 'item')}\n`,
      );
      for (const i of preview.items)
        process.stdout.write(`  ${i.published ?? '(undated)'}  ${i.title ?? '(untitled)'}  ${i.link ?? ''}\n`);
    });
}
