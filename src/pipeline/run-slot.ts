// One digest for one destination and slot, from the store to the outbox:
// claim the slot run → select the window's articles → rounds → build (gated) → chart → render →
// store the digest and queue its deliveries in one transaction → finish the run.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Destination, Digest, Slot } from '../model.js';
import { renderDeliveryParts } from '../bot/delivery-parts.js';
import { buildDigest } from '../digest/build.js';
import { chartSpec } from '../digest/chart/spec.js';
import type { Summarizer } from '../digest/summarize/types.js';
import { nextSlotAfter, previousSlot, scheduleFor, slotLabel, type Schedule } from '../runtime/slots.js';
import { queueDeliveries } from '../store/deliveries.js';
import { articleTexts } from '../store/articles.js';
import { earlierHeadlines, saveDigest } from '../store/digests.js';
import { roundsForArticles } from '../store/rounds-lookup.js';
import { claimSlotRun, finishSlotRun, lastDigestSlot, releaseSlotRun } from '../store/slot-runs.js';
import type { Db, Store } from '../store/store.js';
import { errorMessage } from '../errors.js';
import type { DigestOps } from '../bot/commands/context.js';
import { MINUTE } from '../time.js';
import { pendingCount, windowArticles } from './window.js';

export interface DigestDeps {
  store: Store;
  config: Pick<Config, 'digest' | 'schedule'>;
  log: Logger;
  /** A summarizer for one digest (an LLM one carries that digest's token budget). */
  summarizer: () => Summarizer;
  /** This process's id: the owner of the slot runs it claims. */
  owner: string;
}

export interface SlotContext {
  slot: Slot;
  lastSlot: Slot | null;
  nextSlot: Slot;
}

export type SlotOutcome =
  | { status: 'queued'; digestId: string; parts: number; empty: boolean }
  | { status: 'skipped'; reason: string }
  | { status: 'taken' }
  | { status: 'failed'; error: string };

const RUN_LEASE_MS = 10 * MINUTE;
const RETRY_MS = 5 * MINUTE;

export function scheduleOf(config: Pick<Config, 'schedule'>): Schedule {
  return { crons: config.schedule.crons, timezone: config.schedule.timezone };
}

/** The destination's schedule: its own, else the global one. */
export const destinationSchedule = (config: Pick<Config, 'schedule'>, destination: Destination): Schedule =>
  scheduleFor(scheduleOf(config), destination);

/**
 * A slot of the destination (scheduled, or any instant for `/digest now` and `once --now`) with
 * the one before it: the destination's latest built digest when that is later than the scheduled
 * slot before (a `/digest now` in between), so "Nothing new since …" names the digest it means.
 */
export async function slotContext(db: Db, schedule: Schedule, destination: Destination, at: number): Promise<SlotContext> {
  const slot = { at, label: slotLabel(at, schedule.timezone) };
  const scheduled = previousSlot(schedule, slot);
  const built = await lastDigestSlot(db, destination.id, at);
  const lastSlot =
    built !== undefined && (scheduled === null || built > scheduled.at)
      ? { at: built, label: slotLabel(built, schedule.timezone) }
      : scheduled;
  return { slot, lastSlot, nextSlot: nextSlotAfter(schedule, at) };
}

/** Builds the destination's digest for the slot without writing anything (preview, dry run). */
export async function prepareDigest(
  deps: DigestDeps,
  destination: Destination,
  ctx: SlotContext,
): Promise<{ digest: Digest; articleIds: number[] }> {
  const db = deps.store.db;
  const articles = await windowArticles(db, destination, ctx.slot.at);
  const articleIds = articles.map((a) => a.id);
  const rounds = await roundsForArticles(db, articleIds);
  const inWindow = new Set(articleIds);
  const older = [...new Set(rounds.flatMap((r) => r.sources.map((s) => s.articleId)))].filter((id) => !inWindow.has(id));
  const olderTexts = await articleTexts(db, older);
  const seen = await earlierHeadlines(db, destination.id, ctx.slot.at);
  const digest = await buildDigest({
    name: deps.config.digest.name,
    destination,
    ...ctx,
    articles,
    rounds,
    maxStories: deps.config.digest.maxStories,
    summarizer: deps.summarizer(),
    seen,
    roundSourceTexts: new Map(olderTexts.map((a) => [a.id, `${a.title}\n${a.text}`])),
    onUnfaithful: (e) => deps.log.warn({ destination: destination.id, ...e }, 'faithfulness gate changed a digest line'),
  });
  return { digest, articleIds };
}

/** The chart PNG of the digest's rounds, or null when there is nothing to draw (resvg loads at the first chart). */
export async function digestChart(digest: Digest): Promise<Uint8Array | null> {
  const spec = chartSpec(digest.rounds.items, `Funding rounds · ${digest.slot.label}`);
  if (!spec) return null;
  const { renderChartPng } = await import('../digest/chart/png.js');
  return renderChartPng(spec);
}

/** Whether an empty digest is left unposted: the destination skips them, or nobody asked for this instant's digest on a schedule. */
export const skipsEmpty = (destination: Destination, unscheduled: boolean) => unscheduled || destination.emptyDigest === 'skip';

/**
 * Runs the slot for the destination once, whatever the timing and however many replicas try.
 * `unscheduled` (`/digest now`, `once --now`): with nothing new, nothing is posted.
 */
export async function runSlot(
  deps: DigestDeps,
  destination: Destination,
  ctx: SlotContext,
  now: number,
  unscheduled = false,
): Promise<SlotOutcome> {
  const { db } = deps.store;
  const at = ctx.slot.at;
  if (!(await claimSlotRun(db, destination.id, at, deps.owner, RUN_LEASE_MS, now))) return { status: 'taken' };
  try {
    const { digest, articleIds } = await prepareDigest(deps, destination, ctx);
    if (digest.empty && skipsEmpty(destination, unscheduled)) {
      await finishSlotRun(db, destination.id, at, deps.owner, { status: 'skipped', now });
      return { status: 'skipped', reason: `nothing new since ${ctx.lastSlot?.label ?? 'the last digest'}` };
    }
    // The chart is drawn off the event loop (libuv's pool); the rendering and the write each get a turn of their own.
    const chart = await digestChart(digest);
    await yieldToLoop();
    const parts = renderDeliveryParts(digest, destination.platform, chart);
    await yieldToLoop();
    const queued = await deps.store.transaction(async (trx) => {
      if (!(await saveDigest(trx, digest, articleIds, now))) return null;
      return queueDeliveries(trx, digest, parts, now);
    });
    if (queued === null) {
      await finishSlotRun(db, destination.id, at, deps.owner, { status: 'done', digestId: digest.id, now });
      return { status: 'taken' };
    }
    await finishSlotRun(db, destination.id, at, deps.owner, { status: 'done', digestId: digest.id, now });
    deps.log.info(
      { destination: destination.id, slot: ctx.slot.label, digest: digest.id, parts: queued, stories: digest.counts.stories },
      'digest queued',
    );
    return { status: 'queued', digestId: digest.id, parts: queued, empty: digest.empty };
  } catch (err) {
    const error = errorMessage(err);
    deps.log.error({ err, destination: destination.id, slot: ctx.slot.label }, 'digest failed; will retry');
    await releaseSlotRun(db, destination.id, at, deps.owner, now + RETRY_MS, error);
    return { status: 'failed', error };
  }
}

/** The digest pipeline as slash commands use it: `/digest preview`, `/digest now` (the outbox picks the parts up within seconds), `/digest status`. */
export function digestOps(deps: DigestDeps): DigestOps {
  const db = deps.store.db;
  return {
    preview: async (destination, now) => {
      const schedule = destinationSchedule(deps.config, destination);
      const ctx = await slotContext(db, schedule, destination, nextSlotAfter(schedule, now).at);
      return (await prepareDigest(deps, destination, ctx)).digest;
    },
    postNow: async (destination, now) => {
      const ctx = await slotContext(db, destinationSchedule(deps.config, destination), destination, now);
      const outcome = await runSlot(deps, destination, ctx, now, true);
      if (outcome.status === 'queued') return { digestId: outcome.digestId };
      return {
        skipped:
          outcome.status === 'skipped'
            ? outcome.reason
            : outcome.status === 'failed'
              ? outcome.error
              : 'a digest for this minute is already being built',
      };
    },
    pending: (destination, now) => pendingCount(db, destination, now),
  };
}
