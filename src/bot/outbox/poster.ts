// The port each platform implements for the outbox: post a rendered part, find it again after a
// crash, and send a plain note (admin alerts). Platform answers come back as values, never throws.
import type { Platform } from '../../model.js';
import type { HttpOutcome } from './classify.js';

export interface PostTarget {
  channelId: string;
  digestId: string;
  part: number;
  /** When the delivery was queued: nothing of it can be older, so lookups start here. */
  queuedAt: number;
  /** Platform id of the digest's first message (Slack: the thread the later parts reply in). */
  firstMessageId: string | null;
}

export type PostResult = { ok: true; messageId: string } | { ok: false; outcome: HttpOutcome };

export type FindResult = { ok: true; messageId: string | null } | { ok: false; outcome: HttpOutcome };

export interface Poster {
  readonly platform: Platform;
  /** Smallest gap between two posts to one channel (Slack: 1000 ms). */
  readonly channelGapMs: number;
  post(payload: unknown, target: PostTarget): Promise<PostResult>;
  /** Whether the part is already on the platform (a crash between posting and marking it sent). */
  find(payload: unknown, target: PostTarget): Promise<FindResult>;
  notify(channelId: string, text: string): Promise<PostResult>;
}

export type Posters = Partial<Record<Platform, Poster>>;
