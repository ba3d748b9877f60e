// `digestbot once [--now | --dry-run]`: one full cycle in the foreground, then exit.
import type { Command } from 'commander';
import { consoleOptionsFor, renderDigestText } from '../bot/console/render.js';
import { ingest, runCycle } from '../pipeline/cycle.js';
import { cycleDeps } from '../pipeline/deps.js';
import { syncConfiguration } from '../pipeline/sync-config.js';
import { bootstrap, type App } from '../runtime/app.js';
import type { Destination } from '../model.js';
import { processOwner } from '../runtime/owner.js';
import { prepareDigest, runSlot, scheduleOf, slotContext } from '../pipeline/run-slot.js';
import { nextSlotAfter } from '../runtime/slots.js';
import { createFetcher } from '../sources/fetch/fetcher.js';
import { listDestinations } from '../store/destinations.js';
import { queuedByDestination } from '../store/queued-deliveries.js';
import { AppError } from '../errors.js';
import { MINUTE, SECOND } from '../time.js';
import { cliConfig } from './context.js';

/** Without configured destinations, a dry run shows what a terminal would get. */
const TERMINAL: Destination = {
  id: 0,
  platform: 'console',
  channelId: 'terminal',
  name: 'terminal',
  topics: [],
  emptyDigest: 'short',
  enabled: true,
  disabledReason: null,
};
/** How long `once` waits for the outbox (paced posts, short backoffs) before it reports what is left. */
const DRAIN_MS = 2 * MINUTE;

export function registerOnce(program: Command): void {
  program
    .command('once')
    .description('one full cycle now: poll due feeds, read rounds, run the due slot (within the grace window) and post')
    .option('--now', 'post an unscheduled digest now to every destination instead of waiting for a slot')
    .option('--dry-run', 'build the digest for the coming slot and print it; post nothing, mark nothing')
    .action(async (opts: { now?: boolean; dryRun?: boolean }) => {
      const app = await bootstrap(cliConfig(program));
      const fetcher = createFetcher(app.config.fetch);
      try {
        await syncConfiguration(app);
        if (opts.dryRun) await dryRun(app, fetcher);
        else await postCycle(app, fetcher, opts.now === true);
      } finally {
        await fetcher.close();
        await app.shutdown.run();
      }
    });
}

function deps(app: App, fetcher: ReturnType<typeof createFetcher>) {
  const alert = async (text: string) => void app.log.warn({ alert: text }, 'admin alert');
  return cycleDeps(app, { owner: processOwner(), fetcher, alert });
}

async function dryRun(app: App, fetcher: ReturnType<typeof createFetcher>): Promise<void> {
  const d = deps(app, fetcher);
  await ingest(d);
  const schedule = scheduleOf(app.config);
  const ctx = slotContext(schedule, nextSlotAfter(schedule, Date.now()).at);
  const destinations = (await listDestinations(app.store.db)).filter((x) => x.enabled);
  for (const destination of destinations.length > 0 ? destinations : [TERMINAL]) {
    const { digest } = await prepareDigest(d, destination, ctx);
    process.stdout.write(`── ${destination.platform}:${destination.channelId} (dry run: nothing posted) ──\n`);
    process.stdout.write(`${renderDigestText(digest, consoleOptionsFor(process.stdout))}\n`);
  }
}

async function postCycle(app: App, fetcher: ReturnType<typeof createFetcher>, now: boolean): Promise<void> {
  const d = deps(app, fetcher);
  const lines: string[] = [];
  if (now) {
    const { poll } = await ingest(d);
    lines.push(`polled ${poll.polled} feeds, ${poll.newArticles} new articles`);
    const ctx = slotContext(scheduleOf(app.config), Date.now());
    for (const destination of (await listDestinations(app.store.db)).filter((x) => x.enabled)) {
      const outcome = await runSlot(d, destination, ctx, Date.now());
      lines.push(`${destination.platform}:${destination.channelId} ${ctx.slot.label}: ${outcome.status}`);
    }
  } else {
    const report = await runCycle(d);
    lines.push(`polled ${report.poll.polled} feeds, ${report.poll.newArticles} new articles`);
    lines.push(report.slot ? `slot ${report.slot.label}` : 'no slot due within the grace window (use --now to post anyway)');
    for (const o of report.outcomes) lines.push(`destination ${o.destinationId}: ${o.outcome.status}`);
  }
  const { createChatRoles } = await import('../pipeline/chat-roles.js');
  const { drainUntilIdle } = await import('../bot/outbox/until-idle.js');
  const chat = await createChatRoles(app.config, { db: app.store.db, log: app.log, commands: null, owner: d.owner });
  const sent = await drainUntilIdle(
    { db: app.store.db, posters: chat.posters, log: app.log, owner: d.owner, alert: d.alert },
    Date.now() + DRAIN_MS,
  );
  lines.push(`posted ${sent.sent} messages, ${sent.failed} failed, ${sent.pending} still queued`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (sent.pending > 0) throw new AppError('PLATFORM_ERROR', await stillQueued(app, sent.pending));
}

/** Why parts are still queued when `once` stops: per destination, how many, when next, and the last error. */
async function stillQueued(app: App, pending: number): Promise<string> {
  const waiting = await queuedByDestination(app.store.db);
  const lines = waiting.map((w) => {
    const why = !w.enabled
      ? `the destination is disabled (${w.disabledReason ?? 'no reason recorded'})`
      : `next attempt ${new Date(w.nextAttemptAt).toISOString()}${w.lastError ? `, last error: ${w.lastError}` : ''}`;
    return `  ${w.platform}:${w.channelId}: ${w.parts} part(s), ${why}`;
  });
  return (
    `${pending} part(s) still queued after waiting ${DRAIN_MS / SECOND} s:\n${lines.join('\n')}\n` +
    'They stay queued: `digestbot start` posts them (each exactly once) when the platform accepts them.'
  );
}
