// feedparser `Expect:` checks ({path, op, value}) read against our model.
//
// Interpretation (feedparser name -> ours):
//   version                                  -> format (rss090/rss091*/rss092-094 -> rss0.9x, rss10 -> rss1.0,
//                                               rss20/rss (unversioned) -> rss2.0, atom03/atom10, json10/json11)
//   encoding                                 -> the charset our decoder chose (WHATWG names; iso-8859-1 = windows-1252)
//   feed.title(_detail.value)                -> title          feed.link -> link
//   feed.subtitle/tagline/description(_detail.value) -> description
//   feed.language -> language  feed.updated/modified(_parsed) -> updated  feed.ttl -> ttlMinutes
//   entries (len)                            -> items.length
//   entries[n].title(_detail.value)          -> items[n].title   entries[n].link -> items[n].link
//   entries[n].id / guid                     -> items[n].id
//   entries[n].summary/description(_detail.value) -> items[n].summary
//   entries[n].content[0].value              -> items[n].content
//   entries[n].author, author_detail.name, authors[k].name -> items[n].author names that person
//   entries[n].tags[k].term, category        -> items[n].categories contains it
//   entries[n].published/issued/created(_parsed) -> items[n].published
//   entries[n].updated/modified(_parsed)     -> items[n].updated, else items[n].published (our
//                                               model keeps one publication date and a separate update)
// Text values are compared as plain text (feedparser keeps sanitized HTML; we strip it).
// Not applicable (no such field in our model): bozo, every *_detail.type/email/url/href, links,
// enclosures, source, contributors, publisher, rights/copyright, info, generator, image,
// textinput, cloud, docs, logo, icon, feed-level author/tags/id/published/created, validity,
// newlocation, comments, license, where, guidislink, expired.
import type { ParsedFeed, ParsedItem } from '../../src/model.js';
import { namesPerson, sameId, sameInstant, sameText, sameUrl } from './compare.js';
import { notApplicable, type Check, type Result } from './types.js';

type Path = (string | number)[];
type Getter = { get: (r: Result) => unknown; cmp: (ours: unknown, expected: unknown) => boolean };

const VERSIONS: Record<string, string> = {
  rss090: 'rss0.9x',
  rss091u: 'rss0.9x',
  rss091n: 'rss0.9x',
  rss091: 'rss0.9x',
  rss092: 'rss0.9x',
  rss093: 'rss0.9x',
  rss094: 'rss0.9x',
  rss10: 'rss1.0',
  rss20: 'rss2.0',
  rss: 'rss2.0',
  atom03: 'atom0.3',
  atom10: 'atom1.0',
  json1: 'json1.0',
  json10: 'json1.0',
  json11: 'json1.1',
};

const text = (ours: unknown, e: unknown) => sameText(ours as string | null, e);
const url = (ours: unknown, e: unknown) => sameUrl(ours as string | null, e);
const date = (ours: unknown, e: unknown) => sameInstant(ours as string | null, e);

function feedField(key: string): Getter | null {
  const on = (f: (feed: ParsedFeed) => unknown, cmp: Getter['cmp']): Getter => ({ get: (r) => f(r.feed), cmp });
  if (key === 'title') return on((f) => f.title, text);
  if (key === 'link') return on((f) => f.link, url);
  if (['subtitle', 'tagline', 'description'].includes(key)) return on((f) => f.description, text);
  if (key === 'language')
    return on(
      (f) => f.language,
      (o, e) => o === e,
    );
  if (['updated', 'modified', 'updated_parsed', 'modified_parsed'].includes(key)) return on((f) => f.updated, date);
  if (key === 'ttl')
    return on(
      (f) => f.ttlMinutes,
      (o, e) => o === Number(e),
    );
  return null;
}

function itemField(n: number, key: string, rest: Path): Getter | null {
  const on = (f: (it: ParsedItem) => unknown, cmp: Getter['cmp']): Getter => ({
    get: (r) => {
      const it = r.feed.items[n];
      return it ? f(it) : undefined;
    },
    cmp: (o, e) => o !== undefined && cmp(o, e),
  });
  if (key === 'title') return on((it) => it.title, text);
  if (key === 'link') return on((it) => it.link, url);
  if (key === 'id' || key === 'guid')
    return on(
      (it) => it.id,
      (o, e) => sameId(o as string, e),
    );
  if (['summary', 'description'].includes(key)) return on((it) => it.summary, text);
  if (key === 'content' && rest[1] === 'value') return on((it) => it.content, text);
  if (key === 'author' || (key === 'authors' && rest[1] === 'name'))
    return on(
      (it) => it.author,
      (o, e) => namesPerson(o as string, e),
    );
  if ((key === 'tags' && rest[1] === 'term') || key === 'category')
    return on(
      (it) => it.categories,
      (o, e) => (o as string[]).some((c) => sameText(c, e)),
    );
  if (/^(published|issued|created)(_parsed)?$/.test(key)) return on((it) => it.published, date);
  if (/^(updated|modified)(_parsed)?$/.test(key)) return on((it) => it.updated ?? it.published, date);
  return null;
}

function getter(path: Path): Getter | null {
  const [head, a, b, ...rest] = path;
  if (head === 'version') return { get: (r) => r.feed.format, cmp: (o, e) => o === VERSIONS[String(e)] };
  if (head === 'encoding') return { get: (r) => r.encoding, cmp: (o, e) => o === canonical(String(e)) };
  if (head === 'feed' && typeof a === 'string') {
    if (a.endsWith('_detail') && b !== 'value') return null;
    return feedField(a.replace(/_detail$/, ''));
  }
  if (head === 'entries' && typeof a === 'number' && typeof b === 'string') {
    if (b.endsWith('_detail') && rest[0] !== 'value' && rest[0] !== 'name') return null;
    if (b === 'author_detail') return itemField(a, 'author', []);
    return itemField(a, b.replace(/_detail$/, ''), [b, ...rest.slice(1)]);
  }
  return null;
}

function canonical(label: string): string {
  const l = label.toLowerCase();
  if (/^utf-?(16|32)(le|be)$/.test(l)) return l.replace(/^utf-?/, 'utf-');
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return l;
  }
}

export function feedparserChecks(checks: { path: Path; op: string; value?: unknown }[]): Check[] {
  return checks.map(({ path, op, value }) => {
    const what = `${path.join('.')} ${op} ${JSON.stringify(value) ?? ''}`.trim();
    if (path.length === 1 && path[0] === 'entries' && op === 'len_eq')
      return { what, applies: true, test: (r) => r.feed.items.length === value };
    const g = getter(path);
    if (!g || (op !== 'eq' && op !== 'ne')) return notApplicable(what);
    if (op === 'ne')
      return {
        what,
        applies: true,
        test: (r) => {
          const o = g.get(r);
          return Array.isArray(o) ? o.length > 0 : o != null;
        },
      };
    return { what, applies: true, test: (r) => g.cmp(g.get(r), value) };
  });
}
