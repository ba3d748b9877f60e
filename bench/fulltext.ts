// Full text from article pages (decision 0025), priced: a poll cycle over `feeds` teaser-only
// feeds on a loopback farm (bench/fulltext-server.ts) in which every feed has one new item, with
// `fullText: off`, then the same with `auto` (each new item's page fetched and extracted). Each
// run is a fresh SQLite store: a first cycle marks what the feeds hold as seen, the farm adds one
// item per feed, and the measured cycle polls them all. Reports wall and CPU time (this process,
// all threads; the farm is a child) as min/median/max over the runs, the auto/off ratio, pages
// fetched per page, and the most requests a host had in flight at once. Compiled dist/ code.
// Poll cycles share the reader and extraction threads (as in a running bot): run 1's auto cycle starts them
// (cold), later runs find them loaded (warm); both ratios are printed, with the load average.
// Run alone: `npx tsx bench/fulltext.ts [feeds] [runs]`.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiled } from './poll.js';

type Message = { type: string; urls?: string[]; pages?: number; requests?: number; maxPerPage?: number; maxInFlight?: number };

function ask(child: ChildProcess, msg: string | null, type: string): Promise<Message> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`page farm exited with ${code}`));
    const onMessage = (m: Message) => {
      if (m.type !== type) return;
      child.off('message', onMessage).off('exit', onExit);
      resolve(m);
    };
    child.on('message', onMessage).once('exit', onExit);
    if (msg) child.send(msg);
  });
}

interface Cycle {
  mode: 'off' | 'auto';
  seconds: number;
  cpuSeconds: number;
  newArticles: number;
  pages: { fetched: number; stored: number; failed: number };
  farm: Message;
  /** Page requests after one more cycle with nothing new (the stored articles are the cache). */
  requestsAfterRepeat: number;
  /** Page errors by code. */
  errors: Record<string, number>;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const fmt = (x: { min: number; median: number; max: number }, d = 1) =>
  `${x.min.toFixed(d)} / ${x.median.toFixed(d)} / ${x.max.toFixed(d)}`;

export async function benchFullText(feeds = 1000, runs = 3) {
  const { configSchema, createFetcher, createPollThreads, migrate, openStore, pollDueFeeds, silentLogger } = await compiled();
  const hosts = 20;
  const serverFile = fileURLToPath(new URL('./fulltext-server.ts', import.meta.url));
  const child = fork(serverFile, [JSON.stringify({ feeds, hosts })], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const config = configSchema.parse({ fetch: { allowPrivate: ['127.0.0.0/8'], concurrency: 32 } });
  const cycles: Cycle[] = [];
  const load = [loadavg()[0]!];
  // Kept across cycles and runs, as `start` keeps them (src/sources/poll-threads.ts).
  const threads = createPollThreads();
  try {
    const { urls } = await ask(child, null, 'ready');
    for (let run = 0; run < runs; run++) {
      // Alternating which goes first, so a change in the machine's load during a run weighs on both.
      for (const mode of run % 2 === 0 ? (['off', 'auto'] as const) : (['auto', 'off'] as const)) {
        await ask(child, 'reset', 'reset');
        const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-bench-fulltext-'));
        const store = await openStore({ dataDir });
        const fetcher = createFetcher(config.fetch);
        try {
          await migrate(store);
          const start = Date.now();
          const rows = urls!.map((url) => ({ url, next_check_at: start, added_at: start, status: 'active', full_text: mode }));
          for (let i = 0; i < rows.length; i += 500)
            await store.db
              .insertInto('feeds')
              .values(rows.slice(i, i + 500))
              .execute();
          const deps = { store, fetcher, config, log: silentLogger(), threads };
          const due = () => store.db.updateTable('feeds').set({ next_check_at: 0 }).execute();
          await pollDueFeeds(deps, { owner: 'bench' });
          await ask(child, 'advance', 'advance');
          await due();
          const began = performance.now();
          const cpu = process.cpuUsage();
          const report = await pollDueFeeds(deps, { owner: 'bench' });
          const used = process.cpuUsage(cpu);
          const seconds = (performance.now() - began) / 1000;
          const farm = await ask(child, 'stats', 'stats');
          await due();
          await pollDueFeeds(deps, { owner: 'bench' });
          const after = await ask(child, 'stats', 'stats');
          const errors = await store.db
            .selectFrom('page_errors')
            .select(['code', (eb) => eb.fn.countAll<number>().as('n')])
            .groupBy('code')
            .execute();
          cycles.push({
            mode,
            seconds,
            cpuSeconds: (used.user + used.system) / 1e6,
            newArticles: report.newArticles,
            pages: report.pages,
            farm,
            requestsAfterRepeat: after.requests!,
            errors: Object.fromEntries(errors.map((e) => [e.code, Number(e.n)])),
          });
          process.stderr.write(
            `run ${run + 1} ${mode}: ${seconds.toFixed(1)} s, CPU ${cycles.at(-1)!.cpuSeconds.toFixed(1)} s\n`,
          );
        } finally {
          await fetcher.close();
          await store.close();
          rmSync(dataDir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await threads.close();
    child.send('stop');
    load.push(loadavg()[0]!);
  }
  return { feeds, hosts, runs, perHost: config.fetch.perHostConcurrency, cycles, load };
}

export function formatFullTextBench(r: Awaited<ReturnType<typeof benchFullText>>): string {
  const of = (mode: Cycle['mode']) => r.cycles.filter((c) => c.mode === mode);
  const off = of('off');
  const auto = of('auto');
  const cpuRatios = auto.map((a, i) => a.cpuSeconds / off[i]!.cpuSeconds);
  const wallRatios = auto.map((a, i) => a.seconds / off[i]!.seconds);
  const cpuRatio = stats(cpuRatios);
  const wallRatio = stats(wallRatios);
  const warmCpu = cpuRatios.length > 1 ? stats(cpuRatios.slice(1)) : null;
  const once = auto.every(
    (c) => c.farm.requests === c.farm.pages && c.farm.pages === c.newArticles && c.requestsAfterRepeat === c.farm.requests,
  );
  const maxInFlight = Math.max(...r.cycles.map((c) => c.farm.maxInFlight!));
  const lines = [
    `fulltext (compiled dist/): a poll cycle over ${r.feeds} teaser-only feeds, one new item each, on ${r.hosts} loopback hosts; ${r.runs} runs, min / median / max; load average ${r.load.map((l) => l.toFixed(1)).join(' → ')}`,
    `  off:  wall ${fmt(stats(off.map((c) => c.seconds)))} s, CPU ${fmt(stats(off.map((c) => c.cpuSeconds)))} s; pages fetched ${off.map((c) => c.farm.requests).join(', ')}`,
    `  auto: wall ${fmt(stats(auto.map((c) => c.seconds)))} s, CPU ${fmt(stats(auto.map((c) => c.cpuSeconds)))} s; pages fetched ${auto.map((c) => c.pages.fetched).join(', ')}, ` +
      `stored ${auto.map((c) => c.pages.stored).join(', ')}, failed ${auto.map((c) => JSON.stringify(c.errors)).join(', ')}`,
    `  auto / off, paired by run: CPU ${fmt(cpuRatio, 2)}, wall ${fmt(wallRatio, 2)}; ratio of the medians: CPU ${(stats(auto.map((c) => c.cpuSeconds)).median / stats(off.map((c) => c.cpuSeconds)).median).toFixed(2)}, wall ${(stats(auto.map((c) => c.seconds)).median / stats(off.map((c) => c.seconds)).median).toFixed(2)}; per run CPU ${cpuRatios.map((x) => x.toFixed(2)).join(', ')}, wall ${wallRatios.map((x) => x.toFixed(2)).join(', ')} (run 1 starts the extraction threads)`,
    ...(warmCpu ? [`  auto / off with the extraction threads loaded (runs 2-${r.runs}): CPU ${fmt(warmCpu, 2)}`] : []),
    `  ${once ? 'PASS' : 'FAIL'} each new article's page fetched once (and not again by a cycle with nothing new): ${auto.map((c) => `${c.farm.requests} requests for ${c.farm.pages} pages, max ${c.farm.maxPerPage} per page, ${c.requestsAfterRepeat} after the repeat`).join('; ')}`,
    `  ${maxInFlight <= r.perHost ? 'PASS' : 'FAIL'} per-host limit: at most ${maxInFlight} requests in flight on a host (limit ${r.perHost})`,
    `  ${cpuRatio.median <= 2 ? 'PASS' : 'FAIL'} CPU time auto / off (median): ${cpuRatio.median.toFixed(2)} (bar ≤ 2)`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const feeds = process.argv[2] ? Number(process.argv[2]) : undefined;
  const runs = process.argv[3] ? Number(process.argv[3]) : undefined;
  process.stdout.write(`${formatFullTextBench(await benchFullText(feeds, runs))}\n`);
}
