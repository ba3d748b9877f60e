// `digestbot demo`: the whole product offline, in one screen. Serves the bundled demo feeds on
// loopback, adds them (48 h backfill) to a fresh SQLite file, polls, reads the funding rounds,
// builds and posts a digest for this minute (as `/digest now` would) to a console destination through the real outbox,
// writes what Slack and Discord would receive (and the chart) into a folder, then answers
// `/round apptronik` and `/digest status` through the command registry, as the bot would.
import { plural } from '../bot/render/text.js';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createCommandRegistry } from '../bot/commands/registry.js';
import { consolePoster } from '../bot/console/poster.js';
import { renderReplyText } from '../bot/console/reply.js';
import { renderDeliveryParts } from '../bot/delivery-parts.js';
import { drainUntilIdle } from '../bot/outbox/until-idle.js';
import { loadConfig, type Config } from '../config.js';
import { userError } from '../errors.js';
import { ingest } from '../pipeline/cycle.js';
import { silentLogger, type Logger } from '../log.js';
import { cycleDeps } from '../pipeline/deps.js';
import { processOwner } from '../runtime/owner.js';
import { Shutdown } from '../runtime/shutdown.js';
import { digestChart, digestOps, runSlot, scheduleOf, slotContext } from '../pipeline/run-slot.js';
import { createFetcher } from '../sources/fetch/fetcher.js';
import { addFeed } from '../sources/feeds-admin.js';
import { upsertDestination } from '../store/destinations.js';
import { latestDigest } from '../store/digests.js';
import { migrate, openStore, SQLITE_FILE, type Store } from '../store/store.js';
import { startDemoFeedServer } from './server.js';

export interface DemoOptions {
  /** Folder for the SQLite file and the payloads; what an earlier demo wrote there is replaced, nothing else is touched. */
  outDir: string;
  out?: NodeJS.WritableStream;
  log?: Logger;
  now?: number;
}

export interface DemoResult {
  digestId: string;
  files: string[];
}

const BACKFILL = '48h';

/** Marks a folder the demo made, so a later run may replace what it wrote there. */
const MARKER = '.digestbot-demo';
/** Everything the demo writes into its folder. */
const DEMO_FILES = [MARKER, 'data', 'digest.json', 'slack-messages.json', 'discord-messages.json', 'chart.png'];

/**
 * Readies the output folder: created when missing; an earlier demo's folder loses only what the
 * demo wrote; any other folder with something in it is refused, never emptied.
 */
function prepareOutDir(outDir: string): void {
  if (existsSync(outDir)) {
    const entries = readdirSync(outDir);
    if (entries.length > 0 && !entries.includes(MARKER))
      throw userError(
        'BAD_ARGUMENT',
        `${outDir} already holds files the demo did not write (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); ` +
          'pass --out with a new or empty folder.',
      );
    for (const name of DEMO_FILES) rmSync(join(outDir, name), { recursive: true, force: true });
  }
  mkdirSync(join(outDir, 'data'), { recursive: true });
  writeFileSync(join(outDir, MARKER), 'written by digestbot demo; it replaces only the files it wrote\n');
}

function demoConfig(dataDir: string, allow: string): Config {
  return loadConfig({ env: {}, overrides: { dataDir, logLevel: 'silent', fetch: { allowPrivate: [allow] } } });
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const out = options.out ?? process.stdout;
  const say = (text = '') => out.write(`${text}\n`);
  const now = options.now ?? Date.now();
  const log = options.log ?? silentLogger();
  const outDir = resolve(options.outDir);
  const dataDir = join(outDir, 'data');
  prepareOutDir(outDir);

  const server = await startDemoFeedServer(now);
  const config = demoConfig(dataDir, server.hostPort);
  const fetcher = createFetcher(config.fetch);
  let store: Store | undefined;
  try {
    store = await openStore({ dataDir });
    await migrate(store);
    say('digestbot demo: offline, on the bundled demo feeds');
    say(`  feeds served at http://${server.hostPort}/ (the only private address the fetcher may reach)`);
    say(`  store: ${relative(process.cwd(), join(dataDir, SQLITE_FILE))}`);
    say();

    say(`1. Adding ${plural(server.feeds.length, 'feed')}, admitting items from the last ${BACKFILL}`);
    for (const f of server.feeds) {
      const { preview } = await addFeed(
        { db: store.db, fetcher, maxItems: config.fetch.maxItems, now: () => now },
        { url: f.url, topic: f.topic, backfill: BACKFILL, addedBy: 'demo' },
      );
      say(
        `   + ${preview.title ?? f.file} (${preview.format}, ${plural(preview.itemCount, 'item')})${f.topic ? ` → topic ${f.topic}` : ''}`,
      );
    }
    const owner = processOwner();
    const alert = async () => undefined;
    const deps = cycleDeps({ config, log, store, shutdown: new Shutdown(log) }, { owner, fetcher, alert, now: () => now });
    const { poll, rounds } = await ingest(deps);
    say(
      `2. Polled: ${plural(poll.newArticles, 'new article')} from ${plural(poll.ok, 'feed')}; ${rounds?.rounds ?? 0} funding-round reports read`,
    );

    const destination = await upsertDestination(store.db, {
      platform: 'console',
      channelId: 'terminal',
      name: 'terminal',
      topics: [],
      emptyDigest: 'short',
      now,
    });
    const ctx = await slotContext(store.db, scheduleOf(config), destination, now);
    const outcome = await runSlot(deps, destination, ctx, now);
    if (outcome.status !== 'queued') throw new Error(`the demo digest was not built: ${JSON.stringify(outcome)}`);
    say(
      `3. The digest for now (${ctx.slot.label}; the next scheduled slot is ${ctx.nextSlot.label}), as the console destination prints it:`,
    );
    say();
    await drainUntilIdle({ db: store.db, posters: { console: consolePoster(out) }, log, owner, alert }, Date.now() + 30_000);
    say();

    const digest = (await latestDigest(store.db, destination.id))!;
    const chart = await digestChart(digest);
    const files: string[] = [];
    const write = (name: string, data: string | Uint8Array) => {
      writeFileSync(join(outDir, name), data);
      files.push(join(outDir, name));
    };
    const slack = renderDeliveryParts(digest, 'slack', chart);
    const discord = renderDeliveryParts(digest, 'discord', chart);
    write('digest.json', `${JSON.stringify(digest, null, 2)}\n`);
    // The chart travels inside the queued parts as base64; on disk it is chart.png.
    const json = (v: unknown) => `${JSON.stringify(v, (k, x: unknown) => (k.endsWith('Base64') ? 'chart.png' : x), 2)}\n`;
    write('slack-messages.json', json(slack));
    write('discord-messages.json', json(discord));
    if (chart) write('chart.png', chart);
    say(`4. What Slack and Discord would receive, written to ${relative(process.cwd(), outDir) || '.'}/:`);
    say(`   slack-messages.json (${slack.length} Block Kit messages: a parent and its thread)`);
    say(`   discord-messages.json (${plural(discord.length, 'message')} of embeds)`);
    if (chart) say(`   chart.png (${Math.round(chart.byteLength / 1024)} KB bar chart of the rounds)`);
    say('   digest.json (the platform-neutral digest)');

    const commands = createCommandRegistry({
      store,
      config,
      fetcher,
      log,
      digests: digestOps(deps),
      now: () => now,
    });
    for (const [n, command, text] of [
      [5, 'round', 'apptronik'],
      [6, 'digest', 'status'],
    ] as const) {
      say();
      say(`${n}. /${command} ${text}`);
      const reply = await commands({
        platform: 'console',
        command,
        subcommand: null,
        options: {},
        text,
        userId: 'demo',
        channelId: 'terminal',
        platformAdmin: async () => true,
      });
      say(renderReplyText(reply, { width: 80, color: false }));
    }
    return { digestId: digest.id, files };
  } finally {
    await fetcher.close();
    await server.close();
    await store?.close();
  }
}
