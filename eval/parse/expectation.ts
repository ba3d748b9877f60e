// A producer-neutral statement of what a feed contains, read from another parser's golden output,
// turned into checks. Only values the golden states are compared (reading more is not an error).
import { formatFamily, namesPerson, sameId, sameInstant, sameText, sameUrl } from './compare.js';
import type { Check } from './types.js';

export interface ItemExpectation {
  title?: unknown;
  link?: unknown;
  id?: unknown;
  published?: unknown;
  /** The item's latest date: compared with our `updated`, else our `published`. */
  updated?: unknown;
  /** Any date of the item: compared with our `published`, else our `updated`. */
  date?: unknown;
  authors?: string[];
  /** The golden names the author in several fields; ours must match one of them. */
  authorAnyOf?: string[];
  /** Each entry is one category; an array lists equivalent spellings (label, term). */
  categories?: (string | string[])[];
  /** Links the golden lists; ours must be one of them (which is "the" link is a choice). */
  linkAnyOf?: string[];
}

export interface Expectation {
  title?: unknown;
  link?: unknown;
  description?: unknown;
  language?: unknown;
  updated?: unknown;
  linkAnyOf?: string[];
  count?: number;
  family?: string;
  items: ItemExpectation[];
}

const stated = (v: unknown) => v !== undefined && v !== null && v !== '';

export function expectationChecks(e: Expectation, source: string): Check[] {
  const out: Check[] = [];
  const add = (what: string, test: Check['test']) => out.push({ what: `${source} ${what}`, applies: true, test });
  if (stated(e.title)) add('feed title', (r) => sameText(r.feed.title, e.title));
  if (stated(e.link) && e.linkAnyOf?.length)
    add('feed link (any listed)', (r) => e.linkAnyOf!.some((l) => sameUrl(r.feed.link, l)));
  else if (stated(e.link)) add('feed link', (r) => sameUrl(r.feed.link, e.link));
  if (stated(e.description)) add('feed description', (r) => sameText(r.feed.description, e.description));
  if (stated(e.language)) add('feed language', (r) => r.feed.language?.toLowerCase() === String(e.language).toLowerCase());
  if (stated(e.updated)) add('feed updated', (r) => sameInstant(r.feed.updated, e.updated));
  if (e.count !== undefined) add('item count', (r) => r.feed.items.length === e.count);
  if (e.family) add('format', (r) => formatFamily(r.feed.format) === e.family);
  e.items.forEach((x, n) => {
    const at = (f: (it: NonNullable<ReturnType<typeof item>>) => boolean) => (r: Parameters<NonNullable<Check['test']>>[0]) => {
      const it = r.feed.items[n];
      return !!it && f(it);
    };
    const item = (r: Parameters<NonNullable<Check['test']>>[0]) => r.feed.items[n];
    if (stated(x.title))
      add(
        `items[${n}].title`,
        at((it) => sameText(it.title, x.title)),
      );
    if (stated(x.link) && x.linkAnyOf?.length)
      add(
        `items[${n}].link (any listed)`,
        at((it) => x.linkAnyOf!.some((l) => sameUrl(it.link, l))),
      );
    else if (stated(x.link))
      add(
        `items[${n}].link`,
        at((it) => sameUrl(it.link, x.link)),
      );
    if (stated(x.id))
      add(
        `items[${n}].id`,
        at((it) => sameId(it.id, x.id)),
      );
    if (stated(x.published))
      add(
        `items[${n}].published`,
        at((it) => sameInstant(it.published, x.published)),
      );
    if (stated(x.updated))
      add(
        `items[${n}].updated`,
        at((it) => sameInstant(it.updated ?? it.published, x.updated)),
      );
    if (stated(x.date))
      add(
        `items[${n}].date`,
        at((it) => sameInstant(it.published ?? it.updated, x.date)),
      );
    if (x.authorAnyOf?.length)
      add(
        `items[${n}].author ${x.authorAnyOf.join(' | ')}`,
        at((it) => x.authorAnyOf!.some((a) => namesPerson(it.author, a))),
      );
    for (const a of x.authors ?? [])
      if (stated(a))
        add(
          `items[${n}].author ${a}`,
          at((it) => namesPerson(it.author, a)),
        );
    for (const c of x.categories ?? []) {
      const spellings = (Array.isArray(c) ? c : [c]).filter(stated);
      if (spellings.length)
        add(
          `items[${n}].category ${spellings.join(' | ')}`,
          at((it) => it.categories.some((ours) => spellings.some((sp) => sameText(ours, sp)))),
        );
    }
  });
  return out;
}
