// A small pool of long-lived worker threads for CPU-heavy work (parsing feeds, writing to SQLite),
// so it runs beside the event loop instead of on it. One task per worker at a time; a task that runs past
// its time limit, or a worker that dies, costs that worker (it is replaced), never the pool. A
// task's time limit counts from when its worker is ready (its modules loaded), so a slow start on
// a loaded machine is not blamed on the task.
// Compiled code starts `<name>.js`; from TypeScript sources (tsx, vitest) a worker first
// registers tsx's ESM loader and then imports `<name>.ts`, so one module serves all three.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { AppError, errorMessage, type ErrorCode } from '../errors.js';

type Reply<Out> = { ok: Out } | { error: { code: ErrorCode; message: string } } | { ready: true };

/** A worker that has not loaded its modules by then is given up (its task fails). */
const STARTUP_LIMIT_MS = 60_000;

export interface WorkerPoolOptions {
  /** Threads at most; started on demand. */
  size: number;
  /** A task running longer than this fails (and its worker is terminated). */
  timeoutMs: number;
  /** The code of a timeout or a dead worker. */
  errorCode: ErrorCode;
  /** What the task is, for error messages ("Parsing"). */
  label: string;
  maxOldGenerationSizeMb?: number;
  /** Young generation of each thread; default MAX_YOUNG_GENERATION_MB. */
  maxYoungGenerationSizeMb?: number;
  /** A thread idle this long is stopped (a pool kept across poll cycles holds no memory for good); default never. */
  idleMs?: number;
}

export interface WorkerPool<In, Out> {
  /** Runs a task; the buffers in `transfer` move to the worker (unusable here afterwards). */
  run(input: In, transfer?: ArrayBuffer[]): Promise<Out>;
  /** Terminates the workers; queued tasks fail. */
  close(): Promise<void>;
  /** Threads alive (busy or idle). */
  readonly threads: number;
}

/** The file URL of tsx's ESM API, read from its package exports (a dev dependency). */
function tsxEsmApi(): string {
  const pkgFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
}

/**
 * Young generation of each worker thread. V8 lets it grow to several times this by default; with
 * the poller's workers (reader, SQLite writer, checkpointer) the poll bench's peak RSS was
 * 388–406 MB, with this cap 337–360 MB (the first pass used 3–10 % more CPU in the runs measured).
 */
const MAX_YOUNG_GENERATION_MB = 12;

/** Flags that load a module loader (tsx) into a process: a compiled worker needs none. */
const LOADER_FLAG = /^(?:--(?:import|require|loader|experimental-loader)|-r)(=|$)/;

/**
 * The process's flags without its module loaders: a compiled worker started from a process run
 * through tsx (tests, the benches, `npx tsx src/cli.ts`) would otherwise load tsx and its hooks
 * thread too, about 15 MB and some CPU per worker, which `node dist/cli.js` never pays.
 */
export function compiledWorkerArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = LOADER_FLAG.exec(argv[i]!);
    if (!m) out.push(argv[i]!);
    else if (m[1] === '') i++; // the flag's value is the next argument
  }
  return out;
}

type ResourceLimits = { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };

/**
 * Starts a compiled worker with the process's flags less its module loaders. Process-wide flags
 * (`node --max-old-space-size=… dist/cli.js`: V8's heap and stack sizes, --expose-gc, --title)
 * already apply to the process and a worker refuses them when passed on; Node names them, so the
 * worker starts again without them.
 */
export function startCompiledWorker(
  compiled: URL,
  resourceLimits: ResourceLimits,
  argv: readonly string[] = process.execArgv,
): Worker {
  const execArgv = compiledWorkerArgv(argv);
  try {
    return new Worker(compiled, { resourceLimits, execArgv });
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    const refused = new Set(
      errorMessage(err)
        .replace(/^[^:]*:\s*/, '')
        .split(/,\s*/),
    );
    return new Worker(compiled, { resourceLimits, execArgv: execArgv.filter((a) => !refused.has(a)) });
  }
}

/** Starts the worker module `compiled` (a .js URL), or its .ts source through tsx when not compiled. */
function startWorker(compiled: URL, resourceLimits: ResourceLimits): Worker {
  if (existsSync(fileURLToPath(compiled))) return startCompiledWorker(compiled, resourceLimits);
  const source = compiled.href.replace(/\.js$/, '.ts');
  const boot = `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

interface Task<In, Out> {
  input: In;
  transfer: ArrayBuffer[];
  resolve: (out: Out) => void;
  reject: (err: unknown) => void;
}

export function createWorkerPool<In, Out>(module: URL, options: WorkerPoolOptions): WorkerPool<In, Out> {
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const ready = new WeakSet<Worker>();
  const queue: Task<In, Out>[] = [];
  let closed = false;

  const idleTimers = new Map<Worker, NodeJS.Timeout>();
  const wake = (worker: Worker) => {
    clearTimeout(idleTimers.get(worker));
    idleTimers.delete(worker);
  };

  const retire = (worker: Worker) => {
    wake(worker);
    all.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    void worker.terminate();
  };

  const release = (worker: Worker) => {
    worker.unref(); // an idle pool never keeps the process alive
    idle.push(worker);
    if (options.idleMs !== undefined) idleTimers.set(worker, setTimeout(() => retire(worker), options.idleMs).unref());
    dispatch();
  };

  const runOn = (worker: Worker, task: Task<In, Out>) => {
    wake(worker);
    worker.ref();
    const fail = (err: AppError) => {
      finish();
      retire(worker);
      task.reject(err);
      dispatch();
    };
    const limit = () =>
      ready.has(worker)
        ? setTimeout(
            () => fail(new AppError(options.errorCode, `${options.label} took longer than ${options.timeoutMs} ms`)),
            options.timeoutMs,
          )
        : setTimeout(
            () =>
              fail(
                new AppError(options.errorCode, `${options.label}: its worker did not start within ${STARTUP_LIMIT_MS / 1000} s`),
              ),
            STARTUP_LIMIT_MS,
          );
    let timer = limit();
    const onMessage = (reply: Reply<Out>) => {
      if ('ready' in reply) {
        ready.add(worker);
        clearTimeout(timer);
        timer = limit();
        return;
      }
      finish();
      if ('ok' in reply) task.resolve(reply.ok);
      else task.reject(new AppError(reply.error.code, reply.error.message));
      release(worker);
    };
    const onError = (err: Error) =>
      fail(new AppError(options.errorCode, `${options.label} failed in its worker: ${err.message}`, { cause: err }));
    const onExit = (code: number) => onError(new Error(`the worker exited (code ${code})`));
    const finish = () => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    worker.on('message', onMessage).once('error', onError).once('exit', onExit);
    worker.postMessage(task.input, task.transfer);
  };

  const dispatch = () => {
    while (queue.length > 0 && !closed) {
      let worker = idle.pop();
      if (!worker) {
        if (all.size >= options.size) return;
        const started = startWorker(module, {
          maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 1024,
          maxYoungGenerationSizeMb: options.maxYoungGenerationSizeMb ?? MAX_YOUNG_GENERATION_MB,
        });
        // A thread that ends while idle (a pool kept for the process's life) is forgotten, so the
        // next task starts a new one instead of waiting its time limit on a dead thread.
        started.once('exit', () => {
          wake(started);
          all.delete(started);
          const at = idle.indexOf(started);
          if (at >= 0) idle.splice(at, 1);
        });
        all.add((worker = started));
      }
      runOn(worker, queue.shift()!);
    }
  };

  return {
    run(input, transfer = []) {
      if (closed) return Promise.reject(new AppError('INTERNAL', `the ${options.label} pool is closed`));
      return new Promise<Out>((resolve, reject) => {
        queue.push({ input, transfer, resolve, reject });
        dispatch();
      });
    },
    get threads() {
      return all.size;
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new AppError('INTERNAL', `the ${options.label} pool closed`));
      for (const w of all) wake(w);
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
      idle.length = 0;
    },
  };
}

/**
 * The memory of `bytes` as a transfer list, when `bytes` is all of it (never a slice of a shared
 * pool): moving a feed body to a reader thread beats copying it, and frees it here at once.
 */
export function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength ? [buffer] : [];
}

/** The worker side: answers each task with `handle(input)`, or the error's code and message. */
export function serveTasks<In, Out>(handle: (input: In) => Out | Promise<Out>, fallbackCode: ErrorCode): void {
  parentPort!.on('message', async (input: In) => {
    let reply: Reply<Out>;
    try {
      reply = { ok: await handle(input) };
    } catch (err) {
      reply = { error: { code: err instanceof AppError ? err.code : fallbackCode, message: errorMessage(err) } };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage({ ready: true } satisfies Reply<Out>);
}
