// Concurrency limits of the fetcher: at most `perKey` requests per host and `overall` in total.

/** A counting semaphore; waiters are served first come, first served. */
class Semaphore {
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(readonly max: number) {}

  get idle(): boolean {
    return this.#active === 0 && this.#waiting.length === 0;
  }

  async acquire(): Promise<void> {
    if (this.#active < this.max) {
      this.#active++;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#active--;
  }
}

export class ConcurrencyGate {
  readonly #overall: Semaphore;
  readonly #perKey = new Map<string, Semaphore>();

  constructor(
    private readonly perKey: number,
    overall: number,
  ) {
    this.#overall = new Semaphore(overall);
  }

  /** Runs `fn` once a slot for `key` and an overall slot are free (the key's slot is taken first, so waiting for a busy host holds no overall slot). */
  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let host = this.#perKey.get(key);
    if (!host) this.#perKey.set(key, (host = new Semaphore(this.perKey)));
    await host.acquire();
    try {
      await this.#overall.acquire();
      try {
        return await fn();
      } finally {
        this.#overall.release();
      }
    } finally {
      host.release();
      if (host.idle) this.#perKey.delete(key);
    }
  }
}
