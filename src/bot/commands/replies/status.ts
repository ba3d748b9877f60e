// `/digest status`: the pipeline at a glance.
import type { Slot } from '../../../model.js';
import { slotTime } from '../../../runtime/slots.js';
import { plural } from '../../render/text.js';
import type { Reply } from '../types.js';

export interface StatusView {
  last: Slot | null;
  next: Slot;
  now: Slot;
  feeds: { active: number; failing: number; disabled: number };
  /** Articles waiting for this channel's next digest; null when the channel gets no digest. */
  pending: number | null;
}

/** `15:00 UTC` when the slot is on today's date, else `2026-11-20 21:00 UTC`. */
const when = (s: Slot, today: Slot) => (s.label.slice(0, 10) === today.label.slice(0, 10) ? slotTime(s) : s.label);

export function statusReply(v: StatusView): Reply {
  const f = v.feeds;
  const lines = [
    `Last: ${v.last ? when(v.last, v.now) : 'none yet'} · Next: ${when(v.next, v.now)}`,
    `Feeds: ${f.active} active · ${f.failing} failing · ${f.disabled} disabled${f.failing + f.disabled > 0 ? ' (see /feeds errors)' : ''}`,
    v.pending === null
      ? 'This channel does not receive a digest.'
      : `Pending: ${plural(v.pending, 'article')} for this channel's next digest`,
  ];
  return { title: 'Digest status', sections: [{ text: lines.join('\n') }], private: true };
}
