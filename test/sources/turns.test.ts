import { expect, it } from 'vitest';
import { nextTurn } from '../../src/sources/turns.js';

const busy = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end);
};

it('lets timers run between heavy steps: at most one starts per event-loop iteration', async () => {
  const order: string[] = [];
  let ticking = true;
  const tick = () => {
    order.push('tick');
    if (ticking) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await Promise.all(
    Array.from({ length: 4 }, (_, i) =>
      nextTurn().then(() => {
        order.push(`step ${i}`);
        busy(5);
      }),
    ),
  );
  ticking = false;
  const steps = order.map((s, i) => [s, i] as const).filter(([s]) => s.startsWith('step'));
  expect(steps.map(([s]) => s)).toEqual(['step 0', 'step 1', 'step 2', 'step 3']);
  for (let k = 1; k < steps.length; k++) {
    expect(order.slice(steps[k - 1]![1] + 1, steps[k]![1])).toContain('tick');
  }
});
