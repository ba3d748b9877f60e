// Schedules as admins type and read them: `08:00 17:30 Europe/Paris` ↔ daily cron expressions in
// a time zone. Times are 24-hour (`8:00`, `17:30`) or 12-hour (`8am`, `5:30pm`); the time zone is
// an IANA name (`Europe/Paris`, `UTC`), else the default one.
import { isTimeZone, type Schedule } from './slots.js';

const MAX_TIMES = 12;

export type ParsedSchedule = { ok: true; schedule: Schedule } | { ok: false; problem: string };

function readTime(word: string): { h: number; m: number } | null {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?$/i.exec(word);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === 'pm' ? 12 : 0);
  }
  return h <= 23 && min <= 59 ? { h, m: min } : null;
}

/** `08:00, 17:30 Europe/Paris` → daily crons in that zone (or `defaultZone`). */
export function scheduleFromText(text: string, defaultZone: string): ParsedSchedule {
  const words = text
    .replace(/\b(and|at)\b/gi, ' ')
    .split(/[\s,;]+/)
    .filter((w) => w !== '');
  const zoneWord = words.find((w) => /[a-z]/i.test(w) && !/^\d/.test(w));
  const timezone = zoneWord ?? defaultZone;
  if (zoneWord && !isTimeZone(zoneWord))
    return {
      ok: false,
      problem: `"${zoneWord}" is not a time zone: use an IANA name such as UTC, Europe/Paris or America/New_York`,
    };
  const times = words.filter((w) => w !== zoneWord).map((w) => ({ w, t: readTime(w) }));
  const bad = times.find((x) => x.t === null);
  if (bad) return { ok: false, problem: `"${bad.w}" is not a time: write 08:00, 17:30 or 8am` };
  if (times.length === 0) return { ok: false, problem: 'give at least one time, e.g. 08:00 17:30 Europe/Paris' };
  if (times.length > MAX_TIMES) return { ok: false, problem: `at most ${MAX_TIMES} times a day` };
  const sorted = [...new Set(times.map((x) => x.t!.h * 60 + x.t!.m))].sort((a, b) => a - b);
  return { ok: true, schedule: { crons: sorted.map((m) => `${m % 60} ${Math.floor(m / 60)} * * *`), timezone } };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `08:00, 17:30 (Europe/Paris)`; cron expressions as they are when they are not daily times. */
export function describeSchedule(s: Schedule): string {
  const daily = s.crons.map((c) => /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(c.trim()));
  const when = daily.every((d) => d !== null)
    ? daily.map((d) => `${pad(Number(d![2]))}:${pad(Number(d![1]))}`).join(', ')
    : s.crons.join('; ');
  return `${when} (${s.timezone})`;
}
