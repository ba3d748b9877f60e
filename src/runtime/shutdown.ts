// Graceful shutdown: on SIGINT/SIGTERM, stop taking work, let in-flight work finish or release
// its leases, then close the store. A second signal exits at once.
import type { Logger } from '../log.js';

export type Closer = { name: string; close: () => Promise<void> };

export class Shutdown {
  readonly #closers: Closer[] = [];
  readonly #log: Logger;
  readonly #timeoutMs: number;
  #stopping: Promise<void> | undefined;

  constructor(log: Logger, timeoutMs = 15_000) {
    this.#log = log;
    this.#timeoutMs = timeoutMs;
  }

  /** Closers run in reverse order of registration: the last started stops first. */
  add(name: string, close: () => Promise<void>): void {
    this.#closers.push({ name, close });
  }

  get stopping(): boolean {
    return this.#stopping !== undefined;
  }

  listen(exit: (code: number) => void = (code) => process.exit(code)): void {
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.#stopping) {
        this.#log.warn({ signal }, 'second signal: exiting now');
        exit(1);
        return;
      }
      this.#log.info({ signal }, 'shutting down');
      void this.run().then(() => exit(0));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  /** Runs every closer once, each bounded by the timeout; failures are logged, not thrown. */
  run(): Promise<void> {
    this.#stopping ??= (async () => {
      for (const c of [...this.#closers].reverse()) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), this.#timeoutMs);
        });
        try {
          const outcome = await Promise.race([c.close().then(() => 'done' as const), timeout]);
          if (outcome === 'timeout') this.#log.warn({ role: c.name }, 'did not stop in time');
        } catch (err) {
          this.#log.error({ role: c.name, err }, 'failed while stopping');
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return this.#stopping;
  }
}
