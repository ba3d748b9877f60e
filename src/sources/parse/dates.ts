// Feed dates to ISO-8601 UTC. RSS uses RFC 822 (with every deviation: no weekday, two-digit years,
// named zones, missing seconds); Atom, JSON Feed and Dublin Core use ISO 8601 / W3C-DTF, often
// partial. Anything else goes through Date.parse, read as UTC when it names no zone.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Offsets in minutes of the zone names feeds write. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  sgt: 480,
  hkt: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  ast: -240,
  adt: -180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
};

function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  return /^[a-ik-z]$/i.test(zone) ? 0 : null; // military letters: too rarely right to honour
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * What Date#toISOString gives for a time in the years 1000–9999, built from its UTC fields: the
 * built-in (and constructing a Date at all) costs more than all the rest of reading a date.
 * Joined, not a template literal: that would leave a chain of a dozen string pieces in the output.
 */
function isoOf(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): string {
  return [
    y,
    '-',
    TWO_DIGITS[mo],
    '-',
    TWO_DIGITS[d],
    'T',
    TWO_DIGITS[h],
    ':',
    TWO_DIGITS[mi],
    ':',
    TWO_DIGITS[s],
    '.',
    THREE_DIGITS[ms],
    'Z',
  ].join('');
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, mo: number) =>
  mo === 2 ? (isLeap(y) ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;

const MINUTES_A_DAY = 1440;

/**
 * The usual case without a Date: valid fields, moved by a zone offset of less than a day.
 * Undefined for the rest (hour 24, 1000 ms, day 31 of a short month, …), which Date normalises.
 */
function shiftedIso(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number) {
  if (y < 1000 || y > 9999 || d > daysIn(y, mo) || h > 23 || ms > 999 || Math.abs(offset) >= MINUTES_A_DAY) return undefined;
  let minutes = h * 60 + mi - offset;
  let year = y;
  let month = mo;
  let day = d;
  if (minutes < 0) {
    minutes += MINUTES_A_DAY;
    if (--day === 0) {
      if (--month === 0) {
        year--;
        month = 12;
      }
      day = daysIn(year, month);
    }
  } else if (minutes >= MINUTES_A_DAY) {
    minutes -= MINUTES_A_DAY;
    if (++day > daysIn(year, month)) {
      day = 1;
      if (++month === 13) {
        year++;
        month = 1;
      }
    }
  }
  if (year < 1000 || year > 9999) return undefined;
  return isoOf(year, month, day, Math.floor(minutes / 60), minutes % 60, s, ms);
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const shifted = shiftedIso(y, mo, d, h, mi, Math.min(s, 59), ms, offset);
  if (shifted !== undefined) return shifted;
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  const date = new Date(t);
  const year = date.getUTCFullYear();
  if (Number.isNaN(t) || year < 1000) return null;
  if (year > 9999) return date.toISOString(); // the expanded +YYYYYY form
  return isoOf(
    year,
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

const RFC822 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:([+-]\d{1,2}:?\d{2}|[a-z]{1,5})\b)?/i;
const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[a-z]{2,5})?\s*$/i;

function fromRfc822(s: string): string | null {
  const m = RFC822.exec(s);
  const month = m ? MONTHS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || month === undefined) return null;
  let year = Number(m[3]);
  if (m[3]!.length <= 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(m[7]);
  if (offset === null) return null;
  return utc(year, month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offset);
}

function fromIso(s: string): string | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const offset = zoneOffset(m[8]?.toUpperCase() === 'Z' ? 'Z' : m[8]);
  if (offset === null) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return utc(
    Number(m[1]),
    Number(m[2] ?? 1),
    Number(m[3] ?? 1),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    ms,
    offset,
  );
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The number written at s[at, at + n), or NaN unless all n characters are digits. */
function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return NaN;
    v = v * 10 + c - 48;
  }
  return v;
}

/** `pattern` over s, where `9` is a digit, `a` a letter and anything else itself. */
function hasShape(s: string, pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern.charCodeAt(i);
    const c = s.charCodeAt(i);
    if (p === 57 ? !isDigit(c) : p === 97 ? !isLetter(c) : c !== p) return false;
  }
  return true;
}

const RFC822_SHAPE = 'aaa, 99 aaa 9999 99:99:99 ';
const ISO_SHAPE = '9999-99-99T99:99:99';
const ZONE_NAME_OR_OFFSET = /^(?:[a-z]{1,5}|[+-]\d{4})$/i;
const ISO_ZONE = /^(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The two shapes nearly every feed writes, "Mon, 02 Mar 2026 13:45:00 GMT" and
 * "2026-03-02T13:45:00Z", read by character position: the same result as fromRfc822 / fromIso,
 * without their general regexes. Undefined for any other shape.
 */
function fromCommonShape(s: string): string | null | undefined {
  if (hasShape(s, RFC822_SHAPE)) {
    const zone = s.slice(RFC822_SHAPE.length);
    const month = MONTHS[s.slice(8, 11).toLowerCase()];
    if (month === undefined || !ZONE_NAME_OR_OFFSET.test(zone)) return undefined;
    const offset = zoneOffset(zone);
    if (offset === null) return null;
    return utc(
      digitsAt(s, 12, 4),
      month,
      digitsAt(s, 5, 2),
      digitsAt(s, 17, 2),
      digitsAt(s, 20, 2),
      digitsAt(s, 23, 2),
      0,
      offset,
    );
  }
  if (hasShape(s, ISO_SHAPE)) {
    const zone = s.slice(ISO_SHAPE.length);
    const offset = ISO_ZONE.test(zone) ? zoneOffset(zone) : null;
    if (offset === null) return undefined;
    return utc(
      digitsAt(s, 0, 4),
      digitsAt(s, 5, 2),
      digitsAt(s, 8, 2),
      digitsAt(s, 11, 2),
      digitsAt(s, 14, 2),
      digitsAt(s, 17, 2),
      0,
      offset,
    );
  }
  return undefined;
}

function fromAnything(s: string): string | null {
  const hasZone = /(?:\b(?:gmt|utc|z)\b|[+-]\d{2}:?\d{2}\b)/i.test(s);
  const t = Date.parse(hasZone ? s : `${s} UTC`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** ISO-8601 UTC for a feed date, or null when it cannot be read. */
export function parseDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  const common = fromCommonShape(s);
  return (common !== undefined ? common : /^\d{4}/.test(s) ? fromIso(s) : fromRfc822(s)) ?? fromAnything(s);
}
