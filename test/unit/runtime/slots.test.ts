import { describe, expect, it } from 'vitest';
import { dueSlot, latestSlotAtOrBefore, nextSlotAfter, previousSlot, slotLabel, slotTime } from '../../../src/runtime/slots.js';

const DEFAULT = { crons: ['0 15 * * *', '0 21 * * *'], timezone: 'UTC' };
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const H = 3_600_000;

describe('slots', () => {
  it.each([
    ['2026-11-21T14:59:59.999Z', '2026-11-20T21:00:00.000Z', '2026-11-21T15:00:00.000Z'],
    ['2026-11-21T15:00:00.000Z', '2026-11-21T15:00:00.000Z', '2026-11-21T21:00:00.000Z'],
    ['2026-11-21T15:00:00.001Z', '2026-11-21T15:00:00.000Z', '2026-11-21T21:00:00.000Z'],
    ['2026-11-21T20:59:59.000Z', '2026-11-21T15:00:00.000Z', '2026-11-21T21:00:00.000Z'],
    ['2026-11-21T23:59:00.000Z', '2026-11-21T21:00:00.000Z', '2026-11-22T15:00:00.000Z'],
    ['2026-12-31T22:00:00.000Z', '2026-12-31T21:00:00.000Z', '2027-01-01T15:00:00.000Z'],
  ])('at %s the latest slot is %s and the next %s', (now, latest, next) => {
    expect(iso(latestSlotAtOrBefore(DEFAULT, at(now))?.at)).toBe(latest);
    expect(iso(nextSlotAfter(DEFAULT, at(now)).at)).toBe(next);
  });

  it('labels slots in the schedule time zone', () => {
    expect(slotLabel(at('2026-11-21T15:00:00Z'), 'UTC')).toBe('2026-11-21 15:00 UTC');
    const slot = latestSlotAtOrBefore(DEFAULT, at('2026-11-21T16:00:00Z'))!;
    expect(slotTime(slot)).toBe('15:00 UTC');
    expect(slotLabel(at('2026-07-01T07:00:00Z'), 'Europe/Paris')).toBe('2026-07-01 09:00 GMT+2');
  });

  it('a slot window starts at the previous slot', () => {
    const slot = latestSlotAtOrBefore(DEFAULT, at('2026-11-21T15:00:00Z'))!;
    expect(iso(previousSlot(DEFAULT, slot)?.at)).toBe('2026-11-20T21:00:00.000Z');
  });

  it('runs the latest due slot only within the grace window', () => {
    expect(iso(dueSlot(DEFAULT, at('2026-11-21T15:00:00Z'), 3 * H)?.at)).toBe('2026-11-21T15:00:00.000Z');
    expect(iso(dueSlot(DEFAULT, at('2026-11-21T17:59:59Z'), 3 * H)?.at)).toBe('2026-11-21T15:00:00.000Z');
    expect(dueSlot(DEFAULT, at('2026-11-21T18:00:01Z'), 3 * H)).toBeNull();
    // Down from 14:00 to 22:30: the 15:00 slot is not replayed, the 21:00 one runs.
    expect(iso(dueSlot(DEFAULT, at('2026-11-21T22:30:00Z'), 3 * H)?.at)).toBe('2026-11-21T21:00:00.000Z');
  });

  describe('time zones and daylight-saving changes', () => {
    const paris = { crons: ['30 2 * * *', '0 9 * * *'], timezone: 'Europe/Paris' };
    it('a slot inside the spring-forward gap runs once, right after the gap', () => {
      const after = nextSlotAfter(paris, at('2026-03-28T12:00:00Z'));
      expect(iso(after.at)).toBe('2026-03-29T01:30:00.000Z');
      expect(after.label).toBe('2026-03-29 03:30 GMT+2');
      expect(iso(nextSlotAfter(paris, after.at).at)).toBe('2026-03-29T07:00:00.000Z');
    });

    it('a slot in the repeated autumn hour happens once', () => {
      const first = nextSlotAfter(paris, at('2026-10-24T12:00:00Z'));
      expect(iso(first.at)).toBe('2026-10-25T00:30:00.000Z');
      expect(iso(nextSlotAfter(paris, first.at).at)).toBe('2026-10-25T08:00:00.000Z');
    });

    it('New York 9:00 follows the local clock across the change', () => {
      const ny = { crons: ['0 9 * * *'], timezone: 'America/New_York' };
      expect(iso(nextSlotAfter(ny, at('2026-03-07T20:00:00Z')).at)).toBe('2026-03-08T13:00:00.000Z');
      expect(iso(nextSlotAfter(ny, at('2026-03-06T20:00:00Z')).at)).toBe('2026-03-07T14:00:00.000Z');
    });
  });
});
