// The LLM endpoint's circuit breaker, one per process and shared by every digest: after
// `threshold` failed calls in a row it opens and no call is made for `cooldownMs`; then calls may
// go again, and the next failure opens it at once. An answer of any kind closes it.

export interface CircuitBreaker {
  /** When calls may not go: the time (ms) they may again; null when they may. */
  openUntil(now: number): number | null;
  /** Books a call's outcome; a failure that opens the breaker returns the time it stays open until. */
  record(ok: boolean, now: number): number | null;
}

export function createCircuitBreaker(threshold: number, cooldownMs: number): CircuitBreaker {
  let failures = 0;
  let until = 0;
  return {
    openUntil: (now) => (now < until ? until : null),
    record(ok, now) {
      if (ok) {
        failures = 0;
        return null;
      }
      failures++;
      if (failures < threshold) return null;
      until = now + cooldownMs;
      return until;
    },
  };
}
