// OPML import and export over the store: each feed of the file is stored as the admins' own
// (no test fetch: the first poll reports a feed that does not answer, like a configured one);
// twins of feeds already there, and of each other, are skipped and named. Export writes every
// feed the bot polls. The OPML reader (feedsmith, 130 modules) loads on the first import or
// export, not with `start` (issue 20).
import { isAppError, userError } from '../errors.js';
import type { Feed } from '../model.js';
import { feedKey } from '../store/feed-key.js';
import { addAdminFeed, getFeedByKey, listFeeds } from '../store/feeds.js';
import type { Db } from '../store/store.js';
import { canonicalFeedUrl } from './feed-url.js';
import { checkTopic } from './feeds-admin.js';
import type { Fetcher } from './fetch/index.js';

export interface ImportReport {
  added: Feed[];
  /** Feeds already there (or twice in the file), as `#id url` or the URL. */
  skipped: string[];
  problems: string[];
  seedsRemoved: number;
}

export interface ImportOptions {
  /** Overrides the file's folders and categories. */
  topic?: string | null;
  addedBy: string | null;
  now: number;
}

export async function importOpml(db: Db, text: string, o: ImportOptions): Promise<ImportReport> {
  const { readOpml } = await import('./opml.js');
  const { entries, problems } = readOpml(text);
  const topic = o.topic ? checkTopic(o.topic) : null;
  if (entries.length === 0)
    throw userError(
      'OPML_INVALID',
      `The OPML file lists no feeds (no outline with an xmlUrl)${problems.length ? `: ${problems[0]}` : ''}.`,
    );
  const report: ImportReport = { added: [], skipped: [], problems, seedsRemoved: 0 };
  const seen = new Set<string>();
  for (const e of entries) {
    let url: string;
    try {
      url = canonicalFeedUrl(e.url);
    } catch (err) {
      if (!isAppError(err)) throw err;
      problems.push(`"${e.title ?? e.url}": ${err.message}`);
      continue;
    }
    const key = feedKey(url);
    const existing = await getFeedByKey(db, url);
    const retired = existing?.origin === 'config' && existing.disabledReason === 'REMOVED_FROM_CONFIG';
    if (seen.has(key) || (existing && !retired)) {
      report.skipped.push(existing ? `#${existing.id} ${existing.url}` : url);
      continue;
    }
    seen.add(key);
    const added = await addAdminFeed(db, retired ? existing.id : null, {
      url,
      title: e.title,
      topic: topic ?? e.topic,
      siteUrl: e.siteUrl,
      addedBy: o.addedBy,
      now: o.now,
    });
    report.added.push(added.feed);
    report.seedsRemoved += added.seedsRemoved;
  }
  return report;
}

/** Every feed the bot polls, as OPML 2.0 grouped by topic. */
export async function exportOpml(db: Db, now: number): Promise<string> {
  const { writeOpml } = await import('./opml.js');
  return writeOpml(await listFeeds(db), 'digestbot feeds', now);
}

/** An OPML file at a URL (a link, or a file uploaded to Discord), through the guarded fetcher. */
export async function fetchOpml(fetcher: Fetcher, url: string): Promise<string> {
  const res = await fetcher.fetchFeed(url);
  if (res.kind !== 'ok') throw userError('OPML_INVALID', `${url} answered 304 Not Modified to a plain request`);
  return res.body.toString('utf8');
}
