import { describe, expect, it } from 'vitest';
import { describeSchedule, scheduleFromText } from '../../../src/runtime/schedule-text.js';

describe('schedules as typed', () => {
  it('reads 24- and 12-hour times, commas or spaces, and a time zone', () => {
    expect(scheduleFromText('08:00, 17:30 Europe/Paris', 'UTC')).toEqual({
      ok: true,
      schedule: { crons: ['0 8 * * *', '30 17 * * *'], timezone: 'Europe/Paris' },
    });
    expect(scheduleFromText('5:30pm and 8am', 'America/New_York')).toEqual({
      ok: true,
      schedule: { crons: ['0 8 * * *', '30 17 * * *'], timezone: 'America/New_York' },
    });
    expect(scheduleFromText('12am 12pm 9:05', 'UTC')).toMatchObject({
      schedule: { crons: ['0 0 * * *', '5 9 * * *', '0 12 * * *'] },
    });
  });

  it('names what it cannot read', () => {
    expect(scheduleFromText('25:00', 'UTC')).toEqual({ ok: false, problem: '"25:00" is not a time: write 08:00, 17:30 or 8am' });
    expect(scheduleFromText('8:00 Mars/Olympus', 'UTC')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('"Mars/Olympus" is not a time zone'),
    });
    expect(scheduleFromText('UTC', 'UTC')).toMatchObject({ ok: false, problem: expect.stringContaining('at least one time') });
  });

  it('describes daily times as times, anything else as its cron expressions', () => {
    expect(describeSchedule({ crons: ['0 15 * * *', '0 21 * * *'], timezone: 'UTC' })).toBe('15:00, 21:00 (UTC)');
    expect(describeSchedule({ crons: ['0 9 * * 1-5'], timezone: 'Europe/Paris' })).toBe('0 9 * * 1-5 (Europe/Paris)');
  });
});
