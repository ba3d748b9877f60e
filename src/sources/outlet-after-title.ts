// Feeds that write an outlet after every headline: a news aggregator's ("Acme raises $20M - The
// Ledger", each item another outlet's report) or a site's own ("Acme raises $20M | Ledger Daily" on
// every item). The headline is what comes before; an aggregator's items are shown, and clustered,
// as the reports of the outlets they name (the feed's own name would make them one outlet's series).

/** " - The Ledger", " | Ledger Daily", " — ledger.example": a separator, then up to six words. */
const AFTER_TITLE = /\s[-–—|]\s((?:[\p{Lu}\d][\p{L}\d.&'’:-]*|[a-z\d-]+\.[a-z]{2,})(?:\s[\p{L}\d.&'’:-]+){0,5})$/u;

/** Items a feed needs, and the share of them that must end so, before its titles are read this way. */
const MIN_ITEMS = 4;
const MIN_SHARE = 0.7;

export interface TitleOutlet {
  title: string;
  /** The outlet the item names, when the feed is an aggregator's (items name two outlets or more). */
  outlet: string | null;
}

const outletOf = (title: string): string | null => AFTER_TITLE.exec(title.trim())?.[1] ?? null;

/**
 * How this feed's titles are to be read: `null` when they do not end in an outlet (most feeds),
 * else whether the outlet differs between items (an aggregator) or is always the same (the site's own).
 */
export function outletsAfterTitles(titles: (string | null)[]): 'aggregator' | 'own' | null {
  const present = titles.filter((t): t is string => Boolean(t?.trim()));
  if (present.length < MIN_ITEMS) return null;
  const outlets = present.map(outletOf).filter((o): o is string => o !== null);
  if (outlets.length < present.length * MIN_SHARE) return null;
  return new Set(outlets.map((o) => o.toLowerCase())).size > 1 ? 'aggregator' : 'own';
}

/** The headline without the outlet after it, and the outlet when the feed is an aggregator's. */
export function splitTitle(title: string, feed: 'aggregator' | 'own'): TitleOutlet {
  const m = AFTER_TITLE.exec(title.trim());
  if (!m || m.index === 0) return { title, outlet: null };
  return { title: title.trim().slice(0, m.index).trim(), outlet: feed === 'aggregator' ? m[1]! : null };
}
