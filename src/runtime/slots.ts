// Slots are a pure function of the clock and the schedule: which instants are digest slots,
// which one is due now, which came before and which comes next. node-cron only wakes the process;
// correctness never depends on it firing on time.
import { CronExpressionParser } from 'cron-parser';
import type { EpochMs, Slot } from '../model.js';

export interface Schedule {
  crons: string[];
  timezone: string;
}

/** Throws when the expression is not a valid cron expression (used by config validation). */
export function parseCron(expr: string, tz = 'UTC', currentDate: EpochMs = 0) {
  return CronExpressionParser.parse(expr, { currentDate: new Date(currentDate), tz });
}

/** Whether `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function isValidCron(expr: string): boolean {
  try {
    parseCron(expr);
    return true;
  } catch {
    return false;
  }
}

/** `2026-11-21 15:00 UTC` in the schedule's time zone. */
export function slotLabel(at: EpochMs, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} ${get('timeZoneName')}`;
}

/** `15:00 UTC`: the short form used in `Last: … · Next: …`. */
export function slotTime(slot: Slot): string {
  return slot.label.slice(11);
}

function toSlot(at: EpochMs, schedule: Schedule): Slot {
  return { at, label: slotLabel(at, schedule.timezone) };
}

/** The latest slot at or before `now`, over every cron expression; null if there is none. */
export function latestSlotAtOrBefore(schedule: Schedule, now: EpochMs): Slot | null {
  let best: EpochMs | null = null;
  for (const expr of schedule.crons) {
    const it = parseCron(expr, schedule.timezone, now + 1);
    if (!it.hasPrev()) continue;
    const at = it.prev().getTime();
    if (best === null || at > best) best = at;
  }
  return best === null ? null : toSlot(best, schedule);
}

/** The first slot strictly after `now`. */
export function nextSlotAfter(schedule: Schedule, now: EpochMs): Slot {
  let best: EpochMs | null = null;
  for (const expr of schedule.crons) {
    const at = parseCron(expr, schedule.timezone, now).next().getTime();
    if (best === null || at < best) best = at;
  }
  return toSlot(best!, schedule);
}

/** The slot before `slot` (the start of its window), or null. */
export function previousSlot(schedule: Schedule, slot: Slot): Slot | null {
  return latestSlotAtOrBefore(schedule, slot.at - 1);
}

/**
 * The slot to run now: the latest due slot if it is within the grace window, else none. Older
 * slots are never replayed; whether it already ran is the store's business (a unique row).
 */
export function dueSlot(schedule: Schedule, now: EpochMs, graceMs: number): Slot | null {
  const slot = latestSlotAtOrBefore(schedule, now);
  return slot !== null && now - slot.at <= graceMs ? slot : null;
}

/** A destination's schedule: its own when it has one, else the global one. */
export function scheduleFor(global: Schedule, destination: { schedule: Schedule | null }): Schedule {
  return destination.schedule ?? global;
}

/** The first slot after `now` over several schedules (the cycle polls ahead of it). */
export function nextSlotOfAny(schedules: readonly Schedule[], now: EpochMs): Slot {
  return schedules.map((s) => nextSlotAfter(s, now)).reduce((a, b) => (b.at < a.at ? b : a));
}
