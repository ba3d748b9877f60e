// The one way a test waits: until a condition holds, re-checked whenever one of the given event
// sources fires (a stand-in answering a request, a process writing a line) and, as a safety net,
// every `everyMs`. Gives up with a message naming what never happened after `timeoutMs`, a bound
// for a loaded machine, never a speed check.
import type { EventEmitter } from 'node:events';

export interface WaitOptions {
  /** What the test waits for, as the failure message says it. */
  what: string;
  /** Event sources whose events may make the condition true (each fires 'event'). */
  on?: EventEmitter[];
  everyMs?: number;
  timeoutMs?: number;
}

export async function waitFor<T>(check: () => T | Promise<T>, o: WaitOptions): Promise<NonNullable<T>> {
  const deadline = Date.now() + (o.timeoutMs ?? 60_000);
  const every = o.everyMs ?? (o.on?.length ? 250 : 20);
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${o.what}`);
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        for (const source of o.on ?? []) source.off('event', done);
        resolve();
      };
      const timer = setTimeout(done, Math.min(every, Math.max(0, deadline - Date.now())));
      for (const source of o.on ?? []) source.once('event', done);
    });
  }
}

/** A gate a fake handler waits at until the test opens it: "the ack came while the handler still ran", without timing it. */
export interface Gate {
  passed: Promise<void>;
  open(): void;
}

export function gate(open = false): Gate {
  let release!: () => void;
  const passed = new Promise<void>((resolve) => (release = resolve));
  if (open) release();
  return { passed, open: release };
}
