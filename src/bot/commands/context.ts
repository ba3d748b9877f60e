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
  /** How many articles the destination's next digest could draw from (after its pauses and filters). */
  pending(destination: Destination, now: number): Promise<number>;
}

export interface CommandDeps {
  store: Pick<Store, 'db' | 'dialect'>;
  config: Pick<Config, 'admins' | 'schedule' | 'fetch' | 'digest'>;
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

const NO_DIGEST =
  'This channel does not receive a digest, so there is nothing channel-specific to show. An admin can start one with /digest subscribe [topics].';

/** The channel's destination (enabled or not), or a user error saying the channel gets no digest. */
export function channelDestination(ctx: CommandContext): Destination {
  if (ctx.destination) return ctx.destination;
  throw userError('NOT_FOUND', NO_DIGEST);
}

/** The channel's destination when it gets digests now. */
export function activeDestination(ctx: CommandContext): Destination | null {
  return ctx.destination?.enabled ? ctx.destination : null;
}

/** The channel's destination for an admin to change: it must exist and not be set in the config file (decision 0020). */
export function editableDestination(ctx: CommandContext): Destination {
  const dest = channelDestination(ctx);
  if (dest.origin === 'config' && dest.disabledReason !== 'REMOVED_FROM_CONFIG')
    throw userError(
      'CONFIG_OWNED',
      "This channel's digest is set in the bot's configuration (destinations in the config file, or DIGESTBOT_DESTINATIONS): " +
        'change it there, then restart digestbot.',
    );
  return dest;
}
