// `/digest status`: the channel's digest at a glance: who set it up and how, last and next slot,
// its feeds, what waits for it, and the delivery parts that need an admin.
import type { Slot } from '../../../model.js';
import { slotTime } from '../../../runtime/slots.js';
import { plural } from '../../render/text.js';
import type { Reply } from '../types.js';

export interface StatusView {
  /** Settings lines of the channel (subscription, schedule, filters); empty without a destination. */
  settings: string[];
  last: Slot | null;
  next: Slot;
  now: Slot;
  /** The feeds behind this channel (every feed for a channel without a digest). */
  feeds: { active: number; failing: number; disabled: number; paused: number };
  /** Articles waiting for this channel's next digest; null when the channel gets no digest. */
  pending: number | null;
  /** Parts held, failing, failed or stuck (this channel's, or every channel's where there is no digest). */
  attention: string[];
}

/** `15:00 UTC` when the slot is on today's date, else `2026-11-20 21:00 UTC`. */
const when = (s: Slot, today: Slot) => (s.label.slice(0, 10) === today.label.slice(0, 10) ? slotTime(s) : s.label);

export function statusReply(v: StatusView): Reply {
  const f = v.feeds;
  const paused = f.paused > 0 ? ` · ${f.paused} paused here` : '';
  const lines = [
    ...(v.settings.length > 0 ? v.settings : ['This channel does not receive a digest (admins: /digest subscribe [topics]).']),
    `Last: ${v.last ? when(v.last, v.now) : 'none yet'} · Next: ${when(v.next, v.now)}`,
    `Feeds: ${f.active} active · ${f.failing} failing · ${f.disabled} disabled${paused}${f.failing + f.disabled > 0 ? ' (see /feeds errors)' : ''}`,
    ...(v.pending === null ? [] : [`Pending: ${plural(v.pending, 'article')} for this channel's next digest`]),
  ];
  const sections = [{ text: lines.join('\n') }];
  if (v.attention.length > 0) sections.push({ text: `Delivery parts needing attention:\n${v.attention.join('\n')}` });
  return { title: 'Digest status', sections, private: true };
}
