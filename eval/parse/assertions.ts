// Hand-transcribed test assertions (node-feedparser, gofeed, miniflux, rss-parser, feed-rs), read
// by their wording. Assertions about raw HTML or a strict abort-on-error mode are not applicable.
import { formatFamily, sameId, sameText, sameUrl } from './compare.js';
import { notApplicable, type Check, type RunOptions } from './types.js';

type A = Record<string, unknown>;

function byPath(a: A): Check {
  const path = String(a.path);
  const what = `${path} ${String(a.op ?? 'eq')} ${JSON.stringify(a.value)}`;
  if (path === 'items.length') return { what, applies: true, test: (r) => r.feed.items.length === a.value };
  const m = /^items\[(\d+)\]\.(\w+)$/.exec(path);
  if (!m) return notApplicable(what);
  const n = Number(m[1]);
  const field = m[2];
  const item = (f: (it: { id: string; title: string | null; link: string | null }) => boolean): Check => ({
    what,
    applies: true,
    test: (r) => !!r.feed.items[n] && f(r.feed.items[n]),
  });
  if (field === 'guid') return item((it) => sameId(it.id, a.value));
  if (field === 'link' || field === 'permalink') return item((it) => sameUrl(it.link, a.value));
  if (field === 'title' && a.op === 'matches') return item((it) => new RegExp(String(a.value)).test(it.title ?? ''));
  if (field === 'title') return item((it) => sameText(it.title, a.value));
  return notApplicable(what);
}

function byWording(a: A): Check {
  const what = String(a.what);
  if (what === 'feedType') return { what, applies: true, test: (r) => formatFamily(r.feed.format) === a.value };
  if (what === 'title' || what === 'feed title') return { what, applies: true, test: (r) => sameText(r.feed.title, a.value) };
  if (/^no error|must parse/.test(what)) return { what, applies: true, test: () => true };
  if (/resume-on-error/.test(what) && Array.isArray(a.value)) {
    const titles = a.value as string[];
    return {
      what,
      applies: true,
      test: (r) => r.feed.items.length === titles.length && titles.every((t, i) => sameText(r.feed.items[i]?.title, t)),
    };
  }
  if (/entries\[entry_index\]\.title/.test(what)) {
    const n = Number(a.entry_index);
    const options: RunOptions = { contentType: String(a.content_type) };
    return {
      what: `${what} (${options.contentType})`,
      applies: true,
      options,
      test: (r) => sameText(r.feed.items[n]?.title, a.title),
    };
  }
  return notApplicable(what);
}

/** The document URL some assertions parse with ("with feedurl option …"). */
export function assertionUrl(assertions: A[]): string | undefined {
  for (const a of assertions) {
    const m = /with feedurl option (\S+)/.exec(String(a.what ?? ''));
    if (m) return m[1];
  }
  return undefined;
}

export function assertionChecks(assertions: A[]): Check[] {
  return assertions
    .filter((a) => !/^error|with feedurl option/.test(String(a.what ?? '')))
    .map((a) => (a.path !== undefined ? byPath(a) : byWording(a)));
}
