// What command handlers get: the registry's dependencies, the invocation, the channel's
// destination (if the channel receives a digest) and the time.
import type { Config } from '../../config.js';
import { userError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { Destination, Digest } from '../../model.js';
import type { Fetcher } from '../../sources/fetch/index.js';
import type { Store } from '../../store/store.js';
import type { CommandInvocation, Reply } from './types.js';

/** The digest pipeline as commands need it (implemented by the scheduler's slot runner). */
export interface DigestOps {
  /** The digest the destination would get now, built without storing or posting anything. */
  preview(destination: Destination, now: number): Promise<Digest>;
  /** Builds, stores and queues a digest for the destination now. */
  postNow(destination: Destination, now: number): Promise<{ digestId: string } | { skipped: string }>;
}

export interface CommandDeps {
  store: Pick<Store, 'db' | 'dialect'>;
  config: Pick<Config, 'admins' | 'schedule' | 'fetch'>;
  /** The guarded feed fetcher (`/feeds add`, `/feeds test`). */
  fetcher: Fetcher;
  digests: DigestOps;
  log: Logger;
  now?: () => number;
}

export interface CommandContext {
  deps: CommandDeps;
  inv: CommandInvocation;
  destination: Destination | null;
  now: number;
}

export type ActionHandler<A> = (ctx: CommandContext, args: A) => Promise<Reply>;

/** The channel's destination, or a user error saying the channel gets no digest. */
export function channelDestination(ctx: CommandContext): Destination {
  if (ctx.destination) return ctx.destination;
  throw userError(
    'NOT_FOUND',
    "This channel does not receive a digest, so there is nothing channel-specific to show. An admin can add it to the bot's destinations.",
  );
}
