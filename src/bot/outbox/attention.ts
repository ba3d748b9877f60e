// Why a delivery part is not out yet, in words an admin can act on: held (its channel is
// disabled, or an earlier part is not out), failing (attempts failed, it will try again),
// failed (given up), stuck (unsent for over an hour, whatever the cause).
import type { AttentionRow } from '../../store/delivery-attention.js';
import { HOUR } from '../../time.js';

export type AttentionKind = 'held' | 'failing' | 'failed' | 'queued';

export interface Attention {
  kind: AttentionKind;
  why: string;
  /** Unsent for over an hour. */
  stuck: boolean;
}

export const STUCK_AFTER_MS = HOUR;

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16) + ' UTC';

export function attentionOf(r: AttentionRow, now: number): Attention {
  const stuck = r.status !== 'failed' && now - r.createdAt > STUCK_AFTER_MS;
  if (r.status === 'failed')
    return { kind: 'failed', why: `given up after ${r.attempts} attempt(s): ${r.lastError ?? 'no error recorded'}`, stuck };
  if (!r.destinationEnabled)
    return { kind: 'held', why: `the channel is disabled (${r.destinationDisabledReason ?? 'no reason recorded'})`, stuck };
  if (r.behindEarlierPart) return { kind: 'held', why: 'waiting for an earlier part of the digest', stuck };
  if (r.attempts > 0)
    return {
      kind: 'failing',
      why: `${r.attempts} attempt(s) failed (last: ${r.lastError ?? 'no error recorded'}); next try ${clock(r.nextAttemptAt)}`,
      stuck,
    };
  if (r.lastError) return { kind: 'held', why: r.lastError, stuck };
  return { kind: 'queued', why: `queued, next try ${clock(r.nextAttemptAt)}`, stuck };
}

/** `#12 part 2/3 of the 2026-11-21 15:00 UTC digest to slack:C0123` */
export function partName(r: AttentionRow): string {
  const slot = new Date(r.slotAt).toISOString().slice(0, 16).replace('T', ' ');
  return `#${r.id} part ${r.part + 1}/${r.parts} of the ${slot} UTC digest to ${r.platform}:${r.channelId}`;
}

/** The lines `/digest status` shows: every part that is not simply queued, and queued ones that are stuck. */
export function attentionLines(rows: readonly AttentionRow[], now: number): string[] {
  return rows.flatMap((r) => {
    const a = attentionOf(r, now);
    if (a.kind === 'queued' && !a.stuck) return [];
    const since = a.stuck ? ` · unsent for ${Math.floor((now - r.createdAt) / HOUR)} h` : '';
    return [`${partName(r)}: ${a.kind}, ${a.why}${since} → /digest retry ${r.id} or /digest skip ${r.id}`];
  });
}
