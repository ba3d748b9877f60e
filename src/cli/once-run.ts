// The body of `digestbot once`, loaded when the command runs (src/cli/once.ts declares it).
import { plural } from '../bot/render/text.js';
import { consoleOptionsFor, renderDigestText } from '../bot/console/render.js';
import { ingest, othersPolled, readRounds, releaseCycleLeases, runCycle } from '../pipeline/cycle.js';
import { cycleDeps } from '../pipeline/deps.js';
import { configProblems } from '../pipeline/config-problems.js';
import { reconcileConfiguration } from '../pipeline/reconcile.js';
import { ConfigError, type Config } from '../config.js';
import { bootstrap, type App } from '../runtime/app.js';
import { consoleDestination } from '../model.js';
import { processOwner } from '../runtime/owner.js';
import { destinationSchedule, prepareDigest, runSlot, skipsEmpty, slotContext } from '../pipeline/run-slot.js';
import { nextSlotAfter } from '../runtime/slots.js';
import { createFetcher } from '../sources/fetch/fetcher.js';
import { listDestinations } from '../store/destinations.js';
import { queuedByDestination } from '../store/queued-deliveries.js';
import { AppError, errorMessage } from '../errors.js';
import { MINUTE, SECOND } from '../time.js';

/** Without configured destinations, a dry run shows what a terminal would get. */
const TERMINAL = consoleDestination(0, 'terminal', 'terminal');
/** How long `once` waits for the outbox (paced posts, short backoffs) before it reports what is left. */
const DRAIN_MS = 2 * MINUTE;
/** How long `once --now` waits for another replica's poll in flight before it builds the digest. */
const OTHERS_POLL_MS = MINUTE;

/** One full cycle in the foreground: poll, read rounds, run the due slot and post, or (`dryRun`) print. */
export async function runOnce(config: Config, opts: { now?: boolean; dryRun?: boolean }): Promise<void> {
  const { errors } = configProblems(config);
  if (errors.length > 0 && !opts.dryRun) throw new ConfigError(errors, 'settings that cannot work together');
  const app = await bootstrap(config);
  const fetcher = createFetcher(app.config.fetch);
  const owner = processOwner();
  const stopOnSignal = (signal: NodeJS.Signals) => void interrupted(app, owner, signal);
  process.once('SIGTERM', stopOnSignal).once('SIGINT', stopOnSignal);
  try {
    await reconcileConfiguration(app);
    if (opts.dryRun) await dryRun(app, fetcher, owner);
    else await postCycle(app, fetcher, owner, opts.now === true);
  } finally {
    process.off('SIGTERM', stopOnSignal).off('SIGINT', stopOnSignal);
    await fetcher.close();
    await app.shutdown.run();
  }
}

/**
 * SIGTERM or SIGINT mid-run: hands the work back (the leases this process holds end now, so any
 * replica, on any host, can take it over at once), says so, and exits 143 / 130. What is queued
 * stays queued and is posted exactly once by the next run. A second signal ends it at once.
 */
async function interrupted(app: App, owner: string, signal: NodeJS.Signals): Promise<never> {
  let released: string;
  try {
    const { feeds, parts } = await releaseCycleLeases(app.store, owner, Date.now());
    released = `; handed back ${plural(feeds, 'feed')} being polled and ${plural(parts, 'part')} being posted`;
  } catch (err) {
    released = `; could not hand the work back (${errorMessage(err)}), it is taken over when its leases run out`;
  }
  process.stderr.write(
    `digestbot once: stopped by ${signal}${released}. What is queued stays queued: the next \`digestbot once\` or a running \`digestbot start\` posts it, each part exactly once.\n`,
  );
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function deps(app: App, fetcher: ReturnType<typeof createFetcher>, owner: string) {
  const alert = async (text: string) => void app.log.warn({ alert: text }, 'admin alert');
  return cycleDeps(app, { owner, fetcher, alert });
}

async function dryRun(app: App, fetcher: ReturnType<typeof createFetcher>, owner: string): Promise<void> {
  const d = deps(app, fetcher, owner);
  await ingest(d);
  const destinations = (await listDestinations(app.store.db)).filter((x) => x.enabled);
  for (const destination of destinations.length > 0 ? destinations : [TERMINAL]) {
    const schedule = destinationSchedule(app.config, destination);
    const ctx = await slotContext(app.store.db, schedule, destination, nextSlotAfter(schedule, Date.now()).at);
    const { digest } = await prepareDigest(d, destination, ctx);
    const where = `${destination.platform}:${destination.channelId}`;
    if (digest.empty && skipsEmpty(destination, false)) {
      process.stdout.write(
        `── ${where} (dry run): nothing new for ${ctx.slot.label}; this destination skips empty digests (emptyDigest: skip), so nothing would be posted ──\n`,
      );
      continue;
    }
    process.stdout.write(`── ${where} (dry run: nothing posted) ──\n`);
    process.stdout.write(`${renderDigestText(digest, consoleOptionsFor(process.stdout))}\n`);
  }
}

async function postCycle(app: App, fetcher: ReturnType<typeof createFetcher>, owner: string, now: boolean): Promise<void> {
  const d = deps(app, fetcher, owner);
  const lines: string[] = [];
  if (now) {
    const { poll } = await ingest(d);
    lines.push(`polled ${plural(poll.polled, 'feed')}, ${plural(poll.newArticles, 'new article')}`);
    if (!(await othersPolled(d, Date.now() + OTHERS_POLL_MS)))
      lines.push(`another replica was still polling after ${OTHERS_POLL_MS / SECOND} s; its news waits for the next digest`);
    await readRounds(d); // rounds in what the other replica stored while this one waited
    for (const destination of (await listDestinations(app.store.db)).filter((x) => x.enabled)) {
      const at = Date.now();
      const ctx = await slotContext(app.store.db, destinationSchedule(app.config, destination), destination, at);
      const outcome = await runSlot(d, destination, ctx, at, true);
      const why = outcome.status === 'skipped' ? ` (${outcome.reason})` : '';
      lines.push(`${destination.platform}:${destination.channelId} ${ctx.slot.label}: ${outcome.status}${why}`);
    }
  } else {
    const report = await runCycle(d);
    lines.push(`polled ${plural(report.poll.polled, 'feed')}, ${plural(report.poll.newArticles, 'new article')}`);
    if (report.outcomes.length === 0) lines.push('no slot due within the grace window (use --now to post anyway)');
    for (const o of report.outcomes) lines.push(`destination ${o.destinationId} slot ${o.slot.label}: ${o.outcome.status}`);
  }
  const { createChatRoles } = await import('../pipeline/chat-roles.js');
  const { drainUntilIdle } = await import('../bot/outbox/until-idle.js');
  const chat = await createChatRoles(app.config, { db: app.store.db, log: app.log, commands: null, owner: d.owner });
  const sent = await drainUntilIdle(
    { db: app.store.db, posters: chat.posters, log: app.log, owner: d.owner, alert: d.alert },
    Date.now() + DRAIN_MS,
  );
  lines.push(`posted ${plural(sent.sent, 'message')}, ${sent.failed} failed, ${sent.pending} still queued`);
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
