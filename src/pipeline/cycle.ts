// One cycle of the bot, run on every wake-up: poll what is due (ahead of a close slot, everything
// due before it), read funding rounds from new articles, run the due slot for every destination,
// hand the outbox its work, and prune what fell out of the retention window. Every step is shared
// safely between replicas by the store.
import { setTimeout as delay } from 'node:timers/promises';
import type { Config } from '../config.js';
import { pruneExpired } from './prune.js';
import { readNewRounds, type ReadRoundsReport } from './read-rounds.js';
import { alertStuckParts } from './stuck-alerts.js';
import type { Slot } from '../model.js';
import { destinationSchedule, runSlot, scheduleOf, slotContext, type DigestDeps, type SlotOutcome } from './run-slot.js';
import { dueSlot, nextSlotOfAny } from '../runtime/slots.js';
import type { Fetcher } from '../sources/fetch/fetcher.js';
import type { PollThreads } from '../sources/poll-threads.js';
import { pollDueFeeds, type PollCycleReport } from '../sources/poll-cycle.js';
import { listDestinations } from '../store/destinations.js';
import { leaseHolder, releaseLease, tryAcquireLease } from '../store/leases.js';
import { endFeedLeases, feedLeaseOwners } from '../store/feed-leases.js';
import { endDeliveryLeases } from '../store/delivery-leases.js';
import { ownerIsGone } from '../runtime/owner.js';
import { MINUTE } from '../time.js';

export interface CycleDeps extends DigestDeps {
  config: Config;
  fetcher: Fetcher;
  /** Tells the admin channel (feeds disabled, and the like). */
  alert: (text: string) => Promise<void>;
  /** Wakes the outbox after digests were queued. */
  kick?: () => void;
  now?: () => number;
  /** Polling's threads, kept warm across cycles (`start`); without, each cycle makes and closes its own. */
  threads?: PollThreads;
}

export interface CycleReport {
  poll: PollCycleReport;
  rounds: ReadRoundsReport | null;
  /** One per destination whose slot was due (each destination runs its own schedule). */
  outcomes: { destinationId: number; slot: Slot; outcome: SlotOutcome }[];
  /** Delivery parts the admin channel was just told are stuck. */
  stuckParts: number;
  /** Articles pruned for being older than the retention window. */
  pruned: number;
}

/** Ahead of a slot this close, feeds due before it are polled now so the digest is fresh. */
const PRE_SLOT_MS = 15 * MINUTE;
/** Polling for a slot stops claiming feeds this long before it (less when the slot is closer: see pollDeadline). */
const SLOT_MARGIN_MS = MINUTE;
const READER_LEASE = 'rounds-reader';

export interface IngestReport {
  poll: PollCycleReport;
  rounds: ReadRoundsReport | null;
}

/** Polls the feeds due (by `dueBy`, default now) and reads funding rounds from what is new. */
export async function ingest(
  deps: Omit<CycleDeps, 'summarizer' | 'kick'>,
  options: { dueBy?: number; deadline?: number } = {},
): Promise<IngestReport> {
  const clock = deps.now ?? Date.now;
  const { store, owner } = deps;
  // A process on this host that died mid-poll (kill -9, SIGTERM to `once`) left its feeds leased for 10 min (decision 0033).
  const gone = (await feedLeaseOwners(store.db, clock())).filter(ownerIsGone);
  const freed = await endFeedLeases(store.db, gone, clock());
  if (freed > 0) deps.log.info({ owners: gone, feeds: freed }, 'took over the feeds a process that is gone was polling');
  const poll = await pollDueFeeds(
    { store, fetcher: deps.fetcher, config: deps.config, log: deps.log, now: clock, threads: deps.threads },
    { owner, ...options },
  );
  for (const d of poll.disabled) await deps.alert(`Feed ${d.url} was disabled (${d.reason}): ${d.message}`);
  return { poll, rounds: await readRounds(deps) };
}

/** Reads funding rounds from the articles no one has read yet, unless another process is at it (null). */
export async function readRounds(deps: Pick<CycleDeps, 'store' | 'owner' | 'log' | 'now'>): Promise<ReadRoundsReport | null> {
  const clock = deps.now ?? Date.now;
  const { store, owner } = deps;
  if (!(await tryAcquireLease(store.db, READER_LEASE, owner, 10 * 60_000, clock()))) return null;
  try {
    const rounds = await readNewRounds(store, clock());
    if (rounds.articles > 0) deps.log.info(rounds, 'funding rounds read');
    return rounds;
  } finally {
    await releaseLease(store.db, READER_LEASE, owner);
  }
}

/**
 * Ends every lease `owner` holds on the cycle's work (feeds being polled, parts being posted, the
 * rounds reader), for a process that stops mid-way on a signal: replicas on other hosts take the
 * work over at once instead of after the leases run out (on this host they would anyway:
 * decision 0033). A part whose post was in flight is looked for on the platform before any re-send.
 */
export async function releaseCycleLeases(
  store: CycleDeps['store'],
  owner: string,
  now: number,
): Promise<{ feeds: number; parts: number }> {
  const feeds = await endFeedLeases(store.db, [owner], now);
  const parts = await endDeliveryLeases(store.db, [owner], now);
  await releaseLease(store.db, READER_LEASE, owner);
  return { feeds, parts: parts.length };
}

const OTHERS_POLL_STEP_MS = 500;

/**
 * Waits, until `until` at the latest, for the polls other live processes hold feed leases for and
 * the rounds reading they hold its lease for (a replica's cycle in flight), so a digest built right
 * after (`once --now`, after one more `readRounds`) has their news and rounds too. Returns whether
 * they finished in time.
 */
export async function othersPolled(
  deps: Pick<CycleDeps, 'store' | 'owner' | 'log' | 'now'>,
  until: number,
  sleep: (ms: number) => Promise<unknown> = delay,
): Promise<boolean> {
  const clock = deps.now ?? Date.now;
  let told = false;
  for (;;) {
    const reader = await leaseHolder(deps.store.db, READER_LEASE, clock());
    const holders = [...(await feedLeaseOwners(deps.store.db, clock())), ...(reader ? [reader] : [])];
    const busy = [...new Set(holders)].filter((o) => o !== deps.owner && !ownerIsGone(o));
    if (busy.length === 0) return true;
    if (clock() >= until) {
      deps.log.warn({ owners: busy }, 'another replica is still polling; building without what it has not stored yet');
      return false;
    }
    if (!told) deps.log.info({ owners: busy }, 'waiting for another replica to finish polling');
    told = true;
    await sleep(Math.min(OTHERS_POLL_STEP_MS, Math.max(1, until - clock())));
  }
}

/**
 * When polling ahead of a slot at `slotAt` stops claiming feeds, for a cycle started at `started`:
 * a minute before the slot, but never less than half the time left, so a slot a few seconds or a
 * minute away (a schedule due every minute) still gets a window to poll in.
 */
export function pollDeadline(started: number, slotAt: number): number {
  return slotAt - Math.min(SLOT_MARGIN_MS, (slotAt - started) / 2);
}

export async function runCycle(deps: CycleDeps): Promise<CycleReport> {
  const clock = deps.now ?? Date.now;
  const { config, store } = deps;
  const started = clock();
  const destinations = (await listDestinations(store.db)).filter((d) => d.enabled);
  const schedules = [scheduleOf(config), ...destinations.map((d) => destinationSchedule(config, d))];
  const next = nextSlotOfAny(schedules, started);
  const slotIsClose = next.at - started <= PRE_SLOT_MS;
  const { poll, rounds } = await ingest(deps, slotIsClose ? { dueBy: next.at, deadline: pollDeadline(started, next.at) } : {});

  const outcomes: CycleReport['outcomes'] = [];
  for (const destination of destinations) {
    const schedule = destinationSchedule(config, destination);
    const slot = dueSlot(schedule, clock(), config.schedule.catchUpGraceMinutes * 60_000);
    if (!slot) continue;
    const ctx = await slotContext(store.db, schedule, destination, slot.at);
    outcomes.push({ destinationId: destination.id, slot, outcome: await runSlot(deps, destination, ctx, clock()) });
  }
  if (outcomes.some((o) => o.outcome.status === 'queued')) deps.kick?.();
  const stuckParts = await alertStuckParts(store.db, deps.alert, clock());
  const pruned = await pruneExpired(deps, clock());
  return { poll, rounds, outcomes, stuckParts, pruned };
}
