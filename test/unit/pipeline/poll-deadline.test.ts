// When polling ahead of a slot stops: a minute before it, but a close slot (a schedule due every
// minute) always leaves a window to poll in.
import { expect, it } from 'vitest';
import { pollDeadline } from '../../../src/pipeline/cycle.js';
import { MINUTE, SECOND } from '../../../src/time.js';

const SLOT = Date.UTC(2026, 11, 5, 15);

it('stops a minute before a slot that is further away than two minutes', () => {
  expect(pollDeadline(SLOT - 15 * MINUTE, SLOT)).toBe(SLOT - MINUTE);
  expect(pollDeadline(SLOT - 2 * MINUTE, SLOT)).toBe(SLOT - MINUTE);
});

it('leaves half the time to a closer slot, so the deadline is never already past', () => {
  for (const left of [59 * SECOND, 30 * SECOND, SECOND, 10]) {
    const started = SLOT - left;
    const deadline = pollDeadline(started, SLOT);
    expect(deadline, `${left} ms before the slot`).toBeGreaterThan(started);
    expect(deadline).toBeLessThan(SLOT);
    expect(deadline - started).toBe(left / 2);
  }
});
