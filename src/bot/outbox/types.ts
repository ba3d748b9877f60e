// What the outbox needs and how patient it is.
import type { Logger } from '../../log.js';
import type { Db } from '../../store/store.js';
import type { Posters } from './poster.js';

export interface OutboxOptions {
  /** Deliveries claimed per round. */
  batch: number;
  /** Deliveries in flight at once (posts to one channel are still paced). */
  concurrency: number;
  /** Longer than any post can take, lookups and pacing wait included. */
  leaseMs: number;
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** A 429's Retry-After is honoured up to this. */
  retryAfterCapMs: number;
  /** A post that would wait longer than this for its channel's turn goes back to the queue instead. */
  maxPacingWaitMs: number;
  /** 403/404 answers in a row that disable a destination. */
  rejectsToDisable: number;
  /** How long a post may hold its channel's turn: longer than any post takes, and how long a crashed holder blocks its channel. */
  turnHoldMs: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  batch: 50,
  concurrency: 8,
  leaseMs: 180_000,
  maxAttempts: 8,
  baseBackoffMs: 30_000,
  maxBackoffMs: 3_600_000,
  retryAfterCapMs: 600_000,
  maxPacingWaitMs: 30_000,
  rejectsToDisable: 3,
  turnHoldMs: 90_000,
};

export interface OutboxDeps {
  db: Db;
  posters: Posters;
  log: Logger;
  /** Unique per process: whose lease a claim is. */
  owner: string;
  /** Tells the admins (config.adminChannel); must not throw. */
  alert: (text: string) => Promise<void>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type DeliveryResult = 'sent' | 'found' | 'retry' | 'rate_limited' | 'deferred' | 'failed' | 'disabled';

export type DrainReport = Record<DeliveryResult, number> & { claimed: number };
