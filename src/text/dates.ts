// Time expressions of news text ("on Tuesday", "last week", "in December", "earlier this year",
// "two years ago", "in Q1 2024") resolved against the article's publish date, so a reader can
// tell today's news from the background a story recalls.
import type { EpochMs } from '../model.js';
import { DAY } from '../time.js';

/**
 * past: ended well before the article (older than the stale window, or "last year" and older);
 * recent: inside the window up to the publish date; future: after it;
 * unknown: an absolute date with no publish date to place it.
 */
export type TimeRelation = 'past' | 'recent' | 'future' | 'unknown';

export interface TimeMention {
  text: string;
  start: number;
  end: number;
  /** Resolved UTC range [from, to), or null when there is no publish date to resolve against. */
  from: EpochMs | null;
  to: EpochMs | null;
  relation: TimeRelation;
}

export interface TimeOptions {
  /** A date this many days before publishing or more is background. Default 90. */
  staleAfterDays?: number;
}

/** Days after a year ends from which a date given only as that year is the past. */
const YEAR_SETTLED_DAYS = 30;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  several: 3,
  few: 2,
  'a few': 2,
};
const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;

type Range = [EpochMs, EpochMs];
/** The resolved range, or a fixed relation when the words alone say it (e.g. "last year"). */
type Resolved = { range: Range | null; relation?: TimeRelation };
type Resolver = (m: RegExpExecArray, pub: Date | null) => Resolved | null;

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m, d);
const monthRange = (y: number, m: number): Range => [utc(y, m), utc(y, m + 1)];
const dayRange = (t: EpochMs): Range => [t - (t % DAY), t - (t % DAY) + DAY];
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
const countOf = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** The latest occurrence of month `m` that does not start after the publish month. */
function latestMonth(pub: Date, m: number): number {
  return m > pub.getUTCMonth() ? pub.getUTCFullYear() - 1 : pub.getUTCFullYear();
}

function periodRange(unit: string, pub: Date, offset: number): Range {
  const y = pub.getUTCFullYear();
  const mo = pub.getUTCMonth();
  switch (unit) {
    case 'year':
      return [utc(y + offset, 0), utc(y + offset + 1, 0)];
    case 'quarter': {
      const q = Math.floor(mo / 3) + offset;
      return [utc(y, q * 3), utc(y, q * 3 + 3)];
    }
    case 'month':
      return monthRange(y, mo + offset);
    case 'week':
    case 'weekend': {
      const start = dayRange(pub.getTime())[0] - ((pub.getUTCDay() + 6) % 7) * DAY + offset * 7 * DAY;
      return [start, start + 7 * DAY];
    }
    default: {
      // Seasons: the latest one that has begun (offset 0) or the one before it (offset -1).
      const s = SEASON_START[unit]!;
      const year = s > mo ? y - 1 : y;
      return [utc(year + offset, s), utc(year + offset, s + 3)];
    }
  }
}

const RULES: [RegExp, Resolver][] = [
  [
    /\b(today|tonight|this (?:morning|afternoon|evening))\b/gi,
    (_m, p) => ({ range: p && dayRange(p.getTime()), relation: 'recent' }),
  ],
  [/\byesterday\b/gi, (_m, p) => ({ range: p && dayRange(p.getTime() - DAY), relation: 'recent' })],
  [
    /\b(?:([Oo]n|[Ll]ast|[Tt]his past|[Tt]his|[Nn]ext|said|announced|[Ee]arly|[Ll]ate)\s+)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    (m, p) => {
      const word = m[1]!.toLowerCase();
      if (word === 'next') return { range: null, relation: 'future' };
      if (!p) return { range: null, relation: 'recent' };
      const back = (p.getUTCDay() - WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 7) % 7 || (word === 'last' ? 7 : 0);
      return { range: dayRange(p.getTime() - back * DAY) };
    },
  ],
  [
    /\b(earlier|later) this (week|month|year)\b/gi,
    (m, p) => {
      const later = m[1]!.toLowerCase() === 'later';
      if (!p) return { range: null, relation: later ? 'future' : 'recent' };
      const [from, to] = periodRange(m[2]!.toLowerCase(), p, 0);
      return later ? { range: [p.getTime(), to], relation: 'future' } : { range: [from, p.getTime()] };
    },
  ],
  [
    /\b(?:(early|late) )?(this|last|next|past|previous) (week|weekend|month|quarter|year|spring|summer|fall|autumn|winter)\b/gi,
    (m, p) => {
      const which = m[2]!.toLowerCase();
      const unit = m[3]!.toLowerCase();
      const offset = which === 'next' ? 1 : which === 'this' ? 0 : -1;
      // "last year" and "last spring" are background whatever the publish date.
      const lexical: TimeRelation | undefined =
        offset < 0 && /year|spring|summer|fall|autumn|winter/.test(unit) ? 'past' : undefined;
      if (!p) return { range: null, relation: lexical ?? (offset > 0 ? 'future' : 'recent') };
      return { range: periodRange(unit, p, offset), ...(lexical ? { relation: lexical } : {}) };
    },
  ],
  [
    /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few) (day|week|month|year)s? ago\b/gi,
    (m, p) => {
      const n = countOf(m[1]!);
      const unit = m[2]!.toLowerCase();
      const days = unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : 365 * n;
      const relation: TimeRelation | undefined = unit === 'year' || (unit === 'month' && n >= 6) ? 'past' : undefined;
      if (!p) return { range: null, relation: relation ?? 'recent' };
      return { range: dayRange(p.getTime() - days * DAY), ...(relation ? { relation } : {}) };
    },
  ],
  [
    // "up from $60 million a year earlier": earlier than the time the text speaks of, so past when
    // that is a year or half of one away, however the publish date falls.
    /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few) (month|year)s? earlier\b/gi,
    (m) => ({ range: null, relation: m[2]!.toLowerCase() === 'year' || countOf(m[1]!) >= 6 ? 'past' : 'unknown' }),
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|of|[Ee]arly|[Mm]id|[Ll]ate|[Bb]ack in)[- ])?(${MONTH_NAME})(?: (\d{1,2})(?:st|nd|rd|th)?)?(?:,? ((?:19|20)\d{2}))?\b`,
      'g',
    ),
    (m, p) => {
      const mo = monthIndex(m[1]!);
      // "May" alone is a verb; "in May", "May 5" and "May 2024" are dates.
      if (m[1] === 'May' && !m[2] && !m[3] && !/^\S+[- ]May/.test(m[0])) return null;
      const year = m[3] ? Number(m[3]) : p ? latestMonth(p, mo) : null;
      if (year === null) return { range: null, relation: 'unknown' };
      return { range: m[2] ? dayRange(utc(year, mo, Number(m[2]))) : monthRange(year, mo) };
    },
  ],
  [
    /\b(?:in|since|during|by|until|from|of|early|mid|late|back in) ((?:19|20)\d{2})\b/gi,
    // A whole year that ended a month or more before publishing is the past, though it ended within
    // the stale window: news of this week's event dates it by the day or the month, not by last
    // year (in early January "late 2025" may still be the news).
    (m, p) => ({
      range: [utc(Number(m[1]), 0), utc(Number(m[1]) + 1, 0)],
      ...(p && p.getTime() - utc(Number(m[1]) + 1, 0) >= YEAR_SETTLED_DAYS * DAY ? { relation: 'past' as const } : {}),
    }),
  ],
  [
    /\b(spring|summer|fall|autumn|winter) (?:of )?((?:19|20)\d{2})\b/gi,
    (m) => {
      const s = SEASON_START[m[1]!.toLowerCase()]!;
      return { range: [utc(Number(m[2]), s), utc(Number(m[2]), s + 3)] };
    },
  ],
  [
    /\b(?:Q([1-4])|(first|second|third|fourth) quarter)(?:,? (?:of )?((?:19|20)\d{2}))?\b/gi,
    (m, p) => {
      const q = m[1] ? Number(m[1]) : ORDINAL_QUARTER[m[2]!.toLowerCase()]!;
      const year = m[3] ? Number(m[3]) : p?.getUTCFullYear();
      if (year === undefined) return { range: null, relation: 'unknown' };
      return { range: [utc(year, (q - 1) * 3), utc(year, q * 3)] };
    },
  ],
];

function relate(range: Range, pub: Date, staleDays: number): TimeRelation {
  if (range[0] > pub.getTime()) return 'future';
  return range[1] <= pub.getTime() - staleDays * DAY ? 'past' : 'recent';
}

/** Every time expression in `text`, in order, resolved against `published` when given. */
export function findTimeMentions(text: string, published: EpochMs | null, opts: TimeOptions = {}): TimeMention[] {
  const pub = published === null ? null : new Date(published);
  const staleDays = opts.staleAfterDays ?? 90;
  const out: TimeMention[] = [];
  for (const [re, resolve] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const r = resolve(m, pub);
      if (!r) continue;
      const relation = r.relation ?? (r.range && pub ? relate(r.range, pub, staleDays) : 'unknown');
      out.push({ text: m[0], start, end, from: r.range?.[0] ?? null, to: r.range?.[1] ?? null, relation });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A publish date as feeds and corpora write it: ISO, RFC 2822, or "2026_03_11"; null when unreadable. */
export function parsePublished(value: string | number | null | undefined): EpochMs | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const ymd = /^(\d{4})[-_/](\d{2})[-_/](\d{2})$/.exec(value.trim());
  const t = ymd ? Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3])) : Date.parse(value);
  return Number.isNaN(t) ? null : t;
}
